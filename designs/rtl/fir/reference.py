"""Reference model of designs/rtl/fir: an 8-tap FIR over 32 signed 16-bit samples, 25 outputs (the 'valid'
part of the convolution), 32-bit wrapping accumulation as in C ``int``."""

from __future__ import annotations

import random

COEFFICIENTS = (5, -12, 37, 101, 73, -20, 9, -2)
N_IN = 32
N_OUT = N_IN - len(COEFFICIENTS) + 1


def to_signed(value: int, bits: int) -> int:
    """Two's-complement reading of the low ``bits`` bits of ``value``."""
    value &= (1 << bits) - 1
    return value - (1 << bits) if value >> (bits - 1) else value


def fir(samples: list[int]) -> list[int]:
    """y[n] = sum_k c[k] * x[n + 7 - k] for n in 0..24, each result as an unsigned 32-bit word."""
    x = [to_signed(sample, 16) for sample in samples]
    taps = len(COEFFICIENTS)
    return [
        sum(c * x[n + taps - 1 - k] for k, c in enumerate(COEFFICIENTS)) & 0xFFFF_FFFF for n in range(N_OUT)
    ]


def run(
    inputs: dict[str, int], memories: dict[str, list[int]]
) -> tuple[dict[str, int], dict[str, list[int]]]:
    """One call of the design: x -> y (x unchanged)."""
    return {}, {"x": memories["x"], "y": fir(memories["x"])}


def random_case(rng: random.Random) -> tuple[dict[str, int], dict[str, list[int]]]:
    """Random 16-bit samples (full scale or small), y filled with garbage the design must overwrite."""
    bits = rng.choice((4, 16))
    samples = [rng.getrandbits(bits) if bits == 16 else rng.randrange(-8, 8) & 0xFFFF for _ in range(N_IN)]
    return {}, {"x": samples, "y": [rng.getrandbits(32) for _ in range(N_OUT)]}
