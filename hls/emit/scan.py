"""A lexical view of Verilog source for textual instrumentation.

The instrumenter patches the designer's own text instead of regenerating it (pyverilog's code generator drops
comments and attributes and mis-handles ``reg x = init;``), so it needs exact character positions: where each
module's port list closes, where each ``always`` block's statement starts and ends, which registers each
clocked block assigns. This module tokenises Verilog-2005 (comments, attributes, escaped identifiers, sized
numbers, compiler directives) and finds those spans; it knows statement *extents*, not semantics.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from hls.errors import HlsError

_TOKEN_RE = re.compile(
    r"""
    (?P<ws>\s+)
  | (?P<lcomment>//[^\n]*)
  | (?P<bcomment>/\*.*?\*/)
  | (?P<string>"(?:\\.|[^"\\])*")
  | (?P<directive>`[A-Za-z_][A-Za-z0-9_$]*)
  | (?P<escaped>\\\S+)
  | (?P<number>(?:\d[\d_]*)?\s*'[sS]?[bBoOdDhH]\s*[0-9a-fA-FxXzZ?_]+
               |\d[\d_]*(?:\.\d+)?(?:[eE][+-]?\d+)?|'[01xXzZ])
  | (?P<sysname>\$[A-Za-z_][A-Za-z0-9_$]*)
  | (?P<ident>[A-Za-z_][A-Za-z0-9_$]*)
  | (?P<attr>\(\*(?!\s*\)).*?\*\))
  | (?P<op><<<|>>>|===|!==|<=|>=|==|!=|&&|\|\||<<|>>|\*\*|\+:|-:|~&|~\||~\^|\^~|->|::
           |[-+*/%<>=!~&|^?:;,.#@(){}\[\]'])
    """,
    re.VERBOSE | re.DOTALL,
)

# directives that change nothing the instrumenter cares about; any other directive means "preprocess first"
HARMLESS_DIRECTIVES = frozenset(
    {"`timescale", "`default_nettype", "`resetall", "`celldefine", "`endcelldefine", "`line"}
)

_OPENERS = {"begin": "end", "fork": "join", "case": "endcase", "casez": "endcase", "casex": "endcase"}
_CLOSERS = {"end", "join", "join_any", "join_none", "endcase"}


@dataclass(frozen=True)
class Token:
    """One lexical token: its kind (ident, number, op, string, sysname, attr, directive) and source span."""

    kind: str
    text: str
    start: int
    end: int


_TOKEN_CACHE: dict[str, tuple[Token, ...]] = {}


def tokenize(text: str) -> list[Token]:
    """The tokens of ``text`` without whitespace and comments; a directive keeps the rest of its line.

    ``insert`` tokenizes the same design text several times (ports, modules, instrumentation): the last few
    texts are cached (tokens are immutable; each caller gets its own list)."""
    cached = _TOKEN_CACHE.get(text)
    if cached is None:
        cached = tuple(_tokenize(text))
        if len(_TOKEN_CACHE) >= 4:
            _TOKEN_CACHE.pop(next(iter(_TOKEN_CACHE)))
        _TOKEN_CACHE[text] = cached
    return list(cached)


def _tokenize(text: str) -> list[Token]:
    tokens: list[Token] = []
    pos = 0
    size = len(text)
    while pos < size:
        match = _TOKEN_RE.match(text, pos)
        if match is None:
            line = text.count("\n", 0, pos) + 1
            raise HlsError(f"cannot tokenise Verilog at line {line}: {text[pos : pos + 20]!r}")
        kind = match.lastgroup or ""
        end = match.end()
        if kind == "directive":
            newline = text.find("\n", pos)
            end = size if newline < 0 else newline
        if kind == "attr" and tokens and tokens[-1].text == "@":
            # "@(*)" is an event control, not an attribute
            kind, end = "op", pos + 1
        bare = text[pos + 1 : end]
        if kind == "escaped" and _SIMPLE.fullmatch(bare) and bare not in KEYWORDS:
            # \\abc is the identifier abc: one spelling for matching names
            tokens.append(Token("ident", bare, pos, end))
        elif kind not in ("ws", "lcomment", "bcomment"):
            tokens.append(Token(kind, text[pos:end], pos, end))
        pos = end
    return tokens


_SIMPLE = re.compile(r"[A-Za-z_][A-Za-z0-9_$]*")
KEYWORDS = frozenset(
    """always and assign automatic begin buf bufif0 bufif1 case casex casez cell cmos config deassign
    default defparam design disable edge else end endcase endconfig endfunction endgenerate endmodule
    endprimitive endspecify endtable endtask event for force forever fork function generate genvar
    highz0 highz1 if ifnone incdir include initial inout input instance integer join large liblist
    library localparam macromodule medium module nand negedge nmos nor noshowcancelled not notif0 notif1
    or output parameter pmos posedge primitive pull0 pull1 pulldown pullup pulsestyle_onevent
    pulsestyle_ondetect rcmos real realtime reg release repeat rnmos rpmos rtran rtranif0 rtranif1
    scalared showcancelled signed small specify specparam strong0 strong1 supply0 supply1 table task
    time tran tranif0 tranif1 tri tri0 tri1 triand trior trireg unsigned use uwire vectored wait wand
    weak0 weak1 while wire wor xnor xor always_ff always_comb always_latch logic bit""".split()
)


def verilog_name(name: str) -> str:
    """The spelling of an identifier used throughout the instrumenter: plain when it is a simple identifier,
    else escaped (``\\a.b``), whether or not ``name`` came with its backslash."""
    bare = name.strip()
    bare = bare[1:] if bare.startswith("\\") else bare
    return bare if _SIMPLE.fullmatch(bare) and bare not in KEYWORDS else "\\" + bare


def needs_preprocessing(tokens: list[Token]) -> bool:
    """True when the source uses macros, includes or conditional compilation."""
    return any(tok.kind == "directive" and tok.text.split()[0] not in HARMLESS_DIRECTIVES for tok in tokens)


def match_paren(tokens: list[Token], index: int) -> int:
    """Index just past the bracket closing the one at ``index`` (``(``, ``[`` or ``{``)."""
    pairs = {"(": ")", "[": "]", "{": "}"}
    opener = tokens[index].text
    closer = pairs[opener]
    depth = 0
    for pos in range(index, len(tokens)):
        text = tokens[pos].text
        if tokens[pos].kind != "op":
            continue
        if text == opener:
            depth += 1
        elif text == closer:
            depth -= 1
            if depth == 0:
                return pos + 1
    raise HlsError(f"unbalanced {opener!r} in Verilog source")


def statement_end(tokens: list[Token], index: int) -> int:
    """Index just past the procedural statement starting at ``index``."""
    if index >= len(tokens):
        raise HlsError("Verilog source ends inside a statement")
    tok = tokens[index]
    word = tok.text
    if tok.kind == "attr" or word in ("unique", "unique0", "priority"):
        return statement_end(tokens, index + 1)
    if word in _OPENERS:
        depth = 0
        for pos in range(index, len(tokens)):
            text = tokens[pos].text
            if tokens[pos].kind != "ident":
                continue
            if text in _OPENERS:
                depth += 1
            elif text in _CLOSERS:
                depth -= 1
                if depth == 0:
                    end = pos + 1
                    if end + 1 < len(tokens) and tokens[end].text == ":" and word in ("begin", "fork"):
                        end += 2  # SystemVerilog "end : label"
                    return end
        raise HlsError(f"unterminated {word!r} block in Verilog source")
    if word == "if":
        after = statement_end(tokens, match_paren(tokens, index + 1))
        if after < len(tokens) and tokens[after].text == "else":
            return statement_end(tokens, after + 1)
        return after
    if word in ("for", "while", "repeat"):
        return statement_end(tokens, match_paren(tokens, index + 1))
    if word == "forever":
        return statement_end(tokens, index + 1)
    if word == "#":
        nxt = index + 1
        nxt = match_paren(tokens, nxt) if tokens[nxt].text == "(" else nxt + 1
        return statement_end(tokens, nxt)
    if word == "@":
        nxt = index + 1
        nxt = match_paren(tokens, nxt) if tokens[nxt].text == "(" else nxt + 1
        return statement_end(tokens, nxt)
    pos = index
    while pos < len(tokens):
        text = tokens[pos].text
        if tokens[pos].kind == "op" and text in ("(", "[", "{"):
            pos = match_paren(tokens, pos)
            continue
        if text == ";":
            return pos + 1
        pos += 1
    raise HlsError("Verilog source ends inside a statement (missing ';')")


def assigned_names(tokens: list[Token], start: int, end: int) -> set[str]:
    """Base names of every variable assigned (``=`` or ``<=``) by the statements in ``tokens[start:end]``."""
    return {name for bases, _, _ in assignments(tokens, start, end) for name in bases}


def assignments(tokens: list[Token], start: int, end: int) -> list[tuple[list[str], int, int]]:
    """Every assignment statement in ``tokens[start:end]``: (base names assigned, index of its first token,
    index of its ``;``)."""
    found: list[tuple[list[str], int, int]] = []
    boundary = {";", "begin", "end", "else", "fork", "join", "endcase", ":"}
    pos = start
    lhs_start = start
    while pos < end:
        tok = tokens[pos]
        text = tok.text
        if tok.kind == "op" and text in ("(", "[", "{"):
            closing = match_paren(tokens, pos)
            prev = tokens[pos - 1].text if pos > start else ""
            if text == "(" and prev in ("if", "for", "while", "repeat", "case", "casez", "casex", "@", "#"):
                lhs_start = closing
            pos = closing
            continue
        if text in ("begin", "fork", "end") and pos + 2 < end and tokens[pos + 1].text == ":":
            lhs_start = pos + 3  # a block label is no assignment target
            pos += 3
            continue
        if text in boundary or tok.kind == "attr":
            lhs_start = pos + 1
        elif tok.kind == "op" and text in ("=", "<="):
            bases = _lhs_bases(tokens[lhs_start:pos])
            first = lhs_start
            while pos < end and tokens[pos].text != ";":
                if tokens[pos].kind == "op" and tokens[pos].text in ("(", "[", "{"):
                    pos = match_paren(tokens, pos)
                    continue
                pos += 1
            found.append((bases, first, pos))
            lhs_start = pos + 1
        pos += 1
    return found


def _lhs_bases(lhs: list[Token]) -> list[str]:
    """Base identifiers of an assignment target (``r``, ``r[3:0]``, ``{a, b[2]}``), not index expressions."""
    bases: list[str] = []
    depth_square = 0
    expect_name = True
    for tok in lhs:
        if tok.text == "[":
            depth_square += 1
        elif tok.text == "]":
            depth_square -= 1
        elif depth_square == 0 and tok.kind in ("ident", "escaped") and expect_name:
            bases.append(tok.text)
            expect_name = False
        elif depth_square == 0 and tok.text in ("{", ","):
            expect_name = True
    return bases


def packed_width(packed: str, what: str = "range") -> int:
    """Width of a numeric packed range ``[msb:lsb]`` ('' is one bit); ``what`` names it in the error."""
    if not packed:
        return 1
    match = re.fullmatch(r"\[(\d+):(\d+)\]", packed.replace(" ", ""))
    if match is None:
        raise HlsError(f"{what} {packed} must be numeric")
    return abs(int(match.group(1)) - int(match.group(2))) + 1
