"""Lowering of the Verilog-2005 and SystemVerilog constructs HLS tools emit into the Verilog-2001 subset
pyverilog 1.3 parses, guided by slang's syntax tree (``pyslang``).

slang (https://github.com/MikePopoloski/slang) is a complete IEEE 1800-2017 front end; its Python binding
parses every file first. A syntax error is reported by slang, with its line, as one line. Then each construct
pyverilog cannot read is rewritten in place (same meaning, same line numbers), located by its syntax node:

* ``defparam u.P = v;`` (LegUp) -> the override ``#(.P(v))`` on instance ``u`` (one level of hierarchy);
* a ``for``/``if``/``case`` generate construct directly in a module (Bambu) -> wrapped in ``generate``;
* ``parameter`` declarations inside a function (Catapult's shift helpers) -> module ``localparam``s named
  ``<function>__<name>``;
* user tasks called as statements -> inlined (ports and locals become module regs ``<task>__<name>``);
* ``typedef enum`` -> ``localparam``s for its members, the type's uses -> its base type;
* ``default`` case items without their optional colon (Bambu's controllers) -> ``default:``;
* ``{{W-1}{1'b0}}`` (Vivado's regslice_core.v: a replication count in braces) -> ``{(W-1){1'b0}}``;
* ``unique``/``priority`` before ``case``/``if`` dropped; ``localparam`` in a ``#( )`` list -> ``parameter``;
* ``function signed [4:0] f`` (Catapult) -> ``function [4:0] f`` with every call wrapped in ``$signed(...)``;
* SystemVerilog (Calyx): ``wire logic`` ports -> ``wire``, ``input logic`` -> ``input wire``;
  ``'0``/``'1``/``'x``/``'z`` -> ``0``/``~0``/...;
  ``int`` -> ``integer``; ``string`` variables -> a 2048-bit ``reg``; ``final`` blocks (end-of-simulation
  dumps) and ``import "DPI-C"`` functions are dropped (a DPI call reads as 0);
* inside ``synthesis translate_off`` regions (simulation-only code), instances of modules no file defines and
  hierarchical task calls on them (LegUp's ``mem.convert_to_ver_file(...)``) are dropped.

Instances of modules that no file defines (outside those regions) are listed in :attr:`Lowered.undefined`
with their line: the analysis refuses them (``hls.analyze``), the netlist treats them as black boxes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from hls.errors import HlsError

__all__ = ["EMIT_FROM_LOWERED", "Lowered", "drop_simulation_only", "lower"]

# rewrites after which the instrumenter works on the lowered text rather than the original (the original's
# constructs are ones its scanner does not read, or the analysis names signals the original lacks)
EMIT_FROM_LOWERED = frozenset({"task call", "enum", "DPI import", "final block", "unbased literal",
                               "SystemVerilog type", "braced replication count"})

_TRANSLATE = re.compile(r"/[/*]\s*(?:synthesis|synopsys|pragma)\s+translate_(off|on)\b[^\n]*", re.I)
_TASK_CALL = re.compile(r"^[ \t]*[A-Za-z_][\w$]*(?:\.[A-Za-z_][\w$]*)+[ \t]*\([^;]*\)[ \t]*;", re.M)
_EMPTY_INSTANCE = re.compile(r"^[ \t]*([A-Za-z_][\w$]*)[ \t]+[A-Za-z_][\w$]*[ \t]*\([ \t]*\)[ \t]*;", re.M)
_MODULE_NAME = re.compile(r"\b(?:module|macromodule)\s+([A-Za-z_][\w$]*)")
_GENERATE_KINDS = ("LoopGenerate", "IfGenerate", "CaseGenerate")
# `{{W-1}{1'b0}}` (Vivado HLS's regslice_core.v): a replication whose count is written as a concatenation,
# which Icarus refuses ("indefinite width"); the same replication with the count in parentheses
_BRACED_COUNT = re.compile(r"\{\{([^{}]+)\}\{")
_UNIQUE = re.compile(r"\b(?:unique0|unique|priority)\s+(?=(?:case[xz]?|if)\b)")


@dataclass
class Lowered:
    """The lowered text and what the lowering found."""

    text: str
    undefined: list[tuple[str, str, int]] = field(default_factory=list)  # (module, instance, line)
    rewrites: list[str] = field(default_factory=list)                     # kinds of rewrites applied


def _kind(node: object) -> str:
    return str(getattr(node, "kind", "")).rsplit(".", 1)[-1]


def _nodes(node: object):
    """Every syntax node below ``node`` (depth first), with its parent."""
    from pyslang import syntax

    stack = [(node, None)]
    while stack:
        n, parent = stack.pop()
        yield n, parent
        for child in n:
            if isinstance(child, syntax.SyntaxNode):
                stack.append((child, n))


def _span(node: object) -> tuple[int, int]:
    r = node.sourceRange
    return r.start.offset, r.end.offset


def _line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def drop_simulation_only(text: str) -> str:
    """``text`` without the simulation-only instances and task calls of its translate_off regions."""
    return _drop_simulation_only(text)[0]


def _drop_simulation_only(text: str) -> tuple[str, list[str]]:
    """Inside translate_off regions, blank instances of undefined modules and hierarchical task calls."""
    defined = set(_MODULE_NAME.findall(text))
    out: list[str] = []
    done: list[str] = []
    pos = 0
    region_start = None
    for m in _TRANSLATE.finditer(text):
        if m.group(1).lower() == "off" and region_start is None:
            region_start = m.end()
        elif m.group(1).lower() == "on" and region_start is not None:
            region = text[region_start : m.start()]

            def blank(mm: re.Match[str]) -> str:
                return " " * len(mm.group(0))

            new = _TASK_CALL.sub(lambda mm: (done.append("task call"), blank(mm))[1], region)
            new = _EMPTY_INSTANCE.sub(
                lambda mm: (done.append("simulation model"), blank(mm))[1] if mm.group(1) not in defined
                else mm.group(0), new)
            out.append(text[pos:region_start])
            out.append(new)
            pos = m.start()
            region_start = None
    out.append(text[pos:])
    return "".join(out), done


def _syntax_error(tree: object, text: str, source: str) -> None:
    from pyslang import DiagnosticEngine

    errors = [d for d in tree.diagnostics if d.isError()]
    if not errors:
        return
    report = DiagnosticEngine.reportAll(tree.sourceManager, errors[:1]).strip().splitlines()
    first = report[0] if report else "syntax error"
    # "source:LINE:COL: error: message" -> keep line and message
    m = re.match(r".*?:(\d+):(\d+): error: (.*)", first)
    if m:
        raise HlsError(f"cannot parse {source}: line:{m.group(1)}: {m.group(3)}")
    raise HlsError(f"cannot parse {source}: {first}")


def _hoist_function_parameters(text: str, tree: object) -> tuple[str, bool]:
    """``parameter olen = width_z;`` declared inside a function (Catapult's shift helpers) becomes a module
    ``localparam <function>__olen`` placed before the function, and the function uses that name."""
    edits: list[tuple[int, int, str]] = []
    for node, _parent in _nodes(tree.root):
        if _kind(node) != "FunctionDeclaration":
            continue
        params = [item for item in node.items if _kind(item) == "ParameterDeclarationStatement"]
        if not params:
            continue
        fname = str(node.prototype.name).strip()
        renames: dict[str, str] = {}
        hoisted: list[str] = []
        for item in params:
            decl = item.parameter
            for d in decl.declarators:
                name = str(d.name).strip()
                renames[name] = f"{fname}__{name}"
                value = str(d.initializer.expr).strip()
                hoisted.append((name, value))
        s, e = _span(node)
        body = text[s:e]
        for item in params:
            ps, pe = _span(item)
            body = body[: ps - s] + " " * (pe - ps) + body[pe - s :]
        pattern = re.compile(r"(?<![\w$.])(" + "|".join(map(re.escape, renames)) + r")(?![\w$])")

        def rename(m: re.Match[str], table: dict[str, str] = renames) -> str:
            return table[m.group(1)]

        body = pattern.sub(rename, body)
        decls = " ".join(f"localparam {renames[n]} = {pattern.sub(rename, v)};" for n, v in hoisted)
        edits.append((s, e, decls + " " + body))  # the body keeps its own line breaks
    if not edits:
        return text, False
    return _apply(text, edits, keep_lines=False), True


def _inline_tasks(text: str, tree: object) -> tuple[str, bool]:
    """A user task (``task t; input [3:0] x; output [3:0] o; ... endtask``) called as a statement: its ports
    and locals become module regs ``t__x`` (Verilog tasks are static), each call ``t(a, z);`` becomes
    ``begin t__x = a; <body>; z = t__o; end``. Tasks with ANSI port lists or ``inout`` ports are left."""
    from hls.frontend.normalize import strip_comments

    tasks: dict[str, tuple[list[tuple[str, str]], str]] = {}  # name -> ([(direction, port)], body)
    edits: list[tuple[int, int, str]] = []
    for node, _parent in _nodes(tree.root):
        if _kind(node) != "TaskDeclaration" or getattr(node.prototype, "portList", None) is not None:
            continue
        name = str(node.prototype.name).strip()
        ports: list[tuple[str, str]] = []
        decls: list[str] = []
        body: list[str] = []
        names: list[str] = []
        ok = True
        for item in node.items:
            kind = _kind(item)
            if kind == "PortDeclaration":
                header = " ".join(str(item.header).split())
                direction, _, rest = header.partition(" ")
                if direction not in ("input", "output"):
                    ok = False
                    break
                rest = rest.replace("reg", "", 1).strip() if rest.startswith("reg") else rest
                for d in item.declarators:
                    port = str(d.name).strip()
                    ports.append((direction, port))
                    names.append(port)
                    decls.append(("integer" if rest.startswith("integer") else f"reg {rest}").strip()
                                 + f" {name}__{port};")
            elif kind == "DataDeclaration":
                for d in item.declarators:
                    names.append(str(d.name).strip())
                decls.append(" ".join(strip_comments(str(item)).split()))
            else:
                body.append(" ".join(strip_comments(str(item)).split()))
        if not ok:
            continue
        pattern = None
        if names:
            pattern = re.compile(r"(?<![\w$.])(" + "|".join(map(re.escape, names)) + r")(?![\w$])")

        def rename(s: str, pattern: re.Pattern[str] | None = pattern, task: str = name) -> str:
            return pattern.sub(lambda m: f"{task}__{m.group(1)}", s) if pattern else s

        s, e = _span(node)
        edits.append((s, e, " ".join(rename(d) if not d.startswith(("reg ", "integer ")) or "__" not in d
                                     else d for d in decls)))
        tasks[name] = (ports, rename(" ".join(body)))
    if not tasks:
        return text, False
    for node, _parent in _nodes(tree.root):
        if _kind(node) != "ExpressionStatement" or _kind(node.expr) != "InvocationExpression":
            continue
        callee = str(node.expr.left).strip()
        if callee not in tasks:
            continue
        ports, body = tasks[callee]
        args = [str(a.expr).strip() for a in node.expr.arguments.parameters
                if _kind(a) == "OrderedArgument"] if node.expr.arguments is not None else []
        if len(args) != len(ports):
            continue
        pairs = list(zip(ports, args, strict=True))
        before = " ".join(f"{callee}__{p} = {a};" for (d, p), a in pairs if d == "input")
        after = " ".join(f"{a} = {callee}__{p};" for (d, p), a in pairs if d == "output")
        s, e = _span(node)
        edits.append((s, e, f"begin {before} {body} {after} end"))
    return _apply(text, edits), True


def _lower_enums(text: str, tree: object) -> tuple[str, bool]:
    """``typedef enum logic [1:0] {A, B} st_t;`` -> ``localparam [1:0] A = 0, B = 1;``, and every use of
    ``st_t`` as a type -> its base type (``logic [1:0]``). Members count up from the previous value."""
    edits: list[tuple[int, int, str]] = []
    types: dict[str, str] = {}
    for node, _parent in _nodes(tree.root):
        if _kind(node) != "TypedefDeclaration" or _kind(node.type) != "EnumType":
            continue
        enum = node.type
        base = str(enum.baseType).strip() if enum.baseType is not None else "integer"
        base = base or "integer"
        packed = base.split(None, 1)[1] if " " in base else ""
        value, members = -1, []
        for member in enum.members:
            if _kind(member) != "Declarator":
                continue
            init = getattr(member, "initializer", None)
            expr = str(init.expr).strip() if init is not None else None
            if expr is None:
                value_text = f"{members[-1][0]} + 1" if members and value < 0 else str(value + 1)
                value = value + 1 if value >= 0 or not members else value
            else:
                value_text = expr
                value = -1  # later members count from this expression
                try:
                    value = int(expr)
                except ValueError:
                    pass
            members.append((str(member.name).strip(), value_text))
        decl = ", ".join(f"{name} = {val}" for name, val in members)
        s, e = _span(node)
        edits.append((s, e, f"localparam {packed} {decl};"))
        types[str(node.name).strip()] = base
    if not types:
        return text, False
    for node, _parent in _nodes(tree.root):
        if _kind(node) == "NamedType" and str(node.name).strip() in types:
            s, e = _span(node)
            edits.append((s, e, types[str(node.name).strip()]))
    return _apply(text, edits), True


def lower(text: str, source: str = "the sources") -> Lowered:
    """Parse ``text`` (preprocessed Verilog/SystemVerilog) with slang and lower it for pyverilog."""
    from pyslang import syntax

    text, dropped = _drop_simulation_only(text)
    text = _UNIQUE.sub("", text)  # `unique case` / `priority if` (SystemVerilog): checks only
    text, braced = _BRACED_COUNT.subn(r"{(\1){", text)
    if braced:
        dropped.append("braced replication count")
    tree = syntax.SyntaxTree.fromText(text, "design.sv")
    _syntax_error(tree, text, source)
    text, hoisted = _hoist_function_parameters(text, tree)
    if hoisted:
        dropped.append("function parameter")
        tree = syntax.SyntaxTree.fromText(text, "design.sv")
    text, inlined = _inline_tasks(text, tree)
    if inlined:
        dropped.append("task call")
        tree = syntax.SyntaxTree.fromText(text, "design.sv")
    text, enums = _lower_enums(text, tree)
    if enums:
        dropped.append("enum")
        tree = syntax.SyntaxTree.fromText(text, "design.sv")
    edits: list[tuple[int, int, str]] = []
    rewrites: list[str] = list(dropped)
    overrides: dict[tuple[int, str], list[str]] = {}   # (module offset, instance) -> [".P(v)"]
    modules: dict[str, list[tuple[str, str, int]]] = {}  # module -> [(child module, instance, line)]
    signed_functions: set[str] = set()
    dpi_functions: set[str] = set()

    all_nodes = list(_nodes(tree.root))
    current_module = {}
    for node, _parent in all_nodes:
        kind = _kind(node)
        if kind == "ModuleDeclaration":
            name = node.header.name.valueText
            modules.setdefault(name, [])
            start, end = _span(node)
            current_module[(start, end)] = name
    spans = sorted(current_module.items())

    def module_at(offset: int) -> str | None:
        for (s, e), name in spans:
            if s <= offset < e:
                return name
        return None

    for node, parent in all_nodes:
        kind = _kind(node)
        pkind = _kind(parent) if parent is not None else ""
        if kind in _GENERATE_KINDS and pkind == "ModuleDeclaration":
            s, e = _span(node)
            edits.append((s, s, " generate "))
            edits.append((e, e, " endgenerate "))
            rewrites.append("generate region")
        elif kind == "DefParam":
            s, e = _span(node)
            for assignment in node.assignments:
                if _kind(assignment) != "DefParamAssignment":
                    continue
                path = str(assignment.name).strip().split(".")
                if len(path) != 2:
                    raise HlsError(f"line {_line_of(text, s)}: defparam {'.'.join(path)} reaches more than "
                                   "one level of hierarchy (not supported)")
                value = str(assignment.setter.expr).strip()
                overrides.setdefault((module_offset(spans, s), path[0].strip()), []).append(
                    f".{path[1].strip()}({value})")
            edits.append((s, e, " " * 0))
            rewrites.append("defparam")
        elif kind == "FunctionPrototype" and pkind != "DPIImport":
            rtype = node.returnType
            signing = getattr(rtype, "signing", None)
            if signing is not None and str(signing).strip() == "signed":
                r = signing.range
                edits.append((r.start.offset, r.end.offset, ""))
                signed_functions.add(str(node.name).strip())
                rewrites.append("signed function")
        elif kind == "UnbasedUnsizedLiteralExpression":
            s, e = _span(node)
            digit = str(node).strip()[-1].lower()
            edits.append((s, e, {"0": "0", "1": "(~0)", "x": "1'bx", "z": "1'bz"}.get(digit, "0")))
            rewrites.append("unbased literal")
        elif kind == "IntType":
            s, e = _span(node)
            edits.append((s, e, "integer"))
            rewrites.append("SystemVerilog type")
        elif kind == "StringType":
            s, e = _span(node)
            edits.append((s, e, "reg [2047:0]"))
            rewrites.append("SystemVerilog type")
        elif kind == "DPIImport":
            s, e = _span(node)
            edits.append((s, e, ""))
            dpi_functions.add(str(node.method.name).strip())
            rewrites.append("DPI import")
        elif kind == "FunctionPrototype" and pkind == "DPIImport":
            pass
        elif kind == "DefaultCaseItem" and not str(node.colon).strip():
            # `default begin ... end` (Bambu's controllers): the colon is optional
            at = node.defaultKeyword.range.end.offset
            edits.append((at, at, ":"))
            rewrites.append("default without colon")
        elif kind == "FinalBlock":
            s, e = _span(node)
            edits.append((s, e, ""))
            rewrites.append("final block")
        elif kind == "NetPortHeader" or kind == "NetDeclaration":
            dtype = getattr(node, "dataType" if kind == "NetPortHeader" else "type", None)
            if dtype is not None:
                kw = getattr(dtype, "keyword", None)
                if kw is not None and str(kw).strip() == "logic":
                    r = kw.range
                    edits.append((r.start.offset, r.end.offset, ""))
        elif kind == "ParameterDeclaration" and pkind == "ParameterPortList":
            kw = node.keyword
            if str(kw).strip() == "localparam":
                r = kw.range
                edits.append((r.start.offset, r.end.offset, "parameter"))  # a localparam in #( ... )
        elif kind == "VariablePortHeader":
            dtype = getattr(node, "dataType", None)
            direction = str(getattr(node, "direction", "")).strip()
            kw = getattr(dtype, "keyword", None) if dtype is not None else None
            if direction in ("input", "inout") and kw is not None and str(kw).strip() == "logic":
                r = kw.range
                edits.append((r.start.offset, r.end.offset, "wire"))
                rewrites.append("SystemVerilog type")
        elif kind == "HierarchyInstantiation":
            child = node.type.valueText
            owner = module_at(_span(node)[0])
            for inst in node.instances:
                iname = str(inst.decl.name).strip() if getattr(inst, "decl", None) is not None else ""
                if owner is not None:
                    modules[owner].append((child, iname, _line_of(text, _span(node)[0])))

    # defparam overrides onto their instances
    if overrides:
        for node, _parent in all_nodes:
            if _kind(node) != "HierarchyInstantiation":
                continue
            owner_offset = module_offset(spans, _span(node)[0])
            for inst in node.instances:
                iname = str(inst.decl.name).strip() if getattr(inst, "decl", None) is not None else ""
                extra = overrides.pop((owner_offset, iname), None)
                if extra is None:
                    continue
                if len(node.instances) > 1:
                    line = _line_of(text, _span(node)[0])
                    raise HlsError(f"line {line}: defparam on instance {iname} of a multi-instance statement "
                                   "(not supported)")
                params = node.parameters
                if params is None:
                    r = node.type.range
                    edits.append((r.end.offset, r.end.offset, f" #({', '.join(extra)})"))
                else:
                    close = params.closeParen.range.start.offset
                    sep = ", " if len(params.parameters) else ""
                    edits.append((close, close, sep + ", ".join(extra)))
        if overrides:
            (_, inst), _v = next(iter(overrides.items()))
            raise HlsError(f"defparam names instance {inst}, which does not exist")

    text = _apply(text, edits)
    if signed_functions:
        text = _wrap_calls(text, signed_functions, "$signed({})")
    if dpi_functions:
        text = _wrap_calls(text, dpi_functions, "0")
    defined = set(modules)
    undefined = [(child, inst, line) for kids in modules.values() for child, inst, line in kids
                 if child not in defined]
    return Lowered(text, undefined, sorted(set(rewrites)))


def module_offset(spans: list[tuple[tuple[int, int], str]], offset: int) -> int:
    for (s, e), _name in spans:
        if s <= offset < e:
            return s
    return -1


def _apply(text: str, edits: list[tuple[int, int, str]], keep_lines: bool = True) -> str:
    """Apply non-overlapping ``(start, end, replacement)`` edits; with ``keep_lines`` the replaced text's line
    breaks are appended (line numbers stay those of the source)."""
    out: list[str] = []
    pos = 0
    for s, e, rep in sorted(edits, key=lambda x: (x[0], x[1])):
        if s < pos:
            continue
        out.append(text[pos:s])
        out.append(rep + ("\n" * text.count("\n", s, e) if keep_lines else ""))
        pos = e
    out.append(text[pos:])
    return "".join(out)


def _wrap_calls(text: str, names: set[str], template: str) -> str:
    """Calls ``f(a)`` of the functions in ``names`` (not their declarations) -> ``template``, ``{}`` being the
    call: ``$signed(f(a))`` for signed functions, ``0`` for DPI functions (simulation-only C code)."""
    pattern = re.compile(r"(?<![\w$.])(" + "|".join(re.escape(n) for n in sorted(names)) + r")\s*\(")
    out: list[str] = []
    pos = 0
    for m in pattern.finditer(text):
        if m.start() < pos:
            continue
        before = text[max(0, m.start() - 40) : m.start()]
        if re.search(r"\bfunction\b[^;]*$", before):
            continue
        depth, i = 0, m.end() - 1
        while i < len(text):
            if text[i] == "(":
                depth += 1
            elif text[i] == ")":
                depth -= 1
                if depth == 0:
                    break
            i += 1
        out.append(text[pos : m.start()])
        out.append(template.replace("{}", text[m.start() : i + 1]))
        pos = i + 1
    out.append(text[pos:])
    return "".join(out)


def construct_at(text: str, line: int, token: str | None = None) -> str:
    """The innermost statement or module item slang sees on ``line`` of ``text`` (around the first
    ``token`` on that line when given: the token pyverilog stopped before), named with its text."""
    from pyslang import syntax

    tree = syntax.SyntaxTree.fromText(text, "design.sv")
    lines = text.split("\n")
    start = sum(len(x) + 1 for x in lines[: line - 1])
    end = start + len(lines[line - 1]) if line - 1 < len(lines) else start
    if token:
        m = re.search(r"(?<![\w$])" + re.escape(token) + r"(?![\w$])", text[start:end])
        if m:
            start = end = start + m.start()
    best = None
    for node, _parent in _nodes(tree.root):
        kind = _kind(node)
        if kind in ("CompilationUnit", "ModuleDeclaration") or not hasattr(node, "sourceRange"):
            continue
        s, e = _span(node)
        if s <= end and e > start and (best is None or (e - s) < (best[1] - best[0])) and e - s > 1:
            if kind.endswith(("Statement", "Declaration", "Generate", "Instantiation", "Assign", "Block",
                              "DefParam", "Prototype", "Header")):
                best = (s, e, kind)
    if best is None:
        return "this construct"
    snippet = " ".join(text[best[0] : best[1]].split())[:60]
    words = re.sub(r"(?<!^)(?=[A-Z])", " ", best[2]).lower()
    return f"{words} `{snippet}`"
