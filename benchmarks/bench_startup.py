"""Whole-process cost of a tiny run: ``python -m msp430emu.cli run crc.elf --json`` (the crc app, ~275 k
instructions, a few ms of emulation), best of N: wall, CPU (user + system) and peak RSS of the child. The
numba cache must be warm (one run first). ``--root`` measures another checkout. ``--strategy S``: the same
program on harvested energy (47 uF, the looped RF trace 1.txt) with checkpoint strategy S (``none`` for none).

    PYTHONPATH=. .venv/bin/python benchmarks/bench_startup.py [--runs 5] [--strategy hibernus]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _child import child_env

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--root", type=Path, default=ROOT)
    parser.add_argument("--strategy", default=None, help="run on the RF trace with this strategy")
    args = parser.parse_args()
    env = child_env(args.root)
    from msp430emu.toolchain import sdk
    with tempfile.TemporaryDirectory() as tmp:
        elf = sdk.build([sdk.app_source("crc")], Path(tmp) / "crc.elf", "-O2")
        cmd = [sys.executable, "-m", "msp430emu.cli", "run", str(elf), "--json"]
        if args.strategy:
            trace = ROOT / "tests" / "data" / "traces" / "mementos-rf" / "1.txt"
            cmd += ["--cap", "47u", "--harvest", f"trace:{trace},time=clock,loop=yes",
                    "--strategy", args.strategy]
        subprocess.run(cmd, capture_output=True, env=env, cwd=args.root, check=True)   # warm the cache
        best_wall = best_cpu = float("inf")
        rss = 0
        for _ in range(args.runs):
            t0 = time.perf_counter()
            proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, env=env, cwd=args.root)
            _, status, usage = os.wait4(proc.pid, 0)         # this child's own usage (not the compiler's)
            wall = time.perf_counter() - t0
            proc.returncode = os.waitstatus_to_exitcode(status)
            if proc.returncode:
                raise SystemExit(f"the run failed with status {proc.returncode}")
            best_wall = min(best_wall, wall)
            best_cpu = min(best_cpu, usage.ru_utime + usage.ru_stime)
            rss = max(rss, usage.ru_maxrss)
    what = f"on the RF trace, --strategy {args.strategy}" if args.strategy else "no energy model"
    print(f"tiny run ({what}), whole process: wall {best_wall:.3f} s, CPU {best_cpu:.3f} s, "
          f"peak RSS {rss / 1024:.0f} MB "
          f"(best of {args.runs})")


if __name__ == "__main__":
    main()
