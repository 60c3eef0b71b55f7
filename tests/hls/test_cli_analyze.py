"""``hls-ckpt analyze``: JSON contract, text report, plan with a budget, one-line errors (exit status 2)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from hls.cli import main

FIXTURES = Path(__file__).parent / "fixtures"
REPO = Path(__file__).resolve().parents[2]


def _json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict:
    assert main(["analyze", *argv, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_json_has_the_documented_keys(capsys: pytest.CaptureFixture[str]) -> None:
    r = _json(capsys, str(FIXTURES / "vivado_sum.v"), "--top", "vsum")
    assert {"state_register", "encoding", "states", "transitions", "registers", "live"} <= set(r)
    assert r["state_register"] == "ap_CS_fsm" and r["encoding"] == "onehot"
    assert r["states"]["ap_ST_fsm_state3"] == 4
    assert {"from": "ap_ST_fsm_state3", "to": "ap_ST_fsm_state2", "condition": None} in r["transitions"]
    assert r["registers"]["sum_reg_50"]["width"] == 32
    assert r["registers"]["sum_reg_50"]["read"] == ["ap_ST_fsm_state3", "ap_ST_fsm_state4"]
    assert r["live"]["ap_ST_fsm_state3"] == ["a", "i_1_reg_96", "n_read_reg_85", "sum_reg_50"]
    assert r["memories"]["a"]["kind"] == "ap_memory"
    assert "plan" not in r


def test_budget_adds_a_plan(capsys: pytest.CaptureFixture[str]) -> None:
    r = _json(capsys, str(FIXTURES / "legup_gcd.v"), "--top", "main", "--budget-cycles", "4")
    plan = r["plan"]
    assert plan["budget_cycles"] == 4 and plan["states"][0] == "LEGUP_0"
    assert plan["cost"]["total_pj"] <= plan["baselines"]["every_state"]["total_pj"]
    assert {"every_state", "every_k_cycles"} == set(plan["baselines"])
    assert all(c["bits"] == r["live_bits"][c["state"]] for c in plan["checkpoints"])


def test_energy_preset_derives_the_budget(capsys: pytest.CaptureFixture[str]) -> None:
    r = _json(capsys, str(FIXTURES / "case_fsm.v"), "--energy", "wisp4-mementos", "--cycle-pj", "100")
    # 10 uF, 3.0 V -> 1.8 V: 28.8 uJ; 90 % of it at 100 pJ per cycle
    assert r["plan"]["budget_cycles"] == pytest.approx(259_200, abs=1)


def test_energy_budget_from_design_power_and_a_custom_capacitor(capsys: pytest.CaptureFixture[str]) -> None:
    # 22 uF from 3.3 V to 2.0 V: 0.5 * 22e-6 * (10.89 - 4) = 75.79 uJ; 90 % at 2 mW / 20 MHz = 100 pJ/cycle
    r = _json(capsys, str(FIXTURES / "case_fsm.v"), "--energy", "wisp5", "--capacitance", "22e-6",
              "--v-on", "3.3", "--v-off", "2.0", "--power", "2e-3", "--clock-hz", "20e6")
    assert r["plan"]["budget_cycles"] == pytest.approx(682_110, abs=1)
    assert r["plan"]["parameters"]["cycle_pj"] == pytest.approx(100.0)


def test_non_volatile_memory_option(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    v = tmp_path / "ram.v"
    v.write_text("module ram(input clk, input rst, input go, input [1:0] a, input [7:0] d,\n"
                 "           output reg [7:0] q);\n"
                 "localparam W = 1'b0, R = 1'b1; reg st; reg [7:0] m [0:3];\n"
                 "always @(posedge clk) if (rst) st <= W; else case (st)\n"
                 "  W: begin m[a] <= d; if (go) st <= R; end\n  R: begin q <= m[a]; st <= W; end\nendcase\n"
                 "endmodule\n")
    r = _json(capsys, str(v))
    assert r["memories"]["m"]["non_volatile"] is False and r["live"]["R"] == ["m", "q"]
    r = _json(capsys, str(v), "--nv-memory", "m", "--budget-cycles", "5")
    assert r["memories"]["m"]["non_volatile"] is True
    assert all("m" not in c["registers"] for c in r["plan"]["checkpoints"])
    assert main(["analyze", str(v), "--nv-memory", "n"]) == 2          # a typo: m would stay volatile
    err = capsys.readouterr().err
    assert err == "hls-ckpt: error: --nv-memory n: no such memory in the design (memories: m)\n"


def test_energy_numbers_take_engineering_suffixes(capsys: pytest.CaptureFixture[str]) -> None:
    design = str(FIXTURES / "vivado_sum.v")
    plain = _json(capsys, design, "--energy", "wisp5", "--capacitance", "2.2e-5", "--v-on", "2.4")
    suffixed = _json(capsys, design, "--energy", "wisp5", "--capacitance", "22uF", "--v-on", "2.4V")
    assert suffixed["plan"] == plain["plan"]
    clocked = _json(capsys, design, "--budget-cycles", "9", "--power", "1m", "--clock-hz", "8MHz")
    assert clocked["plan"]["parameters"]["cycle_pj"] == pytest.approx(125.0)
    with pytest.raises(SystemExit) as info:                  # an argparse error: one line, status 2
        main(["analyze", design, "--energy", "wisp5", "--capacitance", "22x"])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--capacitance: cannot read '22x' as a number of F" in err


def test_text_report(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", str(FIXTURES / "bambu_acc.v"), "--budget-cycles", "10"]) == 0
    out = capsys.readouterr().out
    assert "state register Controller_i._present_state (4 bits, onehot), 4 states, reset state S_0" in out
    assert "checkpoint at S_0" in out and "every state" in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["missing.v"], r"no such Verilog file: missing\.v"),
        ([str(FIXTURES / "vivado_sum.v"), "--top", "nope"], r"top module 'nope' not found"),
        ([str(FIXTURES / "vivado_sum.v"), "--budget-cycles", "0"], r"--budget-cycles must be positive"),
        ([str(FIXTURES / "vivado_sum.v"), "--energy", "nope"], r"unknown preset 'nope'"),
        ([str(FIXTURES / "vivado_sum.v"), "--v-on", "3"], r"give --energy too"),
        ([str(FIXTURES / "vivado_sum.v"), "--budget-cycles", "9", "--power", "1e-3"],
         r"--power and --clock-hz"),
        # an option that would have been ignored, a typo that would have been ignored
        ([str(FIXTURES / "vivado_sum.v"), "--budget-cycles", "9", "--capacitance", "1e-6"],
         r"adjust an --energy preset: not with --budget-cycles"),
        ([str(FIXTURES / "vivado_sum.v"), "--nv-memory", "nope"],
         r"--nv-memory nope: no such memory in the design \(memories: a\)"),
        ([str(FIXTURES / "vivado_sum.v"), "-I", "/nonexistent-include-dir"],
         r"-I /nonexistent-include-dir: no such directory"),
        ([str(FIXTURES)], r"Verilog file .*fixtures: not a regular file"),
    ],
)
def test_errors_are_one_line_with_status_2(argv: list[str], message: str,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", *argv]) == 2
    err = capsys.readouterr().err
    assert err.startswith("hls-ckpt: error: ") and err.count("\n") == 1
    assert __import__("re").search(message, err)


def test_console_entry_point_runs_as_a_module(tmp_path: Path) -> None:
    argv = [sys.executable, "-m", "hls.cli", "analyze", str(FIXTURES / "ifchain_fsm.v"), "--json"]
    env = {"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"}
    proc = subprocess.run(argv, capture_output=True, text=True, cwd=tmp_path, env=env)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["state_register"] == "st"
    assert list(tmp_path.iterdir()) == []  # nothing written in the working directory


def test_unexpected_failures_are_one_line_too(capsys: pytest.CaptureFixture[str],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    import hls.analysis.liveness

    def boom(*_args: object, **_kwargs: object) -> None:
        raise KeyError("x")

    monkeypatch.setattr(hls.analysis.liveness, "load_design", boom)
    assert main(["analyze", str(FIXTURES / "case_fsm.v")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("hls-ckpt: error: internal error on this design (KeyError") and err.count("\n") == 1
