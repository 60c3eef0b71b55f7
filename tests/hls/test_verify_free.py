"""Free-running designs (no start/done: Catapult's main loop, Vivado's ap_ctrl_none) are verified by what
their output channels carry over a fixed golden run."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from hls.analysis.liveness import load_design
from hls.emit.instrument import FREE_RUNNING_DONE, instrument, read_sources
from hls.emit.modules import scan_modules
from hls.emit.ports import stream_gates, stream_interfaces
from hls.emit.scan import tokenize
from hls.emit.spec import spec_from_plan
from hls.errors import HlsError
from hls.ir import Checkpoint, CostBreakdown, Plan
from hls.verification.campaign import Campaign, Handshake, harness_ports, run_campaign

FREE = Path(__file__).resolve().parent / "fixtures_v" / "free_chan.v"
VSUM = Path(__file__).resolve().parent / "fixtures" / "vivado_sum.v"
HANDSHAKE = Handshake("clk", "rst", False, None, None)


def test_catapult_channels_are_streams_and_free_running_ports_are_classified() -> None:
    text = FREE.read_text()
    streams = {s["name"]: s for s in stream_interfaces(scan_modules(tokenize(text))["free_chan"])}
    assert streams["chn_a_rsc"]["direction"] == "in" and streams["chn_a_rsc"]["handshake"] == "chn_a_rsc_lz"
    assert streams["chn_o_rsc"]["direction"] == "out" and streams["chn_o_rsc"]["flag"] == "chn_o_rsc_vz"
    ports = harness_ports(text, "free_chan", HANDSHAKE)
    assert ports.inputs == [] and ports.outputs == [] and len(ports.streams) == 2
    # without a handshake, plain output ports are compared cycle by cycle; with nothing to compare: refused
    vsum = harness_ports(VSUM.read_text(), "vsum", Handshake("ap_clk", "ap_rst", False, None, None))
    assert vsum.outputs and not vsum.streams
    silent = "module silent (clk, rst, a); input clk; input rst; input [3:0] a; endmodule\n"
    with pytest.raises(HlsError, match="^silent has no start/done handshake and no output port, stream or "
                                      "memory"):
        harness_ports(silent, "silent", HANDSHAKE)


def _report(saved_filter=lambda name: True, source: Path = FREE, top: str = "free_chan",
            states: tuple[str, ...] = ("mix_C_0",), mode: str = "always", **campaign):
    design = load_design([str(source)], top)
    sites = tuple(Checkpoint(state, tuple(r for r in design.saved_registers(state) if saved_filter(r)), 0)
                  for state in states)
    plan = Plan(0, sites, CostBreakdown(0.0, 0.0, 0.0, 1, 0), {}, 0)
    text = read_sources([source])
    module = scan_modules(tokenize(text))[top]
    spec = spec_from_plan(design, plan, clock="clk", reset="rst", reset_active_low=False,
                          done=FREE_RUNNING_DONE, memory_ports=stream_gates(module), mode=mode)
    return run_campaign(text, instrument(text, spec), harness_ports(text, top, HANDSHAKE),
                        Campaign(**campaign), mode)


@pytest.mark.iverilog
@pytest.mark.skipif(shutil.which("iverilog") is None, reason="needs Icarus Verilog")
def test_a_free_running_design_matches_its_output_channel_over_a_fixed_run_under_failures() -> None:
    report = _report(runs=3, failures=18, seed=2, free_cycles=150)
    assert report.passed, report.mismatch_details
    assert report.failures_injected > 5 and report.restores > 0
    # the golden run lasts 150 cycles a call, but its work ends with its last output element: that is the
    # length the instrumented run (which stops once it produced as many) is compared with; the overhead was
    # negative (NVDLA's HLS_fp32_mul: "original 400, instrumented 188 (overhead -53.0 %)")
    assert 3 <= report.golden_cycles < 3 * 150
    assert report.instrumented_cycles >= report.golden_cycles and report.cycle_overhead_pct >= 0


@pytest.mark.iverilog
@pytest.mark.skipif(shutil.which("iverilog") is None, reason="needs Icarus Verilog")
def test_a_free_running_design_missing_its_running_total_is_caught() -> None:
    report = _report(lambda name: name != "total", runs=3, failures=18, seed=2, free_cycles=150)
    assert not report.passed and report.mismatches > 0


REAL_CATAPULT = (Path(__file__).resolve().parents[1] / "data" / "hls_real" / "catapult_fp16_to_fp17"
                 / "HLS_fp16_to_fp17.v")


@pytest.mark.iverilog
@pytest.mark.skipif(shutil.which("iverilog") is None, reason="needs Icarus Verilog")
@pytest.mark.skipif(not REAL_CATAPULT.is_file(), reason="needs tests/data/hls_real (real Catapult output)")
def test_the_harness_runs_a_real_free_running_catapult_design(tmp_path) -> None:
    # NVDLA's fp16 -> fp17 converter (Catapult 10.0, PROVENANCE.md next to it): the golden run feeds its chn_a
    # channel and collects chn_o; for normal numbers fp17 = sign, exponent + 16 (bias 15 -> 31), mantissa
    from hls.verification.campaign import _flop_entries
    from hls.verification.sim import simulate

    text = REAL_CATAPULT.read_text()
    top = "HLS_fp16_to_fp17"
    handshake = Handshake("nvdla_core_clk", "nvdla_core_rstn", True, None, None)
    ports = harness_ports(text, top, handshake)
    assert [(s["name"], s["direction"]) for s in ports.streams] == [("chn_a_rsc", "in"), ("chn_o_rsc", "out")]
    cfg = {"clock": handshake.clock, "reset": handshake.reset, "reset_active_low": True, "start": None,
           "done": None, "inputs": ports.inputs, "outputs": ports.outputs, "valid": ports.valid,
           "memories": ports.memories, "tie_high": ports.tie_high, "streams": ports.streams, "axi": None,
           "free_cycles": 200, "runs": 2, "seed": 1, "max_cycles": 1000, "reset_cycles": 1, "mode": "golden",
           "scramble": _flop_entries(text, top, None, None)}
    golden = simulate(tmp_path, "golden", text, top, cfg)
    checked = 0
    for run in golden["runs"]:
        sent, got = run["stimulus"]["streams"]["chn_a_rsc"], run["streams"]["chn_o_rsc"]
        assert len(got) == len(sent) == 64  # every element converted within the fixed run
        for half, fp17 in zip(sent, got, strict=True):
            sign, exponent, mantissa = half >> 15, (half >> 10) & 0x1F, half & 0x3FF
            if 0 < exponent < 31:
                assert fp17 == (sign << 16) | ((exponent + 16) << 10) | mantissa, hex(half)
                checked += 1
    assert checked > 100


ADDING = Path(__file__).resolve().parents[1] / "data" / "hls_real" / "catapult2011_adding" / "concat_rtl.v"
OUTPUT_REG = "Adding_core_inst.Temp_rsc_mgc_out_stdreg_d"  # drives the plain output port Temp_rsc_z


@pytest.mark.iverilog
@pytest.mark.skipif(shutil.which("iverilog") is None, reason="needs Icarus Verilog")
@pytest.mark.skipif(not ADDING.is_file(), reason="needs tests/data/hls_real (real Catapult output)")
@pytest.mark.parametrize("mode", ["always", "low_voltage"])
def test_a_free_running_design_with_a_plain_output_matches_it_cycle_by_cycle(mode: str) -> None:
    # Catapult 2011's Adding (mgc_in_wire inputs, an mgc_out_stdreg output, no handshake): its output is
    # traced in each of 120 cycles of progress (powered, not frozen) and compared with the golden run's. In
    # low_voltage mode a warning raised in a checkpoint state freezes the design in that same cycle: counted
    # as progress, the run after a restore was one cycle ahead ("Temp_rsc_z (cycle 24 of 120)")
    report = _report(source=ADDING, top="Adding", states=("st_main", "st_out_1"), mode=mode, runs=3,
                     failures=30, seed=1, free_cycles=120)
    assert report.passed, report.mismatch_details
    assert report.restores > 5 and report.untested is None
    assert report.golden_cycles == 3 * 120 and report.instrumented_cycles >= report.golden_cycles
    assert report.free_running.startswith("output ports Temp_rsc_z in each of 120 cycles")


@pytest.mark.iverilog
@pytest.mark.skipif(shutil.which("iverilog") is None, reason="needs Icarus Verilog")
@pytest.mark.skipif(not ADDING.is_file(), reason="needs tests/data/hls_real (real Catapult output)")
def test_a_plain_output_register_left_out_of_the_checkpoint_is_caught() -> None:
    # the output register is state only the port shows: restored with random bits, the output differs from
    # the golden run's in the cycles after the restore
    report = _report(lambda name: name != OUTPUT_REG, source=ADDING, top="Adding", states=("st_out_1",),
                     runs=3, failures=15, seed=4, free_cycles=150)
    assert not report.passed and report.restores > 0
    assert any("Temp_rsc_z (cycle " in line for line in report.mismatch_details), report.mismatch_details
