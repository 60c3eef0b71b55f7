"""The analysis as data and as text: what ``hls-ckpt analyze`` prints (``--json`` or not) and
:meth:`hls.Analysis.to_json` returns (stable keys; docs/hls-pass.md)."""

from __future__ import annotations

from typing import Any

from hls.analysis.war import forced_checkpoints, same_state_hazards
from hls.ir import CostBreakdown, Design, Plan

__all__ = ["analysis_json", "analysis_text", "plan_json"]


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
        if mem["kind"] == "m_axi":  # off-chip, behind an AXI4 master: its size is the host's
            lines.append(f"  memory {name} (m_axi, off-chip behind an AXI4 master, {mem['width']}-bit data, "
                         f"{nv})")
            continue
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

