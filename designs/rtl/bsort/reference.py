"""Reference model of designs/rtl/bsort: in-place bubble sort of 8 signed 32-bit words (ascending)."""

from __future__ import annotations

import random

N = 8
MASK32 = 0xFFFF_FFFF


def to_signed(value: int) -> int:
    """Two's-complement reading of a 32-bit word."""
    return value - (1 << 32) if value >> 31 else value


def bsort(words: list[int]) -> list[int]:
    """The loop of the C source in bsort.v: swap neighbours while the left one is greater (signed)."""
    a = list(words)
    for i in range(N - 1):
        for j in range(N - 1 - i):
            if to_signed(a[j]) > to_signed(a[j + 1]):
                a[j], a[j + 1] = a[j + 1], a[j]
    return a


def run(
    inputs: dict[str, int], memories: dict[str, list[int]]
) -> tuple[dict[str, int], dict[str, list[int]]]:
    """One call of the design: A sorted in place."""
    return {}, {"A": bsort(memories["A"])}


def random_case(rng: random.Random) -> tuple[dict[str, int], dict[str, list[int]]]:
    """Random words: full range, small values with repeats, already sorted or reversed."""
    kind = rng.randrange(4)
    if kind == 0:
        words = [rng.getrandbits(32) for _ in range(N)]
    elif kind == 1:
        words = [rng.randrange(-4, 5) & MASK32 for _ in range(N)]
    else:
        values = sorted(rng.randrange(-1000, 1000) for _ in range(N))
        words = [v & MASK32 for v in (values if kind == 2 else values[::-1])]
    return {}, {"A": words}
