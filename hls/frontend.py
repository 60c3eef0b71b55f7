"""Verilog files -> flattened :class:`hls.ir.Netlist` (the only module that uses pyverilog's parser).

Steps: ``iverilog -E`` preprocesses the files into a temporary directory; :func:`hls.normalize.normalize`
rewrites what pyverilog 1.3 cannot read; one :class:`VerilogParser` per process (its tables are written to a
private temporary directory, never the working directory) builds the AST; :class:`_Elaborator` walks it from
the top module, evaluating parameters (with instance overrides), and flattens every instance of a module
defined in the files into the netlist. An instance of an undefined module is a black box: the nets it drives
get an unknown value (``$blackbox`` call) and everything connected to it is read.
"""

from __future__ import annotations

import atexit
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field

from pyverilog.vparser import ast as va
from pyverilog.vparser.parser import ParseError, VerilogParser

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
    Instance,
    Loop,
    Netlist,
    Port,
    Process,
    Ref,
    Repeat,
    Signal,
    Slice,
    Stmt,
    Ternary,
    Unary,
)
from hls.normalize import normalize
from hls.statevalue import allow_deep_logic

_UNARY = {"Uplus": "+", "Uminus": "-", "Ulnot": "!", "Unot": "~", "Uand": "&", "Unand": "~&", "Uor": "|",
          "Unor": "~|", "Uxor": "^", "Uxnor": "~^"}
_BINARY = {"Power": "**", "Times": "*", "Divide": "/", "Mod": "%", "Plus": "+", "Minus": "-", "Sll": "<<",
           "Srl": ">>", "Sla": "<<<", "Sra": ">>>", "LessThan": "<", "GreaterThan": ">", "LessEq": "<=",
           "GreaterEq": ">=", "Eq": "==", "NotEq": "!=", "Eql": "===", "NotEql": "!==", "And": "&",
           "Xor": "^", "Xnor": "~^", "Or": "|", "Land": "&&", "Lor": "||"}
_NUMBER = re.compile(r"^(?:(\d+)\s*)?'\s*([sS]?)([bodhBODH])\s*([0-9a-fA-FxXzZ?_]+)$")
_CLOCK_NAME = re.compile(r"clk|clock", re.IGNORECASE)

_parser: VerilogParser | None = None


def _get_parser() -> VerilogParser:
    """The pyverilog parser, built once per process with its tables in a private temporary directory."""
    global _parser
    if _parser is None:
        outdir = tempfile.mkdtemp(prefix="hls-pyverilog-")
        atexit.register(shutil.rmtree, outdir, True)
        _parser = VerilogParser(outputdir=outdir, debug=False)
    return _parser


def preprocess(files: list[str], include_dirs: tuple[str, ...] = (), defines: tuple[str, ...] = ()) -> str:
    """Run ``iverilog -E`` over ``files`` and return the preprocessed text."""
    for f in files:
        if not os.path.isfile(f):
            raise HlsError(f"no such Verilog file: {f}")
    iverilog = os.environ.get("PYVERILOG_IVERILOG", "iverilog")
    if shutil.which(iverilog) is None:
        raise HlsError(f"{iverilog} not found on PATH (needed to preprocess Verilog)")
    with tempfile.TemporaryDirectory(prefix="hls-pp-") as tmp:
        out = os.path.join(tmp, "pp.v")
        cmd = [iverilog, "-E", "-o", out]
        for d in include_dirs:
            cmd += ["-I", d]
        for d in defines:
            cmd += ["-D", d]
        proc = subprocess.run(cmd + list(files), capture_output=True, text=True)
        if proc.returncode != 0 or not os.path.exists(out):
            first = (proc.stderr.strip().splitlines() or ["unknown error"])[0]
            raise HlsError(f"iverilog -E failed on {' '.join(files)}: {first}")
        with open(out) as fh:
            return fh.read()


def parse_modules(files: list[str], include_dirs: tuple[str, ...] = (),
                  defines: tuple[str, ...] = ()) -> dict[str, va.ModuleDef]:
    """Parse ``files`` (after preprocessing and normalisation) into module definitions by name."""
    text = normalize(preprocess(files, include_dirs, defines))
    parser = _get_parser()
    parser.lexer.reset_lineno()
    try:
        source = parser.parse(text)
    except ParseError as err:
        raise HlsError(f"cannot parse {' '.join(files)}: {err}") from None
    modules: dict[str, va.ModuleDef] = {}
    for d in source.description.definitions:
        if isinstance(d, va.ModuleDef):
            modules[d.name] = d
    if not modules:
        raise HlsError(f"no module found in {' '.join(files)}")
    return modules


def load_netlist(files: list[str], top: str | None = None, include_dirs: tuple[str, ...] = (),
                 defines: tuple[str, ...] = ()) -> Netlist:
    """Parse ``files`` and flatten module ``top`` (default: the only module nobody instantiates)."""
    allow_deep_logic()  # long operator chains (a + b + c ...) nest as deep as they are long
    modules = parse_modules(files, include_dirs, defines)
    top = top or _guess_top(modules)
    if top not in modules:
        raise HlsError(f"top module {top!r} not found (modules: {', '.join(sorted(modules))})")
    elab = _Elaborator(modules)
    elab.elaborate(top, (), {})
    ports = tuple(
        Port(s.name, s.port, s.width, s.signed) for s in (elab.signals[n] for n in elab.top_ports)
        if s.port is not None
    )
    return Netlist(top, ports, elab.signals, elab.processes, elab.instances, tuple(files))


def _guess_top(modules: dict[str, va.ModuleDef]) -> str:
    used: set[str] = set()
    for m in modules.values():
        for item in m.items:
            if isinstance(item, va.InstanceList):
                used.add(item.module)
    roots = [name for name in modules if name not in used]
    if len(roots) != 1:
        raise HlsError(f"cannot tell the top module (candidates: {', '.join(sorted(roots))}); use --top")
    return roots[0]


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
class _Scope:
    """Names visible while elaborating one module instance."""

    path: tuple[str, ...]
    module: str
    params: dict[str, Const] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)
    prefix: str = ""  # generate block label, e.g. "L0[2]."
    functions: dict[str, va.Function] = field(default_factory=dict)

    def flat(self, local: str) -> str:
        return ".".join(self.path + (self.prefix + local,))

    def block(self, label: str) -> _Scope:
        """A scope for the items of a generate block: outer names stay visible, its own get a prefix."""
        return _Scope(self.path, self.module, dict(self.params), dict(self.names), self.prefix + label,
                      self.functions)


class _Elaborator:
    def __init__(self, modules: dict[str, va.ModuleDef]) -> None:
        self.modules = modules
        self.signals: dict[str, Signal] = {}
        self.processes: list[Process] = []
        self.instances: list[Instance] = []
        self.top_ports: list[str] = []
        self._stack: list[str] = []

    # ------------------------------------------------------------------------------------------- modules
    def elaborate(self, module: str, path: tuple[str, ...], overrides: dict[str, Const]) -> _Scope:
        if module in self._stack:
            raise HlsError(f"module {module} instantiates itself")
        self._stack.append(module)
        mod = self.modules[module]
        scope = _Scope(path, module)
        scope.functions = {f.name: f for f in mod.items if isinstance(f, va.Function)}
        for decl in (mod.paramlist.params if mod.paramlist else ()):
            self._declare_params(decl, scope, overrides)
        port_order = self._port_order(mod, scope)
        for item in mod.items:
            if isinstance(item, va.Decl):
                self._declare_params(item, scope, overrides)
                self._declare(item, scope)
        for item in mod.items:
            self._item(item, scope)
        if not path:
            self.top_ports = [scope.names[p] for p in port_order if p in scope.names]
        self._stack.pop()
        return scope

    def _port_order(self, mod: va.ModuleDef, scope: _Scope) -> list[str]:
        order: list[str] = []
        for p in (mod.portlist.ports if mod.portlist else ()):
            if isinstance(p, va.Ioport):
                self._declare_var(p.first, scope)
                if p.second is not None:
                    self._declare_var(p.second, scope)
                order.append(p.first.name)
            elif isinstance(p, va.Port):
                order.append(p.name)
        return order

    def _declare_params(self, decl: va.Decl, scope: _Scope, overrides: dict[str, Const]) -> None:
        for p in decl.list:
            if isinstance(p, va.Parameter):
                if p.name in overrides and not isinstance(p, va.Localparam):
                    value = overrides[p.name]
                else:
                    value = self._const(p.value, scope, f"parameter {p.name}")
                width = None
                if p.width is not None:
                    width = self._width(p.width, scope)
                    value = Const(value.value & ((1 << width) - 1), width, value.xmask)
                scope.params[p.name] = Const(value.value, width or value.width, value.xmask, p.name)

    def _declare(self, decl: va.Decl, scope: _Scope) -> None:
        for v in decl.list:
            if isinstance(v, va.Variable) and not isinstance(v, va.Genvar):
                self._declare_var(v, scope)
            elif isinstance(v, va.Assign):
                self._item(v, scope)

    def _declare_var(self, v: va.Variable, scope: _Scope) -> None:
        flat = scope.flat(v.name)
        old = self.signals.get(flat)
        width, lsb = (32, 0) if isinstance(v, va.Integer) else (1, 0)
        if v.width is not None:
            msb_v = self._const(v.width.msb, scope, f"width of {v.name}").value
            lsb_v = self._const(v.width.lsb, scope, f"width of {v.name}").value
            width, lsb = abs(msb_v - lsb_v) + 1, min(msb_v, lsb_v)
        elif old is not None:
            width, lsb = old.width, old.lsb
        depth = old.depth if old else None
        if v.dimensions is not None:
            depth = 1
            for length in v.dimensions.lengths:
                a = self._const(length.msb, scope, f"depth of {v.name}").value
                b = self._const(length.lsb, scope, f"depth of {v.name}").value
                depth *= abs(a - b) + 1
        port = old.port if old else None
        if isinstance(v, va.Input):
            port = "input"
        elif isinstance(v, va.Output):
            port = "output"
        elif isinstance(v, va.Inout):
            port = "inout"
        kind = old.kind if old else "wire"
        if isinstance(v, va.Reg):
            kind = "reg"
        elif isinstance(v, va.Integer):
            kind = "integer"
        signed = bool(v.signed) or (old.signed if old else False)
        self.signals[flat] = Signal(flat, width, kind, scope.path, v.name, scope.module, signed, depth, port,
                                    lsb)
        scope.names[v.name] = flat

    # --------------------------------------------------------------------------------------------- items
    def _item(self, item: va.Node, scope: _Scope) -> None:
        if isinstance(item, va.Assign):
            target = self._expr(item.left.var, scope)
            self.processes.append(Process("comb", (Assign(target, self._expr(item.right.var, scope), True),),
                                          scope.path))
        elif isinstance(item, va.Always):
            self._always(item, scope)
        elif isinstance(item, va.Initial):
            self.processes.append(Process("initial", self._stmts(item.statement, scope), scope.path))
        elif isinstance(item, va.InstanceList):
            for inst in item.instances:
                self._instance(inst, scope)
        elif isinstance(item, va.GenerateStatement):
            for sub in item.items:
                self._generate(sub, scope)

    # ------------------------------------------------------------------------------------------ generate
    def _generate(self, item: va.Node | None, scope: _Scope) -> None:
        """Elaborate a generate item: ``if`` on constants picks a branch, ``for`` over a genvar unrolls
        (names declared in iteration i of block ``L`` become ``L[i].name``)."""
        if item is None:
            return
        if isinstance(item, va.IfStatement):
            cond = self._const(item.cond, scope, "generate-if condition").value
            self._generate(item.true_statement if cond else item.false_statement, scope)
        elif isinstance(item, va.ForStatement):
            self._generate_for(item, scope)
        elif isinstance(item, va.Block):
            inner = scope.block(f"{item.scope}." if item.scope else "")
            self._generate_block(item.statements, inner)
        elif isinstance(item, va.GenerateStatement):
            for sub in item.items:
                self._generate(sub, scope)
        elif isinstance(item, va.Decl):
            if not all(isinstance(v, va.Genvar) for v in item.list):
                self._declare_params(item, scope, {})
                self._declare(item, scope)
        elif isinstance(item, va.CaseStatement):
            raise HlsError(f"generate-case is not supported (module {scope.module})")
        else:
            self._item(item, scope)

    def _generate_block(self, items: tuple, scope: _Scope) -> None:
        for sub in items:
            if isinstance(sub, va.Decl):
                self._generate(sub, scope)
        for sub in items:
            if not isinstance(sub, va.Decl):
                self._generate(sub, scope)

    def _generate_for(self, item: va.ForStatement, scope: _Scope) -> None:
        pre, post = item.pre, item.post
        if not (isinstance(pre, va.Substitution) and isinstance(post, va.Substitution)
                and isinstance(pre.left.var, va.Identifier)):
            raise HlsError(f"unsupported generate-for header in module {scope.module}")
        var = pre.left.var.name
        value = self._const(pre.right.var, scope, "generate-for start").value
        for _ in range(100_000):
            step = scope.block("")
            step.params[var] = Const(value, 32, 0, None)
            if not self._const(item.cond, step, "generate-for condition").value:
                return
            body = item.statement
            label = body.scope if isinstance(body, va.Block) and body.scope else "genblk"
            inner = step.block(f"{label}[{value}].")
            self._generate_block(body.statements if isinstance(body, va.Block) else (body,), inner)
            value = self._const(post.right.var, step, "generate-for step").value
        raise HlsError(f"generate-for in module {scope.module} does not terminate")

    def _always(self, item: va.Always, scope: _Scope) -> None:
        edges: list[str] = []
        for sens in item.sens_list.list:
            if sens.type in ("posedge", "negedge") and sens.sig is not None:
                edges.append(self._expr(sens.sig, scope).name if isinstance(sens.sig, va.Identifier)
                             else "")
        body = self._stmts(item.statement, scope)
        if not edges:
            self.processes.append(Process("comb", body, scope.path))
            return
        clocks = [e for e in edges if _CLOCK_NAME.search(e.rsplit(".", 1)[-1])] or edges[:1]
        resets = tuple(e for e in edges if e != clocks[0])
        self.processes.append(Process("seq", body, scope.path, clocks[0], resets))

    def _instance(self, inst: va.Instance, scope: _Scope) -> None:
        path = scope.path + (scope.prefix + inst.name,)
        if inst.array is not None:
            raise HlsError(f"instance arrays are not supported ({inst.module} {inst.name})")
        if inst.module not in self.modules:
            self._black_box(inst, scope, path)
            return
        child_def = self.modules[inst.module]
        overrides: dict[str, Const] = {}
        positional_params = [
            p.name for d in (child_def.paramlist.params if child_def.paramlist else ()) for p in d.list
            if isinstance(p, va.Parameter)
        ]
        for i, pa in enumerate(inst.parameterlist or ()):
            name = pa.paramname if pa.paramname is not None else (
                positional_params[i] if i < len(positional_params) else None)
            if name is not None and pa.argname is not None:
                overrides[name] = self._const(pa.argname, scope, f"parameter {name} of {inst.name}")
        child = self.elaborate(inst.module, path, overrides)
        self.instances.append(Instance(path, inst.module))
        port_names = [p.first.name if isinstance(p, va.Ioport) else p.name
                      for p in (child_def.portlist.ports if child_def.portlist else ())]
        for i, pa in enumerate(inst.portlist or ()):
            if pa.argname is None:
                continue
            local = pa.portname
            if local is None:
                local = port_names[i] if i < len(port_names) else None
            if local is None or local not in child.names:
                raise HlsError(f"instance {inst.name} of {inst.module} connects unknown port {local}")
            inner = child.names[local]
            outer = self._expr(pa.argname, scope)
            direction = self.signals[inner].port
            if direction == "output":
                if _is_lvalue(outer):
                    self.processes.append(Process("comb", (Assign(outer, Ref(inner), True),), scope.path))
            else:
                self.processes.append(Process("comb", (Assign(Ref(inner), outer, True),), path))

    def _black_box(self, inst: va.Instance, scope: _Scope, path: tuple[str, ...]) -> None:
        self.instances.append(Instance(path, inst.module, black_box=True))
        conns = [self._expr(pa.argname, scope) for pa in (inst.portlist or ()) if pa.argname is not None]
        for c in conns:
            # direction unknown: every lvalue-able connection may be driven by the box, every one is read
            if _is_lvalue(c):
                others = tuple(o for o in conns if o is not c)
                self.processes.append(Process("comb", (Assign(c, Call("$blackbox", others), True),),
                                              scope.path))

    # ---------------------------------------------------------------------------------------- statements
    def _stmts(self, node: va.Node | None, scope: _Scope) -> tuple[Stmt, ...]:
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
    def _const(self, node: va.Node, scope: _Scope, what: str) -> Const:
        value = const_value(self._expr(node, scope))
        if value is None:
            raise HlsError(f"{what} in module {scope.module} is not a constant")
        return value

    def _width(self, width: va.Width, scope: _Scope) -> int:
        msb = self._const(width.msb, scope, "width").value
        lsb = self._const(width.lsb, scope, "width").value
        return abs(msb - lsb) + 1

    def _ident(self, name: str, scope: _Scope) -> Expr:
        if name in scope.params:
            return scope.params[name]
        if name not in scope.names:
            # an implicit net (Verilog allows undeclared 1-bit wires at instance connections)
            flat = scope.flat(name)
            self.signals[flat] = Signal(flat, 1, "wire", scope.path, name, scope.module)
            scope.names[name] = flat
        return Ref(scope.names[name])

    def _expr(self, node: va.Node, scope: _Scope) -> Expr:
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

    def _function_globals(self, func: va.Function, scope: _Scope) -> set[str]:
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

    def _call_constant(self, func: va.Function, args: list[int], scope: _Scope) -> Const | None:
        """Evaluate a constant function call (Verilog-2005 constant functions: parameters, loops, ifs)."""
        fscope = _Scope(scope.path, scope.module, dict(scope.params), dict(scope.names), "",
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

    def _base_lsb(self, var: va.Node, scope: _Scope) -> int:
        if isinstance(var, va.Identifier) and var.name in scope.names:
            sig = self.signals[scope.names[var.name]]
            if sig.depth is None:
                return sig.lsb
        return 0

    def _offset(self, index: Expr, var: va.Node, scope: _Scope) -> Expr:
        lsb = self._base_lsb(var, scope)
        if lsb == 0:
            return index
        value = const_value(index)
        return Const(value.value - lsb) if value is not None else Binary("-", index, Const(lsb))

    def _partselect(self, node: va.Partselect, scope: _Scope) -> Expr:
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


def _is_lvalue(e: Expr) -> bool:
    if isinstance(e, Ref):
        return True
    if isinstance(e, Index | Slice | DynSlice):
        return _is_lvalue(e.base)
    if isinstance(e, Concat):
        return all(_is_lvalue(p) for p in e.parts)
    return False
