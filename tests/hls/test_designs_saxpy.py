"""designs/rtl/saxpy (Vivado HLS style, inline pipelined loop): reference vs numpy, RTL vs the reference."""

from __future__ import annotations

import random

import cocotb
import numpy as np
import pytest
import rtl_helpers

from designs.rtl.catalog import load_design
from designs.rtl.saxpy.reference import MASK32, N, saxpy

pytestmark = pytest.mark.iverilog


def test_reference_saxpy_matches_numpy() -> None:
    rng = random.Random(12)
    for _ in range(300):
        a = rng.randrange(-(2**15), 2**15)
        x = [rng.randrange(-(2**15), 2**15) for _ in range(N)]
        y = [rng.randrange(-(2**31), 2**31) for _ in range(N)]
        expected = a * np.array(x, dtype=np.int64) + np.array(y, dtype=np.int64)
        got = saxpy(a & MASK32, [v & MASK32 for v in x], [v & MASK32 for v in y])
        assert got == [int(v) & MASK32 for v in expected]


@cocotb.test()
async def saxpy_directed_cases(dut) -> None:
    design = load_design("saxpy")
    await rtl_helpers.reset_design(dut, design)
    counting = list(range(N))
    for a, x, y in ((2, counting, [1] * N), (MASK32, counting, counting), (0, [MASK32] * N, counting)):
        memories = {"x": x, "y": y, "out": [0] * N}
        await rtl_helpers.check_call(dut, design, {"a": a}, memories, idle_cycles=0)


@cocotb.test()
async def saxpy_random_calls(dut) -> None:
    await rtl_helpers.check_random_calls(dut, "saxpy", calls=12)


@pytest.mark.skipif(not rtl_helpers.icarus_available(), reason="needs Icarus Verilog")
def test_saxpy_rtl_matches_reference(tmp_path) -> None:
    rtl_helpers.simulate("saxpy", __name__, tmp_path)
