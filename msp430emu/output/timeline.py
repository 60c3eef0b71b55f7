"""The timeline of an intermittent run as CSV: time, capacitor voltage, power state, event.

One row at the start, at every energy step the run loop committed (harvester segment ends, threshold
crossings, at most ``max_step`` apart when the power bridge is given one), at every mode change (active,
lpm0..lpm4, off) and at every event (``boot``, ``failure``, and the run's end as ``end:<exit>``). Between
rows the voltage follows the closed form of its segment (monotone), so straight lines are a fair plot.

Flat in memory for any device time: given the CSV's ``path``, each row is written as it is recorded to an
unnamed temporary file beside the target (nothing is left behind if the run dies), and :meth:`Timeline.write`
copies it atomically (temporary file, then rename) at the end: never a half-written file. The rows are kept
in memory (``rows``) only when ``keep_rows`` is set: a plot, a VCD or an API caller
(``RunConfig.record_timeline``) needs them.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from msp430emu.output.files import atomic_write, write_error

HEADER = "t_s,v_cap,state,event"


def _line(t: float, v: float, state: str, event: str) -> str:
    return f"{t:.9f},{v:.6f},{state},{event}\n"


class Timeline:
    """Collects rows (the ``recorder`` of :class:`msp430emu.power.intermittent.IntermittentPower`) and
    writes them. ``path``: stream the CSV rows to a temporary file as they come (written to ``path`` by
    :meth:`write`); ``keep_rows``: also keep them in ``rows``. ``count``: rows recorded."""

    def __init__(self, path: str | Path | None = None, keep_rows: bool = True) -> None:
        self.rows: list[tuple[float, float, str, str]] = []
        self.keep_rows = keep_rows
        self.count = 0
        self.path = Path(path) if path is not None else None
        self._stream = None
        if self.path is not None:
            folder = self.path.parent if str(self.path.parent) else Path(".")
            try:
                self._stream = tempfile.TemporaryFile("w+", dir=folder)
                self._stream.write(HEADER + "\n")
            except OSError as exc:
                raise write_error(self.path, exc) from None

    def record(self, t: float, v: float, state: str, event: str) -> None:
        self.count += 1
        if self.keep_rows:
            self.rows.append((t, v, state, event))
        if self._stream is not None:
            try:
                self._stream.write(_line(t, v, state, event))
            except OSError as exc:
                raise write_error(self.path, exc) from None

    def events(self, name: str) -> list[float]:
        """Times of the rows whose event is ``name`` (needs ``keep_rows``)."""
        if not self.keep_rows:
            raise ValueError("this timeline keeps no rows (keep_rows=False)")
        return [t for t, _, _, e in self.rows if e == name]

    def write(self, path: str | Path) -> None:
        """Write the CSV to ``path`` atomically (from the stream when it is the streamed path)."""
        if self._stream is not None and Path(path) == self.path:
            try:
                self._stream.flush()
                self._stream.seek(0)
                with atomic_write(path) as out:
                    shutil.copyfileobj(self._stream, out, 1 << 16)
                return
            except OSError as exc:
                raise write_error(path, exc) from None
            finally:
                self._stream.seek(0, 2)
        if not self.keep_rows:
            raise ValueError("this timeline keeps no rows and streams to another file")
        with atomic_write(path) as out:
            out.write(HEADER + "\n")
            out.writelines(_line(*row) for row in self.rows)

    def close(self) -> None:
        """Drop the temporary file (nothing more can be written)."""
        if self._stream is not None:
            self._stream.close()
            self._stream = None


__all__ = ["HEADER", "Timeline"]
