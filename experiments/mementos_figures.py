"""The comparison's figures (matplotlib, Agg), written atomically as PNG files.

* ``mementos-distance.png``: completion time against the distance from the reader, one line per strategy,
  one panel per app (the capacitor ``cap``); runs that did not complete leave a gap;
* ``mementos-traces.png``: completion time on each RF trace, grouped bars per strategy, one panel per app;
* ``mementos-overhead.png``: mean overhead (% of cycles and % of energy) per strategy and app, over the
  completed grid runs that met a power failure or saved a checkpoint.
"""

from __future__ import annotations

import math
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.ticker import FormatStrFormatter  # noqa: E402
from mementos_grid import Grid  # noqa: E402
from mementos_results import Results, mean, num  # noqa: E402

from msp430emu.output.files import atomic_write  # noqa: E402

STYLE = {"none": ("black", "o", "-"), "mementos-loop": ("tab:blue", "s", "-"),
         "mementos-return": ("tab:cyan", "v", "--"), "mementos-timer": ("tab:purple", "^", "-"),
         "hibernus": ("tab:red", "D", "-"), "oracle": ("tab:green", "*", ":"),
         "periodic:20000": ("tab:orange", "P", "--")}


def _style(strategy: str) -> tuple[str, str, str]:
    return STYLE.get(strategy, ("gray", "x", "-"))


def _panels(n: int):
    cols = min(2, n)
    rows = math.ceil(n / cols)
    fig, axes = plt.subplots(rows, cols, figsize=(6.2 * cols, 3.9 * rows), squeeze=False)
    flat = list(axes.flat)
    for ax in flat[n:]:
        ax.set_visible(False)
    return fig, flat[:n]


def _save(fig, path: Path) -> Path:
    fig.tight_layout()
    with atomic_write(path, "wb") as f:
        fig.savefig(f, format="png", dpi=110)
    plt.close(fig)
    return path


def distance_figure(res: Results, grid: Grid, cap: str, path: Path) -> Path | None:
    distances = [h for h in grid.harvest if h.startswith("rfid:")]
    if not distances:
        return None
    xs = [float(d.split(":")[1]) for d in distances]
    fig, axes = _panels(len(grid.apps))
    for ax, app in zip(axes, grid.apps, strict=True):
        for s in grid.strategies:
            ys = [res.completion_time(res.get("grid", app, s, cap, d)) for d in distances]
            color, marker, line = _style(s)
            ax.plot(xs, [math.nan if y is None else y for y in ys], line, color=color, marker=marker,
                    label=s, markersize=5)
        ax.set_yscale("log")
        ax.yaxis.set_major_formatter(FormatStrFormatter("%g"))
        ax.yaxis.set_minor_formatter(FormatStrFormatter("%g"))
        ax.tick_params(axis="y", which="minor", labelsize=7)
        ax.set_title(f"{app} (C = {cap}F)")
        ax.set_xlabel("distance from a 4 W EIRP reader (m)")
        ax.set_ylabel("completion time (s)")
        ax.grid(True, which="both", alpha=0.3)
    axes[0].legend(fontsize=7)
    fig.suptitle("Completion time vs distance (gaps: did not complete)", fontsize=10)
    return _save(fig, path)


def _bars(ax, groups: list[str], series: dict[str, list[float | None]]) -> None:
    width = 0.8 / max(1, len(series))
    for i, (label, values) in enumerate(series.items()):
        color = _style(label)[0] if label in STYLE else None
        xs = [g + (i - (len(series) - 1) / 2) * width for g in range(len(groups))]
        ax.bar(xs, [0.0 if v is None else v for v in values], width, label=label, color=color)
    ax.set_xticks(range(len(groups)), groups, fontsize=8)


def traces_figure(res: Results, grid: Grid, cap: str, path: Path) -> Path | None:
    traces = [h for h in grid.harvest if h.startswith("trace")]
    if not traces:
        return None
    fig, axes = _panels(len(grid.apps))
    for ax, app in zip(axes, grid.apps, strict=True):
        series = {s: [res.completion_time(res.get("grid", app, s, cap, t)) for t in traces]
                  for s in grid.strategies}
        _bars(ax, [f"trace {t[5:]}" for t in traces], series)
        ax.set_title(f"{app} (C = {cap}F; no bar: did not complete)")
        ax.set_ylabel("completion time (s)")
        ax.grid(True, axis="y", alpha=0.3)
    axes[0].legend(fontsize=7)
    return _save(fig, path)


def overhead_figure(res: Results, grid: Grid, path: Path) -> Path:
    strategies = [s for s in grid.strategies if s != "none"]
    fig, axes = plt.subplots(1, 2, figsize=(12.4, 4.2), squeeze=False)
    for ax, column, what in zip(axes[0], ("overhead_cycles_pct", "overhead_energy_pct"),
                                ("cycles", "energy"), strict=True):
        series = {}
        for app in grid.apps:
            values = []
            for s in strategies:
                rows = [r for r in res.select("grid", app=app, strategy=s) if res.completed(r)
                        and ((num(r, "power_failures") or 0) > 0 or (num(r, "checkpoints") or 0) > 0)]
                values.append(mean(num(r, column) for r in rows))
            series[app] = values
        _bars(ax, strategies, series)
        ax.set_ylabel(f"overhead (% of {what})")
        ax.set_title(f"Mean overhead, % of {what} (completed intermittent runs)", fontsize=9)
        ax.tick_params(axis="x", labelrotation=20)
        ax.grid(True, axis="y", alpha=0.3)
        ax.legend(fontsize=7, title="app", title_fontsize=7)
    return _save(fig, path)


def write_figures(res: Results, grid: Grid, folder: Path, cap: str) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    made = [distance_figure(res, grid, cap, folder / "mementos-distance.png"),
            traces_figure(res, grid, cap, folder / "mementos-traces.png"),
            overhead_figure(res, grid, folder / "mementos-overhead.png")]
    return [p for p in made if p is not None]


__all__ = ["write_figures"]
