"""designs/rtl/jh256 (Vivado style, generated): the reference model vs the JH submission's known answers,
the RTL chained block by block vs the same known answers and vs the reference under Icarus, the generated
files up to date."""

from __future__ import annotations

import cocotb
import pytest
import rtl_helpers
from sha3_kat import load_kat

from designs.rtl.catalog import RTL_DIR, load_design
from designs.rtl.jh256 import generator
from designs.rtl.jh256.reference import C0, IV, digest, pad

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
