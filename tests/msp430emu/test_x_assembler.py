"""MSP430X encodings against a real MSP430X assembler: python-msp430-tools 0.10 (``as -x``, then its linker).

The forms it assembles correctly are compared word for word with the encodings the core and the
disassembler use, then the assembled program runs in the core. Forms it gets wrong or refuses (and that
are therefore encoded by hand from SLAU367P in test_x_core.py, and checked against mspdebug's disassembler in
test_x_disasm.py): CALLA &abs20 / #imm20 (it emits 0x0010), PUSHM/POPM (count field off by one, .A refused),
SWPBX.A / SXTX.A (it sets B/W, TI's Table 4-12 note says B/W = 0), RxxM, MOVA @Rn / x(Rn), MOVX.A to
indexed memory (refused). Found while building test_x_cycles*.py (upper-case register names get further):
POPX.A is encoded as POPX.W, CALLA EDE as garbage, an EDE source followed by a memory destination gets its
offset from the destination's index word (2 bytes off), and MOVA to/from EDE silently truncates an offset
beyond +-32 KiB.
"""

from __future__ import annotations

import subprocess
import sys

import pytest
from cpu_helpers import words_to_bytes

from msp430emu.cpu.core import Cpu
from msp430emu.cpu.disasm import disassemble
from msp430emu.cpu.state import A_R, A_W, C_CYCLES, MachineState

pytest.importorskip("msp430.asm")

# (source line, words SLAU367P gives, disassembly)
LINES = [
    ("mova #0x12345, r5", [0x0185, 0x2345], "mova #0x12345, r5"),
    ("mova r5, r6", [0x05C6], "mova r5, r6"),
    ("adda r5, r6", [0x05E6], "adda r5, r6"),
    ("suba #1, r6", [0x00B6, 0x0001], "suba #1, r6"),
    ("cmpa r5, r6", [0x05D6], "cmpa r5, r6"),
    ("mova r6, &0x12344", [0x0661, 0x2344], "mova r6, &0x12344"),
    ("mova &0x12344, r7", [0x0127, 0x2344], "mova &0x12344, r7"),
    ("addx.a #0x12345, r7", [0x1880, 0x5077, 0x2345], "addx.a #0x12345, r7"),
    ("movx.w &0x12344, r8", [0x18C0, 0x4218, 0x2344], "movx.w &0x12344, r8"),
    ("addx.w r5, r8", [0x1840, 0x5508], "addx.w r5, r8"),
    ("subx.a r5, r9", [0x1800, 0x8549], "subx.a r5, r9"),
    ("swpbx.w r8", [0x1840, 0x1088], "swpbx.w r8"),
    ("pushx.a r5", [0x1800, 0x1245], "pushx.a r5"),
    ("rrux.w r8", [0x1940, 0x1008], "rrux.w r8"),
]
ORG = 0x5C00       # where the python-msp430-tools linker places .text for the MSP430F5438 memory map


def _assemble(tmp_path, lines: list[str]) -> bytes:
    src = tmp_path / "x.S"
    src.write_text("    .text\n" + "".join(f"    {line}\n" for line in lines))
    obj, out = tmp_path / "x.o4", tmp_path / "x.txt"
    for argv in (["msp430.asm.as", "-x", str(src), "-o", str(obj)],
                 ["msp430.asm.ld", "-m", "MSP430F5438", str(obj), "-o", str(out)]):
        proc = subprocess.run([sys.executable, "-m", *argv], capture_output=True, text=True, check=False)
        assert proc.returncode == 0, proc.stderr
    text = out.read_text().split()
    assert text[0] == f"@{ORG:04x}" and text[-1] == "q"
    return bytes(int(b, 16) for b in text[1:-1])


def test_assembled_words_equal_the_slau367_encodings(tmp_path):
    data = _assemble(tmp_path, [line for line, _, _ in LINES])
    assert data == words_to_bytes([w for _, words, _ in LINES for w in words])


def test_disassembler_reads_back_the_assembled_program(tmp_path):
    data = _assemble(tmp_path, [line for line, _, _ in LINES]) + bytes(4)

    def read(a: int) -> int:
        return data[a - ORG] | (data[a - ORG + 1] << 8)

    addr = ORG
    for _, words, text in LINES:
        assert disassemble(read, addr) == (text, 2 * len(words))
        addr += 2 * len(words)


def test_assembled_program_runs(tmp_path):
    data = _assemble(tmp_path, [line for line, _, _ in LINES])
    state = MachineState()
    state.set_attr(0, 0x20000, A_R | A_W)
    state.write_bytes(ORG, data)
    state.regs[0], state.regs[1], state.regs[6] = ORG, 0x2400, 0x00001
    cpu = Cpu(state)
    for _ in LINES:
        assert cpu.step() == 0
    r = [int(v) for v in state.regs]
    assert r[5] == 0x12345                                 # mova #imm20
    assert r[6] == 0x12345 + 0x12345 - 1                   # mova r5,r6 ; adda ; suba #1
    assert state.read_word(0x12344) == 0x4689 and state.read_word(0x12346) == 0x0002
    assert r[7] == 0x24689 + 0x12345                       # mova &abs20, r7 ; addx.a #imm20
    # movx.w (low word) ; addx.w r5 (.W operand) = 0x69CE ; swpbx.w = 0xCE69 ; rrux.w (carry in ignored)
    assert r[8] == 0xCE69 >> 1
    assert r[9] == (0 - 0x12345) & 0xFFFFF and r[0] == ORG + len(data)
    assert state.read_word(0x2400 - 4) == 0x2345 and state.read_word(0x2400 - 2) == 0x0001
    # cycles, line by line: T4-19 #N->Rm 2, Rn->Rm 1, 1, #N->Rm 3, Rn->Rm 1, Rn->&EDE 4, &EDE->Rm 4;
    # T4-18 #N->Rm .A 3, &EDE->Rm .W 4, Rn->Rm 2, 2; T4-17 SWPBX Rn 1 + n = 2, PUSHX.A Rn 5, RRUX Rn 2
    assert int(state.ctl[C_CYCLES]) == 2 + 1 + 1 + 3 + 1 + 4 + 4 + 3 + 4 + 2 + 2 + 2 + 5 + 2
