"""Extension-word instructions of the MSP430X core (SLAU367P 4.5.2.1, Figures 4-26..4-28): an extension word
(0x1800-0x1FFF) followed by a format I or format II instruction (MOVX, ADDX, ..., RRCX, RRUX, PUSHX...).

* A/L with the instruction's B/W bit selects the width: 1/0 .W, 1/1 .B, 0/1 .A, 0/0 reserved (Table 4-12);
  SWPBX/SXTX: A/L 0 = .A, 1 = .W with B/W = 0 (Table 4-12 note; python-msp430-tools 0.10 wrongly sets B/W).
* Register mode (every operand a register): bit 8 ZC (carry taken as 0), bit 7 # (repeat count in Rn[3:0]),
  bits 3:0 the repeat count - 1 or Rn. The instruction runs count times.
* Otherwise bits 10:7 are bits 19:16 of the source index/immediate/address and bits 3:0 those of the
  destination's: 20-bit immediates, indexes and absolute addresses. The one operand of a format II
  instruction (RRCX, PUSHX #imm/&abs/x(Rn)...) is the destination: its bits 19:16 are in bits 3:0 (as GNU
  binutils' and mspdebug's disassemblers and python-msp430-tools' assembler all read and write them).
"""

from __future__ import annotations

from numba import njit

from msp430emu.cpu.access import read_word
from msp430emu.cpu.isa import (
    DST_ABS,
    DST_IDX,
    DST_PC,
    DST_REG,
    DST_SYM,
    OP_BIT,
    OP_CALL,
    OP_CMP,
    OP_FIRST_FMT_II,
    OP_FIRST_JUMP,
    OP_MOV,
    OP_PUSH,
    OP_RETI,
    OP_SWPB,
    OP_SXT,
    SRC_ABS,
    SRC_IDX,
    SRC_IMM,
    SRC_INC,
    SRC_IND,
    SRC_REG,
    SRC_SYM,
)
from msp430emu.cpu.isa_x import (
    EXT_AL,
    EXT_RPT_REG,
    EXT_ZC,
    X_FMT1_CYCLES,
    X_FMT1_KIND,
    X_FMT2_CYCLES,
    X_INDEXED_SP_EXTRA,
    X_REPEAT_CYCLES_PER_EXTRA,
)
from msp430emu.cpu.state import STOP_FAULT_ILLEGAL
from msp430emu.cpu.x_alu import alu_one_x, alu_two_x
from msp430emu.cpu.x_mem import (
    MASK20,
    SIZE_ADDR,
    SIZE_BYTE,
    SIZE_WORD,
    check_sized,
    read_sized,
    size_mask,
    store_sized,
)

SP = 1
SR = 2


@njit(cache=True, inline="always", _nrt=False)
def _fault(st, addr, size):
    return st, addr, size, 0, 0, 0, 0, 0, 0, 0


@njit(cache=True, inline="always", _nrt=False)
def _rval(regs, r, npc, inc_reg, inc_val):
    if r == 0:
        return npc
    if r == inc_reg:
        return inc_val
    return regs[r] & MASK20


@njit(cache=True, inline="always", _nrt=False)
def _write_reg(regs, r, value, npc):
    """Register destination of an extended instruction: returns the next PC; SR takes the written value."""
    if r == 0:
        return value & (MASK20 - 1)
    if r != 3:
        regs[r] = value
    return npc


@njit(cache=True, _nrt=False)
def _source(mem, attr, regs, reg, as_, hi, size, npc, io_pass, cgval):
    """(value, address or -1, SRC_* mode, inc reg, inc value, next PC, status, fault addr, FRAM reads)."""
    mask = size_mask(size)
    if reg == 2 or reg == 3:
        cg = cgval[(reg - 2) * 4 + as_]
        if cg >= 0:
            v = mask if cg == 0xFFFF else cg
            return v & mask, -1, SRC_REG, -1, 0, npc, 0, 0, 0
    if as_ == 0:
        return _rval(regs, reg, npc, -1, 0) & mask, -1, SRC_REG, -1, 0, npc, 0, 0, 0
    fr = 0
    inc_reg = -1
    inc_val = 0
    if as_ == 1 or (as_ == 3 and reg == 0):
        x, st, f = read_word(mem, attr, npc, io_pass)
        if st:
            return 0, -1, 0, -1, 0, npc, st, npc, 0
        fr += f
        x |= hi << 16
        if as_ == 3:
            return x & mask, -1, SRC_IMM, -1, 0, (npc + 2) & MASK20, 0, 0, fr
        if reg == 0:
            addr = (npc + x) & MASK20
            mode = SRC_SYM
        elif reg == 2:
            addr = x
            mode = SRC_ABS
        else:
            addr = (regs[reg] + x) & MASK20
            mode = SRC_IDX
        npc = (npc + 2) & MASK20
    elif as_ == 2:
        addr = _rval(regs, reg, npc, -1, 0)
        mode = SRC_IND
    else:
        addr = regs[reg] & MASK20
        mode = SRC_INC
        inc_reg = reg
        step = 4 if size == SIZE_ADDR else (1 if (size == SIZE_BYTE and reg != SP) else 2)
        inc_val = (addr + step) & MASK20
    v, st, fa, f = read_sized(mem, attr, addr, size, io_pass)
    if st:
        return 0, -1, 0, -1, 0, npc, st, fa, 0
    return v, addr, mode, inc_reg, inc_val, npc, 0, 0, fr + f


@njit(cache=True, _nrt=False)
def _register_mode(regs, op, fmt1, rs, rd, size, count, zc, npc):
    """Register-mode extended instruction, repeated ``count`` times: (next PC, cycles)."""
    mask = size_mask(size)
    wide = 1 if size == SIZE_ADDR else 0
    for _ in range(count):
        sr = regs[SR]
        if fmt1:
            src = (0 if rs == 3 else _rval(regs, rs, npc, -1, 0)) & mask
            dst = _rval(regs, rd, npc, -1, 0) & mask
            res, new_sr = alu_two_x(op, src, dst, sr, size, zc)
            writes = op != OP_CMP and op != OP_BIT
        else:
            res, new_sr = alu_one_x(op, _rval(regs, rd, npc, -1, 0) & mask, sr, size, zc)
            if op == OP_SXT and size == SIZE_WORD and res & 0x8000:
                res |= 0xF0000         # SXT(X).W Rn extends bit 7 through bit 19, as SXT Rn (SLAU367 4.3.5)
            writes = True
        regs[SR] = new_sr
        if writes:
            npc = _write_reg(regs, rd, res, npc)
    if fmt1:
        cyc = X_FMT1_CYCLES[wide, X_FMT1_KIND[op], SRC_REG, DST_PC if rd == 0 else DST_REG]
    else:
        cyc = X_FMT2_CYCLES[wide, SRC_REG, 0]
    return npc, cyc + (count - 1) * X_REPEAT_CYCLES_PER_EXTRA


@njit(cache=True, _nrt=False)
def exec_extended(mem, attr, regs, ext, pc, io_pass, decode, cgval):
    """Extension word ``ext`` at ``pc`` and the instruction after it (result tuple as msp430emu/core_x.py)."""
    iaddr = (pc + 2) & MASK20
    insn, st, fr = read_word(mem, attr, iaddr, io_pass)
    if st:
        return _fault(st, iaddr, 2)
    op = decode[insn >> 6]
    al = 1 if (ext & EXT_AL) else 0
    bw = (insn >> 6) & 1
    if op == 0 or op >= OP_FIRST_JUMP or op == OP_RETI or op == OP_CALL:
        return _fault(STOP_FAULT_ILLEGAL, pc, 0)   # (SWPBX/SXTX with B/W=1 are N/A: SLAU367P Table 4-12 note)
    if op == OP_SWPB or op == OP_SXT:
        size = SIZE_WORD if al else SIZE_ADDR
    elif al:
        size = SIZE_BYTE if bw else SIZE_WORD
    elif bw:
        size = SIZE_ADDR
    else:
        return _fault(STOP_FAULT_ILLEGAL, pc, 0)
    wide = 1 if size == SIZE_ADDR else 0
    mask = size_mask(size)
    fmt1 = op < OP_FIRST_FMT_II
    as_ = (insn >> 4) & 3
    ad = ((insn >> 7) & 1) if fmt1 else 0
    rs = (insn >> 8) & 0xF if fmt1 else insn & 0xF
    rd = insn & 0xF
    npc = (pc + 4) & MASK20
    if as_ == 0 and ad == 0 and op != OP_PUSH:
        zc = 1 if (ext & EXT_ZC) else 0
        count = ((regs[ext & 0xF] & 0xF) + 1) if (ext & EXT_RPT_REG) else ((ext & 0xF) + 1)
        npc, cyc = _register_mode(regs, op, fmt1, rs, rd, size, count, zc, npc)
        regs[0] = npc
        return 0, 0, 0, cyc, fr, 0, 0, 0, 0, 0
    src, saddr, smode, inc_reg, inc_val, npc, st, fa, f = _source(
        mem, attr, regs, rs, as_, ((ext >> 7) & 0xF) if fmt1 else (ext & 0xF), size, npc, io_pass, cgval)
    if st:
        return _fault(st, fa, 4 if wide else (1 if size == SIZE_BYTE else 2))
    fr += f
    fw = 0
    hook = 0
    sr = regs[SR]
    asize = 4 if wide else (1 if size == SIZE_BYTE else 2)
    if not fmt1:
        if op == OP_PUSH:
            sp = (_rval(regs, SP, npc, inc_reg, inc_val) - (4 if wide else 2)) & MASK20
            st, fa, hook, fw = check_sized(attr, sp, size)
            if st:
                return _fault(st, fa, asize)
            if inc_reg >= 0:
                regs[inc_reg] = inc_val
            store_sized(mem, sp, src, size)
            regs[SP] = sp
            regs[0] = npc
            cyc = X_FMT2_CYCLES[wide, smode, 1]
            if smode == SRC_IDX and rs == SP:
                cyc += X_INDEXED_SP_EXTRA
            return 0, 0, 0, cyc, fr, fw, hook, sp, src, asize
        if smode == SRC_IMM:
            return _fault(STOP_FAULT_ILLEGAL, pc, 0)
        res, new_sr = alu_one_x(op, src, sr, size, 0)
        if saddr >= 0:
            st, fa, hook, fw = check_sized(attr, saddr, size)
            if st:
                return _fault(st, fa, asize)
        if inc_reg >= 0:
            regs[inc_reg] = inc_val
        regs[SR] = new_sr
        if saddr >= 0:
            store_sized(mem, saddr, res, size)
        regs[0] = npc
        return 0, 0, 0, X_FMT2_CYCLES[wide, smode, 0], fr, fw, hook, saddr, res, asize
    # ---- format I with a memory operand ----
    daddr = -1
    dcol = DST_PC if rd == 0 else DST_REG
    if ad:
        x, st, f = read_word(mem, attr, npc, io_pass)
        if st:
            return _fault(st, npc, 2)
        fr += f
        x |= (ext & 0xF) << 16
        if rd == 0:
            daddr = (npc + x) & MASK20
            dcol = DST_SYM
        elif rd == 2:
            daddr = x
            dcol = DST_ABS
        else:
            daddr = (_rval(regs, rd, npc, inc_reg, inc_val) + x) & MASK20
            dcol = DST_IDX
        npc = (npc + 2) & MASK20
        dst = 0
        if op != OP_MOV:
            dst, st, fa, f = read_sized(mem, attr, daddr, size, io_pass)
            if st:
                return _fault(st, fa, asize)
            fr += f
    else:
        dst = _rval(regs, rd, npc, inc_reg, inc_val) & mask
    res, new_sr = alu_two_x(op, src, dst, sr, size, 0)
    writes = op != OP_CMP and op != OP_BIT
    if writes and ad:
        st, fa, hook, fw = check_sized(attr, daddr, size)
        if st:
            return _fault(st, fa, asize)
    if inc_reg >= 0:
        regs[inc_reg] = inc_val
    regs[SR] = new_sr
    if writes:
        if ad:
            store_sized(mem, daddr, res, size)
        else:
            npc = _write_reg(regs, rd, res, npc)
    regs[0] = npc
    return 0, 0, 0, X_FMT1_CYCLES[wide, X_FMT1_KIND[op], smode, dcol], fr, fw, hook, daddr, res, asize
