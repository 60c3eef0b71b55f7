"""FSM detection on hand-written fixtures of every HLS style and on the designs of designs/rtl/, whose FSMs
their author described independently in design.json (and checked in simulation)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hls.analysis.fsm import find_fsm
from hls.errors import HlsError
from hls.frontend.netlist import load_netlist

FIXTURES = Path(__file__).parent / "fixtures"
RTL = Path(__file__).resolve().parents[2] / "designs" / "rtl"

CASES = {
    "vivado_sum.v": ("vsum", "ap_CS_fsm", "onehot", "ap_ST_fsm_state1",
                     {"ap_ST_fsm_state1": 1, "ap_ST_fsm_state2": 2, "ap_ST_fsm_state3": 4,
                      "ap_ST_fsm_state4": 8},
                     {(1, 1), (1, 2), (2, 4), (2, 8), (4, 2), (8, 1)}),
    "legup_gcd.v": ("main", "cur_state", "binary", "LEGUP_0",
                    {"LEGUP_0": 0, "LEGUP_F_main_BB_entry_1": 1, "LEGUP_F_main_BB_loop_2": 2,
                     "LEGUP_F_main_BB_sub_3": 3, "LEGUP_F_main_BB_exit_4": 4},
                    {(0, 0), (0, 1), (1, 2), (2, 3), (2, 4), (3, 2), (4, 0)}),
    "bambu_acc.v": ("acc", "Controller_i._present_state", "onehot", "S_0",
                    {"S_0": 1, "S_1": 2, "S_2": 4, "S_3": 8},
                    {(1, 1), (1, 2), (2, 4), (2, 8), (4, 2), (8, 1)}),
    "catapult_mac.v": ("mac", "mac_core_core_fsm_inst.state_var", "binary", "core_rlp_C_0",
                       {"core_rlp_C_0": 0, "main_C_0": 1, "loop_C_0": 2, "main_C_1": 3},
                       {(0, 1), (1, 1), (1, 2), (2, 2), (2, 3), (3, 1)}),
    "case_fsm.v": ("mult_case", "state", "binary", "IDLE", {"IDLE": 0, "LOAD": 1, "ADD": 2, "FIN": 3},
                   {(0, 0), (0, 1), (1, 2), (2, 2), (2, 3), (3, 0)}),
    "onehot_bits.v": ("onehot_sum", "state", "onehot", "state_1", {"state_1": 1, "state_2": 2, "state_4": 4},
                      {(1, 1), (1, 2), (2, 2), (2, 4), (4, 1)}),
    "sequencer.v": ("seqr", "state", "binary", "state_0", {f"state_{i}": i for i in range(6)},
                    {(0, 0), (0, 1), (1, 2), (2, 3), (3, 4), (4, 5), (5, 0)}),
    "ifchain_fsm.v": ("max_ifchain", "st", "binary", "ST_WAIT",
                      {"ST_WAIT": 0, "ST_FIRST": 1, "ST_SCAN": 2, "ST_DONE": 4},
                      {(0, 0), (0, 1), (1, 2), (2, 2), (2, 4), (4, 0)}),
}


@pytest.mark.parametrize("fixture", sorted(CASES))
def test_fixture_fsm(fixture: str) -> None:
    top, register, encoding, reset, states, edges = CASES[fixture]
    fsm = find_fsm(load_netlist([str(FIXTURES / fixture)], top))
    assert (fsm.register, fsm.encoding, fsm.reset_state, fsm.states) == (register, encoding, reset, states)
    assert {(fsm.states[t.source], fsm.states[t.target]) for t in fsm.transitions} == edges


def test_conditions_are_simplified_in_each_state() -> None:
    fsm = find_fsm(load_netlist([str(FIXTURES / "vivado_sum.v")], "vsum"))
    cond = {(t.source, t.target): t.condition for t in fsm.transitions}
    # (ap_start == 1) & (1 == ap_CS_fsm_state1): the state part is known in state1 and folded away
    assert cond[("ap_ST_fsm_state1", "ap_ST_fsm_state2")] == "(ap_start == 1'd1)"
    assert cond[("ap_ST_fsm_state1", "ap_ST_fsm_state1")] == "!((ap_start == 1'd1))"
    assert cond[("ap_ST_fsm_state3", "ap_ST_fsm_state2")] is None


def test_contradictory_paths_are_not_transitions() -> None:
    # LegUp writes "if (done == 1) ... else if (done == 0) ..." and keeps next_state = cur_state otherwise:
    # the hold path needs done to be neither 0 nor 1, so there is no self-loop on loop_2
    fsm = find_fsm(load_netlist([str(FIXTURES / "legup_gcd.v")], "main"))
    assert "LEGUP_F_main_BB_loop_2" not in fsm.successors("LEGUP_F_main_BB_loop_2")


def test_reset_state_from_initial_value(tmp_path: Path) -> None:
    v = tmp_path / "init.v"
    v.write_text("module m(input clk, input go, output reg y);\n"
                 "localparam A = 2'd1, B = 2'd2;\nreg [1:0] s = A;\n"
                 "always @(posedge clk) case (s) A: if (go) s <= B; B: begin y <= ~y; s <= A; end endcase\n"
                 "endmodule\n")
    fsm = find_fsm(load_netlist([str(v)], "m"))
    assert fsm.reset_state == "A" and set(fsm.states) == {"A", "B"}


def test_no_fsm_is_a_clear_error(tmp_path: Path) -> None:
    v = tmp_path / "counter.v"
    v.write_text("module c(input clk, output reg [7:0] n);\n"
                 "always @(posedge clk) n <= n + 8'd1;\nendmodule\n")
    with pytest.raises(HlsError, match=r"^no control FSM found in c: "):
        find_fsm(load_netlist([str(v)], "c"))


def _rtl_designs() -> list[Path]:
    return sorted(p for p in RTL.glob("*/design.json") if "fsm" in json.loads(p.read_text()))


@pytest.mark.parametrize("spec", _rtl_designs(), ids=lambda p: p.parent.name)
def test_designs_rtl_fsm_matches_their_description(spec: Path) -> None:
    d = json.loads(spec.read_text())
    fsm = find_fsm(load_netlist([str(spec.parent / s) for s in d["sources"]], d["top"]))
    want = d["fsm"]
    assert fsm.register == want["register"]
    assert fsm.encoding == want["encoding"]
    assert fsm.reset_state == want["reset_state"]
    assert fsm.states == want["states"]
    assert {(t.source, t.target) for t in fsm.transitions} == {tuple(t) for t in want["transitions"]}


def test_one_state_vitis_pipeline_with_a_black_box_flow_controller() -> None:
    fsm = find_fsm(load_netlist([str(FIXTURES / "vitis_pipeline.v")], "vpipe"))
    assert fsm.register == "ap_CS_fsm" and fsm.states == {"ap_ST_fsm_pp0_stage0": 1}
    only = "ap_ST_fsm_pp0_stage0"
    assert [(t.source, t.target) for t in fsm.transitions] == [(only, only)]


def test_a_lone_constant_register_without_an_fsm_name_is_not_an_fsm(tmp_path: Path) -> None:
    v = tmp_path / "flag.v"
    v.write_text("module flag(input clk, input a, output reg f);\nlocalparam ON = 1'b1;\n"
                 "always @(posedge clk) if (f == ON) f <= ON;\nendmodule\n")
    with pytest.raises(HlsError, match="no control FSM found"):
        find_fsm(load_netlist([str(v)], "flag"))


def test_the_top_fsm_wins_over_a_larger_sub_fsm(tmp_path: Path) -> None:
    v = tmp_path / "two.v"
    v.write_text(
        "module sub(input clk, input rst, input go, output reg done);\n"
        "  localparam [2:0] A = 0, B = 1, C = 2, D = 3, E = 4;\n  reg [2:0] state;\n"
        "  always @(posedge clk) if (rst) state <= A; else case (state)\n"
        "    A: if (go) state <= B; B: state <= C; C: state <= D; D: state <= E; default: state <= A;\n"
        "  endcase\n  always @(posedge clk) done <= (state == E);\nendmodule\n"
        "module top(input clk, input rst, input start, output fin);\n"
        "  localparam [1:0] IDLE = 0, RUN = 1, WAIT = 2;\n  reg [1:0] state;\n  wire d;\n"
        "  sub u(.clk(clk), .rst(rst), .go(state == RUN), .done(d));\n"
        "  always @(posedge clk) if (rst) state <= IDLE; else case (state)\n"
        "    IDLE: if (start) state <= RUN; RUN: state <= WAIT; WAIT: if (d) state <= IDLE;\n"
        "    default: state <= IDLE;\n  endcase\n  assign fin = (state == IDLE);\nendmodule\n")
    fsm = find_fsm(load_netlist([str(v)], "top"))
    assert fsm.register == "state" and set(fsm.states) == {"IDLE", "RUN", "WAIT"}


def test_a_default_arm_written_first_still_comes_last(tmp_path: Path) -> None:
    v = tmp_path / "dflt.v"
    v.write_text("module dflt(input clk, input rst, input go, input [7:0] a, output reg [7:0] y);\n"
                 "localparam A = 2'd0, B = 2'd1, C = 2'd2;\nreg [1:0] st; reg [7:0] t;\n"
                 "always @(posedge clk) if (rst) st <= A; else case (st)\n  default: st <= A;\n"
                 "  A: if (go) st <= B;\n  B: begin t <= a; st <= C; end\n  C: begin y <= t; st <= A; end\n"
                 "endcase\nendmodule\n")
    fsm = find_fsm(load_netlist([str(v)], "dflt"))
    assert {(t.source, t.target) for t in fsm.transitions} == {("A", "A"), ("A", "B"), ("B", "C"), ("C", "A")}
