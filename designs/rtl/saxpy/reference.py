"""Reference model of designs/rtl/saxpy: out[i] = a * x[i] + y[i] for 32 words, modulo 2**32."""

from __future__ import annotations

import random

N = 32
MASK32 = 0xFFFF_FFFF


def saxpy(a: int, x: list[int], y: list[int]) -> list[int]:
    """The 32 output words (C ``int`` arithmetic wraps modulo 2**32; signedness does not change the bits)."""
    return [(a * xi + yi) & MASK32 for xi, yi in zip(x, y, strict=True)]


def run(
    inputs: dict[str, int], memories: dict[str, list[int]]
) -> tuple[dict[str, int], dict[str, list[int]]]:
    """One call of the design: (a, x, y) -> out."""
    return {}, {
        "x": memories["x"],
        "y": memories["y"],
        "out": saxpy(inputs["a"], memories["x"], memories["y"]),
    }


def random_case(rng: random.Random) -> tuple[dict[str, int], dict[str, list[int]]]:
    """A random scale and vectors (small signed or full 32-bit), out filled with garbage."""
    bits = rng.choice((8, 32))
    vector = [rng.getrandbits(32) if bits == 32 else rng.randrange(-128, 128) & MASK32 for _ in range(2 * N)]
    memories = {"x": vector[:N], "y": vector[N:], "out": [rng.getrandbits(32) for _ in range(N)]}
    return {"a": rng.getrandbits(32) if bits == 32 else rng.randrange(-16, 16) & MASK32}, memories
