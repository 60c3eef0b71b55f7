"""A checkpoint save inside the compiled core: run_core's trigger branch calls :func:`core_save` at an armed
trigger point, and when the host has handed it a save program (``ctl[C_SAVE_ON]``) and the check falls in
the interval where it finds V < V_thresh, the save is done here without stopping to the host.

The program (``ctl[SAVE_PROG:]``, written by msp430emu/checkpoint/incore.py from the run's
:class:`~msp430emu.checkpoint.layout.BundleLayout` and :class:`~msp430emu.checkpoint.cost.CostModel`) gives
the two slots, the offsets inside a slot, the header constants, the cycles of a save as a function of the
live stack's length, the peripheral registers of the block and the next slot and sequence number. The bytes
written are those of ``bundle.plan_save`` (the commit word cleared; header, registers, live stack, globals,
peripheral block; the CRC-16-CCITT of header..globals; the commit word last), all of them: a save that would
end within the guard before V_off is left to the host (``C_SAVE_FAIL``), which tears it where the cost
timeline says. Each save is recorded in the save buffer (``ctl[SAVE_BUF:]``: the cycle at which the check
ended, ``C_TRIG_COUNT`` then, the sequence number, the cycles charged, the bytes written) for the host to
book energy and tell listeners when the core stops. Nothing here knows the bundle format beyond what the
program says: msp430emu/checkpoint holds the format.
"""

from __future__ import annotations

import numpy as np
from numba import njit, uint64

from msp430emu.cpu.state import (
    C_SAVE_CAP,
    C_SAVE_COUNT,
    C_SAVE_FAIL,
    C_SAVE_FROM,
    C_SAVE_MEMO,
    C_SAVE_ON,
    C_SAVE_RISE,
    C_TRIG_COUNT,
    SAVE_BUF,
    SAVE_BUF_CAP,
    SAVE_BUF_MIN,
    SAVE_MEMO,
    SAVE_MEMO_CRC,
    SAVE_MEMO_MAX,
    SAVE_PERIPH,
    SAVE_PROG,
    SAVE_SHIFT,
    SB_BYTES,
    SB_CHECKS,
    SB_CYCLE,
    SB_CYCLES,
    SB_SEQ,
    SB_SIZE,
    SP_COMMIT_BASE,
    SP_CYCLES0,
    SP_CYCLES_WORD,
    SP_GLOBALS_LEN,
    SP_GLOBALS_START,
    SP_MAGIC,
    SP_NEXT_SEQ,
    SP_NEXT_SLOT,
    SP_OFF_COMMIT,
    SP_OFF_CRC,
    SP_OFF_GLOBALS,
    SP_OFF_PERIPH,
    SP_OFF_STACK,
    SP_PERIPH_H0,
    SP_PERIPH_N,
    SP_SLOT0,
    SP_STACK_LOW,
    SP_STACK_TOP,
    SP_VERSION,
)


def _crc_tables(n: int) -> np.ndarray:
    """Slice-by-``n`` tables of CRC-16-CCITT (0x1021, MSB first), flattened: ``t[256 * k + x]`` is the CRC
    register (from 0) after byte ``x`` followed by ``k`` zero bytes (``k`` = 0: the byte-wise table)."""
    table = np.zeros(256 * n, dtype=np.int64)
    for byte in range(256):
        crc = byte << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) & 0xFFFF if crc & 0x8000 else (crc << 1) & 0xFFFF
        table[byte] = crc
    for k in range(1, n):
        prev = table[256 * (k - 1):256 * k]
        table[256 * k:256 * (k + 1)] = ((prev << 8) & 0xFFFF) ^ table[prev >> 8]
    return table


SLICE = 16                    # bytes per step of the sliced CRC
CRC_TABLES = _crc_tables(SLICE)   # constants of the compiled code
CRC_TABLE = CRC_TABLES[:256]  # CRC-16-CCITT byte-wise
REGS = np.array((0, 1, 2, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15), dtype=np.int64)   # saved, in order


@njit(cache=True, nogil=True, _nrt=False)
def _put(mem, addr, word):
    mem[addr] = word & 0xFF
    mem[addr + 1] = (word >> 8) & 0xFF


@njit(cache=True, nogil=True, _nrt=False)
def crc16(mem, start, n, crc):
    """CRC-16-CCITT register ``crc`` advanced over ``mem[start:start + n]``: SLICE bytes a step (the
    register meets the first two bytes of a step; every byte's share is one table look-up, independent of
    the others'), the tail byte-wise. The same value as the byte-wise loop (linearity; the tests compare).
    Indices are unsigned (no negative-index wrap-around test: the look-ups run in parallel)."""
    t = CRC_TABLES
    i = uint64(start)
    end = uint64(start + n)
    step = uint64(SLICE)
    while i + step <= end:
        x = (t[uint64(256 * (SLICE - 1) + (((crc >> 8) ^ mem[i]) & 0xFF))]
             ^ t[uint64(256 * (SLICE - 2) + ((crc ^ mem[i + uint64(1)]) & 0xFF))])
        for k in range(2, SLICE):
            x ^= t[uint64(256 * (SLICE - 1 - k)) + uint64(mem[i + uint64(k)])]
        crc = x
        i += step
    while i < end:
        crc = ((crc << 8) & 0xFFFF) ^ t[uint64(((crc >> 8) ^ mem[i]) & 0xFF)]
        i += uint64(1)
    return crc


@njit(cache=True, nogil=True, _nrt=False)
def _copy(mem, dst, src, n):
    """``mem[dst:dst + n] = mem[src:src + n]`` for ranges apart, with unsigned indices (a vector copy)."""
    d, s = uint64(dst), uint64(src)
    for i in range(uint64(n)):
        mem[d + i] = mem[s + i]


@njit(cache=True, nogil=True, _nrt=False)
def _globals_crc0(mem, ctl, at, n, memo):
    """The CRC from 0 of ``mem[at:at + n]`` (the slot's copy of the globals): the memo's if its copy holds
    the same bytes (compared, every byte, at every save), else computed and memoised."""
    a, m = uint64(at), uint64(SAVE_MEMO)
    if memo == 2:
        diff = 0
        for i in range(uint64(n)):
            diff |= ctl[m + i] ^ mem[a + i]
        if diff == 0:
            return ctl[SAVE_MEMO_CRC]
    crc0 = crc16(mem, at, n, 0)
    for i in range(uint64(n)):
        ctl[m + i] = mem[a + i]
    ctl[SAVE_MEMO_CRC] = crc0
    ctl[C_SAVE_MEMO] = 2
    return crc0


@njit(cache=True, nogil=True, _nrt=False)
def core_save(mem, regs, ctl, cycles):
    """Save at a trigger point whose check ended at ``cycles``: returns (cycles of the save, FRAM words
    written), or (0, 0) if the core must stop to the host instead (no program, outside the interval, too
    near V_off, buffer full, registers outside the format)."""
    if ctl[C_SAVE_ON] == 0 or cycles < ctl[C_SAVE_FROM] or cycles >= ctl[C_SAVE_RISE]:
        return 0, 0
    n = ctl[C_SAVE_COUNT]
    cap = ctl[C_SAVE_CAP]
    if n >= (SAVE_BUF_MIN if cap <= 0 else min(cap, SAVE_BUF_CAP)):
        return 0, 0
    p = SAVE_PROG
    pc = regs[0]
    sp = regs[1]
    stack_low = ctl[p + SP_STACK_LOW]
    stack_top = ctl[p + SP_STACK_TOP]
    if pc < 0 or pc > 0xFFFF or (sp & 1) != 0 or sp < stack_low or sp > stack_top:
        return 0, 0
    stack_len = stack_top - sp
    total = ctl[p + SP_CYCLES0] + (stack_len >> 1) * ctl[p + SP_CYCLES_WORD]
    if cycles + total >= ctl[C_SAVE_FAIL]:
        return 0, 0
    slot = ctl[p + SP_NEXT_SLOT]
    seq = ctl[p + SP_NEXT_SEQ]
    base = ctl[p + SP_SLOT0 + slot]
    commit_at = base + ctl[p + SP_OFF_COMMIT]
    _put(mem, commit_at, 0)                                   # 1. the commit word cleared
    globals_start = ctl[p + SP_GLOBALS_START]
    globals_len = ctl[p + SP_GLOBALS_LEN]
    _put(mem, base, ctl[p + SP_MAGIC])                        # 2. header, registers, stack, globals
    _put(mem, base + 2, ctl[p + SP_VERSION])
    _put(mem, base + 4, seq & 0xFFFF)
    _put(mem, base + 6, (seq >> 16) & 0xFFFF)
    _put(mem, base + 8, stack_len)
    _put(mem, base + 10, globals_start)
    _put(mem, base + 12, globals_len)
    for i in range(REGS.shape[0]):
        _put(mem, base + 14 + 2 * i, regs[REGS[i]] & 0xFFFF)
    header_size = 14 + 2 * REGS.shape[0]
    stack_at = base + ctl[p + SP_OFF_STACK] + sp - stack_low
    globals_at = base + ctl[p + SP_OFF_GLOBALS]
    _copy(mem, stack_at, sp, stack_len)   # the copies (the layout keeps the slots apart from the stack
    _copy(mem, globals_at, globals_start, globals_len)   # and the globals), then the CRC over the slot
    crc = crc16(mem, base, header_size, 0xFFFF)
    memo = ctl[C_SAVE_MEMO]
    if memo != 0 and globals_len <= SAVE_MEMO_MAX:
        crc = crc16(mem, stack_at, stack_len, crc)
        crc = (ctl[SAVE_SHIFT + (crc >> 8)] ^ ctl[SAVE_SHIFT + 256 + (crc & 0xFF)]
               ^ _globals_crc0(mem, ctl, globals_at, globals_len, memo))
    elif stack_at + stack_len == globals_at:                               # one run when they touch
        crc = crc16(mem, stack_at, stack_len + globals_len, crc)
    else:
        crc = crc16(mem, stack_at, stack_len, crc)
        crc = crc16(mem, globals_at, globals_len, crc)
    count = ctl[p + SP_PERIPH_N]
    written = 2 + header_size + stack_len + globals_len + 4
    if count > 0:                                             # the peripheral block (outside the CRC)
        at = base + ctl[p + SP_OFF_PERIPH]
        for i in range(3):
            _put(mem, at + 2 * i, ctl[p + SP_PERIPH_H0 + i])
        dst = uint64(at + 6)
        for i in range(uint64(count)):               # (unsigned indices: no wrap-around tests)
            a = uint64(ctl[uint64(SAVE_PERIPH) + i])
            j = dst + uint64(2) * i
            mem[j] = mem[a]
            mem[j + uint64(1)] = mem[a + uint64(1)]
        written += 6 + 2 * count
    _put(mem, base + ctl[p + SP_OFF_CRC], crc)                # 3. the CRC
    _put(mem, commit_at, ctl[p + SP_COMMIT_BASE] ^ (seq & 0xFFFF))   # 4. the commit word, last
    ctl[p + SP_NEXT_SLOT] = 1 - slot
    ctl[p + SP_NEXT_SEQ] = seq + 1
    r = SAVE_BUF + SB_SIZE * n
    ctl[r + SB_CYCLE] = cycles
    ctl[r + SB_CHECKS] = ctl[C_TRIG_COUNT]
    ctl[r + SB_SEQ] = seq
    ctl[r + SB_CYCLES] = total
    ctl[r + SB_BYTES] = written
    ctl[C_SAVE_COUNT] = n + 1
    return total, (written + 1) // 2


__all__ = ["CRC_TABLE", "CRC_TABLES", "core_save", "crc16"]
