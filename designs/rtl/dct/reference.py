"""Reference model of designs/rtl/dct: the H.264 4x4 forward core transform Y = C X C^T of 16 signed 16-bit
samples (row major), each result a 32-bit word."""

from __future__ import annotations

import random

N = 4
MASK32 = 0xFFFF_FFFF
# the forward core transform matrix of H.264 / MPEG-4 AVC (4x4 integer DCT approximation)
C = ((1, 1, 1, 1), (2, 1, -1, -2), (1, -1, -1, 1), (1, -2, 2, -1))


def to_signed(value: int, bits: int) -> int:
    """Two's-complement reading of the low ``bits`` bits of ``value``."""
    value &= (1 << bits) - 1
    return value - (1 << bits) if value >> (bits - 1) else value


def dct(samples: list[int]) -> list[int]:
    """Y = C * X * C^T with X the 16 samples as a 4x4 row-major matrix; results as unsigned 32-bit words."""
    x = [[to_signed(samples[r * N + c], 16) for c in range(N)] for r in range(N)]
    tmp = [[sum(C[i][k] * x[k][j] for k in range(N)) for j in range(N)] for i in range(N)]
    return [sum(tmp[i][k] * C[j][k] for k in range(N)) & MASK32 for i in range(N) for j in range(N)]


def run(
    inputs: dict[str, int], memories: dict[str, list[int]]
) -> tuple[dict[str, int], dict[str, list[int]]]:
    """One call of the design: X -> Y."""
    return {}, {"X": memories["X"], "Y": dct(memories["X"])}


def random_case(rng: random.Random) -> tuple[dict[str, int], dict[str, list[int]]]:
    """Random residual blocks: small values (the usual case) or full-scale 16-bit samples."""
    if rng.random() < 0.5:
        samples = [rng.randrange(-255, 256) & 0xFFFF for _ in range(N * N)]
    else:
        samples = [rng.getrandbits(16) for _ in range(N * N)]
    return {}, {"X": samples, "Y": [rng.getrandbits(32) for _ in range(N * N)]}
