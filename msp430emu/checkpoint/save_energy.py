"""The supply voltage at each save the core made during one run (msp430emu/checkpoint/incore.py): one
compiled walk from the energy model's committed state through the save stamps, instead of committing the
model at each stamp as the host path does (a commit in the middle of a trace segment costs a new look-ahead:
tens of microseconds a save).

Each stamp's voltage is the capacitor advanced from the previous stamp's (the first from the committed
state) through the harvester's segment ends with the load in force, by energy/walk.py's compiled
``advance_free`` - the same closed forms, bit-identical to ``Trajectory``, that a commit at the stamp uses.
The two differ only in where a segment is split (the host path splits it at each of its commits, this walk
at each stamp), so the voltages agree to float rounding. The energy model itself is not committed here:
its next commit (the next event) walks from its own committed state as it would have without the saves.
"""

from __future__ import annotations

import numpy as np

from energy.capacitor import Capacitor
from energy.walk import _advance_free, advance_free
from msp430emu._lazyjit import lazy_njit


@lazy_njit(cache=True, nogil=True)
def _stamp_voltages(times, power, loop, params, stamps, out):
    t, volt, c, a, v_max, i_load, r_load, i_leak, r_leak, end = params   # (few arguments: a cheap call)
    harvested = consumed = leaked = clamped = led_time = 0.0
    for k in range(stamps.shape[0]):
        volt, t, harvested, consumed, leaked, clamped, led_time = _advance_free(
            times, power, end, loop, t, stamps[k], volt, c, a, 0.0, v_max, i_load, r_load, i_leak, r_leak,
            harvested, consumed, leaked, clamped, led_time)
        out[k] = volt


def stamp_voltages(power, stamps: np.ndarray, start: tuple[float, float] | None = None) -> np.ndarray | None:
    """V at each of the increasing times ``stamps`` (none before the committed state) under the present
    load; ``start``: a (time, V) on the present trajectory after the committed state to walk from (a
    previous call's last stamp). A harvester other than a power trace or a constant power, or a resistive
    load or leak, takes energy/walk.py's Python walk (``advance_free``: ``Trajectory`` segment by segment)
    on a scratch capacitor. None if a stamp lies before the start (the caller then commits at each)."""
    walk = power.trace_walk
    system = power.system
    cap, load = system.capacitor, power.load
    t0, v0 = start if start is not None else (system.time, cap.voltage)
    if not stamps.shape[0] or stamps[0] < t0:
        return None
    b = 1.0 / load.resistance + 1.0 / cap.leak_resistance
    if walk is None or b != 0.0:
        scratch = Capacitor(cap.capacitance, v0, cap.leak_current, cap.leak_resistance, cap.v_max)
        out_list = []
        for t in stamps.tolist():
            t0 = advance_free(system.harvester, scratch, load, t0, t)
            out_list.append(scratch.voltage)
        return np.array(out_list)
    out = np.empty(stamps.shape[0], dtype=np.float64)
    stamps = np.ascontiguousarray(stamps, dtype=np.float64)
    a = 0.0 - load.current - cap.leak_current
    params = np.array((t0, v0, cap.capacitance, a, cap.v_max, load.current, load.resistance, cap.leak_current,
                       cap.leak_resistance, walk.end))
    _stamp_voltages(walk.times, walk.power, walk.loop, params, stamps, out)
    return out


__all__ = ["stamp_voltages"]
