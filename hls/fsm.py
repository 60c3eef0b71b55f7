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

:class:`StateEvaluator` is the shared engine: it evaluates expressions with the state register fixed to each
state in turn, following combinational logic across the flattened hierarchy (Catapult's ``fsm_output``,
Bambu's controller outputs, Vivado's ``ap_CS_fsm_stateN`` wires).
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from collections.abc import Iterator

from hls.errors import HlsError
from hls.exprs import (
    evaluate,
    refs,
    target_name,
    target_names,
    to_verilog,
)
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
    Process,
    Ref,
    Slice,
    Stmt,
    Ternary,
    Transition,
    Unary,
)

# names HLS tools give their FSM register: enough to accept a one-state FSM (a Vitis pipeline's pp0_stage0)
_STRONG_NAME = re.compile(r"^(ap_CS_fsm|cur_state|_present_state|state_var)$")
_STATE_NAME = re.compile(r"ap_CS_fsm|cur_state|present_state|state_var|state|fsm|^st$", re.IGNORECASE)


class NetIndex:
    """Drivers and widths of the signals of a netlist."""

    def __init__(self, netlist: Netlist) -> None:
        self.netlist = netlist
        self.comb: dict[str, list[Process]] = defaultdict(list)
        self.seq: dict[str, list[Process]] = defaultdict(list)
        self.initial: dict[str, int] = {}
        for p in netlist.processes:
            names = {n for s in p.body for n in _assigned(s)}
            for n in names:
                if p.kind == "comb":
                    self.comb[n].append(p)
                elif p.kind == "seq":
                    self.seq[n].append(p)
            if p.kind == "initial":
                for s in p.body:
                    if isinstance(s, Assign) and isinstance(s.target, Ref) and isinstance(s.value, Const):
                        if not s.value.xmask:
                            self.initial[s.target.name] = s.value.value
        self.width_of = _Widths(netlist)
        # readers: signal -> signals whose comb logic reads it (to find what depends on the state register)
        self.comb_readers: dict[str, set[str]] = defaultdict(set)
        for p in netlist.processes:
            if p.kind != "comb":
                continue
            targets = {n for s in p.body for n in _assigned(s)}
            for r in {r for s in p.body for r in _stmt_refs(s)}:
                self.comb_readers[r] |= targets

    def fan_out(self, root: str) -> set[str]:
        """Signals whose combinational value depends on ``root``."""
        seen = {root}
        todo = [root]
        while todo:
            for n in self.comb_readers.get(todo.pop(), ()):
                if n not in seen:
                    seen.add(n)
                    todo.append(n)
        return seen


class _Widths:
    def __init__(self, netlist: Netlist) -> None:
        self.signals = netlist.signals

    def __call__(self, name: str) -> int:
        s = self.signals.get(name)
        return s.width if s else 32

    def is_memory(self, name: str) -> bool:
        s = self.signals.get(name)
        return bool(s and s.depth is not None)


class StateEvaluator:
    """Evaluate expressions with the state register fixed to each state value in turn (None = unknown)."""

    def __init__(self, index: NetIndex, register: str | None, values: list[int],
                 fixed: dict[str, int]) -> None:
        self.index = index
        self.register = register
        self.values = values
        self.fixed = fixed
        self.dependent = index.fan_out(register) if register else set()
        self._memo: dict[tuple[str, int | None], int | None] = {}
        self._busy: set[tuple[str, int | None]] = set()
        self._vectors: dict[str, list[int | None]] = {}

    def depends(self, e: Expr) -> bool:
        return any(r in self.dependent for r in refs(e))

    def value(self, e: Expr, k: int | None, env: dict[str, int | None] | None = None) -> int | None:
        """Value of ``e`` in state number ``k`` (None: any state), with process-local values ``env``."""
        def lookup(name: str) -> int | None:
            if env is not None and name in env:
                return env[name]
            return self.signal(name, k)
        return evaluate(e, lookup, self.index.width_of)

    def per_state(self, e: Expr) -> list[int | None]:
        """Value of ``e`` in every state. States in which the state-dependent signals ``e`` reads have the
        same values give the same result, so ``e`` is evaluated once per distinct combination (a condition
        on one Vivado decode wire: twice, not once per state)."""
        n = len(self.values)
        if not self.depends(e):
            v = self.value(e, None)
            return [v] * n
        names = sorted({r for r in refs(e) if r in self.dependent})
        vectors = [self.vector(r) for r in names]
        groups: dict[tuple[int | None, ...], list[int]] = {}
        for k in range(n):
            groups.setdefault(tuple(vec[k] for vec in vectors), []).append(k)
        out: list[int | None] = [None] * n
        for key, ks in groups.items():
            v = self.value(e, ks[0], dict(zip(names, key, strict=True)))
            for k in ks:
                out[k] = v
        return out

    def vector(self, name: str) -> list[int | None]:
        """Value of signal ``name`` in every state (cached)."""
        vec = self._vectors.get(name)
        if vec is None:
            vec = [self.signal(name, k) for k in range(len(self.values))]
            self._vectors[name] = vec
        return vec

    def signal(self, name: str, k: int | None) -> int | None:
        if name in self.fixed:
            return self.fixed[name]
        if name == self.register:
            return None if k is None else self.values[k]
        if name not in self.dependent:
            k = None
        key = (name, k)
        if key in self._memo:
            return self._memo[key]
        drivers = self.index.comb.get(name)
        if not drivers or len(drivers) > 1 or key in self._busy:
            return None
        self._busy.add(key)
        env: dict[str, int | None] = {}
        self._run(drivers[0].body, env, k)
        self._busy.discard(key)
        for n, v in env.items():
            if n in self.dependent or k is None:
                self._memo[(n, k)] = v
        return env.get(name)

    def _run(self, stmts: tuple[Stmt, ...], env: dict[str, int | None], k: int | None) -> None:
        for s in stmts:
            if isinstance(s, Assign):
                if isinstance(s.target, Ref):
                    env[s.target.name] = self.value(s.value, k, env)
                    continue
                v = self.value(s.value, k, env)
                bits = _constant_bits(s.target, Const(v, None) if v is not None else s.value)
                for n in target_names(s.target):
                    old = env.get(n)
                    env[n] = _with_bits(old, bits) if bits is not None and old is not None else None
            elif isinstance(s, If):
                c = self.value(s.cond, k, env)
                if c is not None:
                    self._run(s.then if c else s.other, env, k)
                else:
                    self._fork(env, k, s.then, s.other)
            elif isinstance(s, Case):
                self._run_case(s, 0, env, k)
            elif isinstance(s, Loop):
                for n in {n for b in s.body + s.init for n in _assigned(b)}:
                    env[n] = None

    def _fork(self, env: dict[str, int | None], k: int | None, a: tuple[Stmt, ...],
              b: tuple[Stmt, ...]) -> None:
        env_a, env_b = dict(env), dict(env)
        self._run(a, env_a, k)
        self._run(b, env_b, k)
        for n in set(env_a) | set(env_b):
            va, vb = env_a.get(n), env_b.get(n)
            env[n] = va if va is not None and va == vb else None

    def _run_case(self, s: Case, i: int, env: dict[str, int | None], k: int | None) -> None:
        if i == 0 and (table := case_table(s)) is not None:
            subject = self.value(s.subject, k, env)
            if subject is not None:
                j = table[0].get(subject, table[1])
                if j is not None:
                    self._run(s.items[j].body, env, k)
                return
        if i >= len(s.items):  # no labelled arm matched: the default arm, wherever it is written
            default = next((it for it in s.items if not it.labels), None)
            if default is not None:
                self._run(default.body, env, k)
            return
        item = s.items[i]
        if not item.labels:
            self._run_case(s, i + 1, env, k)
            return
        m = self.case_match(s, item.labels, k, env)
        if m is True:
            self._run(item.body, env, k)
        elif m is False:
            self._run_case(s, i + 1, env, k)
        else:
            env_a, env_b = dict(env), dict(env)
            self._run(item.body, env_a, k)
            self._run_case(s, i + 1, env_b, k)
            for n in set(env_a) | set(env_b):
                va, vb = env_a.get(n), env_b.get(n)
                env[n] = va if va is not None and va == vb else None

    def case_match(self, s: Case, labels: tuple[Expr, ...], k: int | None,
                   env: dict[str, int | None] | None = None) -> bool | None:
        """Does the case subject match one of ``labels`` in state ``k``? (None: unknown)."""
        subject = self.value(s.subject, k, env)
        unknown = False
        for label in labels:
            care = ~label.xmask if isinstance(label, Const) and s.kind != "case" else -1
            lv = label.value if isinstance(label, Const) else self.value(label, k, env)
            if subject is None or lv is None:
                unknown = True
            elif (subject & care) == (lv & care):
                return True
        return None if unknown else False


_CASE_TABLES: dict[int, tuple[Case, dict[int, int], int | None] | None] = {}


def case_table(s: Case) -> tuple[dict[int, int], int | None] | None:
    """For a plain ``case`` whose labels are x-free constants: label value -> index of the first item that
    has it, and the index of the default item (None if none). None for other cases."""
    hit = _CASE_TABLES.get(id(s))
    if hit is not None and hit[0] is s:
        return hit[1], hit[2]
    table: dict[int, int] = {}
    default: int | None = None
    result: tuple[Case, dict[int, int], int | None] | None
    constant = all(isinstance(lb, Const) and not lb.xmask for it in s.items for lb in it.labels)
    if s.kind != "case" or not constant:
        result = None
    else:
        for j, item in enumerate(s.items):
            if not item.labels and default is None:
                default = j
            for label in item.labels:
                table.setdefault(label.value, j)  # type: ignore[union-attr]
        result = (s, table, default)
    _CASE_TABLES[id(s)] = result
    return None if result is None else (result[1], result[2])


def _assigned(s: Stmt) -> list[str]:
    if isinstance(s, Assign):
        return target_names(s.target)
    if isinstance(s, If):
        return [n for b in s.then + s.other for n in _assigned(b)]
    if isinstance(s, Case):
        return [n for item in s.items for b in item.body for n in _assigned(b)]
    if isinstance(s, Loop):
        return [n for b in s.init + s.body for n in _assigned(b)]
    return []


def _stmt_refs(s: Stmt) -> list[str]:
    if isinstance(s, Assign):
        return refs(s.value) + [r for r in refs(s.target) if r not in target_names(s.target)]
    if isinstance(s, If):
        return refs(s.cond) + [r for b in s.then + s.other for r in _stmt_refs(b)]
    if isinstance(s, Case):
        out = refs(s.subject)
        for item in s.items:
            out += [r for label in item.labels for r in refs(label)]
            out += [r for b in item.body for r in _stmt_refs(b)]
        return out
    if isinstance(s, Loop):
        return refs(s.cond) + [r for b in s.init + s.body for r in _stmt_refs(b)]
    return []


# ------------------------------------------------------------------------------------------- detection


def _values_assigned(index: NetIndex, name: str, kind: str) -> list[Expr]:
    procs = index.seq.get(name, []) if kind == "seq" else index.comb.get(name, [])
    out: list[Expr] = []

    def walk(stmts: tuple[Stmt, ...]) -> None:
        for s in stmts:
            if isinstance(s, Assign):
                if name in target_names(s.target):
                    if isinstance(s.target, Ref):
                        out.append(s.value)
                    elif _constant_bits(s.target, s.value) is not None:
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


def _constant_bits(target: Expr, value: Expr) -> tuple[int, int, int] | None:
    """(lsb, width, value) of ``x[k] = c`` / ``x[m:l] = c`` with constant index and value, else None."""
    v = value.value if isinstance(value, Const) and not value.xmask else None
    if v is None:
        return None
    if isinstance(target, Index) and isinstance(target.base, Ref) and isinstance(target.index, Const):
        return target.index.value, 1, v & 1
    if isinstance(target, Slice) and isinstance(target.base, Ref):
        width = target.msb - target.lsb + 1
        return target.lsb, width, v & ((1 << width) - 1)
    return None


def _with_bits(old: int, bits: tuple[int, int, int]) -> int:
    lsb, width, v = bits
    mask = ((1 << width) - 1) << lsb
    return (old & ~mask) | (v << lsb)


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


def _count_uses(index: NetIndex, cands: list[_Candidate]) -> None:
    by_name = {c.register: c for c in cands}

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


def allow_deep_logic(frames: int = 200_000) -> None:
    """Evaluation recurses along chains of combinational signals (thousands long in unrolled designs);
    Python 3.11 runs such pure-Python recursion without growing the C stack, so a high limit is safe."""
    if sys.getrecursionlimit() < frames:
        sys.setrecursionlimit(frames)


def find_fsm(netlist: Netlist, index: NetIndex | None = None) -> Fsm:
    """Detect the control FSM of ``netlist`` (raises :class:`HlsError` when there is none)."""
    allow_deep_logic()
    index = index or NetIndex(netlist)
    cands = _candidates(index)
    _count_uses(index, cands)
    cands = [c for c in cands if c.selector_uses + c.bit_tests > 0]
    if not cands:
        raise HlsError(f"no control FSM found in {netlist.top}: no register is assigned only state constants "
                       "and used as a case selector or compared with them")
    best = max(cands, key=lambda c: _score(c, netlist))
    return _build_fsm(index, best)


def _build_fsm(index: NetIndex, cand: _Candidate) -> Fsm:
    netlist = index.netlist
    sig = netlist.signals[cand.register]
    names: dict[int, str] = {}
    for c in sorted(cand.consts, key=lambda c: (c.name is None, c.name or "")):
        names.setdefault(c.value & ((1 << sig.width) - 1), c.name or "")
    reset_value, fixed = _reset(index, cand)
    names.setdefault(reset_value, "")
    for v in names:
        if not names[v]:
            names[v] = f"{sig.local_name or cand.register}_{v}"
    values = sorted(names)
    evaluator = StateEvaluator(index, cand.register, values, fixed)
    edges: dict[tuple[int, int], list[list[Expr]]] = defaultdict(list)
    reachable = [reset_value]
    seen = {reset_value}
    while reachable:
        v = reachable.pop()
        k = values.index(v)
        for conds, nxt in _next_states(index, evaluator, cand, k):
            if not satisfiable(conds, index.width_of):
                continue
            if nxt not in names:
                # bitwise next-state logic (nxt[RUN] = 1'b1) or a stepping sequencer (state + 1) reaches
                # values no constant names: a new state
                names[nxt] = f"{sig.local_name or cand.register}_{nxt}"
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
    texts = [[to_verilog(c) for c in p] for p in paths]
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


# ------------------------------------------------------------------------------------------ transitions


_Path = tuple[list[Expr], Expr | None]


def _next_states(index: NetIndex, ev: StateEvaluator, cand: _Candidate,
                 k: int) -> Iterator[tuple[list[Expr], int]]:
    """(conditions, next value) pairs of the FSM in state number ``k``."""
    hold = ev.values[k]
    for conds, value in _expand(ev, _paths(ev, index.seq[cand.register], cand.register, k), k):
        if value is None or (isinstance(value, Ref) and value.name == cand.register):
            yield conds, hold
        elif isinstance(value, Ref) and value.name == cand.next_register:
            for more, nv in _expand(ev, _paths(ev, index.comb[value.name], value.name, k), k):
                if nv is None or (isinstance(nv, Ref) and nv.name == cand.register):
                    yield conds + more, hold
                else:
                    v = _decided(ev, nv, k, cand.register, hold)
                    if v is not None:
                        yield conds + more, v
        else:
            v = _decided(ev, value, k, cand.register, hold)
            if v is not None:
                yield conds, v


def _expand(ev: StateEvaluator, paths: list[_Path], k: int) -> list[_Path]:
    """Split paths whose value is a ternary undecided in state ``k`` (``next = go ? RUN : IDLE``)."""
    out: list[_Path] = []
    todo = list(paths)
    while todo:
        conds, value = todo.pop()
        if isinstance(value, Ternary):
            c = ev.value(value.cond, k)
            if c is None:
                cond = simplify(ev, value.cond, k)
                todo.append((conds + [cond], value.then))
                todo.append((conds + [_negate(cond)], value.other))
            else:
                todo.append((conds, value.then if c else value.other))
        else:
            out.append((conds, value))
    return out


def _decided(ev: StateEvaluator, value: Expr, k: int, register: str, hold: int) -> int | None:
    """The constant a state-register assignment gives in state ``k`` (None for an x default)."""
    v = ev.value(value, k)
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
        if target not in _assigned(s):
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
    bits = _constant_bits(s.target, Const(value, None)) if value is not None else None
    if old is None and target == ev.register:
        old = Const(ev.values[k])
    base = ev.value(old, k) if old is not None else None
    if bits is None or base is None:
        raise HlsError(f"the FSM register {target} is assigned part by part in a way that is not decidable")
    return Const(_with_bits(base, bits))


def _branch(ev: StateEvaluator, cond: Expr, then: tuple[Stmt, ...], other: tuple[Stmt, ...], target: str,
            k: int, paths: list[_Path]) -> list[_Path]:
    c = ev.value(cond, k)
    if c is not None:
        return _walk(ev, then if c else other, target, k, paths)
    c_expr = simplify(ev, cond, k)
    return (_walk(ev, then, target, k, [(p + [c_expr], v) for p, v in paths])
            + _walk(ev, other, target, k, [(p + [_negate(c_expr)], v) for p, v in paths]))


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
    match: Expr = Binary("==", s.subject, item.labels[0])
    for label in item.labels[1:]:
        match = Binary("||", match, Binary("==", s.subject, label))
    return (_walk(ev, item.body, target, k, [(p + [match], v) for p, v in paths])
            + _walk_case(ev, s, i + 1, target, k, [(p + [_negate(match)], v) for p, v in paths]))


def _negate(e: Expr) -> Expr:
    return e.operand if isinstance(e, Unary) and e.op == "!" else Unary("!", e)


def satisfiable(conds: list[Expr], width_of: _Widths, max_bits: int = 10) -> bool:
    """False only when the conjunction of ``conds`` is false for every value of the signals it reads (checked
    exhaustively when they have at most ``max_bits`` bits together; otherwise assumed satisfiable)."""
    names = sorted({r for c in conds for r in refs(c)})
    widths = [width_of(n) for n in names]
    if sum(widths) > max_bits or any(width_of.is_memory(n) for n in names):
        return True
    for bits in range(1 << sum(widths)):
        env: dict[str, int] = {}
        for n, w in zip(names, widths, strict=True):
            env[n] = bits & ((1 << w) - 1)
            bits >>= w
        if all(evaluate(c, env.get, width_of) != 0 for c in conds):
            return True
    return False


def simplify(ev: StateEvaluator, e: Expr, k: int) -> Expr:
    """Fold the parts of a condition known in state ``k``: ``(ap_start == 1) & 1`` -> ``ap_start == 1``."""
    v = ev.value(e, k)
    if v is not None:
        return Const(v, 1)
    if isinstance(e, Binary) and e.op in ("&&", "&", "||", "|"):
        a, b = simplify(ev, e.left, k), simplify(ev, e.right, k)
        neutral = 1 if e.op in ("&&", "&") else 0
        if isinstance(a, Const) and a.value == neutral:
            return b
        if isinstance(b, Const) and b.value == neutral:
            return a
        return Binary(e.op, a, b)
    if isinstance(e, Unary) and e.op == "!":
        return Unary("!", simplify(ev, e.operand, k))
    return e


def state_register_name(fsm: Fsm) -> str:
    return target_name(Ref(fsm.register)) or fsm.register


def reset_levels(index: NetIndex, fsm: Fsm) -> dict[str, int]:
    """Inactive level of the reset signal that controls the FSM register (empty if it has none)."""
    try:
        return _reset(index, _Candidate(fsm.register, fsm.next_register, []))[1]
    except HlsError:
        return {}


def transition_paths(index: NetIndex, fsm: Fsm, ev: StateEvaluator, k: int) -> list[tuple[list[Expr], int]]:
    """Satisfiable (conditions, next state value) paths out of state number ``k`` of ``ev``; conditions are
    simplified in that state."""
    cand = _Candidate(fsm.register, fsm.next_register, [])
    return [(c, v) for c, v in _next_states(index, ev, cand, k) if satisfiable(c, index.width_of)]


def implied(ev: StateEvaluator, k: int, premises: list[Expr], conclusion: Expr, max_bits: int = 8,
            max_cone: int = 400) -> bool:
    """True when ``conclusion`` holds in state number ``k`` whenever all ``premises`` hold, checked over every
    value of the signals (inputs, registers) their combinational cones start from; False when unsure (more
    than ``max_bits`` bits of such signals, or a cone of more than ``max_cone`` signals)."""
    index = ev.index
    leaves: set[str] = set()
    seen: set[str] = set()
    todo = [r for e in premises + [conclusion] for r in refs(e)]
    while todo:
        name = todo.pop()
        if name in seen or name == ev.register or name in ev.fixed:
            continue
        seen.add(name)
        if len(seen) > max_cone:
            return False
        drivers = index.comb.get(name)
        if drivers and len(drivers) == 1:
            todo += [r for s in drivers[0].body for r in _stmt_refs(s)]
        else:
            leaves.add(name)
    names = sorted(leaves)
    widths = [index.width_of(n) for n in names]
    if sum(widths) > max_bits or any(index.width_of.is_memory(n) for n in names):
        return False
    for bits in range(1 << sum(widths)):
        fixed = dict(ev.fixed)
        for n, w in zip(names, widths, strict=True):
            fixed[n] = bits & ((1 << w) - 1)
            bits >>= w
        trial = StateEvaluator.__new__(StateEvaluator)
        trial.index, trial.register, trial.values, trial.fixed = index, ev.register, ev.values, fixed
        trial.dependent, trial._memo, trial._busy, trial._vectors = ev.dependent, {}, set(), {}
        if all(trial.value(p, k) for p in premises) and not trial.value(conclusion, k):
            return False
    return True
