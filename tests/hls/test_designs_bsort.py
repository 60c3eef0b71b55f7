"""designs/rtl/bsort (Bambu style, binary controller, in-place array): reference vs sorted(), RTL too."""

from __future__ import annotations

import random

import cocotb
import pytest
import rtl_helpers

from designs.rtl.bsort.reference import MASK32, N, bsort, to_signed
from designs.rtl.catalog import load_design

pytestmark = pytest.mark.iverilog


def test_reference_bsort_matches_sorted() -> None:
    rng = random.Random(11)
    for _ in range(500):
        words = [rng.choice((rng.getrandbits(32), rng.randrange(-3, 4) & MASK32)) for _ in range(N)]
        assert bsort(words) == sorted(words, key=to_signed)


@cocotb.test()
async def bsort_directed_cases(dut) -> None:
    design = load_design("bsort")
    await rtl_helpers.reset_design(dut, design)
    ascending = list(range(N))
    descending = [v & MASK32 for v in range(3, 3 - N, -1)]
    extremes = [0x8000_0000, 0x7FFF_FFFF, 0, MASK32, 1, 0x8000_0000, 0x7FFF_FFFF, 0]
    for words in (ascending, descending, extremes, [5] * N):
        await rtl_helpers.check_call(dut, design, {}, {"A": words})


@cocotb.test()
async def bsort_random_calls(dut) -> None:
    await rtl_helpers.check_random_calls(dut, "bsort", calls=12)


@pytest.mark.skipif(not rtl_helpers.icarus_available(), reason="needs Icarus Verilog")
def test_bsort_rtl_matches_reference(tmp_path) -> None:
    rtl_helpers.simulate("bsort", __name__, tmp_path)
