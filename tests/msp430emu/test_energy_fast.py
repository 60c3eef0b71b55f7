"""The compiled powered-period walk (energy/powered_walk.py) against the closed forms of energy/ and the
segment-by-segment Python walk through the emulator, on the real Mementos traces."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from oracles.asm import EXIT, HAVE_TOOLS, STOP_WDT, build_program

from energy import Capacitor, EnergySystem, PowerSwitch, mcu_model, parse_harvester
from energy.capacitor import Source, Trajectory
from energy.harvest.base import PiecewiseHarvester
from energy.powered_walk import STOP_COUNT, STOP_HANDOFF, STOP_HORIZON, PoweredWalk, walk_powered
from msp430emu.machine.machine import Machine
from msp430emu.output.timeline import Timeline
from msp430emu.power.intermittent import IntermittentPower
from msp430emu.power.progress import Deadline

TRACES = Path(__file__).resolve().parent.parent / "data" / "traces" / "mementos-rf"
SPIN = "start:\n    mov #0x2400, r1\n" + STOP_WDT + "spin:\n    add r5, r6\n    jmp spin\n" + EXIT
# ~6 ms active, then LPM3 until the ACLK timer's next 10 ms tick: mode changes commit inside a window
NAP = "start:\n    mov #0x2400, r1\n" + STOP_WDT + """
    mov #327, &0x0352
    mov #0x0010, &0x0342
    mov #0x0114, &0x0340
loop:
    mov #2000, r5
work:
    dec r5
    jnz work
    bis #0x00D8, r2
    jmp loop
ta0_isr:
    bic #0x00F0, 0(r1)
    reti
""" + EXIT


def walk(times, powers, end, loop, t, v, c, a, v_max=math.inf, threshold=0.0, horizon=math.inf, n=64):
    out = np.zeros((4, n))
    k, stop = walk_powered(np.array(times, dtype=np.float64), np.array(powers, dtype=np.float64), end, loop,
                           t, v, c, a, v_max, threshold, horizon, n, out[0], out[1], out[2], out[3])
    return k, stop, out[:, :k]


@settings(max_examples=1000, deadline=None)
@given(st.one_of(st.just(0.0), st.floats(1e-9, 2e-3)), st.floats(1e-7, 5e-3), st.floats(0.05, 5.0),
       st.floats(1e-6, 1e-1), st.floats(1e-6, 0.5))
def test_one_segment_matches_the_closed_forms(power, current, v0, c, dt):
    """End voltage (Lambert W in energy/ vs Newton on t(V) here) and integral of V dt (moment integrals
    there vs the energy identity here)."""
    k, stop, out = walk([0.0], [power], dt, False, 0.0, v0, c, -current, horizon=dt, n=1)
    traj = Trajectory(c, power, -current, 0.0, v0)
    v1 = traj.voltage_after(dt)
    if k == 0:               # handed off: 0 V (P = 0, a sink empties it) or near the equilibrium P/I
        assert stop == STOP_HANDOFF
        assert (power == 0.0 and v1 == 0.0) or abs(v1 - power / current) <= 0.011 * abs(v0 - power / current)\
            or abs(v0 - power / current) <= 0.01 * power / current
        return
    assert stop == STOP_HORIZON
    assert out[0, 0] == dt
    assert out[1, 0] == pytest.approx(v1, rel=1e-13, abs=1e-300)
    assert out[2, 0] == power * dt
    if power == 0.0:                               # V linear in t: the exact integral
        assert out[3, 0] == pytest.approx(v0 * dt - current * dt * dt / (2.0 * c), rel=1e-12)
        return
    m1, _ = traj.moments(v1, dt)
    # both integrate C V^2/(P + aV) dV from v0 to v1: one rounding of v1 moves them by v0 ulp(v1)/|v1 - v0|
    rounding = v0 * dt * 4.0 * math.ulp(v1) / abs(v1 - v0) if v1 != v0 else 0.0
    assert out[3, 0] == pytest.approx(m1, rel=1e-9, abs=rounding)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.just(0.0), st.floats(1e-6, 1e-3)), min_size=1, max_size=20),
       st.floats(1e-6, 1e-3), st.floats(1.8, 3.6), st.floats(5e-6, 1e-3), st.floats(0.0, 0.05))
def test_a_window_equals_energys_segment_chain(powers, current, v0, c, t0):
    """40 segments of a looped trace from the kernel against Trajectory chained segment by segment."""
    times = [1e-3 * i for i in range(len(powers))]
    harvester = PiecewiseHarvester(times, [Source(power=p) for p in powers], 1e-3, loop=True)
    n, stop, t_ends, v_ends, cum_h, cum_m = PoweredWalk.from_harvester(harvester).walk(
        t0, v0, c, -current, math.inf, 0.0, math.inf, 40)
    t, v, h, m = t0, v0, 0.0, 0.0
    for k in range(n):
        seg = harvester.segment(t)
        traj = Trajectory(c, seg.source.power, -current, 0.0, v)
        v1 = traj.voltage_after(seg.t_end - t)
        h += seg.source.power * (seg.t_end - t)
        m += traj.moments(v1, seg.t_end - t)[0]
        assert t_ends[k] == seg.t_end
        assert v_ends[k] == pytest.approx(v1, rel=1e-12)
        assert cum_h[k] == pytest.approx(h, rel=1e-12, abs=1e-300)
        assert cum_m[k] == pytest.approx(m, rel=1e-9)
        t, v = seg.t_end, v1
    if n < 40:                                     # handed off: the next segment reaches 0 V or nears P/I
        assert stop == STOP_HANDOFF
        seg = harvester.segment(t)
        v_next = Trajectory(c, seg.source.power, -current, 0.0, v).voltage_after(seg.t_end - t)
        v_eq = seg.source.power / current
        assert v_next == 0.0 or abs(v - v_eq) <= 0.01 * v_eq or abs(v_next - v_eq) <= 0.011 * abs(v - v_eq)


def test_segment_lookup_matches_the_harvester_on_a_looped_trace():
    harvester = parse_harvester(f"trace:{TRACES / '3.txt'},time=clock,loop=yes")
    fast = PoweredWalk.from_harvester(harvester)
    t = harvester.end - 0.0105                     # across the loop's seam, several periods later
    for period in (0, 3, 17):
        start = t + period * harvester.end
        n, stop, t_ends, *_ = fast.walk(start, 2.0, 1.0, -1e-9, math.inf, 0.0, math.inf, 40)
        assert (n, stop) == (40, STOP_COUNT)
        tt = start
        for i in range(n):
            seg = harvester.segment(tt)
            assert t_ends[i] == seg.t_end
            tt = seg.t_end


def test_stops_before_the_segment_that_crosses_the_threshold_or_the_clamp():
    times, powers = [0.0, 1e-3, 2e-3, 3e-3], [0.0, 0.0, 0.0, 0.0]
    # 1 mA out of 1 uF: 1 V per ms from 5 V; the threshold 2.5 V is crossed in the third segment
    k, stop, out = walk(times, powers, 4e-3, False, 0.0, 5.0, 1e-6, -1e-3, threshold=2.5)
    assert (k, stop) == (2, STOP_HANDOFF) and out[1] == pytest.approx([4.0, 3.0])
    k, stop, _ = walk(times, [1.0] * 4, 4e-3, False, 0.0, 3.0, 1e-6, -1e-3, v_max=3.6)
    assert (k, stop) == (0, STOP_HANDOFF)
    k, stop, _ = walk(times, powers, 4e-3, False, 0.0, 5.0, 1e-6, -1e-3, horizon=2.5e-3)
    assert (k, stop) == (3, STOP_HORIZON)
    k, stop, _ = walk(times, powers, 4e-3, False, 0.0, 9.0, 1e-6, -1e-3)
    assert (k, stop) == (4, STOP_HANDOFF)          # the end of a non-looped trace


def run(program, trace: str, cap: float, v_on: float, fast: bool, *, seconds: float = 30.0,
        leak: float = 0.0, timeline: bool = False):
    system = EnergySystem(Capacitor(cap, v_on, leak_current=leak, v_max=3.6),
                          parse_harvester(f"trace:{TRACES / trace},time=clock,loop=yes"),
                          PowerSwitch(v_on, 1.8))
    power = IntermittentPower(system, mcu_model("fr5969"), max_step=1e-3 if timeline else math.inf)
    if not fast:
        power._fast = None
    assert (power._fast is not None) == fast
    machine = Machine("fr5969", program, vcc=power.supply_voltage)
    recorded = Timeline()
    power.recorder = recorded.record
    machine.add_event_source(Deadline(machine, seconds))
    power.attach(machine)
    result = machine.run(max_cycles=10**10)
    power.finish(machine.now())
    return result, power, recorded


CASES = [("SPIN", "1.txt", 47e-6, 2.4, {}), ("SPIN", "2.txt", 10e-6, 3.0, {}),
         ("SPIN", "3.txt", 22e-6, 2.4, {"leak": 2e-6}), ("NAP", "4.txt", 10e-6, 3.0, {}),
         ("NAP", "5.txt", 47e-6, 2.4, {"timeline": True})]


@pytest.mark.skipif(not HAVE_TOOLS, reason="llvm-mc-14 / ld.lld-14 not installed")
@pytest.mark.parametrize("name,trace,cap,v_on,extra", CASES)
def test_fast_walk_gives_the_segment_walks_run(tmp_path, name, trace, cap, v_on, extra):
    program = build_program({"SPIN": SPIN, "NAP": NAP}[name], tmp_path, vectors={0xFFEA: "ta0_isr"}
                            if name == "NAP" else None)
    (r1, p1, t1), (r2, p2, t2) = (run(program, trace, cap, v_on, fast, **extra) for fast in (True, False))
    assert r1.exit == r2.exit == "max-time"
    assert p1.failures == p2.failures >= 2 and p1.boots == p2.boots
    assert r1.instructions == r2.instructions and r1.cycles == r2.cycles
    assert [f["instructions"] for f in p1.failure_log] == [f["instructions"] for f in p2.failure_log]
    assert [f["t"] for f in p1.failure_log] == pytest.approx([f["t"] for f in p2.failure_log], abs=1e-9)
    assert t1.events("boot") == pytest.approx(t2.events("boot"), rel=1e-9, abs=1e-9)
    assert p1.on_time == pytest.approx(p2.on_time, rel=1e-12)
    l1, l2 = p1.system.capacitor.ledger, p2.system.capacitor.ledger
    for term in ("harvested", "consumed", "leaked", "clamped", "time"):
        assert getattr(l1, term) == pytest.approx(getattr(l2, term), rel=1e-9, abs=1e-12)
    cap1 = p1.system.capacitor
    assert l1.balance() == pytest.approx(cap1.stored - cap1.initial_stored, abs=1e-9 * l1.harvested)
    assert cap1.voltage == pytest.approx(p2.system.capacitor.voltage, rel=1e-9)
    if extra.get("timeline"):
        assert len(t1.rows) == len(t2.rows)
