"""Reference model of designs/rtl/minmax: max(A) - min(A) over 16 signed 32-bit words, modulo 2**32."""

from __future__ import annotations

import random

N = 16
MASK32 = 0xFFFF_FFFF


def to_signed(value: int) -> int:
    """Two's-complement reading of a 32-bit word."""
    return value - (1 << 32) if value >> 31 else value


def minmax(words: list[int]) -> int:
    """The loop of the C source in minmax.v: running min and max from INT_MAX / INT_MIN, then max - min."""
    low, high = 2**31 - 1, -(2**31)
    for word in words:
        value = to_signed(word)
        low, high = min(low, value), max(high, value)
    return (high - low) & MASK32


def run(
    inputs: dict[str, int], memories: dict[str, list[int]]
) -> tuple[dict[str, int], dict[str, list[int]]]:
    """One call of the design: A -> ap_return."""
    return {"ap_return": minmax(memories["A"])}, {"A": memories["A"]}


def random_case(rng: random.Random) -> tuple[dict[str, int], dict[str, list[int]]]:
    """Full-range words, or small signed values (two's complement)."""
    if rng.random() < 0.5:
        return {}, {"A": [rng.getrandbits(32) for _ in range(N)]}
    return {}, {"A": [rng.randrange(-1000, 1000) & MASK32 for _ in range(N)]}
