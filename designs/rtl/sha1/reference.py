"""Reference model of designs/rtl/sha1: one SHA-1 compression (FIPS 180-4, section 6.1.2) of a 16-word block
(big-endian words) from the standard initial hash value; the digest words are H(0)_i + a, b, c, d, e."""

from __future__ import annotations

import random

MASK32 = 0xFFFF_FFFF

# FIPS 180-4 section 5.3.1: H(0)
INIT = (0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0)

# FIPS 180-4 section 4.2.1: K_t for t in 0-19, 20-39, 40-59, 60-79
K = (0x5A827999, 0x6ED9EBA1, 0x8F1BBCDC, 0xCA62C1D6)


def _rotl(x: int, n: int) -> int:
    return ((x << n) | (x >> (32 - n))) & MASK32


def f(t: int, b: int, c: int, d: int) -> int:
    """FIPS 180-4 section 4.1.1: Ch, Parity, Maj, Parity."""
    if t < 20:
        return (b & c) ^ (~b & d & MASK32)
    if t < 40 or t >= 60:
        return b ^ c ^ d
    return (b & c) ^ (b & d) ^ (c & d)


def compress(block: list[int], state: tuple[int, ...] = INIT) -> list[int]:
    """The SHA-1 compression function on 16 big-endian message words (16-word circular schedule)."""
    w = list(block)
    a, b, c, d, e = state
    for t in range(80):
        if t >= 16:
            w[t % 16] = _rotl(w[(t - 3) % 16] ^ w[(t - 8) % 16] ^ w[(t - 14) % 16] ^ w[t % 16], 1)
        temp = (_rotl(a, 5) + f(t, b, c, d) + e + K[t // 20] + w[t % 16]) & MASK32
        e, d, c, b, a = d, c, _rotl(b, 30), a, temp
    return [(x + y) & MASK32 for x, y in zip(state, (a, b, c, d, e), strict=True)]


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
    return {}, {"msg": block, "digest": [rng.getrandbits(32) for _ in range(5)]}
