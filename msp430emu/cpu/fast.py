"""The compiled core's fast path: a tight loop over the commonest base-ISA forms (msp430emu/cpu/loop.py).

``run_fast`` executes jumps and format I instructions fetched from a plain even address (readable, no
hook-read, break or trigger attribute), for as long as it meets them, the limits allow and the CPU is on; a
register destination with a register, constant-generator or immediate source takes a shorter path. It keeps
PC and SR in locals (SR goes back to ``regs`` after every instruction; the caller gets PC back) and returns
at the first instruction it does not take (format II, MSP430X, a fault, a hook read or a hook write), before
committing anything of it: the general loop then runs that one from its fetch, exactly as it would have
without the fast path. Same cycles (from the same tables), same FRAM counts.

It is a function of its own (not inlined into run_core) so that its few live values stay in host registers.
"""

from __future__ import annotations

import numpy as np
from numba import njit

from msp430emu.cpu.access import ADDR_MASK, check_write, read_word, store
from msp430emu.cpu.alu import alu_one, alu_two
from msp430emu.cpu.isa import (
    DST_PC,
    DST_REG,
    OP_BIT,
    OP_CALL,
    OP_CMP,
    OP_JNE,
    OP_MOV,
    OP_PUSH,
    OP_RRC,
    OP_SXT,
    SRC_IMM,
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
    SR_CPUOFF,
)

SP = 1
SR = 2
FAST_BLOCK = A_HOOK_R | A_BREAK | A_TRIGGER   # attributes of an instruction word the fast path leaves alone
# the same tests on both bytes of an instruction word at once (attr viewed as uint16, little-endian host)
R_BOTH = A_R | (A_R << 8)
BLOCK_BOTH = FAST_BLOCK | (FAST_BLOCK << 8)
NVM_BOTH = A_NVM | (A_NVM << 8)
# what still hands over when the word's own byte is a trigger point (a trigger on its high byte, which the
# general path ignores, hands over too: rare, and the general path is exact)
BLOCK_TRIG = BLOCK_BOTH & ~A_TRIGGER


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
    last_pc = -1
    sr = regs[SR]     # SR lives here; regs[SR] is written before the operand helpers and on return
    done_insns = insns   # trig_done is for the instruction starting while insns == done_insns
    while True:
        if cycles >= cycle_limit or insns >= insn_limit or (sr & SR_CPUOFF) != 0:
            break
        if (pc & ~(ADDR_MASK - 1)) != 0:
            break                   # odd (or, never, beyond the address space)
        hw = pc >> 1
        t = np.int64(attr16[hw])
        if (t & R_BOTH) != R_BOTH or (t & BLOCK_BOTH) != 0:
            if (t & R_BOTH) != R_BOTH or (t & BLOCK_TRIG) != 0:
                break
            # a trigger point: its check charged here unless it may save (then the general path's)
            if trig_done != pc + 1 or insns != done_insns:
                checked = cycles + ctl[C_TRIG_COST]
                if checked >= ctl[C_TRIG_ARM]:
                    break
                cycles = checked
                ctl[C_TRIG_COUNT] += 1
                trig_done = pc + 1
                done_insns = insns
        word = np.int64(mem16[hw])
        fram_r = 1 if (t & NVM_BOTH) != 0 else 0
        npc = pc + 2
        if word >= 0x4000:
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
                    cycles += fw * fram_wait
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
                cycles += fw * fram_wait
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
                cycles += cyc + fram_r * fram_wait
                insns += 1
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
        cycles += cyc + fram_r * fram_wait
        insns += 1
    regs[SR] = sr
    ctl[C_TRIG_DONE] = trig_done if insns == done_insns else 0
    return pc, cycles, insns, fram_reads, fram_writes, last_pc


__all__ = ["run_fast"]
