"""Running the comparison's points with a per-point result cache (``OUT/results.csv``).

Each finished point is appended to the CSV at once (flushed), so an interrupted experiment loses at most
the points that were running; the next invocation runs only the points the CSV does not hold for the same
firmware (rows keep the ELF's sha256: a rebuilt, different binary re-runs its points). Points run through
``msp430emu sweep``'s executors (``msp430emu.campaigns.sweep.execute``: in this process, or a pool of worker
processes that survives a dying worker), one firmware at a time.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Callable
from pathlib import Path

from mementos_grid import KEY_COLUMNS, Point

from msp430emu.campaigns.sweep.execute import Task, run_in_pool, run_in_process
from msp430emu.errors import ConfigError
from msp430emu.output.files import atomic_write

META_COLUMNS = ("fw_sha256", "status", "error")
FIELD_COLUMNS = (
    "exit", "exit_code", "device_time_s", "cycles", "instructions", "power_failures", "boots", "on_time_s",
    "checks", "checkpoints", "checkpoints_torn", "restores", "fresh_starts", "checkpoint_bytes",
    "check_cycles", "save_cycles", "restore_cycles", "overhead_cycles", "overhead_cycles_pct",
    "overhead_energy_j", "overhead_energy_pct", "wasted_cycles", "energy_harvested_j", "energy_consumed_j",
    "v_thresh", "check_cycles_each", "trigger_points", "v_hibernate", "v_restore", "hibernations",
    "wakeups_without_restore", "timer_ticks",
)
COLUMNS = (*KEY_COLUMNS, *META_COLUMNS, *FIELD_COLUMNS)

Row = dict[str, str]


def row_key(row: Row) -> str:
    return "|".join(row.get(c, "") for c in KEY_COLUMNS)


class ResultCache:
    """The rows of ``path`` (valid, complete rows only) and an append handle for new ones."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.rows: dict[str, Row] = {}
        if path.is_file():
            self._load()
        self._rewrite()                 # drops a row torn by an interrupted run; normalises the header
        self._file = open(path, "a", newline="", encoding="utf-8")
        self._writer = csv.DictWriter(self._file, fieldnames=COLUMNS, lineterminator="\n")

    def _load(self) -> None:
        try:
            text = self.path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{self.path}: cannot read the cached results ({exc})") from None
        if not text.endswith("\n"):
            text = text[:text.rfind("\n") + 1]         # the last line was cut short by an interruption
        reader = csv.DictReader(io.StringIO(text, newline=""))
        try:
            if tuple(reader.fieldnames or ()) != COLUMNS:
                raise ConfigError(f"{self.path} holds other columns than this script writes (an older "
                                  "version?): use another --out or --fresh")
            for row in reader:
                torn = None in row or any(v is None for v in row.values())
                if torn or row["status"] not in ("ok", "error"):
                    continue
                self.rows[row_key(row)] = row
        except csv.Error as exc:
            raise ConfigError(f"{self.path}: cannot read the cached results ({exc})") from None

    def _rewrite(self) -> None:
        with atomic_write(self.path) as f:
            writer = csv.DictWriter(f, fieldnames=COLUMNS, lineterminator="\n")
            writer.writeheader()
            for row in self.rows.values():
                writer.writerow(row)

    def done(self, point: Point, fw_sha: str) -> bool:
        row = self.rows.get(point.key)
        return row is not None and row["fw_sha256"] == fw_sha

    def add(self, point: Point, fw_sha: str, outcome: dict) -> Row:
        row: Row = {c: "" for c in COLUMNS}
        for column, value in zip(KEY_COLUMNS, point.key.split("|"), strict=True):
            row[column] = value
        row["fw_sha256"] = fw_sha
        for column in (*META_COLUMNS[1:], *FIELD_COLUMNS):
            value = outcome.get(column)
            row[column] = "" if value is None else (repr(value) if isinstance(value, float) else str(value))
        self.rows[point.key] = row
        self._writer.writerow(row)
        self._file.flush()
        os.fsync(self._file.fileno())
        return row

    def close(self) -> None:
        self._file.close()


Firmware = dict[tuple[str, str], tuple[Path, str]]


def run_points(points: list[Point], firmware: Firmware, cache: ResultCache, jobs: int,
               on_result: Callable[[Point, Row], None] | None = None) -> int:
    """Run the points ``cache`` does not hold; ``firmware[app, opt] = (elf path, sha256)``.
    Returns how many ran."""
    todo = [p for p in points if not cache.done(p, firmware[p.app, p.opt][1])]
    ran = 0
    for build in dict.fromkeys((p.app, p.opt) for p in todo):
        mine = [p for p in todo if (p.app, p.opt) == build]
        path, sha = firmware[build]
        tasks = [Task(i, p.config()) for i, p in enumerate(mine)]
        if jobs > 1 and len(tasks) > 1:
            stream = run_in_pool(tasks, str(path), min(jobs, len(tasks)))
        else:
            stream = run_in_process(tasks, str(path))
        for index, outcome in stream:
            row = cache.add(mine[index], sha, outcome)
            ran += 1
            if on_result is not None:
                on_result(mine[index], row)
    return ran


__all__ = ["COLUMNS", "Firmware", "ResultCache", "Row", "run_points"]
