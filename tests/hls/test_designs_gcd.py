"""designs/rtl/gcd (Vivado HLS style): reference model vs math.gcd, RTL vs the reference under Icarus."""

from __future__ import annotations

import math
import random

import cocotb
import pytest
import rtl_helpers

from designs.rtl.catalog import load_design
from designs.rtl.gcd.reference import gcd

pytestmark = pytest.mark.iverilog


def test_reference_gcd_matches_math_gcd() -> None:
    rng = random.Random(1)
    pairs = [(0, 0), (0, 7), (7, 0), (1, 1), (2**31, 2**31), (2**32 - 1, 2**31), (48, 18)]
    pairs += [(rng.getrandbits(32), rng.getrandbits(32)) for _ in range(2000)]
    pairs += [(rng.getrandbits(16) << 9, rng.getrandbits(16) << 5) for _ in range(500)]
    for a, b in pairs:
        assert gcd(a, b) == math.gcd(a, b), (a, b)


@cocotb.test()
async def gcd_directed_cases(dut) -> None:
    design = load_design("gcd")
    await rtl_helpers.reset_design(dut, design)
    for a, b in [(0, 0), (0, 5), (9, 0), (1, 1), (12, 18), (2**31, 2**30), (2**32 - 1, 2**32 - 2), (97, 89)]:
        await rtl_helpers.check_call(dut, design, {"a": a, "b": b}, {})


@cocotb.test()
async def gcd_random_calls(dut) -> None:
    await rtl_helpers.check_random_calls(dut, "gcd", calls=60)


@pytest.mark.skipif(not rtl_helpers.icarus_available(), reason="needs Icarus Verilog")
def test_gcd_rtl_matches_reference(tmp_path) -> None:
    rtl_helpers.simulate("gcd", __name__, tmp_path)
