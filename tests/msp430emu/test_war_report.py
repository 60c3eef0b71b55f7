"""Readable summary rows of the WAR detector's JSON fields (msp430emu/war_report.py)."""

from __future__ import annotations

from msp430emu.war.report import MAX_SUMMARY_LINES, code_site, data_symbol, war_summary_rows, where


def _site(pc: int, function: str | None = "main", file: str | None = "/src/app.c", line: int | None = 7):
    return {"pc": pc, "function": function, "file": file, "line": line}


def _hazard(i: int) -> dict:
    return {**_site(0x4400 + 2 * i), "address": 0x4992, "symbol": "war_total", "checkpoint": 3,
            "count": i + 1, "first_t_s": 0.5, "value": 0x1235, "expected": 0x1234,
            "written_by": _site(0x4500, "update", "/src/app.c", 9)}


def test_rows_name_symbol_line_function_and_checkpoint():
    rows = war_summary_rows({"war_hazards": [_hazard(0)], "war_potential": [], "war_watched_bytes": 10})
    assert rows == [("WAR hazards", "war_total read at app.c:7 (main, 0x4400) after a resume from "
                                    "checkpoint 3 (0x1235, not 0x1234); lost write at app.c:9 (0x4500); 1x")]
    unknown = {**_hazard(0), "expected": None}
    assert "(0x1235); lost write" in war_summary_rows({"war_hazards": [unknown], "war_potential": []})[0][1]
    benign = {**_hazard(0), "expected": 0x1235}
    row = war_summary_rows({"war_hazards": [benign], "war_potential": []})[0][1]
    assert "(0x1235, same value); lost" in row


def test_rows_without_findings_and_without_the_fields():
    assert war_summary_rows({}) == []
    assert war_summary_rows({"war_hazards": [], "war_potential": [], "war_watched_bytes": 42}) == \
        [("WAR hazards", "none (42 FRAM bytes watched)")]


def test_long_lists_are_cut_with_a_count():
    n = MAX_SUMMARY_LINES + 3
    potential = [{"address": 0x4992, "symbol": "x", "read": _site(0x4400), "write": _site(0x4402), "count": 1}
                 for _ in range(n)]
    rows = war_summary_rows({"war_hazards": [_hazard(i) for i in range(n)], "war_potential": potential,
                             "war_watched_bytes": 1})
    labels = [label for label, _ in rows]
    assert labels.count("WAR hazards") == 1 and labels.count("WAR potential") == 1
    assert len(rows) == 2 * (MAX_SUMMARY_LINES + 1)
    assert rows[MAX_SUMMARY_LINES] == ("", "... 3 more (see --json)")


def test_sites_without_debug_information():
    assert where(_site(0x4400, None, None, None)) == "(0x4400)"

    class Bare:                                # an image with neither symbols nor a line table
        segments: list = []
    assert code_site(Bare(), 0x4400) == {"pc": 0x4400, "function": None, "file": None, "line": None}
    assert data_symbol(Bare(), 0x6000) == "0x6000"
