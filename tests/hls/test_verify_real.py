"""Every real HLS output in tests/data/hls_real (public, PROVENANCE.md next to each) through verify: with
injected power failures and without, against a golden run whose outputs are defined (an x golden is an error
in verify itself). One design per tool at least: Vivado HLS (CHStone GSM, FFT wrapper), Vitis HLS 2024.2
and 2023.2, LegUp 3.0 and 4.0, Bambu, Catapult. Calyx's outputs are in tests/hls/test_calyx.py (their
memories are external ports the harness does not serve yet, or they have no reset)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import hls
from hls.errors import HlsError

REAL = Path(__file__).resolve().parents[1] / "data" / "hls_real"

pytestmark = [
    pytest.mark.iverilog,
    pytest.mark.skipif(shutil.which("iverilog") is None, reason="needs Icarus Verilog"),
]

SOFTMAX = ("soft_max", "exp_13_7_s", "exp_13_7_s_exp_x_ibs", "exp_13_7_s_exp_x_jbC", "cnn_sdiv_18ns_12skbM")
VITIS_RESET = ("ALU_sys_HDL_reset", "ALU_sys_HDL_reset_Pipeline_clear_FIFO_a",
               "ALU_sys_HDL_reset_Pipeline_clear_FIFO_b", "ALU_sys_HDL_reset_Pipeline_clear_ALU_op",
               "ALU_sys_HDL_reset_Pipeline_clear_RAM_op",
               "ALU_sys_HDL_flow_control_loop_pipe_sequential_init")
VITIS_FIR = (
    "FIR_HLS",
    "FIR_HLS_FIR_HLS_Pipeline_VITIS_LOOP_25_1",
    "FIR_HLS_FIR_HLS_Pipeline_VITIS_LOOP_25_1_b_FIR_ROM_AUTO_1R",
    "FIR_HLS_FIR_HLS_Pipeline_VITIS_LOOP_28_2",
    "FIR_HLS_H_filter_FIR_RAM_AUTO_1R1W",
    "FIR_HLS_flow_control_loop_pipe_sequential_init",
    "FIR_HLS_mul_16s_14s_30_1_1",
    "FIR_HLS_regslice_both",
)
# (name, files, top, options, failures, runs, seed); seeds chosen where a failure after a stored checkpoint
# (a real restore) happens within the modest campaign
DESIGNS = [
    ("vivado_gsm_lar", ["vivado_gsm_lar/gsm_lar.v"], "Gsm_LPC_Analysis_Transformation_to_Log_Area_Ratios", {},
     5, 2, 1),
    ("vivado_dummy_proc_fe", ["vivado_dummy_proc_fe/dummy_proc_fe.v"], "dummy_proc_fe", {}, 5, 2, 1),
    ("vitis_copy_input", ["vitis_copy_input/lenet5_CONVOLUTION_LAYER_1_Pipeline_copy_input_2_copy_input_3.v",
                          "vitis_copy_input/lenet5_flow_control_loop_pipe_sequential_init.v"],
     "lenet5_CONVOLUTION_LAYER_1_Pipeline_copy_input_2_copy_input_3", {}, 5, 2, 1),
    ("legup_three_funcs", ["legup_three_funcs/threeFuncs_fourMems.v"], "top",
     {"start": "start", "done": "finish"}, 20, 4, 1),
    ("bambu_example", ["bambu_example/top.v"], "example", {}, 5, 2, 1),
    ("catapult_fp17_to_fp32", ["catapult_fp17_to_fp32/HLS_fp17_to_fp32.v"], "HLS_fp17_to_fp32", {}, 5, 2, 1),
    # Catapult 10.0 (NVDLA): two input channels joined; a channel with four configuration inputs
    ("catapult_fp32_mul", ["catapult_fp32_mul/HLS_fp32_mul.v"], "HLS_fp32_mul", {}, 5, 2, 1),
    ("catapult_cdp_icvt", ["catapult_cdp_icvt/HLS_cdp_icvt.v"], "HLS_cdp_icvt", {}, 5, 2, 1),
    # Vivado HLS 2019.1 (a fixed-point CNN): a called function with $readmemh ROMs, a divider core; loop nests
    ("vivado_cnn_softmax", [f"vivado_cnn_softmax/{f}.v" for f in SOFTMAX],
     "soft_max", {}, 5, 2, 1),
    ("vivado_cnn_flat", ["vivado_cnn_flat/flat.v"], "flat", {}, 5, 2, 1),
    ("vivado_cnn_maxpool", ["vivado_cnn_maxpool/max_pool_1.v"], "max_pool_1", {}, 3, 1, 1),
    # Vivado HLS 2016.4 `bram` interfaces (byte addresses, byte write enables), served by the memory model
    ("vivado_bram_matmul", ["vivado_bram_matmul/matmul_hw.v", "vivado_bram_matmul/matmul_hw_mul_32scud.v",
                            "vivado_bram_matmul/matmul_hw_mux_42_bkb.v"], "matmul_hw", {}, 5, 2, 1),
    ("vivado_bram_fir2dim", ["vivado_bram_fir2dim/fir2dim_hwa.v",
                             "vivado_bram_fir2dim/fir2dim_hwa_mul_3bkb.v"], "fir2dim_hwa", {}, 5, 2, 1),
    # without --allow-war: state5's read (a_EN_A 1, a_WEN_A 0) happens only on its exit edge to state6,
    # which leads to the reset state, so it is no same-state hazard with state5's writes (docs/hls-pass.md 5b)
    ("vivado_bram_list_multiply", ["vivado_bram_list_multiply/list_multiply.v",
                                   "vivado_bram_list_multiply/list_multiply_muxbkb.v"], "list_multiply",
     {}, 5, 2, 1),
    # LegUp 4.0 with a pipelined loop and a local RAM initialised from array.mif (loop_pipeline, LOCAL_RAMS)
    ("legup_loop6_pipelined", ["legup_loop6_pipelined/module.v"], "top", {"start": "start", "done": "finish"},
     20, 4, 1),
    ("legup_loop5_pipelined", ["legup_loop5_pipelined/module.v"], "top", {"start": "start", "done": "finish"},
     20, 4, 1),
    # Vitis HLS 2024.2, free-running on AXI4-Stream (no start/done): its first output only after ~400 cycles
    ("vitis_fir_axis", [f"vitis_fir_axis/{f}.v" for f in VITIS_FIR], "FIR_HLS", {}, 5, 2, 1),
    # Vitis HLS 2024.2: a multi-rate filter process calling a decimator, a filter and an interpolator
    ("vitis_multirate", sorted(f"vitis_multirate/{p.name}" for p in (REAL / "vitis_multirate").glob("*.v")),
     "FIR_HLS", {}, 5, 2, 1),
    # Vitis HLS 2024.2: driven through its AXI4-Lite slave (bundle fir_io, not `control`); y read back
    ("vitis_fir_s_axilite", sorted(f"vitis_fir_s_axilite/{p.name}"
                                   for p in (REAL / "vitis_fir_s_axilite").glob("*.v")), "fir", {}, 5, 2, 1),
    # Vitis HLS 2024.2: a whole function pipelined (II 2, two-stage FSM, flow_control_loop_delay_pipe)
    ("vitis_matrixmul_pipelined", sorted(f"vitis_matrixmul_pipelined/{p.name}"
                                         for p in (REAL / "vitis_matrixmul_pipelined").glob("*.v")),
     "matrixmul", {}, 5, 2, 1),
    # Bambu 0.9.7-dev: a posit-to-float function (a `casez` in its controller, `default` without colon)
    ("bambu_posit", ["bambu_posit/posit_na_float.v"], "posit_na_float", {}, 5, 2, 1),
    # Vitis HLS 2023.2: a function calling four pipelined loops in turn (three FIFO drains, an array clear)
    ("vitis_reset_pipelines", [f"vitis_reset_pipelines/{f}.v" for f in VITIS_RESET], "ALU_sys_HDL_reset", {},
     5, 2, 1),
]
# the other real outputs, checked without failures (bambu_func is a 2-cycle design: nothing to resume)
MORE = [
    ("bambu_func", ["bambu_func/func.v"], "func", {}, 0, 1, 1),
    ("catapult_fp16_to_fp17", ["catapult_fp16_to_fp17/HLS_fp16_to_fp17.v"], "HLS_fp16_to_fp17", {}, 0, 1, 1),
]
PARAMS = "name, files, top, options, failures, runs, seed"
IDS = [design[0] for design in DESIGNS]


def _verify(files: list[str], top: str, options: dict, failures: int, runs: int, seed: int):
    return hls.verify([REAL / f for f in files], top=top, budget_cycles=50, failures=failures, runs=runs,
                      seed=seed, **options)


@pytest.mark.slow
@pytest.mark.parametrize(PARAMS, DESIGNS, ids=IDS)
def test_real_design_passes_verify_with_injected_failures(name, files, top, options, failures, runs,
                                                          seed) -> None:
    report = _verify(files, top, options, failures, runs, seed)
    assert report.passed, report.mismatch_details
    assert report.failures_injected > 0
    assert report.restores > 0  # at least one failure came after a stored checkpoint and was resumed from it
    assert report.undefined_outputs == []  # every compared output was defined in the golden run
    assert report.golden_cycles > 0


@pytest.mark.slow
@pytest.mark.parametrize(PARAMS, DESIGNS + MORE, ids=IDS + [design[0] for design in MORE])
def test_real_design_passes_verify_without_failures(name, files, top, options, failures, runs, seed) -> None:
    report = _verify(files, top, options, 0, 1, seed)
    assert report.passed, report.mismatch_details
    assert report.failures_injected == 0 and report.restores == 0


@pytest.mark.slow
def test_the_one_state_pipelined_loop_is_saved_once_per_budget() -> None:
    # Vitis's pipelined loop has one state, ap_ST_fsm_pp0_stage0, which is also its reset state: it computes
    # there (1025 cycles), so it is not an idle state saved once per stay - with --budget-cycles 50 it is
    # saved about every 50 cycles (it used to be saved once, at the start, and a failure lost everything)
    name, files, top, options, *_ = DESIGNS[2]
    report = _verify(files, top, options, 0, 1, 1)
    assert report.passed and report.golden_cycles > 1000
    assert report.saves >= report.golden_cycles // 50 - 1


@pytest.mark.slow
def test_legup_golden_run_reads_the_mif_initialised_memories(tmp_path) -> None:
    # LegUp's own check: main() returns 180 = sum(memB + memC) + sum(memC + memD) with memA/memC/memD = 0..9,
    # which needs the .mif contents (memB is copied from memA); an x memory would fail the golden run
    import json

    hls.verify(REAL / "legup_three_funcs" / "threeFuncs_fourMems.v", top="top", start="start", done="finish",
               budget_cycles=50, failures=0, runs=1, keep=tmp_path)
    (kept,) = tmp_path.iterdir()
    golden = json.loads((kept / "golden" / "results.json").read_text())
    assert int(golden["runs"][0]["outputs"]["return_val"], 2) == 180
    assert "RESULT: PASS" in (kept / "golden" / "sim.log").read_text(errors="replace")


@pytest.mark.slow
def test_the_bram_array_contents_are_compared(tmp_path) -> None:
    # the golden run's array `a` holds the written results, compared with the
    # instrumented runs' (it used to be no memory at all: a_Dout_A a constant input, a_Din_A an output x)
    import json

    files = [REAL / "vivado_bram_list_multiply" / f for f in ("list_multiply.v", "list_multiply_muxbkb.v")]
    hls.verify(files, top="list_multiply", budget_cycles=50, failures=0, runs=1, keep=tmp_path)
    (kept,) = tmp_path.iterdir()
    run = json.loads((kept / "golden" / "results.json").read_text())["runs"][0]
    assert set(run["memories"]) == {"a"} and run["memory_writes"]["a"][0] > 0
    assert "a_Addr_A" not in run["outputs"] and "a_Din_A" not in run["outputs"]


def test_a_missing_mif_file_is_an_error(tmp_path) -> None:
    source = tmp_path / "threeFuncs_fourMems.v"
    shutil.copyfile(REAL / "legup_three_funcs" / "threeFuncs_fourMems.v", source)  # no .mif next to it
    with pytest.raises(HlsError, match="memA.mif' not found"):
        hls.verify(source, top="top", start="start", done="finish", budget_cycles=50, failures=0, runs=1)
