"""designs/rtl/prefix (Vivado HLS style, AXI4-Stream ports): reference vs itertools.accumulate, RTL vs the
reference with random stalls on both streams."""

from __future__ import annotations

import itertools
import random

import cocotb
import pytest
import rtl_helpers

from designs.rtl.catalog import load_design
from designs.rtl.prefix.reference import DEPTH, MASK32, prefix_sums

pytestmark = pytest.mark.iverilog


def test_reference_prefix_matches_accumulate() -> None:
    rng = random.Random(16)
    for _ in range(300):
        words = [rng.getrandbits(32) for _ in range(DEPTH)]
        n = rng.randrange(0, DEPTH + 1)
        written, left = prefix_sums(words, n)
        assert written == [v & MASK32 for v in itertools.accumulate(words[:n])]
        assert left == words[n:]


def test_reference_prefix_with_a_negative_count_reads_nothing() -> None:
    assert prefix_sums([1, 2, 3], (-2) & MASK32) == ([], [1, 2, 3])


@cocotb.test()
async def prefix_directed_cases(dut) -> None:
    design = load_design("prefix")
    await rtl_helpers.reset_design(dut, design)
    counting = list(range(1, DEPTH + 1))
    for n in (0, 1, 5, DEPTH):
        await rtl_helpers.check_call(dut, design, {"n": n}, {"din": counting, "dout": []})
    stalls = random.Random(3)
    await rtl_helpers.check_call(
        dut, design, {"n": DEPTH}, {"din": [MASK32] * DEPTH, "dout": []}, stall_rng=stalls
    )


@cocotb.test()
async def prefix_random_calls(dut) -> None:
    await rtl_helpers.check_random_calls(dut, "prefix", calls=15)


@pytest.mark.skipif(not rtl_helpers.icarus_available(), reason="needs Icarus Verilog")
def test_prefix_rtl_matches_reference(tmp_path) -> None:
    rtl_helpers.simulate("prefix", __name__, tmp_path)
