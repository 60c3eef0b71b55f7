"""The machine's loop: exits (halt, until, max-cycles, fault), event sources, power cycles, bad input."""

from __future__ import annotations

import math

import pytest
from machine_programs import EXIT, HAVE_TOOLS, STOP_WDT, Program, Segment, build_program, run_asm

from msp430emu.errors import ConfigError, EmuError, LoadError
from msp430emu.machine.machine import Machine

pytestmark = pytest.mark.skipif(not HAVE_TOOLS, reason="llvm-mc-14 / ld.lld-14 not installed")

PROLOGUE = "start:\n    mov #0x2400, r1\n" + STOP_WDT


def test_halt_reports_r12_as_signed_exit_code(tmp_path):
    m, r = run_asm(tmp_path, PROLOGUE + "    mov #-3, r12\n    call #exit\n")
    assert (r.exit, r.exit_code) == ("halt", -3)
    assert r.regs[12] == 0xFFFD and len(r.regs) == 16
    assert r.instructions > 0 and r.cycles > r.instructions and r.wall_s > 0


def test_until_symbol_stops_before_it_and_run_can_continue(tmp_path):
    src = PROLOGUE + "    mov #7, r10\nhere:\n    mov #9, r10\n    mov r10, r12\n    call #exit\n"
    program = build_program(src + EXIT, tmp_path)
    m = Machine("fr5969", program)
    r = m.run(until="here")
    assert r.exit == "until" and r.regs[10] == 7 and r.regs[0] == program.symbols["here"]
    r2 = m.run()
    assert (r2.exit, r2.exit_code) == ("halt", 9)


def test_max_cycles_stops_an_endless_loop(tmp_path):
    m, r = run_asm(tmp_path, PROLOGUE + "spin:\n    jmp spin\n", max_cycles=12_345)
    assert r.exit == "max-cycles" and 12_345 <= r.cycles <= 12_345 + 6
    assert r.exit_code is None


@pytest.mark.parametrize("insn,kind,addr", [
    ("mov &0x3000, r5", "unmapped access", "0x03000"),           # hole between SRAM and FRAM
    ("mov &0x1000, r5", "unmapped access", "0x01000"),           # BSL
    ("mov #1, &0x1A00", "write to read-only memory", "0x01A00"),  # TLV
])
def test_faults_name_the_address_and_the_pc(tmp_path, insn, kind, addr):
    src = PROLOGUE + f"bad:\n    {insn}\n    call #exit\n"
    program = build_program(src + EXIT, tmp_path)
    m = Machine("fr5969", program)
    r = m.run()
    assert r.exit == "fault"
    assert r.message.startswith(kind) and addr in r.message
    assert f"PC 0x{program.symbols['bad']:05X}" in r.message
    assert "\n" not in r.message and r.faults == [r.message]


def test_illegal_instruction_fault_names_the_word_and_pc(tmp_path):
    # 0x0000 is an MSP430X address-word instruction (MOVA), which the base-ISA core does not define
    m, r = run_asm(tmp_path, PROLOGUE + "bad:\n    .word 0x0000\n")
    assert r.exit == "fault" and r.message == f"illegal instruction 0x0000 at PC 0x{m.symbols['bad']:05X}"


def test_flash_is_read_only_on_the_f2132(tmp_path):
    src = "start:\n    mov #0x0400, r1\n    mov #0x5A80, &0x0120\n    mov #1, &0xE800\n    call #exit\n"
    m, r = run_asm(tmp_path, src, device="f2132")
    assert r.exit == "fault" and "read-only" in r.message and "0x0E800" in r.message


def test_unmodelled_peripheral_is_plain_memory_with_one_warning(tmp_path):
    src = PROLOGUE + """
    mov #0x1234, &0x03C0
    mov &0x03C0, r12
    mov #0x55, &0x03C2
    call #exit
"""
    m, r = run_asm(tmp_path, src)
    assert (r.exit, r.exit_code) == ("halt", 0x1234)
    assert len(r.warnings) == 1 and "TB0" in r.warnings[0] and "not modelled" in r.warnings[0]


def test_sleeping_with_interrupts_enabled_and_no_source_ends_the_run(tmp_path):
    m, r = run_asm(tmp_path, PROLOGUE + "    bis #0x0018, r2\n    call #exit\n")
    assert r.exit == "halt" and "no pending event" in r.message


class Pulse:
    """An event source: calls ``action`` once at time ``at``."""

    def __init__(self, at: float, action) -> None:
        self.at, self.action, self.modes = at, action, []

    def next_event_time(self, now: float) -> float:
        return self.at

    def on_event(self, now: float) -> None:
        self.at = math.inf
        self.action(now)

    def on_mode_change(self, now: float, mode: str, mclk: float) -> None:
        self.modes.append(mode)


def test_event_source_power_failure_keeps_fram_and_loses_sram(tmp_path):
    # each boot: count boots in FRAM, check an SRAM marker, set it, then spin
    src = PROLOGUE + """
    inc &0x6000
    cmp #0xBEEF, &0x1C00
    jne fresh
    inc &0x6002
fresh:
    mov #0xBEEF, &0x1C00
spin:
    jmp spin
"""
    m = Machine("fr5969", build_program(src + EXIT, tmp_path))
    m.state.write_word(0x6000, 0)                   # unprogrammed FRAM reads 0xFFFF: the counters start at 0
    m.state.write_word(0x6002, 0)
    off = Pulse(1e-3, m.power_off)
    on = Pulse(3e-3, m.power_on)
    m.add_event_source(off)
    m.add_event_source(on)
    r = m.run(max_cycles=2_500)
    assert m.state.read_word(0x6000) == 2           # FRAM counter survived the power failure
    assert m.state.read_word(0x6002) == 0           # the SRAM marker did not
    assert [x["cause"] for x in r.resets] == ["bor", "bor"]
    assert r.resets[1]["t"] == pytest.approx(3e-3)
    assert r.device_time_s > 3e-3 and r.cycles <= 2_506
    assert off.modes[:2] == ["off", "active"]


def test_event_source_wakes_a_sleeping_cpu_through_a_peripheral(tmp_path):
    # the host drives P1.3 high at once (an edge: P1IFG.3 is set even though P1IE is clear, as on
    # hardware, so the program clears it) and low at 5 ms: the port interrupt wakes LPM4
    src = PROLOGUE + """
    bic #1, &0x0130
    bis.b #0x08, &0x0218
    bic.b #0x08, &0x021C
    bis.b #0x08, &0x021A
    bis #0x00F8, r2
    mov #77, r12
    call #exit
p1_isr:
    mov &0x020E, r6
    bic #0x00F0, 0(r1)
    reti
"""
    m = Machine("fr5969", build_program(src + EXIT, tmp_path, {0xFFDE: "p1_isr"}))
    gpio = m.peripheral("PORT_A")
    gpio.set_input("P1", 3, 1, 0.0)
    m.add_event_source(Pulse(5e-3, lambda now: gpio.set_input("P1", 3, 0, now)))
    r = m.run()
    assert (r.exit, r.exit_code) == ("halt", 77)
    assert r.regs[6] == 8                             # P1IV for pin 3
    assert 5e-3 <= r.device_time_s < 5.1e-3


def test_bad_inputs_are_one_line_errors(tmp_path):
    with pytest.raises(ConfigError, match="MCLK"):
        Machine("fr5969", mclk=50e6)
    with pytest.raises(ConfigError, match="supply range"):
        Machine("fr5969", vcc=5.0)
    with pytest.raises(LoadError, match=r"reaches 0x02400 \(unmapped\)"):
        Machine("fr5969", Program([Segment(0x23F0, b"\0" * 32)]))
    with pytest.raises(LoadError, match="not program memory"):
        Machine("fr5969", Program([Segment(0x0200, b"\0\0")]))
    with pytest.raises(EmuError, match="reset vector .* is unprogrammed"):
        Machine("fr5969", Program([Segment(0x4400, b"\0\0")]))
    with pytest.raises(EmuError, match="reset vector .* not program memory"):
        Machine("fr5969", Program([Segment(0xFFFE, b"\0\0")]))
    m = Machine("fr5969")
    with pytest.raises(ConfigError, match="unknown symbol 'nope'"):
        m.run(until="nope")


def test_unprogrammed_fram_reads_0xff(tmp_path):
    # TI's tools erase before programming; erased FRAM reads 0xFFFF (SLAU550: an empty device's vectors,
    # the BSL password, are all 0xFF). Bytes the image leaves out stay erased; SRAM does not.
    m = Machine("fr5969", Program([Segment(0x4400, b"\x3f\x40\x00\x00"), Segment(0xFFFE, b"\x00\x44")]))
    assert m.state.read_word(0x4400) == 0x403F and m.state.read_word(0x4404) == 0xFFFF
    assert m.state.read_word(0x1800) == 0xFFFF and m.state.read_word(0x10000) == 0xFFFF
    assert m.state.read_word(0xFFFC) == 0xFFFF
    assert m.state.read_word(0x1C00) == 0x0000


def test_mode_listener_hears_sleep_wake_and_mclk_changes(tmp_path):
    # 8 MHz DCO, then two WDT interval interrupts (512 SMCLK cycles) from LPM0
    src = PROLOGUE + """
    clr r5
    mov.b #0xA5, &0x0161
    mov #0x000C, &0x0162
    mov #0x0000, &0x0166
    mov #0x5A1E, &0x015C
    bis #1, &0x0100
sleep:
    bis #0x0018, r2
    cmp #2, r5
    jne sleep
    call #exit
wdt_isr:
    inc r5
    bic #0x0010, 0(r1)
    reti
"""
    m = Machine("fr5969", build_program(src + EXIT, tmp_path, {0xFFF2: "wdt_isr"}))
    seen = []

    class Listener:
        def next_event_time(self, now):
            return math.inf

        def on_event(self, now):
            pass

        def on_mode_change(self, now, mode, mclk):
            seen.append((mode, mclk))

    m.add_event_source(Listener())
    r = m.run()
    assert r.exit == "halt"
    assert seen[0] == ("active", 8e6)                        # CSCTL3 = 0: MCLK = DCO/1
    assert seen[1:5] == [("lpm0", 8e6), ("active", 8e6), ("lpm0", 8e6), ("active", 8e6)]
    assert seen[-1] == ("lpm4", 8e6)
