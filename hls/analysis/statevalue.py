"""Values of expressions with the FSM's state register fixed to each state in turn.

:class:`StateEvaluator` is the engine shared by the FSM extraction (:mod:`hls.analysis.fsm`,
:mod:`hls.analysis.transitions`)
and the access analysis (:mod:`hls.analysis.liveness`): it follows combinational logic through the flattened
hierarchy (Catapult's ``fsm_output``, Bambu's controller outputs, Vivado's ``ap_CS_fsm_stateN`` wires), with
the reset held inactive. Also here: exhaustive satisfiability and implication checks over small input
spaces, and folding of conditions known in a state.
"""

from __future__ import annotations

import sys

from hls.analysis.netindex import NetIndex, Widths
from hls.exprs import assigned_in, evaluate, refs, stmt_refs, target_names
from hls.ir import Assign, Binary, Case, Const, Expr, If, Index, Loop, Ref, Slice, Stmt, Ternary, Unary


def allow_deep_logic(frames: int = 200_000) -> None:
    """Evaluation recurses along chains of combinational signals (thousands long in unrolled designs);
    Python 3.11 runs such pure-Python recursion without growing the C stack, so a high limit is safe."""
    if sys.getrecursionlimit() < frames:
        sys.setrecursionlimit(frames)


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

    def with_fixed(self, fixed: dict[str, int]) -> StateEvaluator:
        """The same evaluator with other signals held at fixed values (and empty caches)."""
        trial = StateEvaluator.__new__(StateEvaluator)
        trial.index, trial.register, trial.values, trial.fixed = self.index, self.register, self.values, fixed
        trial.dependent, trial._memo, trial._busy, trial._vectors = self.dependent, {}, set(), {}
        return trial

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
        if not drivers and name in self.index.undriven_zero:
            return 0
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
                bits = constant_bits(s.target, Const(v, None) if v is not None else s.value)
                for n in target_names(s.target):
                    old = env.get(n)
                    env[n] = with_bits(old, bits) if bits is not None and old is not None else None
            elif isinstance(s, If):
                c = self.value(s.cond, k, env)
                if c is not None:
                    self._run(s.then if c else s.other, env, k)
                else:
                    self._fork(env, k, s.then, s.other)
            elif isinstance(s, Case):
                self._run_case(s, 0, env, k)
            elif isinstance(s, Loop):
                for n in set(assigned_in(s.body + s.init)):
                    env[n] = None

    def _fork(self, env: dict[str, int | None], k: int | None, a: tuple[Stmt, ...],
              b: tuple[Stmt, ...]) -> None:
        env_a, env_b = dict(env), dict(env)
        self._run(a, env_a, k)
        self._run(b, env_b, k)
        _merge(env, env_a, env_b)

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
            _merge(env, env_a, env_b)

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


def _merge(env: dict[str, int | None], env_a: dict[str, int | None], env_b: dict[str, int | None]) -> None:
    """Join two branches: a signal keeps a value only where both give it the same one."""
    for n in set(env_a) | set(env_b):
        va, vb = env_a.get(n), env_b.get(n)
        env[n] = va if va is not None and va == vb else None


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


def constant_bits(target: Expr, value: Expr) -> tuple[int, int, int] | None:
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


def with_bits(old: int, bits: tuple[int, int, int]) -> int:
    lsb, width, v = bits
    mask = ((1 << width) - 1) << lsb
    return (old & ~mask) | (v << lsb)


def satisfiable(conds: list[Expr], width_of: Widths, max_bits: int = 10) -> bool:
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


_BOOL_OPS = ("==", "!=", "===", "!==", "<", "<=", ">", ">=", "&&", "||")


def _boolean(ev: StateEvaluator, e: Expr) -> bool:
    """``e`` has the value 0 or 1 (a comparison, a logical operator, 1-bit operands of ``& | ^ ~``)."""
    if isinstance(e, Binary):
        if e.op in _BOOL_OPS:
            return True
        return e.op in ("&", "|", "^") and _boolean(ev, e.left) and _boolean(ev, e.right)
    if isinstance(e, Unary):
        return e.op == "!" or (e.op == "~" and _boolean(ev, e.operand))
    if isinstance(e, Ref):
        return ev.index.width_of(e.name) == 1 and not ev.index.width_of.is_memory(e.name)
    return isinstance(e, Const) and e.value in (0, 1) and not e.xmask


def inline_condition(ev: StateEvaluator, e: Expr, budget: int = 4000) -> Expr:
    """``e`` with its state-dependent 1-bit nets replaced by the boolean expression that drives them (Calyx's
    ``fsm_write_en`` and ``_guardN`` wires), and the other nets by the signal they copy, so that folding in a
    state leaves a condition over the design's real inputs and data (``let0_done_out & go``)."""
    index = ev.index
    left = [budget]

    def driver(name: str) -> Expr | None:
        drivers = index.comb.get(name) or []
        if len(drivers) == 1 and len(drivers[0].body) == 1:
            stmt = drivers[0].body[0]
            if isinstance(stmt, Assign) and stmt.target == Ref(name):
                return stmt.value
        return None

    def walk(x: Expr, seen: frozenset[str]) -> Expr:
        left[0] -= 1
        if left[0] < 0:
            return x
        if isinstance(x, Ref):
            if x.name in seen or not _boolean(ev, x):
                return x
            value = driver(x.name)
            if value is None:
                return x
            if isinstance(value, Ref) and _boolean(ev, value):
                return walk(value, seen | {x.name})
            if x.name in ev.dependent and _boolean(ev, value):
                return walk(value, seen | {x.name})
            return x
        if isinstance(x, Binary) and _boolean(ev, x) and x.op in ("&&", "||", "&", "|", "^"):
            return Binary(x.op, walk(x.left, seen), walk(x.right, seen))
        if isinstance(x, Unary) and x.op in ("!", "~") and _boolean(ev, x):
            return Unary(x.op, walk(x.operand, seen))
        return x

    return walk(e, frozenset())


def _unused_arm(e: Expr) -> bool:
    """The constant 0 or an all-x constant: what Calyx drives a cell input with when no group uses it."""
    return isinstance(e, Const) and (e.value == 0 and not e.xmask or e.xmask and e.value == 0)


def guarded_value(ev: StateEvaluator, e: Expr, k: int, depth: int = 64) -> int | None:
    """Value of ``e`` in state number ``k`` where a ternary whose condition is unknown and one of whose arms
    is 0 (or x) takes its other arm. Calyx drives a cell's inputs under the guard of the group that uses the
    cell and 0 otherwise (``adder_left = _guard71 ? fsm_out : 4'd0``), so wherever the cell's output is
    selected its guard holds: a static schedule's counter steps through ``adder_out = fsm_out + 1``."""
    width_of = ev.index.width_of

    def signal(name: str, budget: int) -> int | None:
        v = ev.signal(name, k)
        if v is not None or budget <= 0:
            return v
        drivers = ev.index.comb.get(name) or []
        if len(drivers) != 1 or len(drivers[0].body) != 1:
            return None
        stmt = drivers[0].body[0]
        if not (isinstance(stmt, Assign) and stmt.target == Ref(name)):
            return None
        v = value(stmt.value, budget - 1)
        return None if v is None else v & ((1 << width_of(name)) - 1)

    def value(x: Expr, budget: int) -> int | None:
        v = ev.value(x, k)
        if v is not None:
            return v
        if isinstance(x, Ternary):
            c = ev.value(x.cond, k)
            if c is not None:
                return value(x.then if c else x.other, budget)
            if _unused_arm(x.other):
                return value(x.then, budget)
            if _unused_arm(x.then):
                return value(x.other, budget)
            return None
        return evaluate(x, lambda n: signal(n, budget), width_of)

    return value(e, depth)


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
            todo += [r for s in drivers[0].body for r in stmt_refs(s)]
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
        trial = ev.with_fixed(fixed)
        if all(trial.value(p, k) for p in premises) and not trial.value(conclusion, k):
            return False
    return True
