"""Designs driven through AXI4-Lite control (Vivado's s_axi_control) in the verification harness."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from hls.analysis.liveness import load_design
from hls.emit.instrument import instrument, read_sources
from hls.emit.spec import spec_from_plan
from hls.ir import Checkpoint, CostBreakdown, Plan
from hls.verification.campaign import Campaign, Handshake, axi_lite_map, harness_ports, run_campaign

AXI = Path(__file__).resolve().parent / "fixtures_v" / "axi_sum.v"
HANDSHAKE = Handshake("ap_clk", "ap_rst_n", True, "ap_start", "ap_done")


def test_the_control_slave_and_its_argument_registers_are_found() -> None:
    text = AXI.read_text()
    found = axi_lite_map(text, "axi_sum")
    assert found is not None and found["bundle"] == "control" and found["ctrl"] == 0
    assert found["args"] == [{"name": "n", "address": 0x10}]
    assert found["reads"] == [{"name": "n", "address": 0x10}, {"name": "ap_return", "address": 0x18}]
    assert found["ports"]["AWADDR"] == "s_axi_control_AWADDR" and len(found["ports"]) == 17
    ports = harness_ports(text, "axi_sum", HANDSHAKE)
    assert ports.axi == found
    assert ports.inputs == [] and ports.outputs == ["sum"]  # the AXI channels are the harness's, not data


def _campaign(states: list[str], **campaign):
    design = load_design([str(AXI)], "axi_sum")
    checkpoints = tuple(Checkpoint(s, design.saved_registers(s), design.live_bits(s)) for s in states)
    plan = Plan(0, checkpoints, CostBreakdown(0.0, 0.0, 0.0, len(states), 0), {}, 0)
    spec = spec_from_plan(design, plan, clock="ap_clk", reset="ap_rst_n", reset_active_low=True,
                          done="ap_done")
    text = read_sources([AXI])
    return run_campaign(text, instrument(text, spec), harness_ports(text, "axi_sum", HANDSHAKE),
                        Campaign(**campaign))


@pytest.mark.iverilog
@pytest.mark.skipif(shutil.which("iverilog") is None, reason="needs Icarus Verilog")
def test_an_axi_lite_design_is_started_and_polled_through_its_registers_and_survives_failures() -> None:
    report = _campaign(["ap_ST_fsm_state2"], runs=4, failures=24, seed=3)
    assert report.passed, report.mismatch_details
    assert report.undefined_outputs == []  # sum was computed from the n written over AXI


@pytest.mark.iverilog
@pytest.mark.skipif(shutil.which("iverilog") is None, reason="needs Icarus Verilog")
def test_the_return_register_is_read_back_over_axi_and_compared(tmp_path) -> None:
    import json

    design = load_design([str(AXI)], "axi_sum")
    plan = Plan(0, (Checkpoint("ap_ST_fsm_state2", design.saved_registers("ap_ST_fsm_state2"), 0),),
                CostBreakdown(0.0, 0.0, 0.0, 1, 0), {}, 0)
    spec = spec_from_plan(design, plan, clock="ap_clk", reset="ap_rst_n", reset_active_low=True,
                          done="ap_done")
    text = read_sources([AXI])
    report = run_campaign(text, instrument(text, spec), harness_ports(text, "axi_sum", HANDSHAKE),
                          Campaign(runs=3, failures=6, seed=5), keep_dir=tmp_path)
    assert report.passed, report.mismatch_details
    (kept,) = tmp_path.iterdir()
    golden = json.loads((kept / "golden" / "results.json").read_text())
    for run in golden["runs"]:
        n = run["stimulus"]["axi"]["n"] & 0xFF
        assert int(run["outputs"]["axi.ap_return"], 2) == n * (n - 1) // 2 % (1 << 16)
        assert int(run["outputs"]["axi.n"], 2) == n
    assert report.failures_injected > 5 and report.restores > 0


@pytest.mark.iverilog
@pytest.mark.skipif(shutil.which("iverilog") is None, reason="needs Icarus Verilog")
def test_an_axi_lite_design_with_the_loop_unsaved_is_caught() -> None:
    # the loop's checkpoint without sum_reg: a restore resumes the loop with a random sum
    design = load_design([str(AXI)], "axi_sum")
    saved = tuple(r for r in design.saved_registers("ap_ST_fsm_state2") if r != "sum_reg")
    plan = Plan(0, (Checkpoint("ap_ST_fsm_state2", saved, 0),), CostBreakdown(0.0, 0.0, 0.0, 1, 0), {}, 0)
    spec = spec_from_plan(design, plan, clock="ap_clk", reset="ap_rst_n", reset_active_low=True,
                          done="ap_done")
    text = read_sources([AXI])
    report = run_campaign(text, instrument(text, spec), harness_ports(text, "axi_sum", HANDSHAKE),
                          Campaign(runs=4, failures=24, seed=3))
    assert not report.passed and report.mismatches > 0
