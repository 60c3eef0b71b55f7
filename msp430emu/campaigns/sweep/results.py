"""``DIR/results.csv`` of a sweep: one row per point, appended and flushed as each point finishes.

Columns: the parameters (in the order given), ``status``, ``error``, then the run's fields in the order
they first appear. A row bringing a field no earlier row had rewrites the file with the wider header
(temporary file, then rename), so the file on disk is always a complete CSV. At the end the rows are
put in the sweep's point order (:meth:`ResultsFile.finish`). ``--resume`` reads an existing file and
skips the points it holds (same parameter values, compared as text); a row cut short (no final newline, no
status, an ok row without its exit or numbers) is dropped and its point runs again.
"""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

from msp430emu.errors import ConfigError
from msp430emu.output.files import atomic_write, write_error

FIXED = ("status", "error")
REQUIRED = {"exit": str, "instructions": int, "cycles": int, "device_time_s": float}   # of every run's row
EXITS = ("halt", "until", "max-cycles", "fault", "no-progress", "max-time", "no-energy")


def complete(row: dict[str, str]) -> bool:
    """Is ``row`` a whole point (not one cut short by a killed sweep)? An error row has its message; an ok
    row its exit and, in the columns the file has, the numbers every run has."""
    status = row.get("status", "")
    if status == "error":
        return bool(row.get("error"))
    if status != "ok" or row.get("exit") not in EXITS:
        return False
    for key, kind in REQUIRED.items():
        if kind is str or key not in row:       # a column the file has (a hand-made file may have fewer)
            continue
        try:
            kind(row.get(key) or "")
        except ValueError:
            return False
    return True


def cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):              # one line per row: the UART text's newlines as \n
        return value.rstrip("\n").replace("\r", "").replace("\n", "\\n")
    return str(value)


class ResultsFile:
    """The rows of ``path`` in memory and on disk; ``params`` are the sweep's parameter names."""

    def __init__(self, path: Path, params: tuple[str, ...], resume: bool) -> None:
        self.path = path
        self.params = params
        self.header: list[str] = [*params, *FIXED]
        self.rows: list[dict[str, str]] = []
        self.dropped = 0                # rows of an earlier sweep that were cut short (run again)
        if path.is_file() and path.stat().st_size > 0:
            if not resume:
                raise ConfigError(f"{path} already holds results: give --resume to continue that sweep, or "
                                  "another --out")
            self._read()
        self._handle = None

    def _read(self) -> None:
        try:
            with open(self.path, newline="", encoding="utf-8") as f:
                text = f.read()
            reader = csv.DictReader(io.StringIO(text, newline=""))
            header = list(reader.fieldnames or [])
            rows = list(reader)
        except (OSError, UnicodeDecodeError, csv.Error) as exc:
            raise ConfigError(f"{self.path}: cannot read it to resume ({exc})") from None
        if rows and not text.endswith("\n"):
            rows.pop()                  # the last write stopped mid-row: that point runs again
        if header[: len(self.params) + len(FIXED)] != self.header:
            held = header[: header.index("status")] if "status" in header else header
            raise ConfigError(f"{self.path} holds a sweep over {', '.join(held) or 'nothing'}, not over "
                              f"{', '.join(self.params)}: use another --out")
        self.header = header
        rows = [{k: (v if v is not None else "") for k, v in row.items() if k is not None} for row in rows]
        self.rows = [row for row in rows if complete(row)]
        self.dropped = len(rows) - len(self.rows)

    def done(self) -> set[tuple[str, ...]]:
        """The parameter values of the points already held."""
        return {tuple(row[p] for p in self.params) for row in self.rows}

    def append(self, values: tuple[str, ...], outcome: dict[str, object]) -> None:
        """Add one point's row and flush it to disk."""
        row = dict(zip(self.params, values, strict=True))
        row.update({key: cell(value) for key, value in outcome.items() if key not in self.params})
        self.rows.append(row)
        new = [key for key in row if key not in self.header]
        if new or self._handle is None:
            self.header += new
            self._rewrite()
            try:
                self._handle = open(self.path, "a", newline="", encoding="utf-8")
            except OSError as exc:
                raise write_error(self.path, exc) from None
            return
        try:
            csv.DictWriter(self._handle, self.header).writerow(row)
            self._handle.flush()
            os.fsync(self._handle.fileno())
        except OSError as exc:
            raise write_error(self.path, exc) from None

    def _rewrite(self) -> None:
        self.close()
        with atomic_write(self.path) as f:
            writer = csv.DictWriter(f, self.header)
            writer.writeheader()
            writer.writerows(self.rows)

    def finish(self, order: list[tuple[str, ...]]) -> None:
        """Rows in the sweep's point order (rows of points not in ``order`` last, as they were); the run
        fields in the order the first rows bring them; written atomically."""
        rank = {values: i for i, values in enumerate(order)}
        self.rows.sort(key=lambda row: rank.get(tuple(row[p] for p in self.params), len(rank)))
        fields: dict[str, None] = {}
        for row in self.rows:
            fields.update(dict.fromkeys(k for k in row if k not in self.params and k not in FIXED))
        self.header = [*self.params, *FIXED, *fields]
        self._rewrite()

    def close(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None


__all__ = ["FIXED", "REQUIRED", "ResultsFile", "cell", "complete"]
