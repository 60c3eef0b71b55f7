"""``msp430emu sweep``: run a firmware over a parameter grid (docs/tutorial.md section 5).

The options, the progress bar (stderr, only on a terminal) and the final table (stdout); the work is in
:mod:`msp430emu.campaigns.sweep.campaign`.
"""

from __future__ import annotations

import argparse
import sys
import textwrap
from pathlib import Path

from msp430emu.campaigns.sweep.base import add_base_arguments
from msp430emu.campaigns.sweep.params import PARAMS
from msp430emu.errors import ConfigError

SWEEP_EPILOG = """example:
  msp430emu sweep build/ar.elf --param distance=1,2,3,4 --param strategy=none,mementos-loop \\
      --jobs 2 --out sweep-ar
  msp430emu sweep app.elf --scenario wisp5 --param cap=10u,22u,47u,100u --max-time 20 --out caps
  msp430emu sweep app.elf --param distance=2,3 --dask tcp://127.0.0.1:8786 --out sweep-dask

Every point is one `msp430emu run` of FW on the base set-up (the --scenario, default: the built-in
"default", a WISP5-like tag 1.5 m from a 4 W EIRP reader with mementos-loop, and the options given here)
with the point's parameter values; points are the cartesian product of the --param lists. Values are
comma-separated (harvest specs, which hold commas, are separated by ';'; so is any list holding a ';')
and take the same syntax as the run options (47u, 8MHz, ...); START:STOP:STEP of a numeric parameter is
the values from START to STOP (distance=1:6:0.5).

""" + textwrap.fill("parameters: " + ", ".join(PARAMS), width=104, subsequent_indent="  ") + """
  distance, power, trace set the rfid / power / trace harvester's first argument; eirp, gain (rfid) and
  load (trace) set one of its options; the others set the run option of the same name.

Writes DIR/results.csv (one row per point, appended as points finish: the parameters, status ok|error,
error, then the run's --json fields), DIR/summary.png (completion time against the first numeric
parameter, one line per value of the others; x marks runs that did not complete) and DIR/sweep.json
(the set-up). A failing point is a row with status error. An interrupted sweep continues with --resume
(points already in results.csv are skipped); without it an existing results.csv is refused."""


def add_sweep_parser(sub, fmt: type[argparse.HelpFormatter]) -> argparse.ArgumentParser:
    sweep = sub.add_parser("sweep", help="run a firmware over a grid of parameters", epilog=SWEEP_EPILOG,
                           formatter_class=fmt)
    add_base_arguments(sweep)
    g = sweep.add_argument_group("the sweep")
    g.add_argument("--param", metavar="NAME=V1,V2,...", action="append", default=[],
                   help="a parameter and its values (repeatable: the grid is the cartesian product)")
    g.add_argument("--out", metavar="DIR", help="folder for results.csv and summary.png (required)")
    g.add_argument("--dry-run", action="store_true", help="print each point's msp430emu run command and "
                                                           "stop (nothing is run or written)")
    g.add_argument("--jobs", metavar="N", type=int,
                   help="local worker processes (default 1: in this process; ignored with --dask)")
    g.add_argument("--dask", metavar="ADDRESS", help="run the points on the Dask scheduler at ADDRESS "
                                                     "(e.g. tcp://10.0.0.5:8786) instead of locally")
    g.add_argument("--expect-exit", metavar="CODE", help="in summary.png a run completes only if it halts "
                                                          "with this exit code (the program's own check)")
    g.add_argument("--resume", action="store_true", help="continue the sweep in DIR: skip the points "
                                                          "results.csv already holds")
    return sweep


def cmd_sweep(args: argparse.Namespace) -> int:
    from msp430emu.campaigns.sweep.base import parse_exit_code, resolve_base
    from msp430emu.campaigns.sweep.campaign import check_jobs, plan_sweep, run_sweep, write_figure
    from msp430emu.campaigns.sweep.params import parse_params

    if args.jobs is not None and args.dask is None:
        check_jobs(args.jobs)
    if args.jobs is not None and args.dask is not None:
        print("msp430emu: note: --jobs is ignored with --dask (the cluster's workers run the points)",
              file=sys.stderr)
    expect = parse_exit_code(args.expect_exit) if args.expect_exit is not None else None
    sweep = parse_params(args.param)
    if args.out is None and not args.dry_run:
        raise ConfigError("--out DIR is required (the folder for results.csv and summary.png)")
    base = resolve_base(args)
    plan = plan_sweep(base, sweep)
    if args.dry_run:
        for index in range(len(plan.points)):
            print(plan.command(index))
        return 0
    out = Path(args.out)
    progress = Progress()
    try:
        results = run_sweep(plan, out, jobs=args.jobs or 1, dask=args.dask, resume=args.resume,
                            on_start=progress.start, on_result=progress.advance)
    finally:
        progress.stop()
    figure = write_figure(plan, out, results, expect)
    print_table(sweep.names, results.rows)
    errors = sum(row.get("status") != "ok" for row in results.rows)
    rerun = f"; {results.dropped} cut-short rows of the earlier run re-run" if results.dropped else ""
    print(f"{len(results.rows)} points ({errors} with errors{rerun}): {out / 'results.csv'}, {figure}")
    return 0


class Progress:
    """A rich progress bar on stderr when it is a terminal (nothing otherwise)."""

    def __init__(self) -> None:
        from rich.console import Console

        self.console = Console(stderr=True)
        self.bar = None
        self.task = None

    def start(self, todo: int, done: int) -> None:
        if done:
            print(f"resuming: {done} points already done, {todo} to run", file=sys.stderr)
        if not self.console.is_terminal or not todo:
            return
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        self.bar = Progress(TextColumn("sweep"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                            TextColumn("{task.fields[last]}"), console=self.console)
        self.task = self.bar.add_task("sweep", total=todo, last="")
        self.bar.start()

    def advance(self, index: int, outcome: dict) -> None:
        if self.bar is not None:
            self.bar.update(self.task, advance=1, last=f"point {index}: {outcome.get('exit', 'error')}")

    def stop(self) -> None:
        if self.bar is not None:
            self.bar.stop()


TABLE_FIELDS = (("exit", "exit"), ("exit_code", "code"), ("device_time_s", "time (s)"),
                ("power_failures", "failures"), ("boots", "boots"), ("checkpoints", "checkpoints"),
                ("error", "error"))


def print_table(params: tuple[str, ...], rows: list[dict[str, str]]) -> None:
    """The results as a rich table on stdout (columns of TABLE_FIELDS that some row has)."""
    from rich.console import Console
    from rich.table import Table

    console = Console(width=None if sys.stdout.isatty() else 140)
    table = Table(box=None, pad_edge=False)
    shown = [(key, title) for key, title in TABLE_FIELDS if any(row.get(key) for row in rows)]
    for name in params:
        table.add_column(name)
    for key, title in shown:
        table.add_column(title, justify="right" if key not in ("exit", "error") else "left",
                         overflow="fold" if key == "error" else "ellipsis")
    for row in rows:
        cells = [row.get(p, "") for p in params]
        for key, _ in shown:
            value = row.get(key, "")
            if key == "device_time_s" and value:
                value = f"{float(value):.4f}"
            cells.append(value)
        table.add_row(*cells)
    console.print(table)


__all__ = ["SWEEP_EPILOG", "add_sweep_parser", "cmd_sweep", "print_table"]
