"""The disassembler against llvm-objdump (an independent decoder) and on emulated mnemonics and symbols."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from cpu_helpers import LLVM_MC, assemble

from msp430emu.cpu import isa
from msp430emu.cpu.disasm import disassemble, disassemble_range

OBJDUMP = shutil.which("llvm-objdump-14") or shutil.which("llvm-objdump")

# Base-ISA source covering every core instruction, every addressing mode llvm-mc accepts, byte forms and the
# emulated instructions. (llvm-mc 14 rejects @Rn+ sources with memory destinations; those are covered by
# hand-encoded words below.)
CORPUS = """
 mov #0x1234, r5
 mov.b r5, 2(r6)
 mov @r4, -6(r6)
 mov.b @r4+, r6
 mov &0x200, &0x202
 add 4(r4), r5
 addc.b #0x7f, r6
 subc @r7, r8
 sub #3, &0x1c00
 cmp #-1, r5
 dadd 6(r4), r5
 bit #8, r5
 bic #0x10, sr
 bis.b #0x20, r3
 xor.b #0x80, -2(r5)
 and @r7+, sp
 rrc r4
 rrc.b @r5
 swpb 2(r6)
 rra.b @r5
 rra &0x2000
 sxt r6
 push #0x55
 push.b r5
 call @r5+
 call r5
 call #0x4400
 call 4(r7)
 reti
 jne 0
 jeq 4
 jnc -4
 jc 0
 jn 2
 jge 0
 jl 0
 jmp 0
 ret
 nop
 pop r7
 br r5
 br #0x4400
 clr r9
 clr.b 4(r5)
 clrc
 setc
 clrz
 setz
 clrn
 setn
 dint
 eint
 inc r4
 incd r4
 dec r4
 decd.b r4
 tst r4
 inv r4
 inv.b r4
 adc r4
 sbc r4
 dadc r4
"""

REG_ALIASES = {"r0": "pc", "r1": "sp", "r2": "sr"}
# jump aliases from the table (JLO = JNC, JZ = JEQ, ...)
REG_ALIASES.update({alias.lower(): i.name.lower() for i in isa.INSNS for alias in i.aliases})
# llvm-objdump prints RLA/RLC as ADD/ADDC dst, dst; TI lists them as emulated instructions
CORE_FOR_EMULATED = {"rla": "add", "rlc": "addc"}


def _normalise(text: str, addr: int) -> list[str]:
    """Tokens with numbers as ints, register aliases unified and `$+n` jump targets made absolute."""
    text = re.sub(r"\$([+-]\d+)", lambda m: str(addr + int(m.group(1))), text)
    tokens = re.findall(r"[A-Za-z_.][\w.]*|-?0x[0-9a-fA-F]+|-?\d+|[#&@+(),]", text)
    out = []
    for tok in tokens:
        if re.fullmatch(r"-?0x[0-9a-fA-F]+|-?\d+", tok):
            value = int(tok, 0)
            out.append(str(value & 0xFFFF))
        else:
            out.append(REG_ALIASES.get(tok.lower(), tok.lower()))
    return out


@pytest.mark.skipif(LLVM_MC is None or OBJDUMP is None, reason="llvm-mc-14 / llvm-objdump-14 not installed")
def test_disassembly_matches_llvm_objdump(tmp_path):
    code = assemble(CORPUS, tmp_path)
    obj = tmp_path / "prog.o"
    dump = subprocess.run([OBJDUMP, "-d", str(obj)], capture_output=True, text=True, check=True).stdout
    theirs = []
    for line in dump.splitlines():
        m = re.match(r"\s*([0-9a-f]+):\s+(?:[0-9a-f]{2} )+\s*(.*)$", line)
        if m:
            theirs.append((int(m.group(1), 16), m.group(2).replace("\t", " ").strip()))

    def read(a: int) -> int:
        return code[a] | (code[a + 1] << 8)

    ours = disassemble_range(read, 0, len(code))
    assert [a for a, _, _ in ours] == [a for a, _ in theirs]
    for (addr, text, _), (_, other) in zip(ours, theirs, strict=True):
        mine = _normalise(text, addr)
        if mine[0] in CORE_FOR_EMULATED or mine[0].split(".")[0] in CORE_FOR_EMULATED:
            base, _, suffix = mine[0].partition(".")
            operand = mine[1:]
            mine = [CORE_FOR_EMULATED[base] + ("." + suffix if suffix else "")] + operand + [","] + operand
        assert mine == _normalise(other, addr), f"at {addr:#x}: ours {text!r}, llvm-objdump {other!r}"


def _words(*words: int):
    data = b"".join(w.to_bytes(2, "little") for w in words)
    return lambda a: data[a - 0x4400] | (data[a - 0x4400 + 1] << 8)


@pytest.mark.parametrize("words,text,length", [
    ((0x45B5, 0x0000), "mov @r5+, 0(r5)", 4),
    ((0x4130,), "ret", 2),
    ((0x4303,), "nop", 2),
    ((0x5505,), "rla r5", 2),
    ((0x6545,), "rlc.b r5", 2),
    ((0x5595, 0x0002, 0x0002), "rla 2(r5)", 6),
    ((0x4032, 0x0010), "mov #0x10, sr", 4),
    ((0x1300,), "reti", 2),
    ((0x0000,), ".word 0x0000", 2),
    ((0x13C0,), ".word 0x13c0", 2),
    ((0x1800, 0x2000), ".word 0x1800", 2),   # an extension word before a jump
    ((0x3FFF,), "jmp 0x4400", 2),
    ((0x4292, 0x0200, 0x0202), "mov &0x0200, &0x0202", 6),
    ((0x4290, 0x0200, 0x0200), "mov &0x0200, 0x4604", 6),   # symbolic destination: relative to its word
])
def test_emulated_names_lengths_and_illegal_words(words, text, length):
    assert disassemble(_words(*words), 0x4400) == (text, length)


def test_symbols_resolve_jump_targets_calls_and_absolute_operands():
    names = {0x4400: "main", 0x4500: "helper", 0x1C00: "counter"}
    symbol = names.get
    assert disassemble(_words(0x3FFF), 0x4400, symbol) == ("jmp main", 2)
    assert disassemble(_words(0x12B0, 0x4500), 0x4400, symbol) == ("call #helper", 4)
    assert disassemble(_words(0x4030, 0x4500), 0x4400, symbol) == ("br #helper", 4)
    assert disassemble(_words(0x5392, 0x1C00), 0x4400, symbol) == ("inc &counter", 4)
    ext = (0x1C00 - 0x4402) & 0xFFFF
    assert disassemble(_words(0x4015, ext), 0x4400, symbol) == ("mov counter, r5", 4)


def test_lengths_agree_with_the_table_for_every_legal_first_word():
    # every instruction word: the disassembler's length equals isa.length_of (the same table drives both)
    zero = _words(*([0] * 3))
    for word in range(0x1000, 0x10000, 7):
        if isa.decode_op(word) == 0:
            continue     # MSP430X words: lengths tested in test_x_disasm.py
        data = word.to_bytes(2, "little") + bytes(4)

        def read(a: int, data: bytes = data) -> int:
            return data[a - 0x4400] | (data[a - 0x4400 + 1] << 8)

        _, length = disassemble(read, 0x4400)
        assert length == isa.length_of(word), hex(word)
    assert disassemble(zero, 0x4400)[1] == 2
