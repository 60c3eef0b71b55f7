"""``DIR/summary.png`` of a sweep: completion time against the first numeric parameter, one line per
combination of the other parameters (as the Mementos paper plots completion time against distance, one
line per strategy), and the power failures of each point below.

A point *completes* when its run ends at ``halt`` or ``until``; its completion time is ``device_time_s``
(on and off time). Points that did not complete (another exit, or an error) are drawn as an ``x`` on a band
at the top of the panel, in their line's colour. Without a numeric parameter the first parameter's values
are categories along x. Matplotlib's Agg canvas (no display), written atomically.
"""

from __future__ import annotations

import math
from pathlib import Path

from msp430emu.campaigns.sweep.params import PARAMS, Sweep
from msp430emu.output.files import atomic_write

COMPLETED_EXITS = ("halt", "until")
FIGSIZE_IN = (10.0, 6.5)
DPI = 100
DNF_BAND = 0.96               # axes fraction where points that did not complete are drawn (top line)
DNF_STEP = 0.03               # ... and each further line a little lower
DNF_LEVELS = 4
MAX_LEGEND_LINES = 16
MAX_EXIT_LABELS = 40          # label the crosses with the exit when the sweep has at most this many points
MAX_VALUE_TICKS = 12          # x ticks at the swept values when there are at most this many


def completed(row: dict[str, str], expect_exit: int | None = None) -> bool:
    """The run ended at halt or until (and, with ``expect_exit``, halted with that exit code)."""
    return row.get("status") == "ok" and row.get("exit") in COMPLETED_EXITS and \
        (expect_exit is None or row.get("exit_code") == str(expect_exit))


def why_not(row: dict[str, str]) -> str:
    """The label of a cross: the exit, 'code N' for a halt with the wrong code, or 'error'."""
    if row.get("exit") in COMPLETED_EXITS:
        return f"code {row.get('exit_code')}"
    return row.get("exit") or "error"


def _number(text: str | None) -> float:
    try:
        return float(text) if text not in (None, "") else math.nan
    except ValueError:
        return math.nan


def x_axis(sweep: Sweep) -> tuple[str, dict[str, float], bool]:
    """(the x parameter, value text -> x position, numeric?)."""
    for name in sweep.names:
        numbers = sweep.numeric(name)
        if numbers is not None:
            texts = sweep.values[sweep.names.index(name)]
            return name, dict(zip(texts, numbers, strict=True)), True
    name = sweep.names[0]
    return name, {v: float(i) for i, v in enumerate(sweep.values[0])}, False


def figure(sweep: Sweep, rows: list[dict[str, str]], title: str = "", expect_exit: int | None = None):
    """The two-panel Figure of the sweep's ``rows`` (as read from results.csv); with ``expect_exit`` a
    halt with another exit code does not count as completed."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    x_name, x_of, numeric = x_axis(sweep)
    others = [n for n in sweep.names if n != x_name]
    fig = Figure(figsize=FIGSIZE_IN, dpi=DPI, layout="constrained")
    FigureCanvasAgg(fig)
    times, failures = fig.subplots(2, 1, sharex=True, height_ratios=(3, 1.3))
    groups: dict[tuple[str, ...], list[dict[str, str]]] = {}
    for row in rows:
        if row.get(x_name) in x_of:
            groups.setdefault(tuple(row.get(n, "") for n in others), []).append(row)
    dnf_shown = False
    ordered = sorted(groups.items(), key=lambda kv: _group_order(sweep, others, kv[0]))
    for i, (key, group) in enumerate(ordered):
        colour = f"C{i % 10}"
        band = DNF_BAND - DNF_STEP * (i % DNF_LEVELS)      # one height per line: crosses do not hide
        group.sort(key=lambda r: x_of[r[x_name]])
        label = ", ".join(f"{n}={v}" for n, v in zip(others, key, strict=True)) or "all points"
        done = [r for r in group if completed(r, expect_exit)]
        times.plot([x_of[r[x_name]] for r in done], [_number(r.get("device_time_s")) for r in done],
                   marker="o", color=colour, label=label if len(groups) <= MAX_LEGEND_LINES else None)
        dnf = [r for r in group if not completed(r, expect_exit)]
        if dnf:
            xs = [x_of[r[x_name]] for r in dnf]
            times.plot(xs, [band] * len(dnf), linestyle="none", marker="x", markersize=8,
                       markeredgewidth=2, color=colour, transform=times.get_xaxis_transform())
            if len(rows) <= MAX_EXIT_LABELS:            # why: the run's exit, or "error"
                for x, r in zip(xs, dnf, strict=True):
                    times.annotate(why_not(r), (x, band), xycoords=times.get_xaxis_transform(),
                                   xytext=(6, -3), textcoords="offset points", fontsize="x-small",
                                   color=colour, va="top")
            dnf_shown = True
        failures.plot([x_of[r[x_name]] for r in group], [_number(r.get("power_failures")) for r in group],
                      marker=".", color=colour)
    if dnf_shown:
        times.plot([], [], linestyle="none", marker="x", markersize=8, markeredgewidth=2, color="tab:gray",
                   label="did not complete (top band)")
    unit = PARAMS[x_name].unit if numeric else ""
    times.set_ylabel("completion time (s of device time)")
    times.set_ylim(bottom=0.0, top=_top(rows, expect_exit))
    times.grid(True, alpha=0.3)
    if groups:
        times.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize="small",
                     title=", ".join(others) if others else None)
    times.set_title(title, fontsize="medium")
    failures.set_ylabel("power failures")
    failures.set_xlabel(f"{x_name} ({unit})" if unit else x_name)
    failures.grid(True, alpha=0.3)
    failures.margins(x=0.1)                             # room for the exit labels at the right end
    log = numeric and min(x_of.values()) > 0 and max(x_of.values()) >= 100 * min(x_of.values())
    if log:
        failures.set_xscale("log")
    if not numeric or len(x_of) <= MAX_VALUE_TICKS:    # the swept values themselves, as given
        failures.set_xticks(list(x_of.values()), list(x_of))
        failures.minorticks_off()
    return fig


def _group_order(sweep: Sweep, others: list[str], key: tuple[str, ...]) -> tuple[int, ...]:
    return tuple(sweep.values[sweep.names.index(n)].index(v) if v in sweep.values[sweep.names.index(n)]
                 else len(sweep.values[sweep.names.index(n)]) for n, v in zip(others, key, strict=True))


def _top(rows: list[dict[str, str]], expect_exit: int | None) -> float:
    """Room above the slowest completed point for the band of points that did not complete."""
    slowest = max((_number(r.get("device_time_s")) for r in rows if completed(r, expect_exit)),
                  default=math.nan)
    return 1.0 if not slowest > 0 else slowest / (DNF_BAND - DNF_STEP * DNF_LEVELS - 0.03)


def write_summary(path: str | Path, sweep: Sweep, rows: list[dict[str, str]], title: str = "",
                  expect_exit: int | None = None) -> None:
    """Render the figure to PNG atomically."""
    fig = figure(sweep, rows, title, expect_exit)
    with atomic_write(path, "wb") as out:
        fig.savefig(out, format="png", dpi=DPI)


__all__ = ["COMPLETED_EXITS", "completed", "figure", "why_not", "write_summary", "x_axis"]
