"""Reference model of designs/rtl/jh256: JH-256 (H. Wu, "The Hash Function JH", the final-round version
of 16 January 2011). The 1024-bit state H is a big-endian bit string (bit 0 the top bit of byte 0), held
as 16 big-endian 64-bit words. The compression F8 xors the 512-bit block into the first half of H, applies
the bijection E8 and xors the block into the second half. E8 groups H into 256 4-bit elements (element i
takes bits i, i + 256, i + 512, i + 768; the even elements take i < 128, the odd ones the rest), runs 42
rounds R8 (each element through S0 or S1 as the round constant's bit says, the linear transform L on
element pairs, the permutation P8) and ungroups; the round constants come from C0 (the fractional part of
sqrt(2)) by the round function R6 with zero constants. One call of the design is one compression. Checked
against the submission's known answers (tests/data/sha3_kat/jh256_kat.txt, tests/hls/test_designs_jh256.py).
"""

from __future__ import annotations

import math
import random

MASK64 = (1 << 64) - 1
ROUNDS = 42
S0 = (9, 0, 4, 11, 13, 12, 3, 15, 1, 10, 2, 6, 7, 5, 8, 14)
S1 = (3, 12, 6, 13, 5, 7, 1, 9, 15, 2, 0, 4, 11, 10, 14, 8)
HASH_BITS = 256


def _sqrt2_fraction() -> int:
    """The first 256 bits of the fractional part of sqrt(2): the round constant C0."""
    return math.isqrt(2 << 512) - (1 << 256)


C0 = _sqrt2_fraction()


def linear(a: int, b: int) -> tuple[int, int]:
    """The MDS transform L on two 4-bit elements (a multiplication over GF(2^4), polynomial x^4 + x + 1)."""
    b ^= ((a << 1) ^ (a >> 3) ^ ((a >> 2) & 2)) & 0xF
    a ^= ((b << 1) ^ (b >> 3) ^ ((b >> 2) & 2)) & 0xF
    return a, b


def permute(elements: list[int]) -> list[int]:
    """P_d on 2^d elements: swap within pairs (pi), even elements to the first half and odd to the second
    (P'), swap the pairs of the second half (phi)."""
    n = len(elements)
    t = list(elements)
    for i in range(0, n, 4):
        t[i + 2], t[i + 3] = t[i + 3], t[i + 2]
    out = [t[2 * i] for i in range(n // 2)] + [t[2 * i + 1] for i in range(n // 2)]
    for i in range(n // 2, n, 2):
        out[i], out[i + 1] = out[i + 1], out[i]
    return out


def round_function(elements: list[int], constant: int) -> list[int]:
    """R_d: S-box layer (S1 where the constant's bit is 1, the constant's top bit selecting for element 0),
    L on pairs, P_d."""
    n = len(elements)
    t = [(S1 if (constant >> (n - 1 - i)) & 1 else S0)[x] for i, x in enumerate(elements)]
    for i in range(0, n, 2):
        t[i], t[i + 1] = linear(t[i], t[i + 1])
    return permute(t)


def next_constant(constant: int) -> int:
    """C_(r+1) = R6(C_r) with zero constants, C_r as 64 4-bit elements (element 0 the top nibble)."""
    elements = [(constant >> (252 - 4 * i)) & 0xF for i in range(64)]
    out = round_function(elements, 0)
    return sum(x << (252 - 4 * i) for i, x in enumerate(out))


CONSTANTS = [C0]
for _ in range(ROUNDS - 1):
    CONSTANTS.append(next_constant(CONSTANTS[-1]))


def group(state: int) -> list[int]:
    """E8's initial grouping of the 1024-bit state (an integer, H's bit 0 its top bit) into 256 elements."""

    def bit(k: int) -> int:
        return (state >> (1023 - k)) & 1

    tem = [bit(i) << 3 | bit(i + 256) << 2 | bit(i + 512) << 1 | bit(i + 768) for i in range(256)]
    elements = [0] * 256
    for i in range(128):
        elements[2 * i] = tem[i]
        elements[2 * i + 1] = tem[i + 128]
    return elements


def degroup(elements: list[int]) -> int:
    """The inverse of group."""
    tem = [0] * 256
    for i in range(128):
        tem[i] = elements[2 * i]
        tem[i + 128] = elements[2 * i + 1]
    state = 0
    for i, x in enumerate(tem):
        for k, offset in enumerate((0, 256, 512, 768)):
            if (x >> (3 - k)) & 1:
                state |= 1 << (1023 - (i + offset))
    return state


def e8(state: int) -> int:
    elements = group(state)
    for constant in CONSTANTS:
        elements = round_function(elements, constant)
    return degroup(elements)


def to_int(words: list[int]) -> int:
    value = 0
    for word in words:
        value = value << 64 | word
    return value


def to_words(value: int, count: int = 16) -> list[int]:
    return [(value >> (64 * (count - 1 - k))) & MASK64 for k in range(count)]


def compress(chain: list[int], block: list[int]) -> list[int]:
    """F8: H ^= M || 0, H = E8(H), H ^= 0 || M (16 and 8 big-endian words)."""
    message = to_int(block)
    state = e8(to_int(chain) ^ (message << 512))
    return to_words(state ^ message)


def initial_value() -> list[int]:
    """H0 = F8(H_-1, 0), H_-1 the output length (16 bits) in its first two bytes."""
    return compress(to_words(HASH_BITS << (1024 - 16)), [0] * 8)


IV = tuple(initial_value())


def pad(message: bytes) -> list[list[int]]:
    """A 1 bit, 383 + (-l mod 512) zero bits, the message length in bits (128 bits): 64-byte blocks."""
    bits = 8 * len(message)
    zero_bits = 383 + (-bits % 512)
    data = message + b"\x80" + bytes((zero_bits - 7) // 8) + bits.to_bytes(16, "big")
    return [
        [int.from_bytes(data[64 * b + 8 * j : 64 * b + 8 * j + 8], "big") for j in range(8)]
        for b in range(len(data) // 64)
    ]


def digest(message: bytes) -> bytes:
    """JH-256 of a byte string: the last 256 bits of the final state."""
    chain = list(IV)
    for block in pad(message):
        chain = compress(chain, block)
    return b"".join(word.to_bytes(8, "big") for word in chain[12:])


def run(
    inputs: dict[str, int], memories: dict[str, list[int]]
) -> tuple[dict[str, int], dict[str, list[int]]]:
    """One call of the design: hout <= F8(h, msg)."""
    return {}, {"msg": memories["msg"], "h": memories["h"], "hout": compress(memories["h"], memories["msg"])}


def random_case(rng: random.Random) -> tuple[dict[str, int], dict[str, list[int]]]:
    """A random block and chaining value."""
    return {}, {
        "msg": [rng.getrandbits(64) for _ in range(8)],
        "h": [rng.getrandbits(64) for _ in range(16)],
        "hout": [rng.getrandbits(64) for _ in range(16)],
    }
