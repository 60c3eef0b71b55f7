"""Host time of one checkpoint restore, by restore path: the fast one (the default) against the references.

An SDK app (crc, sense) runs under ``mementos-loop`` on the looped RF trace until FRAM holds a checkpoint;
from a snapshot of that moment the checkpointer's restore at ``main`` (``Checkpointer._restore``: slot
search and validation, cost and energy, the copy of registers, stack and globals, the peripheral block's
writes through the models) is timed N times, the snapshot put back before each (not timed), with each path:

* ``host``: ``MSP430EMU_HOST_RESTORES=1``: the bundle read in Python, one ``Machine.write_register`` a write;
* ``batch``: ``MSP430EMU_HOST_RESTORES=batch``: the same bundle functions, ``Machine.write_registers``;
* ``fast``: the default: compiled bundle kernels, ``Machine.restore_registers`` (runs per model).

Thread CPU time per restore (median and minimum; the minimum is the figure to compare on a shared
machine), then the same back to back without the snapshot in between (warm caches).

    PYTHONPATH=. .venv/bin/python benchmarks/bench_restores.py [--apps crc,sense] [-n 300]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "msp430emu"))
sys.path.insert(0, str(ROOT / "tests"))
from machine_programs import build_app  # noqa: E402

from msp430emu import RunConfig  # noqa: E402
from msp430emu.checkpoint import engine  # noqa: E402
from msp430emu.checkpoint.bundle import find_latest_valid  # noqa: E402
from msp430emu.session import Run  # noqa: E402

TRACE = ROOT / "tests" / "data" / "traces" / "mementos-rf" / "1.txt"
PATHS = {"host": (False, False), "batch": (True, False), "fast": (True, True)}


def measure(app: str, n: int) -> None:
    elf = str(build_app(app, "-O2", extra_cflags=["-DITERATIONS=40"] if app == "crc" else []))
    run = Run(RunConfig(firmware=elf, capacitor="47u", harvester=f"trace:{TRACE},time=clock,loop=yes",
                        strategy="mementos-loop", max_time=100))
    ckpt = run.checkpointing.ckpt
    cycles = 200_000
    while find_latest_valid(run.machine.state.mem, ckpt.layout) is None:
        run.machine.run(max_cycles=cycles)
        cycles *= 2
    snap = run.snapshot(sources=True)
    print(f"{app}: {len(ckpt.layout.periph.steps)} peripheral writes, stack and globals "
          f"{ckpt.layout.globals_len} + ... bytes")
    print(f"  {'path':6} {'median us':>10} {'min us':>8} {'back-to-back us':>16}")
    for name, (batch, fast) in PATHS.items():
        engine.BATCH_RESTORES, engine.FAST_RESTORES = batch, fast
        times = []
        for i in range(n + 20):
            run.restore(snap, sources=True)
            t0 = time.thread_time()
            ckpt._restore(run.machine.now())
            if i >= 20:
                times.append(time.thread_time() - t0)
        assert ckpt.restores > 0
        run.restore(snap, sources=True)
        t0 = time.thread_time()
        for _ in range(n):
            ckpt._restore(run.machine.now())
        b2b = (time.thread_time() - t0) / n
        times.sort()
        print(f"  {name:6} {times[n // 2] * 1e6:10.0f} {times[0] * 1e6:8.0f} {b2b * 1e6:16.0f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--apps", default="crc,sense")
    parser.add_argument("-n", type=int, default=300)
    args = parser.parse_args()
    for app in args.apps.split(","):
        measure(app, args.n)


if __name__ == "__main__":
    main()
