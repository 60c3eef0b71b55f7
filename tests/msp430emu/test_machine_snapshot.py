"""Machine snapshots: restoring one and running on gives exactly the run that was never interrupted."""

from __future__ import annotations

import pytest
from machine_programs import EXIT, HAVE_TOOLS, STOP_WDT, build_program

from msp430emu.machine.machine import Machine
from msp430emu.machine.snapshot import restore, take

pytestmark = pytest.mark.skipif(not HAVE_TOOLS, reason="llvm-mc-14 / ld.lld-14 not installed")

# Timer_A CCR0 interrupts from LPM0 print a counter digit on the UART and toggle P1.0 each time; the ADC
# battery channel is sampled once; the watchdog runs in interval mode as a second event source.
PROGRAM = "start:\n    mov #0x2400, r1\n" + STOP_WDT + """
    bic #1, &0x0130
    bic #1, &0x05C0
    bis.b #1, &0x0204
    mov #0x5A1D, &0x015C
    mov #0x0011, &0x01B0
    mov #0x0210, &0x0800
    mov #0x0200, &0x0802
    mov #0x0040, &0x0806
    mov #0x011F, &0x0820
    bis #0x0003, &0x0800
    clr r5
    mov #499, &0x0352
    mov #0x0010, &0x0342
    mov #0x0214, &0x0340
sleep:
    bis #0x0018, r2
    cmp #12, r5
    jne sleep
    mov &0x0860, r12
    call #exit
ta0_isr:
    inc r5
    mov.b r5, r6
    add.b #0x30, r6
    mov.b r6, &0x05CE
    xor.b #1, &0x0202
    bic #0x0010, 0(r1)
    reti
"""


def outcome(m: Machine, r) -> tuple:
    return (r.exit, r.exit_code, r.cycles, r.instructions, r.device_time_s, r.uart, tuple(r.regs),
            tuple((e["t"], e["port"], e["out"], e["dir"]) for e in r.gpio_events),
            m.state.read_bytes(0x1C00, 0x800))


@pytest.mark.parametrize("split_cycles", [40, 150, 300, 420])
def test_restore_then_run_equals_the_uninterrupted_run(tmp_path, split_cycles):
    image = build_program(PROGRAM + EXIT, tmp_path, {0xFFEA: "ta0_isr"})
    reference = Machine("fr5969", image)
    expected = outcome(reference, reference.run())
    assert expected[0] == "halt" and expected[5].endswith("<")     # '0' + 12

    m = Machine("fr5969", image)
    first = m.run(max_cycles=split_cycles)
    assert first.exit == "max-cycles"
    snap = take(m)
    assert outcome(m, m.run()) == expected                          # run on from the split
    restore(m, snap)
    assert outcome(m, m.run()) == expected                          # and again from the snapshot
    restore(m, snap)
    m.run(max_cycles=30)
    restore(m, snap)
    assert outcome(m, m.run()) == expected
