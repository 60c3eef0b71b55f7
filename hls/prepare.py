"""One run of the pass assembled from its options: read the sources, find the control ports, analyse, plan
(placement or fixed states), check write-after-read hazards and instrument. What ``insert`` writes and
``verify`` simulates (:class:`Prepared`), and the facts ``insert`` reports (:func:`plan_summary`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from hls import ir
from hls.analysis.war import check_plan
from hls.emit.calyx import calyx_gates
from hls.emit.controller import MODES, RESAVES  # noqa: F401  (re-exported for the CLI's choices)
from hls.emit.instrument import Instrumented, instrument, read_sources
from hls.emit.modules import scan_modules
from hls.emit.ports import ControlPorts, axi_master_gates, control_ports, memory_ports, stream_gates
from hls.emit.scan import tokenize
from hls.emit.spec import InstrumentSpec, spec_from_plan
from hls.errors import HlsError
from hls.options import budget_cycles, check_nv_memories, check_source_files, cost_model, nv_set
from hls.placement.plan import plan_design, resave_periods

__all__ = ["Prepared", "plan_summary", "prepare"]


@dataclass
class Prepared:
    """A design analysed, planned and instrumented (what ``insert`` writes and ``verify`` simulates)."""

    text: str
    design: ir.Design
    plan: ir.Plan
    ports: ControlPorts
    spec: InstrumentSpec
    instrumented: Instrumented
    warnings: list[str] = field(default_factory=list)  # write-after-read hazards accepted with allow_war


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


def prepare(args: Any) -> Prepared:
    """Analyse, plan and instrument the design named by the common arguments."""
    from hls.analysis.liveness import load_design

    check_source_files(args.files)
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
    check_nv_memories(design, args)
    if args.states is not None:
        plan = _fixed_plan(design, args.states)
    else:
        plan = plan_design(design, budget_cycles(args), model, args.allow_war)
    # a --states plan, or any plan in low_voltage mode (saves may be skipped), is checked for hazards on
    # non-volatile memories here; refused with one line unless --allow-war
    warnings = check_plan(design, plan.states, args.allow_war, low_voltage=args.mode == "low_voltage")
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
        memory_ports=(memory_ports(top_module) + stream_gates(top_module) + calyx_gates(top_module)
                      + axi_master_gates(top_module)),
        resave=args.resave,
        periods=resave_periods(design, plan.states, plan.budget_cycles) if args.resave == "budget" else None,
        save_path=getattr(args, "save_path", "parallel"),
    )
    return Prepared(text, design, plan, ports, spec, instrument(text, spec), warnings)


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

