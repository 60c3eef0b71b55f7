"""Names for the WAR detector's findings (symbol of a data address; function and source line of a PC) and
the run-report glue: ``war_fields`` (JSON fields) and ``war_summary_rows`` (rows of the readable summary)."""

from __future__ import annotations

import os


def data_symbol(image, addr: int) -> str:
    """``name`` or ``name+0xN`` of the sized symbol holding ``addr`` (hex address without one)."""
    symbolize = getattr(image, "symbolize", None)
    if symbolize is not None:
        return symbolize(addr)
    name = (getattr(image, "addr_to_name", None) or {}).get(addr)
    return name or f"0x{addr:04x}"


def code_site(image, pc: int) -> dict:
    """``{"pc", "function", "file", "line"}`` of an instruction address (None where the image cannot say)."""
    function = None
    symbolize = getattr(image, "symbolize", None)
    if symbolize is not None:
        name = symbolize(pc)
        if not name.startswith("0x"):
            function = name.split("+", 1)[0]
    file, line = None, None
    line_at = getattr(image, "line_at", None)
    if line_at is not None:
        row = line_at(pc)
        if row is not None:
            file, line = row[0], int(row[1])
    return {"pc": pc, "function": function, "file": file, "line": line}


def where(site: dict, function: bool = True) -> str:
    """``war_counter.c:53 (main, 0x4456)`` for a summary line (the parts the image can name)."""
    inner = [f"0x{site['pc']:04x}"]
    if function and site["function"]:
        inner.insert(0, site["function"])
    place = f"{os.path.basename(site['file'])}:{site['line']} " if site["file"] is not None else ""
    return f"{place}({', '.join(inner)})"


def _values(hazard: dict) -> str:
    """`` (0x1235, not 0x1234)``: the value read and the one a run from the checkpoint would read
    (``same value`` when the lost write stored what was there: a benign hazard)."""
    value, expected = hazard.get("value"), hazard.get("expected")
    if value is None:
        return ""
    if expected is None:
        return f" (0x{value:x})"
    return f" (0x{value:x}, same value)" if value == expected else f" (0x{value:x}, not 0x{expected:x})"


def war_fields(detector) -> dict:
    """The JSON fields of a run with ``--detect-war``."""
    return {"war_hazards": detector.hazards(), "war_potential": detector.potential(),
            "war_watched_bytes": detector.watched_bytes}


MAX_SUMMARY_LINES = 5


def war_summary_rows(fields: dict) -> list[tuple[str, str]]:
    """Rows for the readable summary: one per hazard (at most MAX_SUMMARY_LINES each kind, then a count)."""
    if "war_hazards" not in fields:
        return []
    rows: list[tuple[str, str]] = []
    hazards, potential = fields["war_hazards"], fields.get("war_potential", [])
    if not hazards:
        rows.append(("WAR hazards", f"none ({fields.get('war_watched_bytes', 0)} FRAM bytes watched)"))
    for i, h in enumerate(hazards[:MAX_SUMMARY_LINES]):
        rows.append(("WAR hazards" if i == 0 else "",
                     f"{h['symbol']} read at {where(h)} after a resume from checkpoint "
                     f"{h['checkpoint']}{_values(h)}; lost write at {where(h['written_by'], False)}; "
                     f"{h['count']}x"))
    if len(hazards) > MAX_SUMMARY_LINES:
        rows.append(("", f"... {len(hazards) - MAX_SUMMARY_LINES} more (see --json)"))
    for i, p in enumerate(potential[:MAX_SUMMARY_LINES]):
        rows.append(("WAR potential" if i == 0 else "",
                     f"{p['symbol']} read at {where(p['read'])}, written at {where(p['write'], False)}; "
                     f"{p['count']}x"))
    if len(potential) > MAX_SUMMARY_LINES:
        rows.append(("", f"... {len(potential) - MAX_SUMMARY_LINES} more (see --json)"))
    return rows
