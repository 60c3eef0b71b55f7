"""The harvester interface and the simple harvesters.

A harvester answers ``segment(t)``: the Source in force at time t (seconds since the start of the run) and the
time ``t_end`` until which it stays in force (``inf`` if forever). Between segment ends the capacitor follows
one closed-form solution, so the event loop can compute threshold crossings exactly.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy as np

from energy.capacitor import NO_SOURCE, Source
from energy.errors import EnergyError

INF = math.inf
MIN_PERIOD_S = 1e-3         # shortest repeating period of a harvester (a looped trace, a reader's bursts)
MIN_SEGMENT_S = 1e-6        # shortest stretch of a repeating pattern (a burst, a gap, a looped sample)


def peak_source(harvester: object) -> Source | None:
    """An upper bound of what ``harvester`` ever delivers (its largest power and largest current), or None
    when the harvester cannot say (then nothing is concluded from it)."""
    peak = getattr(harvester, "peak", None)
    return peak() if callable(peak) else None


@dataclass(frozen=True, slots=True)
class Segment:
    source: Source
    t_end: float      # absolute time (s) at which this segment stops being valid


class Harvester(Protocol):
    def segment(self, t: float) -> Segment:
        """The source in force at time t and until when."""
        ...

    def describe(self) -> str:
        """One line for reports."""
        ...


class NoHarvest:
    """No energy in (a pre-charged capacitor running down)."""

    def segment(self, t: float) -> Segment:
        return Segment(NO_SOURCE, INF)

    def peak(self) -> Source:
        return NO_SOURCE

    def describe(self) -> str:
        return "none"


class ConstantPower:
    """A constant power delivered into the storage whatever its voltage (W)."""

    def __init__(self, power: float) -> None:
        if not (0.0 <= power < INF):
            raise EnergyError(f"constant power must be finite and >= 0 W (got {power})")
        self._segment = Segment(Source(power=float(power)), INF)

    def segment(self, t: float) -> Segment:
        return self._segment

    def peak(self) -> Source:
        return self._segment.source

    def describe(self) -> str:
        return f"constant power {self._segment.source.power:g} W"


class ConstantCurrent:
    """A constant current into the storage (A)."""

    def __init__(self, current: float) -> None:
        if not (0.0 <= current < INF):
            raise EnergyError(f"constant current must be finite and >= 0 A (got {current})")
        self._segment = Segment(Source(current=float(current)), INF)

    def segment(self, t: float) -> Segment:
        return self._segment

    def peak(self) -> Source:
        return self._segment.source

    def describe(self) -> str:
        return f"constant current {self._segment.source.current:g} A"


class SampleSources(Sequence):
    """The per-sample Sources of a piecewise harvester kept as one float64 array of powers (W) or currents
    (A): a :class:`Source` is made only for the sample asked for, so a trace of 10 million samples costs 8
    bytes a sample instead of a Python object each. ``powers`` / ``currents`` give the arrays."""

    def __init__(self, values: np.ndarray, kind: str = "power") -> None:
        if kind not in ("power", "current"):
            raise EnergyError(f"sample sources are powers or currents, not {kind!r}")
        arr = np.ascontiguousarray(values, dtype=np.float64)
        if arr.ndim != 1 or not np.all(np.isfinite(arr)) or np.any(arr < 0.0):
            raise EnergyError(f"sample {kind}s must be finite and >= 0")
        self.kind = kind
        self.values = arr

    @property
    def powers(self) -> np.ndarray:
        return self.values if self.kind == "power" else np.zeros_like(self.values)

    @property
    def currents(self) -> np.ndarray:
        return self.values if self.kind == "current" else np.zeros_like(self.values)

    def __len__(self) -> int:
        return len(self.values)

    def __getitem__(self, i):  # type: ignore[override]
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        v = float(self.values[i])
        return Source(power=v) if self.kind == "power" else Source(current=v)

    def __iter__(self) -> Iterator[Source]:
        for v in self.values.tolist():
            yield Source(power=v) if self.kind == "power" else Source(current=v)


def sample_powers(harvester) -> np.ndarray | None:
    """The per-segment powers (W) of a piecewise harvester whose segments are pure power sources starting at
    t = 0 (what the compiled walks take), else None (currents, or not piecewise)."""
    if not isinstance(harvester, PiecewiseHarvester) or harvester.times[0] != 0.0:
        return None
    sources = harvester.sources
    kind = getattr(sources, "kind", None)           # SampleSources: arrays
    if kind is not None:
        return np.asarray(sources.powers, dtype=np.float64) if kind == "power" else None
    if any(s.current != 0.0 for s in sources):
        return None
    return np.array([s.power for s in sources], dtype=np.float64)


class PiecewiseHarvester:
    """Sample i holds on [times[i], times[i+1]); the last sample holds for ``last_step`` seconds. After
    the end: nothing (``loop=False``) or the sequence repeats (``loop=True``, period = end time)."""

    def __init__(self, times: list[float], sources: list[Source], last_step: float, loop: bool = False,
                 label: str = "piecewise") -> None:
        if len(times) == 0 or len(times) != len(sources):
            raise EnergyError("piecewise harvester needs as many sources as times (at least one)")
        if not last_step > 0.0:
            raise EnergyError(f"piecewise harvester: last step must be > 0 s (got {last_step})")
        self.times = times.tolist() if isinstance(times, np.ndarray) else [float(t) for t in times]
        self.sources = sources
        self.end = self.times[-1] + last_step
        self.loop = loop
        self.label = label
        self._i = 0
        self._peak: Source | None = None
        if loop and not (self.end >= MIN_PERIOD_S and self.end / len(self.times) >= MIN_SEGMENT_S):
            raise EnergyError(f"a looped {label} must span at least {MIN_PERIOD_S:g} s with samples at "
                              f"least {MIN_SEGMENT_S:g} s apart on average (this one: {len(self.times)} "
                              f"samples over {self.end:g} s): it would repeat too fast to simulate")

    def peak(self) -> Source:
        if self._peak is None:
            sources = self.sources
            if isinstance(sources, SampleSources):      # arrays: no Source object per sample
                self._peak = Source(power=float(sources.powers.max()), current=float(sources.currents.max()))
            else:
                self._peak = Source(power=max(s.power for s in sources),
                                    current=max(s.current for s in sources))
        return self._peak

    def _index(self, tau: float) -> int:
        i = self._i
        times = self.times
        if times[i] <= tau and (i + 1 == len(times) or tau < times[i + 1]):
            return i
        if i + 2 < len(times) and times[i + 1] <= tau < times[i + 2]:
            self._i = i + 1
            return i + 1
        self._i = max(0, bisect.bisect_right(times, tau) - 1)
        return self._i

    def segment(self, t: float) -> Segment:
        if t < 0.0:
            raise EnergyError(f"harvester asked for a negative time {t} s")
        seg = self._segment(t)
        while seg.t_end <= t:          # rounding put t on a boundary (looped times): take the next segment
            t = math.nextafter(max(t, seg.t_end), INF)
            seg = self._segment(t)
        return seg

    def _segment(self, t: float) -> Segment:
        base = 0.0
        tau = t
        if t >= self.end:
            if not self.loop:
                return Segment(NO_SOURCE, INF)
            cycles = math.floor(t / self.end)
            base = cycles * self.end
            tau = t - base
            if tau >= self.end:        # rounding at the boundary
                base += self.end
                tau = 0.0
        i = self._index(tau)
        t_next = self.times[i + 1] if i + 1 < len(self.times) else self.end
        return Segment(self.sources[i], base + t_next)

    def describe(self) -> str:
        looped = " (looped)" if self.loop else ""
        return f"{self.label}: {len(self.times)} samples over {self.end:g} s{looped}"
