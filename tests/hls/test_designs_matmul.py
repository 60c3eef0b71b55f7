"""designs/rtl/matmul (Bambu style): reference model vs numpy.matmul, RTL vs the reference under Icarus."""

from __future__ import annotations

import random

import cocotb
import numpy as np
import pytest
import rtl_helpers

from designs.rtl.catalog import load_design
from designs.rtl.matmul.reference import MASK32, N, matmul

pytestmark = pytest.mark.iverilog


def test_reference_matmul_matches_numpy() -> None:
    rng = random.Random(4)
    for _ in range(200):
        a = [rng.randrange(-50_000, 50_000) for _ in range(N * N)]
        b = [rng.randrange(-50_000, 50_000) for _ in range(N * N)]
        expected = np.array(a, dtype=np.int64).reshape(N, N) @ np.array(b, dtype=np.int64).reshape(N, N)
        got = matmul([v & MASK32 for v in a], [v & MASK32 for v in b])
        assert got == [int(v) & MASK32 for v in expected.flatten()]


@cocotb.test()
async def matmul_directed_cases(dut) -> None:
    design = load_design("matmul")
    await rtl_helpers.reset_design(dut, design)
    identity = [1 if i % (N + 1) == 0 else 0 for i in range(N * N)]
    counting = list(range(1, N * N + 1))
    for a, b in ((identity, counting), (counting, identity), (counting, counting)):
        await rtl_helpers.check_call(dut, design, {}, {"A": a, "B": b, "C": [0] * (N * N)})


@cocotb.test()
async def matmul_random_calls(dut) -> None:
    await rtl_helpers.check_random_calls(dut, "matmul", calls=12)


@pytest.mark.skipif(not rtl_helpers.icarus_available(), reason="needs Icarus Verilog")
def test_matmul_rtl_matches_reference(tmp_path) -> None:
    rtl_helpers.simulate("matmul", __name__, tmp_path)
