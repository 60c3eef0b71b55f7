"""Capacitor + harvester + power switch, advanced event by event (the stand-alone energy simulation).

The emulator's event loop holds these same three objects and steps them through energy/walk.py (the same
closed forms, compiled on power traces), which adds what it needs beyond ``step``: a look-ahead window of
segments, commits to any instant, and crossing predictions for the checkpoint strategies.

``next_event(load)`` answers "when, at the latest, must I come back?": the earliest of the harvester's
segment end, the power switch's threshold crossing and any extra threshold the caller watches (e.g. a
Mementos V_thresh or a Hibernus V_hibernate), all in closed form. ``step(max_dt, load)`` advances exactly
min(max_dt, that time), lands exactly on a crossed threshold, and updates the switch. While the switch is
off the load draws nothing (the MCU is held in reset).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from energy.capacitor import NO_LOAD, Capacitor, Load, Trajectory
from energy.errors import EnergyError
from energy.harvest.base import Harvester, Segment, peak_source
from energy.power import PowerSwitch

INF = math.inf


@dataclass(frozen=True, slots=True)
class StepResult:
    dt: float                 # seconds advanced
    kind: str                 # "limit" (max_dt reached) | "segment" (harvester changed) | "threshold"
    threshold: float | None   # the voltage crossed, for kind == "threshold"
    switched: bool            # the power switch changed state at the end of the step


class EnergySystem:
    """The energy side of a run: time, capacitor voltage, harvester segment, on/off state."""

    __slots__ = ("capacitor", "harvester", "switch", "time")

    def __init__(self, capacitor: Capacitor, harvester: Harvester, switch: PowerSwitch,
                 time: float = 0.0) -> None:
        if switch.v_on > capacitor.v_max:
            raise EnergyError(f"turn-on voltage {switch.v_on} V is above the clamp {capacitor.v_max} V: "
                              "the device would never start")
        self.capacitor = capacitor
        self.harvester = harvester
        self.switch = switch
        self.time = float(time)
        switch.update(capacitor.voltage)

    def why_unreachable(self, v_target: float) -> str | None:
        """Why the capacitor, with no load, can never charge from where it is to ``v_target`` (None: it may):
        the harvester's most (:func:`~energy.harvest.base.peak_source`) cannot beat the leakage there, or
        the clamp is below it. A harvester that cannot bound itself is given the benefit of the doubt."""
        cap = self.capacitor
        if cap.voltage >= v_target:
            return None
        if cap.v_max < v_target:
            return f"the clamp holds it at {cap.v_max:g} V"
        peak = peak_source(self.harvester)
        if peak is None:
            return None
        net = peak.power / v_target + peak.current - cap.leak_current - v_target / cap.leak_resistance
        if net > 0.0:
            return None
        if peak.power == 0.0 and peak.current == 0.0:
            return "the harvester delivers nothing"
        return (f"at {v_target:g} V the harvester's most ({peak.power:.3g} W, {peak.current:.3g} A) does not "
                f"exceed the leakage")

    def next_event(self, load: Load = NO_LOAD,
                   thresholds: Sequence[float] = ()) -> tuple[float, str, float | None]:
        """(seconds until the next event, its kind, the threshold voltage if any)."""
        seg = self.harvester.segment(self.time)
        ld = load if self.switch.is_on else NO_LOAD
        return self._next(seg, self.capacitor.trajectory(seg.source, ld), thresholds)

    def _next(self, seg: Segment, traj: Trajectory,
              thresholds: Sequence[float]) -> tuple[float, str, float | None]:
        best = (seg.t_end - self.time, "segment", None)
        v = traj.v0
        for th in (self.switch.threshold, *thresholds):
            if th == v:
                continue                        # already there: handled by the step that landed on it
            dt = traj.time_to(th)
            if dt < best[0]:
                best = (dt, "threshold", th)
        return best

    def step(self, max_dt: float, load: Load = NO_LOAD, thresholds: Sequence[float] = ()) -> StepResult:
        """Advance by min(max_dt, time to the next event), exactly."""
        if not max_dt >= 0.0:
            raise EnergyError(f"step length must be >= 0 s (got {max_dt})")
        seg = self.harvester.segment(self.time)
        ld = load if self.switch.is_on else NO_LOAD
        cap = self.capacitor
        traj = cap.trajectory(seg.source, ld)
        dt, kind, th = self._next(seg, traj, thresholds)
        if dt == INF and max_dt == INF:
            raise EnergyError("no energy event will ever happen here: give step() a finite max_dt")
        if max_dt < dt:
            cap.advance(max_dt, seg.source, ld, trajectory=traj)
            self.time += max_dt
            return StepResult(max_dt, "limit", None, self.switch.update(cap.voltage))
        if kind == "threshold":
            cap.advance(dt, seg.source, ld, v_end=th, trajectory=traj)
            self.time += dt
        else:
            cap.advance(dt, seg.source, ld, trajectory=traj)
            self.time = seg.t_end
        return StepResult(dt, kind, th, self.switch.update(cap.voltage))

    def run_until(self, t_end: float, load: Load = NO_LOAD, thresholds: Sequence[float] = (),
                  max_steps: int = 10_000_000) -> list[StepResult]:
        """Advance to absolute time t_end with a fixed load, through any number of events; returns the
        steps that crossed a threshold (switch changes included), in order."""
        crossings: list[StepResult] = []
        steps = 0
        while self.time < t_end:
            if steps >= max_steps:
                raise EnergyError(f"more than {max_steps} energy events before t={t_end} s")
            r = self.step(t_end - self.time, load, thresholds)
            if r.kind == "threshold" or r.switched:
                crossings.append(r)
            steps += 1
        return crossings
