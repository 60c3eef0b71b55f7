"""Debian's ``mspdebug -n sim`` as an oracle: run a program to a breakpoint, read registers and memory.

``run_to_break(image_path, "exit", memory=[(0x1C00, 64)])`` runs::

    mspdebug -q -n sim "simio add tracer trace" "prog FILE" "setbreak ADDR" "run" "regs"
                       "md ADDR LEN" ... "simio info trace"

and parses the output. Facts about mspdebug 0.22's simulator this relies on (checked by running it):

* ``prog`` erases the simulated memory to 0xFF, writes the ELF sections at their load addresses (so
  ``.data`` goes to its FRAM image, as on hardware) and resets the CPU (PC = word at 0xFFFE).
* ``run`` runs until a breakpoint; it never returns otherwise, hence the timeout.
* ``setbreak SYMBOL`` only knows typed (function/object) ELF symbols, so symbols are resolved here with
  :mod:`msp430emu.toolchain.loader` and the breakpoint is set by address.
* The ``tracer`` simio device reports ``Instruction count`` and ``MCLK`` cycles since reset. The
  instruction count is exact (an oracle for our emulator); the cycle count is not (constant-generator
  sources are mis-timed, see FIELD-NOTES).
* ``simio add hwmult`` adds the 16-bit hardware multiplier at 0x0130 (classic devices), useful to test
  the ``__mspabi_*_hw`` helpers. Peripheral registers of the FR5969 are otherwise plain memory.
"""

from __future__ import annotations

import os
import re
import subprocess
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from msp430emu.errors import ToolError
from msp430emu.toolchain.loader import load_image

MSPDEBUG = os.environ.get("MSP430EMU_MSPDEBUG", "mspdebug")
DEFAULT_TIMEOUT_S = 60.0

_REG = re.compile(r"\(\s*(PC|SP|SR|R\d+):\s*([0-9a-fA-F]+)\)")
_MD_LINE = re.compile(r"^\s*([0-9a-fA-F]{4,5}):((?:\s[0-9a-fA-F]{2})+)\s+\|.*\|\s*$")
_INSNS = re.compile(r"^Instruction count:\s*(\d+)", re.M)
_MCLK = re.compile(r"^MCLK:\s*(\d+)", re.M)
_REG_INDEX = {"PC": 0, "SP": 1, "SR": 2}
_ERROR_PATTERNS = ("bad address expression", "invalid address", "can't parse", "unknown command",
                   "elf32:", "prog:", "no such file", "failed")


@dataclass
class OracleRun:
    """What mspdebug reported when the program reached the breakpoint."""

    regs: list[int]                                   # R0 (PC) .. R15
    memory: dict[int, bytes] = field(default_factory=dict)   # requested start address -> bytes
    instructions: int | None = None                   # executed since reset (tracer)
    cycles: int | None = None                         # mspdebug's MCLK count (not cycle-accurate)
    wall_time_s: float = 0.0                          # whole mspdebug process
    breakpoint: int = 0
    output: str = ""

    @property
    def pc(self) -> int:
        return self.regs[0]

    def word(self, addr: int) -> int:
        """Little-endian word at ``addr`` from the memory read back (must lie in a requested range)."""
        return self.byte(addr) | (self.byte(addr + 1) << 8)

    def byte(self, addr: int) -> int:
        for start, data in self.memory.items():
            if start <= addr < start + len(data):
                return data[addr - start]
        raise KeyError(f"0x{addr:04x} was not read back from mspdebug")

    def read(self, addr: int, length: int) -> bytes:
        return bytes(self.byte(a) for a in range(addr, addr + length))


def available() -> bool:
    """True if the mspdebug executable can be started."""
    try:
        subprocess.run([MSPDEBUG, "--version"], capture_output=True, timeout=10, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return True


def run_to_break(image_path: Path | str, breakpoint: str | int = "exit",
                 memory: Sequence[tuple[int | str, int]] = (), timeout_s: float = DEFAULT_TIMEOUT_S,
                 hwmult: bool = False, poke: Sequence[tuple[int | str, bytes]] = (),
                 runs: int = 1) -> OracleRun:
    """Run ``image_path`` in mspdebug's simulator until ``breakpoint`` (symbol or address).

    ``memory`` lists ``(address or symbol, length)`` ranges to read back once stopped. ``poke`` writes
    bytes into memory after loading (e.g. a peripheral result register mspdebug does not simulate).
    ``runs`` > 1 resets the CPU at the breakpoint and runs again (memory is kept, as over a reset), that
    many times in all; registers and memory are read after the last run.
    """
    if runs < 1:
        raise ValueError("runs must be at least 1")
    path = Path(image_path)
    image = load_image(path)
    bp_addr = image.resolve(breakpoint)
    ranges = [(image.resolve(where), int(length)) for where, length in memory]
    commands = ["simio add tracer trace"]
    if hwmult:
        commands.append("simio add hwmult mult")
    commands.append(f"prog {path}")
    for where, data in poke:
        commands.append(f"mw 0x{image.resolve(where):04x} " + " ".join(f"0x{b:02x}" for b in data))
    commands += [f"setbreak 0x{bp_addr:04x}", "run"] + ["reset", "run"] * (runs - 1) + ["regs"]
    commands += [f"md 0x{addr:04x} {length}" for addr, length in ranges]
    commands.append("simio info trace")

    start = time.perf_counter()
    try:
        proc = subprocess.run([MSPDEBUG, "-q", "-n", "sim", *commands], stdin=subprocess.DEVNULL,
                              capture_output=True, text=True, timeout=timeout_s, check=False)
    except FileNotFoundError:
        raise ToolError(f"{MSPDEBUG} not found: install the Debian package mspdebug") from None
    except subprocess.TimeoutExpired:
        label = f"{breakpoint} (0x{bp_addr:04x})" if isinstance(breakpoint, str) else f"0x{bp_addr:04x}"
        raise ToolError(f"mspdebug did not reach the breakpoint {label} within {timeout_s:g} s") from None
    wall = time.perf_counter() - start
    output = proc.stdout + proc.stderr
    if proc.returncode != 0:
        raise ToolError(f"mspdebug failed (exit status {proc.returncode}): {_first_problem(output)}")

    regs = _parse_regs(output)
    if regs[0] != bp_addr:
        raise ToolError(f"mspdebug stopped at 0x{regs[0]:04x}, not at the breakpoint 0x{bp_addr:04x}")
    bytes_at = _parse_md(output)
    mem = {}
    for addr, length in ranges:
        try:
            mem[addr] = bytes(bytes_at[a] for a in range(addr, addr + length))
        except KeyError:
            raise ToolError(f"mspdebug output lacks memory 0x{addr:04x}+{length}") from None
    insns = _INSNS.search(output)
    mclk = _MCLK.search(output)
    return OracleRun(regs=regs, memory=mem, instructions=int(insns.group(1)) if insns else None,
                     cycles=int(mclk.group(1)) if mclk else None, wall_time_s=wall,
                     breakpoint=bp_addr, output=output)


def _parse_regs(output: str) -> list[int]:
    found = _REG.findall(output)
    if len(found) < 16:
        raise ToolError(f"no register dump in mspdebug output: {_first_problem(output)}")
    regs = [0] * 16
    for name, value in found[-16:]:  # the last dump (from the "regs" command)
        index = _REG_INDEX.get(name)
        regs[index if index is not None else int(name[1:])] = int(value, 16)
    return regs


def _parse_md(output: str) -> dict[int, int]:
    out: dict[int, int] = {}
    for line in output.splitlines():
        m = _MD_LINE.match(line)
        if m:
            base = int(m.group(1), 16)
            for i, tok in enumerate(m.group(2).split()):
                out[base + i] = int(tok, 16)
    return out


def _first_problem(output: str) -> str:
    lines = [ln.strip() for ln in output.splitlines() if ln.strip()]
    for ln in lines:
        if any(p in ln.lower() for p in _ERROR_PATTERNS):
            return ln
    return lines[-1] if lines else "no output"


__all__ = ["OracleRun", "available", "run_to_break"]
