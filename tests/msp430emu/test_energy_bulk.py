"""Off periods on a power trace in one step (energy/charge_table.py) against the segment-by-segment walk."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from oracles.asm import EXIT, HAVE_TOOLS, STOP_WDT, build_program

from energy import Capacitor, EnergySystem, PowerSwitch, mcu_model, parse_harvester
from energy.capacitor import Source
from energy.charge_table import OffChargeTable
from energy.harvest.base import PiecewiseHarvester
from msp430emu.machine.machine import Machine
from msp430emu.output.timeline import Timeline
from msp430emu.power.intermittent import IntermittentPower
from msp430emu.power.progress import Deadline

TRACE = Path(__file__).resolve().parent.parent / "data" / "traces" / "mementos-rf" / "2.txt"
SPIN = "start:\n    mov #0x2400, r1\n" + STOP_WDT + "spin:\n    add r5, r6\n    jmp spin\n" + EXIT


def brute_energy(times, powers, end, loop, t):
    """Energy on [0, t) by summing whole samples (a reference independent of the table)."""
    total, base = 0.0, 0.0
    while True:
        for i, p in enumerate(powers):
            t0 = base + times[i]
            t1 = base + (times[i + 1] if i + 1 < len(times) else end)
            if t <= t0:
                return total
            total += p * (min(t, t1) - t0)
        if not loop:
            return total
        base += end


@settings(max_examples=150, deadline=None)
@given(st.lists(st.floats(0.0, 1e-3, allow_subnormal=False), min_size=2, max_size=12), st.booleans(),
       st.floats(0.0, 3.0), st.floats(0.0, 2e-3))
def test_table_energy_and_inverse_match_brute_force(powers, loop, t0, energy):
    # (no subnormal powers: 5e-324 W x 0.1 s underflows to 0 J per loop, which the table rightly calls
    # never reachable while this reference calls any positive power enough)
    times = [0.1 * i for i in range(len(powers))]
    end = times[-1] + 0.1
    table = OffChargeTable(np.array(times), np.array(powers), end, loop)
    assert table.energy_at(t0) == pytest.approx(brute_energy(times, powers, end, loop, t0), abs=1e-15)
    t = table.time_for_energy(t0, energy)
    if loop:
        reachable = math.inf if sum(powers) > 0.0 else 0.0
    else:
        reachable = brute_energy(times, powers, end, loop, end) - table.energy_at(t0)
    if t == math.inf:
        assert energy > reachable - 1e-15
    else:
        assert t >= t0
        assert table.energy_at(t) - table.energy_at(t0) == pytest.approx(energy, abs=1e-12)


def test_only_power_traces_get_a_table():
    assert OffChargeTable.from_harvester(parse_harvester("power:1m")) is None
    currents = PiecewiseHarvester([0.0, 1.0], [Source(current=1e-6), Source(current=2e-6)], 1.0)
    assert OffChargeTable.from_harvester(currents) is None
    assert OffChargeTable.from_harvester(parse_harvester(f"trace:{TRACE},time=clock")) is not None


@pytest.mark.skipif(not HAVE_TOOLS, reason="llvm-mc-14 / ld.lld-14 not installed")
def test_bulk_off_periods_give_the_segment_walks_run(tmp_path):
    program = build_program(SPIN, tmp_path)
    runs = []
    for bulk in (True, False):
        system = EnergySystem(Capacitor(10e-6, 3.0, v_max=3.6),
                              parse_harvester(f"trace:{TRACE},time=clock"), PowerSwitch(3.0, 1.8))
        power = IntermittentPower(system, mcu_model("fr5969"))
        if not bulk:
            power._bulk = None
        machine = Machine("fr5969", program, vcc=power.supply_voltage)
        timeline = Timeline()
        power.recorder = timeline.record
        machine.add_event_source(Deadline(machine, 30.0))
        power.attach(machine)
        result = machine.run(max_cycles=10**9)
        power.finish(machine.now())
        runs.append((result, power, timeline))
    (r1, p1, t1), (r2, p2, t2) = runs
    assert r1.exit == r2.exit == "max-time" and p1.failures == p2.failures >= 5
    assert t1.events("boot") == pytest.approx(t2.events("boot"), rel=1e-9, abs=1e-9)
    assert r1.instructions == r2.instructions
    l1, l2 = p1.system.capacitor.ledger, p2.system.capacitor.ledger
    assert l1.harvested == pytest.approx(l2.harvested, rel=1e-9)
    assert l1.consumed == pytest.approx(l2.consumed, rel=1e-9)
    cap = p1.system.capacitor
    assert l1.balance() == pytest.approx(cap.stored - cap.initial_stored, abs=1e-9 * l1.harvested)
