"""The SRAM garbage's byte pass, compiled (msp430emu/power/intermittent.py ``garbage``): from the raw bytes
of the PCG64 stream to the bytes written over SRAM, in place, in one call (the numpy steps it replaces -
drop the zeros, map, compare with the old bytes, fix the clashes, store - cost ~10 us each in a run, where
the core has left the caches cold). Part of the checkpoint ahead-of-time library (msp430emu/_lazyjit.py).
"""

from __future__ import annotations

import numpy as np

from msp430emu._lazyjit import lazy_njit


@lazy_njit(cache=True, nogil=True)
def fill_from_raw(raw: np.ndarray, mem: np.ndarray) -> int:
    """Overwrite ``mem`` from its start with the bytes numpy's ``integers(1, 256, dtype=uint8)`` draws from
    ``raw`` (Lemire's method on the stream's bytes: b -> 1 + (255 b >> 8), b = 0 rejected), each one that
    equals the byte it replaces turned into old ^ 0xFF (0x5A for 0xFF). Returns how many bytes of ``mem``
    were written (fewer than its length when ``raw`` ran out: draw more and go on from there)."""
    j = 0
    m = raw.shape[0]
    n = mem.shape[0]
    for k in range(n):
        while j < m and raw[j] == 0:
            j += 1
        if j == m:
            return k
        fill = 1 + ((np.int64(raw[j]) * 255) >> 8)
        j += 1
        old = np.int64(mem[k])
        if fill == old:
            fill = 0x5A if old == 0xFF else old ^ 0xFF
        mem[k] = fill
    return n


__all__ = ["fill_from_raw"]
