"""A save-heavy run: host time per checkpoint save, against the oracle run of the same program.

The crc app built with -DITERATIONS=N (1000: about 22 M instructions) on the Mementos platform
(``--preset wisp4-mementos``) under a weak constant source (``--harvest power:2e-4``): the supply hovers
around V_thresh, so ``mementos-loop`` saves at almost every loop latch (over a million saves). CPU time of
the whole run, of the compiled core (``Cpu.run``) and of the rest (the host); host us/save = (host CPU
of the run - host CPU of the oracle run) / saves. ``--host-saves`` puts every save on the host (no saves in
the compiled core: the state before msp430emu/checkpoint/incore.py; about 75 us a save, so use a smaller N).

    PYTHONPATH=. .venv/bin/python benchmarks/bench_saves.py [--iterations 1000] [--harvest power:2e-4]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from msp430emu import RunConfig
from msp430emu.checkpoint import incore
from msp430emu.cpu import core as cpu_core
from msp430emu.cpu.core import warm_up
from msp430emu.session import Run
from msp430emu.toolchain import sdk

_core_cpu = [0.0]


def _timed_core_run() -> None:
    """Count the CPU time spent in the compiled core (Cpu.run)."""
    run = cpu_core.Cpu.run

    def timed(self, cycle_limit: int) -> int:
        t0 = time.thread_time()
        try:
            return run(self, cycle_limit)
        finally:
            _core_cpu[0] += time.thread_time() - t0

    cpu_core.Cpu.run = timed


def measure(cfg: RunConfig) -> tuple[float, float, dict, int]:
    """(total CPU s, core CPU s, result, saves made in the core) of one run."""
    run = Run(cfg)
    _core_cpu[0] = 0.0
    t0 = time.thread_time()
    result = run.execute().to_dict()
    core = run.checkpointing.ckpt.core if run.checkpointing is not None else None
    return time.thread_time() - t0, _core_cpu[0], result, core.saves if core is not None else 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--iterations", type=int, default=1000)
    parser.add_argument("--harvest", default="power:2e-4")
    parser.add_argument("--host-saves", action="store_true", help="every save on the host")
    args = parser.parse_args()
    incore.ENABLED = not args.host_saves
    warm_up()
    _timed_core_run()
    with tempfile.TemporaryDirectory() as tmp:
        elf = sdk.build([sdk.app_source("crc")], Path(tmp) / "crc.elf", "-O2",
                        extra_cflags=[f"-DITERATIONS={args.iterations}"])
        base = RunConfig(firmware=elf, preset="wisp4-mementos", harvester=args.harvest, max_time=1e6,
                         max_cycles=10**11)
        measure(base.replace(strategy="mementos-loop", max_cycles=200_000))    # compiled kernels loaded
        print(f"crc -DITERATIONS={args.iterations}, wisp4-mementos, {args.harvest}"
              f"{', saves on the host' if args.host_saves else ''}")
        print(f"  {'strategy':14} {'CPU s':>7} {'core s':>7} {'host s':>7} {'instructions':>13} {'saves':>9} "
              f"{'in core':>9} {'host us/save':>12}")
        oracle_host = None
        for strategy in ("oracle", "mementos-loop"):
            total, core, r, in_core = measure(base.replace(strategy=strategy))
            saves = r.get("checkpoints", 0) + r.get("checkpoints_torn", 0)
            host = total - core
            if strategy == "oracle":
                oracle_host = host
            per_save = (host - oracle_host) / saves * 1e6 if strategy != "oracle" and saves else float("nan")
            print(f"  {strategy:14} {total:7.2f} {core:7.2f} {host:7.2f} {r['instructions']:>13,} "
                  f"{saves:>9,} {in_core:>9,} {per_save:12.2f}")


if __name__ == "__main__":
    main()
