"""``hls-ckpt insert``: plan checkpoints and write the instrumented Verilog.

    hls-ckpt insert FILE.v... --top M -o OUT.v (--budget-cycles N | --energy PRESET | --states S,..)
                    [--json] [--mode always|low_voltage] [--word-bits 32] [--nv-memory NAME | --nv-memories]
                    [--allow-war]
                    [--cycle-pj E] [--nvm TECH] [--trip-count T] [--failure-rate P]  (cost model, as analyze)
                    [--clock C] [--reset R] [--reset-polarity high|low] [--start S] [--done D]

Prints the chosen states, the bits saved at each, NVM words per save and the plan's cost against the
baselines; ``--json`` prints the same as one JSON object. The output file is written through a temporary file
and a rename, only after everything succeeded.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from hls.cli.analyze import add_budget_arguments, add_memory_arguments, warn_war
from hls.emit.controller import MODES, RESAVES, SAVE_PATHS
from hls.errors import HlsError
from hls.prepare import Prepared, plan_summary, prepare  # noqa: F401  (moved; names kept)


def add_design_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments shared by ``insert`` and ``verify``: sources, top, plan, handshake, NVM shape."""
    parser.add_argument("files", nargs="+", type=Path, metavar="FILE.v", help="Verilog sources of the design")
    parser.add_argument("--top", required=True, help="top module")
    add_budget_arguments(parser, required=False)  # the same budget and cost-model options as analyze
    parser.add_argument("--states", metavar="S1,S2", help="checkpoint exactly these states (no placement)")
    add_memory_arguments(parser)
    parser.add_argument("--mode", choices=MODES, default="always", help="save always, or only on low_voltage")
    parser.add_argument("--word-bits", type=int, default=32, help="NVM word width written per cycle (32)")
    parser.add_argument(
        "--resave",
        choices=RESAVES,
        default="budget",
        help="budget (default): save on entry and, in a self-loop, once per budget of cycles; iteration: at "
        "every entry incl. each self-loop iteration; entry: once per stay",
    )
    parser.add_argument(
        "--save-path",
        choices=SAVE_PATHS,
        default="parallel",
        help="parallel (default): each checkpoint saves its live bits, restored in one cycle; scan: one "
        "layout for all checkpoints, saved and restored as a word-wide shift chain (less logic, longer "
        "restore)",
    )
    parser.add_argument("--clock", help="clock port (default: found by name)")
    parser.add_argument("--reset", help="reset port (default: found by name)")
    parser.add_argument("--reset-polarity", choices=("high", "low"), help="reset polarity (inferred)")
    parser.add_argument("--start", help="start port (default ap_start, or a known HLS name)")
    parser.add_argument("--done", help="done port (default ap_done, or a known HLS name)")
    parser.add_argument("--json", action="store_true", help="print a JSON object instead of text")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("insert", help="insert checkpoints and write instrumented Verilog",
                                   formatter_class=argparse.RawDescriptionHelpFormatter,
                                   epilog="example:\n  hls-ckpt insert designs/rtl/gcd/gcd.v --top gcd "
                                          "--budget-cycles 40 -o gcd_ckpt.v")
    add_design_arguments(parser)
    parser.add_argument("-o", "--output", required=True, metavar="OUT.v", help="output Verilog")
    parser.set_defaults(func=run)


def _print_text(summary: dict, output: Path) -> None:
    print(f"{summary['top']}: state register {summary['state_register']} ({summary['encoding']})")
    budget = summary["budget_cycles"]
    print(f"mode {summary['mode']}, budget {budget if budget else 'n/a (--states)'} cycles")
    for cp in summary["checkpoints"]:
        regs = ", ".join(cp["registers"]) or "-"
        print(f"  checkpoint {cp['state']}: {cp['saved_bits']} bits in {cp['nvm_words']} NVM words ({regs})")
    cost = summary["cost"]
    print(
        f"cost {cost['total']:.4g} (writes {cost['write']:.4g}, controller {cost['controller']:.4g}, "
        f"re-execution {cost['reexecution']:.4g})"
    )
    for name, base in summary["baselines"].items():
        print(f"  baseline {name}: {base['total']:.4g} ({base['saved_bits']} bits)")
    print(f"NV store {summary['nv_bits']} bits, controller {summary['controller_flop_bits']} flip-flops")
    print(f"wrote {output}")


INSERT_OPTIONS = ("budget_cycles", "energy", "states", "capacitance", "v_on", "v_off", "cycle_pj", "power",
                  "clock_hz", "nvm", "trip_count", "failure_rate", "nv_memory", "nv_memories", "allow_war",
                  "mode", "word_bits", "resave", "save_path", "clock", "reset", "reset_polarity", "start",
                  "done", "blackbox")


def run(args: argparse.Namespace) -> int:
    from hls.api import insert
    from hls.cli.analyze import api_options

    if not str(args.output).strip():              # Path("") would be "." (the working directory)
        raise HlsError(f"-o {str(args.output)!r}: not a file name")
    output = Path(args.output)
    result = insert(list(args.files), args.top, output, **api_options(args, INSERT_OPTIONS))
    warn_war(result.warnings)
    summary = result.summary
    if args.json:
        print(json.dumps(summary, indent=2))
    else:
        _print_text(summary, output)
    return 0
