"""The comparison's Markdown tables (``OUT/tables.md``), built from :class:`mementos_results.Results`."""

from __future__ import annotations

from mementos_grid import (
    MEMENTOS,
    PAPER_CHECK_CYCLES,
    SIDE_OPT,
    SIDE_OPT_STRATEGIES,
    V_THRESH,
    VTHRESH_STRATEGIES,
    Grid,
)
from mementos_results import Results, mean, median, num, reduction_pct

EXIT_MARK = {"no-progress": "np", "no-energy": "ne", "max-time": "mt", "max-cycles": "mc", "fault": "fault"}


def fmt(value: float | None, digits: int = 1, suffix: str = "") -> str:
    if value is None:
        return "-"
    return f"{value:,.{digits}f}{suffix}"


def table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(lines) + "\n"


def cell_time(res: Results, row) -> str:
    """Completion time in s, or why the run did not complete (np, ne, mt; WRONG for a wrong result)."""
    if row is None:
        return ""
    if res.completed(row):
        return fmt(num(row, "device_time_s"), 2)
    if res.wrong(row):
        return "**WRONG**"
    if row["status"] != "ok":
        return "error"
    return "x " + EXIT_MARK.get(row["exit"], row["exit"])


def reference_table(res: Results, grid: Grid) -> str:
    rows = []
    for app in grid.apps:
        ref = res.refs.get((app, res.opt))
        points = {s: res.get("continuous", app, s) for s in MEMENTOS}
        counts = [points[s]["trigger_points"] if points[s] else "-" for s in MEMENTOS]
        rows.append([app, fmt(ref.cycles if ref else None, 0), ref.exit_code if ref else "-", *counts])
    return table(["app", "cycles (continuous, 1 MHz)", "exit code (result)", "loop points", "return points",
                  "timer points"], rows)


def continuous_table(res: Results, grid: Grid) -> str:
    """Instrumentation cost with no power failure: run time over the uninstrumented run."""
    rows = []
    for app in grid.apps:
        for strategy in grid.strategies:
            ours = res.get("continuous", app, strategy)
            if ours is None:
                continue
            paper = res.get("continuous", app, strategy, check=PAPER_CHECK_CYCLES)
            rows.append([app, strategy, fmt(num(ours, "checks"), 0), fmt(num(ours, "checkpoints"), 0),
                         fmt(res.slowdown_pct(ours), 1, " %"),
                         fmt(res.slowdown_pct(paper), 1, " %") if paper else "-"])
    return table(["app", "strategy", "checks", "checkpoints", "run time + (ADC12_B check)",
                  f"run time + ({PAPER_CHECK_CYCLES}-cycle check)"], rows)


def distance_table(res: Results, grid: Grid, cap: str) -> str:
    distances = [h for h in grid.harvest if h.startswith("rfid:")]
    rows = [[app, s, *(cell_time(res, res.get("grid", app, s, cap, d)) for d in distances)]
            for app in grid.apps for s in grid.strategies]
    return table(["app", "strategy", *(d.split(":")[1] + " m" for d in distances)], rows)


def trace_table(res: Results, grid: Grid, cap: str) -> str:
    traces = [h for h in grid.harvest if h.startswith("trace")]
    rows = [[app, s, *(cell_time(res, res.get("grid", app, s, cap, t)) for t in traces)]
            for app in grid.apps for s in grid.strategies]
    return table(["app", "strategy", *(f"trace {t[5:]}" for t in traces)], rows)


def strategy_summary(res: Results, grid: Grid) -> str:
    """Per strategy and capacitor, over every app and harvester: completion and the overheads."""
    rows = []
    for s in grid.strategies:
        for cap in grid.caps:
            runs = res.select("grid", strategy=s, cap=cap)
            done = [r for r in runs if res.completed(r)]
            wrong = sum(res.wrong(r) for r in runs)
            intermittent = [r for r in done if (num(r, "power_failures") or 0) > 0
                            or (num(r, "checkpoints") or 0) > 0]
            rows.append([s, cap, f"{len(done)}/{len(runs)}" + (f" ({wrong} WRONG)" if wrong else ""),
                         fmt(mean(num(r, "overhead_cycles_pct") for r in done), 1, " %"),
                         fmt(mean(num(r, "overhead_energy_pct") for r in done), 1, " %"),
                         fmt(median(num(r, "checkpoints") for r in intermittent), 0),
                         fmt(median(num(r, "restores") for r in intermittent), 0),
                         fmt(median(num(r, "power_failures") for r in done), 0),
                         fmt(median(num(r, "wasted_cycles") for r in done), 0),
                         fmt(median(res.extra_cycles(r) for r in done), 0)])
    return table(["strategy", "C", "completed", "overhead (cycles)", "overhead (energy)",
                  "checkpoints (median)", "restores (median)", "power failures (median)",
                  "wasted cycles (median)", "cycles over continuous (median)"], rows)


def hibernus_table(res: Results, grid: Grid) -> str:
    """Hibernus's overhead against each Mementos mode, on the points where both completed."""
    if "hibernus" not in grid.strategies:
        return ""
    rows = []
    for m in (s for s in grid.strategies if s in MEMENTOS):
        for app in grid.apps:
            time_red, energy_red = [], []
            for mine in res.select("grid", app=app, strategy="hibernus"):
                theirs = res.get("grid", app, m, mine["cap"], mine["harvest"])
                if not (res.completed(mine) and res.completed(theirs)):
                    continue
                if (num(theirs, "power_failures") or 0) == 0 and (num(theirs, "checkpoints") or 0) == 0:
                    continue            # energy was plentiful: both pay only their always-on cost
                time_red.append(reduction_pct(num(mine, "overhead_cycles"), num(theirs, "overhead_cycles")))
                energy_red.append(reduction_pct(num(mine, "overhead_energy_j"),
                                                num(theirs, "overhead_energy_j")))
            rows.append([m, app, str(len(time_red)), spread(time_red), spread(energy_red)])
    return table(["vs", "app", "points", "time overhead: Hibernus's reduction, median (min..max)",
                  "energy overhead: reduction, median (min..max)"], rows)


def spread(values: list[float | None]) -> str:
    got = [v for v in values if v is not None]
    if not got:
        return "-"
    return f"{median(got):.0f} % ({min(got):.0f} .. {max(got):.0f} %)"


def checkcost_table(res: Results, grid: Grid) -> str:
    """The Mementos modes on the traces with the ADC12_B check and with the paper's 647 cycles."""
    cap = grid.side_cap
    rows = []
    for s in (s for s in grid.strategies if s in MEMENTOS):
        for app in grid.apps:
            traces = [t for t in grid.harvest if t.startswith("trace")]
            pairs = [(res.get("grid", app, s, cap, t),
                      res.get("checkcost", app, s, cap, t, PAPER_CHECK_CYCLES)) for t in traces]
            pairs = [(a, b) for a, b in pairs if b is not None]
            if not pairs:
                continue
            ours = [a for a, _ in pairs if a is not None]
            paper = [b for _, b in pairs]
            rows.append([s, app,
                         f"{sum(map(res.completed, ours))}/{len(ours)}",
                         f"{sum(map(res.completed, paper))}/{len(paper)}",
                         fmt(mean(res.completion_time(r) for r in ours), 2),
                         fmt(mean(res.completion_time(r) for r in paper), 2),
                         fmt(mean_overhead(res, ours), 1, " %"), fmt(mean_overhead(res, paper), 1, " %")])
    return table(["strategy", "app", "completed (ADC12_B)", f"completed ({PAPER_CHECK_CYCLES})",
                  "mean time s (ADC12_B)", f"mean time s ({PAPER_CHECK_CYCLES})",
                  "overhead (ADC12_B)", f"overhead ({PAPER_CHECK_CYCLES})"], rows)


def vthresh_table(res: Results, grid: Grid) -> str:
    """mementos-loop/timer on the traces at other V_thresh values: completed runs, mean time, overhead."""
    cap = grid.side_cap
    traces = [t for t in grid.harvest if t.startswith("trace")]
    values = sorted({V_THRESH, *grid.v_thresh_values}, key=float)
    rows = []
    for s in (s for s in grid.strategies if s in VTHRESH_STRATEGIES):
        for app in grid.apps:
            cells = []
            for v in values:
                runs = [res.get("grid", app, s, cap, t) if v == V_THRESH
                        else res.get("vthresh", app, s, cap, t, vthresh=v) for t in traces]
                runs = [r for r in runs if r is not None]
                done = [r for r in runs if res.completed(r)]
                time_s, overhead = mean(res.completion_time(r) for r in done), mean_overhead(res, done)
                text = f"{len(done)}/{len(runs)}, {fmt(time_s, 2)} s, {fmt(overhead, 1)} %"
                cells.append(text if runs else "")
            if any(cells):
                rows.append([s, app, *cells])
    return table(["strategy", "app", *(f"V_thresh {v} V: completed, mean time, overhead" for v in values)],
                 rows) if rows else ""


def side_opt_table(res: Results, grid: Grid) -> str:
    """none and the Mementos modes with the apps built at SIDE_OPT, next to the grid's build."""
    cap = grid.side_cap
    traces = [t for t in grid.harvest if t.startswith("trace")]
    rows = []
    for app in grid.apps:
        ref = res.refs.get((app, SIDE_OPT))
        for s in (s for s in grid.strategies if s in SIDE_OPT_STRATEGIES):
            side = [r for r in (res.get("O0", app, s, cap, t, opt=SIDE_OPT) for t in traces) if r is not None]
            main = [r for r in (res.get("grid", app, s, cap, t) for t in traces) if r is not None]
            if not side:
                continue
            done = [r for r in side if res.completed(r)]
            points = side[0]["trigger_points"] or "-"
            rows.append([app, s, fmt(ref.cycles if ref else None, 0), points, f"{len(done)}/{len(side)}",
                         fmt(mean(res.completion_time(r) for r in done), 2),
                         fmt(mean_overhead(res, done), 1, " %"),
                         fmt(median(num(r, "checkpoints") for r in done), 0),
                         f"{sum(map(res.completed, main))}/{len(main)}"])
    return table(["app", "strategy", f"cycles ({SIDE_OPT}, continuous)", "trigger points", "completed",
                  "mean time s", "overhead", "checkpoints (median)", f"completed at {res.opt}"],
                 rows) if rows else ""


def mean_overhead(res: Results, rows) -> float | None:
    return mean(num(r, "overhead_cycles_pct") for r in rows if res.completed(r))


def problems(res: Results) -> list[str]:
    """Runs that halted with a wrong result, or whose run failed: each worth a report."""
    out = []
    for r in res.rows:
        if res.wrong(r):
            out.append(f"WRONG result: {r['set']} {r['app']} {r['strategy']} C={r['cap']} {r['harvest']} "
                       f"check={r['check'] or 'default'} v_thresh={r['vthresh'] or 'default'}: exit code "
                       f"{r['exit_code']}, expected {res.ref(r).exit_code}")
        elif r["status"] != "ok":
            out.append(f"error: {r['set']} {r['app']} {r['strategy']} C={r['cap']} {r['harvest']}: "
                       f"{r['error']}")
    return out


def render(res: Results, grid: Grid) -> str:
    """Every table, as one Markdown document."""
    parts = ["# Mementos comparison: results\n",
             "Cells of the time tables: completion time in device seconds; `x np` no progress (the same "
             "boot-to-failure path 20 times), `x ne` no energy left (the trace ended), `x mt` the "
             "60 s limit; **WRONG**: halted with another result than the continuous run.\n",
             "## Apps on continuous power\n", reference_table(res, grid),
             "\n## Instrumentation cost without power failures (continuous 3.0 V)\n",
             continuous_table(res, grid),
             "\n## Per strategy and capacitor (every app and harvester)\n", strategy_summary(res, grid)]
    for cap in grid.caps:
        if any(h.startswith("rfid:") for h in grid.harvest):
            parts += [f"\n## Completion time vs distance, C = {cap}F\n", distance_table(res, grid, cap)]
        if any(h.startswith("trace") for h in grid.harvest):
            parts += [f"\n## Completion time on the RF traces, C = {cap}F\n", trace_table(res, grid, cap)]
    hib = hibernus_table(res, grid)
    if hib:
        parts += ["\n## Hibernus against Mementos (intermittent points where both completed)\n", hib]
    cost = checkcost_table(res, grid)
    if cost:
        parts += [f"\n## Check cost: ADC12_B routine vs the paper's {PAPER_CHECK_CYCLES} cycles "
                  f"(traces, C = {grid.side_cap}F)\n", cost]
    vt = vthresh_table(res, grid)
    if vt:
        parts += [f"\n## V_thresh (traces, C = {grid.side_cap}F)\n", vt]
    o0 = side_opt_table(res, grid)
    if o0:
        parts += [f"\n## Apps built at {SIDE_OPT} (traces, C = {grid.side_cap}F)\n", o0]
    issues = problems(res)
    parts += ["\n## Problems\n", "\n".join(f"- {p}" for p in issues) + "\n" if issues else "none\n"]
    return "\n".join(p.strip("\n") + "\n" for p in parts)


__all__ = ["problems", "render"]
