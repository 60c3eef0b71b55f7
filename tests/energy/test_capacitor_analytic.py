"""Capacitor closed forms against textbook solutions and against scipy's ODE integrator."""

import math

import numpy as np
import pytest
from scipy.integrate import solve_ivp

from energy.capacitor import NO_SOURCE, Capacitor, Load, Source
from energy.errors import EnergyError


def ode_reference(c, v0, src, load, leak_i, leak_r, t_end):
    """V(t_end), int V dt, int V^2 dt from a tight Runge-Kutta integration of C dV/dt = P/V + a - bV."""
    a = src.current - load.current - leak_i
    b = 1.0 / load.resistance + 1.0 / leak_r

    def rhs(_t, y):
        v = y[0]
        return [(src.power / v + a - b * v) / c, v, v * v]

    sol = solve_ivp(rhs, (0.0, t_end), [v0, 0.0, 0.0], method="DOP853", rtol=1e-12, atol=1e-15)
    assert sol.success
    return sol.y[0, -1], sol.y[1, -1], sol.y[2, -1]


def test_constant_current_charge_time_is_c_dv_over_i():
    cap = Capacitor(47e-6, 1.0)
    assert cap.time_to(2.4, Source(current=100e-6)) == pytest.approx(47e-6 * 1.4 / 100e-6, rel=1e-14)
    # net current: source 100 uA, load 30 uA
    assert cap.time_to(2.4, Source(current=100e-6), Load(current=30e-6)) == pytest.approx(
        47e-6 * 1.4 / 70e-6, rel=1e-14)


def test_constant_current_discharge_energy_to_first_failure():
    # no harvest: the energy the load consumes until V_off is C (V_start^2 - V_off^2) / 2
    c, v_start, v_off, i = 10e-6, 3.0, 1.8, 500e-6
    cap = Capacitor(c, v_start)
    t = cap.time_to(v_off, NO_SOURCE, Load(current=i))
    assert t == pytest.approx(c * (v_start - v_off) / i, rel=1e-14)
    cap.advance(t, NO_SOURCE, Load(current=i))
    assert cap.voltage == pytest.approx(v_off, rel=1e-14)
    assert cap.ledger.consumed == pytest.approx(c * (v_start ** 2 - v_off ** 2) / 2, rel=1e-13)
    assert cap.ledger.harvested == 0.0 and cap.ledger.leaked == 0.0


@pytest.mark.parametrize("v0", [0.0, 0.7, 2.0])
def test_constant_power_charge_follows_v2_law(v0):
    c, p = 47e-6, 250e-6
    for t in (1e-6, 0.01, 0.3, 5.0):
        cap = Capacitor(c, v0)
        v = cap.advance(t, Source(power=p))
        assert v == pytest.approx(math.sqrt(v0 ** 2 + 2 * p * t / c), rel=1e-14)
        assert cap.ledger.harvested == pytest.approx(p * t, rel=1e-14)
        assert Capacitor(c, v0).time_to(v, Source(power=p)) == pytest.approx(t, rel=1e-12)


def test_resistive_discharge_is_exponential():
    c, r, v0 = 47e-6, 30e3, 3.0
    tau = r * c
    for t in (1e-4, 0.5, 2.0, 50.0):
        cap = Capacitor(c, v0)
        v = cap.advance(t, NO_SOURCE, Load(resistance=r))
        assert v == pytest.approx(v0 * math.exp(-t / tau), rel=1e-13)
        assert cap.ledger.consumed == pytest.approx(c * v0 ** 2 / 2 * (1 - math.exp(-2 * t / tau)), rel=1e-12)
    assert Capacitor(c, v0).time_to(1.0, NO_SOURCE, Load(resistance=r)) == pytest.approx(
        tau * math.log(3.0), rel=1e-14)
    assert Capacitor(c, v0).time_to(0.0, NO_SOURCE, Load(resistance=r)) == math.inf


def test_resistive_charge_from_current_source_approaches_ir():
    c, r, i = 10e-6, 20e3, 100e-6          # equilibrium I R = 2 V
    cap = Capacitor(c, 0.5)
    v = cap.advance(0.3, Source(current=i), Load(resistance=r))
    assert v == pytest.approx(2.0 + (0.5 - 2.0) * math.exp(-0.3 / (r * c)), rel=1e-13)
    assert Capacitor(c, 0.5).time_to(2.0, Source(current=i), Load(resistance=r)) == math.inf
    assert Capacitor(c, 0.5).time_to(2.1, Source(current=i), Load(resistance=r)) == math.inf


# constant power in, constant current out: the Lambert W case (both sides of equilibrium P/I, both signs of a)
LAMBERT_CASES = [
    (10e-6, 2.0, Source(power=100e-6), Load(current=100e-6), 0.05),    # discharging toward 1 V
    (10e-6, 0.5, Source(power=100e-6), Load(current=2e-6), 0.05),      # charging, P >> I V
    (10e-6, 0.2, Source(power=100e-6), Load(current=200e-6), 0.02),    # charging toward 0.5 V
    (10e-6, 3.0, Source(power=10e-6), Load(current=500e-6), 0.05),     # fast discharge toward 0.02 V
    (47e-6, 1.0, Source(power=100e-6, current=100e-6), Load(current=20e-6), 0.1),   # net current in: W_-1
]


@pytest.mark.parametrize("c,v0,src,load,t", LAMBERT_CASES)
def test_lambert_case_matches_ode(c, v0, src, load, t):
    v_ref, m1, m2 = ode_reference(c, v0, src, load, 0.0, math.inf, t)
    cap = Capacitor(c, v0)
    v = cap.advance(t, src, load)
    assert v == pytest.approx(v_ref, rel=1e-10)
    assert cap.ledger.consumed == pytest.approx(load.current * m1, rel=1e-9)
    assert cap.ledger.harvested == pytest.approx(src.power * t + src.current * m1, rel=1e-9)
    assert Capacitor(c, v0).time_to(v, src, load) == pytest.approx(t, rel=1e-12)


@pytest.mark.parametrize("c,v0,src,load,leak_i,leak_r,t", [
    (47e-6, 2.0, Source(power=300e-6), Load(current=100e-6, resistance=30e3), 1e-7, 1e6, 0.3),
    (47e-6, 0.1, Source(power=300e-6), Load(resistance=30e3), 0.0, math.inf, 0.3),
    (10e-6, 3.5, Source(power=50e-6, current=5e-6), Load(current=10e-6, resistance=100e3), 0.0, 5e6, 1.0),
])
def test_power_with_resistive_load_matches_ode(c, v0, src, load, leak_i, leak_r, t):
    v_ref, m1, m2 = ode_reference(c, v0, src, load, leak_i, leak_r, t)
    cap = Capacitor(c, v0, leak_current=leak_i, leak_resistance=leak_r)
    v = cap.advance(t, src, load)
    assert v == pytest.approx(v_ref, rel=1e-10)
    assert cap.ledger.consumed == pytest.approx(load.current * m1 + m2 / load.resistance, rel=1e-9)
    assert cap.ledger.leaked == pytest.approx(leak_i * m1 + m2 / leak_r, rel=1e-9)


def test_equilibrium_is_approached_not_crossed_and_long_steps_stay_finite():
    cap = Capacitor(10e-6, 0.5)
    src, load = Source(power=100e-6), Load(current=100e-6)          # equilibrium 1 V
    assert cap.time_to(1.0, src, load) == math.inf
    assert cap.limit_voltage(src, load) == pytest.approx(1.0)
    v = cap.advance(1e4, src, load)                                  # a million time constants
    assert v == pytest.approx(1.0, rel=1e-12)
    led = cap.ledger
    assert math.isfinite(led.consumed)
    # the load takes everything the source gave except the charge-up from 0.5 V to 1 V
    assert led.consumed == pytest.approx(100e-6 * 1e4 - 10e-6 * (1.0 - 0.25) / 2, rel=1e-12)
    assert led.balance() == pytest.approx(cap.stored - cap.initial_stored, abs=1e-12 * led.harvested)


def test_constant_current_sink_empties_to_zero_and_stays():
    c, i = 10e-6, 1e-3
    cap = Capacitor(c, 1.0)
    assert cap.time_to(0.0, NO_SOURCE, Load(current=i)) == pytest.approx(c * 1.0 / i)
    assert cap.time_to(-0.1, NO_SOURCE, Load(current=i)) == math.inf
    cap.advance(1.0, NO_SOURCE, Load(current=i))                     # 100x longer than needed
    assert cap.voltage == 0.0
    assert cap.ledger.consumed == pytest.approx(c / 2, rel=1e-14)      # all of C V0^2 / 2, nothing more
    cap.advance(1.0, Source(current=0.5e-3), Load(current=i))         # weaker source: stays at 0 V
    assert cap.voltage == 0.0
    cap.advance(c * 0.5 / 1e-3, Source(current=2e-3), Load(current=i))  # stronger: charges at the net current
    assert cap.voltage == pytest.approx(0.5, rel=1e-14)


def test_leakage_current_and_resistance():
    c = 47e-6
    cap = Capacitor(c, 2.0, leak_current=1e-6)
    assert cap.time_to(1.0) == pytest.approx(c * 1.0 / 1e-6, rel=1e-14)
    cap = Capacitor(c, 2.0, leak_resistance=1e6)
    v = cap.advance(10.0)
    assert v == pytest.approx(2.0 * math.exp(-10.0 / (1e6 * c)), rel=1e-13)
    assert cap.ledger.leaked == pytest.approx(cap.initial_stored - cap.stored, rel=1e-12)


def test_time_to_direction_and_identity():
    cap = Capacitor(10e-6, 2.0)
    assert cap.time_to(2.0, Source(power=1e-3)) == 0.0
    assert cap.time_to(1.9, Source(power=1e-3)) == math.inf            # charging never goes down
    assert cap.time_to(2.1, NO_SOURCE, Load(current=1e-3)) == math.inf
    assert cap.time_to(2.1) == math.inf                               # nothing flows at all
    assert cap.slope(Source(current=1e-3)) == pytest.approx(100.0)


def test_advance_to_a_threshold_lands_exactly():
    cap = Capacitor(10e-6, 3.0)
    src, load = Source(power=30e-6), Load(current=400e-6)
    t = cap.time_to(1.8, src, load)
    cap.advance(t, src, load, v_end=1.8)
    assert cap.voltage == 1.8
    with pytest.raises(EnergyError, match="not reachable"):
        cap.advance(0.1, src, load, v_end=2.5)


def test_voltage_after_does_not_mutate_and_matches_advance():
    cap = Capacitor(47e-6, 1.2)
    src, load = Source(power=200e-6), Load(current=50e-6, resistance=1e5)
    v = cap.voltage_after(0.2, src, load)
    assert cap.voltage == 1.2 and cap.ledger.time == 0.0
    assert cap.advance(0.2, src, load) == v


@pytest.mark.parametrize("kwargs,message", [
    ({"capacitance": 0.0}, "capacitance"),
    ({"capacitance": 1e-6, "voltage": -1.0}, "voltage"),
    ({"capacitance": 1e-6, "leak_current": -1e-6}, "leakage"),
    ({"capacitance": 1e-6, "leak_resistance": 0.0}, "leakage"),
])
def test_bad_capacitor_parameters(kwargs, message):
    with pytest.raises(EnergyError, match=message):
        Capacitor(**kwargs)


def test_bad_sources_loads_and_steps():
    with pytest.raises(EnergyError, match="source"):
        Source(power=-1.0)
    with pytest.raises(EnergyError, match="source"):
        Source(current=float("nan"))
    with pytest.raises(EnergyError, match="load"):
        Load(current=-1.0)
    with pytest.raises(EnergyError, match="load"):
        Load(resistance=0.0)
    with pytest.raises(EnergyError, match="time step"):
        Capacitor(1e-6, 1.0).advance(-1.0)
    with pytest.raises(EnergyError, match="time step"):
        Capacitor(1e-6, 1.0).voltage_after(float("inf"))


def test_many_small_steps_equal_one_big_step():
    src, load = Source(power=120e-6), Load(current=90e-6)
    one = Capacitor(10e-6, 0.3)
    one.advance(0.5, src, load)
    many = Capacitor(10e-6, 0.3)
    for _ in range(1000):
        many.advance(0.5e-3, src, load)
    assert many.voltage == pytest.approx(one.voltage, rel=1e-11)
    assert many.ledger.consumed == pytest.approx(one.ledger.consumed, rel=1e-10)
    assert np.isclose(many.ledger.time, 0.5, rtol=1e-12)


def test_resistive_discharge_dominating_a_weak_power_source_keeps_its_digits():
    # found by hypothesis: V >> sqrt(P R) once lost ~9 digits to cancellation between partial fractions
    c, v0, src, load = 1e-6, 1e4, Source(power=1e-6), Load(resistance=1e3)
    cap = Capacitor(c, v0)
    cap.advance(0.02, src, load)
    v_ref, _m1, m2 = ode_reference(c, v0, src, load, 0.0, math.inf, 0.02)
    assert cap.voltage == pytest.approx(v_ref, rel=1e-9)
    assert cap.ledger.consumed == pytest.approx(m2 / 1e3, rel=1e-10)
    led = cap.ledger
    assert led.balance() == pytest.approx(cap.stored - cap.initial_stored, abs=1e-13 * cap.initial_stored)


def test_a_trajectory_answers_several_questions_and_refuses_to_go_stale():
    cap = Capacitor(10e-6, 2.5)
    src, load = Source(power=50e-6), Load(current=300e-6)
    traj = cap.trajectory(src, load)
    assert traj.time_to(1.8) == cap.time_to(1.8, src, load)
    assert traj.time_to(2.7) == math.inf
    cap.advance(1e-3, src, load, trajectory=traj)
    with pytest.raises(EnergyError, match="stale trajectory"):
        cap.advance(1e-3, src, load, trajectory=traj)


def test_segments_starting_at_the_equilibrium_keep_the_ledger_exact():
    # found by hypothesis: a step that starts within an ulp of the equilibrium once integrated 1/(r2 - V)
    # between two ulp-close voltages and lost 4e-9 J out of 1e-3 J
    cap = Capacitor(1e-3, 0.0, leak_resistance=1e5)
    cap.advance(1.0, Source(power=1e-3))
    src, load = Source(power=10.0 ** -5.171875), Load(current=10.0 ** -2.4296875)
    cap.advance(1.0, src, load)
    assert cap.voltage == pytest.approx(cap.limit_voltage(src, load), rel=1e-12)
    before = cap.ledger.consumed
    cap.advance(1e-3, src, load)
    v_eq = cap.voltage
    assert cap.ledger.consumed - before == pytest.approx(load.current * v_eq * 1e-3, rel=1e-9)
    led = cap.ledger
    assert abs(led.balance() - (cap.stored - cap.initial_stored)) <= 1e-15 * led.harvested


def test_clamp_holds_v_max_and_accounts_the_shunted_energy():
    c, p, v_max = 47e-6, 1e-3, 3.6
    cap = Capacitor(c, 1.0, v_max=v_max)
    t_c = c * (v_max ** 2 - 1.0) / (2 * p)
    assert cap.time_to(v_max, Source(power=p)) == pytest.approx(t_c, rel=1e-14)
    assert cap.time_to(3.7, Source(power=p)) == math.inf
    assert cap.voltage_after(t_c * 0.5, Source(power=p)) == pytest.approx(math.sqrt(1.0 + p * t_c / c))
    assert cap.limit_voltage(Source(power=p)) == v_max
    cap.advance(1.0, Source(power=p))
    assert cap.voltage == v_max and cap.slope(Source(power=p)) == 0.0
    assert cap.ledger.harvested == pytest.approx(p * 1.0, rel=1e-14)
    assert cap.ledger.clamped == pytest.approx(p * (1.0 - t_c), rel=1e-12)
    # held with a load: the clamp shunts P - I v_max; the load takes I v_max
    i = 100e-6
    cap.advance(2.0, Source(power=p), Load(current=i))
    assert cap.voltage == v_max
    assert cap.ledger.clamped == pytest.approx(p * (1.0 - t_c) + (p - i * v_max) * 2.0, rel=1e-12)
    assert cap.ledger.consumed == pytest.approx(i * v_max * 2.0, rel=1e-14)
    # a load stronger than the source pulls it off the clamp normally
    cap.advance(0.01, Source(power=p), Load(current=1e-3))
    assert cap.voltage < v_max
    led = cap.ledger
    assert led.balance() == pytest.approx(cap.stored - cap.initial_stored, abs=1e-15)
    with pytest.raises(EnergyError, match="clamp"):
        Capacitor(c, 4.0, v_max=3.6)
