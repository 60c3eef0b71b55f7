"""Reference model of designs/rtl/poly: c[7] x^7 + ... + c[0] by Horner's rule in 32-bit C ``int``
arithmetic, with signed 16-bit x and coefficients."""

from __future__ import annotations

import random

DEGREE = 7
MASK32 = 0xFFFF_FFFF


def to_signed(value: int, bits: int) -> int:
    """Two's-complement reading of the low ``bits`` bits of ``value``."""
    value &= (1 << bits) - 1
    return value - (1 << bits) if value >> (bits - 1) else value


def horner(coefficients: list[int], x: int) -> int:
    """The loop of the C source in poly.v; the result as an unsigned 32-bit word."""
    value = to_signed(x, 16)
    acc = to_signed(coefficients[DEGREE], 16)
    for i in range(DEGREE - 1, -1, -1):
        acc = to_signed(acc * value + to_signed(coefficients[i], 16), 32)
    return acc & MASK32


def run(
    inputs: dict[str, int], memories: dict[str, list[int]]
) -> tuple[dict[str, int], dict[str, list[int]]]:
    """One call of the design: (x, c) -> ap_return."""
    return {"ap_return": horner(memories["c"], inputs["x"])}, {"c": memories["c"]}


def random_case(rng: random.Random) -> tuple[dict[str, int], dict[str, list[int]]]:
    """Small x and coefficients (no wrap-around) or full 16-bit ones (wrapping)."""
    if rng.random() < 0.5:
        x = rng.randrange(-4, 5) & 0xFFFF
        coefficients = [rng.randrange(-50, 51) & 0xFFFF for _ in range(DEGREE + 1)]
    else:
        x = rng.getrandbits(16)
        coefficients = [rng.getrandbits(16) for _ in range(DEGREE + 1)]
    return {"x": x}, {"c": coefficients}
