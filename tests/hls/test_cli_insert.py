"""``hls-ckpt insert``: output file, JSON report, one-line errors and no half-written output."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from cli_b_helpers import run_cli

from hls.emit.modules import scan_modules
from hls.emit.scan import tokenize

ROOT = Path(__file__).resolve().parents[2]
GCD = str(ROOT / "designs" / "rtl" / "gcd" / "gcd.v")
STATES = "ap_ST_fsm_state3,ap_ST_fsm_state6"


def test_insert_at_given_states_writes_verilog_and_reports_json(tmp_path, capsys) -> None:
    out = tmp_path / "gcd_ckpt.v"
    code = run_cli(["insert", GCD, "--top", "gcd", "--states", STATES, "-o", str(out), "--json"])
    assert code == 0
    report = json.loads(capsys.readouterr().out)
    assert report["state_register"] == "ap_CS_fsm" and report["encoding"] == "onehot"
    assert [c["state"] for c in report["checkpoints"]] == ["ap_ST_fsm_state3", "ap_ST_fsm_state6"]
    widths = {"a_assign_reg_62": 32, "b_assign_reg_74": 32, "shift_reg_86": 5, "retval_reg_98": 32}
    for checkpoint in report["checkpoints"]:
        assert set(checkpoint["registers"]) >= {"a_assign_reg_62", "b_assign_reg_74", "shift_reg_86"}
        assert checkpoint["saved_bits"] == 1 + sum(widths[r] for r in checkpoint["registers"])
        assert checkpoint["nvm_words"] == -(-checkpoint["saved_bits"] // 32)
    assert report["new_ports"] == {"ckpt_low_voltage": "input", "ckpt_busy": "output"}
    modules = scan_modules(tokenize(out.read_text()))
    assert set(modules) == {"gcd", "gcd_ckpt_nv", "gcd_ckpt_ctrl"}
    if shutil.which("iverilog"):
        command = ["iverilog", "-g2012", "-o", str(tmp_path / "a.vvp"), str(out)]
        proc = subprocess.run(command, capture_output=True)
        assert proc.returncode == 0, proc.stderr


def test_insert_text_report(tmp_path, capsys) -> None:
    out = tmp_path / "o.v"
    argv = ["insert", GCD, "--top", "gcd", "--states", STATES, "-o", str(out), "--word-bits", "16"]
    assert run_cli(argv) == 0
    text = capsys.readouterr().out
    assert "gcd: state register ap_CS_fsm (onehot)" in text
    assert "checkpoint ap_ST_fsm_state3:" in text and f"wrote {out}" in text


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--states", "nope"], "--states: unknown state(s) nope; states are ap_ST_fsm_state1"),
        (["--states", STATES, "--done", "finish"], "done port 'finish' is not a port of module gcd"),
        (["--states", STATES, "--word-bits", "0"], "--word-bits must be between 1 and 4096, not 0"),
        (["--energy", "moon"], "unknown preset 'moon'"),
    ],
)
def test_bad_input_is_one_line_on_stderr_and_writes_nothing(tmp_path, capsys, extra, message) -> None:
    out = tmp_path / "o.v"
    assert run_cli(["insert", GCD, "--top", "gcd", "-o", str(out), *extra]) == 2
    err = capsys.readouterr().err
    assert err.startswith("hls-ckpt: error: " + message) and err.count("\n") == 1
    assert not out.exists() and list(tmp_path.iterdir()) == []


def test_missing_source_and_missing_output_directory(tmp_path, capsys) -> None:
    assert run_cli(["insert", str(tmp_path / "none.v"), "--top", "gcd", "--states", "x", "-o", "o.v"]) == 2
    assert capsys.readouterr().err == f"hls-ckpt: error: no such Verilog file: {tmp_path / 'none.v'}\n"
    assert run_cli(["insert", GCD, "--top", "gcd", "--states", STATES, "-o", ""]) == 2   # not "."
    assert capsys.readouterr().err == "hls-ckpt: error: -o '': not a file name\n"
    target = tmp_path / "no" / "o.v"
    assert run_cli(["insert", GCD, "--top", "gcd", "--states", STATES, "-o", str(target)]) == 2
    assert "does not exist" in capsys.readouterr().err and not target.exists()


def test_insert_with_a_cycle_budget_uses_the_placement_and_reports_baselines(tmp_path, capsys) -> None:
    out = tmp_path / "o.v"
    assert run_cli(["insert", GCD, "--top", "gcd", "--budget-cycles", "40", "-o", str(out), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["budget_cycles"] == 40
    states = [c["state"] for c in report["checkpoints"]]
    # every loop of the FSM needs a checkpoint: the three self-looping states at least
    assert {"ap_ST_fsm_state3", "ap_ST_fsm_state4", "ap_ST_fsm_state5"} <= set(states)
    assert set(report["baselines"]) == {"every_state", "every_k_cycles"}
    assert report["cost"]["total"] <= report["baselines"]["every_state"]["total"] + 1e-9
    assert out.is_file()


def test_insert_with_an_energy_budget(tmp_path, capsys) -> None:
    from energy import preset
    from hls.placement.plan import budget_from_energy

    out = tmp_path / "o.v"
    argv = ["insert", GCD, "--top", "gcd", "--energy", "wisp5", "--cycle-pj", "500", "-o", str(out), "--json"]
    assert run_cli(argv) == 0
    wisp5 = preset("wisp5")
    expected = budget_from_energy(wisp5.capacitance, wisp5.v_on, wisp5.v_off, 500.0)
    assert json.loads(capsys.readouterr().out)["budget_cycles"] == expected


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ([], "give exactly one of --budget-cycles, --energy, --states\n"),
        (
            ["--states", STATES, "--budget-cycles", "9"],
            "give exactly one of --budget-cycles, --energy, --states (got --budget-cycles and --states)\n",
        ),
    ],
)
def test_exactly_one_plan_source(tmp_path, capsys, extra, message) -> None:
    assert run_cli(["insert", GCD, "--top", "gcd", "-o", str(tmp_path / "o.v"), *extra]) == 2
    assert capsys.readouterr().err == "hls-ckpt: error: " + message


FIXTURES = Path(__file__).resolve().parent


@pytest.mark.parametrize(
    ("source", "extra", "expected"),
    [
        # the ap_memory 'a' is live in every state but lives outside the design: never saved
        (
            FIXTURES / "fixtures" / "vivado_sum.v",
            ["--top", "vsum", "--states", "ap_ST_fsm_state2,ap_ST_fsm_state4"],
            {
                "ap_ST_fsm_state2": (["i_reg_39", "n_read_reg_85", "sum_reg_50"], 5 + 5 + 32),
                "ap_ST_fsm_state4": (["sum_reg_50"], 32),
            },
        ),
        # a reg array declared non-volatile is live but not saved either
        (
            FIXTURES / "fixtures_b" / "array_sum.v",
            ["--top", "array_sum", "--states", "FILL,FIN", "--nv-memory", "buffer"],
            {"FILL": (["i", "total"], 3 + 11), "FIN": (["total"], 11)},
        ),
    ],
)
def test_given_states_save_only_volatile_live_registers(tmp_path, capsys, source, extra, expected) -> None:
    out = tmp_path / "o.v"
    assert run_cli(["insert", str(source), *extra, "-o", str(out), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    # saved_bits counts the 1-bit site id of a two-site slot as well
    found = {c["state"]: (c["registers"], c["saved_bits"] - 1) for c in report["checkpoints"]}
    assert found == expected
