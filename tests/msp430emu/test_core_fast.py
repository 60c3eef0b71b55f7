"""The core's fast path (msp430emu/cpu/fast.py) against its general path, on random programs.

The general path alone runs with ``ctl[C_NO_FAST]`` = 1. Each random program (all forms and addressing
modes, MSP430X words, faults, hook reads and writes, breaks, writes into its own code and host writes
between runs) runs on two copies of one state, one with the fast path and one without, with the same host
actions at every stop; every stop, every register, every byte and every counter must agree. The same with
trigger points at random addresses, random check costs and arming cycles: the fast path charges the checks
that cannot save and hands the others over.
"""

from __future__ import annotations

import numpy as np
import pytest

from msp430emu.cpu.core import Cpu
from msp430emu.cpu.state import (
    A_BREAK,
    A_HOOK_R,
    A_HOOK_W,
    A_NVM,
    A_R,
    A_TRIGGER,
    A_W,
    C_CYCLES,
    C_FRAM_WAIT,
    C_INSNS,
    C_IO_PASS,
    C_NO_FAST,
    C_TRIG_ARM,
    C_TRIG_COST,
    C_TRIG_COUNT,
    C_TRIG_DONE,
    NEVER,
    SR_CPUOFF,
    STOP_BREAK,
    STOP_HOOK_READ,
    STOP_HOOK_WRITE,
    STOP_IRQ,
    STOP_LIMIT,
    STOP_TRIGGER,
    TIMING_CLASSIC,
    TIMING_CPUXV2,
    MachineState,
)

CODE = 0x4400        # program start (FRAM, writable: the program may rewrite itself)
CODE_END = 0x4C00


def _random_word(rng: np.random.Generator) -> list[int]:
    """One random instruction (with its extension words), biased towards the base-ISA forms."""
    kind = rng.random()
    ext = [int(rng.integers(0, 0x10000)) for _ in range(2)]
    ext = [e if rng.random() < 0.3 else (0x1C00 + 2 * int(rng.integers(0, 0x100)) + int(rng.integers(0, 2)))
           for e in ext]
    if kind < 0.6:                                   # format I, any modes
        opc = int(rng.integers(4, 16))
        rs, rd = int(rng.integers(0, 16)), int(rng.integers(0, 16))
        if rd in (0, 1) and rng.random() < 0.8:       # keep most of them off PC and SP
            rd = int(rng.integers(4, 16))
        if rs == 1 and rng.random() < 0.8:
            rs = int(rng.integers(4, 16))
        ad = int(rng.random() < 0.3)
        as_ = int(rng.integers(0, 4)) if rng.random() < 0.6 else 0
        bw = int(rng.random() < 0.3)
        word = (opc << 12) | (rs << 8) | (ad << 7) | (bw << 6) | (as_ << 4) | rd
        n_ext = (as_ == 1 and rs != 3) + (as_ == 3 and rs == 0) + ad
        return [word] + ext[:n_ext]
    if kind < 0.85:                                  # jumps, mostly short
        return [0x2000 | (int(rng.integers(0, 8)) << 10) | (int(rng.integers(-12, 12)) & 0x3FF)]
    if kind < 0.98:                                  # format II
        code = int(rng.integers(0, 6))
        reg = int(rng.integers(4, 16))
        as_ = int(rng.integers(0, 4)) if rng.random() < 0.5 else 0
        word = 0x1000 | (code << 7) | (int(rng.random() < 0.2) << 6) | (as_ << 4) | reg
        return [word] + ext[:int(as_ == 1)]
    return [int(rng.integers(0, 0x10000))]           # anything (MSP430X, illegal, ...)


def _state(seed: int) -> MachineState:
    rng = np.random.default_rng(seed)
    st = MachineState()
    st.set_attr(0x0000, 0x0100, A_R | A_W)
    st.set_attr(0x0100, 0x0200, A_R | A_W | A_HOOK_R | A_HOOK_W)   # a peripheral page
    st.set_attr(0x0200, 0x0300, A_R | A_W | A_HOOK_W)             # writes reported to the host
    st.set_attr(0x0300, 0x1C00, A_R | A_W)
    st.set_attr(0x1C00, 0x2400, A_R | A_W)                        # SRAM
    st.set_attr(0x2400, 0x2500, A_R)                              # read-only
    st.set_attr(0x2600, 0x10000, A_R | A_W | A_NVM)               # FRAM (code, data, vectors)
    st.mem[0x0000:0x4400] = rng.integers(0, 256, 0x4400, dtype=np.uint8)   # (0x2500-0x2600 unmapped)
    st.mem[0x1C00:0x2400] = rng.integers(0, 256, 0x800, dtype=np.uint8)
    words: list[int] = []
    while len(words) < (CODE_END - CODE) // 2 - 3:
        words += _random_word(rng)
    code = b"".join((w & 0xFFFF).to_bytes(2, "little") for w in words)[:CODE_END - CODE]
    st.write_bytes(CODE, code)
    for a in rng.integers(CODE, CODE_END, 6):                     # a few breakpoints
        st.attr[int(a) & ~1] |= A_BREAK
    st.regs[0] = CODE
    st.regs[1] = 0x2400
    for r in range(4, 16):
        near = rng.random() < 0.8
        st.regs[r] = 0x1C00 + int(rng.integers(0, 0x800)) if near else int(rng.integers(0, 0x10000))
    st.regs[2] = int(rng.integers(0, 0x200)) & ~0x18               # flags, CPU on, GIE clear
    st.ctl[C_FRAM_WAIT] = int(rng.integers(0, 2))
    return st


def _drive(st: MachineState, timing: int, seed: int, max_insns: int) -> list[tuple]:
    """Run with a host that answers every stop the same way; the record of every stop."""
    rng = np.random.default_rng(seed + 1)
    cpu = Cpu(st, timing)
    record = []
    for _ in range(300):
        stop = cpu.run(int(st.ctl[C_CYCLES]) + int(rng.integers(1, 3000)))
        ctl = st.ctl.copy()
        ctl[C_NO_FAST] = 0
        record.append((stop, tuple(int(r) for r in st.regs), tuple(int(c) for c in ctl)))
        if rng.random() < 0.3:                         # the host re-arms (or disarms) the trigger points
            st.ctl[C_TRIG_ARM] = NEVER if rng.random() < 0.3 else int(st.ctl[C_CYCLES]) + int(
                rng.integers(-50, 2000))
        if stop == STOP_TRIGGER:                       # the host's check: resume after it (no save)
            if rng.random() < 0.5:
                st.ctl[C_TRIG_ARM] = NEVER
        elif stop in (STOP_HOOK_READ, STOP_BREAK):
            st.ctl[C_IO_PASS] = 1
        elif stop == STOP_LIMIT:                       # the host writes into the code, as a debugger would
            a = int(rng.integers(CODE, CODE_END)) & ~1
            st.write_bytes(a, b"".join((w & 0xFFFF).to_bytes(2, "little") for w in _random_word(rng)))
        elif stop not in (STOP_HOOK_WRITE, STOP_IRQ):  # a fault or the CPU off: restart somewhere
            st.regs[0] = int(rng.integers(CODE, CODE_END)) & ~1
            st.regs[2] &= ~SR_CPUOFF
            st.ctl[C_TRIG_DONE] = 0
        if st.ctl[C_INSNS] >= max_insns:
            break
    return record


@pytest.mark.parametrize("timing", [TIMING_CPUXV2, TIMING_CLASSIC])
@pytest.mark.parametrize("seed", range(40))
def test_fast_path_matches_general_path(seed: int, timing: int) -> None:
    fast = _state(seed)
    fast.ctl[C_TRIG_ARM] = NEVER
    general = fast.copy()
    general.ctl[C_NO_FAST] = 1                       # the general path only
    rec_fast = _drive(fast, timing, seed, 20_000)
    rec_general = _drive(general, timing, seed, 20_000)
    assert rec_fast == rec_general
    assert np.array_equal(fast.mem, general.mem)
    assert np.array_equal(fast.regs, general.regs)


def _with_triggers(seed: int) -> MachineState:
    """A random program with trigger points on random words (some on odd bytes, some on every word of a
    stretch of code), a random check cost and arming cycle."""
    rng = np.random.default_rng(seed + 7)
    st = _state(seed)
    density = rng.choice([0.02, 0.2, 0.6])
    for a in range(CODE, CODE_END, 2):
        if rng.random() < density:
            st.attr[a + int(rng.random() < 0.05)] |= A_TRIGGER
    st.ctl[C_TRIG_COST] = int(rng.choice([0, 1, int(rng.integers(2, 200))]))
    st.ctl[C_TRIG_ARM] = NEVER if rng.random() < 0.4 else int(rng.integers(0, 30_000))
    return st


@pytest.mark.parametrize("timing", [TIMING_CPUXV2, TIMING_CLASSIC])
@pytest.mark.parametrize("seed", range(40))
def test_fast_path_charges_trigger_checks_as_the_general_path(seed: int, timing: int) -> None:
    """Trigger points at random addresses with random costs and arming: the same stops (STOP_TRIGGER at
    the same checks), registers, memory, cycles, trigger counts and ``C_TRIG_DONE`` at every stop."""
    fast = _with_triggers(seed)
    general = fast.copy()
    general.ctl[C_NO_FAST] = 1
    rec_fast = _drive(fast, timing, seed, 20_000)
    rec_general = _drive(general, timing, seed, 20_000)
    assert rec_fast == rec_general
    assert np.array_equal(fast.mem, general.mem)
    assert np.array_equal(fast.regs, general.regs)


def test_trigger_programs_charge_checks_in_the_fast_path_and_stop_at_armed_ones() -> None:
    """The random trigger programs meet unarmed checks (charged, no stop) and armed ones (STOP_TRIGGER)."""
    stops: set[int] = set()
    checks = 0
    for seed in range(40):
        st = _with_triggers(seed)
        rec = _drive(st, TIMING_CPUXV2, seed, 20_000)
        stops |= {r[0] for r in rec}
        checks += int(st.ctl[C_TRIG_COUNT])
    assert STOP_TRIGGER in stops and checks > 1000


def test_random_programs_reach_the_fast_path_and_its_hand_overs() -> None:
    """The random programs run long enough and meet every stop the fast path hands over to the host."""
    stops: set[int] = set()
    insns = 0
    for seed in range(40):
        st = _state(seed)
        rec = _drive(st, TIMING_CPUXV2, seed, 20_000)
        stops |= {r[0] for r in rec}
        insns += int(st.ctl[C_INSNS])
    assert {STOP_LIMIT, STOP_BREAK, STOP_HOOK_READ, STOP_HOOK_WRITE} <= stops
    assert insns > 40 * 1000


def test_self_modifying_code_runs_what_was_written() -> None:
    """A loop that rewrites the immediate of an instruction it runs next: every run sees the new word."""
    st = MachineState()
    st.set_attr(0x1C00, 0x2400, A_R | A_W)
    st.set_attr(0x4400, 0x10000, A_R | A_W | A_NVM)
    # 4400: mov #0, r5      (its immediate at 4402 rewritten below)
    # 4404: add r5, r6
    # 4406: inc &0x4402     (self-modification: the immediate of 4400)
    # 440a: dec r7
    # 440c: jnz 4400
    # 440e: jmp 440e
    words = [0x4035, 0x0000, 0x5506, 0x5392, 0x4402, 0x8317, 0x23F9, 0x3FFF]
    st.write_bytes(0x4400, b"".join(w.to_bytes(2, "little") for w in words))
    st.regs[0], st.regs[6], st.regs[7] = 0x4400, 0, 10
    st.attr[0x440E] |= A_BREAK
    assert Cpu(st).run(10**9) == STOP_BREAK
    assert int(st.regs[6]) == sum(range(10))       # 0 + 1 + ... + 9
    assert st.read_word(0x4402) == 10
