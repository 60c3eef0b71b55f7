"""RF harvesting from a UHF RFID reader: Friis link budget, rectifier efficiency, carrier on/off pattern.

P_rx = EIRP * G_tag * (lambda / (4 pi d0))^2 * (d0 / d)^n      (n = 2, any d0: free-space Friis)
P_dc = eta(P_rx) * P_rx while the carrier is on, 0 in the gaps.

eta comes from the Powercast P2110B datasheet points (FIELD-NOTES 6), interpolated linearly in dBm, zero
below the first point (-12 dBm), held at the last point above it. The reader hops channel every ``dwell``
seconds (FCC 15.247: at most 400 ms per channel) and its carrier is off for ``hop_gap`` seconds at each hop
(default 1 ms: an assumption, readers differ; see docs/energy-model.md). An optional duty cycle switches the
reader on for ``duty * period`` seconds out of every ``period`` (the hop pattern restarts at each burst).
"""

from __future__ import annotations

import bisect
import math

from energy.capacitor import NO_SOURCE, Source
from energy.errors import EnergyError
from energy.harvest.base import MIN_PERIOD_S, MIN_SEGMENT_S, Segment

SPEED_OF_LIGHT = 299_792_458.0
MIN_DISTANCE_M = 0.01         # Friis holds in the far field only (at 915 MHz it starts a few cm out)
INF = math.inf

# Powercast P2110B, 915 MHz: (input power dBm, RF-to-DC efficiency) from the datasheet (FIELD-NOTES section 6)
P2110B_POINTS: tuple[tuple[float, float], ...] = (
    (-12.0, 0.08), (-10.0, 0.35), (-6.0, 0.55), (0.0, 0.59), (3.0, 0.63), (10.0, 0.48),
)


def dbm_to_w(dbm: float) -> float:
    return 1e-3 * 10.0 ** (dbm / 10.0)


def w_to_dbm(w: float) -> float:
    return 10.0 * math.log10(w / 1e-3) if w > 0.0 else -INF


def received_power(distance: float, eirp: float = 4.0, tag_gain_dbi: float = 2.15, frequency: float = 915e6,
                   path_loss_exponent: float = 2.0, reference_distance: float = 1.0) -> float:
    """RF power at the tag's rectifier input (W)."""
    if not (distance >= MIN_DISTANCE_M and eirp >= 0.0 and frequency > 0.0 and path_loss_exponent > 0.0
            and reference_distance > 0.0) or math.isinf(distance):
        raise EnergyError(f"RF link needs distance > 0 (at least {MIN_DISTANCE_M:g} m: the far field), "
                          f"EIRP >= 0, frequency > 0, n > 0 (got d={distance} m, EIRP={eirp} W, "
                          f"f={frequency} Hz, n={path_loss_exponent})")
    lam = SPEED_OF_LIGHT / frequency
    d0 = reference_distance
    try:
        gain = 10.0 ** (tag_gain_dbi / 10.0)
        p = eirp * gain * (lam / (4.0 * math.pi * d0)) ** 2 * (d0 / distance) ** path_loss_exponent
    except OverflowError:
        p = math.inf
    if not math.isfinite(p):
        raise EnergyError(f"RF link: received power out of range (d={distance} m, EIRP={eirp} W, "
                          f"gain={tag_gain_dbi} dBi, n={path_loss_exponent})")
    return p


class RectifierCurve:
    """RF-to-DC efficiency over input power, piecewise linear in dBm."""

    def __init__(self, points: tuple[tuple[float, float], ...] = P2110B_POINTS, name: str = "curve") -> None:
        self.name = name
        if len(points) < 1:
            raise EnergyError("rectifier curve needs at least one (dBm, efficiency) point")
        dbm = [float(p[0]) for p in points]
        eff = [float(p[1]) for p in points]
        if any(b <= a for a, b in zip(dbm, dbm[1:], strict=False)):
            raise EnergyError(f"rectifier curve input powers must increase (got {dbm})")
        if any(not 0.0 <= e <= 1.0 for e in eff):
            raise EnergyError(f"rectifier efficiencies must be within [0, 1] (got {eff})")
        self.dbm = dbm
        self.eff = eff

    def efficiency(self, p_in: float) -> float:
        """Efficiency at input power p_in (W): 0 below the first point, held at the last above it."""
        x = w_to_dbm(p_in)
        if x < self.dbm[0]:
            return 0.0
        if x >= self.dbm[-1]:
            return self.eff[-1]
        i = bisect.bisect_right(self.dbm, x) - 1
        x0, x1 = self.dbm[i], self.dbm[i + 1]
        return self.eff[i] + (self.eff[i + 1] - self.eff[i]) * (x - x0) / (x1 - x0)

    def output(self, p_in: float) -> float:
        """DC power out (W)."""
        return self.efficiency(p_in) * p_in


class RfidReader:
    """A reader at a fixed distance: constant DC power while the carrier is on, zero in gaps / off bursts."""

    def __init__(self, distance: float, eirp: float = 4.0, tag_gain_dbi: float = 2.15,
                 path_loss_exponent: float = 2.0, dwell: float = 0.4, hop_gap: float = 1e-3,
                 duty: float = 1.0, period: float = 1.0, rectifier: RectifierCurve | None = None,
                 frequency: float = 915e6) -> None:
        if not (0.0 < dwell < INF and 0.0 <= hop_gap < dwell):
            raise EnergyError(f"reader needs 0 <= hop gap < dwell (got gap={hop_gap} s, dwell={dwell} s)")
        if not (0.0 < duty <= 1.0 and 0.0 < period < INF):
            raise EnergyError(f"reader duty must be in (0, 1] and period > 0 (got {duty}, {period} s)")
        if not MIN_PERIOD_S <= dwell <= 1e6 or (hop_gap != 0.0 and hop_gap < MIN_SEGMENT_S):
            raise EnergyError(f"reader dwell must be {MIN_PERIOD_S:g} to 1e6 s and a hop gap 0 or at least "
                              f"{MIN_SEGMENT_S:g} s (got dwell={dwell} s, gap={hop_gap} s)")
        if duty < 1.0 and not (MIN_PERIOD_S <= period <= 1e6 and duty * period >= MIN_SEGMENT_S
                               and (1.0 - duty) * period >= MIN_SEGMENT_S):
            raise EnergyError(f"reader bursts need a period of {MIN_PERIOD_S:g} to 1e6 s, on and off for at "
                              f"least {MIN_SEGMENT_S:g} s each (got duty={duty}, period={period} s)")
        self.rectifier = rectifier or RectifierCurve()
        self.p_rx = received_power(distance, eirp, tag_gain_dbi, frequency, path_loss_exponent)
        self.p_dc = self.rectifier.output(self.p_rx)
        self.distance, self.eirp = distance, eirp
        self.dwell, self.hop_gap, self.duty, self.period = dwell, hop_gap, duty, period
        self._on = Source(power=self.p_dc)

    def _segment(self, t: float) -> Segment:
        base, burst_end = 0.0, INF
        if self.duty < 1.0:
            k = math.floor(t / self.period)
            base = k * self.period
            burst_end = base + self.duty * self.period
            if t >= burst_end:
                return Segment(NO_SOURCE, base + self.period)
        local = t - base
        j = math.floor(local / self.dwell)
        hop_start = base + j * self.dwell
        on_end = hop_start + self.dwell - self.hop_gap
        if t < on_end:
            return Segment(self._on, min(on_end, burst_end))
        return Segment(NO_SOURCE, min(hop_start + self.dwell, burst_end))

    def peak(self) -> Source:
        """The most it ever delivers: the DC power while the carrier is on."""
        return self._on

    def segment(self, t: float) -> Segment:
        if t < 0.0:
            raise EnergyError(f"harvester asked for a negative time {t} s")
        seg = self._segment(t)
        while seg.t_end <= t:                 # floating-point landing exactly on a boundary
            t = math.nextafter(seg.t_end, INF) if seg.t_end == t else math.nextafter(t, INF)
            seg = self._segment(t)
        return seg

    def describe(self) -> str:
        return (f"RFID reader at {self.distance:g} m, EIRP {self.eirp:g} W: P_rx {self.p_rx * 1e3:.3g} mW, "
                f"DC {self.p_dc * 1e3:.3g} mW, hop every {self.dwell:g} s with {self.hop_gap * 1e3:g} ms gaps"
                f"{f', duty {self.duty:g} of {self.period:g} s' if self.duty < 1 else ''}")
