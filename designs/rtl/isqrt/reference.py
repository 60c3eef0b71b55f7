"""Reference model of designs/rtl/isqrt: floor(sqrt(x)) of a 32-bit x, digit by digit as isqrt.v does."""

from __future__ import annotations

import random


def isqrt(x: int) -> int:
    """The loop of the comment in isqrt.v, on a 32-bit unsigned ``x``."""
    rem, root, one = x & 0xFFFF_FFFF, 0, 1 << 30
    while one > rem:
        one >>= 2
    while one:
        if rem >= root + one:
            rem -= root + one
            root = (root >> 1) + one
        else:
            root >>= 1
        one >>= 2
    return root


def run(
    inputs: dict[str, int], memories: dict[str, list[int]]
) -> tuple[dict[str, int], dict[str, list[int]]]:
    """One call of the design: x -> ap_return."""
    return {"ap_return": isqrt(inputs["x"])}, {}


def random_case(rng: random.Random) -> tuple[dict[str, int], dict[str, list[int]]]:
    """Full-range, small, and perfect-square (and neighbour) operands."""
    kind = rng.randrange(3)
    if kind == 0:
        x = rng.getrandbits(32)
    elif kind == 1:
        x = rng.getrandbits(rng.randrange(1, 12))
    else:
        x = min(rng.getrandbits(16) ** 2 + rng.choice((-1, 0, 1)), 0xFFFF_FFFF) & 0xFFFF_FFFF
    return {"x": x}, {}
