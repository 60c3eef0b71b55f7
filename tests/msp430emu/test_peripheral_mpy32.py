"""MPY32: products and multiply-accumulate against Python integers (SLAU367 5.2 semantics)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from machine_programs import HAVE_TOOLS, STOP_WDT, run_asm

from msp430emu.machine.machine import Machine

BASE = 0x04C0
MPY, MPYS, MAC, MACS, OP2, RESLO, RESHI, SUMEXT = (BASE + o for o in (0, 2, 4, 6, 8, 0x0A, 0x0C, 0x0E))
MPY32L, OP2L, OP2H, RES0 = BASE + 0x10, BASE + 0x20, BASE + 0x22, BASE + 0x24
u16 = st.integers(0, 0xFFFF)
u32 = st.integers(0, 0xFFFFFFFF)
MACHINE = Machine("fr5969")


def s(value: int, bits: int) -> int:
    return value - (1 << bits) if value >> (bits - 1) else value


def res64(m: Machine) -> int:
    return sum(m.state.read_word(RES0 + 2 * i) << (16 * i) for i in range(4))


def res32(m: Machine) -> int:
    return m.state.read_word(RESLO) | (m.state.read_word(RESHI) << 16)


@settings(max_examples=200, deadline=None)
@given(a=u16, b=u16)
def test_16x16_unsigned_and_signed(a, b):
    m = MACHINE
    m.write_register(MPY, a)
    m.write_register(OP2, b)
    assert res32(m) == a * b and m.state.read_word(SUMEXT) == 0
    m.write_register(MPYS, a)
    m.write_register(OP2, b)
    product = s(a, 16) * s(b, 16)
    assert res32(m) == product & 0xFFFFFFFF
    assert m.state.read_word(SUMEXT) == (0xFFFF if product < 0 else 0)


@settings(max_examples=200, deadline=None)
@given(acc=u32, a=u16, b=u16)
def test_16x16_multiply_accumulate(acc, a, b):
    m = MACHINE
    m.write_register(RESLO, acc & 0xFFFF)
    m.write_register(RESHI, acc >> 16)
    m.write_register(MAC, a)
    m.write_register(OP2, b)
    total = acc + a * b
    assert res32(m) == total & 0xFFFFFFFF
    assert m.state.read_word(SUMEXT) == (1 if total > 0xFFFFFFFF else 0)
    m.write_register(RESLO, acc & 0xFFFF)
    m.write_register(RESHI, acc >> 16)
    m.write_register(MACS, a)
    m.write_register(OP2, b)
    total = s(acc, 32) + s(a, 16) * s(b, 16)
    assert res32(m) == total & 0xFFFFFFFF
    # SUMEXT is the sign extension of the true (33-bit) sum: it differs from RESHI's sign on overflow
    assert m.state.read_word(SUMEXT) == (0xFFFF if total < 0 else 0)


@settings(max_examples=200, deadline=None)
@given(a=u32, b=u32, signed_mode=st.booleans())
def test_32x32_products_fill_res0_to_res3(a, b, signed_mode):
    m = MACHINE
    op1 = MPY32L + (4 if signed_mode else 0)
    m.write_register(op1, a & 0xFFFF)
    m.write_register(op1 + 2, a >> 16)
    m.write_register(OP2L, b & 0xFFFF)
    m.write_register(OP2H, b >> 16)
    product = s(a, 32) * s(b, 32) if signed_mode else a * b
    assert res64(m) == product & (2**64 - 1)


@settings(max_examples=100, deadline=None)
@given(a=st.integers(0, 0xFF), b=u16)
def test_byte_operand_is_sign_extended_in_signed_mode(a, b):
    m = MACHINE
    m.write_register(MPYS, a, size=1)
    m.write_register(OP2, b)
    assert res32(m) == (s(a, 8) * s(b, 16)) & 0xFFFFFFFF


@pytest.mark.skipif(not HAVE_TOOLS, reason="llvm-mc-14 / ld.lld-14 not installed")
def test_program_uses_the_multiplier_like_the_eabi_helper(tmp_path):
    # 32 x 32 -> low 32 bits, the sequence of __mspabi_mpyl's hardware variant
    src = "start:\n    mov #0x2400, r1\n" + STOP_WDT + """
    mov #0x5678, &0x04D0
    mov #0x1234, &0x04D2
    mov #0xBCDE, &0x04E0
    mov #0x009A, &0x04E2
    mov &0x04E4, r12
    mov &0x04E6, r13
    call #exit
"""
    m, r = run_asm(tmp_path, src)
    product = (0x12345678 * 0x009ABCDE) & 0xFFFFFFFF
    assert r.regs[12] == product & 0xFFFF and r.regs[13] == product >> 16
