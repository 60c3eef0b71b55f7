"""designs/rtl/sha256 (Catapult style): reference vs hashlib.sha256, RTL vs the reference under Icarus."""

from __future__ import annotations

import hashlib
import random

import cocotb
import pytest
import rtl_helpers

from designs.rtl.catalog import load_design
from designs.rtl.sha256.reference import K, compress, padded_block

pytestmark = pytest.mark.iverilog


def _digest_words(message: bytes) -> list[int]:
    digest = hashlib.sha256(message).digest()
    return [int.from_bytes(digest[i : i + 4], "big") for i in range(0, 32, 4)]


def test_reference_round_constants_match_fips_180_4() -> None:
    # first and last K of FIPS 180-4 section 4.2.2
    assert (K[0], K[1], K[62], K[63]) == (0x428A2F98, 0x71374491, 0xBEF9A3F7, 0xC67178F2)


def test_reference_compression_matches_hashlib() -> None:
    rng = random.Random(5)
    messages = [b"", b"abc"] + [
        bytes(rng.getrandbits(8) for _ in range(rng.randrange(56))) for _ in range(300)
    ]
    for message in messages:
        assert compress(padded_block(message)) == _digest_words(message), message


def test_reference_padding_rejects_long_messages() -> None:
    with pytest.raises(ValueError, match=r"^a single-block message has at most 55 bytes, not 56$"):
        padded_block(bytes(56))


@cocotb.test()
async def sha256_directed_cases(dut) -> None:
    design = load_design("sha256")
    await rtl_helpers.reset_design(dut, design)
    for message in (b"", b"abc", b"The quick brown fox jumps over the lazy dog"):
        block = padded_block(message)
        _, expected = design.run_reference({}, {"msg": block, "digest": [0] * 8})
        assert expected["digest"] == _digest_words(message)
        await rtl_helpers.check_call(dut, design, {}, {"msg": block, "digest": [0] * 8})


@cocotb.test()
async def sha256_random_calls(dut) -> None:
    await rtl_helpers.check_random_calls(dut, "sha256", calls=10)


@pytest.mark.skipif(not rtl_helpers.icarus_available(), reason="needs Icarus Verilog")
def test_sha256_rtl_matches_reference(tmp_path) -> None:
    rtl_helpers.simulate("sha256", __name__, tmp_path)
