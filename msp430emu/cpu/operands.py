"""Operand decoding and jump conditions of the compiled core (inlined into msp430emu/core_loop.py).

``source_operand`` decodes and reads a source (format I) or the single operand (format II) for all seven
addressing modes and the constant generators; ``dest_operand`` decodes a format I destination. Both only
*read*: a pending autoincrement is returned, not applied, so the caller can still abandon the instruction.
"""

from __future__ import annotations

from numba import njit

from msp430emu.cpu.access import ADDR_MASK, read_operand, read_word
from msp430emu.cpu.isa import (
    DST_ABS,
    DST_IDX,
    DST_PC,
    DST_REG,
    DST_SYM,
    OP_JC,
    OP_JEQ,
    OP_JGE,
    OP_JL,
    OP_JMP,
    OP_JN,
    OP_JNC,
    OP_JNE,
    SRC_ABS,
    SRC_IDX,
    SRC_IMM,
    SRC_INC,
    SRC_IND,
    SRC_REG,
    SRC_SYM,
)
from msp430emu.cpu.state import SR_C, SR_N, SR_V, SR_Z

SP = 1
SR = 2


@njit(cache=True, inline="always", _nrt=False)
def reg_value(regs, r, npc, inc_reg, inc_val):
    """Register value as seen mid-instruction: PC = next word, a pending autoincrement applied."""
    if r == 0:
        return npc
    if r == inc_reg:
        return inc_val
    return regs[r]


@njit(cache=True, inline="always", _nrt=False)
def index_address(base, ext):
    """Indexed/symbolic address of a base-ISA instruction (SLAU367 4.4.2): a base in the lower 64 KiB wraps
    at 64 KiB; above it the 16-bit index is sign-extended and the sum is 20-bit."""
    if base <= 0xFFFF:
        return (base + ext) & 0xFFFF
    return (base + ext - ((ext & 0x8000) << 1)) & ADDR_MASK


@njit(cache=True, inline="always", _nrt=False)
def source_operand(mem, attr, regs, reg, as_, byte, npc, io_pass, cgval):
    """Decode and read a source operand (format I source, format II operand).

    Returns (value, address or -1 for register/constant, SRC_* mode, autoincremented register or -1,
    its new value, next PC, status, faulting address, FRAM accesses).
    """
    mask = 0xFF if byte else 0xFFFF
    if reg == 2 or reg == 3:
        cg = cgval[(reg - 2) * 4 + as_]
        if cg >= 0:
            return cg & mask, -1, SRC_REG, -1, 0, npc, 0, 0, 0
    if as_ == 0:
        return reg_value(regs, reg, npc, -1, 0) & mask, -1, SRC_REG, -1, 0, npc, 0, 0, 0
    inc_reg = -1
    inc_val = 0
    fram = 0
    if as_ == 1:
        ext, st, f = read_word(mem, attr, npc, io_pass)
        if st:
            return 0, -1, 0, -1, 0, npc, st, npc, 0
        fram += f
        if reg == 0:
            addr = index_address(npc, ext)       # symbolic: relative to the extension word's address
            mode = SRC_SYM
        elif reg == 2:
            addr = ext
            mode = SRC_ABS
        else:
            addr = index_address(regs[reg], ext)
            mode = SRC_IDX
        npc += 2
    elif as_ == 2:
        addr = npc if reg == 0 else regs[reg]
        mode = SRC_IND
    elif reg == 0:
        addr = npc                                 # immediate: @PC+
        mode = SRC_IMM
        npc += 2
        v, st, f = read_word(mem, attr, addr, io_pass)
        if st:
            return 0, -1, 0, -1, 0, npc, st, addr, 0
        return v & mask, addr, mode, -1, 0, npc, 0, 0, fram + f
    else:
        addr = regs[reg]
        mode = SRC_INC
        inc_reg = reg
        inc_val = (addr + (1 if (byte and reg != SP) else 2)) & ADDR_MASK
    v, st, f = read_operand(mem, attr, addr, byte, io_pass)
    if st:
        return 0, -1, 0, -1, 0, npc, st, addr, 0
    return v, addr, mode, inc_reg, inc_val, npc, 0, 0, fram + f


@njit(cache=True, inline="always", _nrt=False)
def dest_operand(mem, attr, regs, rd, ad, byte, npc, io_pass, inc_reg, inc_val, need_value):
    """Decode (and read, if ``need_value``) a format I destination.

    Returns (value, address or -1 for a register, DST_* column, next PC, status, faulting address, FRAM).
    """
    mask = 0xFF if byte else 0xFFFF
    if ad == 0:
        col = DST_PC if rd == 0 else DST_REG
        return reg_value(regs, rd, npc, inc_reg, inc_val) & mask, -1, col, npc, 0, 0, 0
    ext, st, fram = read_word(mem, attr, npc, io_pass)
    if st:
        return 0, -1, 0, npc, st, npc, 0
    if rd == 0:
        addr = index_address(npc, ext)
        col = DST_SYM
    elif rd == 2:
        addr = ext
        col = DST_ABS
    else:
        addr = index_address(reg_value(regs, rd, npc, inc_reg, inc_val), ext)
        col = DST_IDX
    npc += 2
    if not need_value:
        return 0, addr, col, npc, 0, 0, fram
    v, st, f = read_operand(mem, attr, addr, byte, io_pass)
    if st:
        return 0, -1, 0, npc, st, addr, 0
    return v, addr, col, npc, 0, 0, fram + f


@njit(cache=True, inline="always", _nrt=False)
def jump_taken(op, sr):
    """Condition of a jump op on SR (SLAU367 4.5.1.3)."""
    if op == OP_JMP:
        return True
    if op == OP_JNE:
        return (sr & SR_Z) == 0
    if op == OP_JEQ:
        return (sr & SR_Z) != 0
    if op == OP_JNC:
        return (sr & SR_C) == 0
    if op == OP_JC:
        return (sr & SR_C) != 0
    if op == OP_JN:
        return (sr & SR_N) != 0
    n = (sr & SR_N) != 0
    v = (sr & SR_V) != 0
    if op == OP_JGE:
        return n == v
    if op == OP_JL:
        return n != v
    return False
