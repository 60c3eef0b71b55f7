"""designs/rtl/jh256 (Vivado style, generated): the reference model vs the JH submission's known answers,
the RTL chained block by block vs the same known answers and vs the reference under Icarus, the generated
files up to date."""

from __future__ import annotations

import json
import shutil

import cocotb
import pytest
import rtl_helpers
from sha3_kat import load_kat

from designs.rtl.catalog import RTL_DIR, load_design
from designs.rtl.jh256 import generator
from designs.rtl.jh256.reference import C0, IV, digest, pad
from hls import cli

pytestmark = pytest.mark.iverilog

KAT = load_kat("jh256_kat.txt")
# the specification's C0 (section 4.1 of "The Hash Function JH"), here computed from sqrt(2)
SPEC_C0 = 0x6A09E667F3BCC908B2FB1366EA957D3E3ADEC17512775099DA2F590B0667322A


def test_known_answers_are_loaded() -> None:
    assert [length for length, _, _ in KAT] == [0, 8, 24, 512, 520, 1024, 2040]


@pytest.mark.parametrize(("length", "message", "md"), KAT, ids=[f"Len{v[0]}" for v in KAT])
def test_reference_matches_the_known_answers(length: int, message: bytes, md: bytes) -> None:
    assert digest(message) == md


def test_round_constant_zero_is_the_specifications() -> None:
    assert C0 == SPEC_C0


def test_padding_block_counts() -> None:
    # 512 + (-l mod 512) padding bits: one block for l = 0 and l = 512, two otherwise
    assert [len(pad(bytes(n))) for n in (0, 1, 63, 64, 65)] == [1, 2, 2, 2, 3]


def test_generated_files_are_up_to_date() -> None:
    assert (RTL_DIR / "jh256" / "jh256.v").read_text() == generator.render_verilog()
    assert (RTL_DIR / "jh256" / "design.json").read_text() == generator.render_manifest()


@cocotb.test()
async def jh256_known_answers(dut) -> None:
    """Whole messages hashed on the RTL, one call a block, the chaining value carried by the test."""
    design = load_design("jh256")
    await rtl_helpers.reset_design(dut, design)
    for length, message, md in KAT[:4]:  # 1, 2, 2 and 2 blocks
        chain = list(IV)
        for block in pad(message):
            _, memories, _ = await rtl_helpers.call_design(
                dut, design, {}, {"msg": block, "h": chain, "hout": [0] * len(chain)}, idle_cycles=1
            )
            chain = memories["hout"]
        got = b"".join(word.to_bytes(8, "big") for word in chain[12:])
        assert got == md, f"Len = {length}: RTL {got.hex()} != known answer {md.hex()}"


@cocotb.test()
async def jh256_random_calls(dut) -> None:
    await rtl_helpers.check_random_calls(dut, "jh256", calls=4)


@pytest.mark.skipif(not rtl_helpers.icarus_available(), reason="needs Icarus Verilog")
def test_jh256_rtl_matches_reference(tmp_path) -> None:
    rtl_helpers.simulate("jh256", __name__, tmp_path)



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
    report = _verify(load_design("jh256"), "always", capsys)
    assert report["saves"] > 0 and report["restores"] > 0


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("iverilog") is None, reason="needs Icarus Verilog")
def test_low_voltage_design_survives_power_failures(tmp_path, monkeypatch, capsys) -> None:
    """The benchmark's mode (a save on the voltage warning): failures during saves and restarts must never
    corrupt a result, and failures after a completed save resume from it. The save (53-61 NVM words on the
    scan path) is about as long as a call: the failure plan keeps the power on past each roomy warning's
    margin, else every save of this campaign was torn and no restore was checked ("untested")."""
    monkeypatch.chdir(tmp_path)
    report = _verify(load_design("jh256"), "low_voltage", capsys)
    assert report["passed"] and report["failures_injected"] > 0
    assert report["restores"] > 0 and report["untested"] is None
