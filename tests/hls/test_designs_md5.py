"""designs/rtl/md5 (Vivado style): reference vs hashlib.md5, RTL vs the reference under Icarus."""

from __future__ import annotations

import hashlib
import random

import cocotb
import pytest
import rtl_helpers

from designs.rtl.catalog import load_design
from designs.rtl.md5.reference import K, compress, padded_block

pytestmark = pytest.mark.iverilog


def _digest_words(message: bytes) -> list[int]:
    digest = hashlib.md5(message).digest()
    return [int.from_bytes(digest[i : i + 4], "little") for i in range(0, 16, 4)]


def test_reference_constants_match_rfc_1321() -> None:
    # T[1], T[2], T[63], T[64] of RFC 1321 section 3.4
    assert (K[0], K[1], K[62], K[63]) == (0xD76AA478, 0xE8C7B756, 0x2AD7D2BB, 0xEB86D391)


def test_reference_compression_matches_hashlib() -> None:
    rng = random.Random(5)
    messages = [b"", b"abc"]
    messages += [bytes(rng.getrandbits(8) for _ in range(rng.randrange(56))) for _ in range(300)]
    for message in messages:
        assert compress(padded_block(message)) == _digest_words(message), message


def test_reference_padding_rejects_long_messages() -> None:
    with pytest.raises(ValueError, match=r"^a single-block message has at most 55 bytes, not 56$"):
        padded_block(bytes(56))


@cocotb.test()
async def md5_directed_cases(dut) -> None:
    design = load_design("md5")
    await rtl_helpers.reset_design(dut, design)
    for message in (b"", b"abc", b"The quick brown fox jumps over the lazy dog"):
        block = padded_block(message)
        _, expected = design.run_reference({}, {"msg": block, "digest": [0] * 4})
        assert expected["digest"] == _digest_words(message)
        await rtl_helpers.check_call(dut, design, {}, {"msg": block, "digest": [0] * 4})


@cocotb.test()
async def md5_random_calls(dut) -> None:
    await rtl_helpers.check_random_calls(dut, "md5", calls=10)


@pytest.mark.skipif(not rtl_helpers.icarus_available(), reason="needs Icarus Verilog")
def test_md5_rtl_matches_reference(tmp_path) -> None:
    rtl_helpers.simulate("md5", __name__, tmp_path)
