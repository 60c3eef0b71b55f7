"""Reader of the Fused project's measured MSP430FR5994 register traces (tests/data/fused/, see PROVENANCE.md)
and the emulator side of the lock-step comparison.

Each ``traces/<program>/meas-trace-raw.log`` in ``meas-cpu-traces.tar.bz2`` is the console output of
msp430-elf-gdb 8.1 (Mitto msp430-gcc 8.3.0.16) driving an MSP-EXP430FR5994 through its debug agent:
``b main`` (gdb puts the breakpoint after main's prologue: ``Breakpoint 1 at 0x47c0``), ``load``, ``c``,
R4-R15 set to 0, ``info registers``, then 10,000 times ``si`` + ``info registers``. Each ``info registers``
prints 16 lines ``<name>  0x<hex>  <decimal or symbol>`` for pc, sp, sr, cg, r4..r15: 10,001 states.
"""

from __future__ import annotations

import re
import tarfile
from dataclasses import dataclass
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "data" / "fused"
ARCHIVE = DATA / "meas-cpu-traces.tar.bz2"
PROGRAMS = ("aes-FFF-WS0", "aes-FSS-WS0", "matmul-FFF-WS0", "matmul-FSS-WS0", "matmul-tiled-FFF-WS0",
            "matmul-tiled-FSS-WS0", "nettle-sha256-FSS-WS0", "newlib-sqrt-FSS-WS0")
REG_NAMES = ("pc", "sp", "sr", "cg") + tuple(f"r{i}" for i in range(4, 16))
_REG_LINE = re.compile(r"^(pc|sp|sr|cg|r\d+)\s+0x([0-9a-f]+)\s", re.M)
_BREAK = re.compile(r"^Breakpoint 1 at 0x([0-9a-f]+)", re.M)


@dataclass(frozen=True)
class MeasuredTrace:
    program: str
    breakpoint: int                  # where gdb stopped before the first ``info registers``
    states: list[tuple[int, ...]]    # R0..R15 of each ``info registers`` (the first: at the breakpoint)


def parse_log(program: str, text: str) -> MeasuredTrace:
    """Register states of one gdb log; ValueError if a block is incomplete."""
    m = _BREAK.search(text)
    if m is None:
        raise ValueError(f"{program}: no 'Breakpoint 1 at' line")
    values = _REG_LINE.findall(text)
    if len(values) % 16:
        raise ValueError(f"{program}: {len(values)} register lines, not a multiple of 16")
    states = []
    for i in range(0, len(values), 16):
        block = values[i:i + 16]
        if tuple(name for name, _ in block) != REG_NAMES:
            raise ValueError(f"{program}: register block {i // 16} is out of order")
        states.append(tuple(int(v, 16) for _, v in block))
    return MeasuredTrace(program, int(m.group(1), 16), states)


def read_traces(programs: tuple[str, ...] = PROGRAMS) -> dict[str, MeasuredTrace]:
    out = {}
    with tarfile.open(ARCHIVE, "r:bz2") as tar:
        for program in programs:
            member = tar.extractfile(f"traces/{program}/meas-trace-raw.log")
            assert member is not None
            out[program] = parse_log(program, member.read().decode("ascii"))
    return out


class _Recorder:
    """Tracer for ``Machine.run``: R0..R15 after every executed instruction; stops after ``steps``."""

    def __init__(self, steps: int) -> None:
        self.steps = steps
        self.states: list[tuple[int, ...]] = []
        self._insns = 0

    def before(self, machine) -> None:
        from msp430emu.cpu.state import C_INSNS

        insns = int(machine.state.ctl[C_INSNS])
        if insns > self._insns:                 # the previous instruction (and its I/O) completed
            self._insns = insns
            self.states.append(tuple(int(r) for r in machine.state.regs))
            if len(self.states) >= self.steps:
                machine.request_stop("until", f"{self.steps} steps recorded")

    def after(self, machine, stop: int) -> None:
        pass


def emulate(elf: Path, breakpoint: int, steps: int, device: str = "fr5994") -> list[tuple[int, ...]]:
    """What the gdb script did, on the emulator: load, run to ``breakpoint``, zero R4-R15, record the
    registers, then ``steps`` single steps. Returns steps + 1 states."""
    from msp430emu.cpu.state import C_INSNS
    from msp430emu.machine.machine import Machine
    from msp430emu.toolchain.loader import load_image

    machine = Machine(device, load_image(elf))
    result = machine.run(max_cycles=50_000_000, until=breakpoint)
    if result.exit != "until":
        raise AssertionError(f"{elf.name}: did not reach 0x{breakpoint:04x} "
                             f"({result.exit}: {result.message})")
    regs = machine.state.regs
    for r in range(4, 16):
        regs[r] = 0
    first = tuple(int(r) for r in regs)
    recorder = _Recorder(steps)
    recorder._insns = int(machine.state.ctl[C_INSNS])
    machine.run(max_cycles=50_000_000, tracer=recorder)
    return [first] + recorder.states


__all__ = ["PROGRAMS", "MeasuredTrace", "emulate", "parse_log", "read_traces"]
