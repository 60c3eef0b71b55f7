"""Timer_A: compare interrupts waking low-power modes, TAIFG/TAxIV, TAxR read from time, clock gating."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from machine_programs import HAVE_TOOLS, STOP_WDT, run_asm

pytestmark = pytest.mark.skipif(not HAVE_TOOLS, reason="llvm-mc-14 / ld.lld-14 not installed")

PROLOGUE = "start:\n    mov #0x2400, r1\n" + STOP_WDT + "    clr r5\n"


def ccr0_program(ctl: int, ccr0: int, sr_bits: int, count: int) -> str:
    return PROLOGUE + f"""
    mov #{ccr0}, &0x0352
    mov #0x0010, &0x0342
    mov #{ctl:#x}, &0x0340
sleep:
    bis #{sr_bits:#x}, r2
    cmp #{count}, r5
    jne sleep
    mov r5, r12
    call #exit
ta0_isr:
    inc r5
    bic #0x00F0, 0(r1)
    reti
"""


def test_ccr0_up_mode_on_aclk_wakes_lpm3_once_per_period(tmp_path):
    # TA0CTL = TASSEL_1 (ACLK 32768 Hz) | MC_1 (up) | TACLR; CCR0 = 32767 -> one interrupt per second
    src = ccr0_program(0x0114, 32767, 0x00D8, 3)
    m, r = run_asm(tmp_path, src, vectors={0xFFEA: "ta0_isr"})
    assert r.exit == "halt" and r.exit_code == 3
    assert r.device_time_s == pytest.approx(3.0, abs=1e-4)
    assert r.instructions < 100


def test_ccr0_up_mode_on_smclk_counts_smclk_cycles(tmp_path):
    # TASSEL_2 (SMCLK 1 MHz) | MC_1 | TACLR, CCR0 = 999: an interrupt every 1000 us in LPM0
    src = ccr0_program(0x0214, 999, 0x0018, 4)
    m, r = run_asm(tmp_path, src, vectors={0xFFEA: "ta0_isr"})
    assert r.exit == "halt" and r.exit_code == 4
    assert r.device_time_s == pytest.approx(4e-3, abs=60e-6)


def test_smclk_timer_does_not_run_in_lpm3(tmp_path):
    # SCG1 stops SMCLK in LPM3: nothing can wake the CPU, the run ends with a warning
    src = ccr0_program(0x0214, 999, 0x00D8, 1)
    m, r = run_asm(tmp_path, src, vectors={0xFFEA: "ta0_isr"})
    assert r.exit == "halt" and "no pending event" in r.message
    assert any("nothing can wake" in w for w in r.warnings)


def test_continuous_mode_overflow_through_taiv(tmp_path):
    # TA1CTL = TASSEL_2 | ID_3 (/8) | MC_2 | TACLR | TAIE; TA1IV = 0x0E for TAIFG
    src = PROLOGUE + """
    mov #0x02E6, &0x0380
sleep:
    bis #0x0018, r2
    cmp #2, r5
    jne sleep
    mov r5, r12
    call #exit
ta1_isr:
    cmp #0x0E, &0x03AE
    jne out
    inc r5
out:
    bic #0x00F0, 0(r1)
    reti
"""
    m, r = run_asm(tmp_path, src, vectors={0xFFE0: "ta1_isr"})
    assert r.exit == "halt" and r.exit_code == 2
    assert r.device_time_s == pytest.approx(2 * 65536 * 8 / 1e6, abs=1e-4)
    assert m.state.read_word(0x0380) & 0x0001 == 0      # TAIFG cleared by the TA1IV read


def test_tar_reads_follow_smclk_cycles(tmp_path):
    # continuous on SMCLK = MCLK: two reads 10 NOPs apart differ by the cycles of MOV &EDE,Rn (3, SLAU367
    # Table 4-10) plus 10 NOP cycles
    src = PROLOGUE + """
    mov #0x0224, &0x0340
    mov &0x0350, r6
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    mov &0x0350, r7
    mov r7, r12
    sub r6, r12
    call #exit
"""
    m, r = run_asm(tmp_path, src)
    assert r.exit == "halt" and r.exit_code == 13


def test_up_down_mode_period_and_compare_flags(tmp_path):
    # MC_3 up/down to CCR0 = 100 on SMCLK: period 200 ticks; CCR1 = 40 matches twice per period
    # (up and down); count CCR1 interrupts via TA0IV (= 2) over 3 periods
    src = PROLOGUE + """
    mov #100, &0x0352
    mov #40, &0x0354
    mov #0x0010, &0x0344
    mov #0x0234, &0x0340
sleep:
    bis #0x0018, r2
    cmp #6, r5
    jne sleep
    mov r5, r12
    call #exit
ta0_cc_isr:
    cmp #2, &0x036E
    jne out
    inc r5
out:
    bic #0x00F0, 0(r1)
    reti
"""
    m, r = run_asm(tmp_path, src, vectors={0xFFE8: "ta0_cc_isr"})
    assert r.exit == "halt" and r.exit_code == 6
    # matches at ticks 40, 160, 240, 360, 440, 560 (+ setup, + wake-up)
    assert r.device_time_s == pytest.approx(560e-6, abs=70e-6)


def test_host_view_of_tar_and_flags(tmp_path):
    from msp430emu.machine.machine import Machine

    m = Machine("fr5969")
    m.write_register(0x015C, 0x5A80)
    m.write_register(0x0352, 999)
    m.write_register(0x0340, 0x0214)                   # SMCLK, up, clear
    ta0 = m.peripheral("TA0")
    m.idle(2.5e-3)                                      # 2.5 ms of device time pass without the CPU
    assert m.read_register(0x0350) == 500
    assert m.read_register(0x0342) & 0x0001            # CCIFG set (CCR0 reached twice)
    assert m.read_register(0x0340) & 0x0001            # TAIFG set
    assert ta0.next_event_time(m.now()) == float("inf")   # no interrupt enabled: no event


def test_f2132_timer0_a3_overflow_through_its_own_taiv_address(tmp_path):
    # F2132: TA0CTL 0x0160, TA0IV 0x012E, TAIFG reads 0x0A (SLAU144 TAIV); Timer0_A1 vector 0xFFF0
    src = """
start:
    mov #0x0400, r1
    mov #0x5A80, &0x0120
    clr r5
    mov #0x0226, &0x0160
sleep:
    bis #0x0018, r2
    cmp #3, r5
    jne sleep
    mov r5, r12
    call #exit
ta0_isr:
    cmp #0x0A, &0x012E
    jne out
    inc r5
out:
    bic #0x00F0, 0(r1)
    reti
"""
    m, r = run_asm(tmp_path, src, device="f2132", vectors={0xFFF0: "ta0_isr"})
    assert r.exit == "halt" and r.exit_code == 3
    assert r.device_time_s == pytest.approx(3 * 65536 / 1e6, abs=1e-4)


def reference_timer(mode: int, ccr0: int, ccr1: int, ticks: int) -> tuple[int, bool, bool, bool]:
    """Step a Timer_A tick by tick as SLAU367 25.2.3 describes; returns (TAR, CCIFG0, CCIFG1, TAIFG)."""
    tar, down, f0, f1, fov = 0, False, False, False, False
    for _ in range(ticks):
        if mode == 1:                                   # up: CCR0 -> 0 sets TAIFG
            if tar == ccr0:
                tar, fov = 0, True
            else:
                tar += 1
        elif mode == 2:                                 # continuous: 0xFFFF -> 0 sets TAIFG
            tar = (tar + 1) & 0xFFFF
            fov = fov or tar == 0
        else:                                           # up/down: TAIFG when counting down to 0
            if down:
                tar -= 1
                if tar == 0:
                    down, fov = False, True
            else:
                tar += 1
                if tar == ccr0:
                    down = True
        f0 = f0 or tar == ccr0
        f1 = f1 or (tar == ccr1 and (mode == 2 or ccr1 <= ccr0))
    return tar, f0, f1, fov


@settings(max_examples=60, deadline=None)
@given(mode=st.sampled_from([1, 2, 3]), ccr0=st.integers(1, 120), ccr1=st.integers(0, 130),
       ticks=st.integers(0, 700))
def test_closed_form_counter_matches_tick_by_tick_reference(mode, ccr0, ccr1, ticks):
    from msp430emu.machine.machine import Machine

    m = Machine("fr5969")
    m.write_register(0x015C, 0x5A80)
    m.write_register(0x0352, ccr0)
    m.write_register(0x0354, ccr1)
    m.write_register(0x0340, 0x0204 | (mode << 4))      # SMCLK (1 MHz), mode, TACLR
    m.idle(ticks * 1e-6)
    tar, f0, f1, fov = reference_timer(mode, ccr0, ccr1, ticks)
    assert m.read_register(0x0350) == tar
    assert bool(m.read_register(0x0342) & 1) == f0
    assert bool(m.read_register(0x0344) & 1) == f1
    assert bool(m.read_register(0x0340) & 1) == fov


def test_an_hour_of_one_second_wake_ups_keeps_exact_time(tmp_path):
    # 3600 CCR0 interrupts from LPM3 on ACLK: device time must stay exact over a long run
    src = ccr0_program(0x0114, 32767, 0x00D8, 3600)
    m, r = run_asm(tmp_path, src, vectors={0xFFEA: "ta0_isr"})
    assert r.exit == "halt" and r.exit_code == 3600
    assert r.device_time_s == pytest.approx(3600.0, abs=1e-4)


def test_id_and_taidex_dividers_multiply():
    from msp430emu.machine.machine import Machine

    m = Machine("fr5969")
    m.write_register(0x015C, 0x5A80)
    m.write_register(0x0360, 0x0004)                    # TA0EX0: TAIDEX = /5
    m.write_register(0x0340, 0x0264)                    # SMCLK, ID = /2, continuous, TACLR
    m.idle(1e-3)
    assert m.read_register(0x0350) == 100               # 1 MHz / 10 for 1 ms
    m.write_register(0x0340, 0x02A0)                    # ID = /4 (no clear): the count goes on
    m.idle(2e-3)
    assert m.read_register(0x0350) == 100 + 100
