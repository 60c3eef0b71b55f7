"""The FSM's transitions out of each state: the clocked process of the state register (then the logic of its
next-state signal) is walked with the register fixed to the state's value; branches decided in that state are
followed, the others fork and their condition, simplified in the state, is the path's condition."""

from __future__ import annotations

from collections.abc import Iterator

from hls.analysis.netindex import NetIndex
from hls.analysis.statevalue import (
    StateEvaluator,
    case_table,
    constant_bits,
    guarded_value,
    inline_condition,
    satisfiable,
    simplify,
    with_bits,
)
from hls.errors import HlsError
from hls.exprs import label_match, negate, stmt_targets
from hls.ir import Assign, Case, Const, Expr, Fsm, If, Loop, Process, Ref, Stmt, Ternary

_Path = tuple[list[Expr], Expr | None]


def next_states(index: NetIndex, ev: StateEvaluator, register: str, next_register: str | None,
                k: int) -> Iterator[tuple[list[Expr], int]]:
    """(conditions, next value) pairs of the FSM in state number ``k``: ``register`` is the state register,
    ``next_register`` the combinational next-state signal it may copy (None if there is none)."""
    hold = ev.values[k]
    for conds, value in _expand(ev, _paths(ev, index.seq[register], register, k), k):
        if isinstance(value, Ref) and next_register and value.name != next_register:
            value = _through_copies(index, value, next_register)
        if value is None or (isinstance(value, Ref) and value.name == register):
            yield conds, hold
        elif isinstance(value, Ref) and value.name == next_register:
            for more, nv in _expand(ev, _paths(ev, index.comb[value.name], value.name, k), k):
                if nv is None or (isinstance(nv, Ref) and nv.name == register):
                    yield conds + more, hold
                else:
                    v = _decided(ev, nv, k, register, hold)
                    if v is not None:
                        yield conds + more, v
        else:
            v = _decided(ev, value, k, register, hold)
            if v is not None:
                yield conds, v


def _through_copies(index: NetIndex, value: Ref, target: str) -> Ref:
    """``value`` or, when it reaches ``target`` through plain continuous copies (a Calyx ``std_reg``'s
    ``in`` port connected to the top's ``fsm_in``), ``target``."""
    seen = {value.name}
    name = value.name
    while True:
        drivers = index.comb.get(name)
        if not drivers or len(drivers) != 1 or len(drivers[0].body) != 1:
            return value
        s = drivers[0].body[0]
        if not (isinstance(s, Assign) and isinstance(s.target, Ref) and isinstance(s.value, Ref)):
            return value
        name = s.value.name
        if name == target:
            return Ref(target)
        if name in seen:
            return value
        seen.add(name)


def _expand(ev: StateEvaluator, paths: list[_Path], k: int) -> list[_Path]:
    """Split paths whose value is a ternary undecided in state ``k`` (``next = go ? RUN : IDLE``)."""
    out: list[_Path] = []
    todo = list(paths)
    while todo:
        conds, value = todo.pop()
        if isinstance(value, Ternary):
            c = ev.value(value.cond, k)
            if c is None:
                cond = simplify(ev, inline_condition(ev, value.cond), k)
                todo.append((conds + [cond], value.then))
                todo.append((conds + [negate(cond)], value.other))
            else:
                todo.append((conds, value.then if c else value.other))
        else:
            out.append((conds, value))
    return out


def _decided(ev: StateEvaluator, value: Expr, k: int, register: str, hold: int) -> int | None:
    """The constant a state-register assignment gives in state ``k`` (None for an x default)."""
    v = ev.value(value, k)
    if v is None and ev.index.calyx and not (isinstance(value, Const) and value.xmask):
        v = guarded_value(ev, value, k)  # a Calyx counter's step through its adder instance
    if v is None and not (isinstance(value, Const) and value.xmask):
        raise HlsError(f"next state of {register} in state {hold} is not decidable")
    return v


def _paths(ev: StateEvaluator, procs: list[Process], target: str, k: int) -> list[_Path]:
    """Every path through ``procs`` in state ``k``: its undecided conditions and the last value of target."""
    paths: list[_Path] = [([], None)]
    for p in procs:
        paths = _walk(ev, p.body, target, k, paths)
    return paths


def _walk(ev: StateEvaluator, stmts: tuple[Stmt, ...], target: str, k: int,
          paths: list[_Path]) -> list[_Path]:
    for s in stmts:
        if target not in stmt_targets(s):
            continue
        if isinstance(s, Assign):
            if isinstance(s.target, Ref):
                paths = [(c, s.value) for c, _ in paths]
            else:
                paths = [(c, _partial_update(ev, s, target, k, v)) for c, v in paths]
        elif isinstance(s, If):
            paths = _branch(ev, s.cond, s.then, s.other, target, k, paths)
        elif isinstance(s, Case):
            paths = _walk_case(ev, s, 0, target, k, paths)
        elif isinstance(s, Loop):
            raise HlsError(f"the FSM register {target} is assigned inside a loop")
    return paths


def _partial_update(ev: StateEvaluator, s: Assign, target: str, k: int, old: Expr | None) -> Expr:
    """The state-register value after ``target[i] = c`` on a path whose value so far is ``old``."""
    value = ev.value(s.value, k)
    bits = constant_bits(s.target, Const(value, None)) if value is not None else None
    if old is None and target == ev.register:
        old = Const(ev.values[k])
    base = ev.value(old, k) if old is not None else None
    if bits is None or base is None:
        raise HlsError(f"the FSM register {target} is assigned part by part in a way that is not decidable")
    return Const(with_bits(base, bits))


def _branch(ev: StateEvaluator, cond: Expr, then: tuple[Stmt, ...], other: tuple[Stmt, ...], target: str,
            k: int, paths: list[_Path]) -> list[_Path]:
    c = ev.value(cond, k)
    if c is not None:
        return _walk(ev, then if c else other, target, k, paths)
    c_expr = simplify(ev, inline_condition(ev, cond), k)
    return (_walk(ev, then, target, k, [(p + [c_expr], v) for p, v in paths])
            + _walk(ev, other, target, k, [(p + [negate(c_expr)], v) for p, v in paths]))


def _walk_case(ev: StateEvaluator, s: Case, i: int, target: str, k: int,
               paths: list[_Path]) -> list[_Path]:
    if i == 0 and (table := case_table(s)) is not None:
        subject = ev.value(s.subject, k)
        if subject is not None:
            j = table[0].get(subject, table[1])
            return paths if j is None else _walk(ev, s.items[j].body, target, k, paths)
    if i >= len(s.items):  # no labelled arm matched: the default arm, wherever it is written
        default = next((it for it in s.items if not it.labels), None)
        return paths if default is None else _walk(ev, default.body, target, k, paths)
    item = s.items[i]
    if not item.labels:
        return _walk_case(ev, s, i + 1, target, k, paths)
    m = ev.case_match(s, item.labels, k)
    if m is True:
        return _walk(ev, item.body, target, k, paths)
    if m is False:
        return _walk_case(ev, s, i + 1, target, k, paths)
    match = label_match(s.subject, item.labels, s.kind)
    return (_walk(ev, item.body, target, k, [(p + [match], v) for p, v in paths])
            + _walk_case(ev, s, i + 1, target, k, [(p + [negate(match)], v) for p, v in paths]))


def transition_paths(index: NetIndex, fsm: Fsm, ev: StateEvaluator, k: int) -> list[tuple[list[Expr], int]]:
    """Satisfiable (conditions, next state value) paths out of state number ``k`` of ``ev``; conditions are
    simplified in that state."""
    paths = next_states(index, ev, fsm.register, fsm.next_register, k)
    return [(c, v) for c, v in paths if satisfiable(c, index.width_of)]
