"""Properties tying the MSP430X core to the verified base-ISA core: an extension word with A/L = 1 (.W/.B)
and no repeat changes nothing but the cycles, for every format I/II operation and operand value; and .A
arithmetic agrees with exact 20-bit integer arithmetic."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from test_x_core import run

from msp430emu.cpu import isa

FMT1 = [i for i in isa.INSNS if i.fmt == isa.FMT_I]
SHIFTS = [i for i in isa.INSNS if i.name in ("RRC", "RRA", "SWPB", "SXT")]
FLAGS = 0x0107


def _signed20(v: int) -> int:
    return v - 0x100000 if v & 0x80000 else v


@settings(max_examples=300, deadline=None, database=None)
@given(insn=st.sampled_from(FMT1), byte=st.booleans(), a=st.integers(0, 0xFFFF), b=st.integers(0, 0xFFFF),
       sr=st.integers(0, 1))
def test_extended_word_and_byte_register_forms_equal_the_base_instruction(insn, byte, a, b, sr):
    word = isa.encode_fmt1(insn.name, byte, 5, 0, 6, 0)
    base, _ = run([word], regs={5: a, 6: b}, sr=sr)
    ext, _ = run([0x1840, word], regs={5: a, 6: b}, sr=sr)
    assert int(ext.regs[6]) == int(base.regs[6])
    assert int(ext.regs[2]) & FLAGS == int(base.regs[2]) & FLAGS


@settings(max_examples=200, deadline=None, database=None)
@given(insn=st.sampled_from(FMT1), byte=st.booleans(), a=st.integers(0, 0xFFFF), b=st.integers(0, 0xFFFF),
       x=st.integers(0, 0x1FE).map(lambda v: v & ~1), sr=st.integers(0, 1))
def test_extended_memory_destination_equals_the_base_instruction(insn, byte, a, b, x, sr):
    word = isa.encode_fmt1(insn.name, byte, 5, 0, 7, 1)          # op r5, x(r7)
    mem = {0x2000 + x: b}
    base, _ = run([word, x], regs={5: a, 7: 0x2000}, sr=sr, mem=mem)
    ext, _ = run([0x1840, word, x], regs={5: a, 7: 0x2000}, sr=sr, mem=mem)
    assert ext.read_word(0x2000 + x) == base.read_word(0x2000 + x)
    assert int(ext.regs[2]) & FLAGS == int(base.regs[2]) & FLAGS


@settings(max_examples=200, deadline=None, database=None)
@given(insn=st.sampled_from(SHIFTS), v=st.integers(0, 0xFFFF), sr=st.integers(0, 1))
def test_extended_format2_word_forms_equal_the_base_instruction(insn, v, sr):
    word = isa.encode_fmt2(insn.name, False, 6, 0)
    base, _ = run([word], regs={6: v}, sr=sr)
    ext, _ = run([0x1840, word], regs={6: v}, sr=sr)
    assert int(ext.regs[6]) == int(base.regs[6])
    assert int(ext.regs[2]) & FLAGS == int(base.regs[2]) & FLAGS


@settings(max_examples=300, deadline=None, database=None)
@given(a=st.integers(0, 0xFFFFF), b=st.integers(0, 0xFFFFF), op=st.sampled_from(["ADDA", "SUBA", "CMPA"]))
def test_address_arithmetic_is_exact_20bit_arithmetic(a, b, op):
    form = {"CMPA": 0xD0, "ADDA": 0xE0, "SUBA": 0xF0}[op]
    state, cyc = run([0x0500 | form | 6], regs={5: a, 6: b})       # op r5, r6
    exact = b + a if op == "ADDA" else b - a
    res = exact & 0xFFFFF
    assert int(state.regs[6]) == (b if op == "CMPA" else res)
    sr = int(state.regs[2])
    assert bool(sr & 2) == (res == 0) and bool(sr & 4) == bool(res & 0x80000)
    carry = exact > 0xFFFFF if op == "ADDA" else b >= a
    assert bool(sr & 1) == carry
    s_exact = _signed20(b) + _signed20(a) if op == "ADDA" else _signed20(b) - _signed20(a)
    assert bool(sr & 0x100) == (not -0x80000 <= s_exact < 0x80000)
    assert cyc == 1
