"""Helpers over the IR's expressions: the signals they read and assign, their width, their value, their
Verilog text. Pure functions of :mod:`hls.ir` values; the analyses (:mod:`hls.analysis.fsm`,
:mod:`hls.analysis.liveness`) and
the front end's constant folding are built on :func:`evaluate`."""

from __future__ import annotations

from collections.abc import Callable

from hls.ir import (
    Assign,
    Binary,
    Call,
    Case,
    Concat,
    Const,
    DynSlice,
    Expr,
    If,
    Index,
    Loop,
    Ref,
    Repeat,
    Slice,
    Stmt,
    Ternary,
    Unary,
)

_COMPARE = {"==", "!=", "===", "!==", "<", "<=", ">", ">=", "&&", "||"}
_REDUCE = {"&", "~&", "|", "~|", "^", "~^", "!"}


def children(e: Expr) -> tuple[Expr, ...]:
    """The operands of an expression node (none for constants and signal references)."""
    if isinstance(e, Index):
        return (e.base, e.index)
    if isinstance(e, Slice):
        return (e.base,)
    if isinstance(e, DynSlice):
        return (e.base, e.start)
    if isinstance(e, Concat):
        return e.parts
    if isinstance(e, Call):
        return e.args
    if isinstance(e, Repeat):
        return (e.expr,)
    if isinstance(e, Unary):
        return (e.operand,)
    if isinstance(e, Binary):
        return (e.left, e.right)
    if isinstance(e, Ternary):
        return (e.cond, e.then, e.other)
    return ()


def refs(e: Expr) -> list[str]:
    """Names of the signals an expression reads (with repetition, in order)."""
    out: list[str] = []
    stack: list[Expr] = [e]
    while stack:
        x = stack.pop()
        if isinstance(x, Ref):
            out.append(x.name)
        else:
            stack += children(x)
    return out


def negate(e: Expr) -> Expr:
    """``!e``, without doubling a negation."""
    return e.operand if isinstance(e, Unary) and e.op == "!" else Unary("!", e)


def label_match(subject: Expr, labels: tuple[Expr, ...], kind: str = "case") -> Expr:
    """The condition under which a case arm with (at least one) ``labels`` matches ``subject``. In a
    ``casez``/``casex`` the ``?``/``x``/``z`` bits of a constant label match anything: ``2'b?1`` is
    ``(subject & 2'b01) == 2'b01`` (Bambu's controllers branch on ``casez`` of a condition vector)."""

    def one(label: Expr) -> Expr:
        if kind != "case" and isinstance(label, Const) and label.xmask:
            width = label.width or expr_width(subject, lambda _name: 32) or 32
            care = ~label.xmask & ((1 << width) - 1)
            return Binary("==", Binary("&", subject, Const(care, width)), Const(label.value & care, width))
        return Binary("==", subject, label)

    match: Expr = one(labels[0])
    for label in labels[1:]:
        match = Binary("||", match, one(label))
    return match


def target_name(e: Expr) -> str | None:
    """The signal an lvalue assigns (None for a concatenation of several)."""
    while isinstance(e, Index | Slice | DynSlice):
        e = e.base
    return e.name if isinstance(e, Ref) else None


def target_names(e: Expr) -> list[str]:
    if isinstance(e, Concat):
        return [n for p in e.parts for n in target_names(p)]
    name = target_name(e)
    return [name] if name else []


def index_refs(e: Expr) -> list[str]:
    """Signals read by an lvalue's index expressions (``m[i] <= x`` reads ``i``)."""
    if isinstance(e, Concat):
        return [n for p in e.parts for n in index_refs(p)]
    if isinstance(e, Index):
        return refs(e.index) + index_refs(e.base)
    if isinstance(e, DynSlice):
        return refs(e.start) + index_refs(e.base)
    if isinstance(e, Slice):
        return index_refs(e.base)
    return []


def expr_width(e: Expr, width_of: Callable[[str], int], memo: dict[int, int] | None = None) -> int:
    """Self-determined width of an expression (Verilog rules, simplified: no context propagation).

    ``memo`` (by node identity, valid while the expression is alive) makes repeated calls on the nodes of
    one tree linear in its size: :func:`evaluate` asks for the width at every operator."""
    if memo is not None:
        w = memo.get(id(e))
        if w is None:
            w = memo[id(e)] = _expr_width(e, width_of, memo)
        return w
    return _expr_width(e, width_of, None)


def _expr_width(e: Expr, width_of: Callable[[str], int], memo: dict[int, int] | None) -> int:
    if isinstance(e, Const):
        return e.width or 32
    if isinstance(e, Ref):
        return width_of(e.name)
    if isinstance(e, Index):
        return width_of(e.base.name) if isinstance(e.base, Ref) and _is_memory_ref(e, width_of) else 1
    if isinstance(e, Slice):
        return e.msb - e.lsb + 1
    if isinstance(e, DynSlice):
        return e.width
    if isinstance(e, Concat):
        return sum(expr_width(p, width_of, memo) for p in e.parts)
    if isinstance(e, Repeat):
        return e.count * expr_width(e.expr, width_of, memo)
    if isinstance(e, Unary):
        return 1 if e.op in _REDUCE else expr_width(e.operand, width_of, memo)
    if isinstance(e, Binary):
        if e.op in _COMPARE:
            return 1
        if e.op in ("<<", ">>", "<<<", ">>>", "**"):
            return expr_width(e.left, width_of, memo)
        return max(expr_width(e.left, width_of, memo), expr_width(e.right, width_of, memo))
    if isinstance(e, Ternary):
        return max(expr_width(e.then, width_of, memo), expr_width(e.other, width_of, memo))
    return 32


def _is_memory_ref(e: Index, width_of: Callable[[str], int]) -> bool:
    return getattr(width_of, "is_memory", lambda _n: False)(e.base.name)  # type: ignore[union-attr]


def evaluate(e: Expr, value_of: Callable[[str], int | None], width_of: Callable[[str], int]) -> int | None:
    """Value of ``e`` given signal values (None = unknown, propagated; 0/1 short-circuits are exact)."""
    return _evaluate(e, value_of, width_of, {})


def _evaluate(e: Expr, value_of: Callable[[str], int | None], width_of: Callable[[str], int],
              memo: dict[int, int]) -> int | None:
    if isinstance(e, Const):
        return None if e.xmask else e.value
    if isinstance(e, Ref):
        return value_of(e.name)
    if isinstance(e, Binary):
        op = e.op
        a = _evaluate(e.left, value_of, width_of, memo)
        if op in ("&&", "||"):
            if a is not None and (bool(a) == (op == "||")):
                return int(op == "||")
            b = _evaluate(e.right, value_of, width_of, memo)
            if b is not None and (bool(b) == (op == "||")):
                return int(op == "||")
            return None if a is None or b is None else int(bool(a) and bool(b)) if op == "&&" else int(
                bool(a) or bool(b))
        b = _evaluate(e.right, value_of, width_of, memo)
        w = expr_width(e, width_of, memo)
        if op in ("&", "|") and w == 1:
            for v in (a, b):
                if v is not None and (v & 1) == (op == "|"):
                    return int(op == "|")
        if a is None or b is None:
            return None
        return _binary(op, a, b, w)
    if isinstance(e, Unary):
        a = _evaluate(e.operand, value_of, width_of, memo)
        if a is None:
            return None
        w = expr_width(e.operand, width_of, memo)
        return _unary(e.op, a, w)
    if isinstance(e, Ternary):
        c = _evaluate(e.cond, value_of, width_of, memo)
        if c is None:
            t = _evaluate(e.then, value_of, width_of, memo)
            return t if t is not None and t == _evaluate(e.other, value_of, width_of, memo) else None
        return _evaluate(e.then if c else e.other, value_of, width_of, memo)
    if isinstance(e, Index):
        if isinstance(e.base, Ref) and _is_memory_ref(e, width_of):
            return None
        a = _evaluate(e.base, value_of, width_of, memo)
        i = _evaluate(e.index, value_of, width_of, memo)
        return None if a is None or i is None else (a >> i) & 1
    if isinstance(e, Slice):
        a = _evaluate(e.base, value_of, width_of, memo)
        return None if a is None else (a >> e.lsb) & ((1 << (e.msb - e.lsb + 1)) - 1)
    if isinstance(e, DynSlice):
        a = _evaluate(e.base, value_of, width_of, memo)
        s = _evaluate(e.start, value_of, width_of, memo)
        return None if a is None or s is None else (a >> s) & ((1 << e.width) - 1)
    if isinstance(e, Concat):
        value = 0
        for p in e.parts:
            v = _evaluate(p, value_of, width_of, memo)
            if v is None:
                return None
            w = expr_width(p, width_of, memo)
            value = (value << w) | (v & ((1 << w) - 1))
        return value
    if isinstance(e, Repeat):
        v = _evaluate(e.expr, value_of, width_of, memo)
        if v is None:
            return None
        w = expr_width(e.expr, width_of, memo)
        return sum((v & ((1 << w) - 1)) << (w * k) for k in range(e.count))
    if isinstance(e, Call) and e.name == "$clog2" and len(e.args) == 1:
        v = _evaluate(e.args[0], value_of, width_of, memo)
        return None if v is None else max(v - 1, 0).bit_length()
    return None


def _binary(op: str, a: int, b: int, w: int) -> int | None:
    mask = (1 << w) - 1
    if op in ("==", "==="):
        return int(a == b)
    if op in ("!=", "!=="):
        return int(a != b)
    simple: dict[str, Callable[[int, int], int]] = {
        "<": lambda x, y: int(x < y), "<=": lambda x, y: int(x <= y), ">": lambda x, y: int(x > y),
        ">=": lambda x, y: int(x >= y), "+": lambda x, y: x + y, "-": lambda x, y: x - y,
        "*": lambda x, y: x * y, "&": lambda x, y: x & y, "|": lambda x, y: x | y, "^": lambda x, y: x ^ y,
        "~^": lambda x, y: ~(x ^ y), "<<": lambda x, y: x << y if y < 4096 else 0,
        "<<<": lambda x, y: x << y if y < 4096 else 0, ">>": lambda x, y: x >> y, ">>>": lambda x, y: x >> y,
    }
    if op in simple:
        return simple[op](a, b) & mask
    if op in ("/", "%"):
        return None if b == 0 else ((a // b) if op == "/" else (a % b)) & mask
    if op == "**":
        return pow(a, b, 1 << w) if b < 4096 else None
    return None


def _unary(op: str, a: int, w: int) -> int:
    mask = (1 << w) - 1
    a &= mask
    table: dict[str, Callable[[int], int]] = {
        "!": lambda x: int(x == 0), "~": lambda x: ~x & mask, "-": lambda x: -x & mask, "+": lambda x: x,
        "&": lambda x: int(x == mask), "~&": lambda x: int(x != mask), "|": lambda x: int(x != 0),
        "~|": lambda x: int(x == 0), "^": lambda x: bin(x).count("1") & 1,
        "~^": lambda x: 1 - (bin(x).count("1") & 1),
    }
    return table[op](a)


def const_value(e: Expr) -> Const | None:
    """Fold an expression without signal references to a :class:`Const` (None if it reads signals)."""
    if isinstance(e, Const):
        return e
    try:
        v = evaluate(e, _no_signal, _no_width)
    except _NotConstant:
        return None
    if v is None:
        return None
    return Const(v, None)


class _NotConstant(Exception):
    pass


def _no_signal(name: str) -> int | None:
    raise _NotConstant(name)


def _no_width(name: str) -> int:
    raise _NotConstant(name)


def to_verilog(e: Expr) -> str:
    """Verilog text of an expression (flattened names; fully parenthesised binary operations)."""
    if isinstance(e, Const):
        if e.name:
            return e.name
        if e.xmask:
            return f"{e.width or ''}'bx"
        return f"{e.width}'d{e.value}" if e.width else str(e.value)
    if isinstance(e, Ref):
        return e.name
    if isinstance(e, Index):
        return f"{to_verilog(e.base)}[{to_verilog(e.index)}]"
    if isinstance(e, Slice):
        return f"{to_verilog(e.base)}[{e.msb}:{e.lsb}]"
    if isinstance(e, DynSlice):
        return f"{to_verilog(e.base)}[{to_verilog(e.start)} +: {e.width}]"
    if isinstance(e, Concat):
        return "{" + ", ".join(to_verilog(p) for p in e.parts) + "}"
    if isinstance(e, Repeat):
        return "{" + f"{e.count}{{{to_verilog(e.expr)}}}" + "}"
    if isinstance(e, Unary):
        return f"{e.op}{to_verilog(e.operand)}" if isinstance(e.operand, Ref | Const) else (
            f"{e.op}({to_verilog(e.operand)})")
    if isinstance(e, Binary):
        return f"({to_verilog(e.left)} {e.op} {to_verilog(e.right)})"
    if isinstance(e, Ternary):
        return f"({to_verilog(e.cond)} ? {to_verilog(e.then)} : {to_verilog(e.other)})"
    if isinstance(e, Call):
        return f"{e.name}(" + ", ".join(to_verilog(a) for a in e.args) + ")"
    raise TypeError(e)


# ------------------------------------------------------------------------------------------- statements


def stmt_targets(s: Stmt) -> list[str]:
    """Signals a statement assigns (with repetition)."""
    if isinstance(s, Assign):
        return target_names(s.target)
    if isinstance(s, If):
        return [n for b in s.then + s.other for n in stmt_targets(b)]
    if isinstance(s, Case):
        return [n for item in s.items for b in item.body for n in stmt_targets(b)]
    if isinstance(s, Loop):
        return [n for b in s.init + s.body for n in stmt_targets(b)]
    return []


def assigned_in(stmts: tuple[Stmt, ...]) -> list[str]:
    """Signals a statement list assigns (with repetition)."""
    return [n for s in stmts for n in stmt_targets(s)]


def stmt_refs(s: Stmt) -> list[str]:
    """Signals a statement reads: right-hand sides, conditions, case subjects and labels, lvalue indices."""
    if isinstance(s, Assign):
        return refs(s.value) + [r for r in refs(s.target) if r not in target_names(s.target)]
    if isinstance(s, If):
        return refs(s.cond) + [r for b in s.then + s.other for r in stmt_refs(b)]
    if isinstance(s, Case):
        out = refs(s.subject)
        for item in s.items:
            out += [r for label in item.labels for r in refs(label)]
            out += [r for b in item.body for r in stmt_refs(b)]
        return out
    if isinstance(s, Loop):
        return refs(s.cond) + [r for b in s.init + s.body for r in stmt_refs(b)]
    return []
