"""Reference model of designs/rtl/md5: one MD5 compression (RFC 1321, section 3.4) of a 16-word block from the
standard initial state; the digest words are A0 + a, B0 + b, C0 + c, D0 + d (little-endian words)."""

from __future__ import annotations

import math
import random

MASK32 = 0xFFFF_FFFF

# RFC 1321 section 3.3: the initial state A, B, C, D
INIT = (0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476)

# RFC 1321 section 3.4: T[i] = floor(2^32 * abs(sin(i + 1))), derived rather than transcribed
K = tuple(int(abs(math.sin(i + 1)) * (1 << 32)) & MASK32 for i in range(64))

# per-round rotation amounts (RFC 1321 section 3.4, rounds 1-4)
SHIFTS = ((7, 12, 17, 22), (5, 9, 14, 20), (4, 11, 16, 23), (6, 10, 15, 21))


def word_index(i: int) -> int:
    """The message word step i uses."""
    if i < 16:
        return i
    if i < 32:
        return (5 * i + 1) % 16
    if i < 48:
        return (3 * i + 5) % 16
    return (7 * i) % 16


def _rotl(x: int, n: int) -> int:
    return ((x << n) | (x >> (32 - n))) & MASK32


def compress(block: list[int], state: tuple[int, ...] = INIT) -> list[int]:
    """The MD5 compression function on 16 little-endian message words."""
    a, b, c, d = state
    for i in range(64):
        if i < 16:
            f = (b & c) | (~b & d)
        elif i < 32:
            f = (d & b) | (~d & c)
        elif i < 48:
            f = b ^ c ^ d
        else:
            f = c ^ (b | (~d & MASK32))
        f = (f + a + K[i] + block[word_index(i)]) & MASK32
        a, d, c = d, c, b
        b = (b + _rotl(f, SHIFTS[i // 16][i % 4])) & MASK32
    return [(x + y) & MASK32 for x, y in zip(state, (a, b, c, d), strict=True)]


def padded_block(message: bytes) -> list[int]:
    """The single padded 512-bit block of a message of at most 55 bytes, as 16 little-endian words."""
    if len(message) > 55:
        raise ValueError(f"a single-block message has at most 55 bytes, not {len(message)}")
    data = message + b"\x80" + b"\0" * (55 - len(message)) + (8 * len(message)).to_bytes(8, "little")
    return [int.from_bytes(data[i : i + 4], "little") for i in range(0, 64, 4)]


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
    return {}, {"msg": block, "digest": [rng.getrandbits(32) for _ in range(4)]}
