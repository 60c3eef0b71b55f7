"""The MSP430X disassembler: hand-checked encodings (SLAU367P 4.6.3), and mnemonics and lengths cross-checked
against mspdebug's own MSP430X disassembler (``dis``; its simulator does not execute MSP430X)."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from msp430emu.cpu.disasm import disassemble

CASES = [
    ((0x0185, 0x2345), "mova #0x12345, r5", 4),
    ((0x0180, 0x0000), "bra #0x10000", 4),
    ((0x05C6,), "mova r5, r6", 2),
    ((0x05E6,), "adda r5, r6", 2),
    ((0x00B6, 0x0001), "suba #1, r6", 4),
    ((0x05D6,), "cmpa r5, r6", 2),
    ((0x0506,), "mova @r5, r6", 2),
    ((0x0516,), "mova @r5+, r6", 2),
    ((0x0126, 0x2000), "mova &0x12000, r6", 4),
    ((0x0536, 0xFFFE), "mova -0x2(r5), r6", 4),
    ((0x0661, 0x2344), "mova r6, &0x12344", 4),
    ((0x0675, 0x0010), "mova r6, 0x10(r5)", 4),
    ((0x0E5C,), "rlam.w #4, r12", 2),
    ((0x0448,), "rrcm.a #2, r8", 2),
    ((0x0110,), "reta", 2),
    ((0x1345,), "calla r5", 2),
    ((0x1375,), "calla @r5+", 2),
    ((0x1381, 0x2000), "calla &0x12000", 4),
    ((0x13B1, 0x0020), "calla #0x10020", 4),
    ((0x153A,), "pushm.w #4, r10", 2),
    ((0x1737,), "popm.w #4, r10", 2),
    ((0x141A,), "pushm.a #2, r10", 2),
    ((0x1619,), "popm.a #2, r10", 2),
    ((0x1880, 0x5077, 0x2345), "addx.a #0x12345, r7", 6),
    ((0x18C0, 0x4218, 0x2344), "movx.w &0x12344, r8", 6),
    ((0x1800, 0x4576), "movx.a @r5+, r6", 4),
    ((0x1843, 0x5505), "rpt #4 { addx.w r5, r5", 4),
    ((0x1884, 0x5647), "rpt r4 { addx.a r6, r7", 4),
    ((0x1940, 0x1006), "rrux.w r6", 4),
    ((0x1800, 0x1186), "sxtx.a r6", 4),
    ((0x1800, 0x1245), "pushx.a r5", 4),
    ((0x1801, 0x46C5, 0x0002), "movx.a r6, 0x10002(r5)", 6),
    # format II: the operand's bits 19:16 are the extension word's bits 3:0 (as GNU objdump reads them)
    ((0x1801, 0x1270, 0x2345), "pushx.a #0x12345", 6),
    ((0x1841, 0x1112, 0x2000), "rrax.w &0x12000", 6),
]


# emulated names mspdebug prints for the same words
ALIASES = {("bra", "mova"), ("mova", "bra"), ("addx", "rlax"), ("movx", "popx")}


def _reader(words):
    data = b"".join(w.to_bytes(2, "little") for w in words) + bytes(6)
    return lambda a: data[a - 0x4400] | (data[a - 0x4400 + 1] << 8)


@pytest.mark.parametrize("words,text,length", CASES, ids=[c[1] for c in CASES])
def test_disassembles_msp430x(words, text, length):
    assert disassemble(_reader(words), 0x4400) == (text, length)


@pytest.mark.skipif(shutil.which("mspdebug") is None, reason="mspdebug not installed")
def test_mnemonics_and_lengths_agree_with_mspdebug():
    flat = [w for words, _, _ in CASES for w in words]
    args = " ".join(f"0x{b:02x}" for w in flat for b in (w & 0xFF, w >> 8))
    out = subprocess.run(["mspdebug", "-n", "sim", f"mw 0x4400 {args}", f"dis 0x4400 {2 * len(flat)}"],
                         capture_output=True, text=True, timeout=30, check=False).stdout
    rows = re.findall(r"^\s+([0-9a-f]{5}): ((?:[0-9a-f]{2} )+)\s+(\S+)", out, re.M)
    addr = 0x4400
    for (_words, text, length), (at, hexbytes, mnemonic) in zip(CASES, rows, strict=True):
        assert int(at, 16) == addr and len(hexbytes.split()) == length, (text, at, hexbytes)
        ours = text.split("{ ")[-1].split()[0].split(".")[0]
        theirs = mnemonic.lower().split(".")[0]
        assert ours == theirs or (ours, theirs) in ALIASES, (text, mnemonic)
        addr += length
