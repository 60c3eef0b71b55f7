"""Reference model of designs/rtl/rsa: 32-bit modular exponentiation base^exponent mod modulus, right-to-left
binary (square and multiply), each modular product by interleaved shift-and-add (MSB first, one bit a
cycle), step for step as the RTL computes it. Equal to Python's pow(base, exponent, modulus) when
base < modulus and modulus >= 2 (the cases random_case draws; tests/hls/test_designs_rsa.py checks it)."""

from __future__ import annotations

import random

BITS = 32
MASK = (1 << BITS) - 1


def modmul(x: int, y: int, n: int) -> int:
    """x * y mod n by interleaved shift-and-add: p = 2p (- n), + y if the next bit of x is set (- n)."""
    p = 0
    for k in reversed(range(BITS)):
        p <<= 1
        if p >= n:
            p -= n
        if x >> k & 1:
            p += y
        if p >= n:
            p -= n
    return p


def modexp(base: int, exponent: int, modulus: int) -> int:
    """base^exponent mod modulus, right-to-left over the exponent's 32 bits."""
    r, b, e = 1, base & MASK, exponent & MASK
    for _ in range(BITS):
        if e & 1:
            r = modmul(r, b, modulus)
        b = modmul(b, b, modulus)
        e >>= 1
    return r


def run(
    inputs: dict[str, int], memories: dict[str, list[int]]
) -> tuple[dict[str, int], dict[str, list[int]]]:
    """One call of the design: scalar inputs -> (scalar outputs, final memories)."""
    return {"ap_return": modexp(inputs["base"], inputs["exponent"], inputs["modulus"])}, {}


def random_case(rng: random.Random) -> tuple[dict[str, int], dict[str, list[int]]]:
    """A modulus of 2-32 bits (at least 2), a base below it, a random 32-bit exponent."""
    modulus = max(2, rng.getrandbits(rng.randrange(2, BITS + 1)))
    return {"base": rng.randrange(modulus), "exponent": rng.getrandbits(BITS), "modulus": modulus}, {}
