"""Host time of one checkpoint restore, by restore path: the fast one (the default) against the references.

An SDK app (crc, sense) runs under ``mementos-loop`` on the looped RF trace until FRAM holds a checkpoint;
from a snapshot of that moment the checkpointer's restore at ``main`` (``Checkpointer._restore``: slot
search and validation, cost and energy, the copy of registers, stack and globals, the peripheral block's
writes through the models) is timed N times, the snapshot put back before each (not timed), with each path:

* ``host``: ``MSP430EMU_HOST_RESTORES=1``: the bundle read in Python, one ``Machine.write_register`` a write;
* ``batch``: ``MSP430EMU_HOST_RESTORES=batch``: the same bundle functions, ``Machine.write_registers``;
* ``fast``: the default: compiled bundle kernels, ``Machine.restore_registers`` (runs per model).

Thread CPU time per restore (median and minimum; the minimum is the figure to compare on a shared
machine), then the same back to back without the snapshot in between (warm caches). Then the restores of
whole runs (crc -DITERATIONS=1000, 10 uF, the looped trace, ``mementos-loop``: 63 restores), each path in
turn: the whole run's CPU time and the mean CPU time inside ``Checkpointer._restore`` (caches as a run
leaves them).

    PYTHONPATH=. .venv/bin/python benchmarks/bench_restores.py [--apps crc,sense] [-n 300] [--runs 2]
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
from msp430emu.checkpoint.engine import Checkpointer  # noqa: E402
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
    stack = ckpt.layout.stack_top - int(run.machine.state.regs[1])
    print(f"{app}: {len(ckpt.layout.periph.steps)} peripheral writes, {ckpt.layout.globals_len} bytes of "
          f"globals, a stack of {stack} bytes at the snapshot")
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


def in_runs(repeats: int) -> None:
    elf = str(build_app("crc", "-O2", extra_cflags=["-DITERATIONS=1000"]))
    cfg = RunConfig(firmware=elf, capacitor="10u", harvester=f"trace:{TRACE},time=clock,loop=yes",
                    strategy="mementos-loop", max_time=100)
    original = Checkpointer._restore
    spent = [0.0, 0]

    def timed(self, now: float) -> None:
        t0 = time.thread_time()
        try:
            original(self, now)
        finally:
            spent[0] += time.thread_time() - t0
            spent[1] += 1

    Checkpointer._restore = timed
    print("whole runs: crc -DITERATIONS=1000, 10u, looped trace 1.txt, mementos-loop")
    print(f"  {'path':6} {'run CPU s':>9} {'restores':>8} {'us per restore':>15}")
    try:
        for _ in range(repeats):
            for name, (batch, fast) in PATHS.items():
                engine.BATCH_RESTORES, engine.FAST_RESTORES = batch, fast
                spent[:] = [0.0, 0]
                t0 = time.thread_time()
                result = Run(cfg).execute().to_dict()
                total = time.thread_time() - t0
                each = spent[0] / max(spent[1], 1) * 1e6
                print(f"  {name:6} {total:9.2f} {result['restores']:8} {each:15.0f}")
    finally:
        Checkpointer._restore = original


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--apps", default="crc,sense")
    parser.add_argument("-n", type=int, default=300)
    parser.add_argument("--runs", type=int, default=2, help="whole runs per path (0: none)")
    args = parser.parse_args()
    for app in args.apps.split(","):
        measure(app, args.n)
    in_runs(args.runs)


if __name__ == "__main__":
    main()
