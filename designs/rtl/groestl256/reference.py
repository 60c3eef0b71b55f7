"""Reference model of designs/rtl/groestl256: Groestl-256 (P. Gauravaram, L. R. Knudsen, K. Matusiewicz,
F. Mendel, C. Rechberger, M. Schlaeffer, S. S. Thomsen, "Groestl - a SHA-3 candidate", the final-round
version 2.0.1). The state is an 8 x 8 byte matrix, filled column by column from a 64-byte block; a column is
a big-endian 64-bit word here (row 0 in the top byte). The permutations P and Q take 10 rounds of
AddRoundConstant, SubBytes (the AES S-box), ShiftBytes and MixBytes; the compression is
f(h, m) = P(h ^ m) ^ Q(m) ^ h and the output transformation trunc_256(P(x) ^ x). One call of the design is
one compression, followed by the output transformation when the input ``finish`` is set. Checked against
the submission's known answers (tests/data/sha3_kat/groestl256_kat.txt, tests/hls/test_designs_groestl256.py).
"""

from __future__ import annotations

import random

from designs.rtl.aes128.reference import SBOX

MASK64 = (1 << 64) - 1
ROUNDS = 10
WORDS = 8  # columns of the state, one 64-bit word each
SHIFT_P = (0, 1, 2, 3, 4, 5, 6, 7)  # row i moves left by SHIFT[i] columns
SHIFT_Q = (1, 3, 5, 7, 0, 2, 4, 6)
MIX = (2, 2, 3, 4, 5, 3, 5, 7)  # the circulant matrix B = circ(MIX)
IV = (0,) * 7 + (256,)  # the output length in bits in the last column


def gf_mul(a: int, b: int) -> int:
    """Multiplication in GF(2^8) with the AES polynomial x^8 + x^4 + x^3 + x + 1."""
    product = 0
    while b:
        if b & 1:
            product ^= a
        a = (a << 1) ^ (0x11B if a & 0x80 else 0)
        b >>= 1
    return product


def _matrix(words: list[int]) -> list[list[int]]:
    """a[row][column] from column words."""
    return [[(words[j] >> (56 - 8 * i)) & 0xFF for j in range(WORDS)] for i in range(8)]


def _words(a: list[list[int]]) -> list[int]:
    return [sum(a[i][j] << (56 - 8 * i) for i in range(8)) for j in range(WORDS)]


def round_constant(words: list[int], r: int, q: bool) -> list[int]:
    """AddRoundConstant of round r: P xors (j << 4) ^ r into row 0 of column j; Q complements every byte and
    xors (j << 4) ^ r into row 7."""
    if q:
        return [w ^ MASK64 ^ ((j << 4) ^ r) for j, w in enumerate(words)]
    return [w ^ (((j << 4) ^ r) << 56) for j, w in enumerate(words)]


def permutation_round(words: list[int], r: int, q: bool) -> list[int]:
    """One round of P (q false) or Q (q true) on the state as 8 column words."""
    a = _matrix(round_constant(words, r, q))
    shift = SHIFT_Q if q else SHIFT_P
    a = [[SBOX[a[i][(j + shift[i]) % 8]] for j in range(8)] for i in range(8)]
    mixed = [[0] * 8 for _ in range(8)]
    for j in range(8):
        for i in range(8):
            value = 0
            for k in range(8):
                value ^= gf_mul(MIX[(k - i) % 8], a[k][j])
            mixed[i][j] = value
    return _words(mixed)


def permutation(words: list[int], q: bool) -> list[int]:
    for r in range(ROUNDS):
        words = permutation_round(words, r, q)
    return words


def compress(chain: list[int], block: list[int]) -> list[int]:
    """f(h, m) = P(h ^ m) ^ Q(m) ^ h."""
    p = permutation([h ^ m for h, m in zip(chain, block, strict=True)], q=False)
    q = permutation(list(block), q=True)
    return [a ^ b ^ h for a, b, h in zip(p, q, chain, strict=True)]


def output_transform(chain: list[int]) -> list[int]:
    """P(x) ^ x, all 8 words (the digest is the last 32 bytes, words 4..7)."""
    return [a ^ h for a, h in zip(permutation(list(chain), q=False), chain, strict=True)]


def pad(message: bytes) -> list[list[int]]:
    """The padded message as 64-byte blocks of column words: a 1 bit, zeros, the block count (64 bits)."""
    blocks = (len(message) + 9 + 63) // 64
    data = message + b"\x80" + bytes(64 * blocks - len(message) - 9) + blocks.to_bytes(8, "big")
    return [
        [int.from_bytes(data[64 * b + 8 * j : 64 * b + 8 * j + 8], "big") for j in range(WORDS)]
        for b in range(blocks)
    ]


def digest(message: bytes) -> bytes:
    """Groestl-256 of a byte string."""
    chain = list(IV)
    for block in pad(message):
        chain = compress(chain, block)
    final = output_transform(chain)
    return b"".join(word.to_bytes(8, "big") for word in final[4:])


def run(
    inputs: dict[str, int], memories: dict[str, list[int]]
) -> tuple[dict[str, int], dict[str, list[int]]]:
    """One call of the design: hout <= f(h, msg), or P(f(h, msg)) ^ f(h, msg) when ``finish`` is 1."""
    chain = compress(memories["h"], memories["msg"])
    if inputs["finish"] & 1:
        chain = output_transform(chain)
    return {}, {"msg": memories["msg"], "h": memories["h"], "hout": chain}


def random_case(rng: random.Random) -> tuple[dict[str, int], dict[str, list[int]]]:
    """A random block and chaining value; finish random."""
    return {"finish": rng.getrandbits(1)}, {
        "msg": [rng.getrandbits(64) for _ in range(WORDS)],
        "h": [rng.getrandbits(64) for _ in range(WORDS)],
        "hout": [rng.getrandbits(64) for _ in range(WORDS)],
    }
