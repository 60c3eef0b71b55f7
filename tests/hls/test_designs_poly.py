"""designs/rtl/poly (Catapult with library components): reference vs a direct power sum, RTL vs reference."""

from __future__ import annotations

import random

import cocotb
import pytest
import rtl_helpers

from designs.rtl.catalog import load_design
from designs.rtl.poly.reference import DEGREE, MASK32, horner, to_signed

pytestmark = pytest.mark.iverilog


def test_reference_horner_matches_the_power_sum() -> None:
    rng = random.Random(15)
    for _ in range(1000):
        x = rng.getrandbits(16)
        coefficients = [rng.getrandbits(16) for _ in range(DEGREE + 1)]
        power_sum = sum(to_signed(c, 16) * to_signed(x, 16) ** i for i, c in enumerate(coefficients))
        assert horner(coefficients, x) == power_sum & MASK32


@cocotb.test()
async def poly_directed_cases(dut) -> None:
    design = load_design("poly")
    await rtl_helpers.reset_design(dut, design)
    ones = [1] * (DEGREE + 1)
    for x, coefficients in (
        (0, ones),
        (1, ones),
        (0xFFFF, ones),
        (2, list(range(DEGREE + 1))),
        (0x8000, [0x8000] * 8),
    ):
        await rtl_helpers.check_call(dut, design, {"x": x}, {"c": coefficients})


@cocotb.test()
async def poly_random_calls(dut) -> None:
    await rtl_helpers.check_random_calls(dut, "poly", calls=20)


@pytest.mark.skipif(not rtl_helpers.icarus_available(), reason="needs Icarus Verilog")
def test_poly_rtl_matches_reference(tmp_path) -> None:
    rtl_helpers.simulate("poly", __name__, tmp_path)
