"""The library API (hls.analyze / hls.insert / hls.verify, docs/api.md) and insert's
output-file rules."""

from __future__ import annotations

import math
import os
import subprocess
import sys
from pathlib import Path

import pytest

import hls
from hls.cli import main

ROOT = Path(__file__).resolve().parents[2]
GCD = ROOT / "designs" / "rtl" / "gcd" / "gcd.v"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def test_import_hls_is_cheap() -> None:
    code = ("import sys, hls; heavy = [m for m in ('pyverilog', 'pyslang', 'hls.frontend', 'numpy') "
            "if m in sys.modules]; print(heavy); assert 'analyze' in hls.__all__")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                         env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def test_public_names() -> None:
    assert sorted(hls.__all__) == ["Analysis", "HlsError", "InsertResult", "analyze", "insert", "verify"]
    assert hls.HlsError is __import__("hls.errors").errors.HlsError
    with pytest.raises(AttributeError):
        hls.not_a_name  # noqa: B018


def test_analyze_matches_the_cli(capsys: pytest.CaptureFixture[str]) -> None:
    analysis = hls.analyze(GCD, top="gcd", budget_cycles=40)
    assert analysis.state_register == "ap_CS_fsm" and len(analysis.states) == 7
    assert analysis.plan is not None and analysis.plan.budget_cycles == 40
    assert main(["analyze", str(GCD), "--top", "gcd", "--budget-cycles", "40"]) == 0
    assert capsys.readouterr().out == analysis.text()


def test_insert_returns_plan_and_verilog_and_writes_with_umask(tmp_path: Path) -> None:
    result = hls.insert([GCD], top="gcd", budget_cycles=40)
    assert result.output is None and "module gcd" in result.verilog and result.plan.checkpoints
    out = tmp_path / "gcd_ckpt.v"
    old = os.umask(0o022)
    try:
        written = hls.insert(GCD, top="gcd", budget_cycles=40, output=out)
    finally:
        os.umask(old)
    assert out.read_text() == written.verilog == result.verilog
    assert out.stat().st_mode & 0o777 == 0o644
    assert [p.name for p in tmp_path.iterdir()] == ["gcd_ckpt.v"]  # no temporary file left


def test_output_naming_an_input_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "gcd.v"
    src.write_text(GCD.read_text())
    link = tmp_path / "link.v"
    link.symlink_to(src)
    before = src.read_bytes()
    for output in (src, link, tmp_path / "." / "gcd.v"):
        assert main(["insert", str(src), "--top", "gcd", "--budget-cycles", "40", "-o", str(output)]) == 2
        err = capsys.readouterr().err
        assert err.startswith("hls-ckpt: error: -o ") and "input" in err and err.count("\n") == 1
    assert src.read_bytes() == before
    with pytest.raises(hls.HlsError, match="refusing to overwrite an input"):
        hls.insert(link, top="gcd", budget_cycles=40, output=src)


def test_read_only_output_directory_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o555)
    try:
        if os.access(ro, os.W_OK):
            pytest.skip("running as a user who can write anywhere")
        assert main(["insert", str(GCD), "--top", "gcd", "--budget-cycles", "40", "-o", str(ro / "x.v")]) == 2
        err = capsys.readouterr().err
        assert "not writable" in err and err.count("\n") == 1
    finally:
        ro.chmod(0o755)


@pytest.mark.parametrize("option", ["--cycle-pj", "--trip-count", "--failure-rate", "--power", "--clock-hz",
                                    "--capacitance", "--v-on", "--v-off"])
@pytest.mark.parametrize("value", ["nan", "inf", "-inf"])
def test_non_finite_cost_values_are_refused(option: str, value: str, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    extra = ["--energy", "wisp5"] if option in ("--capacitance", "--v-on", "--v-off") else []
    if option == "--power":
        extra = ["--clock-hz", "1e6"]
    if option == "--clock-hz":
        extra = ["--power", "1e-3"]
    out = tmp_path / "o.v"
    budget = [] if extra[:1] == ["--energy"] else ["--budget-cycles", "40"]
    for cmd in (["analyze", str(GCD), "--top", "gcd"], ["insert", str(GCD), "--top", "gcd", "-o", str(out)]):
        argv = [*cmd, *budget, f"{option}={value}", *extra]
        assert main(argv) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and option in err and "finite number in" in err
    assert not out.exists()


def test_nan_through_the_api() -> None:
    with pytest.raises(hls.HlsError, match=r"--cycle-pj must be a finite number in \(0, inf\), not nan"):
        hls.analyze(GCD, top="gcd", budget_cycles=40, cycle_pj=math.nan)


def test_missing_submodule_is_refused_unless_declared_black_box() -> None:
    with pytest.raises(hls.HlsError, match=r"module vpipe_flow_control_loop_pipe_sequential_init \(instance "
                       r"flow_control_loop_pipe_sequential_init_U, vitis_pipeline\.v:\d+\) is not defined"):
        hls.analyze(FIXTURES / "vitis_pipeline.v", top="vpipe")
    analysis = hls.analyze(FIXTURES / "vitis_pipeline.v", top="vpipe",
                           blackbox=["vpipe_flow_control_loop_pipe_sequential_init"])
    assert analysis.state_register == "ap_CS_fsm"


@pytest.mark.parametrize(("call", "kwargs", "message"), [
    ("analyze", {"budget_cycles": "40"}, r"--budget-cycles must be an integer, not '40'"),
    ("analyze", {"budget_cycles": 40.5}, r"--budget-cycles must be an integer, not 40\.5"),
    ("analyze", {"budget_cycles": math.nan}, r"--budget-cycles must be an integer, not nan"),
    ("analyze", {"nvm": "flash"}, r"--nvm must be one of .*stt-mram.*, not 'flash'"),
    ("analyze", {"nv_memory": 5}, r"nv_memory: expected a name or a list of names, not 5"),
    ("analyze", {"nv_memory": "buf"}, r"--nv-memory buf: no such memory"),     # one name, not b, u, f
    ("insert", {"budget_cycles": 40, "word_bits": "x"}, r"--word-bits must be an integer, not 'x'"),
    ("insert", {"states": 5}, r"--states: expected state names, not 5"),
])
def test_wrongly_typed_options_are_hls_errors(call: str, kwargs: dict, message: str, tmp_path: Path) -> None:
    args = (GCD, "gcd", tmp_path / "o.v") if call == "insert" else (GCD,)
    with pytest.raises(hls.HlsError, match=message) as info:
        getattr(hls, call)(*args, **kwargs)
    assert "\n" not in str(info.value)
    assert not (tmp_path / "o.v").exists()


@pytest.mark.parametrize("files", [5, None])
def test_files_that_are_not_paths_are_hls_errors(files: object) -> None:
    with pytest.raises(hls.HlsError, match=r"files: expected a path or a list of paths"):
        hls.analyze(files)


def test_states_may_be_a_list() -> None:
    result = hls.insert(GCD, "gcd", states=["ap_ST_fsm_state2", "ap_ST_fsm_state5"])
    assert [c.state for c in result.plan.checkpoints] == ["ap_ST_fsm_state2", "ap_ST_fsm_state5"]


def test_verify_refuses_a_bad_seed_before_simulating() -> None:
    with pytest.raises(hls.HlsError, match=r"--seed must be an integer, not 'x'"):
        hls.verify(GCD, top="gcd", budget_cycles=40, failures=1, seed="x")


def test_unknown_option_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="budget_cycle"):
        hls.analyze(GCD, top="gcd", budget_cycle=3)


@pytest.mark.iverilog
def test_verify_through_the_api_with_a_relative_keep(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "keep").mkdir()
    report = hls.verify(GCD, top="gcd", budget_cycles=40, failures=4, runs=2, keep="keep", resave="iteration")
    assert report.passed and report.failures_injected == 4
    assert report.plan_summary["top"] == "gcd"
    assert any((tmp_path / "keep").iterdir())


def test_latin1_byte_in_a_comment_is_read_and_kept(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "lat.v"
    src.write_bytes(b"// caf\xe9 (Latin-1)\n" + GCD.read_bytes())
    assert main(["analyze", str(src), "--top", "gcd"]) == 0
    out = tmp_path / "o.v"
    assert main(["insert", str(src), "--top", "gcd", "--budget-cycles", "40", "-o", str(out)]) == 0
    assert out.read_bytes().startswith(b"// caf\xe9 (Latin-1)\n")
    capsys.readouterr()


@pytest.mark.parametrize("argv", [["analyze", "--budget-cycles", "x", "f.v"], ["nope"], ["insert", "f.v"], [],
                                  ["verify", "f.v", "--top", "t", "--failures", "z"]])
def test_usage_errors_are_one_line(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    try:
        code = main(argv)
    except SystemExit as ex:
        code = ex.code
    assert code == 2
    err = capsys.readouterr().err
    assert err.startswith("hls-ckpt: error: ") and err.count("\n") == 1
