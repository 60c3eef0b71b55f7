"""Shared machinery of the MSP430X cycle-table tests (test_x_cycles.py, test_x_cycles_addr.py); no tests here.

A ``Case`` is one instruction with the manual's cycle count and length for it. ``prepare`` assembles all
cases into one program with python-msp430-tools' MSP430X assembler (``as -x``; a case whose form that
assembler refuses or mis-encodes carries its own ``words``); ``check_encodings`` and ``run_case`` then
check every case:

* mspdebug's MSP430X disassembler (``dis``, written by nobody here) decodes the bytes: same mnemonic,
  addressing modes and registers as the case's text, and the manual's length;
* the width bits (extension word A/L, instruction B/W, SLAU367 Table 4-12) carry the intended width;
* one step of the CPUXv2 core from the fixed state below: the cycle count is the manual's, PC is the next
  instruction (or the case's expected target), the expected registers, memory and flags hold, and nothing
  else changed.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from msp430emu.cpu.core import Cpu
from msp430emu.cpu.disasm import disassemble
from msp430emu.cpu.state import A_R, A_W, C_CYCLES, MachineState

ORG = 0x5C00           # where python-msp430-tools' linker places .text (its MSP430F5438 memory map)
SP0 = 0x2400
C, Z, N, V = 0x1, 0x2, 0x4, 0x100
FLAGS = C | Z | N | V
MASK = {"B": 0xFF, "W": 0xFFFF, "A": 0xFFFFF}
MSB = {"B": 0x80, "W": 0x8000, "A": 0x80000}
STEP = {"B": 1, "W": 2, "A": 4}
# the fixed state every case starts from
REGS0 = {4: 0x00002, 5: 0x02000, 6: 0x02100, 7: 0x12345, 8: 0x00101, 9: 0x0ABCD,
         10: 0x1A00A, 11: 0x0B00B, 12: 0x1C00C, 13: 0x0D00D, 14: 0x1E00E, 15: 0x0F00F}
WORDS0 = {0x2000: 0x1111, 0x2002: 0x0002,     # @R5, @R5+
          0x2004: 0x4444, 0x2006: 0x0005,     # 4(R5)
          0x2104: 0x0100, 0x2106: 0x0000,     # 4(R6) (destination)
          0x2108: 0x0808, 0x210A: 0x0001,     # EDE of MOVA (16-bit PC-relative index)
          0x12000: 0x2222, 0x12002: 0x0003,   # &EDE (source)
          0x12004: 0x3333, 0x12006: 0x0004,   # EDE (source)
          0x12010: 0x0010, 0x12012: 0x0000}   # EDE, &EDE (destination)
WORDS0.update({SP0 + 2 * i: 0x1000 + 0x0101 * i for i in range(32)})   # the stack: @SP, 4(SP), POPM
MSPDEBUG = shutil.which("mspdebug")


def initial_state() -> MachineState:
    state = MachineState()
    state.set_attr(0, 0x100000, A_R | A_W)
    for r, v in REGS0.items():
        state.regs[r] = v
    state.regs[1] = SP0
    for a, v in WORDS0.items():
        state.write_word(a, v)
    return state


def read(state: MachineState, addr: int, width: str) -> int:
    """A byte, word or 20-bit address word (low nibble of the second word) as the manual stores them."""
    if width == "B":
        return state.read_byte(addr)
    lo = state.read_word(addr)
    return lo if width == "W" else lo | ((state.read_word(addr + 2) & 0xF) << 16)


INIT = initial_state()


def init(addr: int, width: str) -> int:
    return read(INIT, addr, width)


def reg0(r: int, width: str) -> int:
    return (SP0 if r == 1 else REGS0[r]) & MASK[width]


def add_flags(d: int, s: int, width: str, carry: int = 0) -> tuple[int, int]:
    """d + s + carry at a width: (result, C|Z|N|V) - the textbook definitions (SLAU367 4.3.3)."""
    t = d + s + carry
    res = t & MASK[width]
    flags = (C if t > MASK[width] else 0) | (Z if res == 0 else 0) | (N if res & MSB[width] else 0)
    if (d ^ res) & (s ^ res) & MSB[width]:
        flags |= V
    return res, flags


def logic_flags(res: int, width: str) -> int:
    """AND/BIT: N, Z, C = not Z, V = 0."""
    return (Z if res == 0 else C) | (N if res & MSB[width] else 0)


@dataclass(frozen=True)
class At:
    """Where a case sits: its address and the address of the next instruction."""

    addr: int
    nxt: int


@dataclass(frozen=True)
class Case:
    ref: str                                  # manual table and row, e.g. "T4-18 @Rn->x(Rm) .A"
    text: str                                 # the instruction (python-msp430-tools syntax)
    width: str                                # "A", "W" or "B": what the encoding's width bits must say
    cycles: int                               # the manual's cycle count
    length: int                               # the manual's length in words
    expect: Callable[[At], dict]              # "R8"/"PC"/"SP": value, (width, addr): value, "flags": C|Z|N|V
    words: Callable[[int], list[int]] | None = None   # hand encoding at an address (assembler can't)
    dis: str | None = None                    # mspdebug's text where it differs from ``text``

    @property
    def id(self) -> str:
        return f"{self.ref} | {self.text}"


def assemble(lines: list[str], build_dir: Path) -> bytes:
    """python-msp430-tools: ``as -x`` then its linker; the bytes of .text (placed at ORG)."""
    src = build_dir / "cases.S"
    src.write_text("    .text\n" + "".join(f"    {line}\n" for line in lines))
    obj, out = build_dir / "cases.o4", build_dir / "cases.txt"
    for argv in (["msp430.asm.as", "-x", str(src), "-o", str(obj)],
                 ["msp430.asm.ld", "-m", "MSP430F5438", str(obj), "-o", str(out)]):
        proc = subprocess.run([sys.executable, "-m", *argv], capture_output=True, text=True, check=False)
        assert proc.returncode == 0, proc.stderr
    text = out.read_text().split()
    assert text[0] == f"@{ORG:04x}" and text[-1] == "q"
    return bytes(int(b, 16) for b in text[1:-1])


def build(cases: list[Case], build_dir: Path) -> tuple[bytes, list[int]]:
    """The program of all cases and each case's address (from the manual's lengths)."""
    addrs, addr = [], ORG
    for case in cases:
        addrs.append(addr)
        addr += 2 * case.length
    lines = [case.text if case.words is None else ".word " + ", ".join(f"0x{w:04x}" for w in case.words(a))
             for case, a in zip(cases, addrs, strict=True)]
    program = assemble(lines, build_dir)
    assert len(program) == addr - ORG, "an assembled length differs from the manual's"
    return program, addrs


def normalise(text: str, keep_width: bool = False) -> str:
    """Upper case, operands with every number as N (mspdebug prints 16-bit hex); the mnemonic's width
    suffix dropped (mspdebug's format II suffixes are unreliable), or kept but for .W (the default)."""
    t = re.sub(r"\s+", " ", text.upper().replace(",", ", ")).strip()
    mnemonic, _, ops = t.partition(" ")
    ops = re.sub(r"(?<![\w])-?(0X[0-9A-F]+|\d+)", "N", ops)
    mnemonic = mnemonic.removesuffix(".W") if keep_width else mnemonic.split(".")[0]
    return f"{mnemonic} {re.sub(r' ?, ?', ', ', ops)}".strip()


def mspdebug_rows(program: bytes) -> list[tuple[int, int, str]]:
    """(address, length in bytes, text) of every instruction as mspdebug's ``dis`` decodes the program."""
    writes = [f"mw 0x{ORG + i:x} " + " ".join(f"0x{b:02x}" for b in program[i:i + 64])
              for i in range(0, len(program), 64)]   # mspdebug takes a limited number of bytes per command
    out = subprocess.run([MSPDEBUG, "-n", "sim", *writes, f"dis 0x{ORG:x} {len(program)}"],
                         capture_output=True, text=True, timeout=60, check=False).stdout
    rows = re.findall(r"^\s+([0-9a-f]{5}): ((?:[0-9a-f]{2} )+)\s+(.*)$", out, re.M)
    return [(int(a, 16), len(h.split()), t.strip()) for a, h, t in rows]


def encoded_width(words: list[int]) -> str:
    """The width the encoding selects (SLAU367 Table 4-12; address instructions are .A, RxxM/PUSHM .A/.W)."""
    first = words[0]
    if 0x1800 <= first < 0x2000:
        al, insn = (first >> 6) & 1, words[1]
        bw = (insn >> 6) & 1
        if insn & 0xFF80 in (0x1080, 0x1180):             # SWPBX, SXTX: A/L 0 with B/W 0 is .A
            return {(0, 0): "A", (1, 0): "W"}.get((al, bw), "?")
        return {(1, 0): "W", (1, 1): "B", (0, 1): "A"}.get((al, bw), "?")
    if first < 0x1000 and (first >> 4) & 0xF in (4, 5):   # RRCM/RRAM/RLAM/RRUM: bits 7:4 = 4 .A, 5 .W
        return "A" if (first >> 4) & 0xF == 4 else "W"
    if 0x1400 <= first < 0x1800:                          # PUSHM/POPM: bit 8 = .W
        return "W" if first & 0x100 else "A"
    return "A"


def run_case(case: Case, program: bytes, addr: int) -> None:
    state = initial_state()
    state.write_bytes(ORG, program)
    state.regs[0] = addr
    before = state.mem.copy()
    regs_before = [int(r) for r in state.regs]
    assert Cpu(state).step() == 0, case.id
    at = At(addr, addr + 2 * case.length)
    expect = case.expect(at)
    assert int(state.ctl[C_CYCLES]) == case.cycles, f"{case.id}: {int(state.ctl[C_CYCLES])} cycles"
    regs = {"PC": 0, "SP": 1} | {f"R{r}": r for r in range(4, 16)}
    want = {r: regs_before[r] for r in range(16) if r not in (2, 3)} | {0: at.nxt}
    want |= {regs[k]: v for k, v in expect.items() if isinstance(k, str) and k in regs}
    got = {r: int(state.regs[r]) for r in want}
    assert got == want, f"{case.id}: registers {got} != {want}"
    if "flags" in expect:
        assert int(state.regs[2]) & FLAGS == expect["flags"], f"{case.id}: SR {int(state.regs[2]):#x}"
    written: set[int] = set()
    for key, value in expect.items():
        if isinstance(key, tuple):
            width, a = key
            if width == "A":    # two words, bits 15:4 of the second written as 0 (SLAU367 4.4)
                assert (state.read_word(a), state.read_word(a + 2)) == (value & 0xFFFF, value >> 16), case.id
            else:
                got = read(state, a, width)
                assert got == value, f"{case.id}: {width} at {a:#x} = {got:#x}, expected {value:#x}"
            written |= set(range(a, a + {"B": 1, "W": 2, "A": 4}[width]))
    changed = set(int(i) for i in np.nonzero(state.mem != before)[0])
    assert changed <= written, f"{case.id}: unexpected writes at {sorted(hex(a) for a in changed - written)}"


@dataclass(frozen=True)
class Prepared:
    program: bytes
    addrs: list[int]
    words: list[list[int]]


def prepare(cases: list[Case], build_dir: Path) -> Prepared:
    program, addrs = build(cases, build_dir)
    words = [[program[a - ORG + i] | (program[a - ORG + i + 1] << 8) for i in range(0, 2 * c.length, 2)]
             for c, a in zip(cases, addrs, strict=True)]
    return Prepared(program, addrs, words)


def check_encodings(cases: list[Case], prepared: Prepared) -> None:
    """mspdebug decodes every case as its text says, with the manual's length; the width bits are right."""
    rows = mspdebug_rows(prepared.program)
    assert len(rows) == len(cases), f"mspdebug decoded {len(rows)} instructions for {len(cases)} cases"
    for case, addr, w, (at, nbytes, text) in zip(cases, prepared.addrs, prepared.words, rows, strict=True):
        assert (at, nbytes) == (addr, 2 * case.length), f"{case.id}: mspdebug {at:#x} {nbytes} bytes {text}"
        assert normalise(text) == normalise(case.dis or case.text), f"{case.id}: mspdebug says {text!r}"
        assert encoded_width(w) == case.width, f"{case.id}: encoded as .{encoded_width(w)} ({w})"


def check_disassembly(cases: list[Case], prepared: Prepared) -> None:
    """msp430emu's disassembler reads every case back as its text (width suffix included) and length."""
    data = prepared.program + bytes(8)

    def read(a: int) -> int:
        return data[a - ORG] | (data[a - ORG + 1] << 8)

    for case, addr in zip(cases, prepared.addrs, strict=True):
        text, nbytes = disassemble(read, addr)
        wanted = {normalise(t, keep_width=True) for t in (case.text, case.dis) if t}
        assert nbytes == 2 * case.length and normalise(text, keep_width=True) in wanted, f"{case.id}: {text}"
