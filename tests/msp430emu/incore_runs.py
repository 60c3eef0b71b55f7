"""What the tests comparing work in the compiled core with the same work on the host share: the firmware,
the energy sources they run it under, a run's result without its wall time, and the machine state both
paths must leave (test_checkpoint_incore, test_core_ticks, test_periodic_incore)."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
from machine_programs import build_app

from msp430emu import RunConfig
from msp430emu.session import Run

HAVE_TOOLS = all(shutil.which(t) for t in ("clang-14", "ld.lld-14"))
TRACES = Path(__file__).resolve().parent.parent / "data" / "traces" / "mementos-rf"
CORE_SLOTS = 26          # the ctl slots before the save program's (counters, stop information)
ENERGIES = {"trace1": f"trace:{TRACES / '1.txt'},time=clock,loop=yes",
            "trace5": f"trace:{TRACES / '5.txt'},time=clock",
            "rfid4": "rfid:4",
            "weak": "power:1e-4",
            "strong": "power:5e-3"}


def elf(app: str = "crc", iterations: int | None = 60) -> str:
    """An SDK app built -O2 (crc with -DITERATIONS unless ``iterations`` is None)."""
    flags = [f"-DITERATIONS={iterations}"] if app == "crc" and iterations is not None else []
    return str(build_app(app, "-O2", extra_cflags=flags))


def run_result(cfg: RunConfig) -> tuple[dict, Run]:
    """Run ``cfg``: (its result as a dict without the wall time, the run)."""
    run = Run(cfg)
    result = run.execute().to_dict()
    result.pop("wall_s", None)
    return result, run


def assert_same_machine(run_h: Run, run_c: Run) -> None:
    """The same memory (FRAM and everything else), registers and counters (cycles, instructions, FRAM
    accesses, checks) after both runs."""
    sh, sc = run_h.machine.state, run_c.machine.state
    assert np.array_equal(sh.mem, sc.mem)
    assert np.array_equal(sh.regs, sc.regs)
    assert np.array_equal(sh.ctl[:CORE_SLOTS], sc.ctl[:CORE_SLOTS])
