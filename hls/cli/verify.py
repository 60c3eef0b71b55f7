"""``hls-ckpt verify``: instrument like ``insert``, then prove it under power failures in Icarus.

    hls-ckpt verify FILE.v... --top M (--budget-cycles N | --energy PRESET | --states S,..) --failures N
                    [--runs R] [--seed S] [--max-cycles C] [--free-cycles F] [--json] [--keep DIR]
                    (+ insert's options)

Exit status 0 when every run matched the original design, 1 when some did not, 2 on bad input.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from hls.cli.insert import add_design_arguments
from hls.verification.campaign import VerifyReport


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("verify", help="simulate original vs instrumented under power failures",
                                   formatter_class=argparse.RawDescriptionHelpFormatter,
                                   epilog="example:\n  hls-ckpt verify designs/rtl/gcd/gcd.v --top gcd "
                                          "--budget-cycles 40 --failures 20")
    add_design_arguments(parser)
    parser.add_argument("--failures", type=int, required=True, help="power failures to inject in total")
    parser.add_argument("--runs", type=int, default=10, help="random calls through the handshake (10)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (1)")
    parser.add_argument("--max-cycles", type=int, default=20_000, help="cycle limit of one original call")
    parser.add_argument("--free-cycles", type=int, default=200,
                        help="a free-running design (no start/done): cycles of one run (200)")
    parser.add_argument("--keep", type=Path, help="keep the simulation build directory under DIR")
    parser.add_argument("--cold-start", choices=("power-on", "random"), default="power-on",
                        help="a failure before any checkpoint is stored restarts from the first power-on "
                             "state (power-on, default: as the golden run, and an FPGA) or from random bits "
                             "(an ASIC)")
    parser.set_defaults(func=run)


def _print_text(report: VerifyReport) -> None:
    verdict = "PASS" if report.passed else "FAIL"
    print(
        f"{verdict}: {report.runs} runs, {report.failures_injected} power failures injected "
        f"({report.failures_during_save} during saves, {report.restores} resumed from a checkpoint), "
        f"{report.mismatches} mismatches, {report.unfinished} unfinished"
    )
    print(
        f"cycles: original {report.golden_cycles}, instrumented {report.instrumented_cycles} "
        f"(overhead {report.cycle_overhead_pct:.1f} %); {report.saves} checkpoints saved, "
        f"{report.nvm_words_written} NVM words written"
    )
    saved = ", ".join(f"{state} {bits}" for state, bits in report.saved_bits.items())
    print(f"saved bits per checkpoint: {saved}")
    print(
        f"flip-flops: design {report.design_flop_bits}, controller {report.controller_flop_bits}, "
        f"NV store {report.nv_bits} (overhead {report.flop_overhead_pct:.1f} %)"
    )
    if report.power_on_registers:
        print(f"power-on state (initial values, kept between the clean and the faulty pass): "
              f"{', '.join(report.power_on_registers)}")
    if report.lost_at_failure:
        print(f"  lost at a power failure on a real chip (no reset restores them, no checkpoint saves them): "
              f"{', '.join(report.lost_at_failure)}")
    if report.undefined_outputs:
        print(f"outputs x in every original call (not compared): {', '.join(report.undefined_outputs)}")
    for memory in report.axi_memories:
        pointers = ", ".join(f"{name} = {base:#x}" for name, base in memory["pointers"].items())
        pointers = pointers or "none found"
        print(f"AXI4 slave memory {memory['name']} ({memory['protocol']} port; pointers {pointers})")
    if report.free_running:
        print(f"free-running (no start/done): compared {report.free_running}")
    if report.cold_starts:
        start = "the first power-on state" if report.cold_start == "power-on" else "random bits"
        print(f"{report.cold_starts} failures came before any checkpoint was stored: those restarts began "
              f"from {start} (--cold-start {report.cold_start})")
    if report.spurious_done:
        print(f"ignored {report.spurious_done} cycles of done high before it had been low since power-up")
    for line in report.mismatch_details:
        print(f"  {line}")
    if report.untested:
        print(f"warning: {report.untested}")


def run(args: argparse.Namespace) -> int:
    from hls.api import verify
    from hls.cli.analyze import api_options, warn_war
    from hls.cli.insert import INSERT_OPTIONS

    report = verify(list(args.files), args.top, args.failures, runs=args.runs, seed=args.seed,
                    max_cycles=args.max_cycles, keep=args.keep, cold_start=args.cold_start,
                    free_cycles=args.free_cycles,
                    **api_options(args, INSERT_OPTIONS))
    warn_war(report.plan_warnings)
    if args.json:
        print(json.dumps({"plan": report.plan_summary, "verify": report.to_json()}, indent=2))
    else:
        _print_text(report)
    return 0 if report.passed else 1
