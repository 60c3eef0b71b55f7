"""Reference model of designs/rtl/blake256: one BLAKE-256 compression (J.-P. Aumasson, L. Henzen, W. Meier,
R. C.-W. Phan, "SHA-3 proposal BLAKE", version 1.3, section 2.1: 14 rounds) of a 16-word block (big-endian
words) from the initial value, salt 0, counter ``t0`` (the message bits up to this block's end, 0 when the
block holds none; t1 = 0). The digest is h_i ^ v_i ^ v_(i+8). Checked against the specification's
known-answer vectors (tests/hls/test_designs_blake256.py)."""

from __future__ import annotations

import random

MASK32 = 0xFFFF_FFFF
ROUNDS = 14

# the initial value (that of SHA-256) and the constants c_0..c_15 (leading digits of pi), specification 2.1.1
IV = (0x6A09E667, 0xBB67AE85, 0x3C6EF372, 0xA54FF53A, 0x510E527F, 0x9B05688C, 0x1F83D9AB, 0x5BE0CD19)
C = (0x243F6A88, 0x85A308D3, 0x13198A2E, 0x03707344, 0xA4093822, 0x299F31D0, 0x082EFA98, 0xEC4E6C89,
     0x452821E6, 0x38D01377, 0xBE5466CF, 0x34E90C6C, 0xC0AC29B7, 0xC97C50DD, 0x3F84D5B5, 0xB5470917)
# the permutations sigma_0..sigma_9 (round r uses sigma_(r mod 10))
SIGMA = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15),
    (14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3),
    (11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4),
    (7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8),
    (9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13),
    (2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9),
    (12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11),
    (13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10),
    (6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5),
    (10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0),
)
# G_0..G_3 on the columns, G_4..G_7 on the diagonals: (a, b, c, d) indices into v
G_LANES = ((0, 4, 8, 12), (1, 5, 9, 13), (2, 6, 10, 14), (3, 7, 11, 15),
           (0, 5, 10, 15), (1, 6, 11, 12), (2, 7, 8, 13), (3, 4, 9, 14))


def _rotr(x: int, n: int) -> int:
    return ((x >> n) | (x << (32 - n))) & MASK32


def g(v: list[int], m: list[int], r: int, i: int) -> None:
    """G_i of round r on v, in place."""
    s = SIGMA[r % 10]
    a, b, c, d = G_LANES[i]
    v[a] = (v[a] + v[b] + (m[s[2 * i]] ^ C[s[2 * i + 1]])) & MASK32
    v[d] = _rotr(v[d] ^ v[a], 16)
    v[c] = (v[c] + v[d]) & MASK32
    v[b] = _rotr(v[b] ^ v[c], 12)
    v[a] = (v[a] + v[b] + (m[s[2 * i + 1]] ^ C[s[2 * i]])) & MASK32
    v[d] = _rotr(v[d] ^ v[a], 8)
    v[c] = (v[c] + v[d]) & MASK32
    v[b] = _rotr(v[b] ^ v[c], 7)


def initial_v(t0: int) -> list[int]:
    """v_0..v_15 before the rounds: h, the constants, the counter (t1 = 0, salt 0)."""
    t0 &= MASK32
    return [*IV, C[0], C[1], C[2], C[3], t0 ^ C[4], t0 ^ C[5], C[6], C[7]]


def compress(block: list[int], t0: int) -> list[int]:
    v = initial_v(t0)
    for r in range(ROUNDS):
        for i in range(8):
            g(v, block, r, i)
    return [IV[i] ^ v[i] ^ v[i + 8] for i in range(8)]


def padded_block(message: bytes) -> tuple[list[int], int]:
    """The single padded block of a message of at most 55 bytes (1, zeros, 1, 64-bit length) and its t0."""
    if len(message) > 55:
        raise ValueError(f"a single-block message has at most 55 bytes, not {len(message)}")
    data = bytearray(message + b"\x80" + b"\0" * (55 - len(message)))
    data[55] |= 0x01
    data += (8 * len(message)).to_bytes(8, "big")
    return [int.from_bytes(data[i : i + 4], "big") for i in range(0, 64, 4)], 8 * len(message)


def run(
    inputs: dict[str, int], memories: dict[str, list[int]]
) -> tuple[dict[str, int], dict[str, list[int]]]:
    """One call of the design: msg, t0 -> digest."""
    return {}, {"msg": memories["msg"], "digest": compress(memories["msg"], inputs["t0"])}


def random_case(rng: random.Random) -> tuple[dict[str, int], dict[str, list[int]]]:
    """Either a random short message padded into one block (with its counter), or 16 random words."""
    if rng.random() < 0.5:
        block, t0 = padded_block(bytes(rng.getrandbits(8) for _ in range(rng.randrange(0, 56))))
    else:
        block, t0 = [rng.getrandbits(32) for _ in range(16)], rng.getrandbits(32)
    return {"t0": t0}, {"msg": block, "digest": [rng.getrandbits(32) for _ in range(8)]}
