"""Flattening of a design from its top module: declarations, parameters with instance overrides, generate
blocks, processes and instances (docs/hls-pass.md, "Front end"). Every signal is renamed with its instance
path (``Controller_i._present_state``); port connections become continuous assignments; an instance of a
module not in the files is a black box."""

from __future__ import annotations

import re

from pyverilog.vparser import ast as va

from hls.errors import HlsError
from hls.frontend.elab_body import BodyBuilder, Scope
from hls.ir import Assign, Call, Concat, Const, DynSlice, Expr, Index, Instance, Process, Ref, Signal, Slice

_CLOCK_NAME = re.compile(r"clk|clock", re.IGNORECASE)


class Elaborator(BodyBuilder):
    """Elaborates modules into ``signals``, ``processes`` and ``instances`` (and ``top_ports``)."""

    def __init__(self, modules: dict[str, va.ModuleDef]) -> None:
        super().__init__()
        self.modules = modules
        self.processes: list[Process] = []
        self.instances: list[Instance] = []
        self.top_ports: list[str] = []
        self._stack: list[str] = []

    # ------------------------------------------------------------------------------------------- modules
    def elaborate(self, module: str, path: tuple[str, ...], overrides: dict[str, Const]) -> Scope:
        if module in self._stack:
            raise HlsError(f"module {module} instantiates itself")
        self._stack.append(module)
        mod = self.modules[module]
        scope = Scope(path, module)
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

    def _port_order(self, mod: va.ModuleDef, scope: Scope) -> list[str]:
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

    def _declare_params(self, decl: va.Decl, scope: Scope, overrides: dict[str, Const]) -> None:
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

    def _declare(self, decl: va.Decl, scope: Scope) -> None:
        for v in decl.list:
            if isinstance(v, va.Variable) and not isinstance(v, va.Genvar):
                self._declare_var(v, scope)
            elif isinstance(v, va.Assign):
                self._item(v, scope)

    def _declare_var(self, v: va.Variable, scope: Scope) -> None:
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
    def _item(self, item: va.Node, scope: Scope) -> None:
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
    def _generate(self, item: va.Node | None, scope: Scope) -> None:
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

    def _generate_block(self, items: tuple, scope: Scope) -> None:
        for sub in items:
            if isinstance(sub, va.Decl):
                self._generate(sub, scope)
        for sub in items:
            if not isinstance(sub, va.Decl):
                self._generate(sub, scope)

    def _generate_for(self, item: va.ForStatement, scope: Scope) -> None:
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

    def _always(self, item: va.Always, scope: Scope) -> None:
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

    def _instance(self, inst: va.Instance, scope: Scope) -> None:
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

    def _black_box(self, inst: va.Instance, scope: Scope, path: tuple[str, ...]) -> None:
        self.instances.append(Instance(path, inst.module, black_box=True))
        conns = [self._expr(pa.argname, scope) for pa in (inst.portlist or ()) if pa.argname is not None]
        for c in conns:
            # direction unknown: every lvalue-able connection may be driven by the box, every one is read
            if _is_lvalue(c):
                others = tuple(o for o in conns if o is not c)
                self.processes.append(Process("comb", (Assign(c, Call("$blackbox", others), True),),
                                              scope.path))


def _is_lvalue(e: Expr) -> bool:
    if isinstance(e, Ref):
        return True
    if isinstance(e, Index | Slice | DynSlice):
        return _is_lvalue(e.base)
    if isinstance(e, Concat):
        return all(_is_lvalue(p) for p in e.parts)
    return False
