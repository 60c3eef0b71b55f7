"""Reference model of designs/rtl/keccak: SHA3-256 (FIPS 202) of a message that fits one 1088-bit block: the
block (17 little-endian 64-bit lanes, padding included) is absorbed into the zero state, Keccak-f[1600] runs
its 24 rounds, and the first 4 lanes are the digest (little-endian 64-bit words)."""

from __future__ import annotations

import random

MASK64 = (1 << 64) - 1
RATE_LANES = 17  # SHA3-256: rate 1088 bits
DIGEST_LANES = 4
ROUNDS = 24


def _rotl(x: int, n: int) -> int:
    n %= 64
    return ((x << n) | (x >> (64 - n))) & MASK64 if n else x


def rotation_offsets() -> list[list[int]]:
    """rho offsets r[x][y] (FIPS 202 algorithm 2): (t+1)(t+2)/2 mod 64 along (x, y) -> (y, 2x + 3y)."""
    r = [[0] * 5 for _ in range(5)]
    x, y = 1, 0
    for t in range(24):
        r[x][y] = (t + 1) * (t + 2) // 2 % 64
        x, y = y, (2 * x + 3 * y) % 5
    return r


def _rc_bit(t: int) -> int:
    """FIPS 202 algorithm 5: the LFSR x^8 + x^6 + x^5 + x^4 + 1."""
    if t % 255 == 0:
        return 1
    r = 1  # the string R = 10000000, bit k of r being R[k]
    for _ in range(t % 255):
        r <<= 1  # R = 0 || R
        if r & 0x100:
            r ^= 0x171  # R[0], R[4], R[5], R[6] ^= R[8]; Trunc_8
    return r & 1


def round_constants() -> list[int]:
    """iota's RC[i_r] (FIPS 202 algorithm 6): bit 2^j - 1 is rc(j + 7 i_r)."""
    return [sum(_rc_bit(j + 7 * ir) << ((1 << j) - 1) for j in range(7)) for ir in range(ROUNDS)]


R = rotation_offsets()
RC = round_constants()


def keccak_round(a: list[int], rc: int) -> list[int]:
    """One round on the 25 lanes a[x + 5 y]: theta, rho, pi, chi, iota."""
    c = [a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20] for x in range(5)]
    d = [c[(x - 1) % 5] ^ _rotl(c[(x + 1) % 5], 1) for x in range(5)]
    b = [0] * 25
    for x in range(5):
        for y in range(5):
            b[y + 5 * ((2 * x + 3 * y) % 5)] = _rotl(a[x + 5 * y] ^ d[x], R[x][y])
    out = [b[i] ^ (~b[(i % 5 + 1) % 5 + 5 * (i // 5)] & MASK64 & b[(i % 5 + 2) % 5 + 5 * (i // 5)])
           for i in range(25)]
    out[0] ^= rc
    return out


def keccak_f(a: list[int]) -> list[int]:
    for rc in RC:
        a = keccak_round(a, rc)
    return a


def padded_block(message: bytes) -> list[int]:
    """The one SHA3-256 block of a message of at most 135 bytes (pad10*1 with the 01 suffix) as 17 lanes."""
    if len(message) > 135:
        raise ValueError(f"a single-block message has at most 135 bytes, not {len(message)}")
    data = bytearray(message + b"\x06" + b"\0" * (135 - len(message)))
    data[135] |= 0x80
    return [int.from_bytes(data[8 * i : 8 * i + 8], "little") for i in range(RATE_LANES)]


def absorb_and_permute(block: list[int]) -> list[int]:
    """The digest lanes: block XORed into the zero state, then Keccak-f[1600]."""
    state = [0] * 25
    for i, lane in enumerate(block):
        state[i] ^= lane
    return keccak_f(state)[:DIGEST_LANES]


def run(
    inputs: dict[str, int], memories: dict[str, list[int]]
) -> tuple[dict[str, int], dict[str, list[int]]]:
    """One call of the design: msg -> digest."""
    return {}, {"msg": memories["msg"], "digest": absorb_and_permute(memories["msg"])}


def random_case(rng: random.Random) -> tuple[dict[str, int], dict[str, list[int]]]:
    """Either a random short message padded into one block, or 17 random lanes."""
    if rng.random() < 0.5:
        block = padded_block(bytes(rng.getrandbits(8) for _ in range(rng.randrange(0, 136))))
    else:
        block = [rng.getrandbits(64) for _ in range(RATE_LANES)]
    return {}, {"msg": block, "digest": [rng.getrandbits(64) for _ in range(DIGEST_LANES)]}
