"""The result of a run: one object, rendered as JSON (``--json``) or as a readable summary (rich table)."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field

EXITS = ("halt", "until", "max-cycles", "fault", "no-progress", "max-time", "no-energy")  # last 3: energy


@dataclass
class RunResult:
    exit: str                       # one of EXITS
    exit_code: int | None           # R12 (signed 16-bit) at "halt", else None
    message: str                    # one line: why the run ended
    instructions: int
    cycles: int
    device_time_s: float
    wall_s: float
    regs: list[int]                 # R0..R15
    uart: str
    dumps: list[dict] = field(default_factory=list)        # {"start": int, "hex": str}
    gpio_events: list[dict] = field(default_factory=list)  # {"t", "port", "out", "dir"}
    faults: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    resets: list[dict] = field(default_factory=list)       # {"t", "kind", "cause"}
    fram_reads: int = 0
    fram_writes: int = 0
    device: str = ""
    mclk_hz: float = 0.0
    # what the run's set-up adds (msp430emu.session): energy, checkpoint and WAR fields, as in --json
    extra: dict = field(default_factory=dict)
    # (t_s, v_cap, state, event) rows of an energy run, kept when RunConfig.record_timeline is set
    timeline: list | None = field(default=None, repr=False)

    def to_dict(self) -> dict:
        """The JSON object of ``msp430emu run --json``: the run's fields, then the set-up's (``extra``)."""
        out = asdict(self)
        out.pop("timeline")
        out.update(out.pop("extra"))
        return out

    def __getitem__(self, key: str):
        """A field of the JSON object by name: ``result["power_failures"]``, ``result["exit"]``."""
        return self.to_dict()[key]

    @property
    def power_failures(self) -> int:
        return int(self.extra.get("power_failures", 0))

    @property
    def checkpoints(self) -> int:
        return int(self.extra.get("checkpoints", 0))

    def read(self, start: int) -> bytes:
        """The bytes of the memory range dumped from ``start`` (``RunConfig.dumps``)."""
        for dump in self.dumps:
            if dump["start"] == start:
                return bytes.fromhex(dump["hex"])
        raise KeyError(f"no dump starts at 0x{start:X} (dumps: {[hex(d['start']) for d in self.dumps]})")

    def to_json(self) -> str:
        return json.dumps(self.to_dict())

    @property
    def mips(self) -> float:
        return self.instructions / self.wall_s / 1e6 if self.wall_s > 0 else 0.0


def summary_rows(result: RunResult) -> list[tuple[str, str]]:
    rows = [
        ("device", result.device),
        ("exit", result.exit + (f" (code {result.exit_code})" if result.exit_code is not None else "")),
        ("why", result.message),
        ("instructions", f"{result.instructions:,}"),
        ("cycles", f"{result.cycles:,}"),
        ("device time", f"{result.device_time_s * 1e3:.6f} ms"),
        ("MCLK at end", f"{result.mclk_hz / 1e6:g} MHz"),
        ("wall time", f"{result.wall_s:.3f} s ({result.mips:.1f} M instructions/s)"),
        ("FRAM accesses", f"{result.fram_reads:,} reads, {result.fram_writes:,} writes"),
        ("resets", str(len(result.resets)) + "".join(f"; {r['cause']} at {r['t'] * 1e3:.3f} ms"
                                                     for r in result.resets[1:4])),
        ("GPIO events", str(len(result.gpio_events))),
        ("UART bytes", str(len(result.uart))),
    ]
    regs = result.regs
    for row in range(4):
        rows.append((f"R{4 * row}-R{4 * row + 3}",
                     "  ".join(f"R{4 * row + i:<2}={regs[4 * row + i]:05X}" for i in range(4))))
    for dump in result.dumps:
        rows.append((f"dump 0x{dump['start']:05X}", dump["hex"]))
    for text in result.faults:
        rows.append(("fault", text))
    for text in result.warnings:
        rows.append(("warning", text))
    return rows


def print_summary(result: RunResult, console=None, extra_rows: list[tuple[str, str]] = ()) -> None:
    """Print the summary as a two-column rich table (``extra_rows``: e.g. an energy run's figures)."""
    from rich.console import Console
    from rich.table import Table

    console = console or Console()
    table = Table(show_header=False, box=None, pad_edge=False)
    table.add_column(style="bold")
    table.add_column(overflow="fold")
    for key, value in [*summary_rows(result), *extra_rows]:
        table.add_row(key, value)
    console.print(table)
