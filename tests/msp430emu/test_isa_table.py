"""The instruction table: coverage of TI's instruction set, decode ranges, and the core agreeing with it."""

from __future__ import annotations

import pytest
from cpu_helpers import ORG, flat_state

from msp430emu.cpu import isa
from msp430emu.cpu.core import Cpu
from msp430emu.cpu.state import C_CYCLES, STOP_LIMIT, TIMING_CLASSIC, TIMING_CPUXV2


def test_27_core_and_24_emulated_instructions():
    formats = [i.fmt for i in isa.INSNS]
    assert (formats.count(isa.FMT_I), formats.count(isa.FMT_II), formats.count(isa.FMT_JUMP)) == (12, 7, 8)
    assert len(isa.INSNS) == 27
    assert len({e[0] for e in isa.EMULATED}) == 24
    assert {e[1] for e in isa.EMULATED} <= set(isa.OP_BY_NAME)


def test_format1_opcodes_in_ti_order():
    names = [isa.insn_by_op(isa.decode_op(op << 12)).name for op in range(4, 16)]
    assert names == ["MOV", "ADD", "ADDC", "SUBC", "SUB", "CMP", "DADD", "BIT", "BIC", "BIS", "XOR", "AND"]


@pytest.mark.parametrize("start,end", [(0x0000, 0x1000), (0x1301, 0x1400), (0x1400, 0x2000)],
                         ids=["msp430x-address", "calla", "pushm-popm-extension"])
def test_msp430x_ranges_decode_illegal(start, end):
    assert all(isa.decode_op(w) == 0 for w in range(start, end))


def test_every_other_word_decodes():
    undefined_byte_forms = {0x10C0 >> 6, 0x11C0 >> 6, 0x12C0 >> 6, 0x1380 >> 6}
    for word in range(0x1000, 0x10000):
        if word >> 6 in undefined_byte_forms or 0x1301 <= word < 0x2000:
            continue
        assert isa.decode_op(word) != 0, hex(word)


@pytest.mark.parametrize("timing", [TIMING_CPUXV2, TIMING_CLASSIC], ids=["cpuxv2", "classic"])
def test_core_charges_exactly_the_table_and_advances_by_the_table_length(timing):
    # every format I / II instruction word with register or memory operands whose effective addresses stay in
    # the flat RAM map (registers point at 0x2000, extension words 0x0100): the core's cycles and PC advance
    # equal isa.cycles_of / isa.length_of
    state = flat_state()
    cpu = Cpu(state, timing)
    checked = 0
    for word in range(0x1000, 0x10000, 3):
        op = isa.decode_op(word)
        insn = isa.insn_by_op(op)
        if insn is None or insn.fmt == isa.FMT_JUMP or op in (isa.OP_RETI, isa.OP_CALL):
            continue
        dst_reg = word & 0xF
        if insn.fmt == isa.FMT_I and not (word >> 7) & 1 and dst_reg in (0, 2):
            continue   # writes PC or SR: control flow / LPM, covered elsewhere
        if insn.fmt == isa.FMT_II and not (word >> 4) & 3 and dst_reg in (0, 2):
            continue
        state.write_bytes(ORG, bytes([word & 0xFF, word >> 8, 0x00, 0x01, 0x00, 0x01]))
        state.regs[:] = 0x2000
        state.regs[0], state.regs[2], state.regs[3] = ORG, 0, 0
        state.ctl[C_CYCLES] = 0
        assert cpu.step() == STOP_LIMIT, hex(word)
        assert state.ctl[C_CYCLES] == isa.cycles_of(word, timing), hex(word)
        assert int(state.regs[0]) == ORG + isa.length_of(word), hex(word)
        checked += 1
    assert checked > 10000
