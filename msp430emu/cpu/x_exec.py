"""The MSP430X (CPUXv2) instructions of the compiled core: called from msp430emu/core_loop.py for every word
below 0x2000 that the base-ISA decode table leaves undefined (kept out of the base-ISA hot path).

``exec_x`` runs one MSP430X instruction: address instructions (MOVA, CMPA, ADDA, SUBA, RRCM, RRAM, RLAM, RRUM;
RETA = MOVA @SP+, PC), CALLA, PUSHM/POPM and extension-word instructions (msp430emu/core_xext.py). Like the
base core it reads everything first and commits only when no access faults. It returns
``(status, fault address, fault size, cycles, FRAM reads after the first word, FRAM writes, hook,
hook address, hook value, hook size)``; status 0 means the instruction completed and was committed
(registers, memory and PC).
"""

from __future__ import annotations

from numba import njit

from msp430emu.cpu.access import read_word
from msp430emu.cpu.isa_x import (
    ADDR_CYCLES,
    AF_IMM_FIRST,
    AF_MOVA_ABS,
    AF_MOVA_IDX,
    AF_MOVA_INC,
    AF_MOVA_IND,
    AF_MOVA_TO_ABS,
    AF_MOVA_TO_IDX,
    AF_REG_FIRST,
    AF_SHIFT_A,
    AF_SHIFT_W,
    CALLA_CYCLES,
    CALLA_IDX,
    CALLA_IMM,
    CALLA_INC,
    CALLA_IND,
    CALLA_REG,
    CALLA_SYM,
    EXT_END,
    EXT_FIRST,
    PUSHPOP_CYCLE_PARTS,
    PUSHPOP_POP,
    PUSHPOP_WORD,
    SHIFT_M_CYCLES_PER_BIT,
    X_INDEXED_SP_EXTRA,
)
from msp430emu.cpu.state import STOP_FAULT_ILLEGAL
from msp430emu.cpu.x_alu import add_flags, shift_multi
from msp430emu.cpu.x_ext import exec_extended
from msp430emu.cpu.x_mem import MASK20, SIZE_ADDR, SIZE_WORD, check_sized, read_sized, sext16, store_sized

SP = 1
SR = 2
ADDR_MOVA, ADDR_CMPA, ADDR_ADDA, ADDR_SUBA = 0, 1, 2, 3


@njit(cache=True, inline="always", _nrt=False)
def fault(st, addr, size):
    return st, addr, size, 0, 0, 0, 0, 0, 0, 0


@njit(cache=True, inline="always", _nrt=False)
def done(cyc, fr, fw, hook, haddr, hval, hsize):
    return 0, 0, 0, cyc, fr, fw, hook, haddr, hval, hsize


@njit(cache=True, inline="always", _nrt=False)
def set_reg(regs, r, value, npc):
    """Write a 20-bit register value; returns the next PC (PC writes clear bit 0, R3 writes are dropped)."""
    if r == 0:
        return value & (MASK20 - 1)
    if r != 3:
        regs[r] = value & MASK20
    return npc


@njit(cache=True, inline="always", _nrt=False)
def reg20(regs, r, npc):
    return npc if r == 0 else regs[r] & MASK20


@njit(cache=True, _nrt=False)
def exec_address(mem, attr, regs, word, pc, io_pass):
    """MOVA, CMPA, ADDA, SUBA, RRCM, RRAM, RLAM, RRUM (words 0x0000-0x0FFF)."""
    form = (word >> 4) & 0xF
    hi = (word >> 8) & 0xF
    rd = word & 0xF
    npc = (pc + 2) & MASK20
    fr = 0
    to_pc = 1 if rd == 0 else 0
    if form == AF_SHIFT_A or form == AF_SHIFT_W:
        n = ((word >> 10) & 3) + 1
        size = SIZE_WORD if form == AF_SHIFT_W else SIZE_ADDR
        res, new_sr = shift_multi((word >> 8) & 3, reg20(regs, rd, npc), n, regs[SR], size)
        regs[SR] = new_sr
        regs[0] = set_reg(regs, rd, res, npc)
        return done(n * SHIFT_M_CYCLES_PER_BIT, 0, 0, 0, 0, 0, 0)
    if form <= AF_MOVA_IDX:
        if (form == AF_MOVA_IND or form == AF_MOVA_INC) and hi == 0:
            return fault(STOP_FAULT_ILLEGAL, pc, 0)   # @PC / @PC+: no assembler emits it; 0x0000 stays a trap
        if form == AF_MOVA_ABS or form == AF_MOVA_IDX:
            x, st, f = read_word(mem, attr, npc, io_pass)
            if st:
                return fault(st, npc, 2)
            fr += f
            addr = ((hi << 16) | x) if form == AF_MOVA_ABS else (reg20(regs, hi, npc) + sext16(x)) & MASK20
            npc = (npc + 2) & MASK20
        else:
            addr = regs[hi] & MASK20
        v, st, fa, f = read_sized(mem, attr, addr, SIZE_ADDR, io_pass)
        if st:
            return fault(st, fa, 4)
        if form == AF_MOVA_INC:
            regs[hi] = (addr + 4) & MASK20
        regs[0] = set_reg(regs, rd, v, npc)
        return done(ADDR_CYCLES[form, to_pc], fr + f, 0, 0, 0, 0, 0)
    if form == AF_MOVA_TO_ABS or form == AF_MOVA_TO_IDX:
        x, st, f = read_word(mem, attr, npc, io_pass)
        if st:
            return fault(st, npc, 2)
        fr += f
        if form == AF_MOVA_TO_ABS:
            addr = ((word & 0xF) << 16) | x
        else:
            addr = (reg20(regs, rd, npc) + sext16(x)) & MASK20
        value = reg20(regs, hi, npc)
        npc = (npc + 2) & MASK20
        st, fa, hook, fw = check_sized(attr, addr, SIZE_ADDR)
        if st:
            return fault(st, fa, 4)
        store_sized(mem, addr, value, SIZE_ADDR)
        regs[0] = npc
        return done(ADDR_CYCLES[form, 0], fr, fw, hook, addr, value, 4)
    # MOVA / CMPA / ADDA / SUBA with #imm20 or Rsrc
    if form >= AF_REG_FIRST:
        kind = form - AF_REG_FIRST
        src = reg20(regs, hi, npc)
    else:
        kind = form - AF_IMM_FIRST
        x, st, f = read_word(mem, attr, npc, io_pass)
        if st:
            return fault(st, npc, 2)
        fr += f
        src = (hi << 16) | x
        npc = (npc + 2) & MASK20
    cyc = ADDR_CYCLES[form, to_pc]
    if kind == ADDR_MOVA:
        regs[0] = set_reg(regs, rd, src, npc)
        return done(cyc, fr, 0, 0, 0, 0, 0)
    dst = reg20(regs, rd, npc)
    sr = regs[SR]
    if kind == ADDR_ADDA:
        res, new_sr = add_flags(dst, src, 0, sr, MASK20, 0x80000)
    else:
        res, new_sr = add_flags(dst, ~src & MASK20, 1, sr, MASK20, 0x80000)
    regs[SR] = new_sr
    if kind != ADDR_CMPA:
        npc = set_reg(regs, rd, res, npc)
    regs[0] = npc
    return done(cyc, fr, 0, 0, 0, 0, 0)


@njit(cache=True, _nrt=False)
def exec_calla(mem, attr, regs, word, pc, io_pass):
    """CALLA Rdst, x(Rdst), @Rdst, @Rdst+, &abs20, EDE, #imm20 (words 0x1340-0x13BF)."""
    form = (word >> 4) & 0xF
    r = word & 0xF
    cyc = CALLA_CYCLES[form]
    if cyc == 0:
        return fault(STOP_FAULT_ILLEGAL, pc, 0)
    if form == CALLA_IDX and r == SP:
        cyc += X_INDEXED_SP_EXTRA
    npc = (pc + 2) & MASK20
    fr = 0
    inc_reg = -1
    if form == CALLA_REG:
        target = reg20(regs, r, npc)
    elif form == CALLA_IND or form == CALLA_INC:
        addr = reg20(regs, r, npc)
        target, st, fa, f = read_sized(mem, attr, addr, SIZE_ADDR, io_pass)
        if st:
            return fault(st, fa, 4)
        fr += f
        if form == CALLA_INC:
            inc_reg = r
    else:
        x, st, f = read_word(mem, attr, npc, io_pass)
        if st:
            return fault(st, npc, 2)
        fr += f
        if form == CALLA_IDX:
            addr = (reg20(regs, r, npc) + sext16(x)) & MASK20
        elif form == CALLA_SYM:
            addr = (npc + ((r << 16) | x)) & MASK20
        else:
            addr = (r << 16) | x
        npc = (npc + 2) & MASK20
        if form == CALLA_IMM:
            target = addr
        else:
            target, st, fa, f = read_sized(mem, attr, addr, SIZE_ADDR, io_pass)
            if st:
                return fault(st, fa, 4)
            fr += f
    sp_base = regs[SP] & MASK20
    if inc_reg == SP:
        sp_base = (sp_base + 4) & MASK20
    sp = (sp_base - 4) & MASK20
    st, fa, hook, fw = check_sized(attr, sp, SIZE_ADDR)
    if st:
        return fault(st, fa, 4)
    if inc_reg >= 0 and inc_reg != SP:
        regs[inc_reg] = (regs[inc_reg] + 4) & MASK20
    store_sized(mem, sp, npc, SIZE_ADDR)
    regs[SP] = sp
    regs[0] = target & (MASK20 - 1)
    return done(cyc, fr, fw, hook, sp, npc, 4)


@njit(cache=True, _nrt=False)
def exec_pushpop(mem, attr, regs, word, pc, io_pass):
    """PUSHM.A/.W #n, Rdst and POPM.A/.W #n, Rdst (words 0x1400-0x17FF)."""
    n = ((word >> 4) & 0xF) + 1
    r = word & 0xF
    wide = 0 if (word & PUSHPOP_WORD) else 1
    size = SIZE_ADDR if wide else SIZE_WORD
    step = 4 if wide else 2
    cyc = PUSHPOP_CYCLE_PARTS[wide, 0] + n * PUSHPOP_CYCLE_PARTS[wide, 1]
    npc = (pc + 2) & MASK20
    sp = regs[SP] & MASK20
    fr = 0
    fw = 0
    if word & PUSHPOP_POP:
        # the word holds the lowest register popped: Rdst - n + 1
        if r + n > 16:
            return fault(STOP_FAULT_ILLEGAL, pc, 0)
        for i in range(n):
            _v, st, fa, f = read_sized(mem, attr, sp + i * step, size, io_pass)
            if st:
                return fault(st, fa, step)
            fr += f
        for i in range(n):
            v, _st, _fa, _f = read_sized(mem, attr, sp + i * step, size, 1)
            npc = set_reg(regs, r + i, v, npc)
        if r > SP or r + n <= SP:
            regs[SP] = (sp + n * step) & MASK20
        regs[0] = npc
        return done(cyc, fr, 0, 0, 0, 0, 0)
    first = r - n + 1
    if first < 0:
        return fault(STOP_FAULT_ILLEGAL, pc, 0)
    new_sp = (sp - n * step) & MASK20
    hook = 0
    hook_addr = 0
    hook_value = 0
    for i in range(n):
        st, fa, h, f = check_sized(attr, new_sp + i * step, size)
        if st:
            return fault(st, fa, step)
        fw += f
        if h:
            hook = 1
            hook_addr = (new_sp + i * step) & MASK20
            hook_value = reg20(regs, first + i, npc)
    for i in range(n):
        v = reg20(regs, first + i, npc)
        store_sized(mem, new_sp + i * step, v if wide else v & 0xFFFF, size)
    regs[SP] = new_sp
    regs[0] = npc
    return done(cyc, fr, fw, hook, hook_addr, hook_value, step)


@njit(cache=True, _nrt=False)
def exec_x(mem, attr, regs, word, pc, io_pass, decode, cgval):
    """One MSP430X instruction starting with ``word`` at ``pc`` (see the module docstring for the result)."""
    if word < 0x1000:
        return exec_address(mem, attr, regs, word, pc, io_pass)
    if 0x1340 <= word < 0x1400:
        return exec_calla(mem, attr, regs, word, pc, io_pass)
    if 0x1400 <= word < EXT_FIRST:
        return exec_pushpop(mem, attr, regs, word, pc, io_pass)
    if EXT_FIRST <= word < EXT_END:
        return exec_extended(mem, attr, regs, word, pc, io_pass, decode, cgval)
    return fault(STOP_FAULT_ILLEGAL, pc, 0)
