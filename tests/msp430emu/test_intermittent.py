"""Intermittent execution through the emulator, against analytic solutions: energy and time to the first
failure, charge time while off, conservation over a real trace, SRAM loss, FRAM retention, LPM, stop rules."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from oracles.asm import EXIT, HAVE_TOOLS, STOP_WDT, build_program

from energy import Capacitor, EnergySystem, PowerSwitch, mcu_model, parse_harvester
from msp430emu.machine.machine import Machine
from msp430emu.output.timeline import Timeline
from msp430emu.power.intermittent import IntermittentPower, garbage
from msp430emu.power.progress import Deadline, ProgressMonitor
from msp430emu.toolchain import sdk

pytestmark = pytest.mark.skipif(not HAVE_TOOLS, reason="llvm-mc-14 / ld.lld-14 not installed")

TRACES = Path(__file__).resolve().parent.parent / "data" / "traces" / "mementos-rf"
C = 47e-6
I_ACTIVE = 103e-6          # FR5969 active at 1 MHz (energy/data/msp430fr5969.json: 103 uA/MHz)
Q_RESET = 75e-9            # SLAS704G Q_WAKE-UP-RESET
SPIN = "start:\n    mov #0x2400, r1\n" + STOP_WDT + "spin:\n    add r5, r6\n    jmp spin\n" + EXIT
SLEEP_LPM3 = "start:\n    mov #0x2400, r1\n" + STOP_WDT + "    bis #0x00D8, r2\n    jmp start\n" + EXIT


def intermittent(build_dir, source, harvest="none", v_start=2.4, v_on=2.4, v_off=1.8, charges=True,
                 leak=0.0, repeats=20, max_time=None):
    system = EnergySystem(Capacitor(C, v_start, leak_current=leak), parse_harvester(harvest),
                          PowerSwitch(v_on, v_off))
    power = IntermittentPower(system, mcu_model("fr5969"), charges=charges)
    machine = Machine("fr5969", build_program(source, build_dir), vcc=power.supply_voltage)
    timeline = Timeline()
    power.recorder = timeline.record
    power.listeners.append(ProgressMonitor(machine, repeats))
    if max_time is not None:
        machine.add_event_source(Deadline(machine, max_time))
    power.attach(machine)
    return machine, power, timeline


def finish(machine, power, max_cycles=200_000_000):
    result = machine.run(max_cycles=max_cycles)
    power.finish(machine.now())
    return result


@pytest.mark.parametrize("charges", [False, True])
def test_energy_and_time_to_first_failure_match_the_closed_form(tmp_path, charges):
    m, power, _ = intermittent(tmp_path, SPIN, charges=charges)
    r = finish(m, power)
    assert r.exit == "no-energy" and power.failures == 1 and power.boots == 1
    cap = power.system.capacitor
    e_expected = 0.5 * C * (2.4 ** 2 - 1.8 ** 2)
    assert cap.ledger.consumed == pytest.approx(e_expected, rel=1e-3)
    dv = 2.4 - 1.8 - (Q_RESET / C if charges else 0.0)
    assert power.on_time == pytest.approx(C * dv / I_ACTIVE, rel=1e-3)
    # the failure falls between instructions: the overshoot past V_off is under one instruction (<= 6 cycles)
    assert 0.0 <= (power.on_time - C * dv / I_ACTIVE) < 6e-6 + 1e-9
    assert 1.8 - 6e-6 * I_ACTIVE / C <= cap.voltage <= 1.8
    assert cap.ledger.balance() == pytest.approx(cap.stored - cap.initial_stored, abs=1e-15)


def test_constant_current_charges_in_c_dv_over_i_while_off(tmp_path):
    i_h = 50e-6
    m, power, timeline = intermittent(tmp_path, SPIN, harvest=f"current:{i_h}", charges=False, repeats=3)
    r = finish(m, power)
    assert r.exit == "no-progress" and power.failures == 4
    boots, failures = timeline.events("boot"), timeline.events("failure")
    v_fail = [v for t, v, _, e in timeline.rows if e == "failure"]
    for k in range(3):
        off = boots[k + 1] - failures[k]
        assert off == pytest.approx(C * (2.4 - v_fail[k]) / i_h, rel=1e-9)
        on = failures[k + 1] - boots[k + 1]
        assert on == pytest.approx(C * (2.4 - 1.8) / (I_ACTIVE - i_h), rel=1e-4)
    assert power.off_time == pytest.approx(sum(b - f for b, f in zip(boots[1:], failures, strict=False)))


def test_conservation_and_failures_over_a_real_trace(tmp_path):
    trace = f"trace:{TRACES / '1.txt'},time=clock"
    m, power, timeline = intermittent(tmp_path, SPIN, harvest=trace, v_start=2.4, leak=1e-6, repeats=10_000,
                                      max_time=12.0)
    r = finish(m, power)
    assert r.exit == "max-time" and r.device_time_s == pytest.approx(12.0)
    cap = power.system.capacitor
    led = cap.ledger
    assert led.harvested > 0 and led.consumed > 0 and led.leaked > 0
    assert led.balance() == pytest.approx(cap.stored - cap.initial_stored, abs=1e-9 * led.harvested)
    assert led.time == pytest.approx(12.0)
    assert power.on_time + power.off_time == pytest.approx(12.0)
    assert power.failures >= 2 and power.boots in (power.failures, power.failures + 1)
    assert len(timeline.events("failure")) == power.failures
    # every failure happened at V_off (minus at most one instruction's overshoot), every boot at V_on
    for _, v, _, event in timeline.rows:
        if event == "failure":
            assert 1.8 - 1e-4 < v <= 1.8
        elif event == "boot":
            assert v == pytest.approx(2.4 - Q_RESET / C, abs=1e-9)


def test_lpm_waits_in_large_steps_at_the_lpm_current(tmp_path):
    m, power, timeline = intermittent(tmp_path, SLEEP_LPM3, charges=False)
    r = finish(m, power)
    assert r.exit == "no-energy" and power.failures == 1
    assert m.core_calls < 20                           # no CPU stepping while asleep
    i_lpm3 = 0.4e-6
    assert power.on_time == pytest.approx(C * 0.6 / i_lpm3, rel=1e-3)   # ~70 s on 47 uF
    states = [s for _, _, s, _ in timeline.rows]
    assert [s for i, s in enumerate(states) if i == 0 or s != states[i - 1]] == ["active", "lpm3", "off"]


def test_adc_battery_channel_sees_the_capacitor(tmp_path):
    m, power, _ = intermittent(tmp_path, SPIN, charges=False)
    m.run(max_cycles=100_000)
    now = m.now()
    assert m.supply_voltage(now) == pytest.approx(2.4 - I_ACTIVE * now / C, abs=1e-9)


# ~15 ms of delay loop, then one conversion of the battery channel (ADC12 channel 31 with BATMAP = AVCC/2)
# against the 2.0 V reference (register values as in test_peripheral_adc.py); R12 = the 12-bit result
ADC_AFTER_DELAY = "start:\n    mov #0x2400, r1\n" + STOP_WDT + """
    mov #5000, r5
delay:
    dec r5
    jnz delay
    mov #0x0011, &0x01B0
    mov #0x0210, &0x0800
    mov #0x0200, &0x0802
    mov #0x0020, &0x0804
    mov #0x0040, &0x0806
    mov #0x011F, &0x0820
    bis #0x0003, &0x0800
poll:
    bit #1, &0x080C
    jz poll
    mov &0x0860, r12
    call #exit
""" + EXIT


def test_adc_battery_channel_converts_the_capacitor_voltage(tmp_path):
    m, power, _ = intermittent(tmp_path, ADC_AFTER_DELAY, charges=False)
    r = finish(m, power)
    assert r.exit == "halt" and power.failures == 0

    def code(v):
        return int(4096 * (v / 2) / 2.0 + 0.5)

    v_end = power.system.capacitor.voltage             # ~10 us after the sample
    assert v_end == pytest.approx(2.4 - I_ACTIVE * r.device_time_s / C, abs=1e-9)
    assert abs(r.exit_code - code(v_end)) <= 1
    assert code(2.4) - r.exit_code >= 20               # ~33 mV below the start after ~15 ms at 103 uA


def test_garbage_is_never_zero_nor_the_old_byte_and_is_reproducible():
    old = np.arange(4096, dtype=np.int64).astype(np.uint8)
    for k in range(5):
        g = garbage(old, k)
        assert g.dtype == np.uint8 and not (g == 0).any() and not (g == old).any()
        assert np.array_equal(g, garbage(old, k))
    assert not np.array_equal(garbage(old, 1), garbage(old, 2))
    assert len(set(garbage(old, 3).tolist())) > 200          # not a constant fill


PERSISTENT_APP = r"""
#include "sdk.h"
PERSISTENT volatile uint16_t boots = 0;
PERSISTENT volatile uint16_t magic_seen = 0;
__attribute__((section(".noinit"))) volatile uint16_t magic;
int main(void) {
    boots++;
    if (magic == 0xC0DE) magic_seen++;
    magic = 0xC0DE;
    for (;;) { }
}
"""


@pytest.fixture(scope="module")
def persistent_elf(tmp_path_factory):
    folder = tmp_path_factory.mktemp("persistent")
    src = folder / "persist.c"
    src.write_text(PERSISTENT_APP)
    return sdk.build([src], folder / "persist.elf")


def test_fram_counts_boots_exactly_and_sram_is_lost(persistent_elf):
    from msp430emu.toolchain.loader import load_image

    image = load_image(persistent_elf)
    system = EnergySystem(Capacitor(C, 2.4), parse_harvester("current:60u"), PowerSwitch(2.4, 1.8))
    power = IntermittentPower(system, mcu_model("fr5969"))
    m = Machine("fr5969", image, vcc=power.supply_voltage)
    monitor = ProgressMonitor(m, 5)
    power.listeners.append(monitor)
    m.add_event_source(Deadline(m, 20.0))
    power.attach(m)
    r = m.run(max_cycles=200_000_000)
    assert r.exit == "max-time"                     # the boot counter changes FRAM: never "no progress"
    assert power.boots >= 5 and monitor.streak == 0
    assert m.state.read_word(image.symbols["boots"]) == power.boots
    assert m.state.read_word(image.symbols["magic_seen"]) == 0
    if not power.powered:                           # ended while off: SRAM holds garbage, not the magic
        assert m.state.read_word(image.symbols["magic"]) != 0xC0DE


def test_starting_below_v_on_with_nothing_to_charge_is_no_energy(tmp_path):
    m, power, timeline = intermittent(tmp_path, SPIN, v_start=2.0)
    r = finish(m, power)
    assert r.exit == "no-energy" and r.instructions == 0 and power.boots == 0
    assert "can never reach V_on = 2.4 V" in r.message


def test_cold_start_boots_at_v_on(tmp_path):
    m, power, timeline = intermittent(tmp_path, SPIN, v_start=0.0, harvest="current:100u", charges=False,
                                      max_time=1.2)
    r = finish(m, power)
    assert r.exit == "max-time"
    assert timeline.events("boot")[0] == pytest.approx(C * 2.4 / 100e-6, rel=1e-12)


def test_no_progress_after_the_repeat_limit(tmp_path):
    m, power, _ = intermittent(tmp_path, SPIN, harvest="current:50u", repeats=20)
    r = finish(m, power)
    assert r.exit == "no-progress" and power.failures == 21
    assert "20 boots in a row" in r.message


def test_a_boot_keeps_the_failures_garbage_in_sram_and_a_bare_power_on_fills_it(persistent_elf):
    from msp430emu.toolchain.loader import load_image

    image = load_image(persistent_elf)
    system = EnergySystem(Capacitor(C, 2.4), parse_harvester("current:60u"), PowerSwitch(2.4, 1.8))
    power = IntermittentPower(system, mcu_model("fr5969"))
    m = Machine("fr5969", image, vcc=power.supply_voltage)
    power.attach(m)
    sram = [(r.start, r.end + 1) for r in m.device.memory if r.volatile]
    m.run(max_cycles=20_000)
    before = m.state.mem.copy()
    power._failure(m.now())
    for start, end in sram:
        assert np.array_equal(m.state.mem[start:end], garbage(before[start:end], 1))
    garbled = m.state.mem.copy()
    power._boot(m.now())                        # power_on(keep_volatile=True): the garbage stays
    for start, end in sram:
        assert np.array_equal(m.state.mem[start:end], garbled[start:end])
    m.power_off()
    m.power_on()                                # a bare power-on fills SRAM with the machine's constant
    for start, end in sram:
        assert (m.state.mem[start:end] == m.volatile_fill).all()
