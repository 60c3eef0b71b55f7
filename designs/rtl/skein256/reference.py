"""Reference model of designs/rtl/skein256: Skein-256-256 (N. Ferguson et al., "The Skein Hash Function
Family", version 1.3) of a message of at most 32 bytes: Threefish-256 in UBI chaining mode, the
configuration block's chaining value as the initial value, one message block, one output block. Words are
little-endian 64-bit. Checked against the specification's known answer for the one-byte message FF and its
Skein-256-256 initial value (tests/hls/test_designs_skein256.py)."""

from __future__ import annotations

import random

MASK64 = (1 << 64) - 1
ROUNDS = 72
C240 = 0x1BD11BDAA9FC1A22  # the key schedule parity constant (version 1.3)
# Threefish-256 rotation constants R_(d mod 8, j)
ROT = ((14, 16), (52, 57), (23, 40), (5, 37), (25, 33), (46, 12), (58, 22), (32, 32))
TYPE_CFG, TYPE_MSG, TYPE_OUT = 4, 48, 63
FIRST, FINAL = 1 << 62, 1 << 63  # flags in the tweak's high word (bits 126 and 127)


def _rotl(x: int, n: int) -> int:
    return ((x << n) | (x >> (64 - n))) & MASK64


def subkey(key: list[int], tweak: tuple[int, int], s: int) -> list[int]:
    """Subkey s of Threefish-256: k_((s+i) mod 5), plus t_(s mod 3), t_((s+1) mod 3) and s."""
    k = [*key, C240 ^ key[0] ^ key[1] ^ key[2] ^ key[3]]
    t = (tweak[0], tweak[1], tweak[0] ^ tweak[1])
    return [k[s % 5], (k[(s + 1) % 5] + t[s % 3]) & MASK64, (k[(s + 2) % 5] + t[(s + 1) % 3]) & MASK64,
            (k[(s + 3) % 5] + s) & MASK64]


def threefish_round(v: list[int], d: int) -> list[int]:
    """Round d: MIX on (v0, v1) and (v2, v3) with R_(d mod 8), then the permutation (0, 3, 2, 1)."""
    r0, r1 = ROT[d % 8]
    y0 = (v[0] + v[1]) & MASK64
    y1 = _rotl(v[1], r0) ^ y0
    y2 = (v[2] + v[3]) & MASK64
    y3 = _rotl(v[3], r1) ^ y2
    return [y0, y3, y2, y1]


def threefish(key: list[int], tweak: tuple[int, int], block: list[int]) -> list[int]:
    v = list(block)
    for d in range(ROUNDS):
        if d % 4 == 0:
            v = [(a + b) & MASK64 for a, b in zip(v, subkey(key, tweak, d // 4), strict=True)]
        v = threefish_round(v, d)
    return [(a + b) & MASK64 for a, b in zip(v, subkey(key, tweak, ROUNDS // 4), strict=True)]


def ubi_block(chain: list[int], block: list[int], position: int, kind: int) -> list[int]:
    """One-block UBI: E(chain, tweak, block) XOR block, first and final flags set."""
    tweak = (position & MASK64, FIRST | FINAL | kind << 56)
    return [a ^ b for a, b in zip(threefish(chain, tweak, block), block, strict=True)]


def initial_value() -> list[int]:
    """The chaining value after the configuration block: schema "SHA3", version 1, output 256 bits."""
    config = [0x0000_0001_3341_4853, 256, 0, 0]
    return ubi_block([0, 0, 0, 0], config, 32, TYPE_CFG)


IV = tuple(initial_value())


def message_words(message: bytes) -> list[int]:
    if len(message) > 32:
        raise ValueError(f"a single-block message has at most 32 bytes, not {len(message)}")
    data = message + bytes(32 - len(message))
    return [int.from_bytes(data[8 * i : 8 * i + 8], "little") for i in range(4)]


def hash_block(words: list[int], length: int) -> list[int]:
    """Skein-256-256 of a message given as its zero-padded block and its length in bytes (0..32)."""
    chain = ubi_block(list(IV), words, length, TYPE_MSG)
    return ubi_block(chain, [0, 0, 0, 0], 8, TYPE_OUT)


def run(
    inputs: dict[str, int], memories: dict[str, list[int]]
) -> tuple[dict[str, int], dict[str, list[int]]]:
    """One call of the design: msg, len -> digest."""
    return {}, {"msg": memories["msg"], "digest": hash_block(memories["msg"], inputs["len"])}


def random_case(rng: random.Random) -> tuple[dict[str, int], dict[str, list[int]]]:
    """A random message of 0-32 bytes (zero-padded block) or 4 random words with a random length."""
    if rng.random() < 0.5:
        message = bytes(rng.getrandbits(8) for _ in range(rng.randrange(0, 33)))
        return {"len": len(message)}, {"msg": message_words(message), "digest": [0] * 4}
    words = [rng.getrandbits(64) for _ in range(4)]
    return {"len": rng.getrandbits(6)}, {"msg": words, "digest": [rng.getrandbits(64) for _ in range(4)]}
