"""ADC12_B battery monitor: channel 31 with ADC12BATMAP reads AVCC/2 against the REF_A reference."""

from __future__ import annotations

import pytest
from machine_programs import HAVE_TOOLS, STOP_WDT, run_asm

from msp430emu.machine.machine import Machine

pytestmark = pytest.mark.skipif(not HAVE_TOOLS, reason="llvm-mc-14 / ld.lld-14 not installed")

# REFCTL0 = REFON | REFVSEL_1 (2.0 V); ADC12CTL0 = SHT0_2 (16 cycles) | ON; CTL1 = SHP (MODCLK);
# CTL2 = RES_2 (12 bit); CTL3 = BATMAP; MCTL0 = INCH_31 | VRSEL_1 (VREF)
SETUP = "start:\n    mov #0x2400, r1\n" + STOP_WDT + """
    mov #0x0011, &0x01B0
    mov #0x0210, &0x0800
    mov #0x0200, &0x0802
    mov #0x0020, &0x0804
    mov #0x0040, &0x0806
    mov #0x011F, &0x0820
"""

POLLED = SETUP + """
    bis #0x0003, &0x0800
poll:
    bit #1, &0x080C
    jz poll
    mov &0x0860, r12
    call #exit
"""


def expected_code(vcc: float, vref: float = 2.0) -> int:
    return min(4095, int(4096 * (vcc / 2) / vref + 0.5))


@pytest.mark.parametrize("vcc", [3.0, 2.4, 1.9, 3.6])
def test_battery_channel_reads_half_the_supply(tmp_path, vcc):
    m, r = run_asm(tmp_path, POLLED, vcc=vcc)
    assert r.exit == "halt"
    assert r.exit_code == expected_code(vcc)
    assert r.exit_code * 2.0 / 4096 * 2 == pytest.approx(vcc, abs=2e-3)


def test_supply_can_be_a_function_of_time(tmp_path):
    m, r = run_asm(tmp_path, POLLED, vcc=lambda t: 3.3 - 100.0 * t)
    assert r.exit == "halt"
    # sampled between 20 and 60 us after reset: 3.298 .. 3.294 V, not the 3.3 V of t = 0
    assert expected_code(3.3 - 100.0 * 60e-6) <= r.exit_code <= expected_code(3.3 - 100.0 * 20e-6)
    assert r.exit_code < expected_code(3.3)


def test_conversion_time_and_interrupt(tmp_path):
    # 16 + 14 MODCLK cycles at 5 MHz = 6 us; the conversion-complete interrupt wakes LPM0, MEM0 read
    # clears ADC12IFG0
    src = SETUP + """
    bis #1, &0x0812
    bis #0x0003, &0x0800
    bis #0x0018, r2
    mov &0x0860, r12
    call #exit
adc_isr:
    mov &0x0860, r6
    mov &0x080C, r7
    bic #0x0010, 0(r1)
    reti
"""
    m, r = run_asm(tmp_path, src, vectors={0xFFEC: "adc_isr"})
    assert r.exit == "halt" and r.exit_code == expected_code(3.0)
    assert r.regs[7] == 0                                 # IFG0 cleared by the MEM0 read
    adc = m.peripheral("ADC12_B")
    assert adc._conversion_time() == pytest.approx(6e-6)
    # setup writes, start and sleep, 6 us conversion, interrupt and exit: well under 100 us
    assert 6e-6 < r.device_time_s < 100e-6


def test_external_channel_with_avcc_reference(tmp_path):
    from msp430emu.machine.machine import Machine

    m = Machine("fr5969", vcc=3.0)
    adc = m.peripheral("ADC12_B")
    adc.inputs[4] = 0.75
    m.write_register(0x0820, 0x0004)                     # MCTL0 = INCH_4, VRSEL 0 (AVCC)
    m.write_register(0x0804, 0x0020)
    m.write_register(0x0800, 0x0213)                     # ON | ENC | SC
    assert m.read_register(0x0802) & 1                   # BUSY
    t_done = adc.next_event_time(m.now())
    m._seg_t = t_done
    m._fire_events(t_done)
    assert m.read_register(0x0860) == int(4096 * 0.75 / 3.0 + 0.5)


def test_sense_app_reads_the_battery_channel_through_the_adc():
    # designs/firmware/apps/sense.c with -DSENSE_USE_ADC: 64-sample windows of channel 31 (AVCC/2) against
    # the AVCC reference (VRSEL 0): every sample is 2048 whatever the supply, so min = max = mean = 2048
    from machine_programs import build_app

    from msp430emu.toolchain import sdk
    from msp430emu.toolchain.loader import load_image

    if not (sdk.APPS_DIR / "sense.c").is_file():
        pytest.skip("sense app not present")
    image = load_image(build_app("sense", "-O2", extra_cflags=["-DSENSE_USE_ADC"]))
    m = Machine("fr5969", image, vcc=2.7)
    r = m.run(until="exit", max_cycles=50_000_000)
    assert r.exit == "until"
    values = [m.state.read_word(image.symbols[n]) for n in ("sense_min", "sense_max", "sense_mean",
                                                              "sense_stddev")]
    assert values == [2048, 2048, 2048, 0]
    # each conversion takes 30 MODCLK cycles (6 us): 24 windows x 64 samples of ADC time at least
    assert r.device_time_s > 24 * 64 * 6e-6


F2132_CHECK = """
start:
    mov #0x0400, r1
    mov #0x5A80, &0x0120
    mov #0xB000, &0x01B2
    mov #0x3070, &0x01B0
    bis #0x0003, &0x01B0
poll:
    bit #4, &0x01B0
    jz poll
    mov &0x01B4, r12
    call #exit
"""


@pytest.mark.parametrize("vcc", [3.0, 2.2, 1.8])
def test_f2132_adc10_half_vcc_channel_against_the_2v5_reference(tmp_path, vcc):
    # the Mementos voltage check on the WISP's MSP430F2132: INCH_11 = (Vcc - Vss)/2, SREF_1 with REF2_5V,
    # SHT 16 cycles + 13 conversion cycles of ADC10OSC (~5 MHz)
    m, r = run_asm(tmp_path, F2132_CHECK, device="f2132", vcc=vcc)
    assert r.exit == "halt" and r.exit_code == min(1023, int(1024 * (vcc / 2) / 2.5 + 0.5))
    assert m.peripheral("ADC10")._conversion_time() == pytest.approx(29 / 5e6)
    assert not r.warnings


def test_a_conversion_due_within_the_loops_tolerance_completes(tmp_path):
    # A conversion that ends on an MCLK edge can be a float ulp later than the loop's ``now``
    # (0.0006605000000000001 vs 0.0006605): the run loop calls it due, so it must complete then.
    m, _ = run_asm(tmp_path, POLLED, max_cycles=1)
    adc = m.peripheral("ADC12_B")
    m.write_register(0x0800, 0x0213)                  # ENC | SC: a conversion starts now
    assert adc.busy_until != float("inf")
    adc.busy_until = 0.0006605000000000001
    adc.on_event(0.0006605)
    assert adc.busy_until == float("inf") and not m.read_register(0x0802) & 1   # CTL1.BUSY clear
    assert m.read_register(0x080C) & 1                                             # IFG0: done
