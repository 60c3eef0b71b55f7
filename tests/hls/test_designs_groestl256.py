"""designs/rtl/groestl256 (Vivado style, generated): the reference model vs the Groestl submission's known
answers, the RTL chained block by block (with the output transformation on the last call) vs the same
known answers and vs the reference under Icarus, the generated files up to date."""

from __future__ import annotations

import json
import shutil

import cocotb
import pytest
import rtl_helpers
from sha3_kat import load_kat

from designs.rtl.catalog import RTL_DIR, load_design
from designs.rtl.groestl256 import generator
from designs.rtl.groestl256.reference import IV, SBOX, digest, pad
from hls import cli

pytestmark = pytest.mark.iverilog

KAT = load_kat("groestl256_kat.txt")


def test_known_answers_are_loaded() -> None:
    assert [length for length, _, _ in KAT] == [0, 8, 24, 512, 520, 1024, 2040]


@pytest.mark.parametrize(("length", "message", "md"), KAT, ids=[f"Len{v[0]}" for v in KAT])
def test_reference_matches_the_known_answers(length: int, message: bytes, md: bytes) -> None:
    assert digest(message) == md


def test_sbox_is_the_aes_sbox() -> None:
    # FIPS 197 figure 7: S(00) = 63, S(53) = ed, S(ff) = 16
    assert (SBOX[0x00], SBOX[0x53], SBOX[0xFF]) == (0x63, 0xED, 0x16)


def test_padding_block_counts() -> None:
    # a 1 bit and the 64-bit block count: 55 bytes fit one block, 56 need two
    assert [len(pad(bytes(n))) for n in (0, 55, 56, 64, 119, 120)] == [1, 1, 2, 2, 2, 3]


def test_generated_files_are_up_to_date() -> None:
    assert (RTL_DIR / "groestl256" / "groestl256.v").read_text() == generator.render_verilog()
    assert (RTL_DIR / "groestl256" / "design.json").read_text() == generator.render_manifest()


@cocotb.test()
async def groestl256_known_answers(dut) -> None:
    """Whole messages hashed on the RTL, one call a block, ``finish`` on the last; the chaining value is
    carried by the test."""
    design = load_design("groestl256")
    await rtl_helpers.reset_design(dut, design)
    for length, message, md in KAT[:4]:  # 1, 1, 1 and 2 blocks
        chain = list(IV)
        blocks = pad(message)
        for k, block in enumerate(blocks):
            inputs = {"finish": int(k == len(blocks) - 1)}
            _, memories, _ = await rtl_helpers.call_design(
                dut, design, inputs, {"msg": block, "h": chain, "hout": [0] * len(chain)}, idle_cycles=1
            )
            chain = memories["hout"]
        got = b"".join(word.to_bytes(8, "big") for word in chain[4:])
        assert got == md, f"Len = {length}: RTL {got.hex()} != known answer {md.hex()}"


@cocotb.test()
async def groestl256_random_calls(dut) -> None:
    await rtl_helpers.check_random_calls(dut, "groestl256", calls=6)


@pytest.mark.skipif(not rtl_helpers.icarus_available(), reason="needs Icarus Verilog")
def test_groestl256_rtl_matches_reference(tmp_path) -> None:
    rtl_helpers.simulate("groestl256", __name__, tmp_path)



def _verify(design, mode: str, capsys) -> dict:
    argv = ["verify", *map(str, design.sources), "--top", design.top, "--budget-cycles", "40",
            "--save-path", "scan", "--mode", mode, "--failures", "8", "--runs", "2", "--seed", "3", "--json"]
    status = cli.main(argv)
    captured = capsys.readouterr()
    assert status in (0, 1), captured.err.strip()
    report = json.loads(captured.out)["verify"]
    assert status == 0 and report["passed"], report["mismatch_details"][:3]
    assert report["mismatches"] == 0 and report["unfinished"] == 0 and report["failures_injected"] > 0
    return report


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("iverilog") is None, reason="needs Icarus Verilog")
def test_scan_instrumented_design_survives_power_failures(tmp_path, monkeypatch, capsys) -> None:
    """The scan save path benchmarks/bench_idetic.py measures, saving at every checkpoint visit: saves
    complete and power failures restore from them."""
    monkeypatch.chdir(tmp_path)
    report = _verify(load_design("groestl256"), "always", capsys)
    assert report["saves"] > 0 and report["restores"] > 0


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("iverilog") is None, reason="needs Icarus Verilog")
def test_low_voltage_design_survives_power_failures(tmp_path, monkeypatch, capsys) -> None:
    """The benchmark's mode (a save on the voltage warning): failures during saves and restarts must never
    corrupt a result, and failures after a completed save resume from it. The save (53-61 NVM words on the
    scan path) is about as long as a call: the failure plan keeps the power on past each roomy warning's
    margin, else every save of this campaign was torn and no restore was checked ("untested")."""
    monkeypatch.chdir(tmp_path)
    report = _verify(load_design("groestl256"), "low_voltage", capsys)
    assert report["passed"] and report["failures_injected"] > 0
    assert report["restores"] > 0 and report["untested"] is None
