"""designs/rtl/minmax (Bambu 2023 style, generate blocks): reference vs min()/max(), RTL vs the reference."""

from __future__ import annotations

import random

import cocotb
import pytest
import rtl_helpers

from designs.rtl.catalog import load_design
from designs.rtl.minmax.reference import MASK32, N, minmax, to_signed

pytestmark = pytest.mark.iverilog


def test_reference_minmax_matches_builtins() -> None:
    rng = random.Random(14)
    for _ in range(500):
        words = [rng.getrandbits(32) for _ in range(N)]
        values = [to_signed(w) for w in words]
        assert minmax(words) == (max(values) - min(values)) & MASK32


@cocotb.test()
async def minmax_directed_cases(dut) -> None:
    design = load_design("minmax")
    await rtl_helpers.reset_design(dut, design)
    extremes = [0x8000_0000, 0x7FFF_FFFF] + [0] * (N - 2)
    for words in ([5] * N, list(range(N)), extremes, [MASK32] * N):
        await rtl_helpers.check_call(dut, design, {}, {"A": words})


@cocotb.test()
async def minmax_random_calls(dut) -> None:
    await rtl_helpers.check_random_calls(dut, "minmax", calls=12)


@pytest.mark.skipif(not rtl_helpers.icarus_available(), reason="needs Icarus Verilog")
def test_minmax_rtl_matches_reference(tmp_path) -> None:
    rtl_helpers.simulate("minmax", __name__, tmp_path)
