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
"""

from __future__ import annotations

import bisect
import io
import math
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from energy.capacitor import Source
from energy.errors import TraceError
from energy.harvest.base import PiecewiseHarvester
from energy.units import TIME_UNITS, VALUE_UNITS

DISORDER_POLICIES = ("drop", "sort", "reject")
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

    def summary_lines(self) -> list[str]:
        """Human-readable lines for a CLI or a log."""
        out = [f"{self.path}: {self.samples_read} samples read, {self.samples_used} used, "
               f"step {self.median_step * 1e3:g} ms, time unit {self.time_unit}"]
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


def _read_rows(path: Path, time_column: int, column: int,
               report: TraceReport) -> tuple[np.ndarray, list[int]]:
    try:
        text = path.read_text(encoding="utf-8-sig")          # tolerate a byte-order mark
    except (OSError, UnicodeDecodeError) as exc:
        raise TraceError(f"{path}: cannot read trace ({exc.__class__.__name__}: {exc})") from None
    rows: list[str] = []
    line_nos: list[int] = []
    need = max(time_column, column)
    for no, raw in enumerate(text.splitlines(), start=1):
        body = raw.split("#", 1)[0]
        if "#" in raw and not body.strip():
            report.comment_lines += 1
            continue
        fields = body.replace(",", " ").replace(";", " ").split()
        if not fields:
            continue
        if len(fields) < need:
            raise TraceError(f"{path}: line {no}: {len(fields)} field(s), need column {need}")
        try:
            float(fields[time_column - 1])
            float(fields[column - 1])
        except ValueError:
            if not rows and report.header is None:
                report.header = body.strip()
                continue
            raise TraceError(f"{path}: line {no}: cannot read {body.strip()!r} as numbers") from None
        rows.append(" ".join(fields))
        line_nos.append(no)
    if not rows:
        raise TraceError(f"{path}: no samples")
    data = np.loadtxt(io.StringIO("\n".join(rows)), usecols=(time_column - 1, column - 1), ndmin=2,
                      dtype=np.float64)
    return data, line_nos


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


def load_trace(path: str | Path, *, column: int = 2, time_column: int = 1, unit: str = "V",
               time_unit: str = "ms", disorder: str = "drop", gaps: str = "zero",
               gap_factor: float = 5.0) -> Trace:
    """Read, check and repair a trace file (see the module docstring); TraceError on bad input."""
    p = Path(path)
    if unit not in VALUE_UNITS:
        raise TraceError(f"{p}: unknown unit {unit!r} (known: {', '.join(VALUE_UNITS)})")
    if time_unit not in TIME_UNITS and time_unit != "clock":
        raise TraceError(f"{p}: unknown time unit {time_unit!r} (known: {', '.join(TIME_UNITS)}, clock)")
    if disorder not in DISORDER_POLICIES:
        raise TraceError(f"{p}: unknown disorder policy {disorder!r} (known: {', '.join(DISORDER_POLICIES)})")
    if gaps not in GAP_POLICIES:
        raise TraceError(f"{p}: unknown gap policy {gaps!r} (known: {', '.join(GAP_POLICIES)})")
    if column < 1 or time_column < 1 or column == time_column:
        raise TraceError(f"{p}: columns are 1-based and distinct (got time {time_column}, value {column})")
    if not gap_factor > 1.0:
        raise TraceError(f"{p}: gap factor must be > 1 (got {gap_factor})")
    quantity, scale = VALUE_UNITS[unit]
    report = TraceReport(path=str(p), time_unit=time_unit, disorder_policy=disorder, gap_policy=gaps)
    data, line_nos = _read_rows(p, time_column, column, report)
    raw_t, vals = data[:, 0].copy(), data[:, 1] * scale
    report.samples_read = len(raw_t)
    for arr, what in ((raw_t, "time"), (vals, unit)):
        bad = ~np.isfinite(arr)
        if np.any(bad):
            i = int(np.argmax(bad))
            raise TraceError(f"{p}: line {line_nos[i]}: {what} is {arr[i]} (NaN/inf refused)")
    if np.any(vals < 0):
        i = int(np.argmax(vals < 0))
        raise TraceError(f"{p}: line {line_nos[i]}: negative {quantity} {data[i, 1]:g} {unit} refused")
    if len(raw_t) < 2:
        raise TraceError(f"{p}: only {len(raw_t)} sample; a trace needs at least 2")
    # repairs work in file units (exact for integer stamps); seconds only after zeroing
    t = _decode_clock(raw_t, p, line_nos) if time_unit == "clock" else raw_t
    to_seconds = 1e-3 if time_unit == "clock" else TIME_UNITS[time_unit]
    lines = np.asarray(line_nos)

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
    report.t_offset = float(raw_t[0])
    t = (t - t[0]) * to_seconds
    return Trace(times=t, values=vals, quantity=quantity, last_step=med * to_seconds, report=report)


class TraceHarvester(PiecewiseHarvester):
    """A trace as a harvester. Voltages across ``load_resistance`` become a power V^2/R delivered into the
    storage (docs/energy-model.md explains why); powers and currents are used as they are."""

    def __init__(self, trace: Trace, load_resistance: float = 30e3, loop: bool = False) -> None:
        if trace.quantity == "irradiance":
            raise TraceError(f"{trace.report.path}: an irradiance trace needs the solar harvester "
                             "(solar:PATH)")
        if trace.quantity == "voltage" and not (0.0 < load_resistance < math.inf):
            raise TraceError(f"{trace.report.path}: load resistance must be > 0 Ohm (got {load_resistance})")
        values = trace.values.tolist()
        if trace.quantity == "voltage":
            g = 1.0 / load_resistance
            sources = [Source(power=v * v * g) for v in values]
        elif trace.quantity == "power":
            sources = [Source(power=v) for v in values]
        else:
            sources = [Source(current=v) for v in values]
        super().__init__(trace.times.tolist(), sources, trace.last_step, loop,
                         label=f"trace {trace.report.path} ({trace.quantity})")
        self.trace = trace
