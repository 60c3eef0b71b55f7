"""The core/host contract of msp430emu/state.py: attributes, hooks, faults, triggers, IRQs, LPM, limits."""

from __future__ import annotations

import pytest
from cpu_helpers import ORG, STACK_TOP, flat_state
from hypothesis import given, settings
from hypothesis import strategies as st

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
    C_STOP,
    C_STOP_ADDR,
    C_STOP_PC,
    C_STOP_SIZE,
    C_STOP_VALUE,
    C_TRIG_ARM,
    C_TRIG_COST,
    C_TRIG_COUNT,
    NEVER,
    SR_CPUOFF,
    SR_GIE,
    SR_SCG0,
    SR_SCG1,
    STOP_BREAK,
    STOP_FAULT_ILLEGAL,
    STOP_FAULT_READONLY,
    STOP_FAULT_UNMAPPED,
    STOP_HOOK_READ,
    STOP_HOOK_WRITE,
    STOP_IRQ,
    STOP_LIMIT,
    STOP_LPM,
    STOP_TRIGGER,
    MachineState,
)
from msp430emu.errors import ConfigError


def _snapshot(state):
    return state.regs.copy(), state.mem[:0x10000].copy(), state.ctl[[C_CYCLES, C_INSNS]].copy()


def _assert_nothing_committed(state, snap):
    regs, mem, counters = snap
    assert (state.regs == regs).all()
    assert (state.mem[:0x10000] == mem).all()
    assert (state.ctl[[C_CYCLES, C_INSNS]] == counters).all()


def test_unmapped_source_read_faults_with_nothing_committed():
    # add @r5+, r6 with r5 -> unmapped
    state = flat_state([0x5536])
    state.regs[5] = 0x3000
    state.set_attr(0x3000, 0x3002, 0)
    snap = _snapshot(state)
    stop = Cpu(state).step()
    assert stop == STOP_FAULT_UNMAPPED
    assert state.ctl[C_STOP] == STOP_FAULT_UNMAPPED
    assert state.ctl[C_STOP_ADDR] == 0x3000
    assert state.ctl[C_STOP_PC] == ORG
    assert state.ctl[C_LAST_PC] == ORG
    _assert_nothing_committed(state, snap)


def test_unmapped_fetch_faults():
    state = flat_state([])
    state.regs[0] = 0x3000
    state.set_attr(0x3000, 0x3002, 0)
    assert Cpu(state).step() == STOP_FAULT_UNMAPPED
    assert state.ctl[C_STOP_ADDR] == 0x3000


def test_write_to_read_only_faults_before_any_commit():
    # mov @r5+, &0x3000 where 0x3000 is ROM: r5 must not be incremented
    state = flat_state([0x45B2, 0x3000])
    state.regs[5] = 0x2000
    state.set_attr(0x3000, 0x3002, A_R)
    snap = _snapshot(state)
    assert Cpu(state).step() == STOP_FAULT_READONLY
    assert state.ctl[C_STOP_ADDR] == 0x3000
    _assert_nothing_committed(state, snap)


def test_push_to_unmapped_stack_faults():
    # push r5 with SP pointing below mapped memory
    state = flat_state([0x1205])
    state.set_attr(STACK_TOP - 2, STACK_TOP, 0)
    snap = _snapshot(state)
    assert Cpu(state).step() == STOP_FAULT_UNMAPPED
    assert state.ctl[C_STOP_ADDR] == STACK_TOP - 2
    _assert_nothing_committed(state, snap)


def test_hook_read_abandons_then_completes_with_io_pass():
    # add @r5+, r6 where 0x0350 is a timer register the host must refresh first
    state = flat_state([0x5536])
    state.regs[5] = 0x0350
    state.regs[6] = 1
    state.add_attr(0x0350, 0x0352, A_HOOK_R)
    snap = _snapshot(state)
    cpu = Cpu(state)
    assert cpu.run(100) == STOP_HOOK_READ
    assert state.ctl[C_STOP_ADDR] == 0x0350
    assert state.ctl[C_STOP_PC] == ORG
    _assert_nothing_committed(state, snap)
    state.write_word(0x0350, 0x1234)          # the host synchronises the value
    state.ctl[C_IO_PASS] = 1
    assert cpu.step() == STOP_LIMIT
    assert state.regs[6] == 0x1235
    assert state.regs[5] == 0x0352
    assert state.ctl[C_IO_PASS] == 0


def test_hook_write_stops_after_the_instruction():
    # mov.b #0x41, &0x05CE (a UART TX buffer) ; nop
    state = flat_state([0x40F2, 0x0041, 0x05CE, 0x4303])
    state.add_attr(0x05CE, 0x05CF, A_HOOK_W)
    cpu = Cpu(state)
    assert cpu.run(100) == STOP_HOOK_WRITE
    assert state.ctl[C_STOP_ADDR] == 0x05CE
    assert state.ctl[C_STOP_VALUE] == 0x41
    assert state.ctl[C_STOP_SIZE] == 1
    assert state.ctl[C_STOP_PC] == ORG
    assert state.read_byte(0x05CE) == 0x41
    assert state.regs[0] == ORG + 6
    assert state.ctl[C_INSNS] == 1


def test_fram_accesses_are_counted_and_cost_wait_states():
    # add &0x4500, &0x4502 in FRAM: 3 fetches + 2 reads + 1 write
    state = flat_state([0x5292, 0x4500, 0x4502])
    state.add_attr(0x4400, 0x4600, A_NVM)
    state.ctl[C_FRAM_WAIT] = 1
    Cpu(state).step()
    assert state.ctl[C_FRAM_READS] == 5
    assert state.ctl[C_FRAM_WRITES] == 1
    assert state.ctl[C_CYCLES] == 6 + 6


def test_break_stops_before_and_io_pass_steps_over_once():
    # nop ; nop
    state = flat_state([0x4303, 0x4303])
    state.add_attr(ORG, ORG + 1, A_BREAK)
    cpu = Cpu(state)
    assert cpu.run(100) == STOP_BREAK
    assert state.regs[0] == ORG and state.ctl[C_INSNS] == 0
    assert cpu.run(100) == STOP_BREAK
    state.ctl[C_IO_PASS] = 1
    assert cpu.step() == STOP_LIMIT
    assert state.regs[0] == ORG + 2


def test_trigger_charges_inline_and_stops_only_when_armed():
    # a loop "nop ; jmp $-2" with a trigger point on the nop
    state = flat_state([0x4303, 0x3FFE])
    state.add_attr(ORG, ORG + 1, A_TRIGGER)
    state.ctl[C_TRIG_COST] = 10
    cpu = Cpu(state)
    assert cpu.run(60) == STOP_LIMIT
    # each iteration: 10 (check) + 1 (nop) + 2 (jmp) = 13 cycles
    assert state.ctl[C_TRIG_COUNT] == 5
    state.ctl[C_TRIG_ARM] = 70
    assert cpu.run(1000) == STOP_TRIGGER
    assert state.regs[0] == ORG
    assert state.ctl[C_STOP_PC] == ORG
    count, cycles = int(state.ctl[C_TRIG_COUNT]), int(state.ctl[C_CYCLES])
    assert cycles >= 70
    state.ctl[C_TRIG_ARM] = NEVER
    assert cpu.step() == STOP_LIMIT           # resuming does not charge the same check twice
    assert state.ctl[C_TRIG_COUNT] == count
    assert state.ctl[C_CYCLES] == cycles + 1


def _irq_state(sr: int) -> MachineState:
    state = flat_state([0x4303, 0x4303])      # nop ; nop
    state.write_word(0xFFF2, 0x4600)          # vector -> ISR at 0x4600: reti
    state.write_word(0x4600, 0x1300)
    state.regs[2] = sr
    return state


def test_interrupt_entry_pushes_pc_and_sr_and_clears_sr_except_scg0():
    sr = SR_GIE | SR_SCG0 | SR_SCG1 | 0x0105
    state = _irq_state(sr)
    state.ctl[C_IRQ_VECTOR] = 0xFFF2
    cpu = Cpu(state)
    assert cpu.run(100) == STOP_IRQ
    assert state.ctl[C_STOP_ADDR] == 0xFFF2
    assert state.regs[0] == 0x4600
    assert state.regs[2] == SR_SCG0
    assert state.regs[1] == STACK_TOP - 4
    assert state.read_word(STACK_TOP - 2) == ORG
    assert state.read_word(STACK_TOP - 4) == sr
    assert state.ctl[C_CYCLES] == state.ctl[C_IRQ_CYCLES] == 6
    assert state.ctl[C_IRQ_VECTOR] == 0
    assert cpu.step() == STOP_LIMIT           # reti
    assert state.regs[0] == ORG and state.regs[2] == sr and state.regs[1] == STACK_TOP


def test_maskable_interrupt_waits_for_gie_but_nmi_does_not():
    state = _irq_state(0)
    state.ctl[C_IRQ_VECTOR] = 0xFFF2
    cpu = Cpu(state)
    assert cpu.step() == STOP_LIMIT
    assert state.regs[0] == ORG + 2
    state.ctl[C_IRQ_NMI] = 1
    assert cpu.step() == STOP_IRQ
    assert state.regs[0] == 0x4600


def test_cpuoff_stops_with_lpm_and_an_interrupt_wakes_the_cpu():
    # bis #0x18, sr (LPM0 with GIE) ; nop
    state = _irq_state(0)
    state.write_bytes(ORG, bytes([0x32, 0xD0, 0x18, 0x00]))
    cpu = Cpu(state)
    assert cpu.run(1000) == STOP_LPM
    assert state.regs[0] == ORG + 4
    assert state.ctl[C_INSNS] == 1
    assert cpu.run(1000) == STOP_LPM          # nothing pending: stays asleep
    state.ctl[C_IRQ_VECTOR] = 0xFFF2
    assert cpu.run(1000) == STOP_IRQ
    assert state.read_word(STACK_TOP - 4) & SR_CPUOFF
    assert cpu.run(1000) == STOP_LPM          # reti restores CPUOFF


def test_insn_limit_and_cycle_limit():
    state = flat_state([0x3FFF])              # jmp $
    cpu = Cpu(state)
    assert cpu.run(11) == STOP_LIMIT
    assert state.ctl[C_CYCLES] == 12          # stops at the first instruction boundary >= the limit
    state.ctl[C_INSN_LIMIT] = 10
    assert cpu.run(NEVER) == STOP_LIMIT
    assert state.ctl[C_INSNS] == 10
    assert cpu.step() == STOP_LIMIT
    assert state.ctl[C_INSNS] == 11
    assert state.ctl[C_INSN_LIMIT] == 10      # step restores the limit


def test_writes_need_both_bytes_writable():
    # mov r5, &0x3000 where only 0x3001 is read-only
    state = flat_state([0x4582, 0x3000])
    state.set_attr(0x3001, 0x3002, A_R)
    assert Cpu(state).step() == STOP_FAULT_READONLY
    state = flat_state([0x4582, 0x3000])
    state.set_attr(0x3001, 0x3002, A_R | A_W)
    assert Cpu(state).step() == STOP_LIMIT


def test_bad_timing_or_arrays_are_config_errors():
    with pytest.raises(ConfigError, match=r"^unknown timing model 7"):
        Cpu(MachineState(), timing=7)
    state = MachineState()
    state.regs = state.regs.astype("int32")
    with pytest.raises(ConfigError, match=r"^MachineState.regs must be a contiguous int64\[16\] array$"):
        Cpu(state)


@settings(max_examples=400, deadline=None)
@given(insn=st.integers(0x1000, 0xFFFF),
       exts=st.lists(st.one_of(st.integers(0, 0x40), st.integers(0, 0xFFFF)), min_size=2, max_size=2),
       regs=st.lists(st.integers(0x0100, 0xFF00), min_size=12, max_size=12),
       which=st.sampled_from(["dst", "src", "any"]), any_reg=st.integers(4, 15),
       offset=st.integers(-0x10, 0x40), size=st.integers(1, 0x80),
       bits=st.sampled_from([0, A_R, A_R, A_R | A_HOOK_R, A_R | A_W | A_HOOK_R]))
def test_an_abandoned_instruction_commits_nothing(insn, exts, regs, which, any_reg, offset, size, bits):
    # any instruction word, any registers, a window of unmapped / read-only / hook-read memory near what
    # one register points at: if the core stops with a fault or a hook read, registers, memory and
    # counters are exactly as before
    state = flat_state([insn, *exts])
    state.regs[4:16] = regs
    state.regs[2] = 0
    # put the window where the instruction's destination or source register points (indexed/indirect)
    near = {"dst": insn & 0xF, "src": (insn >> 8) & 0xF}.get(which, any_reg)
    hole = regs[(near if near >= 4 else any_reg) - 4] + offset
    state.set_attr(hole, hole + size, bits)
    state.set_attr(ORG, ORG + 6, A_R | A_W)       # the instruction itself stays fetchable
    snap = _snapshot(state)
    stop = Cpu(state).step()
    if stop in (STOP_FAULT_UNMAPPED, STOP_FAULT_READONLY, STOP_HOOK_READ, STOP_FAULT_ILLEGAL):
        _assert_nothing_committed(state, snap)
        assert state.ctl[C_STOP_PC] == ORG
