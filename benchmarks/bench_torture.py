"""Torture throughput: trials per second of ``msp430emu torture`` on the save-heavy workload of issue 15.

The program is the crc app built with -DITERATIONS=N (78: about 1.8 M instructions on continuous power),
tortured in this process (``prepare_campaign`` + the trials, as ``msp430emu torture`` runs them) under the
default torture energy with 3 random failures a trial, for each strategy asked. Each row: the campaign's
trials, CPU time (this process's user + system, the figure to compare on a shared machine) and wall time
of the trials (the reference and the campaign's set-up excluded, reported apart), trials/s on both, and the
sums of checkpoints and restores. ``--path`` (comma-separated) picks the paths to run for a before/after on
the same build: ``fast`` (the default: the shared run and the in-core saves' shortcuts, ``Torture.fast``),
``shared`` (the shared run without those shortcuts: ``MSP430EMU_TORTURE_SLOW=1``), ``slow`` (each trial
afresh as well, ``Torture(shared=False)``: the path before the shared campaign run); ``both`` is
``slow,fast``; with more than one, it checks that they give the same trials. ``--in-saves P`` cuts saves
(``msp430emu torture --in-saves``). ``--profile`` prints where the time goes (cProfile, the top functions
by own time, and the share of the trials' time inside ``Checkpointer.save``).

    PYTHONPATH=. .venv/bin/python benchmarks/bench_torture.py [--iterations 78] [--trials 10]
        [--strategies mementos-loop,hibernus,oracle] [--path fast|shared|slow|both] [--in-saves P]
        [--profile] [--elf tiny.elf --every --v-thresh 3.5]
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import tempfile
import time
from pathlib import Path

from msp430emu.campaigns.torture.campaign import prepare_campaign
from msp430emu.campaigns.torture.plan import PlanSpec
from msp430emu.config import RunConfig
from msp430emu.cpu.core import warm_up


def cpu_s() -> float:
    return time.process_time()


def comparable(result) -> dict:
    d = result.to_dict()
    d.pop("wall_s")
    return d


def campaign(elf: Path, strategy: str, spec: PlanSpec, path: str, v_thresh: float | None = None):
    """(setup CPU s, trials CPU s, trials wall s, results) of one campaign on one path."""
    c0 = cpu_s()
    torture = prepare_campaign(RunConfig(firmware=elf, strategy=strategy, v_thresh=v_thresh))
    plans = list(spec.plans(torture.reference.instructions))
    torture.shared = path != "slow"
    torture.fast = path == "fast"
    c1, w1 = cpu_s(), time.perf_counter()
    results = [torture.run_trial(plan, spec.seed) for plan in plans]
    return c1 - c0, cpu_s() - c1, time.perf_counter() - w1, results


def save_share(stats: pstats.Stats) -> tuple[float, int]:
    """Cumulative seconds inside Checkpointer.save and its call count."""
    for (filename, _, name), (_, calls, _, cumulative, _) in stats.stats.items():
        if name == "save" and filename.endswith("checkpoint/engine.py"):
            return cumulative, calls
    return 0.0, 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--iterations", type=int, default=78, help="crc's -DITERATIONS (78: ~1.8 M insns)")
    parser.add_argument("--strategies", default="mementos-loop,hibernus,oracle")
    parser.add_argument("--trials", type=int, default=10)
    parser.add_argument("--failures", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--path", default="fast", help="fast, shared, slow (comma-separated), or both")
    parser.add_argument("--in-saves", type=float, default=0.0, help="the probability that a save is cut")
    parser.add_argument("--profile", action="store_true", help="cProfile summary of each campaign")
    parser.add_argument("--elf", type=Path, help="an ELF to torture instead of building crc")
    parser.add_argument("--every", action="store_true", help="one trial per instruction (a tiny --elf)")
    parser.add_argument("--v-thresh", type=float, help="Mementos's V_thresh (e.g. 3.5: every check saves)")
    args = parser.parse_args()
    warm_up()
    spec = (PlanSpec("every") if args.every else
            PlanSpec("random", failures=args.failures, trials=args.trials, seed=args.seed,
                     in_saves=args.in_saves))
    paths = ("slow", "fast") if args.path == "both" else tuple(args.path.split(","))
    if not set(paths) <= {"fast", "shared", "slow"}:
        parser.error(f"--path {args.path}: expected fast, shared, slow (comma-separated) or both")
    with tempfile.TemporaryDirectory() as tmp:
        elf = args.elf
        if elf is None:
            from msp430emu.toolchain import sdk
            elf = sdk.build([sdk.app_source("crc")], Path(tmp) / "crc.elf", "-O2",
                            extra_cflags=[f"-DITERATIONS={args.iterations}"])
        print(f"{elf.name if args.elf else f'crc -DITERATIONS={args.iterations}'}: "
              + ("--every" if args.every else f"{args.trials} trials, {args.failures} failures each, "
                                              f"seed {args.seed}")
              + (f", saves cut with probability {args.in_saves}" if args.in_saves else ""))
        print(f"{'strategy':14} {'path':6} {'setup CPU s':>11} {'CPU s':>8} {'wall s':>8} "
              f"{'trials/s CPU':>12} {'trials/s wall':>13} {'checkpoints':>11} {'restores':>8}")
        for strategy in args.strategies.split(","):
            outcomes = {}
            for path in paths:
                profiler = cProfile.Profile() if args.profile else None
                if profiler is not None:
                    profiler.enable()
                setup, cpu, wall, results = campaign(elf, strategy, spec, path, args.v_thresh)
                if profiler is not None:
                    profiler.disable()
                outcomes[path] = [comparable(r) for r in results]
                n = len(results)
                print(f"{strategy:14} {path:6} {setup:11.2f} {cpu:8.2f} {wall:8.2f} {n / cpu:12.2f} "
                      f"{n / wall:13.2f} {sum(r.checkpoints for r in results):11,} "
                      f"{sum(r.restores for r in results):8,}", flush=True)
                bad = [r.trial for r in results if r.outcome != "ok"]
                if bad:
                    print(f"  trials not ok: {bad}")
                if profiler is not None:
                    out = io.StringIO()
                    stats = pstats.Stats(profiler, stream=out)
                    saves, calls = save_share(stats)
                    total = stats.total_tt
                    print(f"  profile: {total:.2f} s profiled; Checkpointer.save {saves:.2f} s in {calls:,} "
                          f"calls ({100 * saves / total if total else 0:.0f} %, "
                          f"{1e6 * saves / calls if calls else 0:.1f} us a save under the profiler)")
                    stats.sort_stats("tottime").print_stats(18)
                    lines = out.getvalue().splitlines()[6:]
                    print("\n".join("    " + line for line in lines if line.strip()))
            if len(outcomes) > 1:
                same = all(o == outcomes[paths[0]] for o in outcomes.values())
                print(f"  {', '.join(paths)} paths: {'the same trials' if same else 'TRIALS DIFFER'}")


if __name__ == "__main__":
    main()
