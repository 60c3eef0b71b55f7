"""The compiled interpreter loop: runs base-ISA instructions over the flat arrays of msp430emu/state.py.

Every instruction is decoded from ``mem`` at run time (no predecode cache, so self-modifying code and
host writes need no invalidation). Each instruction runs in two phases:

1. *read phase*: fetch the instruction and its extension words, read the source and the destination,
   compute the result and the new SR into locals. Any fault or un-synchronised hook read ends the
   instruction here and nothing has been committed (registers, memory and counters untouched).
2. *commit phase*: check the destination write (fault: still nothing committed), then write memory,
   registers, PC, SR and the counters.

Cycles come from the arrays generated in msp430emu/isa.py, passed in as arguments (``tables``).
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from numba import njit
from numpy import uint16

from msp430emu.cpu.access import ADDR_MASK, check_write, read_word, store
from msp430emu.cpu.alu import alu_one, alu_two
from msp430emu.cpu.core_save import core_save
from msp430emu.cpu.fast import run_fast
from msp430emu.cpu.isa import (
    OP_BIT,
    OP_CALL,
    OP_CMP,
    OP_FIRST_FMT_II,
    OP_FIRST_JUMP,
    OP_MOV,
    OP_PUSH,
    OP_RETI,
    OP_SXT,
)
from msp430emu.cpu.operands import dest_operand, index_address, jump_taken, reg_value, source_operand
from msp430emu.cpu.state import (
    A_BREAK,
    A_TRIGGER,
    C_CYCLES,
    C_FRAM_READS,
    C_FRAM_WAIT,
    C_FRAM_WRITES,
    C_INSN_LIMIT,
    C_INSNS,
    C_IO_PASS,
    C_IRQ_CYCLES,
    C_IRQ_NMI,
    C_IRQ_VECTOR,
    C_LAST_PC,
    C_NO_FAST,
    C_SAVE_COUNT,
    C_STOP,
    C_STOP_ADDR,
    C_STOP_PC,
    C_STOP_SIZE,
    C_STOP_VALUE,
    C_TFLAG_ABOVE,
    C_TFLAG_CHECK,
    C_TFLAG_COUNT,
    C_TICK_ON,
    C_TIMING,
    C_TRIG_ARM,
    C_TRIG_COST,
    C_TRIG_COUNT,
    C_TRIG_DONE,
    NEVER,
    SAVE_BUF_CAP,
    SR_CPUOFF,
    SR_GIE,
    SR_SCG0,
    STOP_BREAK,
    STOP_FAULT_ILLEGAL,
    STOP_HOOK_WRITE,
    STOP_IRQ,
    STOP_LIMIT,
    STOP_LPM,
    STOP_TRIGGER,
    TFLAG_BUF,
    TFLAG_BUF_CAP,
    TIMING_CPUXV2,
)
from msp430emu.cpu.ticks import core_tick
from msp430emu.cpu.x_exec import exec_x

SP = 1
SR = 2


@njit(cache=True, nogil=True, _nrt=False)
def run_core(mem, attr, regs, ctl, cycle_limit, decode, mbz, fmt1cyc, fmt2cyc, jumpcyc, reticyc,
             fmt1kind, fmt2group, cgval):
    """Run until ``ctl[C_CYCLES] >= cycle_limit``, ``C_INSNS >= C_INSN_LIMIT`` or a stop; return STOP_*."""
    timing = ctl[C_TIMING]
    cycles = ctl[C_CYCLES]
    insns = ctl[C_INSNS]
    insn_limit = ctl[C_INSN_LIMIT]
    io_pass = ctl[C_IO_PASS]
    fram_wait = ctl[C_FRAM_WAIT]
    fram_reads = ctl[C_FRAM_READS]
    fram_writes = ctl[C_FRAM_WRITES]
    last_pc = ctl[C_LAST_PC]
    trig_done = ctl[C_TRIG_DONE]
    no_fast = ctl[C_NO_FAST]       # 1: the general path only (the tests compare the two)
    tick_on = ctl[C_TICK_ON]       # 1: a periodic tick fires in the core at its cycle limit (cpu/ticks.py)
    jump_cycles = jumpcyc[timing]
    mem16 = mem.view(uint16)     # word-wide views for the fast path (a little-endian host)
    attr16 = attr.view(uint16)
    irq_vector = ctl[C_IRQ_VECTOR]      # host-set between runs; only the core clears it (on entry)
    irq_nmi = ctl[C_IRQ_NMI]
    stop = STOP_LIMIT
    stop_pc = 0
    stop_addr = 0
    stop_value = 0
    stop_size = 0
    while True:
        x_word = -1
        x_fetch = 0
        while True:
            pc = regs[0]
            if cycles >= cycle_limit or insns >= insn_limit:
                if tick_on and insns < insn_limit:
                    cycles, next_limit = core_tick(mem, regs, ctl, cycles)
                    if next_limit >= 0:
                        cycle_limit = next_limit
                        continue
                stop = STOP_LIMIT
                stop_pc = pc
                break
            # ---- the fast path (msp430emu/cpu/fast.py) runs the commonest forms while no interrupt is
            # pending and no hook read is being passed; it stops before the first instruction it does not
            # take, which the general path below then runs from its fetch. (A peek at the word's high byte,
            # no access: RETI and MSP430X words, which it never takes, do not pay for the call.)
            hb = mem[(pc & (ADDR_MASK - 1)) + 1]
            if irq_vector == 0 and io_pass == 0 and no_fast == 0 and (hb >= 0x20 or 0x10 <= hb <= 0x12):
                pc, cycles, insns, fram_reads, fram_writes, ran = run_fast(
                    mem, attr, mem16, attr16, regs, pc, cycles, insns, cycle_limit, insn_limit, fram_reads,
                    fram_writes, fram_wait, decode, cgval, fmt1cyc, fmt1kind, timing, jump_cycles, fmt2cyc,
                    fmt2group, ctl, trig_done)
                if ran >= 0:
                    last_pc = ran
                trig_done = ctl[C_TRIG_DONE]    # (pc + 1: its trigger checked there, after the limit test)
                regs[0] = pc
                if (cycles >= cycle_limit or insns >= insn_limit) and trig_done != pc + 1:
                    if tick_on and insns < insn_limit:
                        cycles, next_limit = core_tick(mem, regs, ctl, cycles)
                        if next_limit >= 0:
                            cycle_limit = next_limit
                            continue
                    stop = STOP_LIMIT
                    stop_pc = pc
                    break
            sr = regs[SR]
            vector = irq_vector
            if vector != 0 and ((sr & SR_GIE) != 0 or irq_nmi != 0):
                # interrupt entry (SLAU367 1.3.4.1): push PC, push SR, SR &= SCG0, PC = @vector
                sp1 = index_address(regs[SP], 0xFFFE)     # SP - 2 (wraps at 64 KiB for an SP below it)
                sp2 = index_address(regs[SP], 0xFFFC)
                target, st, fv = read_word(mem, attr, vector, 1)
                a1, st1, _h1, f1 = check_write(attr, sp1, False)
                a2, st2, _h2, f2 = check_write(attr, sp2, False)
                stop_pc = pc
                if st or st1 or st2:
                    stop = st if st else (st1 if st1 else st2)
                    stop_addr = vector if st else (sp1 if st1 else sp2)
                    stop_size = 2
                    break
                store(mem, a1, pc, False)
                # 20-bit frame (SLAU367 1.3.4.1): PC[19:16] in bits 15:12 of the SR word
                store(mem, a2, ((pc >> 4) & 0xF000) | (sr & 0x0FFF) if pc > 0xFFFF else sr, False)
                regs[SP] = sp2
                regs[SR] = sr & SR_SCG0
                regs[0] = target & (ADDR_MASK - 1)
                fram_reads += fv
                fram_writes += f1 + f2
                cycles += ctl[C_IRQ_CYCLES] + (fv + f1 + f2) * fram_wait
                irq_vector = 0
                irq_nmi = 0
                io_pass = 0
                stop = STOP_IRQ
                stop_addr = vector
                break
            if sr & SR_CPUOFF:
                stop = STOP_LPM
                stop_pc = pc
                break
            special = attr[pc & ADDR_MASK] & (A_BREAK | A_TRIGGER)   # (a PC past 0xFFFFF wraps)
            if special:
                if (special & A_BREAK) and not io_pass:
                    stop = STOP_BREAK
                    stop_pc = pc
                    stop_addr = pc
                    break
                if (special & A_TRIGGER) and trig_done != pc + 1:
                    cycles += ctl[C_TRIG_COST]
                    ctl[C_TRIG_COUNT] += 1
                    trig_done = pc + 1
                    if cycles >= ctl[C_TRIG_ARM]:
                        if (tick_on and cycles + ctl[C_TFLAG_CHECK] < ctl[C_TFLAG_ABOVE]
                                and ctl[C_TFLAG_COUNT] < TFLAG_BUF_CAP):
                            # the tick's flagged check, V >= V_thresh there (cpu/ticks.py): charged, recorded,
                            # disarmed, then what the run loop does after the host's check (events, limit)
                            cycles += ctl[C_TFLAG_CHECK]
                            ctl[TFLAG_BUF + ctl[C_TFLAG_COUNT]] = cycles
                            ctl[C_TFLAG_COUNT] += 1
                            ctl[C_TRIG_ARM] = NEVER
                            cycles, next_limit = core_tick(mem, regs, ctl, cycles)
                            if next_limit < 0:
                                stop = STOP_LIMIT
                                stop_pc = pc
                                break
                            cycle_limit = next_limit
                        else:
                            spent, words = core_save(mem, regs, ctl, cycles)   # (0, 0): the host decides
                            cycles += spent
                            fram_writes += words
                            # after a save: a limit reached (as after the host's save) or a full buffer stops
                            if spent == 0 or cycles >= cycle_limit or ctl[C_SAVE_COUNT] == SAVE_BUF_CAP:
                                stop = STOP_TRIGGER if spent == 0 else STOP_LIMIT
                                stop_pc = pc
                                stop_addr = pc if spent == 0 else 0
                                break
            last_pc = pc
            word, st, fram_r = read_word(mem, attr, pc, io_pass)
            if st:
                stop = st
                stop_pc = pc
                stop_addr = pc
                stop_size = 2
                break
            op = decode[word >> 6]
            npc = pc + 2
            fram_w = 0
            hook = 0
            hook_addr = 0
            hook_value = 0
            hook_size = 0
            if op == 0 or (word & mbz[op]) != 0:
                # ---- MSP430X (CPUXv2 only): address instructions, CALLA, PUSHM/POPM, extension words ----
                if timing != TIMING_CPUXV2:
                    stop = STOP_FAULT_ILLEGAL
                    stop_pc = pc
                    stop_addr = pc
                    break
                # run it outside this loop (below), so the MSP430X code does not weigh on the base-ISA loop
                x_word = word
                x_fetch = fram_r
                break
            elif op < OP_FIRST_FMT_II:
                # ---- format I: op src, dst ----
                byte = (word >> 6) & 1
                rs = (word >> 8) & 0xF
                rd = word & 0xF
                ad = (word >> 7) & 1
                src, _sa, smode, inc_reg, inc_val, npc, st, fa, f = source_operand(
                    mem, attr, regs, rs, (word >> 4) & 3, byte, npc, io_pass, cgval)
                if st:
                    stop = st
                    stop_pc = pc
                    stop_addr = fa
                    stop_size = 1 if byte else 2
                    break
                fram_r += f
                dst, daddr, dcol, npc, st, fa, f = dest_operand(
                    mem, attr, regs, rd, ad, byte, npc, io_pass, inc_reg, inc_val, op != OP_MOV)
                if st:
                    stop = st
                    stop_pc = pc
                    stop_addr = fa
                    stop_size = 1 if byte else 2
                    break
                fram_r += f
                res, new_sr = alu_two(op, src, dst, sr, byte)
                writes = op != OP_CMP and op != OP_BIT
                wa = 0
                if writes and ad:
                    wa, st, hook, fw = check_write(attr, daddr, byte)
                    if st:
                        stop = st
                        stop_pc = pc
                        stop_addr = daddr
                        stop_size = 1 if byte else 2
                        break
                    fram_w += fw
                # ---- commit ----
                if inc_reg >= 0:
                    regs[inc_reg] = inc_val
                regs[SR] = new_sr
                if writes:
                    if ad:
                        store(mem, wa, res, byte)
                        if hook:
                            hook_addr = daddr
                            hook_value = res
                            hook_size = 1 if byte else 2
                    elif rd == 0:
                        npc = res & (ADDR_MASK - 1)
                    elif rd != 3:
                        regs[rd] = res
                regs[0] = npc
                cyc = fmt1cyc[timing, fmt1kind[op], smode, dcol]
            elif op < OP_FIRST_JUMP:
                # ---- format II ----
                if op == OP_RETI:
                    sp = regs[SP]
                    new_sr, st, f1 = read_word(mem, attr, sp, io_pass)
                    if st:
                        stop = st
                        stop_pc = pc
                        stop_addr = sp
                        stop_size = 2
                        break
                    new_pc, st, f2 = read_word(mem, attr, sp + 2, io_pass)
                    if st:
                        stop = st
                        stop_pc = pc
                        stop_addr = (sp + 2) & ADDR_MASK
                        stop_size = 2
                        break
                    fram_r += f1 + f2
                    regs[SR] = new_sr & 0x0FFF if new_sr & 0xF000 else new_sr
                    regs[SP] = (sp + 4) & ADDR_MASK
                    regs[0] = (new_pc | ((new_sr & 0xF000) << 4)) & (ADDR_MASK - 1)
                    cyc = reticyc[timing]
                else:
                    byte = (word >> 6) & 1
                    reg = word & 0xF
                    val, oaddr, mode, inc_reg, inc_val, npc, st, fa, f = source_operand(
                        mem, attr, regs, reg, (word >> 4) & 3, byte, npc, io_pass, cgval)
                    if st:
                        stop = st
                        stop_pc = pc
                        stop_addr = fa
                        stop_size = 1 if byte else 2
                        break
                    fram_r += f
                    if op == OP_PUSH or op == OP_CALL:
                        sp = index_address(reg_value(regs, SP, npc, inc_reg, inc_val), 0xFFFE)
                        push_byte = byte if op == OP_PUSH else 0
                        wa, st, hook, fw = check_write(attr, sp, push_byte)
                        if st:
                            stop = st
                            stop_pc = pc
                            stop_addr = sp
                            stop_size = 1 if push_byte else 2
                            break
                        fram_w += fw
                        pushed = val if op == OP_PUSH else npc
                        if inc_reg >= 0:
                            regs[inc_reg] = inc_val
                        store(mem, wa, pushed, push_byte)
                        regs[SP] = sp
                        if hook:
                            hook_addr = sp
                            hook_value = pushed
                            hook_size = 1 if push_byte else 2
                        regs[0] = (val & (ADDR_MASK - 1)) if op == OP_CALL else npc
                    else:
                        res, new_sr = alu_one(op, val, sr, byte)
                        wa = 0
                        if oaddr >= 0:
                            wa, st, hook, fw = check_write(attr, oaddr, byte)
                            if st:
                                stop = st
                                stop_pc = pc
                                stop_addr = oaddr
                                stop_size = 1 if byte else 2
                                break
                            fram_w += fw
                        if inc_reg >= 0:
                            regs[inc_reg] = inc_val
                        regs[SR] = new_sr
                        if oaddr >= 0:
                            store(mem, wa, res, byte)
                            if hook:
                                hook_addr = oaddr
                                hook_value = res
                                hook_size = 1 if byte else 2
                        elif (word & 0x30) == 0:
                            # register mode (a constant-generator operand is not a register: result discarded)
                            if reg == 0:
                                npc = res & (ADDR_MASK - 1)
                            elif reg != 3:
                                if op == OP_SXT and timing == TIMING_CPUXV2 and res & 0x8000 and not byte:
                                    res |= 0xF0000      # CPUX: SXT Rn extends bit 7 through bit 19
                                regs[reg] = res
                        regs[0] = npc
                    cyc = fmt2cyc[timing, mode, fmt2group[op]]
            else:
                # ---- jumps: PC = PC + 2 + 2 * offset ----
                if jump_taken(op, sr):
                    offset = word & 0x3FF
                    if offset & 0x200:
                        offset -= 0x400
                    npc = (npc + 2 * offset) & ADDR_MASK
                regs[0] = npc
                cyc = jump_cycles
            # ---- instruction completed ----
            fram_reads += fram_r
            fram_writes += fram_w
            cycles += cyc + (fram_r + fram_w) * fram_wait
            insns += 1
            io_pass = 0
            trig_done = 0
            if hook:
                stop = STOP_HOOK_WRITE
                stop_pc = pc
                stop_addr = hook_addr
                stop_value = hook_value
                stop_size = hook_size
                break
        if x_word < 0:
            break
        # ---- one MSP430X instruction (CPUXv2): msp430emu/core_x.py commits it or reports a fault ----
        pc = regs[0]
        st, fa, fsize, cyc, fr, fw, hook, hook_addr, hook_value, hook_size = exec_x(
            mem, attr, regs, x_word, pc, io_pass, decode, cgval)
        if st:
            stop = st
            stop_pc = pc
            stop_addr = fa
            stop_size = fsize
            break
        fram_reads += x_fetch + fr
        fram_writes += fw
        cycles += cyc + (x_fetch + fr + fw) * fram_wait
        insns += 1
        io_pass = 0
        trig_done = 0
        if hook:
            stop = STOP_HOOK_WRITE
            stop_pc = pc
            stop_addr = hook_addr
            stop_value = hook_value
            stop_size = hook_size
            break
    ctl[C_CYCLES] = cycles
    ctl[C_INSNS] = insns
    ctl[C_IRQ_VECTOR] = irq_vector
    ctl[C_IRQ_NMI] = irq_nmi
    ctl[C_IO_PASS] = io_pass
    ctl[C_FRAM_READS] = fram_reads
    ctl[C_FRAM_WRITES] = fram_writes
    ctl[C_LAST_PC] = last_pc
    ctl[C_TRIG_DONE] = trig_done
    ctl[C_STOP] = stop
    ctl[C_STOP_PC] = stop_pc
    ctl[C_STOP_ADDR] = stop_addr
    ctl[C_STOP_VALUE] = stop_value
    ctl[C_STOP_SIZE] = stop_size
    return stop



# numba's on-disk cache checks only the source file of each jitted function: a change in a helper module
# (core_operands.py, core_alu.py, core_access.py) or in a constant (isa.py, state.py) would leave the
# cached machine code of run_core stale. So the kernel fingerprints them all and drops its cache files
# when the fingerprint changes.
_KERNEL_SOURCES = ("loop.py", "operands.py", "access.py", "alu.py", "isa.py",
                   "state.py", "x_exec.py", "x_ext.py", "x_alu.py", "x_mem.py", "isa_x.py", "core_save.py",
                   "fast.py", "ticks.py")
_JITTED_MODULES = ("loop.", "operands.", "access.", "alu.", "x_exec.", "x_ext.", "x_alu.", "x_mem.",
                   "core_save.", "fast.", "ticks.")


def _drop_stale_jit_cache(cache_dir: Path | None = None, source_dir: Path | None = None) -> None:
    """Delete the kernel's cache files in ``cache_dir`` if the sources' fingerprint changed."""
    here = source_dir or Path(__file__).resolve().parent
    try:
        cache_dir = cache_dir or Path(run_core._cache._cache_path)
        digest = hashlib.sha256(b"".join((here / n).read_bytes() for n in _KERNEL_SOURCES)).hexdigest()
        stamp = cache_dir / "msp430emu-cpu-kernel.sha256"
        if stamp.exists() and stamp.read_text() == digest:
            return
        for path in cache_dir.iterdir():
            if path.name.startswith(_JITTED_MODULES) and path.suffix in (".nbi", ".nbc"):
                path.unlink(missing_ok=True)
        cache_dir.mkdir(parents=True, exist_ok=True)
        tmp = cache_dir / f"msp430emu-cpu-kernel.{os.getpid()}.tmp"
        tmp.write_text(digest)
        tmp.replace(stamp)
    except (OSError, AttributeError):
        pass  # no writable cache: numba compiles in memory


_drop_stale_jit_cache()
