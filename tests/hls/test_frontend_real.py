"""The front end on genuine HLS outputs (tests/data/hls_real, see each PROVENANCE.md) and on the constructs
pyverilog 1.3 cannot read, lowered through slang's syntax tree (hls/lower.py)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from hls.analysis.fsm import find_fsm
from hls.errors import HlsError
from hls.frontend.lower import lower
from hls.frontend.netlist import load_netlist

REAL = Path(__file__).resolve().parents[1] / "data" / "hls_real"


def test_every_real_design_has_provenance() -> None:
    dirs = [d for d in REAL.iterdir() if d.is_dir()]
    assert len(dirs) >= 4
    for d in dirs:
        text = (d / "PROVENANCE.md").read_text()
        assert "Repository: https://github.com/" in text and "Commit: " in text and "License" in text


def test_vivado_dummy_proc_fe_fsm() -> None:
    fsm = find_fsm(load_netlist([str(REAL / "vivado_dummy_proc_fe" / "dummy_proc_fe.v")], "dummy_proc_fe"))
    assert fsm.register == "ap_CS_fsm" and fsm.encoding == "onehot"
    assert set(fsm.states) == {"ap_ST_fsm_state1", "ap_ST_fsm_pp0_stage0", "ap_ST_fsm_state4"}


def test_legup_defparam_and_simulation_only_task_call() -> None:
    n = load_netlist([str(REAL / "legup_three_funcs" / "threeFuncs_fourMems.v")], "top")
    # the defparams sized the RAMs: ram_dual_port's `ram` array is 10 x 32 (numwords_a, width_a)
    ram = n.signals["memory_controller_inst.memA.ram"]
    assert ram.width == 32 and ram.depth == 10
    fsm = find_fsm(n)
    assert fsm.register == "main_inst.cur_state" and fsm.reset_state == "LEGUP_0"
    assert n.undefined == ()  # the Altera simulation model sits in translate_off: dropped, not missing


@pytest.mark.parametrize("name, top", [("calyx_dot_product/dot-product.sv", "main"),
                                       ("calyx_data_instance/data-instance.sv", "main")])
def test_calyx_systemverilog_is_read(name: str, top: str) -> None:
    n = load_netlist([str(REAL / name)], top)
    assert n.top == "main" and {p.name for p in n.ports} >= {"go", "clk", "done"}


def test_defparam_becomes_an_instance_override(tmp_path: Path) -> None:
    v = tmp_path / "dp.v"
    v.write_text("module sub #(parameter W = 1) (input [W-1:0] a, output [W-1:0] y);\n"
                 "assign y = a;\nendmodule\n"
                 "module top(input [5:0] a, output [5:0] y);\nsub u(.a(a), .y(y));\ndefparam u.W = 6;\n"
                 "endmodule\n")
    n = load_netlist([str(v)], "top")
    assert n.signals["u.a"].width == 6


def test_generate_loop_without_generate_keyword(tmp_path: Path) -> None:
    v = tmp_path / "g.v"
    v.write_text("module g(input clk, input [3:0] a, output [3:0] y);\ngenvar i;\n"
                 "for (i = 0; i < 4; i = i + 1) begin : L\n  reg r;\n  always @(posedge clk) r <= a[i];\n"
                 "  assign y[i] = r;\nend\nendmodule\n")
    n = load_netlist([str(v)], "g")
    assert {"L[0].r", "L[3].r"} <= set(n.signals)


def test_signed_function_keeps_its_sign(tmp_path: Path) -> None:
    text = lower("module m(input [3:0] a, output [7:0] y);\nfunction signed [4:0] f;\ninput [3:0] x;\n"
                 "f = x;\nendfunction\nassign y = f(a) + f(a);\nendmodule\n").text
    assert "function  [4:0] f" in text or "function [4:0] f" in text
    assert text.count("$signed(f(a))") == 2


def test_unbased_literals_and_sv_types() -> None:
    text = lower("module m(input wire logic [3:0] a, output logic [3:0] y, output logic z);\nint n;\n"
                 "string s;\nassign y = '1;\nassign z = '0;\nfinal begin end\nendmodule\n").text
    assert "(~0)" in text and "integer n" in text and "reg [2047:0] s" in text and "final" not in text
    assert "logic [3:0] a" not in text


def test_syntax_error_names_line_and_slang_message(tmp_path: Path) -> None:
    v = tmp_path / "bad.sv"
    v.write_text("module bad(input a);\nwire b;\nassign b = a +;\nendmodule\n")
    with pytest.raises(HlsError, match=r"^cannot parse .*bad\.sv: line:3: expected expression$"):
        load_netlist([str(v)])


def test_a_construct_pyverilog_lacks_is_named_with_its_line(tmp_path: Path) -> None:
    v = tmp_path / "iface.sv"
    v.write_text("module m(input clk, output reg [3:0] q);\nalways @(posedge clk) begin\n"
                 "  q <= q + 1;\n  q++;\nend\nendmodule\n")
    with pytest.raises(HlsError) as err:
        load_netlist([str(v)], "m")
    message = str(err.value)
    assert "\n" not in message and "line:4" in message and "q++" in message


def test_missing_submodule_is_listed_with_its_line(tmp_path: Path) -> None:
    v = tmp_path / "mm.v"
    v.write_text("module mm(input clk, input [3:0] a, output [3:0] y);\n\nip_core u0 (.clk(clk), .din(a), "
                 ".dout(y));\nendmodule\n")
    n = load_netlist([str(v)], "mm")
    assert n.undefined == (("ip_core", "u0", 3),)


@pytest.mark.parametrize("name, top", [("catapult_fp17_to_fp32/HLS_fp17_to_fp32.v", "HLS_fp17_to_fp32"),
                                       ("catapult_fp16_to_fp17/HLS_fp16_to_fp17.v", "HLS_fp16_to_fp17"),
                                       ("catapult_fp32_mul/HLS_fp32_mul.v", "HLS_fp32_mul"),
                                       ("catapult_cdp_icvt/HLS_cdp_icvt.v", "HLS_cdp_icvt")])
def test_catapult_nvdla_converters(name: str, top: str) -> None:
    # HLS_fp16_to_fp17 declares parameters inside functions (Catapult's fshl_u_1): hoisted by the lowering
    fsm = find_fsm(load_netlist([str(REAL / name)], top))
    assert fsm.register.endswith("_core_core_fsm_inst.state_var")
    assert set(fsm.states) == {"core_rlp_C_0", "main_C_0"} and fsm.reset_state == "core_rlp_C_0"


def test_function_parameters_are_hoisted(tmp_path: Path) -> None:
    v = tmp_path / "fp.v"
    v.write_text("module fp(input [3:0] a, output [7:0] y);\nparameter W = 8;\nfunction [7:0] f;\n"
                 "  input [3:0] x;\n  parameter olen = W;\n  reg [olen-1:0] t;\n  begin t = x; f = t; end\n"
                 "endfunction\nassign y = f(a);\nendmodule\n")
    n = load_netlist([str(v)], "fp")
    assert n.signals["y"].width == 8
    text = lower(v.read_text()).text
    assert "localparam f__olen = W;" in text and text.count("\n") == v.read_text().count("\n")


def test_bambu_func_one_state_controller() -> None:
    fsm = find_fsm(load_netlist([str(REAL / "bambu_func" / "func.v")], "func"))
    assert fsm.register == "_func_i0.Controller_i._present_state" and fsm.reset_state == "S_0"


def test_bambu_example_memories_in_submodules() -> None:
    import hls

    analysis = hls.analyze(REAL / "bambu_example" / "top.v", top="example")
    assert analysis.state_register == "_example_i0.Controller_i._present_state"
    assert len(analysis.states) == 8
    arrays = [m for m in analysis.design.memories.values() if m.kind == "array"]
    assert arrays and all(".memory" in m.name or m.name.endswith("memory") for m in arrays)


def test_vivado_gsm_two_port_memory_interface() -> None:
    import hls

    analysis = hls.analyze(REAL / "vivado_gsm_lar" / "gsm_lar.v")
    assert analysis.state_register == "ap_CS_fsm" and len(analysis.states) == 8
    assert analysis.design.memories["LARc"].kind == "ap_memory"


@pytest.mark.parametrize("name, files, states, edges", [
    # read by hand from each file's `case (ap_CS_fsm)`: every state, and the states with two successors
    ("vivado_bram_list_multiply", ["list_multiply.v", "list_multiply_muxbkb.v"],
     ["state1", "pp0_stage0", "state4", "state5", "state6"],
     {"state1": {"state1", "pp0_stage0"}, "pp0_stage0": {"pp0_stage0", "state4"},
      "state5": {"state5", "state6"}}),
    ("vivado_bram_matmul", ["matmul_hw.v", "matmul_hw_mul_32scud.v", "matmul_hw_mux_42_bkb.v"],
     [f"state{i}" for i in range(1, 19)], {"state1": {"state1", "state2"}, "state2": {"state3", "state18"}}),
    ("vivado_bram_fir2dim", ["fir2dim_hwa.v", "fir2dim_hwa_mul_3bkb.v"],
     ["state1", *(f"pp0_stage{i}" for i in range(27)), "state54"],
     {"state1": {"state1", "pp0_stage0"}, "pp0_stage16": {"pp0_stage17", "state54"},
      "pp0_stage24": {"pp0_stage25", "state54"}}),
    ("vivado_cnn_maxpool", ["max_pool_1.v"], [f"state{i}" for i in range(1, 8)],
     {f"state{i}": {f"state{i - 1}" if i > 1 else "state1", f"state{i + 1}"} for i in range(1, 7)}),
])
def test_vivado_designs_fsm_as_read_by_hand(name: str, files: list[str], states: list[str],
                                                 edges: dict[str, set[str]]) -> None:
    import hls

    fsm = hls.analyze([REAL / name / f for f in files], top=files[0][:-2], allow_war=True).design.fsm
    assert set(fsm.states) == {f"ap_ST_fsm_{s}" for s in states}
    assert fsm.reset_state == "ap_ST_fsm_state1" and fsm.encoding == "onehot"
    successors = {s: set(fsm.successors(s)) for s in fsm.states}
    for state, expected in edges.items():
        assert successors[f"ap_ST_fsm_{state}"] == {f"ap_ST_fsm_{s}" for s in expected}
    assert all(len(v) == 1 for k, v in successors.items() if k[len("ap_ST_fsm_"):] not in edges)


VITIS = REAL / "vitis_copy_input"
VITIS_TOP = "lenet5_CONVOLUTION_LAYER_1_Pipeline_copy_input_2_copy_input_3"


def test_vitis_pipeline_with_its_flow_control_submodule() -> None:
    import hls

    analysis = hls.analyze(sorted(VITIS.glob("*.v")), top=VITIS_TOP)
    assert analysis.states == {"ap_ST_fsm_pp0_stage0": 1}


def test_vitis_top_file_alone_is_a_missing_submodule_error() -> None:
    import hls

    with pytest.raises(HlsError, match=r"^module lenet5_flow_control_loop_pipe_sequential_init \(instance "
                                       r"flow_control_loop_pipe_sequential_init_U, "
                                       rf"{VITIS_TOP}\.v:98\) is not defined"):
        hls.analyze(VITIS / f"{VITIS_TOP}.v", top=VITIS_TOP)


def test_a_missing_submodule_is_located_in_its_own_file(tmp_path: Path) -> None:
    # several files are preprocessed into one text: its line numbers name no file (Vitis LeNet-5's float cores
    # instantiate Xilinx IP `*_ip` modules, which were at "line 4961" of the concatenation)
    import shutil

    import hls

    for f in VITIS.glob("*.v"):
        shutil.copy(f, tmp_path / f.name)
    (tmp_path / "zz_core.v").write_text("module core_w(input clk, input [3:0] a, output [3:0] y);\n\n"
                                     "vendor_ip #(.W(4)) vendor_ip_u (.clk(clk), .a(a), .y(y));\nendmodule\n")
    top = tmp_path / f"{VITIS_TOP}.v"
    extra = "core_w extra_u (.clk(ap_clk), .a(4'd0), .y());\nendmodule"
    top.write_text(top.read_text().replace("endmodule", extra, 1))
    with pytest.raises(HlsError, match=r"^module vendor_ip \(instance vendor_ip_u, zz_core\.v:3\) is not "):
        hls.analyze(sorted(tmp_path.glob("*.v")), top=VITIS_TOP)


def test_systemverilog_enum_fsm_with_unique_case(tmp_path: Path) -> None:
    v = tmp_path / "e.sv"
    v.write_text(
        "module e #(parameter W = 4, localparam V = W * 2) (input logic clk, input logic rst,\n"
        "          input logic go, output logic done, output logic [V-1:0] q);\n"
        "  typedef enum logic [1:0] {IDLE, RUN, FIN = 2'd3} st_t;\n  st_t state;\n"
        "  always_ff @(posedge clk) if (rst) state <= IDLE; else unique case (state)\n"
        "    IDLE: if (go) state <= RUN;\n    RUN: state <= FIN;\n    default: state <= IDLE;\n  endcase\n"
        "  always_ff @(posedge clk) if (state == RUN) q <= q + 1'b1;\n  assign done = state == FIN;\n"
        "endmodule\n")
    fsm = find_fsm(load_netlist([str(v)], "e"))
    assert fsm.register == "state" and fsm.states == {"IDLE": 0, "RUN": 1, "FIN": 3}


def test_unsupported_construct_is_named_by_the_token_pyverilog_stopped_at(tmp_path: Path) -> None:
    v = tmp_path / "t.sv"
    v.write_text("module m(input clk, input [3:0] a, output reg [3:0] y);\n"
                 "always @(posedge clk) begin\n  y <= a;\n  y++;\nend\nendmodule\n")
    with pytest.raises(HlsError, match=r"line:4: .*`y\+\+;` is not supported by the pyverilog front end"):
        load_netlist([str(v)], "m")


def test_user_task_calls_are_inlined(tmp_path: Path) -> None:
    v = tmp_path / "t.v"
    v.write_text("module m(input clk, input rst, input go, input [3:0] a, output reg [3:0] y);\n"
                 "localparam S0 = 1'b0, S1 = 1'b1;\nreg st;\n"
                 "task step;\n  input [3:0] x;\n  output [3:0] o;\n  reg [1:0] k;\n"
                 "  begin k = 2'd1; o = x + k; end\nendtask\n"
                 "always @(posedge clk) if (rst) st <= S0; else case (st) S0: if (go) st <= S1; "
                 "default: st <= S0; endcase\n"
                 "always @(posedge clk) if (st == S1) step(a, y);\nendmodule\n")
    n = load_netlist([str(v)], "m")
    assert {"step__x", "step__o", "step__k"} <= set(n.signals)
    assert find_fsm(n).register == "st"
    text = lower(v.read_text()).text
    assert "begin step__x = a;" in text and "y = step__o; end" in text
    assert text.count("\n") == v.read_text().count("\n")


def test_a_missing_core_is_named_before_the_fsm_search_fails(tmp_path: Path) -> None:
    # Vivado HLS 2019.2's FFT wrapper (fft_config1_s, FPGAcademyMLG): all of its state is in the Xilinx FFT
    # core it instantiates, which no file defines; "no control FSM found" hid the reason
    import hls

    v = tmp_path / "wrap.v"
    v.write_text("module wrap(input ap_clk, input ap_rst, input [7:0] a, output [7:0] y);\n"
                 "wrap_core inst (.aclk(ap_clk), .din(a), .dout(y));\nendmodule\n")
    for call in (lambda: hls.analyze(v, top="wrap"), lambda: hls.insert(v, top="wrap", budget_cycles=50)):
        with pytest.raises(HlsError, match=r"^module wrap_core \(instance inst, wrap\.v:2\) is not defined"):
            call()


def test_legup_pipelined_loop_fsm_as_read_by_hand() -> None:
    # read from main's `case(cur_state)`: every state also holds while memory_controller_waitrequest is high
    # (`cur_state <= cur_state`), the loop-pipeline wait state leaves on loop6_1_pipeline_finish
    n = load_netlist([str(REAL / "legup_loop6_pipelined" / "module.v")], "top")
    fsm = find_fsm(n)
    assert fsm.register == "main_inst.cur_state" and fsm.reset_state == "LEGUP_0" and len(fsm.states) == 26
    b = "LEGUP_F_main_BB_"
    branches = {"LEGUP_0": {"LEGUP_loop_pipeline_wait_loop6_1_8"},
                "LEGUP_loop_pipeline_wait_loop6_1_8": {f"{b}preheader2_1"},
                f"{b}_54_22": {f"{b}lrphipreheader_9", f"{b}_54_18"},
                f"{b}lrphipreheader_17": {f"{b}_60_23", f"{b}_62_24"},
                f"{b}_64_25": {"LEGUP_0"}}
    for state in fsm.states:
        successors = set(fsm.successors(state)) - {state}
        if state in branches:
            assert successors == branches[state], state
        else:
            assert len(successors) == 1 and len(fsm.successors(state)) == 2, state


def test_vitis_calls_of_pipelined_loops_fsm_as_read_by_hand() -> None:
    # ALU_sys_HDL_reset's `case (ap_CS_fsm)`: states 2 and 5 wait for a called pipeline's ap_done, state 8 for
    # the last two (ap_block_state8_on_subcall_done), states 3, 4, 6, 7 step on
    import hls

    names = ("", "_Pipeline_clear_FIFO_a", "_Pipeline_clear_FIFO_b", "_Pipeline_clear_ALU_op",
             "_Pipeline_clear_RAM_op")
    files = [REAL / "vitis_reset_pipelines" / f"ALU_sys_HDL_reset{s}.v" for s in names]
    files.append(REAL / "vitis_reset_pipelines" / "ALU_sys_HDL_flow_control_loop_pipe_sequential_init.v")
    fsm = hls.analyze(files, top="ALU_sys_HDL_reset").design.fsm
    assert fsm.register == "ap_CS_fsm" and fsm.encoding == "onehot" and fsm.reset_state == "ap_ST_fsm_state1"
    successors = {s[len("ap_ST_fsm_state"):]: {t[len("ap_ST_fsm_state"):] for t in fsm.successors(s)}
                  for s in fsm.states}
    assert successors == {"1": {"1", "2"}, "2": {"2", "3"}, "3": {"4"}, "4": {"5"}, "5": {"5", "6"},
                          "6": {"7"}, "7": {"8"}, "8": {"8", "1"}}


def test_vitis_axi4_master_is_analysed_inserted_and_verified(tmp_path: Path) -> None:
    # an m_axi read loop and a store loop called in turn (states 3 and 6 wait for them); verify used to run
    # until --max-cycles waiting for read data nobody sends, then refused m_axi by name; now an AXI4 slave
    # memory answers it (hls/verification/axi_mem.py), the pointer `op` set to its own region
    import hls

    d = REAL / "vitis_operation_m_axi"
    files = [d / f"ALU_sys_HDL_operation{s}.v" for s in ("", "_Pipeline_l_operation",
                                                         "_Pipeline_s_operation_data_op")]
    files.append(d / "ALU_sys_HDL_flow_control_loop_pipe_sequential_init.v")
    fsm = hls.analyze(files, top="ALU_sys_HDL_operation").design.fsm
    successors = {s[len("ap_ST_fsm_state"):]: {t[len("ap_ST_fsm_state"):] for t in fsm.successors(s)}
                  for s in fsm.states}
    assert successors == {"1": {"1", "2"}, "2": {"3"}, "3": {"3", "4"}, "4": {"5"}, "5": {"6"},
                          "6": {"6", "1"}}
    hls.insert(files, top="ALU_sys_HDL_operation", budget_cycles=50, output=tmp_path / "out.v")
    assert (tmp_path / "out.v").stat().st_size > 0
    report = hls.verify(files, top="ALU_sys_HDL_operation", budget_cycles=50, failures=20, runs=4)
    assert report.passed and report.failures_injected > 0 and report.restores > 0
    assert not report.undefined_outputs


def test_default_case_item_without_colon_is_read(tmp_path: Path) -> None:
    v = tmp_path / "d.v"
    v.write_text("module d(input [1:0] a, output reg y);\nalways @(*)\n  case (a)\n    2'b01 : y = 1'b1;\n"
                 "    default\n      begin\n        y = 1'b0;\n      end\n  endcase\nendmodule\n")
    lowered = lower(v.read_text())
    assert "default:" in lowered.text and "default without colon" in lowered.rewrites
    assert lowered.text.count("\n") == v.read_text().count("\n")
    assert load_netlist([str(v)], "d").top == "d"


def test_bambu_casez_controller_fsm_as_read_by_hand() -> None:
    # controller_posit_na_float: S_0 waits for start_port and branches on OUT_CONDITION; S_2 branches on
    # `casez (OUT_MULTIIF...)`: 2'b?1 -> S_3, 2'b10 -> S_2, default -> S_4 (the ? bit matches anything: the
    # condition used to read `== 2'bx`)
    fsm = find_fsm(load_netlist([str(REAL / "bambu_posit" / "posit_na_float.v")], "posit_na_float"))
    assert fsm.register == "_posit_na_float_i0.Controller_i._present_state" and fsm.encoding == "onehot"
    assert fsm.reset_state == "S_0"
    successors = {s: set(fsm.successors(s)) for s in fsm.states}
    assert successors == {"S_0": {"S_0", "S_1", "S_5"}, "S_1": {"S_2"}, "S_2": {"S_2", "S_3", "S_4"},
                          "S_3": {"S_4"}, "S_4": {"S_0"}, "S_5": {"S_0"}}
    (to_s3,) = [t for t in fsm.transitions if (t.source, t.target) == ("S_2", "S_3")]
    assert "& 2'd1) == 2'd1" in str(to_s3.condition) and "2'bx" not in str(to_s3.condition)


def test_casez_label_with_wildcards_matches_on_the_cared_bits() -> None:
    from hls.exprs import label_match
    from hls.ir import Binary, Const, Ref

    s = Ref("s")
    assert label_match(s, (Const(1, 2, xmask=2),), "casez") == Binary(
        "==", Binary("&", s, Const(1, 2)), Const(1, 2))
    assert label_match(s, (Const(1, 2, xmask=2),), "case") == Binary("==", s, Const(1, 2, xmask=2))
    assert label_match(s, (Const(2, 2),), "casez") == Binary("==", s, Const(2, 2))


@pytest.mark.parametrize("name, top, states, branches", [
    # read from each `<top>_core_fsm`'s `case (state_var)`: the other states have one successor
    ("catapult2011_adding", "Adding", ["st_main", "st_out", "st_out_1", "st_main_1"],
     {"st_out_1": {"st_out", "st_main_1"}}),
    ("catapult2011_convolution", "Convolotion",
     ["st_main", "st_for_for_for", "st_for_for_for_1", "st_for_for_for_2", "st_for_for_for_3", "st_for_for",
      "st_for"],
     {"st_for_for_for_3": {"st_for_for_for", "st_for_for"}, "st_for_for": {"st_for_for_for", "st_for"},
      "st_for": {"st_for_for_for", "st_main"}}),
])
def test_catapult_2011_free_running_fsm_insert_and_verify(name: str, top: str, states: list[str],
                                                          branches: dict[str, set[str]],
                                                          tmp_path: Path) -> None:
    import hls

    source = REAL / name / "concat_rtl.v"
    fsm = hls.analyze(source, top=top).design.fsm
    assert fsm.register == f"{top}_core_inst.{top}_core_fsm_inst.state_var" and fsm.encoding == "binary"
    assert list(fsm.states) == states and fsm.reset_state == "st_main"
    for state in states:
        expected = branches.get(state)
        if expected is None:
            assert len(fsm.successors(state)) == 1, state
        else:
            assert set(fsm.successors(state)) == expected, state
    hls.insert(source, top=top, budget_cycles=50, output=tmp_path / "out.v")
    assert (tmp_path / "out.v").stat().st_size > source.stat().st_size // 2
    if shutil.which("iverilog") is None:
        pytest.skip("needs Icarus Verilog")
    # no start/done and no output stream: every plain output port (Adding's Temp, the single-port memory
    # requests of Convolotion) is compared in each cycle of progress of a fixed run, under failures
    report = hls.verify(source, top=top, budget_cycles=50, failures=10, runs=2)
    assert report.passed, report.mismatch_details
    assert report.restores > 0 and report.untested is None
    assert report.free_running.startswith("output ports ") and report.golden_cycles == 2 * 200
    assert report.instrumented_cycles > report.golden_cycles  # the saves froze the design


def test_catapult_2011_unrolled_free_running_design_with_self_loops_verifies(tmp_path: Path) -> None:
    # Adding.v5 (another solution of catapult2011_adding's function): the outer loop unrolled into eleven
    # `st_out_<k>_in` states, each a self-loop over the inner loop (`case (state_var)` read by hand)
    import hls

    source = REAL / "catapult2011_adding_unrolled" / "concat_rtl.v"
    fsm = hls.analyze(source, top="Adding").design.fsm
    chain = ["st_main"]
    for k in range(1, 12):
        chain += [f"st_out_{k}_in", f"st_main_{k}"]
    chain.append("st_main_12")
    assert fsm.register == "Adding_core_inst.Adding_core_fsm_inst.state_var" and list(fsm.states) == chain
    for here, after in zip(chain, [*chain[1:], "st_main"], strict=True):
        loops = {here} if here.startswith("st_out_") else set()
        assert set(fsm.successors(here)) == {after} | loops, here
    if shutil.which("iverilog") is None:
        pytest.skip("needs Icarus Verilog")
    for mode in ("always", "low_voltage"):
        report = hls.verify(source, top="Adding", budget_cycles=50, failures=20, runs=2, seed=2, mode=mode)
        assert report.passed, (mode, report.mismatch_details)
        assert report.restores > 0 and report.untested is None, mode
        assert report.free_running.startswith("output ports Temp_rsc_z in each of 200 cycles")


def test_vitis_free_running_axis_fir_fsm_as_read_by_hand() -> None:
    # FIR_HLS's `case (ap_CS_fsm)`: state1 waits for an input (through the register slice), state3 for the
    # MAC loop's ap_done, state4 for output TREADY, state5 for the shift loop's ap_done
    import hls

    fsm = hls.analyze(sorted((REAL / "vitis_fir_axis").glob("*.v")), top="FIR_HLS").design.fsm
    assert fsm.register == "ap_CS_fsm" and fsm.encoding == "onehot" and fsm.reset_state == "ap_ST_fsm_state1"
    successors = {s[len("ap_ST_fsm_state"):]: {t[len("ap_ST_fsm_state"):] for t in fsm.successors(s)}
                  for s in fsm.states}
    assert successors == {"1": {"1", "2"}, "2": {"3"}, "3": {"3", "4"}, "4": {"4", "5"}, "5": {"5", "1"}}


def test_vitis_multirate_process_fsm_as_read_by_hand() -> None:
    # the process's `case (ap_CS_fsm)`: state3 waits for the decimator and branches on icmp_ln19 (to 4, or
    # past the kernel filter to 6); states 4 and 5 wait on FIFO flags the top ties to 1'b1 (no self-loop
    # left); 6 and 7 wait for the filter and the interpolator, 8 for the output register slice
    import hls

    fsm = hls.analyze(sorted((REAL / "vitis_multirate").glob("*.v")), top="FIR_HLS").design.fsm
    assert fsm.register == "Block_entry_b_FIR_dec_int_43_rd_mod_value_fb_proc_U0.ap_CS_fsm"
    assert fsm.encoding == "onehot" and fsm.reset_state == "ap_ST_fsm_state1"
    successors = {s[len("ap_ST_fsm_state"):]: {t[len("ap_ST_fsm_state"):] for t in fsm.successors(s)}
                  for s in fsm.states}
    assert successors == {"1": {"1", "2"}, "2": {"3"}, "3": {"3", "4", "6"}, "4": {"5"}, "5": {"6"},
                          "6": {"6", "7"}, "7": {"7", "8"}, "8": {"8", "1"}}


def test_vitis_axi_lite_fir_fsm_and_control_slave() -> None:
    # fir's `case (ap_CS_fsm)`: state1 waits for ap_start (a net driven by the fir_io slave), state4 for the
    # MAC loop's ap_done; the harness finds the slave under its own bundle name
    import hls
    from hls.verification.campaign import axi_lite_map

    files = sorted((REAL / "vitis_fir_s_axilite").glob("*.v"))
    fsm = hls.analyze(files, top="fir").design.fsm
    successors = {s[len("ap_ST_fsm_state"):]: {t[len("ap_ST_fsm_state"):] for t in fsm.successors(s)}
                  for s in fsm.states}
    assert successors == {"1": {"1", "2"}, "2": {"3"}, "3": {"4"}, "4": {"4", "5"}, "5": {"6"}, "6": {"1"}}
    found = axi_lite_map("\n".join(f.read_text() for f in files), "fir")
    assert found is not None and found["bundle"] == "fir_io"
    assert {"name": "y", "address": 0x10} in found["reads"]
    assert {"name": "x", "address": 0x20} in found["args"]


def test_vitis_pipelined_function_two_stage_fsm_as_read_by_hand() -> None:
    # matrixmul's `case (ap_CS_fsm)`: stage0 holds (idle, or the loop's exit) or goes to stage1, which goes
    # back to stage0 (its subdone block is the constant 0); the reset state is stage0
    import hls

    fsm = hls.analyze(sorted((REAL / "vitis_matrixmul_pipelined").glob("*.v")), top="matrixmul").design.fsm
    assert fsm.register == "ap_CS_fsm" and fsm.reset_state == "ap_ST_fsm_pp0_stage0"
    assert {s: set(fsm.successors(s)) for s in fsm.states} == {
        "ap_ST_fsm_pp0_stage0": {"ap_ST_fsm_pp0_stage0", "ap_ST_fsm_pp0_stage1"},
        "ap_ST_fsm_pp0_stage1": {"ap_ST_fsm_pp0_stage0"}}


def test_legup_altera_megafunction_is_refused_by_name_and_line() -> None:
    import hls

    with pytest.raises(HlsError, match=r"^module lpm_divide \(instance lpm_divide_main_13_16, "
                                       r"module\.v:1200\) is not defined in the given files"):
        hls.analyze(REAL / "legup_loop1_lpm_divide" / "module.v", top="top")
