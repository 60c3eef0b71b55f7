"""The timeline of an intermittent run as CSV: time, capacitor voltage, power state, event.

One row at the start, at every energy step the run loop committed (harvester segment ends, threshold
crossings, at most ``max_step`` apart when the power bridge is given one), at every mode change (active,
lpm0..lpm4, off) and at every event (``boot``, ``failure``, and the run's end as ``end:<exit>``). Between
rows the voltage follows the closed form of its segment (monotone), so straight lines are a fair plot.
Written atomically (temporary file, then rename): never a half-written file.
"""

from __future__ import annotations

from pathlib import Path

from msp430emu.output.files import atomic_write

HEADER = "t_s,v_cap,state,event"


class Timeline:
    """Collects rows (the ``recorder`` of :class:`msp430emu.power.intermittent.IntermittentPower`) and
    writes them."""

    def __init__(self) -> None:
        self.rows: list[tuple[float, float, str, str]] = []

    def record(self, t: float, v: float, state: str, event: str) -> None:
        self.rows.append((t, v, state, event))

    def events(self, name: str) -> list[float]:
        """Times of the rows whose event is ``name``."""
        return [t for t, _, _, e in self.rows if e == name]

    def write(self, path: str | Path) -> None:
        with atomic_write(path) as out:
            out.write(HEADER + "\n")
            out.writelines(f"{t:.9f},{v:.6f},{state},{event}\n" for t, v, state, event in self.rows)
