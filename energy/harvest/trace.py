"""Harvesting traces: ``time, value`` text files -> a checked, repaired, time-zeroed, piecewise source.

Format: one sample a line; fields separated by tabs, spaces, commas or semicolons; ``#`` starts a comment; the
first data line may be a header (any non-numeric field). Columns are 1-based (``time_column``, ``column``).

Checks (TraceError, one line, naming the file and line): unreadable file, no samples, fewer than 2 samples,
non-numeric field, NaN/inf, negative value. Repairs, all listed in the TraceReport:

* disorder (a time not after the previous one): ``reject`` refuses the file; ``drop`` (default) removes the
  fewest samples that leave strictly increasing times (a longest increasing subsequence); ``sort`` sorts by
  time and merges equal times (mean value).
* gaps (a step > ``gap_factor`` x the median step): ``zero`` (default) holds the sample before the gap for one
  median step, then delivers nothing until the next sample; ``hold`` keeps the sample for the whole gap
  (reported); ``reject`` refuses the file.
* ``time_unit="clock"`` decodes wall-clock stamps written as the digits H..HMMSSmmm (what the Mementos traces
  turn out to hold: their "40 s gaps" sit exactly on minute rollovers, see docs/energy-model.md).

Units: an option (``unit=``, ``time_unit=``) wins; else the units a header line names (``sec RSSI,mW``: time
in seconds, values in mW; :func:`energy.harvest.trace_io.header_units`); else the defaults (V and ms for
``trace:``). The report says which (``unit_source``, ``time_unit_source``). Values implausible for the unit
assumed (a harvester voltage above 30 V, a power above 10 W, a current above 1 A, an irradiance above
2000 W/m^2) are refused when the unit is a default and reported as a warning when the user or the header
gave it; fractional-millisecond stamps read with the default ms warn that the column may be seconds.
Numbers are read by :mod:`energy.harvest.trace_io` (numpy's C reader for clean files; plain ASCII decimals).
"""

from __future__ import annotations

import bisect
import math
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from energy.errors import TraceError
from energy.harvest.base import PiecewiseHarvester, SampleSources
from energy.harvest.trace_io import header_units, read_columns
from energy.units import TIME_UNITS, VALUE_UNITS

DISORDER_POLICIES = ("drop", "sort", "reject")
# above these (SI units) a value is not what an energy harvester delivers: the unit is probably wrong
PLAUSIBLE_MAX = {"voltage": 30.0, "power": 10.0, "current": 1.0, "irradiance": 2000.0}
_SI_UNIT = {"voltage": "V", "power": "W", "current": "A", "irradiance": "W/m2"}
GAP_POLICIES = ("zero", "hold", "reject")


@dataclass
class TraceReport:
    """What the loader read and every repair it made."""

    path: str
    samples_read: int = 0
    samples_used: int = 0
    header: str | None = None
    comment_lines: int = 0
    time_unit: str = "ms"
    unit: str = "V"
    quantity: str = "voltage"
    unit_source: str = "default"           # option | header | default
    time_unit_source: str = "default"
    reader: str = "numpy"                  # numpy (fast C reader) | lines (line by line)
    received_rf: bool = False              # the header says the values are received RF power
    warnings: list[str] = field(default_factory=list)
    t_offset: float = 0.0                  # the first time stamp, in file units (subtracted)
    disorder_policy: str = "drop"
    gap_policy: str = "zero"
    backward_steps: int = 0                # places where the time did not increase
    dropped_lines: list[int] = field(default_factory=list)
    merged_duplicates: int = 0
    gaps: list[tuple[float, float]] = field(default_factory=list)   # (start s, length s), zeroed time
    median_step: float = 0.0               # s
    hints: list[str] = field(default_factory=list)

    @property
    def repaired(self) -> bool:
        return bool(self.backward_steps or self.gaps)

    def read_as(self) -> str:
        """One line: how the file was read (units and where they came from)."""
        def source(kind: str) -> str:
            return f"header {self.header!r}" if kind == "header" else kind

        return (f"{self.quantity} in {self.unit} ({source(self.unit_source)}), "
                f"time in {self.time_unit} ({source(self.time_unit_source)})")

    def as_dict(self) -> dict:
        """The JSON form: how the file was read, what was repaired, warnings and hints."""
        return {
            "path": self.path, "quantity": self.quantity, "unit": self.unit, "unit_source": self.unit_source,
            "time_unit": self.time_unit, "time_unit_source": self.time_unit_source, "header": self.header,
            "reader": self.reader, "samples_read": self.samples_read, "samples_used": self.samples_used,
            "median_step_s": self.median_step, "backward_steps": self.backward_steps,
            "dropped_samples": len(self.dropped_lines), "gaps": len(self.gaps),
            "warnings": list(self.warnings), "hints": list(self.hints),
        }

    def summary_lines(self) -> list[str]:
        """Human-readable lines for a CLI or a log."""
        out = [f"{self.path}: {self.samples_read} samples read, {self.samples_used} used, "
               f"step {self.median_step * 1e3:g} ms; read as {self.read_as()}"]
        if self.backward_steps:
            what = {"drop": f"dropped {len(self.dropped_lines)} sample(s) at line(s) "
                            f"{', '.join(map(str, self.dropped_lines[:10]))}"
                            f"{' ...' if len(self.dropped_lines) > 10 else ''}",
                    "sort": f"sorted by time, merged {self.merged_duplicates} duplicate time(s)"}
            out.append(f"  disorder: time did not increase at {self.backward_steps} place(s); "
                       f"{what.get(self.disorder_policy, '')}")
        for start, length in self.gaps[:10]:
            act = "zero power" if self.gap_policy == "zero" else "last sample held"
            out.append(f"  gap: {length:g} s at t={start:g} s ({act})")
        if len(self.gaps) > 10:
            out.append(f"  ... {len(self.gaps) - 10} more gaps")
        out.extend(f"  warning: {w}" for w in self.warnings)
        out.extend(f"  hint: {h}" for h in self.hints)
        return out


@dataclass
class Trace:
    """A repaired trace: times in seconds from 0 (strictly increasing), values in SI units."""

    times: np.ndarray
    values: np.ndarray
    quantity: str          # voltage | power | current | irradiance
    last_step: float       # s, how long the last sample holds
    report: TraceReport

    @property
    def duration(self) -> float:
        return float(self.times[-1]) + self.last_step


def _choose(option: str | None, from_header: str | None, default: str) -> tuple[str, str]:
    if option is not None:
        return option, "option"
    if from_header is not None:
        return from_header, "header"
    return default, "default"


def _check_plausible(p: Path, report: TraceReport, vals: np.ndarray, raw_v: np.ndarray,
                     line_nos: np.ndarray) -> None:
    """Refuse (unit assumed by default) or warn (unit given) when values exceed what a harvester delivers."""
    limit = PLAUSIBLE_MAX[report.quantity]
    i = int(np.argmax(vals))
    if not vals[i] > limit:
        return
    si = _SI_UNIT[report.quantity]
    what = (f"line {line_nos[i]}: {raw_v[i]:g} read as {report.unit} is {vals[i]:g} {si}, implausible for an "
            f"energy-harvesting {report.quantity} (> {limit:g} {si})")
    if report.unit_source == "default":
        others = ", ".join(u for u, (q, _) in VALUE_UNITS.items() if u != report.unit)
        raise TraceError(f"{p}: {what}; the unit {report.unit} is only the default: give the file's unit "
                         f"(unit=, one of {others}) or a header naming it")
    report.warnings.append(what)


def _decode_clock(t: np.ndarray, path: Path, line_nos: list[int]) -> np.ndarray:
    """H..HMMSSmmm digits -> milliseconds since midnight (exact integers as floats)."""
    if np.any(t != np.floor(t)) or np.any(t < 0):
        i = int(np.argmax((t != np.floor(t)) | (t < 0)))
        raise TraceError(f"{path}: line {line_nos[i]}: {t[i]!r} is not a H..HMMSSmmm clock stamp")
    ti = t.astype(np.int64)
    ms = ti % 1000
    ss = (ti // 1000) % 100
    mm = (ti // 100000) % 100
    hh = ti // 10000000
    bad = (ss >= 60) | (mm >= 60)
    if np.any(bad):
        i = int(np.argmax(bad))
        raise TraceError(f"{path}: line {line_nos[i]}: {ti[i]} is not a H..HMMSSmmm clock stamp "
                         f"(seconds {ss[i]}, minutes {mm[i]})")
    return ((hh * 3600 + mm * 60 + ss) * 1000 + ms).astype(np.float64)   # milliseconds, exact


def _longest_increasing(t: np.ndarray) -> np.ndarray:
    """Indices of a longest strictly increasing subsequence of t (the fewest samples to drop)."""
    tails: list[float] = []
    tail_idx: list[int] = []
    prev = [-1] * len(t)
    for i, x in enumerate(t.tolist()):
        k = bisect.bisect_left(tails, x)
        if k < len(tails) and tails[k] == x:
            continue                         # equal times: keep the earlier sample
        if k == len(tails):
            tails.append(x)
            tail_idx.append(i)
        else:
            tails[k] = x
            tail_idx[k] = i
        prev[i] = tail_idx[k - 1] if k > 0 else -1
    keep = []
    i = tail_idx[-1]
    while i >= 0:
        keep.append(i)
        i = prev[i]
    return np.array(keep[::-1], dtype=np.int64)


def load_trace(path: str | Path, *, column: int = 2, time_column: int = 1, unit: str | None = None,
               time_unit: str | None = None, disorder: str = "drop", gaps: str = "zero",
               gap_factor: float = 5.0, default_unit: str = "V", default_time_unit: str = "ms") -> Trace:
    """Read, check and repair a trace file (see the module docstring); TraceError on bad input.
    ``unit`` / ``time_unit`` None: the header's units if it names them, else ``default_unit`` /
    ``default_time_unit``."""
    p = Path(path)
    for u, what in ((unit, "unit"), (default_unit, "unit")):
        if u is not None and u not in VALUE_UNITS:
            raise TraceError(f"{p}: unknown {what} {u!r} (known: {', '.join(VALUE_UNITS)})")
    for u in (time_unit, default_time_unit):
        if u is not None and u not in TIME_UNITS and u != "clock":
            raise TraceError(f"{p}: unknown time unit {u!r} (known: {', '.join(TIME_UNITS)}, clock)")
    if disorder not in DISORDER_POLICIES:
        raise TraceError(f"{p}: unknown disorder policy {disorder!r} (known: {', '.join(DISORDER_POLICIES)})")
    if gaps not in GAP_POLICIES:
        raise TraceError(f"{p}: unknown gap policy {gaps!r} (known: {', '.join(GAP_POLICIES)})")
    if column < 1 or time_column < 1 or column == time_column:
        raise TraceError(f"{p}: columns are 1-based and distinct (got time {time_column}, value {column})")
    if not gap_factor > 1.0:
        raise TraceError(f"{p}: gap factor must be > 1 (got {gap_factor})")
    cols = read_columns(p, time_column, column)
    report = TraceReport(path=str(p), disorder_policy=disorder, gap_policy=gaps, header=cols.header,
                         comment_lines=cols.comment_lines, reader=cols.reader)
    named = header_units(cols.header)
    if named.note:
        report.warnings.append(f"{named.note}: not taken from the header")
    report.received_rf = named.received_rf
    unit, report.unit_source = _choose(unit, named.unit, default_unit)
    time_unit, report.time_unit_source = _choose(time_unit, named.time_unit, default_time_unit)
    for chosen, from_header, what in ((unit, named.unit, "unit"), (time_unit, named.time_unit, "time unit")):
        if from_header is not None and chosen != from_header and chosen != "clock":
            report.warnings.append(f"the header names {what} {from_header!r}; {chosen!r} given as an option "
                                   "is used")
    report.unit, report.time_unit = unit, time_unit
    quantity, scale = VALUE_UNITS[unit]
    report.quantity = quantity
    line_nos = cols.lines
    raw_t, raw_v = cols.times, cols.values
    vals = raw_v * scale
    report.samples_read = len(raw_t)
    for arr, what in ((raw_t, "time"), (vals, unit)):
        bad = ~np.isfinite(arr)
        if np.any(bad):
            i = int(np.argmax(bad))
            raise TraceError(f"{p}: line {line_nos[i]}: {what} is {arr[i]} (NaN/inf refused)")
    if np.any(vals < 0):
        i = int(np.argmax(vals < 0))
        raise TraceError(f"{p}: line {line_nos[i]}: negative {quantity} {raw_v[i]:g} {unit} refused")
    if len(raw_t) < 2:
        raise TraceError(f"{p}: only {len(raw_t)} sample; a trace needs at least 2")
    _check_plausible(p, report, vals, raw_v, line_nos)
    # repairs work in file units (exact for integer stamps); seconds only after zeroing
    t = _decode_clock(raw_t, p, line_nos) if time_unit == "clock" else raw_t.copy()
    to_seconds = 1e-3 if time_unit == "clock" else TIME_UNITS[time_unit]
    lines = line_nos

    steps = np.diff(t)
    back = np.flatnonzero(steps <= 0)
    report.backward_steps = len(back)
    if len(back):
        if disorder == "reject":
            i = int(back[0]) + 1
            raise TraceError(f"{p}: line {line_nos[i]}: time {raw_t[i]:.15g} is not after the previous "
                             f"{raw_t[i - 1]:.15g} (disorder=reject; drop or sort would repair it)")
        if disorder == "drop":
            keep = _longest_increasing(t)
            dropped = np.setdiff1d(np.arange(len(t)), keep)
            report.dropped_lines = lines[dropped].tolist()
            t, vals, raw_t = t[keep], vals[keep], raw_t[keep]
        else:
            order = np.argsort(t, kind="stable")
            t, vals, raw_t = t[order], vals[order], raw_t[order]
            uniq, first, inverse = np.unique(t, return_index=True, return_inverse=True)
            report.merged_duplicates = len(t) - len(uniq)
            if report.merged_duplicates:
                vals = np.bincount(inverse, weights=vals) / np.bincount(inverse)
                raw_t = raw_t[first]
                t = uniq
        if len(t) < 2:
            raise TraceError(f"{p}: fewer than 2 samples left after repairing the time order")

    steps = np.diff(t)
    med = float(np.median(steps))
    report.median_step = med * to_seconds
    report.samples_used = len(t)
    gap_at = np.flatnonzero(steps > gap_factor * med)
    if len(gap_at):
        if gaps == "reject":
            i = int(gap_at[0])
            raise TraceError(f"{p}: gap of {steps[i] * to_seconds:g} s after time {raw_t[i]:.15g} "
                             f"(> {gap_factor:g} x median step {med * to_seconds:g} s; gaps=reject)")
        report.gaps = [(float(t[i] - t[0]) * to_seconds, float(steps[i]) * to_seconds) for i in gap_at]
        if time_unit == "ms" and all(int(raw_t[i]) % 100000 >= 59000 and int(raw_t[i + 1]) % 100000 < 1000
                                     for i in gap_at):
            report.hints.append("every gap sits on a minute rollover of H..HMMSSmmm clock stamps: "
                                "time_unit=clock (time=clock) reads them as contiguous")
        if gaps == "zero":
            t = np.insert(t, gap_at + 1, t[gap_at] + med)
            vals = np.insert(vals, gap_at + 1, 0.0)
    if (report.time_unit_source == "default" and time_unit == "ms" and med < 1.0
            and np.any(raw_t[:1000] != np.floor(raw_t[:1000]))):
        report.warnings.append(f"time stamps {raw_t[0]:g}, {raw_t[1]:g}, ... read as milliseconds (the "
                               f"default) give a {med:g} ms step: if the column is seconds, give time=s")
    report.t_offset = float(raw_t[0])
    t = (t - t[0]) * to_seconds
    return Trace(times=t, values=vals, quantity=quantity, last_step=med * to_seconds, report=report)


RECTIFIERS = ("p2110b",)


class TraceHarvester(PiecewiseHarvester):
    """A trace as a harvester. Voltages across ``load_resistance`` become a power V^2/R delivered into the
    storage (docs/energy-model.md explains why); powers and currents are used as they are, except that a
    power trace of received RF power goes through a rectifier first: ``rectifier`` is a constant RF-to-DC
    efficiency (``eff=``) or a :class:`~energy.harvest.rfid.RectifierCurve` (``rect=p2110b``: the Powercast
    P2110B curve the ``rfid:`` harvester uses)."""

    def __init__(self, trace: Trace, load_resistance: float = 30e3, loop: bool = False,
                 rectifier: float | object | None = None) -> None:
        if trace.quantity == "irradiance":
            raise TraceError(f"{trace.report.path}: an irradiance trace needs the solar harvester "
                             "(solar:PATH)")
        if trace.quantity == "voltage" and not (0.0 < load_resistance < math.inf):
            raise TraceError(f"{trace.report.path}: load resistance must be > 0 Ohm (got {load_resistance})")
        if rectifier is not None and trace.quantity != "power":
            raise TraceError(f"{trace.report.path}: a rectifier (eff=, rect=) converts RF power: the trace "
                             f"is read as {trace.quantity}, not power")
        if isinstance(rectifier, float | int) and not 0.0 < float(rectifier) <= 1.0:
            raise TraceError(f"{trace.report.path}: rectifier efficiency must be in (0, 1] (got {rectifier})")
        values = trace.values
        if trace.quantity == "voltage":
            g = 1.0 / load_resistance
            sources = SampleSources(values * values * g, "power")     # the same operations as v * v * g
        elif trace.quantity == "power":
            if rectifier is None:
                dc = values
            elif isinstance(rectifier, float | int):
                dc = values * float(rectifier)
            else:
                dc = np.array([rectifier.output(v) for v in values.tolist()], dtype=np.float64)
            sources = SampleSources(dc, "power")
        else:
            sources = SampleSources(values, "current")
        self.rectifier = rectifier
        if trace.report.received_rf and rectifier is None and trace.quantity == "power":
            note = ("the header says the values are received RF power (RSSI); they are used as DC power into "
                    "the storage: give a rectifier (rect=p2110b or eff=...) to convert them")
            if note not in trace.report.warnings:
                trace.report.warnings.append(note)
        rect = ""
        if isinstance(rectifier, float | int):
            rect = f", rectifier efficiency {float(rectifier):g}"
        elif rectifier is not None:
            rect = f", rectifier {getattr(rectifier, 'name', 'curve')}"
        super().__init__(trace.times, sources, trace.last_step, loop,
                         label=f"trace {trace.report.path} ({trace.quantity}{rect})")
        self.trace = trace
