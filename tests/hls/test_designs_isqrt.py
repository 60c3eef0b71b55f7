"""designs/rtl/isqrt (hand-written RTL, asynchronous reset): reference vs math.isqrt, RTL vs the reference."""

from __future__ import annotations

import math
import random

import cocotb
import pytest
import rtl_helpers

from designs.rtl.catalog import load_design
from designs.rtl.isqrt.reference import isqrt

pytestmark = pytest.mark.iverilog


def test_reference_isqrt_matches_math_isqrt() -> None:
    rng = random.Random(13)
    values = [0, 1, 2, 3, 4, 2**30 - 1, 2**30, 2**32 - 1, 65535**2, 65535**2 - 1]
    values += [rng.getrandbits(32) for _ in range(3000)] + [rng.getrandbits(10) for _ in range(500)]
    for x in values:
        assert isqrt(x) == math.isqrt(x), x


@cocotb.test()
async def isqrt_directed_cases(dut) -> None:
    design = load_design("isqrt")
    await rtl_helpers.reset_design(dut, design)
    for x in (0, 1, 2, 15, 16, 17, 2**30, 2**32 - 1, 65535**2):
        await rtl_helpers.check_call(dut, design, {"x": x}, {})


@cocotb.test()
async def isqrt_random_calls(dut) -> None:
    await rtl_helpers.check_random_calls(dut, "isqrt", calls=40)


@pytest.mark.skipif(not rtl_helpers.icarus_available(), reason="needs Icarus Verilog")
def test_isqrt_rtl_matches_reference(tmp_path) -> None:
    rtl_helpers.simulate("isqrt", __name__, tmp_path)
