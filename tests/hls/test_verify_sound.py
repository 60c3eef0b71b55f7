"""Verification that cannot pass by accident (issue 13, section 3).

Each fixture of ``fixtures_v/`` isolates one way the campaign could judge wrongly: an all-x golden run, a C
static scrambled between the passes, a memory read in the very first cycle of a call, a done register that
comes up high after a short reset, a relative ``--keep`` directory.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from cli_b_helpers import run_cli

from hls.errors import HlsError
from hls.verification.campaign import power_on_registers, readmem_files, reset_cycles

FIXTURES = Path(__file__).resolve().parent / "fixtures_v"
ROOT = Path(__file__).resolve().parents[2]



def verify(capsys, path: Path, *extra: str) -> tuple[int, dict | str]:
    top = path.stem
    code = run_cli(["verify", str(path), "--top", top, *extra])
    captured = capsys.readouterr()
    if "--json" in extra and code in (0, 1):
        return code, json.loads(captured.out)
    return code, captured.err or captured.out


# ---- host-side helpers (no simulator) ----


def test_reset_depth_follows_a_synchroniser_chain() -> None:
    text = """module t(input ap_clk, input ap_rst_n, output reg q);
    reg ap_rst_reg_2, ap_rst_reg_1, ap_rst_n_inv;
    always @(posedge ap_clk) ap_rst_reg_2 <= ~ap_rst_n;
    always @(posedge ap_clk) ap_rst_reg_1 <= ap_rst_reg_2;
    always @(posedge ap_clk) ap_rst_n_inv <= ap_rst_reg_1;
    always @(posedge ap_clk) if (ap_rst_n_inv) q <= 0; else q <= ~q;
    endmodule"""
    assert reset_cycles(text, "t", "ap_rst_n") == 4
    assert reset_cycles((FIXTURES / "late_done.v").read_text(), "late_done", "ap_rst") == 1


def test_power_on_registers_are_initialised_flops_without_reset() -> None:
    text = (FIXTURES / "static_acc.v").read_text()
    assert power_on_registers(text, "static_acc") == (["acc"], ["acc"])
    assert power_on_registers(text, "static_acc", frozenset({"acc"})) == (["acc"], [])
    # Vivado's `initial ap_CS_fsm = 1` is no power-on state: the reset re-establishes it
    vsum = (ROOT / "tests" / "hls" / "fixtures" / "vivado_sum.v").read_text()
    assert power_on_registers(vsum, "vsum") == ([], [])


def test_readmem_files_are_found_next_to_the_sources_and_missing_ones_refused(tmp_path) -> None:
    text = (FIXTURES / "rom_sum.v").read_text()
    assert readmem_files(text, [FIXTURES / "rom_sum.v"]) == {"./rom_sum.dat": FIXTURES / "rom_sum.dat"}
    lonely = tmp_path / "rom_sum.v"
    shutil.copyfile(FIXTURES / "rom_sum.v", lonely)
    with pytest.raises(HlsError, match=r"\$readmem file './rom_sum.dat' not found"):
        readmem_files(text, [lonely])
    # a $readmemh in a comment is not a load
    assert readmem_files("// $readmemh(\"gone.dat\", r)\nmodule m; endmodule", [lonely]) == {}


# ---- campaigns ----


@pytest.mark.iverilog
@pytest.mark.skipif(shutil.which("iverilog") is None, reason="needs Icarus Verilog")
def test_missing_readmem_file_is_an_error_not_a_pass(tmp_path, capsys) -> None:
    lonely = tmp_path / "rom_sum.v"
    shutil.copyfile(FIXTURES / "rom_sum.v", lonely)
    code, err = verify(capsys, lonely, "--states", "ap_ST_fsm_state2", "--failures", "2", "--runs", "2")
    assert code == 2 and "rom_sum.dat' not found" in err and err.count("\n") == 1


@pytest.mark.iverilog
@pytest.mark.skipif(shutil.which("iverilog") is None, reason="needs Icarus Verilog")
def test_rom_loaded_from_its_data_file_gives_a_defined_golden_run(capsys) -> None:
    code, report = verify(capsys, FIXTURES / "rom_sum.v", "--states", "ap_ST_fsm_state2", "--failures", "6",
                          "--runs", "3", "--json")
    assert code == 0 and report["verify"]["undefined_outputs"] == []


@pytest.mark.iverilog
@pytest.mark.skipif(shutil.which("iverilog") is None, reason="needs Icarus Verilog")
def test_all_x_golden_outputs_are_an_error(tmp_path, capsys) -> None:
    # the same ROM with its load removed: every result is x, which used to compare equal to anything
    text = (FIXTURES / "rom_sum.v").read_text().replace('$readmemh("./rom_sum.dat", rom);', "")
    path = tmp_path / "rom_sum.v"
    path.write_text(text)
    code, err = verify(capsys, path, "--states", "ap_ST_fsm_state2", "--failures", "2", "--runs", "2")
    assert code == 2
    assert err.startswith("hls-ckpt: error: the original design's outputs are all x in every call "
                          "(ap_return)")


@pytest.mark.iverilog
@pytest.mark.skipif(shutil.which("iverilog") is None, reason="needs Icarus Verilog")
def test_a_c_static_keeps_its_power_on_value_between_the_passes(capsys) -> None:
    # state3 saves t_reg only: acc (the static) is power-on state that a failure would lose, and is said so;
    # with no failure the faulty pass must equal the golden one (it used to start from scrambled acc)
    code, report = verify(capsys, FIXTURES / "static_acc.v", "--states", "ap_ST_fsm_state3",
                          "--failures", "0", "--runs", "4", "--json")
    assert code == 0, report["verify"]["mismatch_details"]
    assert report["verify"]["power_on_registers"] == ["acc"]
    assert report["verify"]["lost_at_failure"] == ["acc"]


@pytest.mark.iverilog
@pytest.mark.skipif(shutil.which("iverilog") is None, reason="needs Icarus Verilog")
def test_the_first_cycle_memory_read_is_seen_by_the_golden_run(tmp_path, capsys) -> None:
    code, report = verify(capsys, FIXTURES / "first_read.v", "--states", "ap_ST_fsm_state3",
                          "--failures", "4", "--runs", "3", "--json", "--keep", str(tmp_path))
    assert code == 0, report["verify"]["mismatch_details"]
    (kept,) = tmp_path.iterdir()
    golden = json.loads((kept / "golden" / "results.json").read_text())
    for run in golden["runs"]:  # run 0 starts right after the power-on reset
        a0, a1 = run["stimulus"]["memories"]["a"]
        assert int(run["outputs"]["ap_return"], 2) == (a0 + a1) % (1 << 32)


@pytest.mark.iverilog
@pytest.mark.skipif(shutil.which("iverilog") is None, reason="needs Icarus Verilog")
def test_a_done_high_after_a_short_reset_is_not_a_finished_call() -> None:
    # done_q has no reset: after a failure and a one-cycle reset it can come up high in the idle state. The
    # old harness took that for the end of the call and compared a random acc_reg (ap_return mismatches).
    from hls.cli.insert import prepare
    from hls.cli.main import build_parser
    from hls.verification.campaign import Campaign, Handshake, harness_ports, run_campaign

    argv = ["verify", str(FIXTURES / "late_done.v"), "--top", "late_done", "--states", "ap_ST_fsm_state3",
            "--failures", "1"]
    prepared = prepare(build_parser().parse_args(argv))
    cp = prepared.ports
    ports = harness_ports(prepared.text, "late_done",
                          Handshake(cp.clock, cp.reset, cp.reset_active_low, cp.start, cp.done))
    # random bits on a restart with no checkpoint stored (an ASIC's power-up; the default restarts from the
    # first power-on state, where done_q is x as in the golden run)
    campaign = Campaign(runs=8, failures=60, seed=1, off_cycles=(1, 1), cold_start="random")
    report = run_campaign(prepared.text, prepared.instrumented, ports, campaign)
    assert report.passed, report.mismatch_details
    assert report.spurious_done > 0 and report.failures_injected > 10


@pytest.mark.iverilog
@pytest.mark.skipif(shutil.which("iverilog") is None, reason="needs Icarus Verilog")
def test_keep_with_a_relative_directory(tmp_path, capsys, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "kept").mkdir()
    code, out = verify(capsys, FIXTURES / "first_read.v", "--states", "ap_ST_fsm_state3", "--failures", "2",
                       "--runs", "2", "--keep", "kept")
    assert code == 0, out
    (kept,) = (tmp_path / "kept").iterdir()
    assert (kept / "golden" / "golden.v").is_file()


@pytest.mark.iverilog
@pytest.mark.skipif(shutil.which("iverilog") is None, reason="needs Icarus Verilog")
@pytest.mark.parametrize("name", ["static_acc", "first_read", "late_done", "rom_sum"])
def test_no_failures_always_passes(name, capsys) -> None:
    code, report = verify(capsys, FIXTURES / f"{name}.v", "--budget-cycles", "6", "--failures", "0",
                          "--runs", "3", "--json")
    assert code == 0, report
    assert report["verify"]["failures_injected"] == 0
