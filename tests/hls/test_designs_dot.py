"""designs/rtl/dot (Vitis HLS style, pipelined loop submodule): reference vs numpy, RTL vs the reference."""

from __future__ import annotations

import random

import cocotb
import numpy as np
import pytest
import rtl_helpers

from designs.rtl.catalog import load_design
from designs.rtl.dot.reference import MASK32, N, dot

pytestmark = pytest.mark.iverilog


def test_reference_dot_matches_numpy() -> None:
    rng = random.Random(10)
    for _ in range(300):
        a = [rng.randrange(-(2**20), 2**20) for _ in range(N)]
        b = [rng.randrange(-(2**20), 2**20) for _ in range(N)]
        bias = rng.randrange(-(2**31), 2**31)
        expected = int(np.dot(np.array(a, dtype=np.int64), np.array(b, dtype=np.int64))) + bias
        assert dot([v & MASK32 for v in a], [v & MASK32 for v in b], bias & MASK32) == expected & MASK32


@cocotb.test()
async def dot_directed_cases(dut) -> None:
    design = load_design("dot")
    await rtl_helpers.reset_design(dut, design)
    ones, counting = [1] * N, list(range(N))
    for a, b, bias in ((ones, counting, 0), (counting, counting, 7), ([MASK32] * N, ones, MASK32)):
        # back to back (no idle cycle) as well as with a gap: the pipelined loop's done is sticky
        await rtl_helpers.check_call(dut, design, {"bias": bias}, {"a": a, "b": b}, idle_cycles=0)
        await rtl_helpers.check_call(dut, design, {"bias": bias}, {"a": b, "b": a}, idle_cycles=2)


@cocotb.test()
async def dot_random_calls(dut) -> None:
    await rtl_helpers.check_random_calls(dut, "dot", calls=20)


@pytest.mark.skipif(not rtl_helpers.icarus_available(), reason="needs Icarus Verilog")
def test_dot_rtl_matches_reference(tmp_path) -> None:
    rtl_helpers.simulate("dot", __name__, tmp_path)
