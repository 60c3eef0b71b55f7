"""experiments/mementos_comparison.py on three points (crc: its continuous reference, then none and
hibernus 5 m from a 4 W reader on 10 uF), run as a script into tmp_path: the CSV cache, the tables, the
figures, resuming, a torn cache line, and the one-line errors."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "experiments" / "mementos_comparison.py"
POINTS = ["--quick", "--apps", "crc", "--strategies", "none,hibernus", "--harvest", "rfid:5", "--jobs", "1"]
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def run_script(*args: str | Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(SCRIPT), *map(str, args)], capture_output=True, text=True,
                          cwd=REPO, timeout=600)


def read_rows(path: Path) -> dict[tuple[str, str], dict[str, str]]:
    with open(path, newline="", encoding="utf-8") as f:
        return {(r["set"], r["strategy"]): r for r in csv.DictReader(f)}


@pytest.fixture(scope="module")
def experiment(tmp_path_factory) -> tuple[Path, Path, subprocess.CompletedProcess]:
    base = tmp_path_factory.mktemp("mementos")
    out, figures = base / "out", base / "figures"
    proc = run_script(*POINTS, "--out", out, "--figures", figures)
    return out, figures, proc


def test_runs_three_points_into_the_cache(experiment) -> None:
    out, _, proc = experiment
    assert proc.returncode == 0, proc.stderr
    assert "3 points, 0 cached, 3 to run" in proc.stdout
    rows = read_rows(out / "results.csv")
    assert set(rows) == {("reference", "none"), ("grid", "none"), ("grid", "hibernus")}
    ref, none, hib = rows["reference", "none"], rows["grid", "none"], rows["grid", "hibernus"]
    assert all(r["status"] == "ok" and r["app"] == "crc" and r["opt"] == "-O2" for r in rows.values())
    assert ref["exit"] == "halt" and ref["cap"] == "" and ref["power_failures"] == ""
    # 5 m from a 4 W reader gives 85 uW, below the FR5969's draw at 1 MHz: without checkpoints crc restarts
    # from main at every boot and never finishes; Hibernus finishes with crc's continuous-power result
    assert none["exit"] == "no-progress" and int(none["power_failures"]) >= 20
    assert hib["exit"] == "halt" and hib["exit_code"] == ref["exit_code"]
    assert int(hib["checkpoints"]) > 0 and int(hib["hibernations"]) == int(hib["checkpoints"])
    assert int(hib["restores"]) == 0 and int(hib["power_failures"]) == 0
    assert 1.8 < float(hib["v_hibernate"]) < float(hib["v_restore"]) <= 3.0
    # the active cycles are the program's plus the overhead; the device time includes the sleeps
    assert int(hib["cycles"]) == int(ref["cycles"]) + int(hib["overhead_cycles"])
    assert float(hib["device_time_s"]) > int(hib["cycles"]) / 1e6
    assert 0.0 < float(hib["overhead_cycles_pct"]) < 100.0
    assert len({r["fw_sha256"] for r in rows.values()}) == 1


def test_tables_and_figures(experiment) -> None:
    out, figures, _ = experiment
    tables = (out / "tables.md").read_text()
    rows = read_rows(out / "results.csv")
    hib_time = float(rows["grid", "hibernus"]["device_time_s"])
    assert f"| crc | hibernus | {hib_time:,.2f} |" in tables
    assert "| crc | none | x np |" in tables
    ref = rows["reference", "none"]
    assert f"| crc | {int(ref['cycles']):,} | {ref['exit_code']} |" in tables
    assert "## Problems\n\nnone" in tables
    for name in ("mementos-distance.png", "mementos-overhead.png"):
        data = (figures / name).read_bytes()
        assert data.startswith(PNG_MAGIC) and len(data) > 10_000
    assert not (figures / "mementos-traces.png").exists()          # no trace in this grid


def test_resume_runs_only_missing_points(experiment, tmp_path) -> None:
    out, _, _ = experiment
    copy = tmp_path / "out"
    copy.mkdir()
    text = (out / "results.csv").read_text()
    lines = text.splitlines(keepends=True)
    hib = next(i for i, line in enumerate(lines) if line.startswith("grid,crc,-O2,hibernus,"))
    torn = [line for i, line in enumerate(lines) if i != hib] + [lines[hib][:40]]   # cut mid-line
    (copy / "results.csv").write_text("".join(torn))
    proc = run_script(*POINTS, "--out", copy, "--figures", tmp_path / "fig")
    assert proc.returncode == 0, proc.stderr
    assert "3 points, 2 cached, 1 to run" in proc.stdout
    assert read_rows(copy / "results.csv") == read_rows(out / "results.csv")      # deterministic
    again = run_script(*POINTS, "--out", copy, "--figures", tmp_path / "fig")
    assert "3 points, 3 cached, 0 to run" in again.stdout


@pytest.mark.parametrize(("args", "message"), [
    (["--apps", "nosuch"], "--apps: no app 'nosuch'"),
    (["--harvest", "rfid:far"], "--harvest: 'rfid:far' is not trace1..trace5 or rfid:DISTANCE"),
    (["--caps", "10x"], "--caps"),
    (["--strategies", "mementos"], "--strategies: 'mementos' is not one of"),
])
def test_bad_options_are_one_line_errors(tmp_path, args, message) -> None:
    proc = run_script("--quick", *args, "--out", tmp_path / "out")
    assert proc.returncode == 2
    assert proc.stderr.startswith("mementos_comparison.py: error: ") and message in proc.stderr
    assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr
    assert not (tmp_path / "out" / "results.csv").exists()


def test_help_documents_the_grid() -> None:
    proc = run_script("--help")
    assert proc.returncode == 0
    for text in ("--quick", "--out", "results.csv", "time=clock", "647", "rfid:1..rfid:6"):
        assert text in proc.stdout
