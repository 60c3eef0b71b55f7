"""designs/rtl/sobel (Vivado HLS style): reference vs scipy correlate2d, RTL vs the reference (Icarus)."""

from __future__ import annotations

import random

import cocotb
import numpy as np
import pytest
import rtl_helpers

from designs.rtl.catalog import load_design
from designs.rtl.sobel.reference import KERNEL_X, KERNEL_Y, OUT, SIZE, sobel

pytestmark = pytest.mark.iverilog


def test_reference_sobel_matches_scipy() -> None:
    from scipy.signal import correlate2d  # imported here: the simulator also imports this module

    rng = random.Random(6)
    for _ in range(200):
        image = [rng.getrandbits(8) for _ in range(SIZE * SIZE)]
        grid = np.array(image, dtype=np.int64).reshape(SIZE, SIZE)
        gx = correlate2d(grid, np.array(KERNEL_X), mode="valid")
        gy = correlate2d(grid, np.array(KERNEL_Y), mode="valid")
        expected = np.minimum(np.abs(gx) + np.abs(gy), 255)
        assert sobel(image) == [int(v) for v in expected.flatten()]


def test_reference_sobel_of_a_flat_image_is_zero() -> None:
    assert sobel([77] * (SIZE * SIZE)) == [0] * (OUT * OUT)


@cocotb.test()
async def sobel_directed_cases(dut) -> None:
    design = load_design("sobel")
    await rtl_helpers.reset_design(dut, design)
    flat = [77] * (SIZE * SIZE)
    vertical_edge = [255 if i % SIZE >= 4 else 0 for i in range(SIZE * SIZE)]
    dot = [0] * (SIZE * SIZE)
    dot[3 * SIZE + 4] = 200
    for image in (flat, vertical_edge, dot):
        await rtl_helpers.check_call(dut, design, {}, {"img": image, "out": [0] * (OUT * OUT)})


@cocotb.test()
async def sobel_random_calls(dut) -> None:
    await rtl_helpers.check_random_calls(dut, "sobel", calls=8)


@pytest.mark.skipif(not rtl_helpers.icarus_available(), reason="needs Icarus Verilog")
def test_sobel_rtl_matches_reference(tmp_path) -> None:
    rtl_helpers.simulate("sobel", __name__, tmp_path)
