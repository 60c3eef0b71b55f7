"""Reproduce the Mementos comparison (issue 4 item 7; docs/mementos-comparison.md).

Runs checkpoint strategies x capacitor sizes x harvesters (the five Mementos RF traces, RFID distances)
x apps in the emulator, on the wisp4-mementos thresholds (on 3.0 V, off 1.8 V, V_thresh 2.7 V), and writes

    OUT/results.csv   one row per run (the cache: an interrupted experiment resumes where it stopped)
    OUT/tables.md     the Markdown tables
    FIGURES/mementos-distance.png, mementos-traces.png, mementos-overhead.png

Runs are deterministic: the same firmware and emulator give the same rows.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from mementos_figures import write_figures
from mementos_grid import ALL_STRATEGIES, FULL, QUICK, REPO, Grid, Point, plan, sha256_of
from mementos_results import Results
from mementos_runs import Firmware, ResultCache, Row, run_points
from mementos_tables import problems, render

from energy import EnergyError
from energy.units import parse_quantity
from msp430emu.errors import ConfigError, EmuError
from msp430emu.output.files import atomic_write
from msp430emu.toolchain import sdk

DEFAULT_OUT = REPO / "build" / "experiments" / "mementos"
EPILOG = """\
examples:
  python experiments/mementos_comparison.py                       # the full experiment (~7-10 min, 2 jobs)
  python experiments/mementos_comparison.py --quick               # a 1-minute subset
  python experiments/mementos_comparison.py --figures docs/figures   # the committed figures
  python experiments/mementos_comparison.py --apps crc --strategies none,hibernus --caps 10u \\
      --harvest trace1,rfid:5 --out /tmp/m

Full grid: apps crc,sense,rsa,ar; strategies none, mementos-loop, mementos-return, mementos-timer,
hibernus, oracle, periodic:20000; C = 4.7u,10u,47u; harvest trace1..trace5 (tests/data/traces/mementos-rf,
read with time=clock) and rfid:1..rfid:6 (4 W EIRP, free space); 60 s of device time per run. Plus each
app on continuous power (the reference result and cycles; the Mementos checks without failures, with the
ADC12_B check and the paper's 647 cycles), and side sets on the traces at 10 uF: the Mementos modes with
647 cycles; loop and timer mode at V_thresh 2.1, 2.4, 2.9 V; none and the Mementos modes with the apps
built at -O0. --quick: crc,sense; C = 10u; trace1,trace2,rfid:4,rfid:5. --apps/--strategies/--caps/
--harvest narrow either grid. Points already in OUT/results.csv for the same firmware are not run
again (--fresh: all).
"""


def _csv(text: str) -> list[str]:
    return [v.strip() for v in text.split(",") if v.strip()]


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="mementos_comparison.py", description=__doc__.split("\n\n")[0],
                                epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--out", type=Path, default=DEFAULT_OUT, help=f"results folder (default {DEFAULT_OUT})")
    p.add_argument("--figures", type=Path, help="folder for the PNG figures (default OUT/figures)")
    p.add_argument("--quick", action="store_true", help="a 1-minute subset of the grid")
    p.add_argument("--apps", type=_csv, help="comma-separated apps (designs/firmware/apps)")
    p.add_argument("--strategies", type=_csv,
                   help=f"comma-separated strategies (of {', '.join(ALL_STRATEGIES)})")
    p.add_argument("--caps", type=_csv, help="comma-separated capacitances, e.g. 4.7u,10u")
    p.add_argument("--harvest", type=_csv, help="comma-separated harvesters: trace1..trace5, rfid:D")
    p.add_argument("--figure-cap", help="the capacitor of the distance and trace figures (default 10u if "
                                        "in the grid, else the first)")
    p.add_argument("--opt", default="-O2", choices=("-O0", "-O2", "-Os"), help="apps' optimisation level")
    p.add_argument("--jobs", type=int, default=2, help="worker processes (default 2)")
    p.add_argument("--fresh", action="store_true", help="discard OUT/results.csv and run every point")
    return p


def check_grid(grid: Grid) -> None:
    """One-line errors for values the runs would only refuse one by one."""
    apps = set(sdk.list_apps())
    for app in grid.apps:
        if app not in apps:
            raise ConfigError(f"--apps: no app {app!r} (known: {', '.join(sorted(apps))})")
    for s in grid.strategies:
        if s not in ALL_STRATEGIES:
            raise ConfigError(f"--strategies: {s!r} is not one of {', '.join(ALL_STRATEGIES)}")
    for h in grid.harvest:
        ok = h in {f"trace{i}" for i in range(1, 6)}
        if h.startswith("rfid:"):
            try:
                ok = float(h[5:]) > 0
            except ValueError:
                ok = False
        if not ok:
            raise ConfigError(f"--harvest: {h!r} is not trace1..trace5 or rfid:DISTANCE (metres)")
    for cap in grid.caps:
        try:
            if not parse_quantity(cap, "--caps", "F") > 0:
                raise ConfigError(f"--caps: {cap} must be > 0 F")
        except EnergyError as exc:
            raise ConfigError(str(exc)) from None
    if not (grid.apps and grid.strategies and grid.caps and grid.harvest):
        raise ConfigError("an empty list of apps, strategies, capacitors or harvesters")


def build_firmware(builds: list[tuple[str, str]], folder: Path) -> Firmware:
    """Each (app, opt) built with the SDK into ``folder`` (rebuilt every time: the sha256 keys the cache)."""
    folder.mkdir(parents=True, exist_ok=True)
    out: Firmware = {}
    for app, opt in builds:
        path = sdk.build([sdk.app_source(app)], folder / f"{app}{opt}.elf", opt=opt)
        out[app, opt] = (path, sha256_of(path))
    return out


def run(args: argparse.Namespace) -> int:
    grid = (QUICK if args.quick else FULL).restrict(args.apps, args.strategies, args.caps, args.harvest)
    check_grid(grid)
    if args.jobs < 1:
        raise ConfigError("--jobs must be at least 1")
    out: Path = args.out
    if out.exists() and not out.is_dir():
        raise ConfigError(f"--out {out}: not a directory")
    out.mkdir(parents=True, exist_ok=True)
    if args.fresh:
        (out / "results.csv").unlink(missing_ok=True)
    points = plan(grid, args.opt)
    firmware = build_firmware(list(dict.fromkeys((p.app, p.opt) for p in points)), out / "firmware")
    cache = ResultCache(out / "results.csv")
    todo = sum(not cache.done(p, firmware[p.app, p.opt][1]) for p in points)
    print(f"{len(points)} points, {len(points) - todo} cached, {todo} to run ({args.jobs} jobs)", flush=True)
    started = time.monotonic()
    count = 0

    def progress(point: Point, row: Row) -> None:
        nonlocal count
        count += 1
        if count % 25 == 0 or count == todo:
            print(f"  {count}/{todo} done, {time.monotonic() - started:.0f} s", flush=True)

    try:
        run_points(points, firmware, cache, args.jobs, progress)
    finally:
        cache.close()
    wanted = {p.key for p in points}
    res = Results(row for key, row in cache.rows.items() if key in wanted)
    with atomic_write(out / "tables.md") as f:
        f.write(render(res, grid))
    cap = args.figure_cap or ("10u" if "10u" in grid.caps else grid.caps[0])
    figures = write_figures(res, grid, args.figures or out / "figures", cap)
    print(f"wrote {out / 'results.csv'}, {out / 'tables.md'}, " + ", ".join(map(str, figures)))
    for line in problems(res):
        print(f"problem: {line}")
    return 0


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return run(args)
    except EmuError as exc:
        print(f"mementos_comparison.py: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("mementos_comparison.py: interrupted (finished points are kept in results.csv)",
              file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
