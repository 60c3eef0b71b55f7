"""Off periods on a power trace in one step: the cumulative harvested energy as a table.

While the MCU is off nothing draws from a capacitor without leakage, so under a constant-power source
C dV/dt = P/V gives C V^2/2 = C V0^2/2 + integral of P dt: the voltage depends only on the energy harvested
since, and V_on is reached when that energy reaches C (V_on^2 - V^2)/2. With the trace's cumulative energy
F(t) tabulated once (numpy), the boot time is a binary search instead of one closed-form step per sample.
Used by the emulator's power bridge for piecewise power traces while the MCU is off (not for currents,
leakage or a timeline's fixed resolution, which take the general segment walk).
"""

from __future__ import annotations

import math

import numpy as np

from energy.harvest.base import sample_powers

INF = math.inf


class OffChargeTable:
    """F(t) = energy (J) a piecewise-constant power trace delivers on [0, t); its inverse."""

    def __init__(self, times: np.ndarray, power: np.ndarray, end: float, loop: bool) -> None:
        self.times = np.append(times, end)                    # t_0 .. t_n (t_n = end)
        self.power = power
        self.cum = np.concatenate(([0.0], np.cumsum(power * np.diff(self.times))))
        self.end = end
        self.loop = loop
        self.total = float(self.cum[-1])

    @classmethod
    def from_harvester(cls, harvester) -> OffChargeTable | None:
        """A table for a piecewise harvester of powers starting at t = 0, else None."""
        power = sample_powers(harvester)
        if power is None:
            return None
        return cls(np.array(harvester.times, dtype=np.float64), power, harvester.end, harvester.loop)

    def _local(self, tau: float) -> float:
        i = int(np.searchsorted(self.times, tau, side="right")) - 1
        if i >= len(self.power):
            return self.total
        return float(self.cum[i]) + float(self.power[i]) * (tau - float(self.times[i]))

    def energy_at(self, t: float) -> float:
        """F(t): energy delivered on [0, t)."""
        if t < self.end:
            return self._local(t)
        if not self.loop:
            return self.total
        k = math.floor(t / self.end)
        return k * self.total + self._local(t - k * self.end)

    def _inverse_local(self, target: float) -> float:
        i = int(np.searchsorted(self.cum, target, side="left"))
        if i == 0:
            return 0.0
        if i > len(self.power) or float(self.cum[i]) == target:
            return float(self.times[min(i, len(self.power))])
        j = i - 1
        return float(self.times[j]) + (target - float(self.cum[j])) / float(self.power[j])

    def time_for_energy(self, t0: float, energy: float) -> float:
        """The earliest t >= t0 with F(t) - F(t0) >= energy (INF if never)."""
        if energy <= 0.0:
            return t0
        target = self.energy_at(t0) + energy
        if not self.loop:
            return INF if target > self.total else max(t0, self._inverse_local(target))
        if self.total <= 0.0:
            return INF
        k = math.floor(target / self.total)
        rem = target - k * self.total
        return max(t0, k * self.end + self._inverse_local(rem))
