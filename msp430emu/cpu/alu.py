"""Arithmetic and flags of the base instructions (SLAU367 4.6, SLAU049 3.4.6), compiled with numba.

``alu_two`` computes a format I result and the new SR; ``alu_one`` does the same for RRC, SWPB, RRA and SXT.
Flags per TI's family guides:

* ADD/ADDC/SUB/SUBC/CMP: C = carry out (SUB: dst + ~src + 1, so C = "no borrow"), V = signed overflow.
* DADD: decimal add with carry, nibble by nibble; C = decimal carry out of the top digit; N = MSB;
  V is "undefined" in TI's guides: the core clears it (as mspdebug's simulator does).
* AND/BIT: N, Z, C = not Z, V = 0.  XOR: N, Z, C = not Z, V = both operands negative.
* BIC, BIS, MOV, SWPB: no flags.
* RRC: C -> MSB, LSB -> C, V = 0.  RRA: MSB kept, LSB -> C, V = 0.  SXT: N, Z, C = not Z, V = 0.
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

ARITH_FLAGS = SR_C | SR_Z | SR_N | SR_V


@njit(cache=True, inline="always", _nrt=False)
def _nz(res, msb):
    f = 0
    if res == 0:
        f |= SR_Z
    if res & msb:
        f |= SR_N
    return f


@njit(cache=True, inline="always", _nrt=False)
def alu_two(op, src, dst, sr, byte):
    """Format I: (result, new SR). ``src`` and ``dst`` are already masked to the operand width."""
    mask = 0xFF if byte else 0xFFFF
    msb = 0x80 if byte else 0x8000
    if OP_ADD <= op <= OP_CMP:
        # ADD, ADDC, SUBC, SUB, CMP (contiguous op ids): dst + s2 + cin
        s2 = src if op <= OP_ADDC else ~src & mask
        if op == OP_ADD:
            cin = 0
        elif op == OP_ADDC or op == OP_SUBC:
            cin = sr & SR_C
        else:
            cin = 1
        t = dst + s2 + cin
        res = t & mask
        f = _nz(res, msb)
        if t > mask:
            f |= SR_C
        if (dst ^ res) & (s2 ^ res) & msb:
            f |= SR_V
        return res, (sr & ~ARITH_FLAGS) | f
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
    # OP_DADD: decimal, digit by digit
    carry = sr & SR_C
    res = 0
    digits = 2 if byte else 4
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


@njit(cache=True, inline="always", _nrt=False)
def alu_one(op, val, sr, byte):
    """RRC, SWPB, RRA, SXT: (result, new SR). ``val`` is already masked to the operand width."""
    msb = 0x80 if byte else 0x8000
    if op == OP_SWPB:
        return ((val << 8) | (val >> 8)) & 0xFFFF, sr
    if op == OP_RRC:
        res = (val >> 1) | (msb if (sr & SR_C) else 0)
    elif op == OP_RRA:
        res = (val >> 1) | (val & msb)
    else:  # OP_SXT
        res = (val & 0xFF) | (0xFF00 if (val & 0x80) else 0)
        f = _nz(res, 0x8000)
        if res != 0:
            f |= SR_C
        return res, (sr & ~ARITH_FLAGS) | f
    f = _nz(res, msb)
    if val & 1:
        f |= SR_C
    return res, (sr & ~ARITH_FLAGS) | f
