"""Reference model of designs/rtl/dot: sum(a[i] * b[i] for 16 words) + bias, modulo 2**32."""

from __future__ import annotations

import random

N = 16
MASK32 = 0xFFFF_FFFF


def dot(a: list[int], b: list[int], bias: int) -> int:
    """The dot product of two 16-word vectors plus ``bias``, as a 32-bit word (C ``int`` wrap-around)."""
    return (sum(x * y for x, y in zip(a, b, strict=True)) + bias) & MASK32


def run(
    inputs: dict[str, int], memories: dict[str, list[int]]
) -> tuple[dict[str, int], dict[str, list[int]]]:
    """One call of the design: (a, b, bias) -> ap_return."""
    return {"ap_return": dot(memories["a"], memories["b"], inputs["bias"])}, {
        "a": memories["a"],
        "b": memories["b"],
    }


def random_case(rng: random.Random) -> tuple[dict[str, int], dict[str, list[int]]]:
    """Small signed vectors (two's complement) or full 32-bit words, and a random bias."""
    bits = rng.choice((8, 32))
    a = [rng.getrandbits(bits) if bits == 32 else rng.randrange(-128, 128) & MASK32 for _ in range(N)]
    b = [rng.getrandbits(bits) if bits == 32 else rng.randrange(-128, 128) & MASK32 for _ in range(N)]
    return {"bias": rng.getrandbits(32)}, {"a": a, "b": b}
