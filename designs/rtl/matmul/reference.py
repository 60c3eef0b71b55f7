"""Reference model of designs/rtl/matmul: C = A x B for 4x4 row-major matrices of 32-bit words, wrapping."""

from __future__ import annotations

import random

N = 4
MASK32 = 0xFFFF_FFFF


def matmul(a: list[int], b: list[int]) -> list[int]:
    """Row-major 4x4 product modulo 2**32 (the C ``int`` loop; signedness does not change the low 32 bits)."""
    return [sum(a[i * N + k] * b[k * N + j] for k in range(N)) & MASK32 for i in range(N) for j in range(N)]


def run(
    inputs: dict[str, int], memories: dict[str, list[int]]
) -> tuple[dict[str, int], dict[str, list[int]]]:
    """One call of the design: (A, B) -> C."""
    return {}, {"A": memories["A"], "B": memories["B"], "C": matmul(memories["A"], memories["B"])}


def random_case(rng: random.Random) -> tuple[dict[str, int], dict[str, list[int]]]:
    """Random matrices, either small signed entries (in two's complement) or full 32-bit words."""
    if rng.random() < 0.5:
        a = [rng.randrange(-100, 100) & MASK32 for _ in range(N * N)]
        b = [rng.randrange(-100, 100) & MASK32 for _ in range(N * N)]
    else:
        a = [rng.getrandbits(32) for _ in range(N * N)]
        b = [rng.getrandbits(32) for _ in range(N * N)]
    return {}, {"A": a, "B": b, "C": [rng.getrandbits(32) for _ in range(N * N)]}
