"""When will the capacitor cross a voltage? Predictions for checkpoint strategies (msp430emu/checkpoint).

:func:`crossing_time` follows the capacitor from the energy system's committed state under the load now in
force (the MCU's present mode and MCLK) and returns the absolute time at which V first reaches ``v``, in
either direction: from the power bridge's look-ahead plan where it covers the crossing (its stored segment
ends), then with the energy model's own walk (``energy.walk.crossing_time``: compiled on power traces,
bit-identical to ``Trajectory``) from the plan's end (``IntermittentPower.crossing``). It changes nothing.
A strategy uses it to know, in advance, when a Mementos check would first see V < V_thresh (the cycle at
which to arm the trigger points), when Hibernus's comparator fires at V_hibernate or wakes at V_restore,
and when V_off would cut a save short.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

INF = math.inf
WALK_SEGMENTS = 512          # harvester segments walked per prediction before giving up (a re-check time)


@dataclass(frozen=True, slots=True)
class Crossing:
    """``t``: the absolute time V reaches the voltage (INF: not within the walk); ``t_walked``: how far the
    walk looked (ask again from there when ``t`` is INF and ``t_walked`` is finite)."""

    t: float
    t_walked: float


def crossing_time(power, v: float, t_limit: float = INF, segments: int = WALK_SEGMENTS, *,
                  past_plan: bool = False) -> Crossing:
    """The first time at or after the committed energy state at which the capacitor voltage reaches ``v``
    under ``power``'s present load (``power``: a :class:`msp430emu.power.intermittent.IntermittentPower`).
    ``past_plan``: look on past the end of the power bridge's look-ahead window (up to ``segments``)."""
    return Crossing(*power.crossing(v, t_limit, segments, past_plan))


__all__ = ["Crossing", "WALK_SEGMENTS", "crossing_time"]
