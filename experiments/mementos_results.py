"""The comparison's results as numbers: typed access to the cached rows and the derived quantities.

A run *completed* when it halted with the exit code of the app's continuous-power run (the exit code is
each app's result digest, see designs/firmware/apps/*.c); a run that halted with another exit code is
*wrong* (a checkpointing bug: reported, never counted as completed).
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable
from dataclasses import dataclass

from mementos_grid import DEFAULT_OPT
from mementos_runs import Row


def num(row: Row, column: str) -> float | None:
    text = row.get(column, "")
    if text in ("", "None"):
        return None
    try:
        return float(text)
    except ValueError:
        return None


@dataclass(frozen=True)
class Reference:
    """An app on continuous power: its result (exit code) and its uninstrumented cycles."""

    exit_code: str
    cycles: float


class Results:
    """The rows of one experiment, indexed by (set, app, strategy, cap, harvest, check, vthresh)."""

    def __init__(self, rows: Iterable[Row]) -> None:
        self.rows = [r for r in rows]
        self.index = {(r["set"], r["app"], r["strategy"], r["cap"], r["harvest"], r["check"], r["vthresh"],
                       r["opt"]): r for r in self.rows}
        self.opt = next((r["opt"] for r in self.rows if r["set"] == "grid"), DEFAULT_OPT)
        self.refs: dict[tuple[str, str], Reference] = {}
        for r in self.rows:
            if r["set"] == "reference" and r["status"] == "ok" and r["exit"] == "halt":
                self.refs[r["app"], r["opt"]] = Reference(r["exit_code"], num(r, "cycles") or 0.0)

    def ref(self, row: Row) -> Reference | None:
        """The continuous-power run of the row's app, built as the row's."""
        return self.refs.get((row["app"], row["opt"]))

    def get(self, set_: str, app: str, strategy: str, cap: str = "", harvest: str = "", check: str = "",
            vthresh: str = "", opt: str | None = None) -> Row | None:
        """One row; ``opt`` defaults to the grid's optimisation level."""
        return self.index.get((set_, app, strategy, cap, harvest, check, vthresh, opt or self.opt))

    def select(self, set_: str, **where: str) -> list[Row]:
        return [r for r in self.rows if r["set"] == set_ and all(r[k] == v for k, v in where.items())]

    def completed(self, row: Row | None) -> bool:
        ref = self.ref(row) if row is not None else None
        return (row is not None and ref is not None and row["status"] == "ok" and row["exit"] == "halt"
                and row["exit_code"] == ref.exit_code)

    def wrong(self, row: Row) -> bool:
        """Halted, but with another result than the continuous-power run."""
        ref = self.ref(row)
        return ref is not None and row["status"] == "ok" and row["exit"] == "halt" \
            and row["exit_code"] != ref.exit_code

    def completion_time(self, row: Row | None) -> float | None:
        return num(row, "device_time_s") if row is not None and self.completed(row) else None

    def slowdown_pct(self, row: Row) -> float | None:
        """Run time over the uninstrumented continuous run, in % (cycles, so off-time is not counted)."""
        ref = self.ref(row)
        cycles = num(row, "cycles")
        if ref is None or cycles is None or not self.completed(row) or ref.cycles <= 0:
            return None
        return 100.0 * (cycles - ref.cycles) / ref.cycles

    def extra_cycles(self, row: Row) -> float | None:
        """Active cycles beyond the continuous run (overhead plus re-execution after failures)."""
        ref = self.ref(row)
        cycles = num(row, "cycles")
        return None if ref is None or cycles is None else cycles - ref.cycles


def median(values: Iterable[float | None]) -> float | None:
    got = [v for v in values if v is not None]
    return statistics.median(got) if got else None


def mean(values: Iterable[float | None]) -> float | None:
    got = [v for v in values if v is not None]
    return statistics.fmean(got) if got else None


def reduction_pct(mine: float | None, theirs: float | None) -> float | None:
    """How much less ``mine`` is than ``theirs``, in % of ``theirs`` (None when theirs is 0 or missing)."""
    if mine is None or theirs is None or theirs <= 0:
        return None
    return 100.0 * (1.0 - mine / theirs)


__all__ = ["Reference", "Results", "mean", "median", "num", "reduction_pct"]
