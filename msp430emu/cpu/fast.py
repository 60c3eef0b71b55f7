"""The compiled core's fast path: a tight loop over the commonest base-ISA forms (msp430emu/cpu/loop.py).

``run_fast`` executes jumps and format I instructions fetched from a plain even address (readable, no
hook-read, break or trigger attribute), for as long as it meets them, the limits allow and the CPU is on; a
register destination with a register, constant-generator or immediate source takes a shorter path. It keeps
PC and SR in locals (SR goes back to ``regs`` before the general operand helpers and on return; the caller
gets PC back) and returns at the first instruction it does not take (MSP430X, RETI, a fault, a hook read or a
hook write), before committing anything of it: the general loop then runs that one from its fetch, exactly as
it would have without the fast path. Same cycles (from the same tables), same FRAM counts.

The commonest forms (format I with a register destination R4-R15 and a register, constant, immediate or
X(Rn)/@Rn/@Rn+ source; the eight jumps; RRC, SWPB, RRA and SXT on R4-R15; BIC/BIS #constant, SR) are
dispatched on ``KIND_INFO[word]``, a table over all 65,536 instruction words built at import: kind,
registers, width, constant and carry/invert bits of the ADD class. The CPU-off bit is tested on entry and
after the instructions that can set it (BIS to SR, the general format I forms), not at every loop head.
The table is indexed by the word itself, not by the address, so self-modifying code, host writes and DMA
need no invalidation and no check: a rewritten word simply indexes another entry.

It is a function of its own (not inlined into run_core) so that its few live values stay in host registers.
"""

from __future__ import annotations

import numpy as np
from numba import njit

from msp430emu.cpu.access import ADDR_MASK, check_write, read_operand, read_word, store
from msp430emu.cpu.alu import alu_one, alu_two
from msp430emu.cpu.isa import (
    CONSTANT_GENERATORS,
    DECODE,
    DST_PC,
    DST_REG,
    OP_ADD,
    OP_ADDC,
    OP_AND,
    OP_BIC,
    OP_BIS,
    OP_BIT,
    OP_CALL,
    OP_CMP,
    OP_JNE,
    OP_MOV,
    OP_PUSH,
    OP_RRC,
    OP_SUB,
    OP_SUBC,
    OP_SXT,
    OP_XOR,
    SRC_IDX,
    SRC_IMM,
    SRC_INC,
    SRC_IND,
    SRC_REG,
    TIMING_CPUXV2,
)
from msp430emu.cpu.operands import dest_operand, index_address, jump_taken, reg_value, source_operand
from msp430emu.cpu.state import (
    A_BREAK,
    A_HOOK_R,
    A_NVM,
    A_R,
    A_TRIGGER,
    C_TRIG_ARM,
    C_TRIG_COST,
    C_TRIG_COUNT,
    C_TRIG_DONE,
    SR_C,
    SR_CPUOFF,
    SR_N,
    SR_V,
    SR_Z,
)

SP = 1
SR = 2
FAST_BLOCK = A_HOOK_R | A_BREAK | A_TRIGGER   # attributes of an instruction word the fast path leaves alone
# the same tests on both bytes of an instruction word at once (attr viewed as uint16, little-endian host)
R_BOTH = A_R | (A_R << 8)
BLOCK_BOTH = FAST_BLOCK | (FAST_BLOCK << 8)
NVM_BOTH = A_NVM | (A_NVM << 8)
HOOK_R_BOTH = A_HOOK_R | (A_HOOK_R << 8)
# what still hands over when the word's own byte is a trigger point (a trigger on its high byte, which the
# general path ignores, hands over too: rare, and the general path is exact)
BLOCK_TRIG = BLOCK_BOTH & ~A_TRIGGER
ARITH_FLAGS = SR_C | SR_Z | SR_N | SR_V

# ---- the specialised forms: KIND_INFO[word] (a table over all 65,536 instruction words, so it depends on the
# word alone and needs no invalidation) packs what the commonest register forms need; kind 0 = not one of them
# (the general forms of the fast path below run it, or leave it to the caller).
K_ARITH, K_MOV, K_AND, K_XOR, K_BIS, K_BIC = range(1, 7)   # format I, destination R4-R15, word or byte
K_JUMP = 8                                                  # 8..15: JNE, JEQ, JNC, JC, JN, JGE, JL, JMP
K_SHIFT = 16                  # RRC, SWPB, RRA, SXT (word or byte) on R4-R15; bits 9:8 the op - OP_RRC
K_SR_BIC = 17                 # BIC(.B) #constant, SR (CLRC, CLRZ, CLRN, DINT, ...)
K_SR_BIS = 18                 # BIS(.B) #constant, SR (SETC, SETZ, SETN, EINT, ...)
KI_KIND = 0x1F                # bits 4:0 kind
KI_IMM = 1 << 6               # the source is an immediate (@PC+)
KI_WRITES = 1 << 5            # the result is written (not CMP or BIT)
KI_BYTE = 1 << 7              # .B (the word's own bit 6, moved here so that mask = 0xFFFF >> ((i >> 4) & 8))
KI_RS = 8                     # bits 11:8 source register (a register source: R1, R4-R15)
KI_RD = 12                    # bits 15:12 destination register (R4-R15)
KI_CONST = 16                 # bits 31:16 the constant of a constant-generator source (masked to the width)
KI_SREG = 1 << 32             # the source is a register (else the constant above, or the immediate)
KI_INV = 1 << 33              # ADD-class: the source enters inverted (SUB, SUBC, CMP)
KI_CARRY_SR = 1 << 34         # ADD-class: carry in = SR.C (ADDC, SUBC)
KI_CARRY_ONE = 1 << 35        # ADD-class: carry in = 1 (SUB, CMP)
KI_MEM = 1 << 36              # the source is X(Rn), @Rn or @Rn+ (Rn = R1, R4-R15)
KI_SMODE = 37                 # bits 39:37 its SRC_* mode (cycles, and which of the three)


def _build_kind_info() -> np.ndarray:
    """KIND_INFO[word] for every 16-bit word (see the K_* and KI_* constants), vectorised (import time)."""
    info = np.zeros(1 << 16, dtype=np.int64)
    jumps = np.arange(0x2000, 0x4000, dtype=np.int64)
    info[0x2000:0x4000] = K_JUMP + ((jumps >> 10) & 7)
    w = np.arange(0x4000, 0x10000, dtype=np.int64)
    op = DECODE[w >> 6]
    rs, ad, byte, as_, rd = (w >> 8) & 0xF, (w >> 7) & 1, (w >> 6) & 1, (w >> 4) & 3, w & 0xF
    kind_of_op = np.zeros(int(DECODE.max()) + 1, dtype=np.int64)
    for o, k in ((OP_ADD, K_ARITH), (OP_ADDC, K_ARITH), (OP_SUBC, K_ARITH), (OP_SUB, K_ARITH),
                 (OP_CMP, K_ARITH), (OP_MOV, K_MOV), (OP_AND, K_AND), (OP_BIT, K_AND), (OP_XOR, K_XOR),
                 (OP_BIS, K_BIS), (OP_BIC, K_BIC)):
        kind_of_op[o] = k
    cg = np.full((16, 4), -1, dtype=np.int64)
    for (r, a), value in CONSTANT_GENERATORS.items():
        cg[r, a] = value
    const = cg[rs, as_]
    mask = np.where(byte == 1, 0xFF, 0xFFFF)
    sreg = (as_ == 0) & ((rs == SP) | (rs >= 4)) & (const < 0)
    imm = (as_ == 3) & (rs == 0)
    memsrc = (as_ != 0) & ((rs == SP) | (rs >= 4))
    smode = np.array([SRC_REG, SRC_IDX, SRC_IND, SRC_INC], dtype=np.int64)[as_]
    v = kind_of_op[op] | (rd << KI_RD) | np.where(byte == 1, KI_BYTE, 0)
    v |= np.where((op != OP_CMP) & (op != OP_BIT), KI_WRITES, 0)
    v |= np.where((op == OP_SUB) | (op == OP_SUBC) | (op == OP_CMP), KI_INV, 0)
    v |= np.where((op == OP_ADDC) | (op == OP_SUBC), KI_CARRY_SR, 0)
    v |= np.where((op == OP_SUB) | (op == OP_CMP), KI_CARRY_ONE, 0)
    v |= np.where(const >= 0, (const & mask) << KI_CONST, 0)
    v |= np.where(sreg, KI_SREG | (rs << KI_RS), 0)
    v |= np.where(imm, KI_IMM, 0)
    v |= np.where(memsrc, KI_MEM | (rs << KI_RS) | (smode << KI_SMODE), 0)
    ok = (kind_of_op[op] != 0) & (ad == 0) & (rd >= 4) & ((const >= 0) | sreg | imm | memsrc)
    info[0x4000:] = np.where(ok, v, 0)
    # BIC/BIS #constant, SR: the constant masked to the width; the result is the new SR (no flags)
    sr_k = np.where(op == OP_BIC, K_SR_BIC, np.where(op == OP_BIS, K_SR_BIS, 0))
    sr_ok = (sr_k != 0) & (ad == 0) & (rd == SR) & (const >= 0)
    sr_v = sr_k | np.where(byte == 1, KI_BYTE, 0) | ((const & mask) << KI_CONST)
    info[0x4000:] = np.where(sr_ok, sr_v, info[0x4000:])
    # format II on a register R4-R15 (As = 0): RRC, SWPB, RRA, SXT as DECODE has them (byte forms included
    # where they exist); the op - OP_RRC in bits 9:8
    w2 = np.arange(0, 0x2000, dtype=np.int64)
    op2 = DECODE[w2 >> 6]
    ok2 = (op2 >= OP_RRC) & (op2 <= OP_SXT) & ((w2 & 0x30) == 0) & ((w2 & 0xF) >= 4)
    v2 = K_SHIFT | ((op2 - OP_RRC) << 8) | ((w2 & 0xF) << KI_RD) | np.where((w2 >> 6) & 1, KI_BYTE, 0)
    info[:0x2000] = np.where(ok2, v2, 0)
    return info


KIND_INFO = _build_kind_info()


@njit(cache=True, nogil=True, _nrt=False)
def run_fast(mem, attr, mem16, attr16, regs, pc, cycles, insns, cycle_limit, insn_limit, fram_reads,
             fram_writes, fram_wait, decode, cgval, fmt1cyc, fmt1kind, timing, jump_cycles, fmt2cyc,
             fmt2group, ctl, trig_done):
    """Run the fast forms from ``pc``; ``mem16``/``attr16`` are ``mem``/``attr`` viewed as uint16 (made
    once by the caller: a view per call costs the MSP430X code, which enters and leaves here often).

    A trigger point (A_TRIGGER on the word's byte) is charged here as the general path charges it
    (``ctl[C_TRIG_COST]`` cycles, ``ctl[C_TRIG_COUNT]`` + 1, after the limit test, once per start of the
    instruction: ``trig_done``, run_core's, is (address + 1) of a trigger already charged for the
    instruction at ``pc``) when the check cannot save: it ends before ``ctl[C_TRIG_ARM]``. A check that may
    save hands over, uncharged, to the general path. On return ``ctl[C_TRIG_DONE]`` holds the caller's new
    ``trig_done``: (pc + 1) if the trigger at the returned pc was charged here, else 0 (or the one passed
    in if nothing ran).

    Returns (pc, cycles, insns, fram_reads, fram_writes, address of the last instruction run or -1).
    """
    # register destination: both cycle kinds agree there (msp430emu/cpu/isa.py asserts it)
    cyc_reg_reg = fmt1cyc[timing, 0, SRC_REG, DST_REG]
    cyc_reg_pc = fmt1cyc[timing, 0, SRC_REG, DST_PC]
    cyc_imm_reg = fmt1cyc[timing, 0, SRC_IMM, DST_REG]
    cyc_imm_pc = fmt1cyc[timing, 0, SRC_IMM, DST_PC]
    cyc_shift = fmt2cyc[timing, SRC_REG, fmt2group[OP_RRC]]   # RRC, SWPB, RRA, SXT: one group
    last_pc = -1
    cleft = cycle_limit - cycles    # the limits as countdowns (two live values fewer in the loop)
    nleft = insn_limit - insns
    sr = regs[SR]     # SR lives here; regs[SR] is written before the operand helpers and on return
    done_nleft = nleft   # trig_done is for the instruction starting while nleft == done_nleft
    if (sr & SR_CPUOFF) != 0:       # the CPU is off (tested again only where an instruction sets SR)
        ctl[C_TRIG_DONE] = trig_done
        return pc, cycles, insns, fram_reads, fram_writes, last_pc
    while True:
        if cleft <= 0 or nleft <= 0:
            break
        if (pc & ~(ADDR_MASK - 1)) != 0:
            break                   # odd (or, never, beyond the address space)
        hw = pc >> 1
        t = np.int64(attr16[hw])
        if ((t ^ R_BOTH) & (R_BOTH | BLOCK_BOTH)) != 0:     # not both readable, or a break/hook/trigger
            if (t & R_BOTH) != R_BOTH or (t & BLOCK_TRIG) != 0:
                break
            # a trigger point: its check charged here unless it may save (then the general path's)
            if trig_done != pc + 1 or nleft != done_nleft:
                cost = ctl[C_TRIG_COST]
                if cycle_limit - cleft + cost >= ctl[C_TRIG_ARM]:
                    break
                cleft -= cost
                ctl[C_TRIG_COUNT] += 1
                trig_done = pc + 1
                done_nleft = nleft
        word = np.int64(mem16[hw])
        fram_r = 1 if (t & NVM_BOTH) != 0 else 0
        npc = pc + 2
        info = KIND_INFO[word]
        kind = info & KI_KIND
        if kind != 0:
            if kind < K_JUMP:
                # ---- a specialised format I form: destination R4-R15, source R1/R4-R15, a constant, #imm,
                # X(Rn), @Rn or @Rn+
                mask = 0xFFFF >> ((info >> 4) & 8)
                if info & KI_IMM:
                    ta = np.int64(attr16[(hw + 1) & (ADDR_MASK >> 1)])
                    if (ta & R_BOTH) != R_BOTH or (ta & HOOK_R_BOTH) != 0:
                        break               # unmapped or a hook read: the general path
                    src = np.int64(mem16[(hw + 1) & (ADDR_MASK >> 1)]) & mask
                    fram_r += 1 if (ta & NVM_BOTH) != 0 else 0
                    npc += 2
                    cyc = cyc_imm_reg
                elif info & KI_MEM:
                    # X(Rn), @Rn, @Rn+ as source_operand reads them; a fault or a hook read: the general path
                    rs = (info >> KI_RS) & 0xF
                    smode = (info >> KI_SMODE) & 7
                    addr = regs[rs]
                    if smode == SRC_IDX:
                        eh = (hw + 1) & (ADDR_MASK >> 1)
                        ta = np.int64(attr16[eh])
                        if (ta & R_BOTH) != R_BOTH or (ta & HOOK_R_BOTH) != 0:
                            break
                        fram_r += 1 if (ta & NVM_BOTH) != 0 else 0
                        addr = index_address(addr, np.int64(mem16[eh]))
                        npc += 2
                    byte = (info >> 7) & 1
                    src, st, f = read_operand(mem, attr, addr, byte, 0)
                    if st:
                        break
                    fram_r += f
                    if smode == SRC_INC:    # committed now: nothing after it can fail (register destination)
                        regs[rs] = (addr + (1 if (byte and rs != SP) else 2)) & ADDR_MASK
                    cyc = fmt1cyc[timing, 0, smode, DST_REG]
                else:
                    # a register (R1, R4-R15) or a constant: (regs[rs] & mask) or (regs[0] & 0) | constant
                    src = (regs[(info >> KI_RS) & 0xF] & (mask & -((info >> 32) & 1))) | (
                        (info >> KI_CONST) & 0xFFFF)
                    cyc = cyc_reg_reg
                rd = (info >> KI_RD) & 0xF
                dst = regs[rd] & mask
                msb = (mask + 1) >> 1
                if kind == K_ARITH:
                    s2 = src ^ (mask & -((info >> 33) & 1))
                    tt = dst + s2 + ((sr >> 0) & (info >> 34) & 1) + ((info >> 35) & 1)
                    res = tt & mask
                    f = SR_C if tt > mask else 0
                    if res == 0:
                        f |= SR_Z
                    if res & msb:
                        f |= SR_N
                    if (dst ^ res) & (s2 ^ res) & msb:
                        f |= SR_V
                    sr = (sr & ~ARITH_FLAGS) | f
                elif kind == K_MOV:
                    res = src
                elif kind == K_AND:
                    res = src & dst
                    f = 0 if res == 0 else SR_C
                    if res == 0:
                        f |= SR_Z
                    if res & msb:
                        f |= SR_N
                    sr = (sr & ~ARITH_FLAGS) | f
                elif kind == K_XOR:
                    res = src ^ dst
                    f = 0 if res == 0 else SR_C
                    if res == 0:
                        f |= SR_Z
                    if res & msb:
                        f |= SR_N
                    if src & dst & msb:
                        f |= SR_V
                    sr = (sr & ~ARITH_FLAGS) | f
                elif kind == K_BIS:
                    res = dst | src
                else:
                    res = dst & ~src & mask
                if info & KI_WRITES:
                    regs[rd] = res
            elif kind >= K_SHIFT:
                if kind == K_SHIFT:
                    # ---- RRC, SWPB, RRA, SXT on R4-R15
                    rd = (info >> KI_RD) & 0xF
                    byte = (info >> 7) & 1
                    op = OP_RRC + ((info >> 8) & 3)
                    res, sr = alu_one(op, regs[rd] & (0xFFFF >> ((info >> 4) & 8)), sr, byte)
                    if op == OP_SXT and timing == TIMING_CPUXV2 and res & 0x8000 and not byte:
                        res |= 0xF0000      # CPUX: SXT Rn extends bit 7 through bit 19
                    regs[rd] = res
                    cyc = cyc_shift
                else:
                    # ---- BIC/BIS #constant, SR: the result is the new SR (a .B form clears its high byte)
                    mask = 0xFFFF >> ((info >> 4) & 8)
                    src = (info >> KI_CONST) & 0xFFFF
                    if kind == K_SR_BIC:
                        sr = sr & ~src & mask       # (clears bits only: the CPU stays on)
                        cyc = cyc_reg_reg
                    else:
                        sr = (sr & mask) | src
                        last_pc = pc
                        pc = npc
                        fram_reads += fram_r
                        cleft -= cyc_reg_reg + fram_r * fram_wait
                        nleft -= 1
                        if (sr & SR_CPUOFF) != 0:
                            break               # the CPU turned off (LPM)
                        continue
            else:
                # ---- a jump: PC = PC + 2 + 2 * offset
                if kind == K_JUMP:
                    taken = (sr & SR_Z) == 0
                elif kind == K_JUMP + 1:
                    taken = (sr & SR_Z) != 0
                elif kind == K_JUMP + 2:
                    taken = (sr & SR_C) == 0
                elif kind == K_JUMP + 3:
                    taken = (sr & SR_C) != 0
                elif kind == K_JUMP + 4:
                    taken = (sr & SR_N) != 0
                elif kind == K_JUMP + 5:
                    taken = (((sr >> 2) ^ (sr >> 8)) & 1) == 0     # N == V
                elif kind == K_JUMP + 6:
                    taken = (((sr >> 2) ^ (sr >> 8)) & 1) != 0
                else:
                    taken = True
                if taken:
                    npc = (npc + 2 * (((word & 0x3FF) ^ 0x200) - 0x200)) & ADDR_MASK
                cyc = jump_cycles
        elif word >= 0x4000:
            # ---- format I
            rs = (word >> 8) & 0xF
            as_ = (word >> 4) & 3
            byte = (word >> 6) & 1
            rd = word & 0xF
            op = decode[word >> 6]
            mask = 0xFF if byte else 0xFFFF
            src = -1
            if (word & 0x80) == 0:
                # register destination with a register, constant or immediate source
                if as_ == 0:
                    if rs > 3:
                        src = regs[rs] & mask
                    elif rs == 0:
                        src = npc & mask
                    elif rs == 2:
                        src = sr & mask
                    elif rs == 3:
                        src = cgval[4] & mask     # R3 as a source: the constant 0
                    else:
                        src = regs[rs] & mask
                    cyc = cyc_reg_reg
                    cyc_pc = cyc_reg_pc
                elif rs == 2 or rs == 3:
                    src = cgval[(rs - 2) * 4 + as_]     # -1 for &ADDR (absolute): below
                    if src >= 0:
                        src &= mask
                        cyc = cyc_reg_reg
                        cyc_pc = cyc_reg_pc
                elif as_ == 3 and rs == 0:
                    iv, st, f = read_word(mem, attr, npc, 0)
                    if st:
                        break
                    src = iv & mask
                    fram_r += f
                    npc += 2
                    cyc = cyc_imm_reg
                    cyc_pc = cyc_imm_pc
            if src >= 0:
                if rd > 3:
                    dst = regs[rd] & mask
                elif rd == 0:
                    dst = npc & mask
                elif rd == 2:
                    dst = sr & mask
                else:
                    dst = regs[rd] & mask
                res, sr = alu_two(op, src, dst, sr, byte)
                if op != OP_CMP and op != OP_BIT:
                    if rd > 3:
                        regs[rd] = res
                    elif rd == 0:
                        npc = res & (ADDR_MASK - 1)
                        cyc = cyc_pc
                    elif rd == 2:
                        sr = res
                    elif rd != 3:
                        regs[rd] = res
                elif rd == 0:
                    cyc = cyc_pc
            else:
                # any other format I form, as the general path runs it (msp430emu/cpu/loop.py); a fault or
                # a hooked access leaves it to the general path, before anything is committed
                ad = (word >> 7) & 1
                regs[SR] = sr
                src, _sa, smode, inc_reg, inc_val, npc, st, _fa, f = source_operand(
                    mem, attr, regs, rs, as_, byte, npc, 0, cgval)
                if st:
                    break
                fram_r += f
                dst, daddr, dcol, npc, st, _fa, f = dest_operand(
                    mem, attr, regs, rd, ad, byte, npc, 0, inc_reg, inc_val, op != OP_MOV)
                if st:
                    break
                fram_r += f
                res, new_sr = alu_two(op, src, dst, sr, byte)
                writes = op != OP_CMP and op != OP_BIT
                wa = 0
                if writes and ad:
                    wa, st, hook, fw = check_write(attr, daddr, byte)
                    if st or hook:
                        break
                    fram_writes += fw
                    cleft -= fw * fram_wait
                # ---- commit
                if inc_reg >= 0:
                    regs[inc_reg] = inc_val
                sr = new_sr
                if writes:
                    if ad:
                        store(mem, wa, res, byte)
                    elif rd == 0:
                        npc = res & (ADDR_MASK - 1)
                    elif rd == 2:
                        sr = res
                    elif rd != 3:
                        regs[rd] = res
                cyc = fmt1cyc[timing, fmt1kind[op], smode, dcol]
            # (SR may be the destination: the CPU-off test is here and in K_SR_BIS, not at the loop's head)
            last_pc = pc
            pc = npc
            fram_reads += fram_r
            cleft -= cyc + fram_r * fram_wait
            nleft -= 1
            if (sr & SR_CPUOFF) != 0:
                break
            continue
        elif word >= 0x2000:
            # ---- jump: PC = PC + 2 + 2 * offset (the condition is bits 12:10, in OP_JNE..OP_JMP order)
            if jump_taken(OP_JNE + ((word >> 10) & 7), sr):
                offset = word & 0x3FF
                if offset & 0x200:
                    offset -= 0x400
                npc = (npc + 2 * offset) & ADDR_MASK
            cyc = jump_cycles
        else:
            # ---- format II: RRC, SWPB, RRA, SXT on a general register (R4-R15); PUSH and CALL in any mode
            op = decode[word >> 6]
            reg = word & 0xF
            byte = (word >> 6) & 1
            if op == OP_PUSH or op == OP_CALL:
                regs[SR] = sr
                val, _oa, mode, inc_reg, inc_val, npc, st, _fa, f = source_operand(
                    mem, attr, regs, reg, (word >> 4) & 3, byte, npc, 0, cgval)
                if st:
                    break
                sp = index_address(reg_value(regs, SP, npc, inc_reg, inc_val), 0xFFFE)
                push_byte = byte if op == OP_PUSH else 0
                wa, st, hook, fw = check_write(attr, sp, push_byte)
                if st or hook:
                    break
                fram_r += f
                fram_writes += fw
                cleft -= fw * fram_wait
                # ---- commit
                if inc_reg >= 0:
                    regs[inc_reg] = inc_val
                store(mem, wa, val if op == OP_PUSH else npc, push_byte)
                regs[SP] = sp
                if op == OP_CALL:
                    npc = val & (ADDR_MASK - 1)
                cyc = fmt2cyc[timing, mode, fmt2group[op]]
                last_pc = pc
                pc = npc
                fram_reads += fram_r
                cleft -= cyc + fram_r * fram_wait
                nleft -= 1
                continue
            if op < OP_RRC or op > OP_SXT or (word & 0x30) != 0 or reg < 4:
                break
            res, sr = alu_one(op, regs[reg] & (0xFF if byte else 0xFFFF), sr, byte)
            if op == OP_SXT and timing == TIMING_CPUXV2 and res & 0x8000 and not byte:
                res |= 0xF0000      # CPUX: SXT Rn extends bit 7 through bit 19
            regs[reg] = res
            cyc = fmt2cyc[timing, SRC_REG, fmt2group[op]]
        last_pc = pc
        pc = npc
        fram_reads += fram_r
        cleft -= cyc + fram_r * fram_wait
        nleft -= 1
    regs[SR] = sr
    ctl[C_TRIG_DONE] = trig_done if nleft == done_nleft else 0
    return pc, cycle_limit - cleft, insn_limit - nleft, fram_reads, fram_writes, last_pc


__all__ = ["KIND_INFO", "KI_IMM", "KI_KIND", "K_ARITH", "K_JUMP", "K_SHIFT", "K_SR_BIC", "K_SR_BIS",
           "run_fast"]
