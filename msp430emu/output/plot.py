"""``--plot FILE.png``: an intermittent run's timeline as a figure (matplotlib, Agg, no display needed).

Top panel: capacitor voltage over device time, the V_on and V_off thresholds as dashed lines, and a marker
at every power failure, boot, checkpoint, restore and at the run's end. Bottom panel: the MCU's state
(active, LPM0..LPM4, off) as a step plot. Drawn from the rows of :class:`msp430emu.output.timeline.Timeline`
(t, V, state, event); between rows the voltage is monotone (docs/intermittent.md), so lines are fair.
Written atomically (temporary file, then rename).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from msp430emu.output.files import atomic_write

Row = tuple[float, float, str, str]

# event -> (legend label, marker, colour); "end:<exit>" rows use the "end" entry
MARKERS: dict[str, tuple[str, str, str]] = {
    "failure": ("power failure", "v", "tab:red"),
    "boot": ("boot", "^", "tab:green"),
    "checkpoint": ("checkpoint", "o", "tab:blue"),
    "restore": ("restore", "s", "tab:purple"),
    "end": ("end of run", "*", "black"),
}
STATE_LEVELS = {"off": 0, "lpm4": 1, "lpm3": 2, "lpm2": 3, "lpm1": 4, "lpm0": 5, "active": 6}
STATE_LABELS = {"off": "off", "lpm4": "LPM4", "lpm3": "LPM3", "lpm2": "LPM2", "lpm1": "LPM1", "lpm0": "LPM0",
                "active": "active"}
TIME_UNITS = ((1.0, "s"), (1e-3, "ms"), (1e-6, "us"))    # the largest unit that keeps the span >= 1
FIGSIZE_IN = (10.0, 6.0)
DPI = 100


@dataclass(frozen=True)
class PlotInfo:
    """What the figure says besides the rows: the thresholds and a title."""

    v_on: float
    v_off: float
    title: str = ""
    v_thresh: float | None = None


def time_unit(span_s: float) -> tuple[float, str]:
    for scale, name in TIME_UNITS:
        if span_s >= scale:
            return scale, name
    return TIME_UNITS[-1]


def event_kind(event: str) -> str:
    return event.split(":", 1)[0]


def figure(rows: Sequence[Row], info: PlotInfo):
    """The two-panel matplotlib Figure (Agg canvas) of ``rows``."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    if not rows:
        raise ValueError("no timeline rows to plot")
    fig = Figure(figsize=FIGSIZE_IN, dpi=DPI, layout="constrained")
    FigureCanvasAgg(fig)
    volts, states = fig.subplots(2, 1, sharex=True, height_ratios=(3, 1))
    scale, unit = time_unit(rows[-1][0] - rows[0][0])
    t = [r[0] / scale for r in rows]
    volts.plot(t, [r[1] for r in rows], color="tab:orange", linewidth=1.2, label="capacitor voltage")
    volts.axhline(info.v_on, color="tab:green", linestyle="--", linewidth=1, label=f"V_on {info.v_on:g} V")
    volts.axhline(info.v_off, color="tab:red", linestyle="--", linewidth=1, label=f"V_off {info.v_off:g} V")
    if info.v_thresh is not None:
        volts.axhline(info.v_thresh, color="tab:blue", linestyle=":", linewidth=1,
                      label=f"V_thresh {info.v_thresh:g} V")
    for kind, (label, marker, colour) in MARKERS.items():
        hits = [(r[0] / scale, r[1]) for r in rows if event_kind(r[3]) == kind]
        if hits:
            xs, ys = zip(*hits, strict=True)
            big = kind == "end"
            volts.plot(xs, ys, linestyle="none", marker=marker, color=colour, markersize=9 if big else 6,
                       label=label if big else f"{label} ({len(hits)})", zorder=3)
    volts.set_ylabel("capacitor voltage (V)")
    low = min(min(r[1] for r in rows), info.v_off)
    high = max(max(r[1] for r in rows), info.v_on)
    margin = 0.08 * (high - low or 1.0)
    volts.set_ylim(max(0.0, low - margin), high + margin)
    volts.grid(True, alpha=0.3)
    volts.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize="small")
    if info.title:
        volts.set_title(info.title, fontsize="medium")
    levels = [STATE_LEVELS.get(r[2], 0) for r in rows]
    states.step(t, levels, where="post", color="tab:gray", linewidth=1.2)
    states.fill_between(t, levels, step="post", color="tab:gray", alpha=0.25)
    shown = sorted({r[2] for r in rows if r[2] in STATE_LEVELS} | {"off", "active"}, key=STATE_LEVELS.get)
    states.set_yticks([STATE_LEVELS[s] for s in shown], [STATE_LABELS[s] for s in shown])
    states.set_ylim(-0.5, STATE_LEVELS["active"] + 0.5)
    states.set_ylabel("MCU state")
    states.set_xlabel(f"device time ({unit})")
    states.grid(True, axis="x", alpha=0.3)
    return fig


def write_plot(path: str | Path, rows: Sequence[Row], info: PlotInfo) -> None:
    """Render the figure to PNG atomically."""
    fig = figure(rows, info)
    with atomic_write(path, "wb") as out:
        fig.savefig(out, format="png", dpi=DPI)
