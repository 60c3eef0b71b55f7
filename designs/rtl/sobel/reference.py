"""Reference model of designs/rtl/sobel: Sobel gradient magnitude |gx| + |gy|, saturated to 255, of the 6x6
interior of an 8x8 8-bit image (row major)."""

from __future__ import annotations

import random

SIZE = 8
OUT = SIZE - 2
KERNEL_X = ((-1, 0, 1), (-2, 0, 2), (-1, 0, 1))
KERNEL_Y = ((-1, -2, -1), (0, 0, 0), (1, 2, 1))


def sobel(image: list[int]) -> list[int]:
    """The 36 output pixels, row major."""
    out = []
    for y in range(1, SIZE - 1):
        for x in range(1, SIZE - 1):
            window = [[image[(y + dy) * SIZE + x + dx] for dx in (-1, 0, 1)] for dy in (-1, 0, 1)]
            gx = sum(KERNEL_X[r][c] * window[r][c] for r in range(3) for c in range(3))
            gy = sum(KERNEL_Y[r][c] * window[r][c] for r in range(3) for c in range(3))
            out.append(min(abs(gx) + abs(gy), 255))
    return out


def run(
    inputs: dict[str, int], memories: dict[str, list[int]]
) -> tuple[dict[str, int], dict[str, list[int]]]:
    """One call of the design: img -> out."""
    return {}, {"img": memories["img"], "out": sobel(memories["img"])}


def random_case(rng: random.Random) -> tuple[dict[str, int], dict[str, list[int]]]:
    """A random image: noise, a smooth ramp with noise, or a hard edge (saturating the output)."""
    kind = rng.randrange(3)
    if kind == 0:
        image = [rng.getrandbits(8) for _ in range(SIZE * SIZE)]
    elif kind == 1:
        image = [min(255, 16 * (i % SIZE) + rng.randrange(8)) for i in range(SIZE * SIZE)]
    else:
        image = [255 if (i % SIZE) + (i // SIZE) > rng.randrange(4, 11) else 0 for i in range(SIZE * SIZE)]
    return {}, {"img": image, "out": [rng.getrandbits(8) for _ in range(OUT * OUT)]}
