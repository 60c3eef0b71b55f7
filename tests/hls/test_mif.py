"""hls/mif.py (Altera .mif -> $readmemh for simulation) and hls/sim_asserts.py (the design's $finish)."""

from __future__ import annotations

from pathlib import Path

import pytest

from hls.errors import HlsError
from hls.verification.asserts import disarm_design_finish, guard_design_finish
from hls.verification.mif import bind_mif_readmem, mif_data_files, mif_to_readmemh

REAL_MIF = Path(__file__).resolve().parents[1] / "data" / "hls_real" / "legup_three_funcs" / "memC.mif"


def test_legup_mif_converts_to_its_words() -> None:
    lines = mif_to_readmemh(REAL_MIF.read_text()).split()
    assert lines[:4] == ["@0", "0", "@1", "1"] and lines[-2:] == ["@9", "9"]


def test_mif_ranges_radices_and_comments() -> None:
    text = """-- a comment
WIDTH=8; DEPTH=16; ADDRESS_RADIX=HEX; DATA_RADIX=BIN;
CONTENT BEGIN
  [0..3] : 00000101;   -- a range
  A : 11111111 00000001;
  % block comment %
END;
"""
    assert mif_to_readmemh(text).split("\n")[:5] == ["@0 5", "@1 5", "@2 5", "@3 5", "@a ff 1"]


def test_mif_without_content_is_an_error() -> None:
    with pytest.raises(HlsError, match="CONTENT BEGIN"):
        mif_to_readmemh("WIDTH=8;")


def test_named_mif_files_are_converted_and_bound(tmp_path: Path) -> None:
    (tmp_path / "m.mif").write_text(REAL_MIF.read_text())
    text = ('module ram; parameter init_file = "UNUSED.mif"; reg [8*256:1] f; reg [31:0] ram [0:9];\n'
            "initial $readmemh(f, ram);\nendmodule\nmodule top; ram u(); defparam u.init_file = \"m.mif\";\n"
            "endmodule\n")
    found = mif_data_files(text, [tmp_path / "d.v"], tmp_path / "out")
    assert list(found) == ["m.mif.hex"] and found["m.mif.hex"].read_text().startswith("@0 0\n@1 1\n")
    assert 'f = {init_file, ".hex"}; $readmemh(f, ram);' in bind_mif_readmem(text)
    (tmp_path / "m.mif").unlink()
    with pytest.raises(HlsError, match="'m.mif' not found"):
        mif_data_files(text, [tmp_path / "d.v"], tmp_path / "out")


def test_design_finish_guarded_by_reset_or_disarmed() -> None:
    text = "always @(*) if (bad) begin $display(\"x\"); $finish; end else if (b) $stop(1);"
    guarded = guard_design_finish(text, "top", "rst_n", True)
    assert "begin if (top.rst_n !== 1'b0) $finish; end" in guarded
    assert "begin if (top.rst_n !== 1'b0) $stop(1); end" in guarded
    disarmed = disarm_design_finish(text)
    assert "$finish" not in disarmed and "$stop" not in disarmed and len(disarmed) == len(text)
