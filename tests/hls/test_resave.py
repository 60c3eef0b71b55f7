"""Self-looping checkpoint states are not saved every iteration (issue 13, section 4): ``--resave budget``."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from cli_b_helpers import run_cli

from hls.analysis.liveness import load_design
from hls.placement.plan import resave_periods

LATE = Path(__file__).resolve().parent / "fixtures_v" / "late_done.v"


def test_period_is_the_budget_left_after_the_longest_path_out_of_the_loop() -> None:
    design = load_design([str(LATE)], "late_done")
    # state2 loops on itself; after it: state3 (1 cycle), then the reset state (a restart point)
    assert resave_periods(design, ["ap_ST_fsm_state2"], 10) == {"ap_ST_fsm_state2": 9}
    # with state3 a checkpoint too, nothing is left after state2; state3 is followed by the reset state
    assert resave_periods(design, ["ap_ST_fsm_state2", "ap_ST_fsm_state3"], 10) == {
        "ap_ST_fsm_state2": 10, "ap_ST_fsm_state3": 10}
    assert resave_periods(design, ["ap_ST_fsm_state1", "ap_ST_fsm_state2"], 10) == {"ap_ST_fsm_state2": 9}
    assert resave_periods(design, ["ap_ST_fsm_state2"], 0) == {}  # --states: once per stay


@pytest.mark.iverilog
@pytest.mark.skipif(shutil.which("iverilog") is None, reason="needs Icarus Verilog")
def test_budget_resave_saves_a_long_self_loop_once_per_budget_and_survives_failures(capsys) -> None:
    base = ["verify", str(LATE), "--top", "late_done", "--budget-cycles", "20", "--failures", "24",
            "--runs", "3", "--seed", "2", "--json"]
    reports = {}
    for resave in ("iteration", "budget"):
        assert run_cli([*base, "--resave", resave]) == 0
        reports[resave] = json.loads(capsys.readouterr().out)["verify"]
        assert reports[resave]["passed"] and reports[resave]["restores"] > 0
    # 64 iterations per call: one save each with "iteration", about 64 / 19 with "budget"
    assert reports["iteration"]["saves"] >= 3 * 64
    assert reports["budget"]["saves"] <= 3 * (64 // 19 + 2)
    assert reports["budget"]["cycle_overhead_pct"] < reports["iteration"]["cycle_overhead_pct"] / 5
