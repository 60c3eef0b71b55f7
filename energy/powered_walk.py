"""Powered periods on a power trace: the segment walk of the common case compiled (numba).

While the MCU runs, the capacitor sees a piecewise-constant power P in and a constant current out
(the MCU's mode current plus any constant leakage; no resistance): C dV/dt = P/V + a with a < 0. Per
segment, the time to reach V is closed form (docs/energy-model.md 2.1, with u0 = P + a V0, x = a dV/u0)::

    t(V) = C dV V0 / u0 + C P h(x) / a^2,     h(x) = x - log1p(x)   (a series for small |x|)

and V after a segment is a safeguarded Newton solve of it (the Euler step as the first guess; 2-3
iterations). The energy terms: harvested = P dt, consumed = I x integral of V dt, the latter in closed form
(``_m1``, the log1p remainders by series for small steps; energy/ computes it from its moment integrals,
the tests compare both). Steps within 1 % of the equilibrium P/|a| are handed off (energy/ switches to
its regular form there). :func:`walk_powered` walks up to ``max_n`` segments and stops *before* a segment
it does not handle - the switch threshold crossed inside it, the clamp reached, 0 V, the end of a
non-looped trace, a step near the equilibrium - so the caller (the emulator's power bridge) continues from
there with the exact walk of energy/walk.py (which then lands on the threshold exactly as before).
"""

from __future__ import annotations

import math

import numpy as np

from energy.aot import lazy_njit
from energy.harvest.base import sample_powers

STOP_COUNT = 0       # max_n segments walked
STOP_HORIZON = 1     # the horizon reached
STOP_HANDOFF = 2     # the next segment needs the general walk (threshold, clamp, 0 V, trace end)


@lazy_njit(cache=True, nogil=True)
def _segment(times: np.ndarray, end: float, loop: bool, t: float) -> tuple[int, float]:
    """(sample index, absolute end time) in force at t, as PiecewiseHarvester.segment; -1 after the end:
    ``_segment_after`` with no guess (the binary search over the whole trace)."""
    return _segment_after(times, end, loop, t, -1)


@lazy_njit(cache=True, nogil=True)
def _segment_after(times: np.ndarray, end: float, loop: bool, t: float, hint: int) -> tuple[int, float]:
    """``_segment`` with a guess of the sample index (the one after the previous segment's): the same answer
    (for times that increase, as ``PiecewiseHarvester``'s own lookup takes them), without the binary search
    over the whole trace when the guess holds."""
    n = times.shape[0]
    while True:
        base = 0.0
        tau = t
        if t >= end:
            if not loop:
                return -1, math.inf
            base = math.floor(t / end) * end
            tau = t - base
            if tau >= end:
                base += end
                tau = 0.0
        if 0 <= hint < n and times[hint] <= tau and (hint + 1 == n or tau < times[hint + 1]):
            i = hint
        else:
            i = int(np.searchsorted(times, tau, side="right")) - 1
            if i < 0:
                i = 0
        t_next = times[i + 1] if i + 1 < n else end
        t_end = base + t_next
        if t_end > t:
            return i, t_end
        t = np.nextafter(max(t, t_end), math.inf)


SERIES_X = 0.3       # |x| below this: the log1p remainders by their power series (no cancellation)


@lazy_njit(cache=True, nogil=True)
def _log1p_tail(x: float, first: int) -> float:
    """sum over k >= first of (-1)^(k+1) x^k / k: log1p(x) minus its first (first - 1) terms, by series."""
    term = x ** first if first % 2 == 1 else -(x ** first)
    total = 0.0
    k = first
    while True:
        add = term / k
        total += add
        if abs(add) <= 1e-18 * abs(total):
            return total
        term *= -x
        k += 1


@lazy_njit(cache=True, nogil=True)
def _h(x: float) -> float:
    """x - log1p(x) without cancellation for small |x|."""
    if abs(x) >= SERIES_X:
        return x - math.log1p(x)
    return -_log1p_tail(x, 2)


@lazy_njit(cache=True, nogil=True)
def _g(x: float) -> float:
    """log1p(x) - x + x^2/2 without cancellation for small |x|."""
    if abs(x) >= SERIES_X:
        return math.log1p(x) - x + 0.5 * x * x
    return _log1p_tail(x, 3)


@lazy_njit(cache=True, nogil=True)
def _m1(c: float, p: float, a: float, v0: float, u0: float, v1: float) -> float:
    """integral of V dt from v0 to v1 = C integral of V^2/(P + aV) dV, as
    C dV V0^2/u0 + C V0 (u0 + P) x^2 / (2 a^2) + C P^2 g(x) / a^3 (x = a dV/u0)."""
    dv = v1 - v0
    x = a * dv / u0
    return c * dv * v0 * v0 / u0 + c * v0 * (u0 + p) * x * x / (2.0 * a * a) + c * p * p * _g(x) / (a * a * a)


@lazy_njit(cache=True, nogil=True)
def _t_of(c: float, p: float, a: float, v0: float, u0: float, v: float) -> float:
    dv = v - v0
    return c * dv * v0 / u0 + c * p * _h(a * dv / u0) / (a * a)


@lazy_njit(cache=True, nogil=True)
def _after(c: float, p: float, a: float, v0: float, dt: float) -> float:
    """V after dt under C dV/dt = P/V + a (P > 0, a < 0, v0 > 0); NaN if not solved."""
    u0 = p + a * v0
    if u0 == 0.0:
        return v0
    v_eq = -p / a
    if u0 > 0.0:
        lo, hi, up = v0, v_eq, True
    else:
        lo, hi, up = v_eq, v0, False
    v = v0 + (p / v0 + a) / c * dt
    if not lo < v < hi:
        v = 0.5 * (lo + hi)
    for _ in range(100):
        f = _t_of(c, p, a, v0, u0, v) - dt
        if f != f:
            f = math.inf                               # v rounds onto the equilibrium: never reached
        if f == 0.0:
            return v
        if (f > 0.0) == up:
            hi = v
        else:
            lo = v
        g = p + a * v
        if g == 0.0 or not math.isfinite(f):       # on the equilibrium to within rounding: bisect
            v_new = 0.5 * (lo + hi)
        else:
            v_new = v - f * g / (c * v)
        if abs(v_new - v) <= 4e-16 * abs(v):
            return v_new
        if not lo < v_new < hi:
            v_new = 0.5 * (lo + hi)
        if hi - lo <= 4e-16 * abs(hi):
            return v_new
        v = v_new
    return math.nan


@lazy_njit(cache=True, nogil=True)
def walk_powered(times: np.ndarray, power: np.ndarray, end: float, loop: bool, t: float, v: float,
                 c: float, a: float, v_max: float, threshold: float, horizon: float, max_n: int,
                 out_t: np.ndarray, out_v: np.ndarray, out_h: np.ndarray, out_m1: np.ndarray
                 ) -> tuple[int, int]:
    """Walk whole segments from (t, v); fill the end time, end voltage, cumulative harvested energy and
    cumulative integral of V dt after each. Returns (segments walked, STOP_*)."""
    cum_h = 0.0
    cum_m = 0.0
    hint = -1
    for k in range(max_n):
        i, t_end = _segment_after(times, end, loop, t, hint)
        if i < 0:
            return k, STOP_HANDOFF
        hint = i + 1 if i + 1 < times.shape[0] else 0
        p = power[i]
        seg_end = min(t_end, horizon)
        dt = seg_end - t
        if v == 0.0:
            return k, STOP_HANDOFF
        if p == 0.0:
            v1 = v + a * dt / c
            if v1 <= 0.0:
                return k, STOP_HANDOFF
        elif a == 0.0:
            v1 = math.sqrt(v * v + 2.0 * p * dt / c)
        elif a < 0.0:
            v_eq = -p / a
            if abs(v - v_eq) <= 0.01 * v_eq:
                return k, STOP_HANDOFF                 # near the equilibrium: energy/'s regular form
            v1 = _after(c, p, a, v, dt)
            if not v1 == v1 or abs(v1 - v_eq) <= 0.01 * abs(v - v_eq):
                return k, STOP_HANDOFF
        else:
            return k, STOP_HANDOFF
        if v1 >= v_max or v >= v_max:
            return k, STOP_HANDOFF
        if threshold != v and (v1 - threshold) * (v - threshold) <= 0.0:
            return k, STOP_HANDOFF
        cum_h += p * dt
        if p == 0.0 or a == 0.0:
            cum_m += 0.5 * (v + v1) * dt          # linear in t (P = 0); not booked at all when a = 0
        else:
            cum_m += _m1(c, p, a, v, p + a * v, v1)
        out_t[k] = seg_end
        out_v[k] = v1
        out_h[k] = cum_h
        out_m1[k] = cum_m
        t, v = seg_end, v1
        if seg_end >= horizon:
            return k + 1, STOP_HORIZON
    return max_n, STOP_COUNT


class TraceArrays:
    """A piecewise power trace as the compiled walks take it: segment start times, powers (W), the end of
    the trace and whether it loops."""

    def __init__(self, times: np.ndarray, power: np.ndarray, end: float, loop: bool) -> None:
        self.times = np.ascontiguousarray(times, dtype=np.float64)
        self.power = np.ascontiguousarray(power, dtype=np.float64)
        self.end = float(end)
        self.loop = bool(loop)

    @classmethod
    def from_harvester(cls, harvester):
        """The arrays of a piecewise harvester of powers starting at t = 0, else None."""
        power = sample_powers(harvester)
        if power is None:
            return None
        return cls(np.array(harvester.times, dtype=np.float64), power, harvester.end, harvester.loop)


class PoweredWalk(TraceArrays):
    """The trace arrays and output buffers for :func:`walk_powered` (one per power bridge)."""

    @classmethod
    def from_harvester(cls, harvester):
        """As ``TraceArrays.from_harvester``, for sample times that increase (every trace and generated
        source; ``walk_powered`` guesses each next sample index as ``PiecewiseHarvester`` does), else None."""
        walk = super().from_harvester(harvester)
        if walk is None or not bool(np.all(walk.times[1:] > walk.times[:-1])):
            return None
        return walk

    def walk(self, t: float, v: float, c: float, a: float, v_max: float, threshold: float,
             horizon: float, max_n: int) -> tuple[int, int, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """(n, STOP_*, end times, end voltages, cumulative harvested J, cumulative integral of V dt) of n
        whole segments (fresh arrays: a plan keeps them)."""
        out = np.empty((4, max_n), dtype=np.float64)
        n, stop = walk_powered(self.times, self.power, self.end, self.loop, t, v, c, a, v_max, threshold,
                            horizon, max_n, out[0], out[1], out[2], out[3])
        return n, stop, out[0], out[1], out[2], out[3]
