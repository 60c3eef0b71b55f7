"""Imported once by the sweep's fork server (``multiprocessing`` "forkserver" preload): loads the modules
of ``msp430emu run`` and the compiled core from numba's cache, so that every worker process forked from
the server starts warm instead of paying that load itself (about 1 s per worker; docs/tutorial.md).
Importing it has that effect on purpose and nothing else."""

from __future__ import annotations

import msp430emu.cli  # noqa: F401 - the parser every point builds
import msp430emu.cli_run  # noqa: F401
import msp430emu.sweep_exec  # noqa: F401 - run_point, what the workers call
from msp430emu.core import warm_up

warm_up()
