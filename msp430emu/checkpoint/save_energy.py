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

import math

import numpy as np

from energy.capacitor import Capacitor
from energy.walk import _advance_free, advance_free
from msp430emu._lazyjit import lazy_njit
from msp430emu.cpu.state import SB_CHECKS, SB_CYCLE, SB_CYCLES, SB_SIZE


@lazy_njit(cache=True, nogil=True)
def _stamp_voltages(times, power, loop, params, stamps, out):
    t, volt, c, a, v_max, i_load, r_load, i_leak, r_leak, end = params   # (few arguments: a cheap call)
    harvested = consumed = leaked = clamped = led_time = 0.0
    for k in range(stamps.shape[0]):
        volt, t, harvested, consumed, leaked, clamped, led_time = _advance_free(
            times, power, end, loop, t, stamps[k], volt, c, a, 0.0, v_max, i_load, r_load, i_leak, r_leak,
            harvested, consumed, leaked, clamped, led_time)
        out[k] = volt


@lazy_njit(cache=True, nogil=True)
def _book_records(times, power, loop, params, ctl, first, n):
    """V at each buffered save's stamp (as ``_stamp_voltages``) and the booking of book_save's energy terms
    there (as ``Checkpointer.book_saves``: the same operations on each save, added to the totals in the
    same order): (checks J, saves J, last stamp, its V, ok); ok 0 if a stamp lies before the start."""
    (t, volt, c, a, v_max, i_load, r_load, i_leak, r_leak, end, seg_t, seg_cycles, t_mclk, check_cycles,
     ua, slope, v_ref, v_min, v_hi, mclk, last_count, last_v, checks_j, saves_j) = params
    harvested = consumed = leaked = clamped = led_time = 0.0
    t_first = seg_t + (ctl[first + SB_CYCLE] - int(seg_cycles)) / t_mclk
    if n == 0 or t_first < t:
        return checks_j, saves_j, t, volt, 0
    count_before = int(last_count)
    for k in range(n):
        r = first + k * SB_SIZE
        stamp = seg_t + (ctl[r + SB_CYCLE] - int(seg_cycles)) / t_mclk           # Machine.time_at
        volt, t, harvested, consumed, leaked, clamped, led_time = _advance_free(
            times, power, end, loop, t, stamp, volt, c, a, 0.0, v_max, i_load, r_load, i_leak, r_leak,
            harvested, consumed, leaked, clamped, led_time)
        count = ctl[r + SB_CHECKS]
        if count > count_before and check_cycles != 0.0:                          # sample_checks
            v_mid = volt if math.isnan(last_v) else 0.5 * (volt + last_v)
            vcc = min(max(v_mid, v_min), v_hi)
            checks_j += v_mid * (ua * 1e-6 * (1.0 + slope * (vcc - v_ref))) * float(
                (count - count_before) * int(check_cycles)) / mclk
        cycles = ctl[r + SB_CYCLES]
        if cycles > 0:                                                            # _energy
            vcc = min(max(volt, v_min), v_hi)
            saves_j += volt * (ua * 1e-6 * (1.0 + slope * (vcc - v_ref))) * float(cycles) / mclk
        count_before = count
        last_v = volt
    return checks_j, saves_j, t, volt, 1


def book_records(power, ctl: np.ndarray, first: int, n: int, start: tuple[float, float] | None,
                 timebase: tuple[float, int, float], sample: tuple[int, float | None], check_cycles: int,
                 current: tuple[float, float, float, float, float, float],
                 totals: tuple[float, float]) -> tuple[float, float, float, float] | None:
    """One compiled pass over the ``n`` save records at ``ctl[first:]`` (the core's buffer): V at each
    stamp (the walk of :func:`stamp_voltages`, from ``start`` or the committed state) and the checks' and
    saves' energy booked there, as ``Checkpointer.book_saves`` books them. ``timebase``: the machine's
    (segment time, segment cycles, MCLK); ``sample``: the checkpointer's last (checks, V); ``current``: the
    MCU's active current model (uA at this MCLK, V slope, V reference, V min, V max, MCLK); ``totals``: the
    checks' and saves' energy so far. Returns (checks J, saves J, last stamp, its V), or None where this
    walk does not apply (not a power trace or constant power, a resistive load or leak, a stamp before the
    start): the caller then takes :func:`stamp_voltages` and ``book_saves``."""
    walk = power.trace_walk
    system = power.system
    cap, load = system.capacitor, power.load
    if walk is None or 1.0 / load.resistance + 1.0 / cap.leak_resistance != 0.0:
        return None
    t0, v0 = start if start is not None else (system.time, cap.voltage)
    last_count, last_v = sample
    params = np.array((t0, v0, cap.capacitance, 0.0 - load.current - cap.leak_current, cap.v_max,
                       load.current, load.resistance, cap.leak_current, cap.leak_resistance, walk.end,
                       timebase[0], timebase[1], timebase[2], check_cycles, *current, last_count,
                       math.nan if last_v is None else last_v, totals[0], totals[1]))
    checks_j, saves_j, t, v, ok = _book_records(walk.times, walk.power, walk.loop, params, ctl, first, n)
    return (checks_j, saves_j, t, v) if ok else None


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


__all__ = ["book_records", "stamp_voltages"]
