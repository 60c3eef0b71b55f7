"""The main job, whole process: a long SDK program under a looped real RF trace with each checkpoint strategy,
against the same program with no energy model and against ``mspdebug sim`` running the same ELF.

The program is the crc app built with -DITERATIONS=N (10650: about 232 M instructions), the trace the Mementos
paper's 1.txt looped (``trace:PATH,time=clock,loop=yes``), the capacitor 47 uF (wisp5 thresholds). Each row
is one ``python -m msp430emu.cli run ... --json`` process (start-up included); CPU is the child's user +
system time (the figure to compare on a shared machine), wall its elapsed time; mspdebug runs to ``exit``
through the test oracle (tests/oracles/mspdebug.py). ``--root`` runs another checkout's package (e.g. the
state before a change) with the same ELF.

    PYTHONPATH=. .venv/bin/python benchmarks/bench_main_job.py [--iterations 10650] [--runs plain,hibernus]

A run name ``STRATEGY+host-saves`` runs with ``MSP430EMU_HOST_SAVES=1`` (no checkpoint saves in the compiled
core: msp430emu/checkpoint/incore.py), ``STRATEGY+war`` with ``--detect-war``.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _child import child_env

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))  # test oracles
from oracles import mspdebug  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
TRACE = ROOT / "tests" / "data" / "traces" / "mementos-rf" / "1.txt"
RUNS = ("mspdebug", "plain", "oracle", "mementos-timer", "hibernus", "mementos-loop", "mementos-loop+war",
        "periodic:20000")


def child_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def timed(cmd: list[str], env: dict) -> tuple[float, float, str]:
    cpu0, t0 = child_cpu(), time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=env["PYTHONPATH"], check=False)
    wall, cpu = time.perf_counter() - t0, child_cpu() - cpu0
    return wall, cpu, proc.stdout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--iterations", type=int, default=10650)
    parser.add_argument("--runs", default=",".join(RUNS))
    parser.add_argument("--root", type=Path, default=ROOT, help="the checkout whose msp430emu runs")
    parser.add_argument("--elf", type=Path, help="an ELF to run instead of building crc")
    args = parser.parse_args()
    env = child_env(args.root)
    with tempfile.TemporaryDirectory() as tmp:
        elf = args.elf
        if elf is None:
            from msp430emu.toolchain import sdk
            elf = sdk.build([sdk.app_source("crc")], Path(tmp) / "crc.elf", "-O2",
                            extra_cflags=[f"-DITERATIONS={args.iterations}"])
        energy = ["--cap", "47u", "--harvest", f"trace:{TRACE},time=clock,loop=yes", "--max-time", "1e6"]
        print(f"{'run':18} {'wall s':>8} {'CPU s':>7} {'instructions':>13} {'saves':>6} {'failures':>8} "
              f"{'vs mspdebug (CPU)':>17}")
        rows = {}
        warm = [sys.executable, "-m", "msp430emu.cli", "run", str(elf), "--max-cycles", "100000", *energy,
                "--strategy", "mementos-loop", "--detect-war"]
        subprocess.run(warm, capture_output=True, env=env, cwd=env["PYTHONPATH"], check=False)  # the bytecode
        for name in args.runs.split(","):
            if name == "mspdebug":
                cpu0 = child_cpu()
                oracle = mspdebug.run_to_break(elf, "exit", timeout_s=600)
                rows[name] = cpu = child_cpu() - cpu0
                print(f"{name:18} {oracle.wall_time_s:8.2f} {cpu:7.2f} {oracle.instructions:>13}", flush=True)
                continue
            cmd = [sys.executable, "-m", "msp430emu.cli", "run", str(elf), "--json",
                   "--max-cycles", str(10**10)]
            if name != "plain":
                strategy = name.split("+")[0]
                cmd += [*energy, "--strategy", strategy] + (["--detect-war"] if "+war" in name else [])
            run_env = dict(env, MSP430EMU_HOST_SAVES="1") if "+host-saves" in name else env
            wall, cpu, out = timed(cmd, run_env)
            r = json.loads(out)
            rows[name] = cpu
            ref = rows.get("mspdebug")
            print(f"{name:18} {wall:8.2f} {cpu:7.2f} {r['instructions']:>13} {r.get('checkpoints', ''):>6} "
                  f"{r.get('power_failures', ''):>8} {(f'{ref / cpu:.2f}x' if ref else ''):>17}", flush=True)


if __name__ == "__main__":
    main()
