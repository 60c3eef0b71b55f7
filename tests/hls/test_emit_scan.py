"""The lexical scanner the instrumenter patches text with: token spans, statement extents, assigned names."""

from __future__ import annotations

from pathlib import Path

import pytest

from hls.emit.modules import scan_modules
from hls.emit.scan import assigned_names, needs_preprocessing, statement_end, tokenize, verilog_name
from hls.errors import HlsError

FIXTURES = Path(__file__).resolve().parent / "fixtures_b"


def _texts(tokens) -> list[str]:
    return [tok.text for tok in tokens]


def test_tokens_skip_comments_and_keep_escaped_identifiers_attributes_and_sized_numbers() -> None:
    tokens = tokenize("/* c */ (* keep *) reg \\a.b  = 8'hFF; // end\nalways @(*) x = 4 'b10_01;")
    assert _texts(tokens) == [
        "(* keep *)", "reg", "\\a.b", "=", "8'hFF", ";",
        "always", "@", "(", "*", ")", "x", "=", "4 'b10_01", ";",
    ]  # fmt: skip
    assert tokens[0].kind == "attr" and tokens[2].kind == "escaped" and tokens[4].kind == "number"


def test_an_escaped_simple_identifier_is_the_plain_identifier() -> None:
    tokens = tokenize("\\count$q  <= \\begin  + count$q;")
    assert [(tok.kind, tok.text) for tok in tokens[:3]] == [
        ("ident", "count$q"),
        ("op", "<="),
        ("escaped", "\\begin"),
    ]
    assert (verilog_name("count$q"), verilog_name("\\count$q "), verilog_name("$2")) == (
        "count$q",
        "count$q",
        "\\$2",
    )
    assert verilog_name("begin") == "\\begin"  # a keyword needs the escape


def test_statement_end_covers_begin_less_if_else_chains_and_case() -> None:
    text = "if (a) x <= 1; else if (b) begin y <= 2; end else case (s) 1: z <= 3; default: ; endcase w <= 0;"
    tokens = tokenize(text)
    end = statement_end(tokens, 0)
    assert _texts(tokens[end:]) == ["w", "<=", "0", ";"]


def test_statement_end_of_systemverilog_unique_case_and_priority_if() -> None:
    tokens = tokenize("unique case (s) 0: a <= 1; endcase priority if (x) b <= 1; else b <= 0; c <= 2;")
    first = statement_end(tokens, 0)
    second = statement_end(tokens, first)
    assert _texts(tokens[first : first + 2]) == ["priority", "if"]
    assert _texts(tokens[second:]) == ["c", "<=", "2", ";"]


def test_statement_end_skips_labelled_blocks_and_nested_parentheses() -> None:
    tokens = tokenize("begin : blk if ((a <= b)) q <= {a, b[3:0]}; end x = 1;")
    assert _texts(tokens[statement_end(tokens, 0) :]) == ["x", "=", "1", ";"]


def test_assigned_names_ignore_comparisons_and_indices() -> None:
    tokens = tokenize(
        "begin if (a <= b) r[i <= 2] <= c <= d; {p, q[1]} = 2; case (s) 2'd1: t <= 0; endcase end"
    )
    assert assigned_names(tokens, 0, len(tokens)) == {"r", "p", "q", "t"}


def test_unterminated_block_is_a_one_line_error() -> None:
    with pytest.raises(HlsError, match=r"^unterminated 'begin' block in Verilog source$"):
        statement_end(tokenize("begin x <= 1;"), 0)


def test_preprocessing_is_needed_only_for_macros_and_includes() -> None:
    assert not needs_preprocessing(tokenize("`timescale 1ns/1ps\nmodule m; endmodule"))
    assert needs_preprocessing(tokenize("`define W 8\nmodule m; wire [`W-1:0] x; endmodule"))


def test_modules_of_the_ansi_fixture() -> None:
    modules = scan_modules(tokenize((FIXTURES / "ansi_mul.v").read_text()))
    assert set(modules) == {"acc_reg", "ansi_mul"}
    top = modules["ansi_mul"]
    assert top.ansi
    assert top.directions == {
        "clk": "input", "rst_n": "input", "start": "input", "a": "input", "b": "input",
        "done": "output", "product": "output",
    }  # fmt: skip
    assert top.port_ranges["product"] == "[15:0]" and top.port_ranges["done"] == ""
    assert top.flops() == {"state", "count$q", "addend"}
    assert [(inst.module, inst.name, inst.named) for inst in top.instances] == [("acc_reg", "u_acc", True)]
    clocked = [block for block in top.always if block.clocked]
    assert [block.edges for block in clocked] == [["posedge clk", "negedge rst_n"], ["posedge clk"]]
    assert modules["acc_reg"].flops() == {"q"} and "q" in modules["acc_reg"].regs


def test_non_ansi_vivado_module(tmp_path) -> None:
    text = "module m(clk, q);\ninput clk;\noutput [3:0] q;\nreg [3:0] q;\n"
    text += "always @ (posedge clk) q <= q + 1;\nendmodule"
    module = scan_modules(tokenize(text))["m"]
    assert not module.ansi
    assert module.directions == {"clk": "input", "q": "output"}
    assert module.regs["q"].packed == "[3:0]"
    assert module.flops() == {"q"}
