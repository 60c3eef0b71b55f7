"""Altera/Intel ``.mif`` memory initialisation files for simulation.

LegUp's ``ram_dual_port``/``rom_dual_port`` models (and Altera's own) initialise their array with
``mem.convert_to_ver_file(init_file, width, ram_ver_file); $readmemh(ram_ver_file, ram);``: a task of Altera's
simulation library (``ALTERA_MF_MEMORY_INITIALIZATION``) converts the ``.mif`` named by the ``init_file``
parameter into a ``$readmemh`` file. That library is not public, and the front end drops the call
(hls/lower.py), which left ``ram_ver_file`` x and the memory x. For simulation this module does the conversion
itself: every ``*.mif`` a parameter or ``defparam`` names is read from beside the sources and written as
``<name>.hex``, and the ``$readmemh`` whose file argument is a variable gets ``<var> = {init_file, ".hex"};``
right before it. A named ``.mif`` that is not found is an error, never an x memory.
"""

from __future__ import annotations

import re
from pathlib import Path

from hls.errors import HlsError

__all__ = ["mif_to_readmemh", "mif_data_files", "bind_mif_readmem"]

_NAMED = re.compile(r'\binit_file\s*=\s*"([^"]+\.mif)"', re.IGNORECASE)
_READMEM_VAR = re.compile(r"(\$readmem[hb])\s*\(\s*([A-Za-z_]\w*)\s*,")
_RADIX = {"HEX": 16, "DEC": 10, "UNS": 10, "BIN": 2, "OCT": 8}


def _number(text: str, radix: int, source: str) -> int:
    try:
        return int(text.strip(), radix)
    except ValueError:
        raise HlsError(f"{source}: not a number in radix {radix}: {text.strip()!r}") from None


def mif_to_readmemh(text: str, source: str = "mif") -> str:
    """The ``$readmemh`` text (``@address`` lines) of a ``.mif`` file's content."""
    body = re.sub(r"--[^\n]*", "", text)
    body = re.sub(r"%.*?%", "", body, flags=re.DOTALL)
    header: dict[str, str] = {}
    for key, value in re.findall(r"(\w+)\s*=\s*(\w+)\s*;", re.split(r"(?i)\bcontent\b", body)[0]):
        header[key.upper()] = value.upper()
    match = re.search(r"(?is)\bcontent\s+begin\b(.*?)\bend\s*;", body)
    if match is None:
        raise HlsError(f"{source}: no CONTENT BEGIN ... END; block")
    address_radix = _RADIX.get(header.get("ADDRESS_RADIX", "HEX"), 16)
    data_radix = _RADIX.get(header.get("DATA_RADIX", "HEX"), 16)
    lines: list[str] = []
    for entry in match.group(1).split(";"):
        if not entry.strip():
            continue
        if ":" not in entry:
            raise HlsError(f"{source}: entry without ':': {entry.strip()!r}")
        where, data = entry.split(":", 1)
        where = where.strip()
        words = [_number(w, data_radix, source) for w in data.split()]
        if where.startswith("["):
            low, high = (_number(a, address_radix, source) for a in where.strip("[]").split(".."))
            for address in range(low, high + 1):
                lines.append(f"@{address:x} {words[(address - low) % len(words)]:x}")
        else:
            lines.append(f"@{_number(where, address_radix, source):x} " + " ".join(f"{w:x}" for w in words))
    return "\n".join(lines) + "\n"


def mif_data_files(text: str, sources: list[Path], out_dir: Path) -> dict[str, Path]:
    """Convert each ``.mif`` the design names (other than Altera's ``UNUSED.mif`` placeholder) into
    ``out_dir/<name>.hex``; returns simulation file name -> converted file (for hls/verify_sim.py)."""
    folders = [Path(source).resolve().parent for source in sources] + [Path.cwd()]
    found: dict[str, Path] = {}
    for written in dict.fromkeys(_NAMED.findall(text)):
        if Path(written).name.upper() == "UNUSED.MIF":
            continue
        candidates = [Path(written)] if Path(written).is_absolute() else [f / written for f in folders]
        hit = next((c for c in candidates if c.is_file()), None)
        if hit is None:
            where = ", ".join(dict.fromkeys(str(f) for f in folders))
            raise HlsError(f"memory initialisation file {written!r} not found (looked in {where}); the "
                           "design's memory would be x")
        target = out_dir / (Path(written).name + ".hex")
        out_dir.mkdir(parents=True, exist_ok=True)
        target.write_text(mif_to_readmemh(hit.read_text(errors="replace"), str(hit)))
        found[written + ".hex"] = target
    return found


def bind_mif_readmem(text: str) -> str:
    """Set the file variable of each ``$readmemh(var, ...)`` in a module with an ``init_file`` parameter to
    ``{init_file, ".hex"}`` (the file :func:`mif_data_files` writes). Other text is unchanged."""
    if "init_file" not in text:
        return text
    out: list[str] = []
    pos = 0
    for m in _READMEM_VAR.finditer(text):
        module_start = text.rfind("module", 0, m.start())
        if not re.search(r"\bparameter\s+init_file\b", text[module_start : m.start()]):
            continue
        out.append(text[pos : m.start()])
        out.append(f'{m.group(2)} = {{init_file, ".hex"}}; ')
        pos = m.start()
    out.append(text[pos:])
    return "".join(out)
