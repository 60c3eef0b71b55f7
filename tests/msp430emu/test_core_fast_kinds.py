"""The fast path's specialised forms (cpu/fast.py ``KIND_INFO``) against the general path, word by word.

Every instruction word the per-word table marks as a specialised form (format I with a register
destination R4-R15 and a register, constant or immediate source; BIC/BIS #constant, SR; RRC, SWPB, RRA and SXT
on R4-R15; the eight jumps) runs once on random
registers and flags, with the fast path and with the general path only (every mapped byte also carrying
``A_TRIGGER`` at cost 0, disarmed, as in test_core_fast.py). The stop, registers, SR and counters must agree.
Immediates and indices are also placed on a hook-read and on an unmapped word, where the fast path must
hand over; most pointers point into RAM, FRAM, the hook-read word and the edge of the unmapped hole.
"""

from __future__ import annotations

import numpy as np

from msp430emu.cpu.core import Cpu
from msp430emu.cpu.fast import (
    K_ARITH,
    K_JUMP,
    K_SHIFT,
    K_SR_BIC,
    K_SR_BIS,
    KI_IMM,
    KI_KIND,
    KI_MEM,
    KIND_INFO,
)
from msp430emu.cpu.state import (
    A_HOOK_R,
    A_NVM,
    A_R,
    A_TRIGGER,
    A_W,
    C_CYCLES,
    C_FRAM_READS,
    C_FRAM_WAIT,
    C_INSN_LIMIT,
    C_INSNS,
    C_LAST_PC,
    C_STOP_ADDR,
    C_STOP_PC,
    C_TRIG_ARM,
    C_TRIG_COST,
    NEVER,
    TIMING_CLASSIC,
    TIMING_CPUXV2,
    MachineState,
)

CODE = 0x4400
HOOKED_EXT = 0x43FC      # an instruction here has its extension word at 0x43FE, a hook-read word
UNMAPPED_EXT = 0x25FC    # ... here at 0x25FE, unmapped


def _machine(general: bool) -> MachineState:
    st = MachineState()
    st.set_attr(0x1C00, 0x25FE, A_R | A_W)
    st.set_attr(0x43FE, 0x4400, A_R | A_W | A_HOOK_R)
    st.set_attr(0x4400, 0x10000, A_R | A_W | A_NVM)
    st.set_attr(0x25F0, 0x25FE, A_R | A_W | A_NVM)
    st.set_attr(0x43F0, 0x43FE, A_R | A_W | A_NVM)
    if general:
        st.attr[st.attr != 0] |= A_TRIGGER
        st.ctl[C_TRIG_COST] = 0
        st.ctl[C_TRIG_ARM] = NEVER
    return st


def _one(st: MachineState, cpu: Cpu, at: int, words: list[int], regs: np.ndarray, wait: int) -> tuple:
    """Run the one instruction ``words`` at ``at``: (stop, registers, counters)."""
    st.write_bytes(at, b"".join(w.to_bytes(2, "little") for w in words))
    st.regs[:] = regs
    st.regs[0] = at
    st.ctl[:] = 0
    st.ctl[C_FRAM_WAIT] = wait
    st.ctl[C_TRIG_ARM] = NEVER
    st.ctl[C_INSN_LIMIT] = 1
    stop = cpu.run(NEVER)
    ctl = (C_CYCLES, C_INSNS, C_FRAM_READS, C_LAST_PC, C_STOP_PC, C_STOP_ADDR)
    return stop, tuple(int(r) for r in st.regs), tuple(int(st.ctl[c]) for c in ctl)


def _compare(timing: int, words_to_run: np.ndarray, seed: int) -> int:
    rng = np.random.default_rng(seed)
    fast, general = _machine(False), _machine(True)
    cpu_fast, cpu_general = Cpu(fast, timing), Cpu(general, timing)
    checked = 0
    for word in words_to_run:
        word = int(word)
        info = int(KIND_INFO[word])
        regs = rng.integers(0, 0x10000, 16).astype(np.int64)
        for r in range(4, 16):                                  # most pointers into mapped memory
            if rng.random() < 0.7:
                regs[r] = int(rng.choice([0x1C00, 0x25F0, 0x43F8, 0x4500])) + int(rng.integers(0, 16))
        regs[4 + int(rng.integers(0, 12))] |= 0x30000        # a 20-bit register value now and then
        regs[1] = 0x2400
        regs[2] = int(rng.integers(0, 0x200)) & ~0x18         # random flags; CPU on, GIE clear
        wait = int(rng.integers(0, 2))
        places = [CODE]
        if info & (KI_IMM | KI_MEM):
            places += [HOOKED_EXT, UNMAPPED_EXT]
        for at in places:
            words = [word, int(rng.integers(0, 0x10000)) if rng.random() < 0.5 else int(rng.integers(0, 8))]
            a = _one(fast, cpu_fast, at, words, regs, wait)
            b = _one(general, cpu_general, at, words, regs, wait)
            assert a == b, (hex(word), hex(at), a, b)
            checked += 1
    return checked


def test_table_marks_the_expected_forms() -> None:
    kinds = KIND_INFO & KI_KIND
    assert (kinds[0x2000:0x4000] == K_JUMP + ((np.arange(0x2000, 0x4000) >> 10) & 7)).all()
    fmt2 = np.flatnonzero(kinds[:0x2000])
    assert (kinds[fmt2] == K_SHIFT).all()
    assert ((fmt2 >= 0x1000) & (fmt2 < 0x1200) & ((fmt2 & 0x30) == 0) & ((fmt2 & 0xF) >= 4)).all()
    assert len(fmt2) == 12 * 6                          # RRC(.B), SWPB, RRA(.B), SXT on R4-R15
    assert kinds[0x1004] == K_SHIFT and kinds[0x1084] == K_SHIFT and kinds[0x1184] == K_SHIFT
    assert kinds[0x10C4] == 0 and kinds[0x1014] == 0 and kinds[0x1003] == 0   # SWPB.B; RRC @R4; RRC R3
    fmt1 = np.arange(0x4000, 0x10000)
    marked = fmt1[(kinds[0x4000:] != 0) & (kinds[0x4000:] < K_SHIFT)]
    assert ((marked & 0x80) == 0).all() and ((marked & 0xF) >= 4).all()   # register destinations R4-R15
    to_sr = fmt1[kinds[0x4000:] >= K_SHIFT]
    assert ((to_sr & 0x80) == 0).all() and ((to_sr & 0xF) == 2).all()
    assert kinds[0xC312] == K_SR_BIC and kinds[0xD312] == K_SR_BIS        # CLRC, SETC
    assert kinds[0xC232] == K_SR_BIC and kinds[0xD232] == K_SR_BIS        # DINT, EINT
    assert kinds[0xC352] == K_SR_BIC                                      # BIC.B #1, SR
    assert kinds[0xD032] == 0 and kinds[0x4302] == 0                      # BIS #imm, SR; MOV #0, SR
    assert not ((marked >> 12) == 0xA).any()                              # DADD: the general forms
    assert kinds[0x5E0E] == K_ARITH                                         # ADD R14, R14
    assert kinds[0x5E1E] == K_ARITH and KIND_INFO[0x5E1E] & KI_MEM          # ADD 0(R14), R14
    assert kinds[0x501E] == 0                                               # ADD ADDR, R14 (symbolic)
    assert kinds[0x521E] == 0                                               # ADD &ADDR, R14


def test_every_specialised_word_matches_the_general_path() -> None:
    words = np.flatnonzero(KIND_INFO[0x4000:] & KI_KIND) + 0x4000
    checked = _compare(TIMING_CPUXV2, words, 1)
    assert checked > len(words)
    words = np.flatnonzero(KIND_INFO[:0x2000] & KI_KIND)       # format II on registers, every one 8 times
    checked = _compare(TIMING_CPUXV2, np.repeat(words, 8), 5)
    assert checked > len(words)
    jumps = np.arange(0x2000, 0x4000, 7)          # every condition, offsets both ways
    _compare(TIMING_CPUXV2, jumps, 2)


def test_specialised_words_on_the_classic_timing() -> None:
    rng = np.random.default_rng(3)
    words = np.flatnonzero(KIND_INFO & KI_KIND)
    _compare(TIMING_CLASSIC, rng.choice(words, 3000, replace=False), 4)


def _program_run(general: bool, timing: int, words: list[int], insn_limit: int) -> tuple:
    st = _machine(general)
    st.write_bytes(CODE, b"".join(w.to_bytes(2, "little") for w in words))
    st.regs[:] = [CODE, 0x2400, 0, 0, 0, 0x1234, 0x8765, 0xA5F0, 0x0080, 0x00F1, 0, 0, 0, 0, 0, 0]
    st.ctl[C_TRIG_ARM] = NEVER
    st.ctl[C_INSN_LIMIT] = insn_limit
    stop = Cpu(st, timing).run(NEVER)
    ctl = (C_CYCLES, C_INSNS, C_FRAM_READS, C_LAST_PC, C_STOP_PC)
    return stop, tuple(int(r) for r in st.regs), tuple(int(st.ctl[c]) for c in ctl)


def test_shift_and_sr_forms_in_a_loop_end_in_lpm_at_the_same_instruction() -> None:
    """A loop of the table's format II and SR-constant forms, then ``BIS #-1, SR`` (the CPU off, as a
    constant: the fast path's K_SR_BIS must stop there) and ``BIS #0x18, SR`` in another run (LPM0 + GIE, an
    immediate: the general format I forms' CPU-off test); every instruction limit up to the end agrees."""
    from msp430emu.cpu.isa import encode_fmt1, encode_fmt2, encode_jump
    from msp430emu.cpu.state import STOP_LPM

    body = [encode_fmt1("BIC", False, 3, 1, 2, 0),            # CLRC
            encode_fmt2("RRC", False, 5, 0), encode_fmt2("RRA", False, 6, 0),
            encode_fmt2("SWPB", False, 7, 0), encode_fmt2("SXT", False, 8, 0),
            encode_fmt1("BIS", False, 3, 1, 2, 0),            # SETC
            encode_fmt2("RRC", True, 9, 0), encode_fmt2("RRA", True, 5, 0),
            encode_fmt1("BIS", True, 2, 3, 2, 0),             # BIS.B #8, SR (EINT, byte form)
            encode_fmt1("BIC", False, 2, 3, 2, 0),            # DINT
            encode_fmt1("SUB", False, 3, 1, 4, 0)]            # DEC R4
    loop = [0x4034, 5] + body + [encode_jump("JNE", -(len(body) + 1))]   # MOV #5, R4
    for tail in ([encode_fmt1("BIS", False, 3, 3, 2, 0)],                # BIS #-1, SR
                 [encode_fmt1("BIS", False, 0, 3, 2, 0), 0x0018]):       # BIS #0x18, SR
        words = loop + tail + [0x431A, 0x431A]                           # then MOV #1, R10 (never runs)
        for timing in (TIMING_CPUXV2, TIMING_CLASSIC):
            end = _program_run(False, timing, words, 10_000)
            assert end[0] == STOP_LPM and end[1][10] == 0 and end[2][1] == 1 + 5 * (len(body) + 1) + 1
            assert end == _program_run(True, timing, words, 10_000)
            for limit in range(1, end[2][1] + 1, 7):
                assert _program_run(False, timing, words, limit) == _program_run(True, timing, words, limit)
