"""Reference model of designs/rtl/prefix: the running sums of the first n words of the input stream."""

from __future__ import annotations

import random

DEPTH = 16
MASK32 = 0xFFFF_FFFF


def prefix_sums(words: list[int], n: int) -> tuple[list[int], list[int]]:
    """(words written to dout, words left unread in din) for a signed ``n`` (no iteration when n <= 0)."""
    count = max(0, min(n - (1 << 32) if n >> 31 else n, len(words)))
    sums, acc = [], 0
    for word in words[:count]:
        acc = (acc + word) & MASK32
        sums.append(acc)
    return sums, words[count:]


def run(
    inputs: dict[str, int], memories: dict[str, list[int]]
) -> tuple[dict[str, int], dict[str, list[int]]]:
    """One call of the design: (n, din) -> (dout, din left over)."""
    written, left = prefix_sums(memories["din"], inputs["n"])
    return {}, {"din": left, "dout": written}


def random_case(rng: random.Random) -> tuple[dict[str, int], dict[str, list[int]]]:
    """n from 0 to 16 (sometimes negative), 16 words offered on din."""
    n = rng.randrange(0, DEPTH + 1) if rng.random() < 0.9 else rng.randrange(-5, 0) & MASK32
    return {"n": n}, {"din": [rng.getrandbits(32) for _ in range(DEPTH)], "dout": []}
