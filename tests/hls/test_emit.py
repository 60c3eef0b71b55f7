"""Instrumented Verilog: ports kept, text kept, modules added, hierarchy handled, errors one line."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from hls.emit.instrument import instrument, read_sources, write_atomic
from hls.emit.modules import scan_modules
from hls.emit.ports import control_ports, memory_ports
from hls.emit.scan import tokenize
from hls.emit.spec import InstrumentSpec, SavedVar, Site
from hls.errors import HlsError

ROOT = Path(__file__).resolve().parents[2]
GCD = ROOT / "designs" / "rtl" / "gcd" / "gcd.v"
FIXTURES_A = Path(__file__).resolve().parent / "fixtures"
FIXTURES_B = Path(__file__).resolve().parent / "fixtures_b"

needs_iverilog = pytest.mark.skipif(shutil.which("iverilog") is None, reason="needs Icarus Verilog")


def gcd_spec(**overrides) -> InstrumentSpec:
    regs = (
        SavedVar((), "a_assign_reg_62", 32),
        SavedVar((), "b_assign_reg_74", 32),
        SavedVar((), "shift_reg_86", 5),
    )
    fields = dict(
        top="gcd",
        clock="ap_clk",
        reset="ap_rst",
        reset_active_low=False,
        done="ap_done",
        state_scope=(),
        state_local="ap_CS_fsm",
        state_width=7,
        sites=(Site("ap_ST_fsm_state3", 4, regs), Site("ap_ST_fsm_state6", 32, regs)),
        word_bits=32,
    )
    fields.update(overrides)
    return InstrumentSpec(**fields)


def compile_ok(tmp_path: Path, text: str, generation: str = "-g2012") -> None:
    source = tmp_path / "out.v"
    source.write_text(text)
    proc = subprocess.run(
        ["iverilog", generation, "-o", str(tmp_path / "out.vvp"), str(source)], capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stderr


def test_spec_layout_packs_the_site_id_first_then_each_register() -> None:
    spec = gcd_spec()
    assert spec.id_bits == 1
    assert spec.saved_bits == {"ap_ST_fsm_state3": 70, "ap_ST_fsm_state6": 70}
    assert [(var.local_name, offset) for var, offset in spec.offsets(0)] == [
        ("a_assign_reg_62", 1),
        ("b_assign_reg_74", 33),
        ("shift_reg_86", 65),
    ]
    assert spec.controller.words == (3, 3) and spec.slot_bits == 96


@needs_iverilog
@pytest.mark.iverilog
@pytest.mark.parametrize("generation", ["-g2005", "-g2012"])
def test_instrumented_gcd_compiles_and_keeps_ports_and_text(tmp_path, generation) -> None:
    original = read_sources([GCD])
    result = instrument(original, gcd_spec())
    compile_ok(tmp_path, result.text, generation)
    before = scan_modules(tokenize(original))["gcd"].directions
    after = scan_modules(tokenize(result.text))
    assert after["gcd"].directions == {**before, "ckpt_low_voltage": "input", "ckpt_busy": "output"}
    assert set(after) == {"gcd", "gcd_ckpt_nv", "gcd_ckpt_ctrl"}
    assert "// power-on initialization" in result.text  # the designer's comments survive
    assert '(* fsm_encoding = "none" *) reg   [6:0] ap_CS_fsm;' in result.text
    assert '(* nonvolatile = "true" *)\nmodule gcd_ckpt_nv' in result.text
    assert result.nv_bits == 2 * 96 + 2 and result.words == {"ap_ST_fsm_state3": 3, "ap_ST_fsm_state6": 3}


def test_every_clocked_block_is_wrapped_and_saved_registers_restored() -> None:
    result = instrument(read_sources([GCD]), gcd_spec())
    assert result.text.count("end else if (!ckpt_hold) begin") == 4  # the four saved/state registers
    assert result.text.count("  if (!ckpt_hold) begin") == 1  # retval_reg_98: frozen, not restored
    assert "ap_CS_fsm <= ckpt_rv_state;" in result.text
    assert "assign ckpt_at_local = {(ap_CS_fsm == 7'd32), (ap_CS_fsm == 7'd4)};" in result.text


@needs_iverilog
@pytest.mark.iverilog
def test_the_parallel_save_path_reads_the_slot_one_word_at_a_time(tmp_path) -> None:
    """No slot-wide vector is built from the live registers: the design drives word ckpt_index of site
    ckpt_id (registers straddling a word are shifted into place, each a concatenation so that a signed one
    is zero-extended), only while ckpt_wr; sites with one layout share one arm, whose word 0 carries the
    site id."""
    result = instrument(read_sources([GCD]), gcd_spec(word_bits=8))
    compile_ok(tmp_path, result.text)
    gcd = scan_modules(tokenize(result.text))["gcd"]
    assert "ckpt_wdata_local" in gcd.regs and gcd.regs["ckpt_wdata_local"].packed == "[7:0]"
    assert result.slot_bits == 72 and "ckpt_flat" not in result.text
    assert "      1'd0, 1'd1:" in result.text
    assert "4'd0: ckpt_wdata_local = {ckpt_id} | ({a_assign_reg_62} << 1);" in result.text
    assert "4'd4: ckpt_wdata_local = ({a_assign_reg_62} >> 31) | ({b_assign_reg_74} << 1);" in result.text
    assert "4'd8: ckpt_wdata_local = ({b_assign_reg_74} >> 31) | ({shift_reg_86} << 1);" in result.text
    assert "  if (ckpt_wr) begin" in result.text and "assign ckpt_wr = ckpt_nv_wr_en;" in result.text


@needs_iverilog
@pytest.mark.iverilog
def test_hierarchy_gets_per_instance_copies_of_carrier_modules(tmp_path) -> None:
    text = read_sources([FIXTURES_A / "bambu_acc.v"])
    saved = tuple(SavedVar(("Datapath_i", f"reg_{i}"), "reg_out1", w) for i, w in enumerate((16, 8, 16)))
    spec = InstrumentSpec(
        top="acc",
        clock="clock",
        reset="reset",
        reset_active_low=True,
        done="done_port",
        state_scope=("Controller_i",),
        state_local="_present_state",
        state_width=4,
        sites=(Site("S_1", 2, saved), Site("S_2", 4, saved)),
    )
    result = instrument(text, spec)
    compile_ok(tmp_path, result.text)
    modules = scan_modules(tokenize(result.text))
    copies = sorted(name for name in modules if name.startswith("register_SE__ckpt_"))
    assert copies == [f"register_SE__ckpt_Datapath_i_reg_{i}" for i in range(3)]
    assert "register_SE" in modules  # the original stays, frozen by ckpt_hold only
    assert modules["register_SE"].directions["ckpt_hold"] == "input"
    assert "ckpt_rdata" not in modules["register_SE"].directions


@needs_iverilog
@pytest.mark.iverilog
def test_memory_enables_are_gated_and_read_data_held(tmp_path) -> None:
    text = read_sources([FIXTURES_A / "vivado_sum.v"])
    ports = memory_ports(scan_modules(tokenize(text))["vsum"])
    assert [(p.ce, p.we, p.q, p.width) for p in ports] == [("a_ce0", None, "a_q0", 32)]
    saved = (
        SavedVar((), "i_1_reg_96", 5),
        SavedVar((), "sum_reg_50", 32),
        SavedVar((), "a_q0", 32, port=True),
    )
    spec = gcd_spec(
        top="vsum", state_local="ap_CS_fsm", state_width=4, sites=(Site("s3", 4, saved),), memory_ports=ports
    )
    result = instrument(text, spec)
    compile_ok(tmp_path, result.text)
    assert "assign a_ce0 = (ckpt_hold | ckpt_power_off) ? 1'b0 : ckpt_int_a_ce0;" in result.text
    assert "sum_reg_50 <= sum_reg_50 + ckpt_q_a_q0;" in result.text
    assert "input  [31:0] a_q0;" in result.text  # the port itself is untouched


def test_control_ports_of_several_tool_styles() -> None:
    cases = {
        GCD: ("gcd", ("ap_clk", "ap_rst", False, "ap_start", "ap_done")),
        FIXTURES_A / "bambu_acc.v": ("acc", ("clock", "reset", True, "start_port", "done_port")),
        FIXTURES_A / "catapult_mac.v": ("mac", ("clk", "rst", False, "start", "done")),
        FIXTURES_B / "ansi_mul.v": ("ansi_mul", ("clk", "rst_n", True, "start", "done")),
    }
    for path, (top, expected) in cases.items():
        found = control_ports(read_sources([path]), top)
        assert (found.clock, found.reset, found.reset_active_low, found.start, found.done) == expected, path


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"top": "nope"}, r"^top module 'nope' not found \(modules: gcd\)$"),
        ({"done": "finish"}, r"^done port 'finish' is not a port of module gcd$"),
        ({"sites": ()}, r"^the plan has no checkpoint state: nothing to instrument$"),
        (
            {"sites": (Site("s", 4, (SavedVar((), "ap_NS_fsm", 7),)),)},
            r"^module gcd: saved register\(s\) ap_NS_fsm are not assigned in a clocked always block",
        ),
        (
            {"sites": (Site("s", 4, (SavedVar(("u0",), "x", 1),)),)},
            r"^instance path u0 of a saved register is not in the design hierarchy$",
        ),
    ],
)
def test_bad_requests_are_one_line_errors(overrides, message) -> None:
    with pytest.raises(HlsError, match=message):
        instrument(read_sources([GCD]), gcd_spec(**overrides))


def test_instrumenting_twice_is_refused() -> None:
    once = instrument(read_sources([GCD]), gcd_spec()).text
    with pytest.raises(
        HlsError, match=r"^the design already uses the name ckpt_\w+ \(reserved prefix ckpt_\)"
    ):
        instrument(once, gcd_spec())


def test_write_atomic_leaves_no_file_when_the_directory_is_missing(tmp_path) -> None:
    target = tmp_path / "missing" / "out.v"
    with pytest.raises(HlsError, match=r"^output directory .* does not exist$"):
        write_atomic(target, "module m; endmodule\n")
    assert not target.exists()
    good = tmp_path / "out.v"
    write_atomic(good, "module m; endmodule\n")
    assert good.read_text() == "module m; endmodule\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.v"]  # no temporary file left behind


def test_memory_read_data_is_saved_only_where_it_may_still_be_consumed() -> None:
    from hls.analysis.liveness import load_design
    from hls.emit.spec import read_data_liveness

    text = read_sources([FIXTURES_A / "vivado_sum.v"])
    ports = memory_ports(scan_modules(tokenize(text))["vsum"])
    design = load_design([str(FIXTURES_A / "vivado_sum.v")], "vsum")
    # state2 surely issues the read, state3 adds a_q0: only entry to state3 needs the held data
    assert read_data_liveness(design, ports) == {"a_q0": frozenset({"ap_ST_fsm_state3"})}


NV_BENCH = """
module bench;
  reg clk = 0, power_good = 1, wr_en = 0, wr_slot = 0, commit = 0, commit_latest = 0, invalidate = 0;
  reg [1:0] wr_index = 0;
  reg [31:0] wr_word = 0;
  wire [95:0] rdata;
  wire valid, latest;
  gcd_ckpt_nv nv (.clk(clk), .power_good(power_good), .wr_en(wr_en), .wr_slot(wr_slot), .wr_index(wr_index),
                  .wr_word(wr_word), .commit(commit), .commit_latest(commit_latest), .invalidate(invalidate),
                  .rdata(rdata), .valid(valid), .latest(latest));
  task tick; begin #1 clk = 1; #1 clk = 0; end endtask
  task word(input s, input [1:0] i, input [31:0] w); begin
    wr_en = 1; wr_slot = s; wr_index = i; wr_word = w; tick; wr_en = 0; end endtask
  initial begin
    $display("fresh valid=%0d", valid);
    word(1, 0, 32'h11); word(1, 1, 32'h22); word(1, 2, 32'h33);
    commit = 1; commit_latest = 1; tick; commit = 0;
    $display("first valid=%0d latest=%0d data=%h", valid, latest, rdata);
    word(0, 0, 32'hAA); word(0, 1, 32'hBB);  // power fails before word 2 and the commit
    power_good = 0; word(0, 2, 32'hCC); commit = 1; commit_latest = 0; tick; commit = 0; power_good = 1;
    $display("after failure valid=%0d latest=%0d data=%h", valid, latest, rdata);
    invalidate = 1; tick; invalidate = 0;
    $display("invalidated valid=%0d", valid);
    $finish;
  end
endmodule
"""


@needs_iverilog
@pytest.mark.iverilog
def test_nv_store_keeps_the_previous_checkpoint_when_a_save_is_cut_short(tmp_path) -> None:
    from hls.emit.instrument import nv_module_verilog

    source = tmp_path / "bench.v"
    source.write_text(nv_module_verilog(gcd_spec()) + NV_BENCH)
    compiled = tmp_path / "bench.vvp"
    subprocess.run(["iverilog", "-g2005", "-o", str(compiled), str(source)], check=True, capture_output=True)
    out = subprocess.run(["vvp", "-n", str(compiled)], check=True, capture_output=True, text=True).stdout
    data = "000000330000002200000011"
    assert out.splitlines()[:4] == [
        "fresh valid=0",
        f"first valid=1 latest=1 data={data}",
        f"after failure valid=1 latest=1 data={data}",
        "invalidated valid=0",
    ]


@needs_iverilog
def test_sources_with_macros_are_preprocessed_whatever_the_working_directory(tmp_path, monkeypatch) -> None:
    (tmp_path / "w.vh").write_text("`define W 8\n")
    (tmp_path / "m.v").write_text('`include "w.vh"\nmodule m(input [`W-1:0] a); endmodule\n')
    monkeypatch.chdir(tmp_path)
    text = read_sources([Path("m.v")])
    assert "module m(input [8-1:0] a); endmodule" in text
