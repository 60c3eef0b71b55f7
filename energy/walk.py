"""Walking a harvester's segments from a capacitor state: the energy stepping the emulator calls.

Three walks, each exactly the segment-by-segment evolution of :class:`energy.capacitor.Trajectory`:

* :func:`crossing_time`: when does V first reach a voltage (either direction) under a fixed load, walking
  at most ``segments`` segments (changes nothing);
* :meth:`TraceWalk.predict`: the path up to a threshold crossing or a horizon, whole segments then the
  event (the emulator's look-ahead window);
* :meth:`TraceWalk.commit`: apply such a path's whole segments ending by a time to the capacitor and its
  ledger (as ``Capacitor.advance`` would, segment by segment);
* :func:`scan_path`: when does V first reach a voltage along such a path's whole segments (the crossing
  test of ``crossing_time`` on the path's stored end voltages: no segment is walked again);
* :func:`advance_free`: advance the capacitor to a time through segment ends, landing on no threshold.

For a piecewise power trace (or a constant power) and a load without a resistive term (the MCU's constant
current, constant leakage) they run compiled (energy/trajectory_jit.py, bit-identical to
``Trajectory``), so a period of any number of trace samples costs no Python per segment; any other
harvester or load takes the Python walk with ``Trajectory`` itself.
"""

from __future__ import annotations

import math
from typing import NamedTuple

import numpy as np

from energy import trajectory_jit as tj
from energy.aot import lazy_njit
from energy.capacitor import Capacitor, Load, Source, Trajectory
from energy.harvest.base import ConstantPower, NoHarvest
from energy.powered_walk import TraceArrays, _segment, _segment_after

INF = math.inf
KIND_NONE = 0         # no event ever (the plan's t_event is INF)
KIND_THRESHOLD = 1    # the threshold is crossed inside the next segment
KIND_WINDOW = 2       # the walk stopped at its segment count or horizon


@lazy_njit(cache=True, nogil=True)
def _crossing(times, power, end, loop, t, volt, c, a, b, v_max, v, t_limit, segments):
    if volt == v:
        return t, t
    hint = -1
    for _ in range(segments):
        if t >= t_limit:
            return INF, t
        i, t_end = _segment_after(times, end, loop, t, hint)
        hint = i + 1 if i + 1 < times.shape[0] else 0
        p = power[i] if i >= 0 else 0.0
        tr = tj.make(c, p, a, b, volt, v_max)
        seg_end = tj.py_min(t_end, t_limit)
        if seg_end == INF:
            return t + tj.time_to(tr, v), INF
        v_end = tj.voltage_after(tr, seg_end - t)
        if (v_end - v) * (volt - v) <= 0.0:
            dt = tj.time_to(tr, v)
            hit = t + tj.py_min(dt, seg_end - t)
            return hit, hit
        t, volt = seg_end, v_end
    return INF, t


@lazy_njit(cache=True, nogil=True)
def _predict(times, power, end, loop, t, v, c, a, b, v_max, th, horizon, powered, todo,
             out_t, out_v, out_p, out_v0):
    n = 0
    hint = -1
    for _ in range(todo):
        i, t_end = _segment_after(times, end, loop, t, hint)
        hint = i + 1 if i + 1 < times.shape[0] else 0
        p = power[i] if i >= 0 else 0.0
        tr = tj.make(c, p, a, b, v, v_max)
        if t_end == INF:
            dt = tj.time_to(tr, th) if th != v else INF
            if dt == INF and (horizon == INF or not powered):
                return n, KIND_NONE, INF, 0.0, p, v
            if t + dt <= horizon:
                return n, KIND_THRESHOLD, t + dt, dt, p, v
        seg_end = tj.py_min(t_end, horizon)
        v_end = tj.voltage_after(tr, seg_end - t)
        if th != v and (v_end - th) * (v - th) <= 0.0:
            dt = tj.time_to(tr, th)
            if not dt <= seg_end - t:
                dt = seg_end - t
            return n, KIND_THRESHOLD, t + dt, dt, p, v
        out_t[n] = seg_end
        out_v[n] = v_end
        out_p[n] = p
        out_v0[n] = v
        n += 1
        t, v = seg_end, v_end
        if t >= horizon:
            break
    return n, KIND_WINDOW, t, 0.0, 0.0, v


@lazy_njit(cache=True, nogil=True)
def _commit(t_ends, v_ends, powers, v_starts, j, n, due_at, volt, now_t, c, a, b, v_max,
            i_load, r_load, i_leak, r_leak, harvested, consumed, leaked, clamped, led_time, out_volt):
    k = j
    while k < n and t_ends[k] <= due_at:
        t_end = t_ends[k]
        p = powers[k]
        v_end = v_ends[k]
        tr = tj.make(c, p, a, b, v_starts[k], v_max)
        if v_starts[k] != volt:            # never expected (the path chains exact floats): rebuild
            tr = tj.make(c, p, a, b, volt, v_max)
            v_end = -1.0
        has = tj.reachable(tr, v_end)
        volt, harvested, consumed, leaked, clamped, led_time = tj.advance(
            tr, t_end - now_t, v_end, has, p, 0.0, i_load, r_load, i_leak, r_leak,
            harvested, consumed, leaked, clamped, led_time)
        now_t = t_end
        out_volt[k] = volt
        k += 1
    return k, volt, now_t, harvested, consumed, leaked, clamped, led_time


@lazy_njit(cache=True, nogil=True)
def _advance_free(times, power, end, loop, t, target, volt, c, a, b, v_max, i_load, r_load, i_leak, r_leak,
                  harvested, consumed, leaked, clamped, led_time):
    while t < target:
        i, t_end = _segment(times, end, loop, t)
        p = power[i] if i >= 0 else 0.0
        tr = tj.make(c, p, a, b, volt, v_max)
        if t_end < target:
            dt, t_next = t_end - t, t_end
        else:
            dt, t_next = target - t, target
        volt, harvested, consumed, leaked, clamped, led_time = tj.advance(
            tr, dt, 0.0, False, p, 0.0, i_load, r_load, i_leak, r_leak,
            harvested, consumed, leaked, clamped, led_time)
        t = t_next
    return volt, t, harvested, consumed, leaked, clamped, led_time


@lazy_njit(cache=True, nogil=True)
def _scan(times, power, end, loop, t_ends, v_ends, j, n, t, volt, v_test, c, a, b, v_max, v, t_limit):
    """The first time V reaches ``v`` along whole segments j..n-1 of a walked path (end times ``t_ends``,
    end voltages ``v_ends``) from (t, volt), as ``_crossing`` tests each segment: (1, hit, ...) found,
    (2, t, ...) t_limit reached first, (0, INF, t, volt, ...) not within these segments (go on from (t,
    volt)); the last value is the number of segments looked at. ``v_test``: the voltage the first
    segment's test starts from (the committed state's, when it lies inside that segment)."""
    vt = v_test
    for k in range(j, n):
        if t >= t_limit:
            return 2, t, t, volt, k - j
        t_end = t_ends[k]
        v_end = v_ends[k]
        if (v_end - v) * (vt - v) <= 0.0:
            i, _ = _segment(times, end, loop, t)
            p = power[i] if i >= 0 else 0.0
            tr = tj.make(c, p, a, b, volt, v_max)
            hit = t + tj.py_min(tj.time_to(tr, v), t_end - t)
            if hit > t_limit:
                return 2, t_limit, t_limit, volt, k - j + 1
            return 1, hit, hit, volt, k - j + 1
        if t_end >= t_limit:
            return 2, t_limit, t_limit, v_end, k - j + 1
        t, volt, vt = t_end, v_end, v_end
    return 0, INF, t, volt, n - j


def scan_path(walk, t_ends: np.ndarray, v_ends: np.ndarray, j: int, n: int, t: float, volt: float,
              v_test: float, c: float, a: float, v_max: float, v: float,
              t_limit: float) -> tuple[int, float, float, float, int]:
    """``_scan`` over a path walked on ``walk``'s trace (a :class:`TraceWalk` or a PoweredWalk: the trace
    arrays), for a load without a resistive term."""
    return _scan(walk.times, walk.power, walk.end, walk.loop, t_ends, v_ends, j, n, t, volt, v_test, c, a,
                 0.0, v_max, v, t_limit)


class TracePath:
    """A predicted path of whole segments (arrays) and the event that ends it."""

    __slots__ = ("n", "kind", "t_event", "dt", "power", "v_start", "t_ends", "v_ends", "powers", "v_starts",
                 "volts", "index")

    def __init__(self, n: int, kind: int, t_event: float, dt: float, power: float, v_start: float,
                 arrays: np.ndarray) -> None:
        self.n, self.kind, self.t_event, self.dt = n, kind, t_event, dt
        self.power, self.v_start = power, v_start      # the event's segment (KIND_THRESHOLD)
        self.t_ends, self.v_ends, self.powers, self.v_starts, self.volts = arrays
        self.index = 0                                 # whole segments committed


class TraceWalk(TraceArrays):
    """The compiled walks over one piecewise power trace (from ``from_harvester``)."""

    @classmethod
    def from_harvester(cls, harvester) -> TraceWalk | None:
        """A walk for a piecewise harvester of powers starting at t = 0 or a constant power (one segment
        that never ends, as ``segment`` answers), else None."""
        if isinstance(harvester, (NoHarvest, ConstantPower)):
            seg = harvester.segment(0.0)
            return cls(np.zeros(1), np.array([seg.source.power]), INF, False)
        walk = super().from_harvester(harvester)
        if walk is None or not bool(np.all(walk.times[1:] > walk.times[:-1])):
            return None                # (the walks guess each next sample index: times must increase)
        return walk

    def crossing(self, t: float, volt: float, c: float, a: float, b: float, v_max: float, v: float,
                 t_limit: float, segments: int) -> tuple[float, float]:
        return _crossing(self.times, self.power, self.end, self.loop, t, volt, c, a, b, v_max, v,
                         t_limit, segments)

    def predict(self, t: float, v: float, c: float, a: float, b: float, v_max: float, threshold: float,
                horizon: float, powered: bool, todo: int) -> TracePath:
        arrays = np.empty((5, todo), dtype=np.float64)
        res = _predict(self.times, self.power, self.end, self.loop, t, v, c, a, b, v_max, threshold, horizon,
                       powered, todo, arrays[0], arrays[1], arrays[2], arrays[3])
        return TracePath(*res, arrays)

    @staticmethod
    def commit(path: TracePath, cap: Capacitor, now_t: float, due_at: float, a: float, b: float,
               load: Load) -> float:
        """Apply the path's whole segments that end by ``due_at`` to ``cap`` (its voltage and ledger) from
        time ``now_t``; returns the new time."""
        led = cap.ledger
        res = _commit(path.t_ends, path.v_ends, path.powers, path.v_starts, path.index, path.n, due_at,
                      cap.voltage, now_t, cap.capacitance, a, b, cap.v_max, load.current, load.resistance,
                      cap.leak_current, cap.leak_resistance, led.harvested, led.consumed, led.leaked,
                      led.clamped, led.time, path.volts)
        (path.index, cap.voltage, now_t, led.harvested, led.consumed, led.leaked, led.clamped,
         led.time) = res
        return now_t


def advance_free(harvester, cap: Capacitor, load: Load, t: float, target: float,
                 walk: TraceWalk | None = None) -> float:
    """Advance ``cap`` from time ``t`` to ``target`` under ``load`` through the harvester's segment ends,
    landing on no threshold (``Capacitor.advance`` segment by segment); returns the new time (target)."""
    b = 1.0 / load.resistance + 1.0 / cap.leak_resistance
    if walk is not None and b == 0.0 and t < target:
        led = cap.ledger
        (cap.voltage, t, led.harvested, led.consumed, led.leaked, led.clamped, led.time) = _advance_free(
            walk.times, walk.power, walk.end, walk.loop, t, target, cap.voltage, cap.capacitance,
            0.0 - load.current - cap.leak_current, b, cap.v_max, load.current, load.resistance,
            cap.leak_current, cap.leak_resistance, led.harvested, led.consumed, led.leaked, led.clamped,
            led.time)
        return t
    while t < target:
        seg = harvester.segment(t)
        if seg.t_end < target:
            cap.advance(seg.t_end - t, seg.source, load)
            t = seg.t_end
        else:
            cap.advance(target - t, seg.source, load)
            t = target
    return t


class SegmentSteps(NamedTuple):
    """The Python walk's path: whole segments ``(t_end, source, trajectory, v_end)``, then the event
    (``kind``: "threshold" at ``t_event`` inside ``traj``/``source`` after ``dt``, "window" at ``t_event``,
    or "none": no event ever)."""

    steps: list
    kind: str
    t_event: float
    traj: Trajectory | None = None
    source: Source | None = None
    dt: float = 0.0


def predict_steps(harvester, c: float, i_load: float, i_leak: float, b: float, v_max: float, t: float,
                  v: float, th: float, horizon: float, powered: bool, todo: int) -> SegmentSteps:
    """The look-ahead walk with ``Trajectory`` for any harvester and load (``TraceWalk.predict`` is its
    compiled form): whole segments from (t, v) until the threshold ``th`` is crossed, ``todo`` segments or
    ``horizon``; a source that holds forever and never reaches ``th`` gives kind "none" when the horizon is
    infinite or ``powered`` is False (nothing would ever boot the MCU)."""
    steps: list = []
    segment = harvester.segment
    for _ in range(todo):
        seg = segment(t)
        src = seg.source
        traj = Trajectory(c, src.power, src.current - i_load - i_leak, b, v, v_max)
        if seg.t_end == INF:                  # this source holds forever: the threshold or nothing
            dt = traj.time_to(th) if th != v else INF
            if dt == INF and (horizon == INF or not powered):
                return SegmentSteps(steps, "none", INF)
            if t + dt <= horizon:
                return SegmentSteps(steps, "threshold", t + dt, traj, src, dt)
        end = min(seg.t_end, horizon)
        v_end = traj.voltage_after(end - t)
        if th != v and (v_end - th) * (v - th) <= 0.0:
            dt = traj.time_to(th)
            if not dt <= end - t:
                dt = end - t                  # rounding at the segment's end
            return SegmentSteps(steps, "threshold", t + dt, traj, src, dt)
        steps.append((end, src, traj, v_end))
        t, v = end, v_end
        if t >= horizon:
            break
    return SegmentSteps(steps, "window", t)


def crossing_time(harvester, cap: Capacitor, load: Load, t: float, v: float, t_limit: float = INF,
                  segments: int = 512, walk: TraceWalk | None = None,
                  volt: float | None = None) -> tuple[float, float]:
    """(absolute time V first reaches ``v`` from ``cap``'s voltage (or ``volt``) at time ``t`` under
    ``load``, how far the walk looked): (INF, t_walked) when not within ``segments`` segments or
    ``t_limit``. ``walk``: the compiled walk of ``harvester`` (``TraceWalk.from_harvester``), used when the
    load has no resistance."""
    volt = cap.voltage if volt is None else volt
    if volt == v:
        return t, t
    c, i_load, i_leak, v_max = cap.capacitance, load.current, cap.leak_current, cap.v_max
    b = 1.0 / load.resistance + 1.0 / cap.leak_resistance
    if walk is not None and b == 0.0:
        return walk.crossing(t, volt, c, 0.0 - i_load - i_leak, b, v_max, v, t_limit, segments)
    for _ in range(segments):
        if t >= t_limit:
            return INF, t
        seg = harvester.segment(t)
        src = seg.source
        traj = Trajectory(c, src.power, src.current - i_load - i_leak, b, volt, v_max)
        end = min(seg.t_end, t_limit)
        if end == INF:
            return t + traj.time_to(v), INF
        v_end = traj.voltage_after(end - t)
        if (v_end - v) * (volt - v) <= 0.0:
            dt = traj.time_to(v)
            return t + min(dt, end - t), t + min(dt, end - t)
        t, volt = end, v_end
    return INF, t


__all__ = ["KIND_NONE", "KIND_THRESHOLD", "KIND_WINDOW", "SegmentSteps", "TracePath", "TraceWalk",
           "advance_free", "crossing_time", "predict_steps", "scan_path"]
