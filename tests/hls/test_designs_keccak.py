"""designs/rtl/keccak (Vivado style, generated): reference vs hashlib.sha3_256 and FIPS 202's constants, RTL
vs the reference under Icarus, the generated files up to date."""

from __future__ import annotations

import hashlib
import random

import cocotb
import pytest
import rtl_helpers

from designs.rtl.catalog import RTL_DIR, load_design
from designs.rtl.keccak import generator
from designs.rtl.keccak.reference import RC, R, absorb_and_permute, padded_block

pytestmark = pytest.mark.iverilog


def _digest_lanes(message: bytes) -> list[int]:
    digest = hashlib.sha3_256(message).digest()
    return [int.from_bytes(digest[i : i + 8], "little") for i in range(0, 32, 8)]


def test_reference_constants_match_fips_202() -> None:
    # the first and last round constants and two rho offsets as FIPS 202 tabulates them
    assert (RC[0], RC[1], RC[23]) == (0x1, 0x8082, 0x8000000080008008)
    assert (R[1][0], R[0][1], R[4][4]) == (1, 36, 14)


def test_reference_matches_hashlib_sha3_256() -> None:
    rng = random.Random(9)
    messages = [b"", b"abc", bytes(135)]
    messages += [bytes(rng.getrandbits(8) for _ in range(rng.randrange(136))) for _ in range(100)]
    for message in messages:
        assert absorb_and_permute(padded_block(message)) == _digest_lanes(message), message


def test_generated_files_are_up_to_date() -> None:
    assert (RTL_DIR / "keccak" / "keccak.v").read_text() == generator.render_verilog()
    assert (RTL_DIR / "keccak" / "design.json").read_text() == generator.render_manifest()


@cocotb.test()
async def keccak_directed_cases(dut) -> None:
    design = load_design("keccak")
    await rtl_helpers.reset_design(dut, design)
    for message in (b"", b"abc", bytes(135)):
        block = padded_block(message)
        _, expected = design.run_reference({}, {"msg": block, "digest": [0] * 4})
        assert expected["digest"] == _digest_lanes(message)
        await rtl_helpers.check_call(dut, design, {}, {"msg": block, "digest": [0] * 4})


@cocotb.test()
async def keccak_random_calls(dut) -> None:
    await rtl_helpers.check_random_calls(dut, "keccak", calls=6)


@pytest.mark.skipif(not rtl_helpers.icarus_available(), reason="needs Icarus Verilog")
def test_keccak_rtl_matches_reference(tmp_path) -> None:
    rtl_helpers.simulate("keccak", __name__, tmp_path)
