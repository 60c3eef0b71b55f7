"""``hls-ckpt analyze FILE.v... --top M [--json]``: FSM, states, encoding, registers, liveness (and, with a
budget, the checkpoint plan)."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from hls.errors import HlsError
from hls.ir import CostBreakdown, Design, Plan
from hls.placement import NVM_WRITE_PJ_PER_BIT, CostModel, budget_from_energy
from hls.war import forced_checkpoints, same_state_hazards


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
    p.add_argument("--capacitance", type=float, metavar="F", help="with --energy: storage capacitance (F)")
    p.add_argument("--v-on", type=float, metavar="V", help="with --energy: turn-on voltage (V)")
    p.add_argument("--v-off", type=float, metavar="V", help="with --energy: brown-out voltage (V)")
    p.add_argument("--cycle-pj", type=float, default=None,
                   help=f"design energy per cycle, pJ (default {CostModel.cycle_pj}; or --power/--clock-hz)")
    p.add_argument("--power", type=float, metavar="W", help="design power (W), with --clock-hz")
    p.add_argument("--clock-hz", type=float, metavar="HZ", help="design clock (Hz), with --power")
    p.add_argument("--nvm", choices=sorted(NVM_WRITE_PJ_PER_BIT), default="stt-mram",
                   help="NVM technology of the shadow registers (write energy per bit)")
    p.add_argument("--trip-count", type=float, default=None,
                   help=f"assumed iterations of loops of unknown bound (visit frequencies; default "
                        f"{CostModel.trip_count:g})")
    p.add_argument("--failure-rate", type=float, default=None,
                   help="probability of a power failure per cycle (default: 1 / budget)")


def cycle_pj(args: argparse.Namespace) -> float:
    """Design energy per cycle: --cycle-pj, or --power / --clock-hz, or the default."""
    if args.power is not None or args.clock_hz is not None:
        if args.power is None or args.clock_hz is None or args.cycle_pj is not None:
            raise HlsError("give --power and --clock-hz together, and not with --cycle-pj")
        if args.power <= 0 or args.clock_hz <= 0:
            raise HlsError("--power and --clock-hz must be > 0")
        return args.power / args.clock_hz * 1e12
    value = CostModel.cycle_pj if args.cycle_pj is None else args.cycle_pj
    if value <= 0:
        raise HlsError(f"--cycle-pj must be > 0, not {value}")
    return value


def cost_model(args: argparse.Namespace) -> CostModel:
    if args.trip_count is None:
        args.trip_count = CostModel.trip_count
    if args.trip_count < 1:
        raise HlsError(f"--trip-count must be >= 1, not {args.trip_count}")
    if args.failure_rate is not None and not 0.0 <= args.failure_rate <= 1.0:
        raise HlsError(f"--failure-rate must be a probability, not {args.failure_rate}")
    return CostModel(write_pj_per_bit=NVM_WRITE_PJ_PER_BIT[args.nvm], cycle_pj=cycle_pj(args),
                     failure_per_cycle=args.failure_rate, trip_count=args.trip_count)


def budget_cycles(args: argparse.Namespace) -> int | None:
    if args.budget_cycles is not None:
        if args.budget_cycles < 1:
            raise HlsError(f"--budget-cycles must be positive, not {args.budget_cycles}")
        return int(args.budget_cycles)
    if args.energy is not None:
        from energy import EnergyError, preset

        try:
            pre = preset(args.energy)
        except EnergyError as err:
            raise HlsError(str(err)) from None
        c = pre.capacitance if args.capacitance is None else args.capacitance
        v_on = pre.v_on if args.v_on is None else args.v_on
        v_off = pre.v_off if args.v_off is None else args.v_off
        return budget_from_energy(c, v_on, v_off, cycle_pj(args))
    if any(x is not None for x in (args.capacitance, args.v_on, args.v_off)):
        raise HlsError("--capacitance, --v-on and --v-off adjust an --energy preset; give --energy too")
    return None


def nv_set(args: argparse.Namespace) -> frozenset[str] | None:
    return None if args.nv_memories else frozenset(args.nv_memory)


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


def analysis_json(design: Design, plan: Plan | None = None) -> dict[str, Any]:
    """The analysis as plain JSON data (stable keys; see docs/hls-pass.md)."""
    fsm = design.fsm
    order = sorted(fsm.states, key=lambda s: fsm.states[s])
    out: dict[str, Any] = {
        "top": design.top,
        "files": list(design.netlist.files),
        "ports": [{"name": p.name, "direction": p.direction, "width": p.width} for p in design.ports],
        "state_register": fsm.register,
        "next_state_register": fsm.next_register,
        "state_width": fsm.width,
        "encoding": fsm.encoding,
        "reset_state": fsm.reset_state,
        "states": {s: fsm.states[s] for s in order},
        "transitions": [{"from": t.source, "to": t.target, "condition": t.condition}
                        for t in fsm.transitions],
        "registers": {
            name: {"width": r.width, "module": r.module, "scope": ".".join(r.scope), **_access(design, name)}
            for name, r in design.registers.items()
        },
        "memories": {
            name: {"kind": m.kind, "width": m.width, "depth": m.depth, "bits": m.bits,
                   "non_volatile": m.non_volatile, "ports": list(m.ports), **_access(design, name)}
            for name, m in design.memories.items()
        },
        "live": {s: sorted(design.liveness.live_in[s]) for s in order},
        "live_bits": {s: design.live_bits(s) for s in order},
        "war": {
            "same_state": [{"memory": h.memory, "state": h.read_state} for h in same_state_hazards(design)],
            "forced": [{"state": w, "memory": h.memory, "read_state": h.read_state}
                       for w, h in forced_checkpoints(design).items()],
        },
    }
    if plan is not None:
        out["plan"] = plan_json(plan)
    return out


def _access(design: Design, name: str) -> dict[str, list[str]]:
    a = design.access.get(name)
    if a is None:
        return {"written": [], "read": [], "must_write": []}
    order = design.fsm.states
    return {key: sorted(getattr(a, attr), key=lambda s: order[s])
            for key, attr in (("written", "written"), ("read", "read"), ("must_write", "must_write"))}


def plan_json(plan: Plan) -> dict[str, Any]:
    def cost(c: CostBreakdown) -> dict[str, float | int]:
        return {"write_pj": c.write, "controller_pj": c.controller, "reexecution_pj": c.reexecution,
                "total_pj": c.total, "checkpoints": c.checkpoints, "saved_bits": c.saved_bits}
    return {
        "budget_cycles": plan.budget_cycles,
        "states": list(plan.states),
        "checkpoints": [{"state": c.state, "registers": list(c.registers), "bits": c.bits}
                        for c in plan.checkpoints],
        "cost": cost(plan.cost),
        "baselines": {k: cost(v) for k, v in plan.baselines.items()},
        "shadow_bits": plan.shadow_bits,
        "optimal": bool(plan.parameters.get("optimal", 1.0)),
        "parameters": plan.parameters,
    }


def analysis_text(r: dict[str, Any]) -> str:
    lines = [
        f"top {r['top']}: state register {r['state_register']} ({r['state_width']} bits, {r['encoding']}), "
        f"{len(r['states'])} states, reset state {r['reset_state']}",
        "transitions:",
    ]
    for t in r["transitions"]:
        lines.append(f"  {t['from']} -> {t['to']}" + (f"  if {t['condition']}" if t["condition"] else ""))
    lines.append("registers (width: written / read):")
    for name, reg in r["registers"].items():
        written, read = ",".join(reg["written"]) or "-", ",".join(reg["read"]) or "-"
        lines.append(f"  {name} [{reg['width']}]: {written} / {read}")
    for name, mem in r["memories"].items():
        nv = "non-volatile" if mem["non_volatile"] else "volatile"
        lines.append(f"  memory {name} ({mem['kind']}, {mem['depth']} x {mem['width']}, {nv})")
    for h in r["war"]["same_state"]:
        lines.append(f"  write-after-read: {h['memory']} read and written in {h['state']} (keep it volatile)")
    for f in r["war"]["forced"]:
        lines.append(f"  write-after-read: {f['memory']} read in {f['read_state']}, written in {f['state']}: "
                     f"checkpoint forced at {f['state']}")
    lines.append("live at entry (bits):")
    for state, regs in r["live"].items():
        lines.append(f"  {state} ({r['live_bits'][state]}): {' '.join(regs) or '-'}")
    if "plan" in r:
        p = r["plan"]
        quality = "optimal" if p["optimal"] else "best found"
        lines.append(f"plan (budget {p['budget_cycles']} cycles, {quality}):")
        for c in p["checkpoints"]:
            saved = " ".join(c["registers"]) or "-"
            lines.append(f"  checkpoint at {c['state']}: {c['bits']} bits ({saved})")
        lines.append(f"  cost {p['cost']['total_pj']:.3f} pJ/run; every state "
                     f"{p['baselines']['every_state']['total_pj']:.3f}; every {p['budget_cycles']} cycles "
                     f"{p['baselines']['every_k_cycles']['total_pj']:.3f}")
    return "\n".join(lines) + "\n"
