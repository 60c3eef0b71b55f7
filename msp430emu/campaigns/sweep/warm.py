"""Imported once by the sweep's fork server (``multiprocessing`` "forkserver" preload): loads the modules
of ``msp430emu run`` and the compiled core from numba's cache, so that every worker process forked from
the server starts warm instead of paying that load itself (about 1 s per worker; docs/tutorial.md).
Importing it has that effect on purpose and nothing else."""

from __future__ import annotations

import msp430emu.campaigns.sweep.execute  # noqa: F401 - run_point, what the workers call
import msp430emu.session  # noqa: F401 - simulate, what every point runs
from msp430emu.cpu.core import warm_up

warm_up()
