"""designs/rtl/rsa (Vivado style): reference vs Python's pow, RTL vs the reference under Icarus."""

from __future__ import annotations

import random

import cocotb
import pytest
import rtl_helpers

from designs.rtl.rsa.reference import modexp, modmul, random_case

pytestmark = pytest.mark.iverilog


def test_reference_matches_pow() -> None:
    rng = random.Random(7)
    for _ in range(3000):
        inputs, _ = random_case(rng)
        expected = pow(inputs["base"], inputs["exponent"], inputs["modulus"])
        assert modexp(inputs["base"], inputs["exponent"], inputs["modulus"]) == expected, inputs
    # textbook RSA with the primes 61 and 53: n = 3233, e = 17, d = 2753
    assert modexp(65, 17, 3233) == 2790 and modexp(2790, 2753, 3233) == 65


def test_modmul_is_the_modular_product() -> None:
    rng = random.Random(8)
    for _ in range(2000):
        n = max(2, rng.getrandbits(32))
        x, y = rng.randrange(n), rng.randrange(n)
        assert modmul(x, y, n) == x * y % n


@cocotb.test()
async def rsa_directed_cases(dut) -> None:
    from designs.rtl.catalog import load_design

    design = load_design("rsa")
    await rtl_helpers.reset_design(dut, design)
    cases = ((65, 17, 3233), (2790, 2753, 3233), (0, 0, 2), (0xFFFF_FFFE, 0xFFFF_FFFF, 0xFFFF_FFFF))
    for base, exponent, modulus in cases:
        inputs = {"base": base, "exponent": exponent, "modulus": modulus}
        await rtl_helpers.check_call(dut, design, inputs, {})


@cocotb.test()
async def rsa_random_calls(dut) -> None:
    await rtl_helpers.check_random_calls(dut, "rsa", calls=6)


@pytest.mark.skipif(not rtl_helpers.icarus_available(), reason="needs Icarus Verilog")
def test_rsa_rtl_matches_reference(tmp_path) -> None:
    rtl_helpers.simulate("rsa", __name__, tmp_path)
