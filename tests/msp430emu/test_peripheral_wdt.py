"""WDT_A / WDT+: the watchdog runs after reset and resets the device; interval mode interrupts; password."""

from __future__ import annotations

import pytest
from machine_programs import HAVE_TOOLS, STOP_WDT, run_asm

pytestmark = pytest.mark.skipif(not HAVE_TOOLS, reason="llvm-mc-14 / ld.lld-14 not installed")

# FRAM words that survive a PUC: boot counter and the first SYSRSTIV value read at each boot
BOOTS, CAUSE = 0x6000, 0x6002
# FRAM outside the image reads 0xFF (erased, as on a freshly programmed board): nvm_fill=0 starts it at 0


def test_watchdog_left_running_resets_every_32768_smclk_cycles(tmp_path):
    src = f"""
start:
    mov #0x2400, r1
    inc &{BOOTS:#x}
    mov &0x019E, &{CAUSE:#x}
spin:
    jmp spin
"""
    m, r = run_asm(tmp_path, src, max_cycles=100_000, nvm_fill=0)
    assert r.exit == "max-cycles"
    wdt = [x for x in r.resets if x["cause"] == "wdt"]
    # reset value WDTIS=4: 2^15 SMCLK cycles at 1 MHz = 32.768 ms (SLAU367 WDTCTL description); the PUC
    # lands on the next instruction boundary (here a 2-cycle JMP), so each period may be 1 cycle longer
    times = [0.0] + [x["t"] for x in wdt]
    assert len(wdt) == 3
    for before, after in zip(times, times[1:], strict=False):
        assert 32768e-6 <= after - before <= 32770e-6
    assert m.state.read_word(BOOTS) == 4
    assert m.state.read_word(CAUSE) == 0x16          # SYSRSTIV: WDT time-out (PUC)


def test_first_boot_reports_brownout_and_stopped_watchdog_never_fires(tmp_path):
    src = f"""
start:
    mov #0x2400, r1
{STOP_WDT}
    mov &0x019E, &{CAUSE:#x}
    mov #3000, r5
wait:
    dec r5
    jnz wait
    mov &{CAUSE:#x}, r12
    call #exit
"""
    m, r = run_asm(tmp_path, src, max_cycles=1_000_000, nvm_fill=0)
    assert r.exit == "halt" and r.exit_code == 0x02   # SYSRSTIV: brownout
    assert len(r.resets) == 1


def test_password_violation_is_a_puc_with_its_cause(tmp_path):
    src = f"""
start:
    mov #0x2400, r1
    mov &0x019E, r5
    cmp #0x18, r5
    jeq seen
    inc &{BOOTS:#x}
    mov #0x1280, &0x015C
spin:
    jmp spin
seen:
    mov &{BOOTS:#x}, r12
    call #exit
"""
    m, r = run_asm(tmp_path, src, nvm_fill=0)
    assert r.exit == "halt" and r.exit_code == 1
    assert [x["cause"] for x in r.resets] == ["bor", "wdt_pw"]


def test_interval_mode_interrupt_wakes_lpm0(tmp_path):
    # WDTCTL = WDTPW | WDTTMSEL | WDTCNTCL | WDTIS_5 (8192 SMCLK cycles); SFRIE1.WDTIE
    src = """
start:
    mov #0x2400, r1
    clr r5
    mov #0x5A1D, &0x015C
    bis #1, &0x0100
sleep:
    bis #0x0018, r2
    cmp #5, r5
    jne sleep
    mov r5, r12
    call #exit
wdt_isr:
    inc r5
    bic #0x0010, 0(r1)
    reti
"""
    m, r = run_asm(tmp_path, src, vectors={0xFFF2: "wdt_isr"})
    assert r.exit == "halt" and r.exit_code == 5
    assert r.device_time_s == pytest.approx(5 * 8192 / 1e6, abs=60e-6)
    assert r.instructions < 100                       # the CPU slept; time jumped between interrupts


def test_f2132_watchdog_plus_resets_after_32768_cycles(tmp_path):
    src = """
start:
    mov #0x0400, r1
spin:
    jmp spin
"""
    m, r = run_asm(tmp_path, src, device="f2132", max_cycles=70_000)
    times = [x["t"] for x in r.resets if x["cause"] == "wdt"]
    assert len(times) == 2
    assert 32768e-6 <= times[0] <= 32770e-6 and 32768e-6 <= times[1] - times[0] <= 32770e-6
    assert m.state.read_byte(0x0002) & 0x01           # IFG1.WDTIFG records the cause
