"""designs/rtl/dct (Vivado HLS style, RAM and ROM submodules): reference vs numpy, RTL vs the reference."""

from __future__ import annotations

import random

import cocotb
import numpy as np
import pytest
import rtl_helpers

from designs.rtl.catalog import load_design
from designs.rtl.dct.reference import MASK32, C, N, dct, to_signed

pytestmark = pytest.mark.iverilog


def test_reference_dct_matches_numpy_matrix_products() -> None:
    rng = random.Random(8)
    matrix = np.array(C, dtype=np.int64)
    for _ in range(300):
        samples = [rng.getrandbits(16) for _ in range(N * N)]
        x = np.array([to_signed(s, 16) for s in samples], dtype=np.int64).reshape(N, N)
        expected = matrix @ x @ matrix.T
        assert dct(samples) == [int(v) & MASK32 for v in expected.flatten()]


def test_reference_dct_of_a_flat_block_is_dc_only() -> None:
    # a constant block v transforms to 16 * v at (0, 0) and zero elsewhere
    assert dct([3] * (N * N)) == [48] + [0] * (N * N - 1)


@cocotb.test()
async def dct_directed_cases(dut) -> None:
    design = load_design("dct")
    await rtl_helpers.reset_design(dut, design)
    flat = [3] * (N * N)
    impulse = [1] + [0] * (N * N - 1)
    extremes = [0x8000 if i % 3 else 0x7FFF for i in range(N * N)]
    for samples in (flat, impulse, extremes):
        await rtl_helpers.check_call(dut, design, {}, {"X": samples, "Y": [0] * (N * N)})


@cocotb.test()
async def dct_random_calls(dut) -> None:
    await rtl_helpers.check_random_calls(dut, "dct", calls=10)


@pytest.mark.skipif(not rtl_helpers.icarus_available(), reason="needs Icarus Verilog")
def test_dct_rtl_matches_reference(tmp_path) -> None:
    rtl_helpers.simulate("dct", __name__, tmp_path)
