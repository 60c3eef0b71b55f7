"""The SRAM garbage at a power failure (msp430emu/power/intermittent.py ``garbage``): computed by one compiled
call since issue 15 (msp430emu/power/garbage_fill.py: numpy's SeedSequence, PCG64 and bounded draw
re-implemented), it must be byte for byte what ``np.random.default_rng`` + ``integers`` gave before, for any
SRAM size, failure number and old contents."""

from __future__ import annotations

import numpy as np
import pytest

from msp430emu.power.intermittent import GARBAGE_SEED, garbage


def reference_garbage(old: np.ndarray, failure_index: int) -> np.ndarray:
    """The former implementation (numpy's bounded-integer draw), kept here as the oracle."""
    rng = np.random.default_rng([GARBAGE_SEED, failure_index])
    fill = rng.integers(1, 256, size=old.shape[0], dtype=np.uint8)
    clash = fill == old
    fill[clash] = np.where(old[clash] == 0xFF, 0x5A, old[clash] ^ 0xFF)
    return fill


@pytest.mark.parametrize("seed", range(6))
def test_garbage_equals_numpy_bounded_draw(seed: int) -> None:
    rng = np.random.default_rng(seed)
    for _ in range(40):
        n = int(rng.choice([1, 2, 7, 64, 255, 2048, 4096, 8192, int(rng.integers(1, 20000))]))
        index = int(rng.integers(0, 1 << 20))
        kind = rng.integers(0, 3)
        if kind == 0:
            old = rng.integers(0, 256, n, dtype=np.uint8)
        elif kind == 1:
            old = np.full(n, rng.integers(0, 256), dtype=np.uint8)
        else:                     # the previous failure's garbage (what SRAM holds at the next failure)
            old = reference_garbage(rng.integers(0, 256, n, dtype=np.uint8), index - 1)
        new = garbage(old, index)
        np.testing.assert_array_equal(new, reference_garbage(old, index))
        assert new.dtype == np.uint8 and not (new == 0).any() and not (new == old).any()


def test_garbage_many_failure_numbers() -> None:
    old = np.zeros(8192, dtype=np.uint8)            # the FR5994's SRAM size
    for index in range(0, 3000, 7):
        np.testing.assert_array_equal(garbage(old, index), reference_garbage(old, index))


def test_garbage_of_huge_failure_numbers_is_numpys_own_draw() -> None:
    """Failure numbers of 2**32 and above (two entropy words) take numpy's draw itself."""
    rng = np.random.default_rng(5)
    for index in (1 << 32, (1 << 32) + 1, 1 << 40):
        old = rng.integers(0, 256, 3000, dtype=np.uint8)
        np.testing.assert_array_equal(garbage(old, index), reference_garbage(old, index))


def test_garbage_is_written_in_place() -> None:
    from msp430emu.power.intermittent import garbage_into

    rng = np.random.default_rng(9)
    mem = rng.integers(0, 256, 0x4000, dtype=np.uint8)
    before = mem.copy()
    garbage_into(mem[0x1C00:0x2400], 7)
    np.testing.assert_array_equal(mem[0x1C00:0x2400], reference_garbage(before[0x1C00:0x2400], 7))
    np.testing.assert_array_equal(mem[:0x1C00], before[:0x1C00])
    np.testing.assert_array_equal(mem[0x2400:], before[0x2400:])
