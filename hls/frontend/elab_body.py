"""Statements and expressions of one module instance, from pyverilog's AST to the IR (:mod:`hls.ir`).

Names resolve through a :class:`Scope` (the instance path, parameters, local names -> flattened names);
parameters fold to constants; constant functions (Catapult's ``max_of``) are executed; pyverilog's reading of
``a[b +: w]`` as ``Partselect(a, b, b + w)`` is rebuilt into an indexed part select; part selects and bit
indices are made relative to bit 0 of vectors declared with a non-zero lsb.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from pyverilog.vparser import ast as va

from hls.errors import HlsError
from hls.exprs import const_value, evaluate
from hls.ir import (
    Assign,
    Binary,
    Call,
    Case,
    CaseItem,
    Concat,
    Const,
    DynSlice,
    Expr,
    If,
    Index,
    Loop,
    Ref,
    Repeat,
    Signal,
    Slice,
    Stmt,
    Ternary,
    Unary,
)

_UNARY = {"Uplus": "+", "Uminus": "-", "Ulnot": "!", "Unot": "~", "Uand": "&", "Unand": "~&", "Uor": "|",
          "Unor": "~|", "Uxor": "^", "Uxnor": "~^"}

_BINARY = {"Power": "**", "Times": "*", "Divide": "/", "Mod": "%", "Plus": "+", "Minus": "-", "Sll": "<<",
           "Srl": ">>", "Sla": "<<<", "Sra": ">>>", "LessThan": "<", "GreaterThan": ">", "LessEq": "<=",
           "GreaterEq": ">=", "Eq": "==", "NotEq": "!=", "Eql": "===", "NotEql": "!==", "And": "&",
           "Xor": "^", "Xnor": "~^", "Or": "|", "Land": "&&", "Lor": "||"}

_NUMBER = re.compile(r"^(?:(\d+)\s*)?'\s*([sS]?)([bodhBODH])\s*([0-9a-fA-FxXzZ?_]+)$")


def parse_number(text: str) -> Const:
    """A Verilog integer literal (``4'd1``, ``'bx``, ``32'hFF``, ``10``) as a :class:`Const`."""
    t = text.replace("_", "").strip()
    if t.isdigit():
        return Const(int(t), None)
    m = _NUMBER.match(t)
    if not m:
        raise HlsError(f"unsupported number literal {text!r}")
    size, _signed, base, digits = m.groups()
    radix = {"b": 2, "o": 8, "d": 10, "h": 16}[base.lower()]
    bits_per = {2: 1, 8: 3, 16: 4}.get(radix)
    value = xmask = 0
    if radix == 10:
        if any(c in "xXzZ?" for c in digits):
            width = int(size) if size else 32
            return Const(0, int(size) if size else None, (1 << width) - 1)
        value = int(digits)
    else:
        assert bits_per is not None
        for c in digits:
            value <<= bits_per
            xmask <<= bits_per
            if c in "xXzZ?":
                xmask |= (1 << bits_per) - 1
            else:
                value |= int(c, radix)
    width = int(size) if size else None
    if width is not None:
        if xmask and digits[0] in "xXzZ?":
            # an x/z leading digit extends to the full width
            xmask |= ((1 << width) - 1) & ~((1 << (bits_per or 1) * len(digits)) - 1)
        value &= (1 << width) - 1
        xmask &= (1 << width) - 1
    return Const(value, width, xmask)


@dataclass
class Scope:
    """Names visible while elaborating one module instance."""

    path: tuple[str, ...]
    module: str
    params: dict[str, Const] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)
    prefix: str = ""  # generate block label, e.g. "L0[2]."
    functions: dict[str, va.Function] = field(default_factory=dict)

    def flat(self, local: str) -> str:
        return ".".join(self.path + (self.prefix + local,))

    def block(self, label: str) -> Scope:
        """A scope for the items of a generate block: outer names stay visible, its own get a prefix."""
        return Scope(self.path, self.module, dict(self.params), dict(self.names), self.prefix + label,
                     self.functions)


class BodyBuilder:
    """Builds IR statements and expressions; declares implicit nets in ``signals`` as Verilog does."""

    def __init__(self) -> None:
        self.signals: dict[str, Signal] = {}

    # ---------------------------------------------------------------------------------------- statements
    def _stmts(self, node: va.Node | None, scope: Scope) -> tuple[Stmt, ...]:
        if node is None:
            return ()
        if isinstance(node, va.Block):
            out: list[Stmt] = []
            for s in node.statements:
                out.extend(self._stmts(s, scope))
            return tuple(out)
        if isinstance(node, va.Substitution):
            return (Assign(self._expr(node.left.var, scope), self._expr(node.right.var, scope),
                           isinstance(node, va.BlockingSubstitution)),)
        if isinstance(node, va.IfStatement):
            return (If(self._expr(node.cond, scope), self._stmts(node.true_statement, scope),
                       self._stmts(node.false_statement, scope)),)
        if isinstance(node, va.CaseStatement):
            kind = "casez" if isinstance(node, va.CasezStatement) else (
                "casex" if isinstance(node, va.CasexStatement) else "case")
            items = tuple(
                CaseItem(tuple(self._expr(c, scope) for c in (item.cond or ())),
                         self._stmts(item.statement, scope))
                for item in node.caselist
            )
            return (Case(self._expr(node.comp, scope), items, kind),)
        if isinstance(node, va.ForStatement):
            return (Loop(self._stmts(node.pre, scope), self._expr(node.cond, scope),
                         self._stmts(node.statement, scope) + self._stmts(node.post, scope)),)
        if isinstance(node, va.WhileStatement):
            return (Loop((), self._expr(node.cond, scope), self._stmts(node.statement, scope)),)
        if isinstance(node, va.SingleStatement):
            return self._stmts(node.statement, scope)
        if isinstance(node, va.TaskCall):
            # a user task may read and write module signals the analyses would not see: refuse, clearly
            raise HlsError(f"task call {node.name.name} in module {scope.module} is not supported; inline it")
        # delays, events, system tasks ($display...), disable: no effect on the analyses
        return ()

    # --------------------------------------------------------------------------------------- expressions
    def _const(self, node: va.Node, scope: Scope, what: str) -> Const:
        value = const_value(self._expr(node, scope))
        if value is None:
            raise HlsError(f"{what} in module {scope.module} is not a constant")
        return value

    def _width(self, width: va.Width, scope: Scope) -> int:
        msb = self._const(width.msb, scope, "width").value
        lsb = self._const(width.lsb, scope, "width").value
        return abs(msb - lsb) + 1

    def _ident(self, name: str, scope: Scope) -> Expr:
        if name in scope.params:
            return scope.params[name]
        if name not in scope.names:
            # an implicit net (Verilog allows undeclared 1-bit wires at instance connections)
            flat = scope.flat(name)
            self.signals[flat] = Signal(flat, 1, "wire", scope.path, name, scope.module)
            scope.names[name] = flat
        return Ref(scope.names[name])

    def _expr(self, node: va.Node, scope: Scope) -> Expr:
        cls = type(node).__name__
        if isinstance(node, va.Identifier):
            return self._ident(node.name, scope)
        if isinstance(node, va.IntConst):
            return parse_number(node.value)
        if isinstance(node, va.FloatConst):
            return Const(int(float(node.value)))
        if isinstance(node, va.StringConst):
            return Const(int.from_bytes(node.value.encode(), "big"), 8 * len(node.value))
        if cls in _UNARY:
            return Unary(_UNARY[cls], self._expr(node.right, scope))
        if cls in _BINARY:
            return Binary(_BINARY[cls], self._expr(node.left, scope), self._expr(node.right, scope))
        if isinstance(node, va.Cond):
            return Ternary(self._expr(node.cond, scope), self._expr(node.true_value, scope),
                           self._expr(node.false_value, scope))
        if isinstance(node, va.Pointer):
            index = self._offset(self._expr(node.ptr, scope), node.var, scope)
            return Index(self._expr(node.var, scope), index)
        if isinstance(node, va.Partselect):
            return self._partselect(node, scope)
        if isinstance(node, va.Concat):  # includes LConcat
            return Concat(tuple(self._expr(x, scope) for x in node.list))
        if isinstance(node, va.Repeat):
            count = self._const(node.times, scope, "replication count").value
            return Repeat(count, self._expr(node.value, scope))
        if isinstance(node, va.FunctionCall):
            args = tuple(self._expr(a, scope) for a in node.args)
            func = scope.functions.get(node.name.name)
            values = [const_value(a) for a in args]
            if func is not None and all(v is not None for v in values):
                result = self._call_constant(func, [v.value for v in values if v is not None], scope)
                if result is not None:
                    return result
            if func is not None:  # the call also reads the module signals its body names
                args += tuple(Ref(scope.names[n]) for n in sorted(self._function_globals(func, scope)))
            return Call(node.name.name, args)
        if isinstance(node, va.SystemCall):
            return Call("$" + node.syscall, tuple(self._expr(a, scope) for a in node.args))
        if isinstance(node, va.Lvalue | va.Rvalue):
            return self._expr(node.var, scope)
        raise HlsError(f"unsupported expression {cls} in module {scope.module} (line {node.lineno})")

    def _function_globals(self, func: va.Function, scope: Scope) -> set[str]:
        """Module signals a function body reads directly (not its own inputs and variables)."""
        local = {func.name}
        for item in func.statement or ():
            if isinstance(item, va.Decl):
                local |= {v.name for v in item.list if isinstance(v, va.Variable)}
        names: set[str] = set()
        stack: list = list(func.statement or ())
        while stack:
            node = stack.pop()
            if isinstance(node, va.Identifier):
                if node.name not in local and node.name in scope.names:
                    names.add(node.name)
            elif isinstance(node, va.Node):
                stack.extend(c for c in node.children() if c is not None)
        return names

    def _call_constant(self, func: va.Function, args: list[int], scope: Scope) -> Const | None:
        """Evaluate a constant function call (Verilog-2005 constant functions: parameters, loops, ifs)."""
        fscope = Scope(scope.path, scope.module, dict(scope.params), dict(scope.names), "",
                       scope.functions)
        widths: dict[str, int] = {}
        inputs: list[str] = []
        body: list[va.Node] = []
        ret = self._width(func.retwidth, scope) if func.retwidth is not None else 1
        for local, width in ((func.name, ret),):
            fscope.names[local] = f"$fn.{local}"
            widths[f"$fn.{local}"] = width
        for item in func.statement or ():
            if isinstance(item, va.Decl):
                for v in item.list:
                    if isinstance(v, va.Variable):
                        flat = f"$fn.{v.name}"
                        fscope.names[v.name] = flat
                        widths[flat] = self._width(v.width, scope) if v.width is not None else (
                            32 if isinstance(v, va.Integer) else 1)
                        if isinstance(v, va.Input):
                            inputs.append(flat)
            else:
                body.append(item)
        if len(inputs) != len(args):
            return None
        env: dict[str, int | None] = dict(zip(inputs, args, strict=True))
        stmts = tuple(x for item in body for x in self._stmts(item, fscope))
        try:
            _run_constant(stmts, env, lambda n: widths.get(n, 32), [100_000])
        except _NotConstant:
            return None
        value = env.get(f"$fn.{func.name}")
        return None if value is None else Const(value & ((1 << ret) - 1), ret)

    def _base_lsb(self, var: va.Node, scope: Scope) -> int:
        if isinstance(var, va.Identifier) and var.name in scope.names:
            sig = self.signals[scope.names[var.name]]
            if sig.depth is None:
                return sig.lsb
        return 0

    def _offset(self, index: Expr, var: va.Node, scope: Scope) -> Expr:
        lsb = self._base_lsb(var, scope)
        if lsb == 0:
            return index
        value = const_value(index)
        return Const(value.value - lsb) if value is not None else Binary("-", index, Const(lsb))

    def _partselect(self, node: va.Partselect, scope: Scope) -> Expr:
        base = self._expr(node.var, scope)
        lsb_off = self._base_lsb(node.var, scope)
        msb = self._expr(node.msb, scope)
        lsb = self._expr(node.lsb, scope)
        m, l_ = const_value(msb), const_value(lsb)
        if m is not None and l_ is not None:
            hi, lo = max(m.value, l_.value), min(m.value, l_.value)
            return Slice(base, hi - lsb_off, lo - lsb_off)
        # pyverilog 1.3 reads a[b +: w] as Partselect(a, b, b + w) and a[b -: w] as Partselect(a, b, b - w)
        if isinstance(lsb, Binary) and lsb.op in "+-" and lsb.left == msb:
            w = const_value(lsb.right)
            if w is not None:
                start = msb if lsb.op == "+" else Binary("-", msb, Const(w.value - 1))
                return DynSlice(base, self._offset(start, node.var, scope), w.value)
        raise HlsError(f"unsupported part select in module {scope.module} (line {node.lineno})")


class _NotConstant(Exception):
    pass


def _run_constant(stmts: tuple[Stmt, ...], env: dict[str, int | None], width_of: Callable[[str], int],
                  budget: list[int]) -> None:
    """Execute a constant function body; raises _NotConstant on anything not decidable."""
    def value(e: Expr) -> int:
        v = evaluate(e, env.get, width_of)
        if v is None:
            raise _NotConstant()
        return v

    for s in stmts:
        budget[0] -= 1
        if budget[0] < 0:
            raise _NotConstant()
        if isinstance(s, Assign):
            if not isinstance(s.target, Ref):
                raise _NotConstant()
            env[s.target.name] = value(s.value) & ((1 << width_of(s.target.name)) - 1)
        elif isinstance(s, If):
            _run_constant(s.then if value(s.cond) else s.other, env, width_of, budget)
        elif isinstance(s, Case):
            subject = value(s.subject)
            for item in s.items:
                if not item.labels or any(value(label) == subject for label in item.labels):
                    _run_constant(item.body, env, width_of, budget)
                    break
        elif isinstance(s, Loop):
            _run_constant(s.init, env, width_of, budget)
            while value(s.cond):
                _run_constant(s.body, env, width_of, budget)
