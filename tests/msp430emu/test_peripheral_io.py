"""eUSCI_A0 UART output and GPIO events (P1-P4), LOCKLPM5 gating of the pins."""

from __future__ import annotations

import pytest
from machine_programs import HAVE_TOOLS, STOP_WDT, run_asm

pytestmark = pytest.mark.skipif(not HAVE_TOOLS, reason="llvm-mc-14 / ld.lld-14 not installed")

PROLOGUE = "start:\n    mov #0x2400, r1\n" + STOP_WDT


def test_uart_bytes_appear_in_order_and_txifg_stays_set(tmp_path):
    src = PROLOGUE + """
    bic #1, &0x05C0
    mov #text, r5
next:
    mov.b @r5+, r6
    tst.b r6
    jz done
poll:
    bit #2, &0x05DC
    jz poll
    mov.b r6, &0x05CE
    jmp next
done:
    mov &0x05DC, r12
    call #exit
text:
    .asciz "hello, FR5969\\n"
    .byte 0
"""
    m, r = run_asm(tmp_path, src)
    assert r.exit == "halt"
    assert r.uart == "hello, FR5969\n"
    assert r.exit_code & 0x0002                        # UCTXIFG
    assert not r.warnings


def test_uart_write_in_reset_state_transmits_nothing_and_names_the_pc(tmp_path):
    # SLAU367 30.3.1: UCSWRST (set after a PUC) holds the eUSCI_A in reset; a transmission starts only once
    # it is cleared. A byte written before that is a firmware bug: nothing is sent, one warning per PC.
    src = PROLOGUE + """
    mov.b #0x41, &0x05CE
first:
    mov.b #0x42, &0x05CE
second:
    bic #1, &0x05C0
    mov.b #0x43, &0x05CE
    mov.b #0x43, &0x05CE
    call #exit
"""
    m, r = run_asm(tmp_path, src)
    assert r.uart == "CC"
    warnings = [w for w in r.warnings if "UCSWRST" in w]
    assert len(warnings) == 2
    first, second = m.symbol("first"), m.symbol("second")
    assert "0x05CE" in warnings[0] and f"PC 0x{first - 6:05X}" in warnings[0]
    assert f"PC 0x{second - 6:05X}" in warnings[1]
    assert "nothing transmitted" in warnings[0]


def test_gpio_events_are_timestamped_and_wait_for_locklpm5(tmp_path):
    src = PROLOGUE + """
    bis.b #1, &0x0204
    bis.b #1, &0x0202
    bic #1, &0x0130
    mov #100, r5
d1:
    dec r5
    jnz d1
    bic.b #1, &0x0202
    bis.b #0x80, &0x0225
    mov.b &0x0200, r12
    call #exit
"""
    m, r = run_asm(tmp_path, src)
    ev = r.gpio_events
    # P1.0 set while the pins were locked: one event when LOCKLPM5 clears, then the clear, then P4DIR
    assert [(e["port"], e["out"], e["dir"]) for e in ev] == [("P1", 1, 1), ("P1", 0, 1), ("P4", 0, 0x80)]
    assert ev[0]["t"] < ev[1]["t"] <= ev[2]["t"]
    # 100 x (DEC 1 + JNZ 2 cycles) at 1 MHz, plus the MOV #100 and the BIC.B that writes P1OUT
    assert ev[1]["t"] - ev[0]["t"] == pytest.approx(300e-6, abs=10e-6)
    assert r.exit_code == 0                            # P1IN: output pin P1.0 now low, inputs float low


def test_gpio_input_pull_up_and_host_driven_edge_interrupt(tmp_path):
    from msp430emu.machine.machine import Machine

    m = Machine("fr5969")
    gpio = m.peripheral("PORT_A")
    m.write_register(0x0206, 0x02, 1)                  # P1REN.1
    m.write_register(0x0202, 0x02, 1)                  # P1OUT.1 = pull-up
    assert m.read_register(0x0200, 1) == 0x02
    m.write_register(0x0218, 0x04, 1)                  # P1IES.2: falling edge
    m.write_register(0x021A, 0x04, 1)                  # P1IE.2
    gpio.set_input("P1", 2, 1, m.now())
    assert m.irq_pending() == 0
    gpio.set_input("P1", 2, 0, m.now())
    m.irq.update()
    assert m.irq_pending() == 0xFFDE                   # PORT1 vector
    assert m.read_register(0x020E) == 2 * (2 + 1)      # P1IV: pin 2, flag cleared by the read
    assert m.irq_pending() == 0


def test_interrupt_driven_uart_transmit_through_ucaxiv(tmp_path):
    # UCTXIE: the TX interrupt is pending as long as UCTXIFG is set; the ISR reads UCA0IV (4 = TX, which
    # clears UCTXIFG) and writes the next byte (which sets it again); at the end it disables UCTXIE
    src = PROLOGUE + """
    bic #1, &0x05C0
    mov #text, r5
    bis #2, &0x05DA
    bis #0x0018, r2
    mov #0, r12
    call #exit
uart_isr:
    cmp #4, &0x05DE
    jne done
    mov.b @r5+, r6
    tst.b r6
    jz finished
    mov.b r6, &0x05CE
    reti
finished:
    bic #2, &0x05DA
    bic #0x0010, 0(r1)
done:
    reti
text:
    .asciz "irq-driven"
    .byte 0
"""
    m, r = run_asm(tmp_path, src, vectors={0xFFF0: "uart_isr"})
    assert r.exit == "halt" and r.uart == "irq-driven"


def test_unassigned_peripheral_space_warns_once_per_gap(tmp_path):
    from msp430emu.machine.machine import Machine

    m = Machine("fr5969")
    m.write_register(0x0010, 0x1234)
    m.write_register(0x0012, 0x5678)
    assert m.read_register(0x0010) == 0x1234                 # plain memory
    assert len(m.warnings) == 1 and "unassigned (0x0000-0x00FF)" in m.warnings[0]
