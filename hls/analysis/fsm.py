"""Find the control FSM of a flattened netlist: state register, states, encoding, reset state, transitions.

Rules (docs/hls-pass.md, "FSM rules"):

* a *state register* ``R`` is a reg assigned in clocked processes only with constants, with itself (hold), or
  with a *next-state* signal ``N`` that combinational logic assigns only constants or ``R``; at least two
  distinct constants; and ``R`` is used as a selector (case subject, compared with a constant, or one of its
  bits tested: one-hot). Among candidates, the best scored wins (selector uses, HLS names, number of states);
* the states are the constants assigned (named after the parameter they came from);
* one-hot when every state value has exactly one bit set (and there are >= 3 states, or bits are tested);
* the reset state is the constant assigned under the reset branch (an ``if`` on a single 1-bit signal that
  assigns ``R`` a constant), else the initial value;
* transitions: for every state, the clocked process of ``R`` (and the logic of ``N``) is executed with ``R``
  fixed to the state's value and reset inactive; branches whose condition is then known are decided, the
  others fork and their condition (simplified by the same evaluation) becomes the transition's condition.

The transitions are found by :mod:`hls.analysis.transitions`, with
:class:`hls.analysis.statevalue.StateEvaluator` (the
evaluation engine shared with the access analysis) following combinational logic across the flattened
hierarchy (Catapult's ``fsm_output``, Bambu's controller outputs, Vivado's ``ap_CS_fsm_stateN`` wires).
"""

from __future__ import annotations

import re
from collections import defaultdict

from hls.analysis.netindex import NetIndex
from hls.analysis.statevalue import StateEvaluator, allow_deep_logic, constant_bits, satisfiable
from hls.analysis.transitions import next_states
from hls.errors import HlsError
from hls.exprs import evaluate, refs, stmt_refs, target_name, target_names, to_verilog
from hls.ir import (
    Assign,
    Binary,
    Case,
    Const,
    Expr,
    Fsm,
    If,
    Index,
    Loop,
    Netlist,
    Ref,
    Stmt,
    Ternary,
    Transition,
    Unary,
)

# names HLS tools give their FSM register: enough to accept a one-state FSM (a Vitis pipeline's pp0_stage0)
_STRONG_NAME = re.compile(r"^(ap_CS_fsm|cur_state|_present_state|state_var)$")
_STATE_NAME = re.compile(r"ap_CS_fsm|cur_state|present_state|state_var|state|fsm|^st$", re.IGNORECASE)


def _values_assigned(index: NetIndex, name: str, kind: str) -> list[Expr]:
    procs = index.seq.get(name, []) if kind == "seq" else index.comb.get(name, [])
    out: list[Expr] = []

    def walk(stmts: tuple[Stmt, ...]) -> None:
        for s in stmts:
            if isinstance(s, Assign):
                if name in target_names(s.target):
                    if isinstance(s.target, Ref):
                        out.append(s.value)
                    elif constant_bits(s.target, s.value) is not None:
                        out.append(Ref("$bits"))  # nxt[RUN] = 1'b1: a one-hot bit, resolved per state
                    else:
                        out.append(Ref("$partial"))
            elif isinstance(s, If):
                walk(s.then)
                walk(s.other)
            elif isinstance(s, Case):
                for item in s.items:
                    walk(item.body)
            elif isinstance(s, Loop):
                walk(s.init + s.body)
    for p in procs:
        walk(p.body)
    return out


def _state_constants(values: list[Expr], allowed: set[str], computed: bool = False) -> list[Const] | None:
    """Constants among ``values`` if every value is a constant, an allowed signal, or a ternary of those;
    with ``computed``, also expressions of allowed signals only (``state + 1``: constant in each state)."""
    consts: list[Const] = []
    todo = list(values)
    while todo:
        v = todo.pop()
        if isinstance(v, Const):
            if not v.xmask:
                consts.append(v)
        elif isinstance(v, Ref) and v.name in allowed:
            continue
        elif isinstance(v, Ternary):
            todo += (v.then, v.other)
        elif computed and set(refs(v)) <= allowed:
            continue
        else:
            return None
    return consts


class _Candidate:
    def __init__(self, register: str, next_register: str | None, consts: list[Const]) -> None:
        self.register = register
        self.next_register = next_register
        self.consts = consts
        self.selector_uses = 0
        self.bit_tests = 0


def _candidates(index: NetIndex) -> list[_Candidate]:
    out: list[_Candidate] = []
    for name in index.seq:
        sig = index.netlist.signals.get(name)
        if sig is None or sig.depth is not None or name in index.comb:
            continue
        values = _values_assigned(index, name, "seq")
        # the next-state signal may reach the register through plain copies: a Calyx ``std_reg`` instance's
        # ``out <= in`` with ``in`` connected to the top's ``fsm_in``, which the control logic assigns
        values = [Ref(copy_source(index, v.name)) if isinstance(v, Ref) and v.name != name else v
                  for v in values]
        nexts = {v.name for v in values if isinstance(v, Ref) and v.name != name and v.name in index.comb}
        if len(nexts) > 1:
            continue
        nxt = next(iter(nexts), None)
        # a register named like a state may also step itself (state <= state + 1: a sequencer)
        computed = bool(_STATE_NAME.search(sig.local_name or name)) and sig.width <= 8
        consts = _state_constants(values, {name, "$bits"} | nexts, computed)
        if consts is None:
            continue
        if nxt is not None:
            more = _state_constants(_values_assigned(index, nxt, "comb"), {name, nxt, "$bits"}, computed)
            if more is None:
                continue
            consts += more
        distinct = len({c.value for c in consts})
        if distinct >= 2 or (distinct == 1 and _STRONG_NAME.search(sig.local_name or name)):
            out.append(_Candidate(name, nxt, consts))
    return out


def copy_source(index: NetIndex, name: str) -> str:
    """The signal ``name`` copies through a chain of plain continuous copies (``name`` if it is no copy)."""
    return _copy_root(index, name)


def _count_uses(index: NetIndex, cands: list[_Candidate]) -> None:
    by_name = {c.register: c for c in cands}
    # a net that only copies a candidate (a Calyx instance's ``fsm_out`` for ``fsm.out``) counts as it
    for name in index.comb:
        root = _copy_root(index, name)
        if root != name and root in by_name:
            by_name.setdefault(name, by_name[root])

    def expr(e: Expr) -> None:
        stack = [e]
        while stack:
            x = stack.pop()
            if isinstance(x, Binary):
                if x.op in ("==", "!=", "===", "!==") and (
                    isinstance(x.left, Ref) and isinstance(x.right, Const)
                    or isinstance(x.right, Ref) and isinstance(x.left, Const)
                ):
                    ref = x.left if isinstance(x.left, Ref) else x.right
                    if ref.name in by_name:  # type: ignore[union-attr]
                        by_name[ref.name].selector_uses += 1  # type: ignore[union-attr]
                stack += (x.left, x.right)
            elif isinstance(x, Index):
                if isinstance(x.base, Ref) and x.base.name in by_name and isinstance(x.index, Const):
                    by_name[x.base.name].bit_tests += 1
                stack += (x.base, x.index)
            elif isinstance(x, Unary):
                stack.append(x.operand)
            elif isinstance(x, Ternary):
                stack += (x.cond, x.then, x.other)
            elif hasattr(x, "parts"):
                stack += x.parts  # type: ignore[union-attr]

    def stmts(ss: tuple[Stmt, ...]) -> None:
        for s in ss:
            if isinstance(s, Assign):
                expr(s.value)
            elif isinstance(s, If):
                expr(s.cond)
                stmts(s.then + s.other)
            elif isinstance(s, Case):
                if isinstance(s.subject, Ref) and s.subject.name in by_name:
                    by_name[s.subject.name].selector_uses += 2
                expr(s.subject)
                for item in s.items:
                    stmts(item.body)
            elif isinstance(s, Loop):
                stmts(s.init + s.body)
    for p in index.netlist.processes:
        stmts(p.body)


def _score(c: _Candidate, netlist: Netlist) -> tuple[int, int, int, int, int]:
    sig = netlist.signals[c.register]
    used = c.selector_uses + c.bit_tests
    local = sig.local_name or c.register
    strong = 1 if _STRONG_NAME.search(local) else 0  # an HLS tool's FSM over an AXI adapter's wstate
    hint = 1 if _STATE_NAME.search(local) else 0
    # the shallowest FSM controls the design (a Vivado top's FSM, not a called function's)
    return (1 if used else 0, strong, hint, -len(sig.scope), len({k.value for k in c.consts}))


def _counter_candidates(index: NetIndex) -> list[_Candidate]:
    """Registers named like a state (``fsm``, or an instance ``fsm0`` whose ``out`` it is) whose next value is
    a constant, a hold, or a net computed from the register itself (a counter step through an adder)."""
    out: list[_Candidate] = []
    for name in index.seq:
        sig = index.netlist.signals.get(name)
        if sig is None or sig.depth is not None or name in index.comb:
            continue
        label = sig.scope[-1] if sig.scope and sig.port == "output" else (sig.local_name or name)
        if not _STATE_NAME.search(label):
            continue
        values = [Ref(copy_source(index, v.name)) if isinstance(v, Ref) and v.name != name else v
                  for v in _values_assigned(index, name, "seq")]
        nexts = {v.name for v in values if isinstance(v, Ref) and v.name != name and v.name in index.comb}
        if len(nexts) != 1:
            continue
        nxt = next(iter(nexts))
        steps = index.fan_out(name)
        consts = _state_constants(values, {name, nxt} | steps)
        more = _state_constants(_values_assigned(index, nxt, "comb"), {name, nxt} | steps, computed=False)
        if consts is None or more is None:
            continue
        out.append(_Candidate(name, nxt, consts + more))
    return out


def _compared_registers(index: NetIndex) -> list[str]:
    """Registers (or nets that only copy one) compared with constants although no candidate: named in the
    error, so that a counter-encoded control (Calyx's ``fsm`` registers stepped by an adder) is told apart
    from a design without control state."""
    netlist = index.netlist
    regs = [n for n in index.seq if (sig := netlist.signals.get(n)) is not None and sig.depth is None]
    probes = [_Candidate(name, None, []) for name in regs]
    alias: list[_Candidate] = []
    for name in index.comb:
        values = _values_assigned(index, name, "comb")
        if len(values) == 1 and isinstance(values[0], Ref) and values[0].name in regs:
            alias.append(_Candidate(name, values[0].name, []))
    _count_uses(index, probes + alias)
    used = {c.register for c in probes if c.selector_uses + c.bit_tests}
    used |= {c.next_register for c in alias if c.selector_uses + c.bit_tests and c.next_register}
    return [name for name in regs if name in used]


def find_fsm(netlist: Netlist, index: NetIndex | None = None) -> Fsm:
    """Detect the control FSM of ``netlist`` (raises :class:`HlsError` when there is none)."""
    allow_deep_logic()
    index = index or NetIndex(netlist)
    cands = _candidates(index)
    _count_uses(index, cands)
    cands = [c for c in cands if c.selector_uses + c.bit_tests > 0]
    if not cands:
        # no register assigned only constants: a Calyx static schedule's counter (``fsm_in = adder_out``,
        # ``adder_left = fsm_out``, ``adder_right = 1``) is the control, stepped through its adder instance
        cands = _counter_candidates(index) if index.calyx else []
        _count_uses(index, cands)
        cands = [c for c in cands if c.selector_uses + c.bit_tests > 0]
    if not cands:
        counters = _compared_registers(index)
        if counters:
            shown = ", ".join(counters[:4]) + (", ..." if len(counters) > 4 else "")
            raise HlsError(f"no control FSM found in {netlist.top}: {shown} are compared with state "
                           "constants but step through computed values (a counter-encoded control, as Calyx "
                           "emits); the pass needs a state register assigned only state constants")
        if not any(name in netlist.signals for name in index.seq):
            raise HlsError(f"no control FSM found in {netlist.top}: it holds no registers (combinational), "
                           "there is no state to checkpoint")
        raise HlsError(f"no control FSM found in {netlist.top}: no register is assigned only state constants "
                       "and used as a case selector or compared with them")
    done_regs = _done_registers(index) if index.calyx else set()
    best = max(cands, key=lambda c: (c.register in done_regs, _score(c, netlist)))
    return _build_fsm(index, best)


def _done_registers(index: NetIndex) -> set[str]:
    """Registers the top's ``done`` output reads combinationally: Calyx's component FSM (``done`` is
    ``tdcc_done_out``, ``fsm_out == <last>``), not a ``par`` thread's or a static group's."""
    found: set[str] = set()
    seen: set[str] = set()
    todo = [p.name for p in index.netlist.ports if p.direction == "output" and p.name == "done"]
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        if name in index.seq:
            found.add(name)
            continue
        for proc in index.comb.get(name, []):
            for stmt in proc.body:
                todo.extend(stmt_refs(stmt))
    return found


def _build_fsm(index: NetIndex, cand: _Candidate) -> Fsm:
    netlist = index.netlist
    sig = netlist.signals[cand.register]
    names: dict[int, str] = {}
    for c in sorted(cand.consts, key=lambda c: (c.name is None, c.name or "")):
        names.setdefault(c.value & ((1 << sig.width) - 1), c.name or "")
    reset_value, fixed = _reset(index, cand)
    names.setdefault(reset_value, "")
    # a register that is an instance's output port (a Calyx ``std_reg``'s ``out``) is named by its instance
    label = sig.scope[-1] if sig.scope and sig.port == "output" else (sig.local_name or cand.register)
    for v in names:
        if not names[v]:
            names[v] = f"{label}_{v}"
    values = sorted(names)
    evaluator = StateEvaluator(index, cand.register, values, fixed)
    edges: dict[tuple[int, int], list[list[Expr]]] = defaultdict(list)
    reachable = [reset_value]
    seen = {reset_value}
    while reachable:
        v = reachable.pop()
        k = values.index(v)
        for conds, nxt in next_states(index, evaluator, cand.register, cand.next_register, k):
            if not satisfiable(conds, index.width_of):
                continue
            if nxt not in names:
                # bitwise next-state logic (nxt[RUN] = 1'b1) or a stepping sequencer (state + 1) reaches
                # values no constant names: a new state
                names[nxt] = f"{label}_{nxt}"
                values.append(nxt)
            edges[(v, nxt)].append(conds)
            if nxt not in seen:
                seen.add(nxt)
                reachable.append(nxt)
    states = {names[v]: v for v in sorted(seen)}
    onehot = all(bin(v).count("1") == 1 for v in seen) and (len(seen) >= 3 or cand.bit_tests > 0)
    transitions = tuple(
        Transition(names[a], names[b], _join(paths)) for (a, b), paths in sorted(edges.items())
    )
    return Fsm(cand.register, sig.width, "onehot" if onehot else "binary", states, names[reset_value],
               transitions, sig.scope, sig.local_name, sig.module, cand.next_register)


def _join(paths: list[list[Expr]]) -> str | None:
    if any(not p for p in paths):
        return None
    texts = [list(dict.fromkeys(to_verilog(c) for c in p)) for p in paths]  # a repeated conjunct once
    terms = sorted({t[0] if len(t) == 1 else "(" + " && ".join(t) + ")" for t in texts})
    return " || ".join(terms)


def _reset(index: NetIndex, cand: _Candidate) -> tuple[int, dict[str, int]]:
    """Reset value of the state register and the inactive values of the reset signals."""
    width_of = index.width_of
    owners = [(p, cand.register) for p in index.seq[cand.register]]
    if cand.next_register:  # a reset applied to the next-state logic: "if (rst) next = IDLE; else case ..."
        owners += [(p, cand.next_register) for p in index.comb.get(cand.next_register, [])]
    for p, target in owners:
        for s in p.body:
            if not isinstance(s, If):
                continue
            names = set(refs(s.cond))
            if len(names) != 1:
                continue
            rst = next(iter(names))
            if width_of(rst) != 1:
                continue
            for branch, active in ((s.then, True), (s.other, False)):
                value = _const_assignment(branch, target)
                if value is None:
                    continue
                active_level = [lvl for lvl in (0, 1)
                                if bool(evaluate(s.cond, lambda _n, v=lvl: v, width_of)) == active]
                if len(active_level) != 1:
                    continue
                root = _copy_root(index, rst)
                return value, {root: 1 - active_level[0]}
    for name in (cand.register, cand.next_register):
        if name and name in index.initial:
            return index.initial[name], {}
    raise HlsError(f"cannot find the reset state of FSM register {cand.register}: no reset branch assigns "
                   "it a constant and it has no initial value")


def _const_assignment(stmts: tuple[Stmt, ...], register: str) -> int | None:
    for s in stmts:
        if isinstance(s, Assign) and isinstance(s.target, Ref) and s.target.name == register:
            if isinstance(s.value, Const) and not s.value.xmask:
                return s.value.value
    return None


def _copy_root(index: NetIndex, name: str) -> str:
    """Follow plain copies (``assign a = b``, port connections) up to the signal that drives them."""
    seen = {name}
    while True:
        drivers = index.comb.get(name)
        if not drivers or len(drivers) != 1 or len(drivers[0].body) != 1:
            return name
        s = drivers[0].body[0]
        if not (isinstance(s, Assign) and isinstance(s.value, Ref)) or s.value.name in seen:
            return name
        name = s.value.name
        seen.add(name)


def state_register_name(fsm: Fsm) -> str:
    return target_name(Ref(fsm.register)) or fsm.register


def reset_levels(index: NetIndex, fsm: Fsm) -> dict[str, int]:
    """Inactive level of the reset signal that controls the FSM register (empty if it has none)."""
    try:
        return _reset(index, _Candidate(fsm.register, fsm.next_register, []))[1]
    except HlsError:
        return {}
