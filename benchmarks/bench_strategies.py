"""Host speed of the checkpoint strategies: wall time per run, instructions per wall second, saves per
second, against the same run without checkpoints.

Each row runs one SDK app (-O2, built into a temporary directory) on the wisp4-mementos capacitor 4 m from a
4 W EIRP reader (many power failures) with one strategy, best of 3, in this process (the compiled core
warm). Mementos's checks are inline (the core charges them and stops only once the supply is predicted
below V_thresh), so the host's cost is in the saves: `us/save` is (wall - wall of oracle) / saves.

    .venv/bin/python benchmarks/bench_strategies.py [--apps ar,crc] [--harvest rfid:4] [--host-saves]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from msp430emu import RunConfig, simulate
from msp430emu.cpu.core import warm_up
from msp430emu.toolchain.sdk import build

ROOT = Path(__file__).resolve().parent.parent
STRATEGIES = ("none", "oracle", "mementos-loop", "mementos-return", "mementos-timer", "hibernus",
              "periodic:20000")


def best_of(cfg: RunConfig, n: int = 3) -> tuple[float, dict]:
    best, result = float("inf"), {}
    for _ in range(n):
        t0 = time.perf_counter()
        result = simulate(cfg).to_dict()
        best = min(best, time.perf_counter() - t0)
    return best, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--apps", default="ar,crc")
    parser.add_argument("--harvest", default="rfid:4")
    parser.add_argument("--host-saves", action="store_true",
                        help="every save on the host (no saves in the compiled core: the state before them)")
    args = parser.parse_args()
    if args.host_saves:
        from msp430emu.checkpoint import incore

        incore.ENABLED = False
    warm_up()
    with tempfile.TemporaryDirectory() as tmp:
        for app in args.apps.split(","):
            elf = Path(tmp) / f"{app}.elf"
            build([ROOT / "designs" / "firmware" / "apps" / f"{app}.c"], elf, "-O2")
            base = RunConfig(firmware=elf, preset="wisp4-mementos", harvester=args.harvest, max_time=60)
            print(f"{app} on wisp4-mementos, {args.harvest}")
            print(f"  {'strategy':16} {'exit':12} {'wall s':>8} {'M insn/s':>9} {'failures':>8} {'saves':>6} "
                  f"{'restores':>8} {'us/save':>8}")
            oracle_wall = None
            for strategy in STRATEGIES:
                wall, r = best_of(base.replace(strategy=strategy))
                saves = r.get("checkpoints", 0) + r.get("checkpoints_torn", 0)
                if strategy == "oracle":
                    oracle_wall = wall
                per_save = ((wall - oracle_wall) / saves * 1e6 if oracle_wall is not None and saves
                            and strategy != "oracle" else float("nan"))
                print(f"  {strategy:16} {r['exit']:12} {wall:8.3f} {r['instructions'] / wall / 1e6:9.1f} "
                      f"{r.get('power_failures', 0):8} {saves:6} {r.get('restores', 0):8} {per_save:8.0f}")


if __name__ == "__main__":
    main()
