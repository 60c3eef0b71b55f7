"""A sweep: the points of a parameter grid run on one base set-up, results appended to ``DIR/results.csv``
as they finish, a figure ``DIR/summary.png`` at the end (docs/tutorial.md, section 5).

    plan = plan_sweep(base, parse_params(["distance=1,2,3", "strategy=none,mementos-loop"]))
    results = run_sweep(plan, Path("out"), jobs=2)

:func:`plan_sweep` turns every point into its ``msp430emu run`` arguments up front (an edit that cannot
apply is a one-line error before anything runs); :func:`run_sweep` runs the points not yet in the results
(``resume``) in this process, in ``jobs`` local worker processes or on a Dask cluster, and records each
outcome as it arrives. ``DIR/sweep.json`` records the set-up; resuming with another set-up is refused.
Runs are deterministic (the only pseudo-random input, the SRAM contents after a power failure, is seeded
by the failure's number), so a point gives the same row wherever it runs.
"""

from __future__ import annotations

import json
import os
import shlex
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from msp430emu.campaigns.sweep.base import RunBase
from msp430emu.campaigns.sweep.execute import (
    Outcome,
    Task,
    connect_dask,
    run_in_pool,
    run_in_process,
    run_on_dask,
)
from msp430emu.campaigns.sweep.params import Sweep, point_changes
from msp430emu.campaigns.sweep.plot import write_summary
from msp430emu.campaigns.sweep.results import ResultsFile
from msp430emu.errors import ConfigError
from msp430emu.output.files import atomic_write, check_outputs, remove_stale_temporaries

RESULTS = "results.csv"
SUMMARY = "summary.png"
SETUP = "sweep.json"


@dataclass(frozen=True)
class Plan:
    """The base, the grid and each point's run arguments (``tasks[i]`` runs ``points[i]``)."""

    base: RunBase
    sweep: Sweep
    points: list[tuple[str, ...]]
    tasks: list[Task]
    argvs: list[tuple[str, ...]]

    def command(self, index: int) -> str:
        """The ``msp430emu run`` command line of point ``index`` (to re-run it by hand)."""
        return shlex.join(["msp430emu", "run", str(self.base.firmware), *self.argvs[index]])


def plan_sweep(base: RunBase, sweep: Sweep) -> Plan:
    points = sweep.points()
    tasks, argvs = [], []
    for index, point in enumerate(points):
        try:
            changes = point_changes(sweep, point, base.options.get("harvest"))
        except ConfigError as exc:
            where = ", ".join(f"{n}={v}" for n, v in zip(sweep.names, point, strict=True))
            raise ConfigError(f"point {where}: {exc}") from None
        argvs.append(tuple(base.argv(changes)))
        tasks.append(Task(index, base.config(changes)))
    return Plan(base, sweep, points, tasks, argvs)


def setup_record(plan: Plan) -> dict:
    """What sweep.json holds: the firmware, the base, the lists and each point's run command."""
    return {"firmware": str(plan.base.firmware), "firmware_sha256": plan.base.firmware_sha256,
            "base": plan.base.options,
            "params": dict(zip(plan.sweep.names, map(list, plan.sweep.values), strict=True)),
            "points": [{"values": dict(zip(plan.sweep.names, point, strict=True)), "run": plan.command(i)}
                       for i, point in enumerate(plan.points)]}


def _check_setup(out: Path, plan: Plan, resume: bool) -> None:
    """Refuse to resume a sweep of another set-up (firmware or base options); record this one."""
    path = out / SETUP
    record = setup_record(plan)
    if resume and path.is_file():
        try:
            old = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ConfigError(f"{path}: cannot read it to resume ({exc})") from None
        for key, what in (("firmware_sha256", "firmware"), ("base", "base options")):
            if old.get(key) != record[key]:
                raise ConfigError(f"{out} holds a sweep of other {what} ({old.get(key)} there, {record[key]} "
                                  "now): use another --out")
        record["params"] = {**old.get("params", {}), **record["params"]}
    with atomic_write(path) as f:
        json.dump(record, f, indent=2)
        f.write("\n")


def prepare_out(out: Path, plan: Plan | None = None) -> None:
    """Create ``out``; refuse it when one of the sweep's files there would replace an input (the firmware,
    a trace); remove the temporary files a killed sweep left there."""
    if out.exists() and not out.is_dir():
        raise ConfigError(f"--out {out}: not a directory")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ConfigError(f"--out {out}: cannot create it ({exc.strerror})") from None
    if plan is not None:
        from msp430emu.session import input_paths

        inputs = [plan.base.firmware]
        for task in plan.tasks:
            if not isinstance(task.config, str):
                inputs += input_paths(task.config)
        check_outputs([("--out", out / name) for name in (RESULTS, SUMMARY, SETUP)], inputs, "sweep")
    remove_stale_files(out)


def remove_stale_files(out: Path) -> list[Path]:
    """Remove the temporary files of results.csv, summary.png and sweep.json that no running process
    writes (a sweep killed with SIGKILL, or before the files were named by process)."""
    removed = []
    for name in (RESULTS, SUMMARY, SETUP):
        removed += remove_stale_temporaries(out / name)
        for tmp in out.glob(f".{name}.*.tmp"):
            if not tmp.name[len(name) + 2:].split(".")[0].isdigit():    # an old name without its process
                tmp.unlink(missing_ok=True)
                removed.append(tmp)
    return removed


def max_jobs() -> int:
    """The most local worker processes a sweep starts: 4 per CPU (each point is CPU-bound; more
    processes only cost memory)."""
    return 4 * (os.cpu_count() or 1)


def check_jobs(jobs: object) -> int:
    """``jobs`` as the number of local worker processes, or ConfigError (one line)."""
    if isinstance(jobs, bool) or not isinstance(jobs, int) or jobs < 1:
        raise ConfigError(f"--jobs: {jobs!r} must be an integer >= 1")
    if jobs > max_jobs():
        raise ConfigError(f"--jobs: {jobs} is more than {max_jobs()} (4 per CPU of this machine: each "
                          "worker is a CPU-bound process)")
    return jobs


def run_sweep(plan: Plan, out: Path, *, jobs: int = 1, dask: str | None = None, resume: bool = False,
              on_start: Callable[[int, int], None] | None = None,
              on_result: Callable[[int, Outcome], None] | None = None) -> ResultsFile:
    """Run the plan's points missing from ``out/results.csv``; returns the results (in point order).
    ``on_start(todo, already_done)`` is called once before the first point, ``on_result`` after each."""
    if dask is None:
        check_jobs(jobs)
    client = connect_dask(dask) if dask is not None else None      # before anything is written
    prepare_out(out, plan)
    results = ResultsFile(out / RESULTS, plan.sweep.names, resume)
    _check_setup(out, plan, resume)
    done = results.done()
    tasks = [t for t in plan.tasks if plan.points[t.index] not in done]
    if on_start is not None:
        on_start(len(tasks), len(plan.tasks) - len(tasks))
    if client is not None:
        stream = run_on_dask(tasks, plan.base.firmware_bytes, client)
    elif jobs > 1 and len(tasks) > 1:
        stream = run_in_pool(tasks, str(plan.base.firmware), min(jobs, len(tasks)))
    else:
        stream = run_in_process(tasks, str(plan.base.firmware))
    try:
        for index, outcome in stream:
            results.append(plan.points[index], outcome)
            if on_result is not None:
                on_result(index, outcome)
        results.finish(plan.points)
    finally:
        close = getattr(stream, "close", None)
        if close is not None:           # an interrupt between two points: stop the workers now, not at exit
            close()
        results.close()
    return results


def write_figure(plan: Plan, out: Path, results: ResultsFile, expect_exit: int | None = None) -> Path:
    """DIR/summary.png of the results (see :mod:`msp430emu.campaigns.sweep.plot`)."""
    from msp430emu.campaigns.sweep.plot import x_axis

    path = out / SUMMARY
    title = (f"{plan.base.firmware.name}: completion time against {x_axis(plan.sweep)[0]}"
             + (f" (exit code {expect_exit})" if expect_exit is not None else "")
             + f"\nbase: {plan.base.source}")
    write_summary(path, plan.sweep, results.rows, title, expect_exit)
    return path


__all__ = ["RESULTS", "SETUP", "SUMMARY", "Plan", "check_jobs", "max_jobs", "plan_sweep", "prepare_out",
           "remove_stale_files",
           "run_sweep", "setup_record", "write_figure"]
