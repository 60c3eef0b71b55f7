"""Registers, memories and instances inside ``generate`` blocks (hls/emit/modules.py, patch.py): a named
block's register saved through its hierarchical name, an unnamed block named by the instrumenter
(``ckpt_gen<n>``), an instance inside a named block; what is still refused, by name and line; and the two
top-level kernels with Vitis's ``<kernel>_gmem_m_axi`` adapter (tests/data/hls_real/vitis_add_sub_mm,
vivado_mm2s, PROVENANCE.md next to each)."""

from __future__ import annotations

import json
import random
import shutil
from pathlib import Path

import pytest

import hls
from hls.emit.modules import scan_modules
from hls.emit.scan import tokenize
from hls.errors import HlsError
from hls.verification.axi_mem import PAGE

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


@pytest.mark.iverilog
@needs_iverilog
def test_generate_block_state_is_saved_and_restored(tmp_path: Path) -> None:
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


def test_a_register_in_two_unnamed_branches_is_refused_by_name_and_line(tmp_path: Path) -> None:
    # both branches of an unnamed generate-if declare `mix` (Vitis's FIFO does so with `raddr`): which one an
    # instance elaborates is not known to the text patch, so it is refused rather than guessed
    text = (FIXTURES / "gen_blocks.v").read_text().replace(
        "        assign mixw = mix;\n    end\n",
        "        assign mixw = mix;\n    end else begin\n        reg [7:0] mix;\n"
        "        always @(posedge ap_clk) mix <= 8'd0;\n        assign mixw = mix;\n    end\n")
    design = tmp_path / "gen_branches.v"
    design.write_text(text)
    with pytest.raises(HlsError, match=r"saved register mix is declared in several unnamed generate blocks "
                                       r"\(the branch its instance elaborates is not known here\), line 42:"):
        hls.insert(design, top="gen_blocks", budget_cycles=4)


def _host_word(seed: int, bits: int | None, address: int, nbytes: int = 16) -> int:
    """The AXI4 slave memory's initial bytes at ``address`` (hls/verification/axi_mem.py: pages of random
    bytes from the call's seed, each 32-bit word narrowed to ``bits`` when the golden run narrowed it)."""
    page = random.Random(f"{seed}:m_axi_gmem:{address // PAGE}").randbytes(PAGE)
    data = bytearray(page[address % PAGE : address % PAGE + nbytes])
    if bits is not None and bits < 32:
        for at in range(0, nbytes, 4):
            word = int.from_bytes(data[at : at + 4], "little") & ((1 << bits) - 1)
            data[at : at + 4] = word.to_bytes(4, "little")
    return int.from_bytes(data, "little")


@pytest.mark.slow
@pytest.mark.iverilog
@needs_iverilog
def test_mm2s_streams_the_words_it_reads_under_failures(tmp_path: Path) -> None:
    # Vivado HLS 2020.1 mm2s: AXI4-Lite control, the generated gmem adapter (a 4096 x 131-bit read buffer,
    # not saved: its checkpoints are taken only while no read is in flight), an AXI4-Stream output
    report = hls.verify(sorted((REAL / "vivado_mm2s").glob("*.v")), top="mm2s", budget_cycles=50, failures=10,
                        runs=3, keep=tmp_path)
    assert report.passed and report.failures_injected > 0 and report.restores > 0
    assert report.untested is None
    assert max(report.saved_bits.values()) < 1000  # the kernel's registers and the control slave's only
    golden = json.loads(next(tmp_path.glob("*/golden/results.json")).read_text())
    sent = 0
    for run in golden["runs"]:
        stimulus = run["stimulus"]
        seed, bits = stimulus["axi_mem"]["m_axi_gmem"]
        base, size = stimulus["axi"]["mem_v"], stimulus["axi"]["size_v"]
        count = size if size < 1 << 31 else 0  # `for (i = 0; i < size; i++)` on a signed int
        items = run["streams"]["axis_out"]
        # the C kernel: out << mem[i] for i < size, mem a 128-bit pointer (the address's low bits dropped)
        assert items == [_host_word(seed, bits, base // 16 * 16 + 16 * k) for k in range(count)]
        sent += len(items)
    assert sent > 0


def _add_sub_mm(args: dict, seed: int, bits: int | None) -> dict[str, str]:
    """The C kernel add_sub_mm on the AXI4 slave memory's initial contents: for i = 0, 16, ... < size, the
    128-bit words at mem + 16*(src_addr1 + i) and mem + 16*(src_addr2 + i), added (op 1) or subtracted
    (op 0) as four 32-bit lanes, stored at mem + 16*(dst_addr + i), in order; the written pages (hex)."""
    pages: dict[int, bytearray] = {}

    def page(number: int) -> bytearray:
        if number not in pages:
            pages[number] = bytearray(_host_word(seed, bits, number * PAGE, PAGE).to_bytes(PAGE, "little"))
        return pages[number]

    def lanes(address: int) -> list[int]:
        data = page(address // PAGE)[address % PAGE : address % PAGE + 16]
        return [int.from_bytes(data[4 * k : 4 * k + 4], "little") for k in range(4)]

    written = set()
    for i in range(0, args["size"], 16):
        a = lanes(args["mem"] + 16 * (args["src_addr1"] + i))
        b = lanes(args["mem"] + 16 * (args["src_addr2"] + i))
        out = [(x + y if args["op"] & 1 else x - y) % (1 << 32) for x, y in zip(a, b, strict=True)]
        dst = args["mem"] + 16 * (args["dst_addr"] + i)
        page(dst // PAGE)[dst % PAGE : dst % PAGE + 16] = b"".join(v.to_bytes(4, "little") for v in out)
        written.add(dst // PAGE)
    return {format(n, "x"): bytes(pages[n]).hex() for n in sorted(written)}


@pytest.mark.slow
@pytest.mark.iverilog
@needs_iverilog
def test_add_sub_mm_computes_what_the_c_kernel_does_under_failures(tmp_path: Path) -> None:
    # Vitis HLS 2022.1 add_sub_mm: one pointer `mem` (64-bit, in the AXI4-Lite slave) and three 32-bit
    # element offsets; the read of one iteration and the write of another share pipeline state stage9, which
    # the write-after-read analysis refuses unless told the destination does not alias the sources
    files = sorted((REAL / "vitis_add_sub_mm").glob("*.v"))
    same_state = "m_axi_gmem is read and written in the same state ap_ST_fsm_pp0_stage9"
    with pytest.raises(HlsError, match=same_state):
        hls.insert(files, top="add_sub_mm", budget_cycles=50)
    report = hls.verify(files, top="add_sub_mm", budget_cycles=50, allow_war=True, failures=8, runs=2,
                        keep=tmp_path)
    assert report.passed and report.failures_injected > 0 and report.restores > 0
    assert report.untested is None
    assert max(report.saved_bits.values()) < 2000  # the adapter's FIFOs (about 42,000 bits) are not saved
    golden = json.loads(next(tmp_path.glob("*/golden/results.json")).read_text())
    for run in golden["runs"]:
        stimulus = run["stimulus"]
        seed, bits = stimulus["axi_mem"]["m_axi_gmem"]
        assert stimulus["axi"]["size"] > 0
        assert run["memories"]["m_axi_gmem"] == _add_sub_mm(stimulus["axi"], seed, bits)
