"""Designs as the tools shape them (issue 13, section 2, analysis side): AXI-lite control, hierarchical
start/done, memories in submodules, registers in generate blocks, loop indices, doubly-driven FSMs."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

import hls
from hls.analysis.liveness import load_design
from hls.emit.ports import control_ports

HERE = Path(__file__).resolve().parent
AXI = HERE / "fixtures_c" / "axilite_acc.v"
LEGUP = HERE.parents[0] / "data" / "hls_real" / "legup_three_funcs" / "threeFuncs_fourMems.v"


def test_axi_lite_control_is_detected() -> None:
    ports = control_ports(AXI.read_text(), "acc")
    assert (ports.start, ports.done) == ("ap_start", "ap_done")
    assert ports.internal == {"ap_start", "ap_done"}
    assert ports.axi_lite is not None and ports.axi_lite.prefix == "s_axi_control"
    assert ports.axi_lite.ports["AWADDR"] == "s_axi_control_AWADDR" and ports.axi_lite.ctrl_address == 0


def test_hierarchical_start_is_accepted_and_a_bogus_one_refused() -> None:
    ports = control_ports(AXI.read_text(), "acc", start="control_s_axi_U.int_ap_start")
    assert ports.start == "control_s_axi_U.int_ap_start" and ports.start in ports.internal
    with pytest.raises(hls.HlsError, match="start port 'nope.x' is not a port of module acc"):
        control_ports(AXI.read_text(), "acc", start="nope.x")


@pytest.mark.skipif(shutil.which("iverilog") is None, reason="needs Icarus")
def test_axi_lite_design_instruments_and_compiles(tmp_path: Path) -> None:
    out = tmp_path / "acc_ckpt.v"
    result = hls.insert(AXI, top="acc", budget_cycles=20, output=out)
    assert result.summary["checkpoints"]
    proc = subprocess.run(["iverilog", "-o", str(tmp_path / "a.vvp"), str(out)], capture_output=True,
                          text=True)
    assert proc.returncode == 0, proc.stderr


def test_memories_in_submodules_are_state_and_saved() -> None:
    design = load_design([str(LEGUP)], "top")
    ram = design.memories["memory_controller_inst.memA.ram"]
    assert ram.kind == "array" and ram.depth == 10 and not ram.non_volatile
    result = hls.insert(LEGUP, top="top", budget_cycles=100, start="start", done="finish")
    saved = {r for c in result.plan.checkpoints for r in c.registers}
    assert {f"memory_controller_inst.mem{x}.ram" for x in "ABCD"} <= saved


def test_loop_indices_are_not_state(tmp_path: Path) -> None:
    v = tmp_path / "loops.v"
    v.write_text(
        "module loops(input ap_clk, input ap_rst, input ap_start, output reg ap_done, input [7:0] a,\n"
        "             output reg [7:0] y);\n"
        "  localparam S0 = 2'd0, S1 = 2'd1, S2 = 2'd2;\n  reg [1:0] state;\n  integer i, j;\n"
        "  reg [7:0] acc, pipe [0:3];\n  reg [7:0] comb;\n"
        "  always @(*) begin comb = 0; for (i = 0; i < 8; i = i + 1) comb = comb + a[i]; end\n"
        "  always @(posedge ap_clk) for (j = 0; j < 3; j = j + 1) pipe[j+1] <= pipe[j];\n"
        "  always @(posedge ap_clk) if (ap_rst) state <= S0; else case (state)\n"
        "    S0: if (ap_start) state <= S1;\n    S1: state <= S2;\n    default: state <= S0;\n  endcase\n"
        "  always @(posedge ap_clk) begin if (state == S1) acc <= comb; ap_done <= state == S2;\n"
        "    y <= acc; end\nendmodule\n")
    design = load_design([str(v)], "loops")
    assert "i" not in design.registers and "j" not in design.registers
    assert "acc" in design.registers


def test_legup_memory_controller_loop_index_is_not_state() -> None:
    design = load_design([str(LEGUP)], "top")
    assert not [r for r in design.registers if r.rsplit(".", 1)[-1] in ("i", "j")]


def test_registers_inside_generate_blocks_are_state(tmp_path: Path) -> None:
    v = tmp_path / "gen.v"
    v.write_text(
        "module gen(input ap_clk, input ap_rst, input ap_start, output ap_done, input [3:0] a,\n"
        "           output [3:0] y);\n  localparam S0 = 1'd0, S1 = 1'd1;\n  reg state;\n  genvar k;\n"
        "  for (k = 0; k < 4; k = k + 1) begin : lane\n    reg r;\n"
        "    always @(posedge ap_clk) if (state == S0 && ap_start) r <= a[k];\n    assign y[k] = r;\n  end\n"
        "  always @(posedge ap_clk) if (ap_rst) state <= S0; else if (state == S0) begin\n"
        "    if (ap_start) state <= S1; end else state <= S0;\n  assign ap_done = state == S1;\nendmodule\n")
    design = load_design([str(v)], "gen")
    assert {"lane[0].r", "lane[3].r"} <= set(design.registers)
    assert all("lane[2].r" in design.liveness.live_in[s] for s in ("S1",))


def test_state_register_driven_from_two_always_blocks_is_refused(tmp_path: Path) -> None:
    v = tmp_path / "two.v"
    v.write_text(
        "module two(input clk, input rst, input go, output done);\n"
        "  localparam A = 2'd0, B = 2'd1, C = 2'd2;\n"
        "  reg [1:0] state;\n  always @(posedge clk) if (rst) state <= A;\n"
        "  always @(posedge clk) case (state) A: if (go) state <= B; B: state <= C; default: state <= A;"
        " endcase\n  assign done = state == C;\nendmodule\n")
    with pytest.raises(hls.HlsError, match=r"state register state is assigned in 2 clocked always blocks"):
        load_design([str(v)], "two")


CATAPULT = HERE.parents[0] / "data" / "hls_real" / "catapult_fp17_to_fp32" / "HLS_fp17_to_fp32.v"


def test_free_running_catapult_clock_reset_found_by_their_edges(tmp_path: Path) -> None:
    ports = control_ports(CATAPULT.read_text(), "HLS_fp17_to_fp32")
    assert (ports.clock, ports.reset, ports.reset_active_low) == ("nvdla_core_clk", "nvdla_core_rstn", True)
    assert ports.free_running and ports.done == "1'b0"
    out = tmp_path / "c.v"
    hls.insert(CATAPULT, top="HLS_fp17_to_fp32", budget_cycles=20, output=out)
    if shutil.which("iverilog"):
        proc = subprocess.run(["iverilog", "-o", str(tmp_path / "c.vvp"), str(out)], capture_output=True,
                              text=True)
        assert proc.returncode == 0, proc.stderr


@pytest.mark.iverilog
@pytest.mark.skipif(not shutil.which("iverilog"), reason="needs Icarus Verilog")
@pytest.mark.parametrize("path, top", [(CATAPULT, "HLS_fp17_to_fp32"), (AXI, "acc")])
def test_verify_drives_free_running_and_axi_lite_designs(path: Path, top: str) -> None:
    report = hls.verify(path, top=top, budget_cycles=20, failures=2, runs=1)
    assert report.passed and report.failures_injected >= 1


SV_ENUM_FSM = """module e #(parameter W = 4, localparam V = W * 2) (input logic clk, input logic rst,
          input logic ap_start, output logic ap_done, output logic [V-1:0] q);
  typedef enum logic [1:0] {IDLE, RUN, FIN = 2'd3} st_t;
  st_t state;
  always_ff @(posedge clk) if (rst) state <= IDLE; else unique case (state)
    IDLE: if (ap_start) state <= RUN;
    RUN: state <= FIN;
    default: state <= IDLE;
  endcase
  always_ff @(posedge clk) if (rst) q <= '0; else if (state == RUN) q <= q + 1'b1;
  assign ap_done = state == FIN;
endmodule
"""

TASK_FSM = """module t(input clk, input rst, input ap_start, output ap_done, input [3:0] a,
         output reg [3:0] y);
  localparam S0 = 2'd0, S1 = 2'd1, S2 = 2'd2;
  reg [1:0] st;
  task step;
    input [3:0] x;
    output [3:0] o;
    begin o = x + 4'd1; end
  endtask
  always @(posedge clk) if (rst) st <= S0; else case (st)
    S0: if (ap_start) st <= S1;
    S1: st <= S2;
    default: st <= S0;
  endcase
  always @(posedge clk) if (st == S1) step(a, y);
  assign ap_done = st == S2;
endmodule
"""


@pytest.mark.iverilog
@pytest.mark.parametrize("name, text", [("e.sv", SV_ENUM_FSM), ("t.v", TASK_FSM)])
def test_systemverilog_and_task_designs_instrument_and_verify(name: str, text: str, tmp_path: Path) -> None:
    src = tmp_path / name
    src.write_text(text)
    top = name.split(".")[0]
    out = tmp_path / "o.v"
    hls.insert(src, top=top, budget_cycles=4, output=out)
    proc = subprocess.run(["iverilog", "-g2012", "-o", str(tmp_path / "o.vvp"), str(out)],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    # (resave at every iteration: every planned failure, save-time ones included, finds a save to cut)
    report = hls.verify(src, top=top, budget_cycles=4, failures=5, runs=2, resave="iteration")
    assert report.passed and report.failures_injected == 5
