"""Reference model of designs/rtl/sha256: one SHA-256 compression (FIPS 180-4, section 6.2.2) of a 16-word
block from the standard initial hash value; the digest words are H0[i] + working variable i."""

from __future__ import annotations

import random

MASK32 = 0xFFFF_FFFF

# FIPS 180-4 section 5.3.3: initial hash value
H0 = (0x6A09E667, 0xBB67AE85, 0x3C6EF372, 0xA54FF53A, 0x510E527F, 0x9B05688C, 0x1F83D9AB, 0x5BE0CD19)


def _first_primes(count: int) -> list[int]:
    primes: list[int] = []
    candidate = 2
    while len(primes) < count:
        if all(candidate % p for p in primes):
            primes.append(candidate)
        candidate += 1
    return primes


def _cube_root_fraction_bits(n: int) -> int:
    """First 32 bits of the fractional part of n ** (1/3), exactly (integer cube root of n * 2**96)."""
    scaled = n << 96
    low, high = 0, 1 << 40
    while low < high:
        mid = (low + high + 1) // 2
        if mid**3 <= scaled:
            low = mid
        else:
            high = mid - 1
    return low & MASK32


# FIPS 180-4 section 4.2.2: the 64 round constants, derived rather than transcribed
K = tuple(_cube_root_fraction_bits(p) for p in _first_primes(64))


def _rotr(x: int, n: int) -> int:
    return ((x >> n) | (x << (32 - n))) & MASK32


def compress(block: list[int], state: tuple[int, ...] = H0) -> list[int]:
    """The SHA-256 compression function on 16 big-endian message words."""
    w = list(block)
    for t in range(16, 64):
        s0 = _rotr(w[t - 15], 7) ^ _rotr(w[t - 15], 18) ^ (w[t - 15] >> 3)
        s1 = _rotr(w[t - 2], 17) ^ _rotr(w[t - 2], 19) ^ (w[t - 2] >> 10)
        w.append((w[t - 16] + s0 + w[t - 7] + s1) & MASK32)
    a, b, c, d, e, f, g, h = state
    for t in range(64):
        big_s1 = _rotr(e, 6) ^ _rotr(e, 11) ^ _rotr(e, 25)
        choose = (e & f) ^ (~e & g)
        t1 = (h + big_s1 + choose + K[t] + w[t]) & MASK32
        big_s0 = _rotr(a, 2) ^ _rotr(a, 13) ^ _rotr(a, 22)
        majority = (a & b) ^ (a & c) ^ (b & c)
        t2 = (big_s0 + majority) & MASK32
        a, b, c, d, e, f, g, h = (t1 + t2) & MASK32, a, b, c, (d + t1) & MASK32, e, f, g
    return [(x + y) & MASK32 for x, y in zip(state, (a, b, c, d, e, f, g, h), strict=True)]


def padded_block(message: bytes) -> list[int]:
    """The single padded 512-bit block of a message of at most 55 bytes, as 16 big-endian words."""
    if len(message) > 55:
        raise ValueError(f"a single-block message has at most 55 bytes, not {len(message)}")
    data = message + b"\x80" + b"\0" * (55 - len(message)) + (8 * len(message)).to_bytes(8, "big")
    return [int.from_bytes(data[i : i + 4], "big") for i in range(0, 64, 4)]


def run(
    inputs: dict[str, int], memories: dict[str, list[int]]
) -> tuple[dict[str, int], dict[str, list[int]]]:
    """One call of the design: msg -> digest."""
    return {}, {"msg": memories["msg"], "digest": compress(memories["msg"])}


def random_case(rng: random.Random) -> tuple[dict[str, int], dict[str, list[int]]]:
    """Either a random short message padded into one block, or 16 random words."""
    if rng.random() < 0.5:
        block = padded_block(bytes(rng.getrandbits(8) for _ in range(rng.randrange(0, 56))))
    else:
        block = [rng.getrandbits(32) for _ in range(16)]
    return {}, {"msg": block, "digest": [rng.getrandbits(32) for _ in range(8)]}
