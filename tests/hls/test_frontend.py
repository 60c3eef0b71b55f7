"""Front end: number literals, normalisation for pyverilog, flattening, parser hygiene, one-line errors."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from hls.errors import HlsError
from hls.frontend import netlist as frontend
from hls.frontend.elab_body import parse_number
from hls.frontend.netlist import load_netlist
from hls.frontend.normalize import normalize, strip_comments
from hls.ir import Const, DynSlice, Ref

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.mark.parametrize(
    ("text", "value", "width", "xmask"),
    [
        ("4'd1", 1, 4, 0),
        ("32'd0", 0, 32, 0),
        ("1'b1", 1, 1, 0),
        ("8'hFF", 255, 8, 0),
        ("8'hff", 255, 8, 0),
        ("12'o17", 15, 12, 0),
        ("10", 10, None, 0),
        ("16'h1_0", 16, 16, 0),
        ("4'b10x1", 0b1001, 4, 0b0010),
        ("4'bx", 0, 4, 0b1111),
        ("'bx", 0, None, 1),
        ("3'd9", 1, 3, 0),  # truncated to the declared width
    ],
)
def test_number_literals(text: str, value: int, width: int | None, xmask: int) -> None:
    c = parse_number(text)
    assert (c.value, c.width, c.xmask) == (value, width, xmask)


def test_bad_number_literal_is_one_line_error() -> None:
    with pytest.raises(HlsError, match=r"^unsupported number literal \"4'q1\"$"):
        parse_number("4'q1")


def test_normalize_strips_attributes_but_keeps_star_sensitivity() -> None:
    out = normalize('(* fsm_encoding = "none" *) reg [3:0] s;\nalways @(*) x = 1;\nalways @ (*) y = 2;\n')
    assert "fsm_encoding" not in out
    assert "@(*)" in out and "@ (*)" in out


def test_normalize_splits_declaration_initialisers() -> None:
    out = normalize("reg [7:0] _present_state=S_0, _next_state;\n")
    assert "reg [7:0] _present_state, _next_state;" in out
    assert "initial begin _present_state = S_0; end" in out


def test_normalize_keeps_comparisons_in_declarations_alone() -> None:
    text = "wire a = (b == c);\nreg q;\n"
    assert normalize(text) == text


def test_strip_comments_keeps_strings_and_lines() -> None:
    text = 'a = "// not a comment"; // comment\n/* two\nlines */ b;\n'
    assert strip_comments(text) == 'a = "// not a comment"; \n\n b;\n'


def test_normalize_systemverilog_process_keywords() -> None:
    out = normalize("always_ff @(posedge clk) q <= d;\nalways_comb x = y;\nlogic [1:0] z;\n"
                    "function automatic [3:0] f;\n")
    assert "always @(posedge clk)" in out and "always @(*) x = y;" in out
    assert "reg [1:0] z;" in out and "function [3:0] f;" in out


def test_bambu_hierarchy_is_flattened_with_parameter_overrides() -> None:
    n = load_netlist([str(FIXTURES / "bambu_acc.v")], "acc")
    assert n.signals["Controller_i._present_state"].width == 4
    assert n.signals["Datapath_i.reg_0.reg_out1"].width == 16  # BITSIZE_out1 overridden to 16
    assert n.signals["Datapath_i.reg_1.reg_out1"].width == 8
    assert [p.name for p in n.ports] == ["clock", "reset", "start_port", "done_port", "x", "k", "return_port"]
    assert {i.path for i in n.instances} >= {("Controller_i",), ("Datapath_i",), ("Datapath_i", "reg_0")}


def test_top_is_guessed_when_unique() -> None:
    assert load_netlist([str(FIXTURES / "bambu_acc.v")]).top == "acc"


def test_indexed_part_select_is_read_correctly() -> None:
    # pyverilog 1.3 parses a[b +: 2] as Partselect(a, b, b + 2); the front end must give width 2
    src = FIXTURES / "vivado_sum.v"
    n = load_netlist([str(src)], "vsum")
    assert n.signals["ap_CS_fsm"].width == 4


def test_plus_colon_select(tmp_path: Path) -> None:
    v = tmp_path / "ps.v"
    v.write_text("module ps(input clk, input [7:0] a, input [2:0] b, output reg [1:0] q);\n"
                 "always @(posedge clk) q <= a[b +: 2];\nendmodule\n")
    n = load_netlist([str(v)], "ps")
    (assign,) = [p.body[0] for p in n.processes if p.kind == "seq"]
    assert assign.value == DynSlice(Ref("a"), Ref("b"), 2)


def test_parser_is_built_once_and_leaves_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    load_netlist([str(FIXTURES / "legup_gcd.v")], "main")
    first = frontend._get_parser()
    load_netlist([str(FIXTURES / "case_fsm.v")], "mult_case")
    assert frontend._get_parser() is first
    assert os.listdir(tmp_path) == []


def test_missing_file_is_one_line_error() -> None:
    with pytest.raises(HlsError, match=r"^no such Verilog file: .*nope\.v$"):
        load_netlist(["nope.v"])


def test_syntax_error_is_one_line_error(tmp_path: Path) -> None:
    v = tmp_path / "bad.v"
    v.write_text("module bad(input a);\n  assign = ;\nendmodule\n")
    with pytest.raises(HlsError, match=r"^cannot parse .*bad\.v: .*line:2") as err:
        load_netlist([str(v)])
    assert "\n" not in str(err.value)


def test_unknown_top_lists_modules() -> None:
    with pytest.raises(HlsError, match=r"^top module 'nope' not found \(modules: main\)$"):
        load_netlist([str(FIXTURES / "legup_gcd.v")], "nope")


def test_generate_if_and_for_are_elaborated(tmp_path: Path) -> None:
    v = tmp_path / "gen.v"
    v.write_text("module gen(input [3:0] a, output [4:0] q);\nparameter N = 3, B = 0;\n"
                 "localparam W = $clog2(N + 5);\n"
                 "generate if (B > 0) begin assign q[0] = 1'b1; end else begin assign q[0] = 1'b0; end\n"
                 "endgenerate\n"
                 "generate genvar i; for (i = 0; i < N; i = i + 1) begin : L0\n"
                 "  wire t; assign t = a[i]; assign q[i + 1] = t;\nend\nendgenerate\nendmodule\n")
    n = load_netlist([str(v)], "gen")
    assert [s for s in n.signals if s.startswith("L0")] == ["L0[0].t", "L0[1].t", "L0[2].t"]
    assigned = [p.body[0] for p in n.processes]
    assert assigned[0].value == Const(0, 1)  # the else branch: B is 0
    assert len(assigned) == 1 + 2 * 3


def test_generate_case_is_refused_clearly(tmp_path: Path) -> None:
    v = tmp_path / "gcase.v"
    v.write_text("module gcase(output q);\nparameter K = 1;\ngenerate case (K) 1: assign q = 1'b1; "
                 "default: assign q = 1'b0; endcase endgenerate\nendmodule\n")
    with pytest.raises(HlsError, match=r"^(generate-case is not supported \(module gcase\)|cannot parse)"):
        load_netlist([str(v)], "gcase")


def test_black_box_instances_drive_unknown_values(tmp_path: Path) -> None:
    v = tmp_path / "bb.v"
    v.write_text("module bb(input clk, input [3:0] a, output [3:0] y);\n"
                 "wire [3:0] t;\nip_core u0 (.clk(clk), .din(a), .dout(t));\nassign y = t;\nendmodule\n")
    n = load_netlist([str(v)], "bb")
    assert [i.black_box for i in n.instances] == [True]
    drivers = [p.body[0] for p in n.processes if p.body and p.body[0].target == Ref("t")]
    assert drivers and drivers[0].value.name == "$blackbox"


def test_parameters_keep_their_names() -> None:
    n = load_netlist([str(FIXTURES / "legup_gcd.v")], "main")
    consts = [c for p in n.processes for c in _consts(p.body)]
    assert Const(2, 3) in consts
    assert any(c.name == "LEGUP_F_main_BB_loop_2" for c in consts)


def _consts(stmts: tuple) -> list[Const]:
    out: list[Const] = []
    stack = list(stmts)
    while stack:
        x = stack.pop()
        if isinstance(x, Const):
            out.append(x)
        elif hasattr(x, "__slots__"):
            for name in x.__slots__:
                v = getattr(x, name)
                stack.extend(v if isinstance(v, tuple) else [v])
    return out


def test_constant_functions_fold_at_elaboration(tmp_path: Path) -> None:
    # Catapult's library components size ports with constant functions over "input integer" arguments
    v = tmp_path / "cf.v"
    v.write_text("module cf(output [7:0] q);\n"
                 "function integer max_of;\n  input integer left;\n  input integer right;\n  integer i;\n"
                 "begin\n  if (left > right) max_of = left; else max_of = right;\n"
                 "  for (i = 0; i < 2; i = i + 1) max_of = max_of + 1;\nend endfunction\n"
                 "localparam W = max_of(3, 5) + 1;\nwire [W-1:0] w;\nassign q = W;\nendmodule\n")
    n = load_netlist([str(v)], "cf")
    assert n.signals["w"].width == 8  # max(3, 5) + 2 + 1


def test_long_operator_chains(tmp_path: Path) -> None:
    terms = " + ".join(f"a[{i % 8}]" for i in range(3000))
    v = tmp_path / "wide.v"
    v.write_text("module wide(input clk, input [7:0] a, output reg [15:0] q);\n"
                 f"always @(posedge clk) q <= {terms};\nendmodule\n")
    n = load_netlist([str(v)], "wide")
    assert [p.kind for p in n.processes] == ["seq"]


def test_function_calls_read_the_module_signals_their_body_names(tmp_path: Path) -> None:
    v = tmp_path / "fn.v"
    v.write_text("module fn(input clk, input [3:0] a, output reg [3:0] q);\nreg [3:0] hidden;\n"
                 "function [3:0] mix;\n  input [3:0] x;\n  mix = x ^ hidden;\nendfunction\n"
                 "always @(posedge clk) begin hidden <= a; q <= mix(a); end\nendmodule\n")
    (proc,) = load_netlist([str(v)], "fn").processes
    assert proc.body[1].value.args == (Ref("a"), Ref("hidden"))


def test_task_calls_are_inlined(tmp_path: Path) -> None:
    # issue 13 section 1: task calls are read now (hls/lower.py inlines them; they used to be refused)
    v = tmp_path / "tk.v"
    v.write_text("module tk(input clk, output reg q);\ntask setq; input v; begin q = v; end endtask\n"
                 "always @(posedge clk) setq(1'b1);\nendmodule\n")
    n = load_netlist([str(v)], "tk")
    assert "setq__v" in n.signals and "q" in n.signals
