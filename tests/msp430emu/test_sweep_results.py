"""DIR/results.csv: rows on disk after every append (a complete CSV each time, wider when a row brings new
fields), point order at the end, --resume (skip, refuse another grid), refusal to overwrite."""

from __future__ import annotations

import csv

import pytest

from msp430emu.campaigns.sweep.results import ResultsFile, cell
from msp430emu.errors import ConfigError


def read(path) -> tuple[list[str], list[dict[str, str]]]:
    with open(path, newline="") as f:
        reader = csv.DictReader(f)
        return list(reader.fieldnames or []), list(reader)


def test_each_append_leaves_a_complete_csv_and_new_fields_widen_the_header(tmp_path):
    path = tmp_path / "results.csv"
    results = ResultsFile(path, ("distance", "strategy"), resume=False)
    results.append(("2", "none"), {"status": "error", "error": "bad value"})
    assert read(path) == (["distance", "strategy", "status", "error"],
                          [{"distance": "2", "strategy": "none", "status": "error", "error": "bad value"}])
    results.append(("1", "none"), {"status": "ok", "error": "", "exit": "halt", "device_time_s": 0.5,
                                   "uart": "crc f0a9\nline 2\n", "strategy": "ignored: a parameter"})
    header, rows = read(path)
    assert header == ["distance", "strategy", "status", "error", "exit", "device_time_s", "uart"]
    assert rows[0]["exit"] == "" and rows[1]["device_time_s"] == "0.5"
    assert rows[1]["uart"] == "crc f0a9\\nline 2" and rows[1]["strategy"] == "none"
    results.append(("1", "mementos-loop"), {"status": "ok", "error": "", "exit": "max-time",
                                            "device_time_s": 5.0, "uart": ""})
    assert len(read(path)[1]) == 3                    # appended, flushed
    results.finish([("1", "none"), ("1", "mementos-loop"), ("2", "none")])
    results.close()
    header, rows = read(path)
    assert [(r["distance"], r["strategy"]) for r in rows] == [("1", "none"), ("1", "mementos-loop"),
                                                             ("2", "none")]
    assert path.read_text().count("\n") == 4          # one line per row: no raw newline inside a cell


def test_an_existing_results_file_is_refused_without_resume(tmp_path):
    path = tmp_path / "results.csv"
    path.write_text("cap,status,error\n10u,ok,\n")
    with pytest.raises(ConfigError, match=r"results.csv already holds results: give --resume"):
        ResultsFile(path, ("cap",), resume=False)
    assert path.read_text() == "cap,status,error\n10u,ok,\n"
    (tmp_path / "empty.csv").write_text("")
    ResultsFile(tmp_path / "empty.csv", ("cap",), resume=False)        # an empty file is no result


def test_resume_skips_the_points_held_and_keeps_them(tmp_path):
    path = tmp_path / "results.csv"
    first = ResultsFile(path, ("cap",), resume=False)
    first.append(("10u",), {"status": "ok", "error": "", "exit": "halt"})
    first.close()
    again = ResultsFile(path, ("cap",), resume=True)
    assert again.done() == {("10u",)}
    again.append(("47u",), {"status": "ok", "error": "", "exit": "max-time", "boots": 3})
    again.finish([("47u",), ("10u",)])
    again.close()
    header, rows = read(path)
    assert header == ["cap", "status", "error", "exit", "boots"]
    assert [(r["cap"], r["exit"], r["boots"]) for r in rows] == [("47u", "max-time", "3"),
                                                                 ("10u", "halt", "")]


def test_resume_refuses_a_file_of_another_grid(tmp_path):
    path = tmp_path / "results.csv"
    path.write_text("distance,strategy,status,error\n1,none,ok,\n")
    with pytest.raises(ConfigError, match=r"holds a sweep over distance, strategy, not over cap: use another "
                                          r"--out$"):
        ResultsFile(path, ("cap",), resume=True)


def test_cells():
    assert [cell(None), cell(True), cell(3), cell(0.1), cell("a\r\nb\n")] == ["", "true", "3", "0.1", "a\\nb"]
