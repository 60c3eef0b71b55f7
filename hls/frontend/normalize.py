"""Text normalisation applied after ``iverilog -E`` and before pyverilog parses a design.

pyverilog 1.3 rejects or mis-reads a few constructs that HLS tools emit. Each rewrite below is a textual,
meaning-preserving change (documented in docs/hls-pass.md):

1. comments are removed (string literals are kept intact);
2. attributes ``(* ... *)`` are removed (Vivado's ``(* fsm_encoding = "none" *)``, ``CORE_GENERATION_INFO``);
3. a ``reg``/``integer``/``logic`` declaration with initialisers, ``reg [7:0] a = S_0, b;`` (Bambu), becomes
   the plain declaration ``reg [7:0] a, b;`` followed by ``initial begin a = S_0; end``;
4. SystemVerilog process keywords: ``always_ff`` -> ``always``, ``always_comb``/``always_latch`` ->
   ``always @(*)``, and the type ``logic`` -> ``reg``;
5. ``function automatic`` / ``task automatic`` (Catapult) lose the ``automatic`` qualifier (the analyses treat
   function calls as unknown values, so re-entrancy does not matter); a function argument ``input integer x``
   becomes ``input [31:0] x``.
"""

from __future__ import annotations

import re

_ATTRIBUTE = re.compile(r"\(\*(?!\s*\))(?:[^*]|\*(?!\)))*\*\)")
_DECL_START = re.compile(r"(?m)^(?P<indent>[ \t]*)(?P<kw>reg|integer|logic)\b")
_ALWAYS_COMB = re.compile(r"\balways_(?:comb|latch)\b")
_ALWAYS_FF = re.compile(r"\balways_ff\b")
_LOGIC = re.compile(r"\blogic\b")
_AUTOMATIC = re.compile(r"\b(function|task)\s+automatic\b")
_INPUT_INTEGER = re.compile(r"\binput\s+integer\b")


def strip_comments(text: str) -> str:
    """Remove ``//`` and ``/* */`` comments, keeping string literals and line structure."""
    out: list[str] = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c == '"':
            j = i + 1
            while j < n and text[j] != '"':
                j += 2 if text[j] == "\\" else 1
            out.append(text[i : j + 1])
            i = j + 1
        elif text.startswith("//", i):
            j = text.find("\n", i)
            i = n if j < 0 else j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            out.append("\n" * text.count("\n", i, j))
            i = j
        else:
            out.append(c)
            i += 1
    return "".join(out)


def strip_attributes(text: str) -> str:
    return _ATTRIBUTE.sub(" ", text)


def split_top_level(text: str, sep: str = ",") -> list[str]:
    """Split ``text`` at ``sep`` characters that are not nested in (), [] or {}."""
    parts: list[str] = []
    depth = 0
    start = 0
    for i, c in enumerate(text):
        if c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
        elif c == sep and depth == 0:
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    return parts


def _split_initialisers(text: str) -> str:
    out: list[str] = []
    pos = 0
    for m in _DECL_START.finditer(text):
        if m.start() < pos:
            continue
        end = text.find(";", m.end())
        if end < 0:
            break
        body = text[m.end() : end]
        if "=" not in body.replace("==", ""):
            continue
        head, items = _declaration_head(body)
        names: list[str] = []
        inits: list[str] = []
        for item in split_top_level(items):
            name, eq, value = item.partition("=")
            names.append(name.strip())
            if eq:
                inits.append(f"{name.strip()} = {value.strip()};")
        out.append(text[pos : m.start()])
        indent, kw = m.group("indent"), m.group("kw")
        out.append(f"{indent}{kw}{head} {', '.join(names)}; initial begin {' '.join(inits)} end")
        pos = end + 1
    out.append(text[pos:])
    return "".join(out)


def _declaration_head(body: str) -> tuple[str, str]:
    """Split ``' signed [7:0] a = 1, b'`` into the type part (``' signed [7:0]'``) and the item list."""
    i = 0
    head_end = 0
    while i < len(body):
        c = body[i]
        if c == "[":
            i = body.index("]", i) + 1
            head_end = i
            continue
        if body.startswith("signed", i) and not (body[i + 6 : i + 7].isalnum() or body[i + 6 : i + 7] == "_"):
            i += 6
            head_end = i
            continue
        if c.isspace():
            i += 1
            continue
        break
    return body[:head_end], body[head_end:]


def normalize(text: str) -> str:
    """Apply every rewrite of this module to preprocessed Verilog text."""
    text = strip_comments(text)
    text = strip_attributes(text)
    text = _ALWAYS_COMB.sub("always @(*)", text)
    text = _ALWAYS_FF.sub("always", text)
    text = _LOGIC.sub("reg", text)
    text = _AUTOMATIC.sub(r"\1", text)
    text = _INPUT_INTEGER.sub("input [31:0]", text)
    return _split_initialisers(text)
