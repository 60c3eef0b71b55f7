"""The environment the whole-process benchmarks give their child runs.

A user's installed package imports from compiled bytecode (``__pycache__``, written on the first import or
by pip). A sandbox that sets ``PYTHONDONTWRITEBYTECODE`` makes every run compile the package's sources again
(about 0.1 s of CPU for an energy run), a cost no installed copy pays, so the children run without it and
the first (warm-up) run writes the bytecode.
"""

from __future__ import annotations

import os
from pathlib import Path


def child_env(root: Path) -> dict[str, str]:
    """os.environ with ``root`` as the import path and bytecode caching on."""
    env = dict(os.environ, PYTHONPATH=str(root))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env
