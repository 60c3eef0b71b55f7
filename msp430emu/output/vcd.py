"""``--vcd FILE.vcd``: an intermittent run as a Value Change Dump for GTKWave (IEEE 1364-2005 section 18).

Signals (scope ``msp430emu``): ``v_cap`` (``real``, volts), ``pc`` (20-bit wire, sampled at every row of
the run's timeline - energy events, block ends, mode changes - and ``x`` while powered off),
``power_state`` (3-bit wire, STATE_CODES), ``powered`` (1 bit) and one ``event`` variable per kind of
event (boot, failure, checkpoint, restore, end). Timescale 1 ns; times strictly increase from ``#0``.
Written atomically (temporary file, then rename).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from msp430emu.cpu.state import PC
from msp430emu.output.files import atomic_write

TIMESCALE_S = 1e-9
TIMESCALE = "1 ns"
STATE_CODES = {"off": 0, "active": 1, "lpm0": 2, "lpm1": 3, "lpm2": 4, "lpm3": 5, "lpm4": 6}
EVENT_SIGNALS = ("boot", "failure", "checkpoint", "restore", "end")   # "end:<exit>" -> end
PC_BITS = 20

Row = tuple[float, float, str, str]        # t_s, v_cap, state, event (output.timeline.Timeline rows)


class PcProbe:
    """Wraps a timeline recorder so that each row also samples the machine's PC (the loop has stopped the
    core at every call, so the PC is the next instruction). ``pcs`` runs parallel to the timeline's rows;
    rows recorded before the probe was installed get the PC at installation."""

    def __init__(self, machine, timeline) -> None:
        self.machine = machine
        self.timeline = timeline
        self.pcs: list[int] = [self.pc()] * len(timeline.rows)

    def pc(self) -> int:
        return int(self.machine.state.regs[PC])

    def record(self, t: float, v: float, state: str, event: str) -> None:
        self.timeline.record(t, v, state, event)
        self.pcs.append(self.pc())

    def samples(self) -> list[int]:
        """One PC per timeline row (rows added behind the probe's back get the present PC)."""
        missing = len(self.timeline.rows) - len(self.pcs)
        return self.pcs + [self.pc()] * max(0, missing)


def _identifiers(count: int) -> list[str]:
    """Short printable VCD identifiers ('!', '"', '%', ...), without '#' and '$' (which start time stamps
    and keywords: legal as identifiers, but confusing to read)."""
    return [c for c in map(chr, range(33, 127)) if c not in "#$"][:count]


def event_signal(event: str) -> str | None:
    """The event variable a timeline event drives (None: no event, or one not shown, like 'start')."""
    name = event.split(":", 1)[0]
    return name if name in EVENT_SIGNALS else None


def vcd_text(rows: Sequence[Row], pcs: Sequence[int] | None = None, comment: str = "") -> str:
    """The VCD document for ``rows`` (time-ordered) and the PC sampled at each row."""
    if pcs is not None and len(pcs) != len(rows):
        raise ValueError(f"{len(pcs)} PC samples for {len(rows)} rows")
    ids = dict(zip(("v_cap", "pc", "power_state", "powered", *EVENT_SIGNALS), _identifiers(9), strict=True))
    out = [f"$comment {comment or 'msp430emu intermittent run'} $end",
           "$version msp430emu --vcd $end",
           f"$timescale {TIMESCALE} $end",
           "$scope module msp430emu $end",
           f"$var real 64 {ids['v_cap']} v_cap $end",
           f"$var wire {PC_BITS} {ids['pc']} pc [{PC_BITS - 1}:0] $end",
           f"$var wire 3 {ids['power_state']} power_state [2:0] $end",
           f"$var wire 1 {ids['powered']} powered $end",
           *(f"$var event 1 {ids[name]} {name} $end" for name in EVENT_SIGNALS),
           "$upscope $end",
           "$enddefinitions $end"]
    steps: list[tuple[int, dict[str, str], list[str]]] = []      # rows merged per tick: last value wins
    for i, (t, v, state, event) in enumerate(rows):
        tick = max(round(t / TIMESCALE_S), steps[-1][0] if steps else 0)
        pc = None if state == "off" or pcs is None else pcs[i] & ((1 << PC_BITS) - 1)
        values = {
            "v_cap": f"r{v:.9g} ",
            "pc": f"b{pc:b} " if pc is not None else "bx ",
            "power_state": f"b{STATE_CODES.get(state, 0):b} ",
            "powered": "0" if state == "off" else "1",
        }
        signal = event_signal(event)
        events = ["1" + ids[signal]] if signal is not None else []
        if steps and steps[-1][0] == tick:
            steps[-1][1].update(values)
            steps[-1][2].extend(e for e in events if e not in steps[-1][2])
        else:
            steps.append((tick, values, events))
    last: dict[str, str] = {}
    for n, (tick, values, events) in enumerate(steps):
        changes = [value + ids[name] for name, value in values.items() if last.get(name) != value]
        last.update(values)
        if n == 0:                                 # the first time: the initial values
            out.extend([f"#{tick}", "$dumpvars", *changes, "$end", *events])
        elif changes or events:
            out.extend([f"#{tick}", *changes, *events])
    return "\n".join(out) + "\n"


def write_vcd(path: str | Path, rows: Sequence[Row], pcs: Sequence[int] | None = None,
              comment: str = "") -> None:
    """Write the VCD atomically."""
    text = vcd_text(rows, pcs, comment)
    with atomic_write(path) as out:
        out.write(text)
