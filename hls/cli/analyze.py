"""``hls-ckpt analyze FILE.v... --top M [--json]``: FSM, states, encoding, registers, liveness (and, with a
budget, the checkpoint plan)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import Any

from hls.analysis.report import analysis_json, analysis_text, plan_json  # noqa: F401  (moved; names kept)
from hls.options import budget_cycles, cost_model, cycle_pj, nv_set  # noqa: F401  (moved; names kept)
from hls.placement.plan import NVM_WRITE_PJ_PER_BIT, CostModel


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "analyze", help="find the FSM, registers and per-state liveness of a design",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="example:\n  hls-ckpt analyze designs/rtl/gcd/gcd.v --top gcd\n"
               "  hls-ckpt analyze designs/rtl/sobel/sobel.v --top sobel --json > sobel.json")
    p.add_argument("files", nargs="+", metavar="FILE.v", help="Verilog sources")
    p.add_argument("--top", help="top module (default: the only module nobody instantiates)")
    p.add_argument("--json", action="store_true", help="print the analysis as JSON")
    p.add_argument("-I", dest="include_dirs", action="append", default=[], metavar="DIR",
                   help="include directory for the preprocessor")
    p.add_argument("-D", dest="defines", action="append", default=[], metavar="NAME[=VALUE]",
                   help="preprocessor define")
    add_memory_arguments(p)
    add_budget_arguments(p, required=False)
    p.set_defaults(func=run)


def add_memory_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--blackbox", action="append", default=[], metavar="MODULE",
                   help="accept instances of MODULE although no file defines it (it must hold no state)")
    p.add_argument("--nv-memory", action="append", default=[], metavar="NAME",
                   help="declare this memory (array) non-volatile: it is never saved (repeatable)")
    p.add_argument("--nv-memories", action="store_true", help="declare every memory non-volatile")
    p.add_argument("--allow-war", action="store_true",
                   help="accept write-after-read hazards on non-volatile memories (warn instead of refusing)")


def add_budget_arguments(p: argparse.ArgumentParser, required: bool) -> None:
    g = p.add_mutually_exclusive_group(required=required)
    g.add_argument("--budget-cycles", type=int, metavar="N", help="cycles allowed between checkpoints")
    g.add_argument("--energy", metavar="PRESET",
                   help="derive the budget from one charge of an energy/ preset (wisp5, wisp4-mementos)")
    p.add_argument("--capacitance", type=quantity("F"), metavar="F",
                   help="with --energy: storage capacitance (F; 47u, 4.7e-5)")
    p.add_argument("--v-on", type=quantity("V"), metavar="V", help="with --energy: turn-on voltage (V)")
    p.add_argument("--v-off", type=quantity("V"), metavar="V", help="with --energy: brown-out voltage (V)")
    p.add_argument("--cycle-pj", type=float, default=None,
                   help=f"design energy per cycle, pJ (default {CostModel.cycle_pj}; or --power/--clock-hz)")
    p.add_argument("--power", type=quantity("W"), metavar="W", help="design power (W), with --clock-hz")
    p.add_argument("--clock-hz", type=quantity("Hz"), metavar="HZ", help="design clock (Hz), with --power")
    p.add_argument("--nvm", choices=sorted(NVM_WRITE_PJ_PER_BIT), default="stt-mram",
                   help="NVM technology of the shadow registers (write energy per bit)")
    p.add_argument("--trip-count", type=float, default=None,
                   help=f"assumed iterations of loops of unknown bound (visit frequencies; default "
                        f"{CostModel.trip_count:g})")
    p.add_argument("--failure-rate", type=float, default=None,
                   help="probability of a power failure per cycle (default: 1 / budget)")


def quantity(unit: str) -> Callable[[str], float]:
    """argparse ``type``: a number with an optional engineering suffix and unit (``47u``, ``47uF``, ``8MHz``),
    as ``msp430emu`` reads them; NaN and infinities are passed on for the range check to name."""

    def parse(text: str) -> float:
        from energy import EnergyError
        from energy.units import parse_quantity

        try:
            return float(text)
        except ValueError:
            pass
        try:
            return parse_quantity(text, unit=unit)
        except EnergyError as err:
            raise argparse.ArgumentTypeError(f"cannot read {text!r} as a number of {unit} "
                                             "(e.g. 47u, 1e-3)") from err

    parse.__name__ = f"number of {unit}"
    return parse


def warn_war(warnings: list[str]) -> None:
    """Print the write-after-read hazards accepted with ``--allow-war``, one line each, on stderr."""
    for line in warnings:
        print(f"hls-ckpt: warning: {line}", file=sys.stderr)


def api_options(args: argparse.Namespace, names: tuple[str, ...]) -> dict[str, Any]:
    """The options of ``args`` that the library API takes, by name."""
    return {name: getattr(args, name) for name in names if hasattr(args, name)}


ANALYZE_OPTIONS = ("budget_cycles", "energy", "capacitance", "v_on", "v_off", "cycle_pj", "power", "clock_hz",
                   "nvm", "trip_count", "failure_rate", "nv_memory", "nv_memories", "allow_war",
                   "include_dirs", "defines", "blackbox")


def run(args: argparse.Namespace) -> int:
    from hls.api import analyze

    analysis = analyze(list(args.files), args.top, **api_options(args, ANALYZE_OPTIONS))
    warn_war(analysis.warnings)
    report = analysis.to_json()
    if args.json:
        json.dump(report, sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(analysis_text(report))
    return 0

