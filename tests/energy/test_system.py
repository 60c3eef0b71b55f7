"""Event stepping of capacitor + harvester + power switch, against analytic cycles and scipy events."""

import math
from pathlib import Path

import pytest
from scipy.integrate import solve_ivp

from energy.capacitor import NO_LOAD, Capacitor, Load
from energy.errors import EnergyError
from energy.harvest import ConstantCurrent, ConstantPower, TraceHarvester, load_trace
from energy.power import PowerSwitch, preset
from energy.system import EnergySystem

REAL = Path(__file__).resolve().parents[1] / "data" / "traces" / "mementos-rf"


def run_collecting_switches(system, t_end, load):
    events = []
    while system.time < t_end:
        r = system.step(t_end - system.time, load)
        if r.switched:
            events.append((system.time, system.switch.is_on, system.capacitor.voltage))
    return events


def test_constant_current_cycles_match_analytic_periods():
    c, i_s, i_l = 10e-6, 50e-6, 200e-6
    system = EnergySystem(Capacitor(c, 0.0), ConstantCurrent(i_s), PowerSwitch(3.0, 1.8))
    events = run_collecting_switches(system, 2.0, Load(current=i_l))
    first_on = c * 3.0 / i_s
    t_on = c * 1.2 / (i_l - i_s)
    t_off = c * 1.2 / i_s
    expected, t, on = [], first_on, True
    while t < 2.0:
        expected.append((t, on))
        t += t_on if on else t_off
        on = not on
    assert len(events) == len(expected)
    for (t, is_on, v), (t_exp, on_exp) in zip(events, expected, strict=True):
        assert is_on == on_exp and t == pytest.approx(t_exp, rel=1e-12)
        assert v == (3.0 if is_on else 1.8)            # landed exactly on the threshold


def test_constant_power_on_phase_matches_scipy_event():
    c, p, i = 10e-6, 100e-6, 300e-6
    system = EnergySystem(Capacitor(c, 0.0), ConstantPower(p), preset("wisp4-mementos").switch())
    events = run_collecting_switches(system, 1.0, Load(current=i))
    (t_on, on1, _), (t_off, on2, _) = events[0], events[1]
    assert on1 and not on2
    assert t_on == pytest.approx(c * 9.0 / (2 * p), rel=1e-13)        # V^2 = 2 P t / C from 0 V

    def reach_off(_t, y):
        return y[0] - 1.8
    reach_off.terminal = True
    sol = solve_ivp(lambda _t, y: [(p / y[0] - i) / c], (0.0, 1.0), [3.0], events=reach_off,
                    rtol=1e-12, atol=1e-14, method="DOP853")
    assert t_off - t_on == pytest.approx(sol.t_events[0][0], rel=1e-9)
    # later off phases recharge 1.8 V -> 3.0 V in C (3^2 - 1.8^2) / (2 P)
    (t_on2, on3, _) = events[2]
    assert on3 and t_on2 - t_off == pytest.approx(c * (9.0 - 3.24) / (2 * p), rel=1e-12)


def test_load_draws_nothing_while_off():
    system = EnergySystem(Capacitor(47e-6, 1.0), ConstantPower(0.0), PowerSwitch(2.4, 1.8))
    system.run_until(5.0, Load(current=1e-3))
    assert system.capacitor.voltage == 1.0 and system.capacitor.ledger.consumed == 0.0


def test_extra_thresholds_are_reported_exactly():
    system = EnergySystem(Capacitor(10e-6, 3.2), ConstantPower(20e-6), PowerSwitch(3.0, 1.8, on=True))
    r = system.step(1.0, Load(current=500e-6), thresholds=(2.7,))
    assert r.kind == "threshold" and r.threshold == 2.7 and system.capacitor.voltage == 2.7
    assert not r.switched and system.switch.is_on
    dt, kind, th = system.next_event(Load(current=500e-6), thresholds=(2.7,))
    assert kind == "threshold" and th == 1.8 and dt > 0.0      # 2.7 itself is not an event again


def test_limit_step_and_bad_step():
    system = EnergySystem(Capacitor(10e-6, 2.0), ConstantPower(1e-6), PowerSwitch(3.0, 1.8, on=True))
    r = system.step(1e-3, Load(current=1e-6))
    assert r.kind == "limit" and r.dt == 1e-3 and system.time == 1e-3
    with pytest.raises(EnergyError, match="step length"):
        system.step(-1.0)
    idle = EnergySystem(Capacitor(10e-6, 2.0), ConstantPower(0.0), PowerSwitch(3.0, 1.8))
    with pytest.raises(EnergyError, match="finite max_dt"):
        idle.step(math.inf)


def test_real_trace_run_conserves_energy_and_respects_thresholds():
    p = preset("wisp4-mementos")
    h = TraceHarvester(load_trace(REAL / "1.txt"))
    system = EnergySystem(Capacitor(p.capacitance, 0.0), h, p.switch())
    load = Load(current=0.5e-3)
    kinds = {"segment": 0, "threshold": 0, "limit": 0}
    while system.time < 25.0:
        v_before, on_before = system.capacitor.voltage, system.switch.is_on
        r = system.step(25.0 - system.time, load)
        kinds[r.kind] += 1
        v = system.capacitor.voltage
        # no threshold is ever jumped over inside a step
        if on_before:
            assert v >= p.v_off
        else:
            assert v <= p.v_on or v_before >= p.v_on
    assert kinds["segment"] == 25000 and kinds["threshold"] > 10
    cap = system.capacitor
    led = cap.ledger
    assert led.balance() == pytest.approx(cap.stored - cap.initial_stored, abs=1e-12 * led.harvested)
    assert led.time == pytest.approx(25.0)
    # the harvested energy is exactly the trace's energy V^2/R dt over the run (all of it reaches the node)
    tr = h.trace
    ends = [*tr.times[1:], tr.duration]
    energy = sum(v * v / 30e3 * (min(e, 25.0) - t)
                 for t, e, v in zip(tr.times, ends, tr.values, strict=True) if t < 25.0)
    assert led.harvested == pytest.approx(energy, rel=1e-12)


def test_next_event_is_segment_end_when_nothing_crosses():
    system = EnergySystem(Capacitor(10e-6, 2.0), ConstantPower(0.0), PowerSwitch(3.0, 1.8, on=False))
    dt, kind, th = system.next_event(NO_LOAD)
    assert math.isinf(dt) and kind == "segment" and th is None


def test_run_until_reports_the_crossings_on_the_way():
    c, i_s, i_l = 10e-6, 50e-6, 200e-6
    system = EnergySystem(Capacitor(c, 2.0), ConstantCurrent(i_s), PowerSwitch(3.0, 1.8, on=True))
    crossings = system.run_until(1.0, Load(current=i_l), thresholds=(2.5,))
    assert system.time == 1.0
    # on at 2.0 V: falls to 1.8 V (off), recharges through 2.5 V to 3.0 V (on), falls through 2.5 V, ...
    kinds = [(r.threshold, r.switched) for r in crossings[:4]]
    assert kinds == [(1.8, True), (2.5, False), (3.0, True), (2.5, False)]
    assert crossings[0].dt == pytest.approx(c * 0.2 / (i_l - i_s), rel=1e-12)


def test_turn_on_above_the_clamp_is_refused():
    with pytest.raises(EnergyError, match="never start"):
        EnergySystem(Capacitor(10e-6, 0.0, v_max=2.5), ConstantPower(1e-3), PowerSwitch(3.0, 1.8))
