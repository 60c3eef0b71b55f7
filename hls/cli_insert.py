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
from dataclasses import dataclass
from pathlib import Path

from hls import ir
from hls.cli_analyze import (
    add_budget_arguments,
    add_memory_arguments,
    budget_cycles,
    cost_model,
    nv_set,
    warn_war,
)
from hls.controller import MODES, RESAVES
from hls.emit import Instrumented, instrument, read_sources, write_atomic
from hls.emit_modules import scan_modules
from hls.emit_ports import ControlPorts, control_ports, memory_ports, stream_gates
from hls.emit_scan import tokenize
from hls.emit_spec import InstrumentSpec, spec_from_plan
from hls.errors import HlsError
from hls.placement import plan_design, resave_periods
from hls.war import check_plan


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
    parser.add_argument("-o", "--output", required=True, type=Path, metavar="OUT.v", help="output Verilog")
    parser.set_defaults(func=run)


@dataclass
class Prepared:
    """A design analysed, planned and instrumented (what ``insert`` writes and ``verify`` simulates)."""

    text: str
    design: ir.Design
    plan: ir.Plan
    ports: ControlPorts
    spec: InstrumentSpec
    instrumented: Instrumented


def _fixed_plan(design: ir.Design, states: str) -> ir.Plan:
    """A plan at user-chosen states, saving what is live on entry to each."""
    chosen = [state.strip() for state in states.split(",") if state.strip()]
    unknown = [state for state in chosen if state not in design.fsm.states]
    if not chosen or unknown:
        known = ", ".join(design.fsm.states)
        missing = ", ".join(unknown) or "(none given)"
        raise HlsError(f"--states: unknown state(s) {missing}; states are {known}")
    checkpoints = []
    for state in chosen:
        checkpoints.append(ir.Checkpoint(state, design.saved_registers(state), design.live_bits(state)))
    bits = sum(c.bits for c in checkpoints)
    cost = ir.CostBreakdown(0.0, 0.0, 0.0, len(checkpoints), bits)
    return ir.Plan(0, tuple(checkpoints), cost, {}, max((c.bits for c in checkpoints), default=0))


def prepare(args: argparse.Namespace) -> Prepared:
    """Analyse, plan and instrument the design named by the common arguments."""
    from hls.liveness import load_design

    for path in args.files:
        if not Path(path).is_file():
            raise HlsError(f"no such file: {path}")
    if args.word_bits < 1 or args.word_bits > 4096:
        raise HlsError(f"--word-bits must be between 1 and 4096, not {args.word_bits}")
    text = read_sources(list(args.files))
    ports = control_ports(
        text,
        args.top,
        clock=args.clock,
        reset=args.reset,
        reset_polarity=args.reset_polarity,
        start=args.start,
        done=args.done,
    )
    given = [
        option
        for option, value in (
            ("--budget-cycles", args.budget_cycles),
            ("--energy", args.energy),
            ("--states", args.states),
        )
        if value is not None
    ]
    if len(given) != 1:
        raise HlsError(
            "give exactly one of --budget-cycles, --energy, --states"
            + (f" (got {' and '.join(given)})" if given else "")
        )
    model = cost_model(args)
    design = load_design([str(path) for path in args.files], args.top, nv_set(args))
    if args.states is not None:
        plan = _fixed_plan(design, args.states)
    else:
        plan = plan_design(design, budget_cycles(args), model, args.allow_war)
    # a --states plan, or any plan in low_voltage mode (saves may be skipped), is checked for hazards on
    # non-volatile memories here; refused with one line unless --allow-war
    warn_war(check_plan(design, plan.states, args.allow_war, low_voltage=args.mode == "low_voltage"))
    top_module = scan_modules(tokenize(text))[args.top]
    spec = spec_from_plan(
        design,
        plan,
        clock=ports.clock,
        reset=ports.reset,
        reset_active_low=ports.reset_active_low,
        done=ports.done,
        mode=args.mode,
        word_bits=args.word_bits,
        memory_ports=memory_ports(top_module) + stream_gates(top_module),
        resave=args.resave,
        periods=resave_periods(design, plan.states, plan.budget_cycles) if args.resave == "budget" else None,
    )
    return Prepared(text, design, plan, ports, spec, instrument(text, spec))


def plan_summary(prepared: Prepared) -> dict:
    """The facts ``insert`` reports (also embedded in ``verify``'s JSON)."""
    plan = prepared.plan
    inst = prepared.instrumented
    baselines = {name: {"total": c.total, "saved_bits": c.saved_bits} for name, c in plan.baselines.items()}
    return {
        "top": inst.top,
        "state_register": prepared.design.fsm.register,
        "encoding": prepared.design.fsm.encoding,
        "budget_cycles": plan.budget_cycles,
        "mode": prepared.spec.mode,
        "checkpoints": [
            {
                "state": c.state,
                "registers": list(c.registers),
                "saved_bits": inst.saved_bits[c.state],
                "nvm_words": inst.words[c.state],
            }
            for c in plan.checkpoints
        ],
        "cost": {
            "total": plan.cost.total,
            "write": plan.cost.write,
            "controller": plan.cost.controller,
            "reexecution": plan.cost.reexecution,
        },
        "baselines": baselines,
        "slot_bits": inst.slot_bits,
        "nv_bits": inst.nv_bits,
        "controller_flop_bits": inst.controller_flops,
        "new_ports": {"ckpt_low_voltage": "input", "ckpt_busy": "output"},
        "modules_added": [inst.nv_module, inst.controller_module],
    }


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


def run(args: argparse.Namespace) -> int:
    prepared = prepare(args)
    output = Path(args.output)
    write_atomic(output, prepared.instrumented.text)
    summary = plan_summary(prepared)
    summary["output"] = str(output)
    if args.json:
        print(json.dumps(summary, indent=2))
    else:
        _print_text(summary, output)
    return 0
