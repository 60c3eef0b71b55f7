"""Test support for the machine and peripheral tests: build a program with oracles.asm and run it."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from oracles.asm import EXIT, HAVE_TOOLS, STOP_WDT, Program, Segment, build_program

__all__ = ["EXIT", "HAVE_TOOLS", "STOP_WDT", "Program", "Segment", "build_app", "build_program", "run_asm"]


def _firmware_build():
    """tests/firmware_build.py (the SDK's cached app builds). It is not importable as
    ``tests.firmware_build`` because a ``tests`` package in the venv's site-packages shadows the folder,
    so it is loaded from its path (and registered, as its dataclasses need)."""
    if "firmware_build" in sys.modules:
        return sys.modules["firmware_build"]
    path = Path(__file__).resolve().parent.parent / "firmware_build.py"
    spec = importlib.util.spec_from_file_location("firmware_build", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules["firmware_build"] = module
    spec.loader.exec_module(module)
    return module


def build_app(name: str, opt: str = "-O2", **kwargs) -> Path:
    """``tests/firmware_build.build_app``: ``name`` built with the SDK (cached by content)."""
    return _firmware_build().build_app(name, opt, **kwargs)


def run_asm(build_dir: Path, source: str, vectors: dict[int, str] | None = None, device: str = "fr5969",
            org: int | None = None, max_cycles: int = 5_000_000, until: str | None = None, **machine_kw):
    """Build ``source`` (must define ``start``; EXIT is appended), run it on a fresh Machine; returns
    (machine, result)."""
    from msp430emu.machine.machine import Machine

    if org is None:
        org = 0x4400 if device == "fr5969" else 0xE000
    program = build_program(source + "\n" + EXIT, build_dir, vectors, org=org)
    machine = Machine(device, program, **machine_kw)
    return machine, machine.run(max_cycles=max_cycles, until=until)
