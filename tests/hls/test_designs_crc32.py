"""designs/rtl/crc32 (LegUp style): reference model vs zlib.crc32, RTL vs the reference under Icarus."""

from __future__ import annotations

import random
import zlib

import cocotb
import pytest
import rtl_helpers

from designs.rtl.catalog import load_design
from designs.rtl.crc32.reference import crc32, message_bytes

pytestmark = pytest.mark.iverilog


def test_reference_crc32_matches_zlib() -> None:
    rng = random.Random(2)
    for length in range(0, 65):
        words = [rng.getrandbits(32) for _ in range(16)]
        data = message_bytes(words, length)
        assert len(data) == length
        assert crc32(data) == zlib.crc32(data), length


def test_reference_crc32_check_value() -> None:
    # the standard CRC-32 check value: crc32("123456789") = 0xCBF43926
    assert crc32(b"123456789") == 0xCBF4_3926


@cocotb.test()
async def crc32_directed_cases(dut) -> None:
    design = load_design("crc32")
    await rtl_helpers.reset_design(dut, design)
    text = b"123456789".ljust(64, b"\0")
    words = [int.from_bytes(text[i : i + 4], "little") for i in range(0, 64, 4)]
    for length in (0, 1, 4, 9, 64):
        await rtl_helpers.check_call(dut, design, {"len": length}, {"msg": words})


@cocotb.test()
async def crc32_random_calls(dut) -> None:
    await rtl_helpers.check_random_calls(dut, "crc32", calls=25)


@pytest.mark.skipif(not rtl_helpers.icarus_available(), reason="needs Icarus Verilog")
def test_crc32_rtl_matches_reference(tmp_path) -> None:
    rtl_helpers.simulate("crc32", __name__, tmp_path)
