"""When will the capacitor cross a voltage? Predictions for checkpoint strategies (msp430emu/checkpoint).

:func:`crossing_time` walks the harvester's segments from the energy system's committed state under the
load now in force (the MCU's present mode and MCLK), with the same closed forms the power model commits
with (``energy.capacitor.Trajectory``), and returns the absolute time at which V first reaches ``v``, in
either direction. It changes nothing. A strategy uses it to know, in advance, when a Mementos check would
first see V < V_thresh (the cycle at which to arm the trigger points), when Hibernus's comparator fires at
V_hibernate or wakes at V_restore, and when V_off would cut a save short.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from energy.capacitor import Trajectory

INF = math.inf
WALK_SEGMENTS = 512          # harvester segments walked per prediction before giving up (a re-check time)


@dataclass(frozen=True, slots=True)
class Crossing:
    """``t``: the absolute time V reaches the voltage (INF: not within the walk); ``t_walked``: how far the
    walk looked (ask again from there when ``t`` is INF and ``t_walked`` is finite)."""

    t: float
    t_walked: float


def crossing_time(power, v: float, t_limit: float = INF, segments: int = WALK_SEGMENTS) -> Crossing:
    """The first time at or after the committed energy state at which the capacitor voltage reaches ``v``
    under ``power``'s present load (``power``: a :class:`msp430emu.power.intermittent.IntermittentPower`)."""
    system = power.system
    cap, harvester, load = system.capacitor, system.harvester, power.load
    t, volt = system.time, cap.voltage
    if volt == v:
        return Crossing(t, t)
    c, i_load, i_leak, v_max = cap.capacitance, load.current, cap.leak_current, cap.v_max
    b = 1.0 / load.resistance + 1.0 / cap.leak_resistance
    for _ in range(segments):
        if t >= t_limit:
            return Crossing(INF, t)
        seg = harvester.segment(t)
        src = seg.source
        traj = Trajectory(c, src.power, src.current - i_load - i_leak, b, volt, v_max)
        end = min(seg.t_end, t_limit)
        if end == INF:
            return Crossing(t + traj.time_to(v), INF)
        v_end = traj.voltage_after(end - t)
        if (v_end - v) * (volt - v) <= 0.0:
            dt = traj.time_to(v)
            return Crossing(t + min(dt, end - t), t + min(dt, end - t))
        t, volt = end, v_end
    return Crossing(INF, t)


__all__ = ["Crossing", "WALK_SEGMENTS", "crossing_time"]
