"""The SRAM garbage (msp430emu/power/intermittent.py ``garbage``), compiled: numpy's
``default_rng([seed, n]).integers(1, 256, size, dtype=np.uint8)`` re-computed in one call - SeedSequence's
entropy mixing, PCG64's seeding and XSL-RR output, the bounded draw by Lemire's method on the stream's
bytes - and written over SRAM in place with the clashes fixed. The numpy calls it replaces cost ~10 us
each in a run (the core leaves the caches cold): ~120 us a failure. Part of the checkpoint ahead-of-time
library (msp430emu/_lazyjit.py); tests/msp430emu/test_garbage.py compares it with numpy.

numpy's algorithms (numpy/random/bit_generator.pyx, _pcg64.pyx, pcg64.h, distributions.c): SeedSequence
(pool of 4 uint32 words, ``hashmix`` / ``mix`` with its published constants, ``generate_state`` of 8 words
read as 4 little-endian uint64), PCG64 seeded with state = words 0-1 and increment = words 2-3 as 128-bit
numbers (``pcg_setseq_128_srandom_r``), each output the step then XSL-RR of the state; a uint8 in [1, 255]
is 1 + (255 b >> 8) for the next non-zero byte b of the 32-bit outputs (the low then the high half of
each 64-bit one).
"""

from __future__ import annotations

import numpy as np

from msp430emu._lazyjit import lazy_njit

_M32 = np.uint64(0xFFFFFFFF)
_INIT_A, _MULT_A = np.uint64(0x43B0D7E5), np.uint64(0x931E8875)
_INIT_B, _MULT_B = np.uint64(0x8B51F9DD), np.uint64(0x58F38DED)
_MIX_L, _MIX_R = np.uint64(0xCA01F9DD), np.uint64(0x4973F715)
_MUL_HI, _MUL_LO = np.uint64(2549297995355413924), np.uint64(4865540595714422341)   # PCG's 128-bit multiplier
_U0, _U1, _U8, _U16 = np.uint64(0), np.uint64(1), np.uint64(8), np.uint64(16)
_U32, _U58, _U63, _U64, _UFF = np.uint64(32), np.uint64(58), np.uint64(63), np.uint64(64), np.uint64(0xFF)


@lazy_njit(cache=True, nogil=True)
def _mulhi(a: np.uint64, b: np.uint64) -> np.uint64:
    """The high 64 bits of the 128-bit product a b."""
    a0, a1, b0, b1 = a & _M32, a >> _U32, b & _M32, b >> _U32
    p00, p01, p10 = a0 * b0, a0 * b1, a1 * b0
    mid = (p00 >> _U32) + (p01 & _M32) + (p10 & _M32)
    return a1 * b1 + (p01 >> _U32) + (p10 >> _U32) + (mid >> _U32)


@lazy_njit(cache=True, nogil=True)
def fill_garbage(mem: np.ndarray, seed: int, index: int) -> int:
    """Overwrite ``mem`` with the garbage of failure ``index`` (numpy's draw with entropy [seed, index],
    both below 2**32), each byte that equals the one it replaces turned into old ^ 0xFF (0x5A for 0xFF).
    Returns the number of bytes written."""
    # SeedSequence([seed, index]): the pool
    entropy = np.zeros(4, dtype=np.uint64)
    entropy[0], entropy[1] = np.uint64(seed), np.uint64(index)
    pool = np.zeros(4, dtype=np.uint64)
    hc = _INIT_A
    for i in range(4):
        v = ((entropy[i] ^ hc) & _M32)
        hc = (hc * _MULT_A) & _M32
        v = (v * hc) & _M32
        pool[i] = v ^ (v >> _U16)
    for i_src in range(4):
        for i_dst in range(4):
            if i_src != i_dst:
                v = ((pool[i_src] ^ hc) & _M32)
                hc = (hc * _MULT_A) & _M32
                v = (v * hc) & _M32
                v ^= v >> _U16
                r = (_MIX_L * pool[i_dst] - _MIX_R * v) & _M32
                pool[i_dst] = r ^ (r >> _U16)
    # generate_state(4, uint64): 8 words
    words = np.zeros(8, dtype=np.uint64)
    hc = _INIT_B
    for i in range(8):
        v = ((pool[i % 4] ^ hc) & _M32)
        hc = (hc * _MULT_B) & _M32
        v = (v * hc) & _M32
        words[i] = v ^ (v >> _U16)
    s_hi, s_lo = words[0] | (words[1] << _U32), words[2] | (words[3] << _U32)
    q_hi, q_lo = words[4] | (words[5] << _U32), words[6] | (words[7] << _U32)
    # PCG64: inc = (initseq << 1) | 1; state = 0, step, += initstate, step
    inc_hi, inc_lo = (q_hi << _U1) | (q_lo >> _U63), (q_lo << _U1) | _U1
    st_hi, st_lo = inc_hi, inc_lo                          # (0 * multiplier + inc)
    lo = st_lo + s_lo
    st_hi, st_lo = st_hi + s_hi + (_U1 if lo < st_lo else _U0), lo
    hi = _mulhi(st_lo, _MUL_LO) + st_lo * _MUL_HI + st_hi * _MUL_LO
    lo = st_lo * _MUL_LO
    st_lo = lo + inc_lo
    st_hi = hi + inc_hi + (_U1 if st_lo < lo else _U0)
    # the draw
    n = mem.shape[0]
    k = 0
    while k < n:
        hi = _mulhi(st_lo, _MUL_LO) + st_lo * _MUL_HI + st_hi * _MUL_LO     # step
        lo = st_lo * _MUL_LO
        st_lo = lo + inc_lo
        st_hi = hi + inc_hi + (_U1 if st_lo < lo else _U0)
        x = st_hi ^ st_lo                                   # XSL-RR
        rot = st_hi >> _U58
        x = (x >> rot) | (x << ((_U64 - rot) & _U63))
        for b in range(8):
            byte = np.int64((x >> (_U8 * np.uint64(b))) & _UFF)
            if byte == 0:
                continue                                    # Lemire's rejection
            fill = 1 + ((byte * 255) >> 8)
            old = np.int64(mem[k])
            if fill == old:
                fill = 0x5A if old == 0xFF else old ^ 0xFF
            mem[k] = fill
            k += 1
            if k == n:
                break
    return n


__all__ = ["fill_garbage"]
