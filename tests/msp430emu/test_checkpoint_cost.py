"""The checkpoint cost model (msp430emu/checkpoint/cost.py): the routines it prices are assembled from text
by llvm-mc-14 (their instruction words must equal the model's) and run on the machine, whose cycle count per
copied word must equal the model's figure."""

from __future__ import annotations

from pathlib import Path

import pytest
from machine_programs import EXIT, HAVE_TOOLS, build_program

from msp430emu.checkpoint import cost
from msp430emu.checkpoint.bundle import apply_writes, find_latest_valid, plan_save, save
from msp430emu.checkpoint.layout import BundleLayout
from msp430emu.cpu import isa
from msp430emu.cpu.state import SP, MachineState
from msp430emu.machine.machine import Machine

pytestmark = pytest.mark.skipif(not HAVE_TOOLS, reason="needs llvm-mc-14 and ld.lld-14")

SRAM, FRAM = 0x1C00, 0x6000
# name: (modelled steps, the same loop as assembly text, source address, destination address) - the save
# copies SRAM into FRAM, the restore FRAM into SRAM, the validation reads FRAM
LOOPS = {
    "save": (cost.SAVE_LOOP, "mov @r12+, r15\n mov r15, 0(r13)\n mov r15, &0x0150\n incd r13\n"
                             " cmp r14, r12\n jlo loop\n", SRAM, FRAM),
    "restore": (cost.RESTORE_LOOP, "mov @r12+, r15\n mov r15, 0(r13)\n incd r13\n cmp r14, r12\n jlo loop\n",
                FRAM, SRAM),
    "crc": (cost.CRC_LOOP, "mov @r12+, r15\n mov r15, &0x0150\n cmp r14, r12\n jlo loop\n", FRAM, SRAM),
}


def run_loop(tmp_path: Path, name: str, words: int, nwaits: int = 0) -> tuple[int, list[int]]:
    """Cycles of copying ``words`` words with ``body``, and the opcode words of the assembled loop; with
    ``nwaits`` the program sets FRCTL0.NWAITS and MCLK is 16 MHz (FRAM wait states on)."""
    _, body, src_addr, dst_addr = LOOPS[name]
    frctl = f" mov #{0xA500 | (nwaits << 4)}, &0x0140\n" if nwaits else ""
    src = (f"start:\n mov #0x5A80, &0x015C\n{frctl} mov #{src_addr}, r12\n mov #{src_addr + 2 * words}, r14\n"
           f" mov #{dst_addr}, r13\nloop:\n {body}done:\n br #exit\n")
    build = tmp_path / f"w{words}"
    build.mkdir()
    program = build_program(src + EXIT, build)
    machine = Machine("fr5969", program, mclk=16e6 if nwaits else None)
    result = machine.run(max_cycles=100_000)
    assert result.exit == "halt"
    st = machine.state
    opcodes, addr = [], program.symbols["loop"]
    while addr < program.symbols["done"]:
        opcodes.append(st.read_word(addr))
        addr += isa.length_of(st.read_word(addr))
    return int(result.cycles), opcodes


@pytest.mark.parametrize("name", sorted(LOOPS))
def test_modelled_loops_are_the_assembled_ones_and_cost_what_the_core_charges(tmp_path: Path,
                                                                             name: str) -> None:
    words = LOOPS[name][0]
    c8, opcodes = run_loop(tmp_path, name, 8)
    c24, _ = run_loop(tmp_path, name, 24)
    assert opcodes == [step.word for step in words]
    per_word = (c24 - c8) // 16
    assert (c24 - c8) % 16 == 0
    model = cost.CostModel()
    assert per_word == cost.cycles(words)
    if name == "save":
        assert per_word == model.save_cycles_per_word == 12
    if name == "restore":
        assert model.restore_cycles_per_word == per_word + cost.cycles(cost.CRC_LOOP)


@pytest.mark.parametrize("name", sorted(LOOPS))
def test_wait_states_are_charged_per_fram_access_as_the_core_does(tmp_path: Path, name: str) -> None:
    words = LOOPS[name][0]
    c8, _ = run_loop(tmp_path, name, 8, nwaits=1)
    c24, _ = run_loop(tmp_path, name, 24, nwaits=1)
    assert (c24 - c8) / 16 == cost.cycles(words, fram_wait=1) > cost.cycles(words)


def test_save_timeline_matches_the_plan_and_drives_failure_injection() -> None:
    layout = BundleLayout(0x10000, 0x10400, 0x2400, 64, 0x1C00, 32)
    st = MachineState()
    st.regs[SP] = 0x23F0
    save(st, layout)
    plan = plan_save(st, layout)
    model = cost.CostModel()
    timeline = model.save_timeline(layout, 0x10)
    assert len(timeline) == len(plan.writes)
    assert timeline == sorted(timeline) and timeline[0] > 0
    assert timeline[-1] == model.save(layout, 0x10).cycles
    assert timeline[-3] < timeline[-2] == timeline[-1]  # the commit word (2 bytes) is the last store
    words = (0x10 + 32) // 2
    assert timeline[-1] > words * model.save_cycles_per_word
    for budget in (0, timeline[len(timeline) // 2], timeline[-1] - 1, timeline[-1]):
        trial = st.copy()
        apply_writes(trial, plan, sum(t <= budget for t in timeline))
        expected = plan.sequence if budget >= timeline[-1] else plan.sequence - 1
        assert find_latest_valid(trial.mem, layout).sequence == expected


def test_save_cost_counts_the_bytes_the_plan_writes() -> None:
    layout = BundleLayout(0x10000, 0x10400, 0x2400, 64, 0x1C00, 32)
    st = MachineState()
    st.regs[SP] = 0x23E8
    plan = plan_save(st, layout)
    model = cost.CostModel()
    c = model.save(layout, 0x2400 - 0x23E8)
    assert c.fram_bytes_written == len(plan.writes)
    assert c.cycles > ((0x18 + 32) // 2) * model.save_cycles_per_word
    waits = cost.CostModel(fram_wait=1).save(layout, 0x18)
    assert waits.cycles > c.cycles
    assert model.check() == cost.Cost(cost.MEMENTOS_CHECK_CYCLES, adc_conversions=1)
    r = model.restore(layout, 0x18)
    assert r.fram_bytes_read > 0 and r.fram_bytes_written == 0


CHECK_PROGRAM = """start:
    mov #0x5A80, &0x015C
    mov #0x0011, &0x01B0      ; REFCTL0: REFON, 2.0 V
    mov #0x0210, &0x0800      ; ADC12CTL0: SHT0 = 16 cycles, ON
    mov #0x0200, &0x0802      ; ADC12CTL1: SHP, MODCLK
    mov #0x0020, &0x0804      ; ADC12CTL2: 12 bit
    mov #0x0040, &0x0806      ; ADC12CTL3: BATMAP
    mov #0x011F, &0x0820      ; ADC12MCTL0: channel 31 (AVCC/2) against VREF
    clr r12
call_check:
    call #check
after:
    br #exit
check:
    bis #0x0003, &0x0800      ; ENC | SC
poll:
    bit #0x0001, &0x0802      ; BUSY
    jnz poll
    cmp #{threshold}, &0x0860 ; AVCC/2 in 1/4096 of 2.0 V
    jhs above
    mov #1, r12               ; below the threshold: a checkpoint is due
above:
    ret
"""


@pytest.mark.parametrize("mclk", [1e6, 4e6, 8e6])
@pytest.mark.parametrize("vcc", [3.0, 2.5])
def test_adc12_check_routine_costs_what_the_model_says(tmp_path: Path, mclk: float, vcc: float) -> None:
    threshold = round(4096 * (2.7 / 2) / 2.0)         # V_thresh = 2.7 V
    program = build_program(CHECK_PROGRAM.format(threshold=threshold) + EXIT, tmp_path)
    machine = Machine("fr5969", program, vcc=vcc, mclk=mclk)
    start = machine.run(until="call_check")
    machine.state.attr[program.symbols["call_check"]] &= 0xFF ^ 0x20
    end = machine.run(until="after")
    assert end.exit == "until" and not machine.warnings
    assert int(machine.state.regs[12]) == (vcc < 2.7)
    st, s = machine.state, program.symbols
    poll = s["poll"]
    starts = (s["call_check"], s["check"], poll, poll + 4, poll + 6, poll + 12, s["above"])
    assert [st.read_word(a) for a in starts] == [
        step.word for step in (*cost.CHECK_ENTRY, *cost.CHECK_POLL, *cost.CHECK_EXIT)]
    measured = end.cycles - start.cycles
    below_extra = 1 if vcc < 2.7 else 0               # mov #1, r12 on the below path
    assert measured == cost.adc12_check_cycles(mclk) + below_extra
    assert cost.adc12_check_cycles(mclk) < cost.MEMENTOS_CHECK_CYCLES
