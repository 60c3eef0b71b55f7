"""designs/rtl/fir (Vitis HLS style): reference model vs numpy.convolve, RTL vs the reference under Icarus."""

from __future__ import annotations

import random

import cocotb
import numpy as np
import pytest
import rtl_helpers

from designs.rtl.catalog import load_design
from designs.rtl.fir.reference import COEFFICIENTS, N_IN, N_OUT, fir, to_signed

pytestmark = pytest.mark.iverilog


def test_reference_fir_matches_numpy_convolve() -> None:
    rng = random.Random(3)
    for _ in range(200):
        samples = [rng.getrandbits(16) for _ in range(N_IN)]
        signed = np.array([to_signed(s, 16) for s in samples], dtype=np.int64)
        expected = np.convolve(signed, np.array(COEFFICIENTS, dtype=np.int64), mode="valid")
        assert len(expected) == N_OUT
        assert fir(samples) == [int(v) & 0xFFFF_FFFF for v in expected]


def test_reference_fir_impulse_response_is_the_coefficients() -> None:
    impulse = [0] * N_IN
    impulse[len(COEFFICIENTS) - 1] = 1
    response = [to_signed(v, 32) for v in fir(impulse)]
    # x[7] = 1 gives y[n] = c[n] for n < 8 and 0 afterwards
    assert response == list(COEFFICIENTS) + [0] * (N_OUT - len(COEFFICIENTS))


@cocotb.test()
async def fir_directed_cases(dut) -> None:
    design = load_design("fir")
    await rtl_helpers.reset_design(dut, design)
    impulse = [0] * N_IN
    impulse[10] = 1
    extremes = [0x8000 if i % 2 else 0x7FFF for i in range(N_IN)]
    for samples in (impulse, extremes, [0xFFFF] * N_IN):
        await rtl_helpers.check_call(dut, design, {}, {"x": samples, "y": [0] * N_OUT})


@cocotb.test()
async def fir_random_calls(dut) -> None:
    await rtl_helpers.check_random_calls(dut, "fir", calls=8)


@pytest.mark.skipif(not rtl_helpers.icarus_available(), reason="needs Icarus Verilog")
def test_fir_rtl_matches_reference(tmp_path) -> None:
    rtl_helpers.simulate("fir", __name__, tmp_path)
