"""Energy bookkeeping: harvested - consumed - leaked == change in stored energy, for random segments."""

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from energy.capacitor import Capacitor, Load, Source


def log_uniform(lo, hi):
    return st.floats(math.log10(lo), math.log10(hi)).map(lambda e: 10.0 ** e)


def maybe(strategy, absent):
    return st.one_of(st.just(absent), strategy)


sources = st.builds(Source, power=maybe(log_uniform(1e-7, 1e-2), 0.0),
                    current=maybe(log_uniform(1e-7, 1e-2), 0.0))
loads = st.builds(Load, current=maybe(log_uniform(1e-8, 1e-2), 0.0),
                  resistance=maybe(log_uniform(1e3, 1e7), math.inf))
steps = st.lists(st.tuples(log_uniform(1e-7, 10.0), sources, loads), min_size=1, max_size=12)


@settings(max_examples=300, deadline=None)
@given(c=log_uniform(1e-6, 1e-3), v0=st.floats(0.0, 5.0), leak_i=maybe(log_uniform(1e-9, 1e-6), 0.0),
       leak_r=maybe(log_uniform(1e5, 1e8), math.inf), clamp_above=maybe(st.floats(0.0, 3.0), math.inf),
       segments=steps)
def test_ledger_balances_stored_energy(c, v0, leak_i, leak_r, clamp_above, segments):
    cap = Capacitor(c, v0, leak_current=leak_i, leak_resistance=leak_r, v_max=v0 + 0.1 + clamp_above)
    for dt, src, load in segments:
        cap.advance(dt, src, load)
        assert math.isfinite(cap.voltage) and cap.voltage >= 0.0
        assert cap.voltage <= cap.v_max
    led = cap.ledger
    scale = max(led.harvested, led.consumed, led.leaked, cap.stored, cap.initial_stored)
    assert led.harvested >= 0.0 and led.consumed >= 0.0 and led.leaked >= 0.0 and led.clamped >= 0.0
    assert abs(led.balance() - (cap.stored - cap.initial_stored)) <= 1e-9 * scale + 1e-18


@settings(max_examples=300, deadline=None)
@given(c=log_uniform(1e-6, 1e-3), v0=st.floats(0.01, 5.0), dt=log_uniform(1e-7, 10.0), src=sources,
       load=loads)
def test_time_to_inverts_voltage_after(c, v0, dt, src, load):
    cap = Capacitor(c, v0)
    v1 = cap.voltage_after(dt, src, load)
    limit = cap.limit_voltage(src, load)
    # only meaningful while the trajectory is still visibly away from where it is heading (at an
    # equilibrium t(V) is log-singular: V within rounding of it does not determine t)
    near = 1e-9 * abs(limit) if math.isfinite(limit) else 0.0
    if (v1 == v0 or v1 == 0.0 or abs(v1 - limit) < 1e-6 * max(abs(v0 - limit), 1e-300)
            or abs(v0 - limit) <= near or abs(v1 - limit) <= near):
        return
    t = cap.time_to(v1, src, load)
    # the time resolution of V near v1 is |dV/dt|^-1 * eps * V
    slope = abs(Capacitor(c, v1).slope(src, load))
    assert abs(t - dt) <= 1e-9 * dt + 8 * 2.2e-16 * v1 / slope


@settings(max_examples=150, deadline=None)
@given(c=log_uniform(4.7e-6, 1e-4), v0=st.floats(0.0, 3.3), power=log_uniform(1e-6, 2e-3),
       hop_gap=st.floats(1e-4, 0.05), i_load=log_uniform(1e-6, 5e-3),
       thresholds=st.lists(st.floats(1.9, 2.9), max_size=3), t_end=st.floats(0.01, 2.0))
def test_event_stepping_never_jumps_a_threshold(c, v0, power, hop_gap, i_load, thresholds, t_end):
    from energy.harvest.base import PiecewiseHarvester
    from energy.power import PowerSwitch
    from energy.system import EnergySystem

    # a square-wave harvester: power for 0.1 s, nothing for hop_gap, repeated
    h = PiecewiseHarvester([0.0, 0.1], [Source(power=power), Source()], hop_gap, loop=True)
    system = EnergySystem(Capacitor(c, v0, v_max=3.3), h, PowerSwitch(3.0, 1.8))
    load = Load(current=i_load)
    watched = sorted(set(thresholds))
    while system.time < t_end:
        v_before = system.capacitor.voltage
        active = system.switch.threshold            # v_on while off, v_off while on
        r = system.step(t_end - system.time, load, thresholds=watched)
        v_after = system.capacitor.voltage
        lo, hi = min(v_before, v_after), max(v_before, v_after)
        # no watched voltage lies strictly inside a step: every crossing is an event that lands on it
        for th in (*watched, active):
            assert not (lo < th < hi), (th, v_before, v_after, r)
        if system.switch.is_on:
            assert v_after > 1.8
        assert v_after <= 3.3
    led = system.capacitor.ledger
    scale = max(led.harvested, led.consumed, led.clamped, system.capacitor.stored,
                system.capacitor.initial_stored)
    assert abs(led.balance() - (system.capacitor.stored - system.capacitor.initial_stored)) <= 1e-9 * scale
