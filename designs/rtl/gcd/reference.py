"""Reference model of designs/rtl/gcd: the binary (Stein) gcd the RTL implements, step for step in C terms."""

from __future__ import annotations

import random

MASK32 = 0xFFFF_FFFF


def gcd(a: int, b: int) -> int:
    """Binary gcd of two unsigned 32-bit values, as the C source in gcd.v computes it."""
    a &= MASK32
    b &= MASK32
    if a == 0:
        return b
    if b == 0:
        return a
    shift = 0
    while ((a | b) & 1) == 0:
        a >>= 1
        b >>= 1
        shift += 1
    while (a & 1) == 0:
        a >>= 1
    while True:
        while (b & 1) == 0:
            b >>= 1
        if a > b:
            a, b = b, a
        b -= a
        if b == 0:
            return (a << shift) & MASK32


def run(
    inputs: dict[str, int], memories: dict[str, list[int]]
) -> tuple[dict[str, int], dict[str, list[int]]]:
    """One call of the design: scalar inputs -> (scalar outputs, final memories)."""
    return {"ap_return": gcd(inputs["a"], inputs["b"])}, {}


def random_case(rng: random.Random) -> tuple[dict[str, int], dict[str, list[int]]]:
    """Random operands with shared power-of-two factors and the occasional zero (the special paths)."""
    if rng.random() < 0.3:
        return {"a": rng.getrandbits(32), "b": rng.getrandbits(32)}, {}
    common = rng.getrandbits(rng.choice((4, 8, 12)))
    shift = rng.randrange(0, 6)
    a = (common * rng.getrandbits(rng.choice((1, 4, 10))) << shift) & MASK32
    b = (common * rng.getrandbits(rng.choice((1, 4, 10))) << shift) & MASK32
    if rng.random() < 0.05:
        a = 0
    if rng.random() < 0.05:
        b = 0
    return {"a": a, "b": b}, {}
