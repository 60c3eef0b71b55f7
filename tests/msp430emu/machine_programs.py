"""Test support for the machine and peripheral tests: build a program with msp430emu.asm and run it."""

from __future__ import annotations

from pathlib import Path

from msp430emu.asm import EXIT, HAVE_TOOLS, STOP_WDT, Program, Segment, build_program

__all__ = ["EXIT", "HAVE_TOOLS", "STOP_WDT", "Program", "Segment", "build_program", "run_asm"]


def run_asm(build_dir: Path, source: str, vectors: dict[int, str] | None = None, device: str = "fr5969",
            org: int | None = None, max_cycles: int = 5_000_000, until: str | None = None, **machine_kw):
    """Build ``source`` (must define ``start``; EXIT is appended), run it on a fresh Machine; returns
    (machine, result)."""
    from msp430emu.machine import Machine

    if org is None:
        org = 0x4400 if device == "fr5969" else 0xE000
    program = build_program(source + "\n" + EXIT, build_dir, vectors, org=org)
    machine = Machine(device, program, **machine_kw)
    return machine, machine.run(max_cycles=max_cycles, until=until)
