"""Instrumented firmware in mspdebug's simulator, an independent MSP430 model: the same results, and with a
save at every check (ADC12MEM31 poked to 0: mspdebug has no ADC, its peripherals are plain memory) the same
number of saves and checkpoint slots byte-identical to this emulator's except the peripheral block's register
words (each simulator's own peripheral registers, which mspdebug's block equals), slots its bundle reader
accepts."""

from __future__ import annotations

import shutil

import pytest
from firmware_build import expected, expected_crc, expected_rsa
from oracles.mspdebug import run_to_break

from msp430emu.checkpoint.bundle import read_slot
from msp430emu.checkpoint.layout import BundleLayout
from msp430emu.checkpoint.periph import block_for
from msp430emu.devices import load_device
from msp430emu.machine.machine import Machine
from msp430emu.toolchain import sdk
from msp430emu.toolchain.instrument import instrument
from msp430emu.toolchain.loader import load_image

HAVE_TOOLS = all(shutil.which(t) for t in ("clang-14", "ld.lld-14", "mspdebug"))
pytestmark = pytest.mark.skipif(not HAVE_TOOLS, reason="needs clang-14, ld.lld-14 and mspdebug")
ADC12MEM31 = 0x089E


def layout_of(image) -> BundleLayout:
    s = image.symbols
    top, used_end, data = s["__stack_top"], s["__ram_used_end"], s["__data_start"]
    start = s["__mementos_slots"]
    block = block_for(load_device("fr5969"))     # the peripheral block the runtime's tables were made from
    slot = 0x30 + top - data + block.size
    return BundleLayout(start, start + 2 * slot, top, top - used_end, data, used_end - data, block)


@pytest.mark.parametrize(("app", "defines", "reference"), [
    ("crc", ("ITERATIONS=1",), lambda: expected_crc(1)),
    ("rsa", ("MESSAGES=1",), lambda: expected_rsa(1)),
    ("cf", (), lambda: expected("cf")),
])
def test_mspdebug_agrees_without_and_with_saves(tmp_path, app, defines, reference) -> None:
    elf = tmp_path / f"{app}.elf"
    instrument([sdk.app_source(app)], elf, "loop", extra_cflags=[f"-D{d}" for d in defines])
    image = load_image(elf)
    layout = layout_of(image)
    ref = reference()
    slots = (layout.region_start, layout.used_end - layout.region_start)
    block = layout.periph
    registers = [(addr, 2) for addr in block.addresses]
    memory = [*((name, len(data)) for name, data in ref.memory.items()), ("__mementos_saves", 2), slots,
              *registers]
    emulated = Machine("fr5969", image, vcc=2.5)                  # every check below V_thresh: a save each
    assert emulated.run(max_cycles=500_000_000).exit == "halt"
    emulated_saves = emulated.state.read_word(image.symbols["__mementos_saves"])
    assert emulated_saves > 10
    for mem31, saves in ((b"\xff\xff", 0), (b"\x00\x00", emulated_saves)):
        run = run_to_break(elf, "exit", memory=memory, poke=[(ADC12MEM31, mem31)], timeout_s=120)
        assert run.regs[12] == ref.exit_code
        for name, data in ref.memory.items():
            assert run.memory[image.symbols[name]] == data, name
        assert int.from_bytes(run.memory[image.symbols["__mementos_saves"]], "little") == saves
    # the last run saved at every check: its slots are byte for byte the emulator's, except the words of
    # the peripheral block (and so the CRC): each simulator saved its own peripheral registers, and
    # mspdebug's are plain memory (no CS, WDT, REF or ADC models); there the block holds mspdebug's own
    # register values (the program changes none of them after its last save)
    region = bytearray(run.memory[layout.region_start])
    emulated_region = bytearray(emulated.state.read_bytes(*slots))
    for index in (0, 1):
        at = layout.slot_addr(index) - layout.region_start
        values = at + layout.off_periph + 6
        own = b"".join(run.memory[addr] for addr in block.addresses)
        assert bytes(region[values:values + len(own)]) == own
        for r in (region, emulated_region):
            r[values:values + len(own)] = bytes(len(own))
            r[at + layout.off_crc:at + layout.off_crc + 2] = b"\0\0"
    assert region == emulated_region
    emu_mem = emulated.state.mem.copy()
    sim_mem = emulated.state.mem.copy()
    sim_mem[layout.region_start:layout.used_end] = list(run.memory[layout.region_start])
    for mem in (emu_mem, sim_mem):
        for index in (0, 1):                  # the finished run cleared the commit words: put them back
            base = layout.slot_addr(index)
            commit = 0xC3A5 ^ (int(mem[base + 4]) | int(mem[base + 5]) << 8)
            mem[base + layout.off_commit:base + layout.off_commit + 2] = [commit & 0xFF, commit >> 8]
        assert sorted(read_slot(mem, layout, i).sequence for i in (0, 1)) == [saves - 1, saves]
