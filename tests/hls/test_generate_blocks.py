"""Registers, memories and instances inside ``generate`` blocks (hls/emit/modules.py, patch.py): a named
block's register saved through its hierarchical name, an unnamed block named by the instrumenter
(``ckpt_gen<n>``), an instance inside a named block; what is still refused, by name and line; and the two
top-level kernels with Vitis's ``<kernel>_gmem_m_axi`` adapter (tests/data/hls_real/vitis_add_sub_mm,
vivado_mm2s, PROVENANCE.md next to each)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import hls
from hls.emit.modules import scan_modules
from hls.emit.scan import tokenize
from hls.errors import HlsError

FIXTURES = Path(__file__).resolve().parent / "fixtures"
REAL = Path(__file__).resolve().parents[1] / "data" / "hls_real"
needs_iverilog = pytest.mark.skipif(shutil.which("iverilog") is None, reason="needs Icarus Verilog")


def _model(x: int, calls: int = 1) -> int:
    """gen_blocks.v's C-level meaning: acc = sum over k = 0..11 of x * k + mix_k, mix an 8-bit LFSR from 1."""
    acc, mix = 0, 1
    for k in range(12):
        acc = (acc + x * k + mix) % (1 << 16)
        mix = ((mix << 1) & 0xFF) | (((mix >> 7) ^ (mix >> 5)) & 1)
    return acc


def test_scanner_records_generate_scopes() -> None:
    modules = scan_modules(tokenize((FIXTURES / "gen_blocks.v").read_text()))
    top = modules["gen_blocks"]
    assert top.gen_regs["g_acc.acc"].block == "g_acc."
    assert top.gen_regs["mix"].block == "ckpt_gen1." and top.gen_regs["mix"].label == ""
    (inst,) = [i for i in top.instances if i.name == "u_cnt"]
    assert inst.key == "g_sub.u_cnt" and inst.block == "g_sub."


@needs_iverilog
def test_generate_block_state_is_saved_and_restored(tmp_path: Path) -> None:
    import json

    report = hls.verify(FIXTURES / "gen_blocks.v", top="gen_blocks", budget_cycles=4, failures=30, runs=4,
                        keep=tmp_path)
    assert report.passed and report.restores > 0 and report.untested is None
    # the registers in generate blocks are scrambled at every power loss (reached through their blocks)
    assert not {"g_acc.acc", "ckpt_gen1.mix", "g_sub.u_cnt.count"} & set(report.unreachable_registers)
    assert report.saved_bits["S_RUN"] == 2 + 1 + 16 + 8 + 4  # state, done, acc, mix, count
    golden = json.loads(next(tmp_path.glob("*/golden/results.json")).read_text())
    for run in golden["runs"]:
        x = run["stimulus"]["inputs"]["x"]
        assert int(run["outputs"]["y"], 2) == _model(x)


def test_a_register_in_a_generate_for_block_is_refused_by_name_and_line(tmp_path: Path) -> None:
    text = (FIXTURES / "gen_blocks.v").read_text().replace(
        "    if (USE_ACC == 1) begin : g_acc\n",
        "    genvar gi;\n    for (gi = 0; gi < 1; gi = gi + 1) begin : g_acc\n")
    design = tmp_path / "gen_for.v"
    design.write_text(text)
    with pytest.raises(HlsError, match=r"saved register g_acc\[0\]\.acc is declared in a generate-for block, "
                                       r"line \d+: not supported"):
        hls.insert(design, top="gen_blocks", budget_cycles=4)


def test_the_two_kria_kernels_are_analysed() -> None:
    mm2s = hls.analyze(sorted((REAL / "vivado_mm2s").glob("*.v")), top="mm2s")
    assert mm2s.design.fsm.register == "ap_CS_fsm" and len(mm2s.design.fsm.states) == 10
    assert mm2s.design.memories["m_axi_gmem"].kind == "m_axi"


@pytest.mark.slow
def test_add_sub_mm_adapter_fifo_branches_are_refused_by_name() -> None:
    # the adapter's FIFO declares `raddr` in both unnamed branches of a generate-if, and its instances
    # elaborate different branches (shift register / RAM): refused in one line rather than guessed
    with pytest.raises(HlsError, match=r"fifo_wreq\.raddr is declared in several unnamed generate blocks"):
        hls.insert(sorted((REAL / "vitis_add_sub_mm").glob("*.v")), top="add_sub_mm", budget_cycles=50,
                   allow_war=True)
