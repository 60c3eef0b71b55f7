"""designs/rtl/sha1 (Vivado style): reference vs hashlib.sha1, RTL vs the reference under Icarus."""

from __future__ import annotations

import hashlib
import random

import cocotb
import pytest
import rtl_helpers

from designs.rtl.catalog import load_design
from designs.rtl.sha1.reference import K, compress, padded_block

pytestmark = pytest.mark.iverilog


def _digest_words(message: bytes) -> list[int]:
    digest = hashlib.sha1(message).digest()
    return [int.from_bytes(digest[i : i + 4], "big") for i in range(0, 20, 4)]


def test_reference_constants_are_the_square_and_cube_roots() -> None:
    # FIPS 180-4 section 4.2.1: K_t = floor(2^30 sqrt(2)), 2^30 sqrt(3), 2^30 sqrt(5), 2^30 sqrt(10)
    import math

    assert K == tuple(int(math.isqrt(n << 60)) for n in (2, 3, 5, 10))


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
async def sha1_directed_cases(dut) -> None:
    design = load_design("sha1")
    await rtl_helpers.reset_design(dut, design)
    for message in (b"", b"abc", b"The quick brown fox jumps over the lazy dog"):
        block = padded_block(message)
        _, expected = design.run_reference({}, {"msg": block, "digest": [0] * 5})
        assert expected["digest"] == _digest_words(message)
        await rtl_helpers.check_call(dut, design, {}, {"msg": block, "digest": [0] * 5})


@cocotb.test()
async def sha1_random_calls(dut) -> None:
    await rtl_helpers.check_random_calls(dut, "sha1", calls=10)


@pytest.mark.skipif(not rtl_helpers.icarus_available(), reason="needs Icarus Verilog")
def test_sha1_rtl_matches_reference(tmp_path) -> None:
    rtl_helpers.simulate("sha1", __name__, tmp_path)
