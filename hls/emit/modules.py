"""Module structure of Verilog source for the instrumenter: ports, variables, always blocks, instances.

Built on the token stream of :mod:`hls.emit.scan`; records token positions (where each module's port list
closes, where each ``always`` block's statement starts and ends) and what each clocked block assigns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from hls.emit.scan import KEYWORDS as _KEYWORDS
from hls.emit.scan import Token, assigned_names, match_paren, statement_end
from hls.errors import HlsError


@dataclass
class AlwaysBlock:
    """One ``always`` construct: token span of its statement and what it assigns."""

    keyword_index: int
    stmt_start: int
    stmt_end: int
    clocked: bool
    edges: list[str]
    assigned: set[str]
    label: str = ""  # the generate blocks around it, as the analysis names them (named blocks: "blk.")
    block: str = ""  # the same as a Verilog hierarchical prefix (unnamed blocks too: "genblk1.")


@dataclass
class Instance:
    """One module instantiation inside a module body."""

    module: str
    name: str
    type_index: int  # token index of the module-type name
    conn_open: int  # token index of "(" opening the connection list
    conn_close: int  # token index of the matching ")"
    named: bool
    label: str = ""  # generate blocks around it (see AlwaysBlock)
    block: str = ""
    loop: bool = False  # inside a generate-for block (one copy per iteration)

    @property
    def key(self) -> str:
        """Its name as the analysis spells the last part of an instance path (``bus_gen.fifo``)."""
        return self.label + self.name


@dataclass
class RegDecl:
    """A ``reg`` declared in a module: packed range text, unpacked dimensions text (arrays)."""

    name: str
    packed: str
    unpacked: str
    label: str = ""  # generate blocks around it (see AlwaysBlock)
    block: str = ""
    loop: bool = False
    token: int = -1  # token index of its name (for messages)


@dataclass
class _GenFrame:
    """One generate block being scanned: its names, the generate constructs seen in it so far. An unnamed
    block is named ``ckpt_gen<n>`` by the instrumenter (:attr:`ModuleText.unnamed_blocks`): tools number
    unnamed blocks differently (IEEE 1364-2005 12.4.3 gives both branches of an ``if`` one ``genblk<n>``,
    Icarus one each), so the patched text names them itself to reach their registers from module level."""

    label: str = ""
    block: str = ""
    loop: bool = False
    constructs: int = 0
    pending: int = 0  # number of the construct whose branch comes next
    pending_loop: bool = False


@dataclass
class ModuleText:
    """The positions in one module the instrumenter needs."""

    name: str
    start_index: int  # token index of "module"
    name_index: int
    ports_open: int | None  # token index of "(" of the port list, None when the module has no port list
    ports_close: int | None
    ansi: bool
    header_end: int  # token index of the ";" ending the module header
    end_index: int  # token index of "endmodule"
    port_names: list[str] = field(default_factory=list)
    always: list[AlwaysBlock] = field(default_factory=list)
    instances: list[Instance] = field(default_factory=list)
    regs: dict[str, RegDecl] = field(default_factory=dict)
    directions: dict[str, str] = field(default_factory=dict)  # port name -> input/output/inout
    port_ranges: dict[str, str] = field(default_factory=dict)  # port name -> packed range text ('' = 1 bit)
    direction_spans: list[tuple[int, int]] = field(default_factory=list)  # body port declarations (tokens)
    initialised: set[str] = field(default_factory=set)  # variables given a value by `initial` or `reg x = v`
    gen_regs: dict[str, RegDecl] = field(default_factory=dict)  # regs inside generate blocks, by label+name
    unnamed_blocks: list[int] = field(default_factory=list)  # token index of each unnamed generate `begin`
    ambiguous: dict[str, list[int]] = field(default_factory=dict)  # key -> its declarations in several blocks

    def decl(self, key: str) -> RegDecl | None:
        """The reg named ``key`` (generate-block label + name, as the analysis names it)."""
        loop = re.sub(r"\[\d+\]\.", "[*].", key)  # an iteration of a generate-for block: its one text
        return self.gen_regs.get(key) or self.gen_regs.get(loop) or self.regs.get(key)

    def resolve(self, label: str, name: str) -> str:
        """The key of ``name`` written inside generate blocks ``label``: the innermost declaration (Verilog
        looks names up outward through the enclosing blocks)."""
        parts = label.split(".")[:-1]
        for depth in range(len(parts), 0, -1):
            key = ".".join(parts[:depth]) + "." + name
            if key in self.gen_regs:
                return key
        return name

    def add_ports(self, declared: dict[str, tuple[str, str]]) -> None:
        for name, (direction, packed) in declared.items():
            self.directions[name] = direction
            self.port_ranges[name] = packed or self.port_ranges.get(name, "")

    def flops(self) -> set[str]:
        """Registers assigned in edge-triggered always blocks (the state that a power failure destroys)."""
        names: set[str] = set()
        for block in self.always:
            if block.clocked:
                names |= block.assigned
        return names


_ALWAYS = ("always", "always_ff", "always_comb", "always_latch")
_VARIABLES = ("reg", "logic", "bit", "integer")  # declarations that can hold state
_DIRECTIONS = ("input", "output", "inout")


def scan_modules(tokens: list[Token]) -> dict[str, ModuleText]:
    """Every module in the token stream, by name."""
    modules: dict[str, ModuleText] = {}
    pos = 0
    while pos < len(tokens):
        if tokens[pos].kind == "ident" and tokens[pos].text in ("module", "macromodule"):
            module = _scan_module(tokens, pos)
            if module.name in modules:
                raise HlsError(f"module {module.name} is defined twice")
            modules[module.name] = module
            pos = module.end_index + 1
        else:
            pos += 1
    return modules


def _scan_module(tokens: list[Token], start: int) -> ModuleText:
    name_index = start + 1
    while tokens[name_index].kind == "attr":
        name_index += 1
    name = tokens[name_index].text
    pos = name_index + 1
    if tokens[pos].text == "#":
        pos = match_paren(tokens, pos + 1)
    ports_open = ports_close = None
    ansi = False
    port_names: list[str] = []
    if tokens[pos].text == "(":
        ports_open = pos
        pos = match_paren(tokens, pos)
        ports_close = pos - 1
        inner = tokens[ports_open + 1 : ports_close]
        ansi = any(tok.text in _DIRECTIONS for tok in inner)
        port_names = _port_names(inner)
        header_regs = _ansi_regs(inner) if ansi else []
    else:
        header_regs = []
    if tokens[pos].text != ";":
        raise HlsError(f"module {name}: expected ';' after the module header")
    module = ModuleText(name, start, name_index, ports_open, ports_close, ansi, pos, -1, port_names)
    module.regs.update({decl.name: decl for decl in header_regs})
    if ansi and ports_open is not None and ports_close is not None:
        module.add_ports(_declared_names(tokens[ports_open + 1 : ports_close]))
    pos += 1
    frames = [_GenFrame()]
    while pos < len(tokens):
        tok = tokens[pos]
        word = tok.text
        if tok.kind != "ident":
            pos += 1
            continue
        if word == "endmodule":
            module.end_index = pos
            return module
        frame = frames[-1]
        if word in ("if", "for", "case") and tokens[pos - 1].text != "else":
            frame.constructs += 1
            frame.pending, frame.pending_loop = frame.constructs, word == "for"
        if word in ("if", "for") and tokens[pos + 1].text == "(":
            pos = match_paren(tokens, pos + 1)
            continue
        if word == "begin":
            named = tokens[pos + 1].text == ":"
            if not named:
                module.unnamed_blocks.append(pos)
            own = tokens[pos + 2].text if named else f"ckpt_gen{len(module.unnamed_blocks)}"
            loop = "[*]" if frame.pending_loop else ""
            frames.append(_GenFrame(frame.label + (f"{own}{loop}." if named or loop else ""),
                                    f"{frame.block}{own}{loop}.", frame.loop or bool(loop)))
            pos += 3 if named else 1
            continue
        if word == "end" and len(frames) > 1:
            frames.pop()
            pos += 1
            continue
        if word in _ALWAYS:
            block, pos = _scan_always(tokens, pos)
            block.label, block.block = frame.label, frame.block
            module.always.append(block)
            continue
        if word in ("function", "task"):
            closer = "end" + word
            while pos < len(tokens) and tokens[pos].text != closer:
                pos += 1
            pos += 1
            continue
        if word in _VARIABLES or (word in _DIRECTIONS and module.ansi is False):
            pos = _scan_decl(tokens, pos, module, frame)
            continue
        if word == "initial":
            end = statement_end(tokens, pos + 1)
            module.initialised |= assigned_names(tokens, pos + 1, end)
            pos = end
            continue
        if word not in _KEYWORDS and _looks_like_instance(tokens, pos):
            instance, pos = _scan_instance(tokens, pos)
            instance.label, instance.block, instance.loop = frame.label, frame.block, frame.loop
            module.instances.append(instance)
            continue
        pos += 1
    raise HlsError(f"module {name} has no endmodule")


def _port_names(inner: list[Token]) -> list[str]:
    """Names in a module's port list (ANSI or not), in order."""
    names: list[str] = []
    pos = 0
    while pos < len(inner):
        tok = inner[pos]
        if tok.text == "[":
            pos = match_paren(inner, pos)
            continue
        nxt = inner[pos + 1].text if pos + 1 < len(inner) else ","
        if tok.kind in ("ident", "escaped") and tok.text not in _KEYWORDS and nxt in (",", "=", "["):
            names.append(tok.text)
        elif tok.kind in ("ident", "escaped") and tok.text not in _KEYWORDS and pos + 1 == len(inner):
            names.append(tok.text)
        pos += 1
    return names


def _declared_names(tokens: list[Token]) -> dict[str, tuple[str, str]]:
    """Port name -> (direction, packed range text) in ``input [7:0] a, b, output c`` (list or declaration)."""
    found: dict[str, tuple[str, str]] = {}
    direction = ""
    packed = ""
    pos = 0
    while pos < len(tokens):
        tok = tokens[pos]
        if tok.text in _DIRECTIONS:
            direction, packed = tok.text, ""
        elif tok.text in ("[", "(", "{"):
            close = match_paren(tokens, pos)
            if tok.text == "[":
                packed = "".join(t.text for t in tokens[pos:close])
            pos = close
            continue
        elif tok.text == "=":
            while pos < len(tokens) and tokens[pos].text != ",":
                pos = match_paren(tokens, pos) if tokens[pos].text in ("(", "[", "{") else pos + 1
            continue
        elif tok.kind in ("ident", "escaped") and tok.text not in _KEYWORDS and direction:
            found[tok.text] = (direction, packed)
        pos += 1
    return found


def _ansi_regs(inner: list[Token]) -> list[RegDecl]:
    """``output reg [7:0] q`` entries of an ANSI port list."""
    regs: list[RegDecl] = []
    is_reg = False
    packed = ""
    pos = 0
    while pos < len(inner):
        tok = inner[pos]
        if tok.text in _DIRECTIONS:
            is_reg, packed = False, ""
        elif tok.text in _VARIABLES:
            is_reg = True
        elif tok.text == "[":
            close = match_paren(inner, pos)
            packed = "".join(t.text for t in inner[pos:close])
            pos = close
            continue
        elif tok.kind in ("ident", "escaped") and tok.text not in _KEYWORDS and is_reg:
            regs.append(RegDecl(tok.text, packed, ""))
        pos += 1
    return regs


def _scan_decl(tokens: list[Token], pos: int, module: ModuleText, frame: _GenFrame | None = None) -> int:
    """Record variable declarations (``reg``, ``logic``, ``integer``, also ``output reg`` in non-ANSI headers)
    and port directions; returns the index after ';'."""
    end = pos
    while end < len(tokens) and tokens[end].text != ";":
        end += 1
    words = [tok.text for tok in tokens[pos:end]]
    if words[0] in _DIRECTIONS:
        module.add_ports(_declared_names(tokens[pos:end]))
        module.direction_spans.append((pos, end))
    keyword = next((word for word in words if word in _VARIABLES), None)
    if keyword is None:
        return end + 1
    index = pos + words.index(keyword) + 1
    packed = "[31:0]" if keyword == "integer" else ""
    while index < end and tokens[index].text in ("signed", "unsigned"):
        index += 1
    if index < end and tokens[index].text == "[":
        close = match_paren(tokens, index)
        packed = "".join(tok.text for tok in tokens[index:close])
        index = close
    while index < end:
        tok = tokens[index]
        if tok.kind in ("ident", "escaped"):
            name = tok.text
            name_index = index
            index += 1
            unpacked = ""
            while index < end and tokens[index].text == "[":
                close = match_paren(tokens, index)
                unpacked += "".join(t.text for t in tokens[index:close])
                index = close
            decl = RegDecl(name, packed, unpacked, token=name_index)
            if frame is not None and frame.block:
                decl = RegDecl(name, packed, unpacked, frame.label, frame.block, frame.loop, name_index)
                other = module.gen_regs.get(frame.label + name)
                if other is not None and other.block != decl.block:  # unnamed blocks the analysis cannot tell
                    module.ambiguous.setdefault(frame.label + name, [other.token]).append(name_index)
                module.gen_regs[frame.label + name] = decl
            if name not in module.regs or not decl.block:  # by bare name: the module's own first
                module.regs[name] = decl
            if index < end and tokens[index].text == "=":
                module.initialised.add(name)
            # skip an initialiser up to the next top-level comma
            while index < end and tokens[index].text != ",":
                if tokens[index].text in ("(", "[", "{"):
                    index = match_paren(tokens, index)
                    continue
                index += 1
        index += 1
    return end + 1


def _scan_always(tokens: list[Token], pos: int) -> tuple[AlwaysBlock, int]:
    keyword = pos
    pos += 1
    while tokens[pos].kind == "attr":
        pos += 1
    edges: list[str] = []
    clocked = tokens[keyword].text == "always_ff"
    if tokens[pos].text == "@":
        if tokens[pos + 1].text == "(":
            close = match_paren(tokens, pos + 1)
            event = tokens[pos + 2 : close - 1]
            pos = close
        else:
            event = [tokens[pos + 1]]
            pos += 2
        for index, tok in enumerate(event):
            if tok.text in ("posedge", "negedge") and index + 1 < len(event):
                edges.append(f"{tok.text} {event[index + 1].text}")
        clocked = clocked or bool(edges)
    stmt_start = pos
    end = statement_end(tokens, pos)
    block = AlwaysBlock(keyword, stmt_start, end, clocked, edges, assigned_names(tokens, stmt_start, end))
    return block, end


def _looks_like_instance(tokens: list[Token], pos: int) -> bool:
    """``Type [#(...)] name (`` at a module-item position."""
    prev = tokens[pos - 1].text if pos else ";"
    item_start = (";", "end", "endgenerate", "generate", "begin", "endcase", "endfunction", "endtask")
    labelled = pos >= 3 and tokens[pos - 2].text == ":" and tokens[pos - 3].text == "begin"  # begin : blk
    if prev not in item_start and tokens[pos - 1].kind != "attr" and not labelled:
        return False
    nxt = pos + 1
    if nxt < len(tokens) and tokens[nxt].text == "#":
        if nxt + 1 < len(tokens) and tokens[nxt + 1].text == "(":
            nxt = match_paren(tokens, nxt + 1)
        else:
            nxt += 2
    return (
        nxt + 1 < len(tokens)
        and tokens[nxt].kind in ("ident", "escaped")
        and tokens[nxt].text not in _KEYWORDS
        and tokens[nxt + 1].text in ("(", "[")
    )


def _scan_instance(tokens: list[Token], pos: int) -> tuple[Instance, int]:
    module = tokens[pos].text
    nxt = pos + 1
    if tokens[nxt].text == "#":
        nxt = match_paren(tokens, nxt + 1) if tokens[nxt + 1].text == "(" else nxt + 2
    name = tokens[nxt].text
    nxt += 1
    if tokens[nxt].text == "[":
        raise HlsError(f"instance array {name} of module {module} is not supported by the instrumenter")
    close = match_paren(tokens, nxt) - 1
    named = any(tok.text == "." for tok in tokens[nxt + 1 : close])
    if tokens[close + 1].text != ";":
        raise HlsError(f"instantiation {module} {name}: several instances in one statement are not supported")
    return Instance(module, name, pos, nxt, close, named), close + 2
