"""``hls-ckpt verify``: exit status, text and JSON reports, one-line errors."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from cli_b_helpers import run_cli

ROOT = Path(__file__).resolve().parents[2]
GCD = str(ROOT / "designs" / "rtl" / "gcd" / "gcd.v")
BASE = ["verify", GCD, "--top", "gcd", "--states", "ap_ST_fsm_state3,ap_ST_fsm_state6"]

pytestmark = [
    pytest.mark.iverilog,
    pytest.mark.skipif(shutil.which("iverilog") is None, reason="needs Icarus Verilog"),
]


def test_verify_json_reports_the_campaign(capsys) -> None:
    assert run_cli([*BASE, "--failures", "16", "--runs", "4", "--seed", "7", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    verify = report["verify"]
    assert verify["passed"] is True and verify["mismatches"] == 0 and verify["unfinished"] == 0
    assert verify["runs"] == 4 and verify["failures_planned"] == 16 and verify["failures_injected"] > 0
    for key in ("cycle_overhead_pct", "saved_bits", "nv_bits", "design_flop_bits", "flop_overhead_pct"):
        assert key in verify
    assert [c["state"] for c in report["plan"]["checkpoints"]] == ["ap_ST_fsm_state3", "ap_ST_fsm_state6"]


def test_verify_text_report_and_kept_build_directory(tmp_path, capsys) -> None:
    assert run_cli([*BASE, "--failures", "6", "--runs", "2", "--keep", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("PASS: 2 runs, ")
    assert "flip-flops: design 108," in out
    kept = list(tmp_path.iterdir())
    assert len(kept) == 1 and (kept[0] / "instrumented" / "instrumented.v").is_file()


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--start", "go", "--failures", "1"], "start port 'go' is not a port of module gcd"),
        (["--failures", "-1"], "--failures must not be negative, not -1"),
        (["--failures", "1", "--runs", "0"], "--runs must be at least 1, not 0"),
        (["--failures", "1", "--free-cycles", "0"], "--free-cycles must be at least 1, not 0"),
    ],
)
def test_bad_input_is_one_line(capsys, extra, message) -> None:
    assert run_cli([*BASE, *extra]) == 2
    assert capsys.readouterr().err == f"hls-ckpt: error: {message}\n"


ADDING = ROOT / "tests" / "data" / "hls_real" / "catapult2011_adding" / "concat_rtl.v"


@pytest.mark.skipif(not ADDING.is_file(), reason="needs tests/data/hls_real (real Catapult output)")
def test_verify_compares_a_free_running_designs_plain_outputs(capsys) -> None:
    # Catapult 2011a, no start/done and no output stream: its one output port is compared in each of the
    # --free-cycles cycles of progress of a run
    argv = ["verify", str(ADDING), "--top", "Adding", "--budget-cycles", "50", "--failures", "10",
            "--runs", "2", "--free-cycles", "80", "--json"]
    assert run_cli(argv) == 0
    verify = json.loads(capsys.readouterr().out)["verify"]
    assert verify["passed"] and verify["restores"] > 0 and verify["untested"] is None
    assert verify["golden_cycles"] == 2 * 80
    assert verify["free_running"].startswith("output ports Temp_rsc_z in each of 80 cycles of progress")
