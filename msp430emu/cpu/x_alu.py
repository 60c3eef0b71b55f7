"""Results and flags of the MSP430X instructions at byte, word or 20-bit width (SLAU367 4.6.3, 4.6.4).

Same rules as msp430emu/core_alu.py, with the operand width as a parameter: for .A operations N is bit 19,
C the carry out of bit 19 and V the 20-bit signed overflow. ``zc`` is the ZC bit of a register-mode
extension word: the instruction runs as if C were 0 (ADDCX, SUBCX, DADDX, RRCX -> RRUX).
"""

from __future__ import annotations

from numba import njit

from msp430emu.cpu.isa import (
    OP_ADD,
    OP_ADDC,
    OP_AND,
    OP_BIC,
    OP_BIS,
    OP_BIT,
    OP_CMP,
    OP_MOV,
    OP_RRA,
    OP_RRC,
    OP_SUBC,
    OP_SWPB,
    OP_XOR,
)
from msp430emu.cpu.state import SR_C, SR_N, SR_V, SR_Z
from msp430emu.cpu.x_mem import SIZE_ADDR, size_mask, size_msb

ARITH_FLAGS = SR_C | SR_Z | SR_N | SR_V
# RRCM, RRAM, RLAM, RRUM: bits 9:8 of the address-instruction word (SLAU367 4.6.3)
SHIFT_RRC, SHIFT_RRA, SHIFT_RLA, SHIFT_RRU = 0, 1, 2, 3


@njit(cache=True, inline="always", _nrt=False)
def _nz(res, msb):
    f = 0
    if res == 0:
        f |= SR_Z
    if res & msb:
        f |= SR_N
    return f


@njit(cache=True, inline="always", _nrt=False)
def add_flags(dst, s2, cin, sr, mask, msb):
    """dst + s2 + cin at a width: (result, new SR)."""
    t = dst + s2 + cin
    res = t & mask
    f = _nz(res, msb)
    if t > mask:
        f |= SR_C
    if (dst ^ res) & (s2 ^ res) & msb:
        f |= SR_V
    return res, (sr & ~ARITH_FLAGS) | f


@njit(cache=True, _nrt=False)
def alu_two_x(op, src, dst, sr, size, zc):
    """Format I at a width: (result, new SR); ``src`` and ``dst`` already masked."""
    mask = size_mask(size)
    msb = size_msb(size)
    carry = 0 if zc else sr & SR_C
    if OP_ADD <= op <= OP_CMP:
        s2 = src if op <= OP_ADDC else ~src & mask
        if op == OP_ADD:
            cin = 0
        elif op == OP_ADDC or op == OP_SUBC:
            cin = carry
        else:
            cin = 1
        return add_flags(dst, s2, cin, sr, mask, msb)
    if op == OP_MOV:
        return src, sr
    if op == OP_BIC:
        return dst & ~src & mask, sr
    if op == OP_BIS:
        return dst | src, sr
    if op == OP_AND or op == OP_BIT:
        res = src & dst
        f = _nz(res, msb)
        if res != 0:
            f |= SR_C
        return res, (sr & ~ARITH_FLAGS) | f
    if op == OP_XOR:
        res = src ^ dst
        f = _nz(res, msb)
        if res != 0:
            f |= SR_C
        if src & dst & msb:
            f |= SR_V
        return res, (sr & ~ARITH_FLAGS) | f
    # DADD: decimal, digit by digit (5 digits for .A)
    res = 0
    digits = 2 if mask == 0xFF else (4 if mask == 0xFFFF else 5)
    for i in range(digits):
        d = ((src >> (4 * i)) & 0xF) + ((dst >> (4 * i)) & 0xF) + carry
        if d > 9:
            d -= 10
            carry = 1
        else:
            carry = 0
        res |= (d & 0xF) << (4 * i)
    f = _nz(res, msb)
    if carry:
        f |= SR_C
    return res, (sr & ~ARITH_FLAGS) | f


@njit(cache=True, _nrt=False)
def alu_one_x(op, val, sr, size, zc):
    """RRCX (RRUX with zc), RRAX, SWPBX, SXTX at a width: (result, new SR)."""
    msb = size_msb(size)
    if op == OP_SWPB:
        # SLAU367 4.6.3.34: the bytes of the low word swap; SWPBX.A keeps bits 19:16 (23456h -> 25634h),
        # SWPBX.W has a 16-bit operand (a register destination gets 19:16 = 0)
        high = (val & 0xF0000) if size == SIZE_ADDR else 0
        return high | ((val << 8) & 0xFF00) | ((val >> 8) & 0xFF), sr
    if op == OP_RRC:
        res = (val >> 1) | (msb if ((sr & SR_C) and not zc) else 0)
    elif op == OP_RRA:
        res = (val >> 1) | (val & msb)
    else:  # SXT: bit 7 into bits 15:8 (.W) or 19:8 (.A)
        res = (val & 0xFF) | ((size_mask(size) & ~0xFF) if (val & 0x80) else 0)
        f = _nz(res, msb)
        if res != 0:
            f |= SR_C
        return res, (sr & ~ARITH_FLAGS) | f
    f = _nz(res, msb)
    if val & 1:
        f |= SR_C
    return res, (sr & ~ARITH_FLAGS) | f


@njit(cache=True, _nrt=False)
def shift_multi(kind, val, n, sr, size):
    """RRCM/RRAM/RLAM/RRUM by ``n`` (1..4) positions: (result, new SR); V is cleared."""
    mask = size_mask(size)
    msb = size_msb(size)
    c = 1 if (sr & SR_C) else 0
    res = val & mask
    for _ in range(n):
        if kind == SHIFT_RLA:
            c = 1 if (res & msb) else 0
            res = (res << 1) & mask
        else:
            out = res & 1
            top = 0
            if kind == SHIFT_RRC:
                top = msb if c else 0
            elif kind == SHIFT_RRA:
                top = res & msb
            res = (res >> 1) | top
            c = out
    f = _nz(res, msb)
    if c:
        f |= SR_C
    return res, (sr & ~ARITH_FLAGS) | f
