"""The compiled closed forms (energy/trajectory_jit.py, what energy.capacitor.Trajectory calls) equal the
plain-Python ones the model had before (tests/oracles/trajectory_py.py) to the last bit, and the compiled
walks (energy/walk.py) equal the Python walks over random power traces."""

from __future__ import annotations

import math

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from oracles import trajectory_py as ref_py

from energy import trajectory_jit as tj
from energy.capacitor import Capacitor, Load, Source, Trajectory
from energy.harvest.base import ConstantPower, NoHarvest, PiecewiseHarvester
from energy.walk import KIND_NONE, KIND_THRESHOLD, KIND_WINDOW, TraceWalk, advance_free, crossing_time

INF = math.inf
powers = st.one_of(st.just(0.0), st.floats(1e-9, 5e-3), st.floats(1e-6, 1e-3))
currents = st.one_of(st.just(0.0), st.floats(1e-8, 5e-3))
volts = st.one_of(st.just(0.0), st.floats(1e-3, 4.0), st.sampled_from([1.8, 2.4, 3.6]))
caps = st.floats(1e-7, 1e-2)
v_maxes = st.one_of(st.just(INF), st.floats(0.5, 5.0), st.just(3.6))
dts = st.one_of(st.floats(1e-9, 1e-3), st.floats(1e-3, 10.0), st.just(0.0))


def same(x: float, y: float) -> bool:
    return x == y or (math.isnan(x) and math.isnan(y))


resistances = st.one_of(st.just(INF), st.floats(10.0, 1e7))


@settings(max_examples=4000, deadline=None)
@given(caps, powers, currents, st.booleans(), resistances, volts, v_maxes, dts, volts)
def test_trajectory_matches_the_python_reference_bit_for_bit(c, p, i, source_current, r, v0, v_max, dt, v1):
    """Every closed form, compiled and through ``energy.capacitor.Trajectory``, equals the plain-Python
    forms the model had before (tests/oracles/trajectory_py.py), resistive segments (b > 0) included."""
    if v0 > v_max:
        v0 = v_max
    a = (i if source_current else 0.0) - (0.0 if source_current else i)
    b = 1.0 / r
    ref = ref_py.Trajectory(c, p, a, b, v0, v_max)
    product = Trajectory(c, p, a, b, v0, v_max)
    jt = product.tr
    assert (jt[6], jt[7], jt[8], jt[14]) == (ref.direction, ref.v_eq, ref.floor, ref.ceiling)
    assert (product.direction, product.v_eq, product.floor, product.ceiling) == \
           (ref.direction, ref.v_eq, ref.floor, ref.ceiling)
    assert same(tj.time_to(jt, v1), ref.time_to(v1))
    assert same(product.time_to(v1), ref.time_to(v1))
    assert tj.reachable(jt, v1) == ref.reachable(v1) == product.reachable(v1)
    assert same(product.dt_dv(v1), ref.dt_dv(v1))
    try:
        expected = ref.voltage_after(dt)
    except ValueError:
        return
    assert same(tj.voltage_after(jt, dt), expected)
    assert same(product.voltage_after(dt), expected)
    if ref.reachable(v1) and v1 != v0:
        t = ref.time_to(v1)
        if t < INF:
            assert all(same(x, y) for x, y in zip(tj.moments(jt, v1, t), ref.moments(v1, t), strict=True))
            assert all(same(x, y) for x, y in zip(product.moments(v1, t), ref.moments(v1, t), strict=True))


@settings(max_examples=2500, deadline=None)
@given(caps, powers, currents, resistances, currents, resistances, volts, v_maxes, dts, st.booleans())
def test_advance_matches_the_python_reference(c, p, i, r_load, i_leak, r_leak, v0, v_max, dt, land):
    """``Capacitor.advance`` (the compiled ``advance``) books the same V and ledger as before, bit for bit."""
    if v0 > v_max:
        v0 = v_max
    cap = Capacitor(c, v0, leak_current=i_leak, leak_resistance=r_leak, v_max=v_max)
    cap.ledger.harvested, cap.ledger.consumed = 1e-3, 2e-4      # non-zero sums: the order of additions
    src, load = Source(power=p), Load(current=i, resistance=r_load)
    traj = cap.trajectory(src, load)
    ref = ref_py.Trajectory(c, p, traj.a, traj.b, v0, v_max)
    try:
        v_end = ref.voltage_after(dt) if land else -1.0
    except ValueError:
        return
    has = land and ref.reachable(v_end)
    ledger = [1e-3, 2e-4, 0.0, 0.0, 0.0]
    try:
        want_v = ref_py.advance(ref, dt, v_end if has else None, p, 0.0, i, r_load, i_leak, r_leak, ledger)
    except ValueError:
        return
    cap.advance(dt, src, load, v_end=v_end if has else None, trajectory=traj)
    led = cap.ledger
    got = (cap.voltage, led.harvested, led.consumed, led.leaked, led.clamped, led.time)
    assert all(same(x, y) for x, y in zip(got, (want_v, *ledger), strict=True)), (got, want_v, ledger)


def traces():
    n = st.integers(1, 30)
    return n.flatmap(lambda k: st.tuples(
        st.lists(st.floats(1e-4, 0.05), min_size=k, max_size=k),
        st.lists(st.one_of(st.just(0.0), st.floats(1e-7, 2e-3)), min_size=k, max_size=k),
        st.booleans()))


def harvester(trace) -> PiecewiseHarvester:
    steps, pw, loop = trace
    times = list(np.cumsum([0.0, *steps[:-1]]))
    loop = loop and sum(steps) >= 1e-3      # a looped trace must span >= 1 ms (shorter ones are refused)
    return PiecewiseHarvester(times, [Source(power=x) for x in pw], steps[-1], loop=loop)


@settings(max_examples=1500, deadline=None)
@given(traces(), caps, currents, st.floats(0.0, 3.6), st.floats(0.0, 3.6), st.floats(0.0, 0.2),
       st.one_of(st.just(INF), st.floats(0.0, 2.0)), st.integers(1, 200))
def test_crossing_walk_matches_the_python_walk(trace, c, i, v0, v, t0, t_limit, segments):
    h = harvester(trace)
    cap = Capacitor(c, v0, v_max=3.6)
    load = Load(current=i)
    walk = TraceWalk.from_harvester(h)
    want = crossing_time(h, cap, load, t0, v, t_limit, segments)
    got = crossing_time(h, cap, load, t0, v, t_limit, segments, walk=walk)
    assert got == want


@settings(max_examples=1000, deadline=None)
@given(traces(), caps, currents, st.floats(0.01, 3.6), st.floats(0.0, 3.6), st.floats(0.0, 0.2),
       st.one_of(st.just(INF), st.floats(1e-4, 1.0)), st.integers(1, 100), st.booleans())
def test_predict_and_commit_match_trajectory_steps(trace, c, i, v0, th, t0, span, todo, powered):
    """The compiled path equals the Python one (segment ends, voltages, the event) and committing it gives
    the voltage and ledger of Capacitor.advance segment by segment."""
    h = harvester(trace)
    cap_py = Capacitor(c, v0, v_max=3.6)
    cap_jit = Capacitor(c, v0, v_max=3.6)
    load = Load(current=i)
    a, horizon = 0.0 - i - 0.0, t0 + span
    path = TraceWalk.from_harvester(h).predict(t0, v0, c, a, 0.0, 3.6, th, horizon, powered, todo)
    steps, kind, t_event, dt = py_predict(h, c, a, 3.6, t0, v0, th, horizon, powered, todo)
    assert (path.kind, path.t_event, path.dt, path.n) == (kind, t_event, dt, len(steps))
    t, v = t0, v0
    for k in range(path.n + 1):
        seg = h.segment(t)
        traj = Trajectory(c, seg.source.power, a, 0.0, v, 3.6)
        if k == path.n:
            if path.kind in (KIND_THRESHOLD, KIND_NONE):
                assert (path.power, path.v_start) == (seg.source.power, v)
            break
        end = min(seg.t_end, horizon)
        v_end = traj.voltage_after(end - t)
        assert (path.t_ends[k], path.v_ends[k], path.powers[k]) == (end, v_end, seg.source.power)
        cap_py.advance(end - t, seg.source, load, v_end=v_end if traj.reachable(v_end) else None,
                       trajectory=traj)
        t, v = end, v_end
    t_new = TraceWalk.commit(path, cap_jit, t0, INF, a, 0.0, load)
    assert path.index == path.n
    assert t_new == (path.t_ends[path.n - 1] if path.n else t0)
    assert cap_jit.voltage == cap_py.voltage
    assert (cap_jit.ledger.harvested, cap_jit.ledger.consumed, cap_jit.ledger.time) == \
           (cap_py.ledger.harvested, cap_py.ledger.consumed, cap_py.ledger.time)



def py_predict(h, c, a, v_max, t, v, th, horizon, powered, todo):
    """The Python walk of msp430emu.power.intermittent.IntermittentPower._predict (the reference)."""
    steps = []
    for _ in range(todo):
        seg = h.segment(t)
        traj = Trajectory(c, seg.source.power, seg.source.current + a, 0.0, v, v_max)
        if seg.t_end == INF:
            dt = traj.time_to(th) if th != v else INF
            if dt == INF and (horizon == INF or not powered):
                return steps, KIND_NONE, INF, 0.0
            if t + dt <= horizon:
                return steps, KIND_THRESHOLD, t + dt, dt
        end = min(seg.t_end, horizon)
        v_end = traj.voltage_after(end - t)
        if th != v and (v_end - th) * (v - th) <= 0.0:
            dt = traj.time_to(th)
            if not dt <= end - t:
                dt = end - t
            return steps, KIND_THRESHOLD, t + dt, dt
        steps.append((end, v_end))
        t, v = end, v_end
        if t >= horizon:
            break
    return steps, KIND_WINDOW, t, 0.0


@settings(max_examples=1000, deadline=None)
@given(st.one_of(st.just(0.0), st.floats(1e-7, 2e-3)), caps, currents, st.floats(0.0, 3.6),
       st.floats(0.0, 3.6), st.floats(0.0, 100.0), st.one_of(st.just(INF), st.floats(0.0, 200.0)),
       st.one_of(st.just(INF), st.floats(1e-4, 10.0)), st.booleans())
def test_constant_sources_walk_as_the_python_walk(power, c, i, v0, v, t0, t_limit, span, powered):
    h = ConstantPower(power) if power else NoHarvest()
    cap = Capacitor(c, v0, v_max=3.6)
    load = Load(current=i)
    walk = TraceWalk.from_harvester(h)
    assert crossing_time(h, cap, load, t0, v, t_limit, 8, walk=walk) == crossing_time(h, cap, load, t0, v,
                                                                                       t_limit, 8)
    path = walk.predict(t0, v0, c, 0.0 - i, 0.0, 3.6, v, t0 + span, powered, 4)
    steps, kind, t_event, dt = py_predict(h, c, 0.0 - i, 3.6, t0, v0, v, t0 + span, powered, 4)
    assert (path.kind, path.t_event, path.dt, path.n) == (kind, t_event, dt, len(steps))
    assert [(path.t_ends[k], path.v_ends[k]) for k in range(path.n)] == steps


@settings(max_examples=800, deadline=None)
@given(traces(), caps, currents, st.floats(0.0, 3.6), st.floats(0.0, 0.2), st.floats(0.0, 0.5))
def test_advance_free_matches_capacitor_advance_segment_by_segment(trace, c, i, v0, t0, span):
    h = harvester(trace)
    load = Load(current=i)
    caps_ = [Capacitor(c, v0, v_max=3.6) for _ in range(2)]
    for cap in caps_:
        cap.ledger.harvested = 1e-3
    t_py = advance_free(h, caps_[0], load, t0, t0 + span)
    t_jit = advance_free(h, caps_[1], load, t0, t0 + span, walk=TraceWalk.from_harvester(h))
    assert t_py == t_jit
    py, jit = caps_[0], caps_[1]
    assert (py.voltage, py.ledger.harvested, py.ledger.consumed, py.ledger.clamped, py.ledger.time) == \
           (jit.voltage, jit.ledger.harvested, jit.ledger.consumed, jit.ledger.clamped, jit.ledger.time)
