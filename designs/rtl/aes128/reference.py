"""Reference model of designs/rtl/aes128: AES-128 encryption of one block (FIPS 197), bytes in memories."""

from __future__ import annotations

import random

BLOCK = 16
ROUNDS = 10


def _xtime(b: int) -> int:
    """Multiplication by x in GF(2^8) modulo x^8 + x^4 + x^3 + x + 1 (FIPS 197 section 4.2.1)."""
    b <<= 1
    return (b ^ 0x11B) if b & 0x100 else b


def _gf_mul(a: int, b: int) -> int:
    product = 0
    while b:
        if b & 1:
            product ^= a
        a = _xtime(a)
        b >>= 1
    return product


def _sbox_entry(x: int) -> int:
    """FIPS 197 section 5.1.1: multiplicative inverse in GF(2^8), then the affine transformation."""
    inverse = next((y for y in range(1, 256) if _gf_mul(x, y) == 1), 0) if x else 0
    result = 0x63
    for shift in range(5):
        result ^= ((inverse << shift) | (inverse >> (8 - shift))) & 0xFF
    return result


SBOX = tuple(_sbox_entry(x) for x in range(256))


def expand_key(key: bytes) -> list[list[int]]:
    """The 11 round keys (16 bytes each) of AES-128, FIPS 197 section 5.2."""
    words = [list(key[4 * i : 4 * i + 4]) for i in range(4)]
    rcon = 1
    for i in range(4, 4 * (ROUNDS + 1)):
        temp = list(words[i - 1])
        if i % 4 == 0:
            temp = [SBOX[b] for b in temp[1:] + temp[:1]]
            temp[0] ^= rcon
            rcon = _xtime(rcon)
        words.append([a ^ b for a, b in zip(words[i - 4], temp, strict=True)])
    return [sum(words[4 * r : 4 * r + 4], []) for r in range(ROUNDS + 1)]


def _shift_rows(s: list[int]) -> list[int]:
    # state byte r + 4c is row r, column c; row r rotates left by r columns
    return [s[r + 4 * ((c + r) % 4)] for c in range(4) for r in range(4)]


def _mix_columns(s: list[int]) -> list[int]:
    out = []
    for c in range(4):
        a = s[4 * c : 4 * c + 4]
        out += [
            _gf_mul(a[0], 2) ^ _gf_mul(a[1], 3) ^ a[2] ^ a[3],
            a[0] ^ _gf_mul(a[1], 2) ^ _gf_mul(a[2], 3) ^ a[3],
            a[0] ^ a[1] ^ _gf_mul(a[2], 2) ^ _gf_mul(a[3], 3),
            _gf_mul(a[0], 3) ^ a[1] ^ a[2] ^ _gf_mul(a[3], 2),
        ]
    return out


def encrypt_block(key: bytes, plaintext: bytes) -> bytes:
    """AES-128 cipher (FIPS 197 section 5.1) of one 16-byte block."""
    round_keys = expand_key(key)
    state = [p ^ k for p, k in zip(plaintext, round_keys[0], strict=True)]
    for r in range(1, ROUNDS + 1):
        state = _shift_rows([SBOX[b] for b in state])
        if r < ROUNDS:
            state = _mix_columns(state)
        state = [s ^ k for s, k in zip(state, round_keys[r], strict=True)]
    return bytes(state)


def run(
    inputs: dict[str, int], memories: dict[str, list[int]]
) -> tuple[dict[str, int], dict[str, list[int]]]:
    """One call of the design: (key, pt) -> ct, one byte per memory word."""
    ciphertext = encrypt_block(bytes(memories["key"]), bytes(memories["pt"]))
    return {}, {"key": memories["key"], "pt": memories["pt"], "ct": list(ciphertext)}


def random_case(rng: random.Random) -> tuple[dict[str, int], dict[str, list[int]]]:
    """A random key and plaintext block; ct filled with garbage the design must overwrite."""
    memories = {name: [rng.getrandbits(8) for _ in range(BLOCK)] for name in ("key", "pt", "ct")}
    return {}, memories
