"""Power failures injected at every instruction of a firmware save, of a firmware restore, and across a whole
run of a small instrumented program (machine level: snapshot, run N cycles, power off and on): the runtime
always resumes from a complete bundle and the program ends with its continuous-power result."""

from __future__ import annotations

import shutil

import pytest

from msp430emu.checkpoint.bundle import find_latest_valid, read_slot
from msp430emu.checkpoint.layout import BundleLayout
from msp430emu.checkpoint.periph import block_for
from msp430emu.cpu.state import C_CYCLES, C_INSNS
from msp430emu.devices import load_device
from msp430emu.machine.machine import Machine
from msp430emu.machine.snapshot import restore, take
from msp430emu.toolchain.instrument import instrument
from msp430emu.toolchain.loader import load_image

HAVE_TOOLS = all(shutil.which(t) for t in ("clang-14", "ld.lld-14"))
pytestmark = pytest.mark.skipif(not HAVE_TOOLS, reason="needs clang-14 and ld.lld-14")

TINY = """\
#include <stdint.h>
uint16_t acc[4];
uint32_t total;
int main(void) {
    for (uint16_t i = 0; i < 200; i++) {
        acc[i & 3] += i * 3u;
        total += acc[(i + 1) & 3];
    }
    return (int)(total ^ (total >> 16));
}
"""


def tiny_reference() -> tuple[int, list[int], int]:
    acc, total = [0, 0, 0, 0], 0
    for i in range(200):
        acc[i & 3] = (acc[i & 3] + 3 * i) & 0xFFFF
        total = (total + acc[(i + 1) & 3]) & 0xFFFFFFFF
    return (total ^ (total >> 16)) & 0xFFFF, acc, total


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    root = tmp_path_factory.mktemp("tiny")
    (root / "tiny.c").write_text(TINY)
    instrument([root / "tiny.c"], root / "tiny.elf", "loop", "-O2")
    return load_image(root / "tiny.elf")


def layout_of(image) -> BundleLayout:
    """The emulator's layout of the runtime's two slots (header + 2 KiB SRAM + CRC + commit word each)."""
    s = image.symbols
    top, used_end, data = s["__stack_top"], s["__ram_used_end"], s["__data_start"]
    block = block_for(load_device("fr5969"))
    slot = 0x2C + (top - data) + block.size + 4
    start = s["__mementos_slots"]
    return BundleLayout(start, start + 2 * slot, top, top - used_end, data, used_end - data, block)


def assert_reference(machine: Machine, image, result) -> None:
    code, acc, total = tiny_reference()
    assert result.exit == "halt" and result.exit_code & 0xFFFF == code
    assert [machine.state.read_word(image.symbols["acc"] + 2 * i) for i in range(4)] == acc
    t = image.symbols["total"]
    assert machine.state.read_word(t) | machine.state.read_word(t + 2) << 16 == total


def cycles(machine: Machine) -> int:
    return int(machine.state.ctl[C_CYCLES])


def cycles_at(snap) -> int:
    return int(snap.state.ctl[C_CYCLES])


def boundaries(machine: Machine, stop_pc: int) -> list[int]:
    """Cycle offsets of every instruction boundary from here until PC reaches ``stop_pc`` (one step each)."""
    start, out = cycles(machine), [0]
    while int(machine.state.regs[0]) != stop_pc:
        insns = int(machine.state.ctl[C_INSNS])
        machine.run(max_cycles=1)
        assert int(machine.state.ctl[C_INSNS]) == insns + 1
        out.append(cycles(machine) - start)
    return out


def test_the_continuous_run_gives_the_reference(tiny) -> None:
    machine = Machine("fr5969", tiny)
    assert_reference(machine, tiny, machine.run(max_cycles=10_000_000))


def test_a_failure_at_every_instruction_of_a_save_resumes_the_previous_bundle(tiny) -> None:
    layout = layout_of(tiny)
    supply = {"v": 2.5}                                  # every check saves
    machine = Machine("fr5969", tiny, vcc=lambda now: supply["v"], volatile_fill=0x77)
    machine.run(until="__mementos_save_begin")
    machine.run(until="__mementos_save_commit")
    machine.run(max_cycles=1)                            # bundle 1 committed
    machine.run(until="__mementos_save_begin")          # the save of bundle 2 starts here
    first = find_latest_valid(machine.state.mem, layout)
    assert first is not None and first.sequence == 1
    at_save = take(machine)
    marks = boundaries(machine, tiny.symbols["__mementos_save_commit"])
    machine.run(max_cycles=1)
    marks.append(cycles(machine) - cycles_at(at_save))  # ... and once the commit store has executed
    assert len(marks) > 500
    for k, offset in enumerate(marks):
        restore(machine, at_save)
        supply["v"] = 2.5
        if offset:
            machine.run(max_cycles=offset)
        assert cycles(machine) - cycles_at(at_save) == offset
        machine.power_off()
        supply["v"] = 3.0
        machine.power_on()
        assert machine.run(until="__mementos_resume").exit == "until"
        committed = k == len(marks) - 1
        expected_slot = layout.slot_addr(1 if committed else 0)
        assert int(machine.state.regs[12]) == expected_slot, f"failure after {k} instructions of the save"
        assert (read_slot(machine.state.mem, layout, 1) is not None) == committed
        assert_reference(machine, tiny, machine.run(max_cycles=10_000_000))


def test_a_failure_at_every_instruction_of_a_restore_restores_again(tiny) -> None:
    layout = layout_of(tiny)
    supply = {"v": 2.5}
    machine = Machine("fr5969", tiny, vcc=lambda now: supply["v"], volatile_fill=0x11)
    machine.run(until="__mementos_save_begin")
    for _ in range(3):
        machine.run(until="__mementos_save_commit")
        machine.run(until="__mementos_save_begin")
    machine.power_off()
    supply["v"] = 3.0
    machine.power_on()
    newest = find_latest_valid(machine.state.mem, layout)
    assert newest is not None and newest.sequence == 3
    machine.run(until="__mementos_resume")
    at_resume = take(machine)
    marks = boundaries(machine, newest.pc)               # the restore, up to the first resumed instruction
    assert len(marks) > 50
    for offset in marks[:-1]:
        restore(machine, at_resume)
        if offset:
            machine.run(max_cycles=offset)
        machine.power_off()
        machine.power_on()
        assert machine.run(until="__mementos_resume").exit == "until"
        assert int(machine.state.regs[12]) == newest.addr
        assert_reference(machine, tiny, machine.run(max_cycles=10_000_000))


def test_failures_anywhere_in_a_run_that_saves_at_every_check_never_change_the_result(tiny) -> None:
    supply = {"v": 2.5}
    machine = Machine("fr5969", tiny, vcc=lambda now: supply["v"], volatile_fill=0x00)
    start = take(machine)
    whole = machine.run(max_cycles=50_000_000)
    assert_reference(machine, tiny, whole)
    cuts = range(1_000, whole.cycles, 997)              # one failure at cycle `cut` (any instruction)
    assert len(cuts) > 200
    for cut in cuts:
        restore(machine, start)
        machine.run(max_cycles=cut)
        machine.power_off()
        machine.power_on()
        assert_reference(machine, tiny, machine.run(max_cycles=50_000_000))


@pytest.mark.parametrize("budget", [5_003, 7_919, 12_007])
def test_a_failure_every_few_thousand_cycles_still_completes(tiny, budget: int) -> None:
    supply = {"v": 2.5}
    machine = Machine("fr5969", tiny, vcc=lambda now: supply["v"], volatile_fill=0xFF)
    boots = 1
    result = machine.run(max_cycles=budget)              # each boot gets `budget` cycles, then power fails
    while result.exit == "max-cycles" and boots < 1000:
        machine.power_off()
        machine.power_on()
        boots += 1
        result = machine.run(max_cycles=budget)
    assert_reference(machine, tiny, result)
    restores = machine.state.read_word(tiny.symbols["__mementos_restores"])
    assert boots > 10 and restores == boots - 1
