"""Format I (two-operand) instructions: results, flags and cycles, case by case (SLAU367 4.6, Table 4-10).

Each case is one instruction on a flat 64 KiB RAM map with PC = 0x4400; the assembly is in the id and the
words are the TI encoding (opcode[15:12] rs[11:8] Ad[7] B/W[6] As[5:4] rd[3:0]).
"""

from __future__ import annotations

import pytest
from cpu_helpers import ORG, run_program, sr_bits

from msp430emu.cpu.state import STOP_LIMIT, TIMING_CLASSIC, TIMING_CPUXV2

# (asm, words, initial registers, initial SR, expected registers, expected SR)
REGISTER_CASES = [
    ("add r5, r6", [0x5506], {5: 0x1234, 6: 0x1111}, "", {6: 0x2345}, ""),
    ("add r5, r6 / signed overflow", [0x5506], {5: 0x7FFF, 6: 0x0001}, "", {6: 0x8000}, "NV"),
    ("add r5, r6 / carry and zero", [0x5506], {5: 0xFFFF, 6: 0x0001}, "", {6: 0x0000}, "ZC"),
    ("add r5, r6 / neg + neg overflow", [0x5506], {5: 0x8000, 6: 0x8000}, "", {6: 0x0000}, "ZCV"),
    ("add.b r5, r6 / clears high byte", [0x5546], {5: 0x12FF, 6: 0xAB01}, "", {6: 0x0000}, "ZC"),
    ("add.b r5, r6 / byte overflow", [0x5546], {5: 0x007F, 6: 0x0001}, "", {6: 0x0080}, "NV"),
    ("addc r5, r6 / carry in", [0x6506], {5: 1, 6: 1}, "C", {6: 3}, ""),
    ("addc r5, r6 / carry chain", [0x6506], {5: 0xFFFF, 6: 0}, "C", {6: 0}, "ZC"),
    ("subc r5, r6 / C set = no borrow", [0x7506], {5: 3, 6: 5}, "C", {6: 2}, "C"),
    ("subc r5, r6 / C clear = borrow", [0x7506], {5: 3, 6: 5}, "", {6: 1}, "C"),
    ("sub r5, r6 / borrow", [0x8506], {5: 5, 6: 3}, "", {6: 0xFFFE}, "N"),
    ("sub r5, r6 / equal", [0x8506], {5: 5, 6: 5}, "", {6: 0}, "ZC"),
    ("sub r5, r6 / signed overflow", [0x8506], {5: 1, 6: 0x8000}, "", {6: 0x7FFF}, "CV"),
    ("sub.b r5, r6", [0x8546], {5: 0x0001, 6: 0x1280}, "", {6: 0x007F}, "CV"),
    ("cmp r5, r6 / greater", [0x9506], {5: 3, 6: 5}, "", {6: 5}, "C"),
    ("cmp r5, r6 / less", [0x9506], {5: 5, 6: 3}, "", {6: 3}, "N"),
    ("cmp.b r5, r6 / only the low bytes", [0x9546], {5: 0x0001, 6: 0x0100}, "", {6: 0x0100}, "N"),
    ("dadd r5, r6", [0xA506], {5: 0x0001, 6: 0x0099}, "", {6: 0x0100}, ""),
    ("dadd r5, r6 / decimal carry out", [0xA506], {5: 0x9999, 6: 0x0001}, "", {6: 0x0000}, "ZC"),
    ("dadd r5, r6 / carry in", [0xA506], {5: 0x1234, 6: 0x1234}, "C", {6: 0x2469}, ""),
    ("dadd r5, r6 / negative", [0xA506], {5: 0x4000, 6: 0x5000}, "", {6: 0x9000}, "N"),
    ("dadd r5, r6 / V undefined, cleared", [0xA506], {5: 0x0001, 6: 0x0001}, "V", {6: 0x0002}, ""),
    ("dadd.b r5, r6", [0xA546], {5: 0x0050, 6: 0x1250}, "", {6: 0x0000}, "ZC"),
    ("bit r5, r6 / nonzero", [0xB506], {5: 0x00F0, 6: 0x0F10}, "V", {6: 0x0F10}, "C"),
    ("bit r5, r6 / zero", [0xB506], {5: 0x000F, 6: 0x00F0}, "C", {6: 0x00F0}, "Z"),
    ("bit r5, r6 / negative", [0xB506], {5: 0x8000, 6: 0x8001}, "", {6: 0x8001}, "NC"),
    ("bic r5, r6 / no flags", [0xC506], {5: 0x00F0, 6: 0x0FFF}, "CZNV", {6: 0x0F0F}, "CZNV"),
    ("bic.b r5, r6", [0xC546], {5: 0x000F, 6: 0xABFF}, "", {6: 0x00F0}, ""),
    ("bis r5, r6 / no flags", [0xD506], {5: 0x00F0, 6: 0x0F00}, "Z", {6: 0x0FF0}, "Z"),
    ("xor r5, r6 / both negative sets V", [0xE506], {5: 0x8000, 6: 0x8001}, "", {6: 0x0001}, "CV"),
    ("xor r5, r6 / zero", [0xE506], {5: 0x1234, 6: 0x1234}, "C", {6: 0}, "Z"),
    ("xor.b r5, r6", [0xE546], {5: 0x0080, 6: 0xFF81}, "", {6: 0x0001}, "CV"),
    ("and r5, r6", [0xF506], {5: 0xFF00, 6: 0x8F0F}, "V", {6: 0x8F00}, "NC"),
    ("and r5, r6 / zero", [0xF506], {5: 0x00FF, 6: 0xFF00}, "", {6: 0}, "Z"),
    ("and.b r5, r6", [0xF546], {5: 0x00FF, 6: 0xAB80}, "", {6: 0x0080}, "NC"),
    ("mov r5, r6 / no flags", [0x4506], {5: 0x1234}, "N", {6: 0x1234}, "N"),
    ("mov.b r5, r6 / clears high byte", [0x4546], {5: 0x1234, 6: 0xFFFF}, "", {6: 0x0034}, ""),
    ("mov r5, r3 / write to R3 discarded", [0x4503], {5: 0x1234}, "", {3: 0}, ""),
    ("mov #0x107, sr / SR as destination", [0x4032, 0x0107], {}, "", {}, "CZNV"),
    ("add #1, sr / the result wins over the flags", [0x5312], {}, "ZN", {}, "CZN"),
    ("bic.b #0, sr / byte write clears SR high byte (V)", [0xC342], {}, "V", {}, ""),
]


@pytest.mark.parametrize("asm,words,regs,sr,exp_regs,exp_sr", REGISTER_CASES,
                         ids=[c[0] for c in REGISTER_CASES])
def test_register_mode_results_and_flags(asm, words, regs, sr, exp_regs, exp_sr):
    state, stop, _ = run_program(words, regs=regs, sr=sr_bits(sr))
    assert stop == STOP_LIMIT
    for r, v in exp_regs.items():
        assert int(state.regs[r]) == v, f"{asm}: r{r} = {int(state.regs[r]):#06x}, expected {v:#06x}"
    assert int(state.regs[2]) == sr_bits(exp_sr), f"{asm}: SR = {int(state.regs[2]):#06x}"
    assert int(state.regs[0]) == ORG + 2 * len(words)


# Source addressing modes: add <src>, r6 with r6 = 0x1000 and the operand = 0x0011 (SLAU367 4.4).
# (asm, words, registers, memory words, expected r6, other expected registers, CPUXv2 cycles, classic cycles)
SRC_EXT = (0x2000 - (ORG + 2)) & 0xFFFF  # symbolic: relative to the extension word at ORG + 2
SOURCE_MODE_CASES = [
    ("add @r5, r6", [0x5526], {5: 0x2000}, {0x2000: 0x11}, 0x1011, {5: 0x2000}, 2, 2),
    ("add @r5+, r6", [0x5536], {5: 0x2000}, {0x2000: 0x11}, 0x1011, {5: 0x2002}, 2, 2),
    ("add #0x11, r6", [0x5036, 0x0011], {}, {}, 0x1011, {}, 2, 2),
    ("add 4(r5), r6", [0x5516, 0x0004], {5: 0x2000}, {0x2004: 0x11}, 0x1011, {}, 3, 3),
    ("add -2(r5), r6 / negative index", [0x5516, 0xFFFE], {5: 0x2002}, {0x2000: 0x11}, 0x1011, {}, 3, 3),
    ("add EDE, r6 / symbolic", [0x5016, SRC_EXT], {}, {0x2000: 0x11}, 0x1011, {}, 3, 3),
    ("add &0x2000, r6", [0x5216, 0x2000], {}, {0x2000: 0x11}, 0x1011, {}, 3, 3),
    ("add &0x2001, r6 / word access ignores bit 0", [0x5216, 0x2001], {}, {0x2000: 0x11}, 0x1011, {}, 3, 3),
    ("add sr, r6 / register", [0x5206], {}, {}, 0x1000, {}, 1, 1),
    ("add #0 (r3 As=00), r6", [0x5306], {}, {}, 0x1000, {}, 1, 1),
    ("add #1 (r3 As=01), r6", [0x5316], {}, {}, 0x1001, {}, 1, 1),
    ("add #2 (r3 As=10), r6", [0x5326], {}, {}, 0x1002, {}, 1, 1),
    ("add #-1 (r3 As=11), r6", [0x5336], {}, {}, 0x0FFF, {}, 1, 1),
    ("add #4 (r2 As=10), r6", [0x5226], {}, {}, 0x1004, {}, 1, 1),
    ("add #8 (r2 As=11), r6", [0x5236], {}, {}, 0x1008, {}, 1, 1),
]


@pytest.mark.parametrize("timing", [TIMING_CPUXV2, TIMING_CLASSIC], ids=["cpuxv2", "classic"])
@pytest.mark.parametrize("asm,words,regs,mem,exp6,exp_regs,cyc_x,cyc_c", SOURCE_MODE_CASES,
                         ids=[c[0] for c in SOURCE_MODE_CASES])
def test_source_modes(asm, words, regs, mem, exp6, exp_regs, cyc_x, cyc_c, timing):
    state, stop, cycles = run_program(words, timing=timing, regs={6: 0x1000, **regs}, mem=mem)
    assert stop == STOP_LIMIT
    assert int(state.regs[6]) == exp6
    for r, v in exp_regs.items():
        assert int(state.regs[r]) == v
    assert int(state.regs[0]) == ORG + 2 * len(words)
    assert cycles == (cyc_x if timing == TIMING_CPUXV2 else cyc_c)


def test_byte_autoincrement_is_one_except_sp():
    # add.b @r5+, r6 ; add.b @sp+, r7
    state, _, _ = run_program([0x5576, 0x5177], n_insns=2, regs={5: 0x2000, 1: 0x2100, 6: 0, 7: 0},
                              byte_mem={0x2000: 0x11, 0x2100: 0x22})
    assert int(state.regs[5]) == 0x2001
    assert int(state.regs[6]) == 0x11
    assert int(state.regs[1]) == 0x2102
    assert int(state.regs[7]) == 0x22


def test_autoincrement_applies_before_destination_address():
    # mov @r5+, 0(r5): the destination uses the incremented r5
    state, _, _ = run_program([0x45B5, 0x0000], regs={5: 0x2000}, mem={0x2000: 0xABCD, 0x2002: 0})
    assert int(state.regs[5]) == 0x2002
    assert state.read_word(0x2002) == 0xABCD


# Destination modes: add r5, <dst> (r5 = 0x0011, memory operand 0x1000) and mov, which saves a cycle on
# CPUXv2 for memory destinations (SLAU367 Table 4-10 footnote).
DST_EXT = (0x2000 - (ORG + 2)) & 0xFFFF
DEST_MODE_CASES = [
    ("add r5, 4(r6)", [0x5586, 0x0004], {6: 0x1FFC}, 4, 4),
    ("add r5, EDE", [0x5580, DST_EXT], {}, 4, 4),
    ("add r5, &0x2000", [0x5582, 0x2000], {}, 4, 4),
    ("mov r5, &0x2000", [0x4582, 0x2000], {5: 0x1011}, 3, 4),
    ("add @r4, &0x2000", [0x54A2, 0x2000], {4: 0x2100}, 5, 5),
    ("add @r4+, &0x2000", [0x54B2, 0x2000], {4: 0x2100}, 5, 5),
    ("add #0x11, &0x2000", [0x50B2, 0x0011, 0x2000], {}, 5, 5),
    ("mov #0x1011, &0x2000", [0x40B2, 0x1011, 0x2000], {}, 4, 5),
    ("add &0x2100, &0x2000", [0x5292, 0x2100, 0x2000], {}, 6, 6),
    ("add 0(r4), 0(r6)", [0x5496, 0x0000, 0x0000], {4: 0x2100, 6: 0x2000}, 6, 6),
    ("mov &0x2102, &0x2000", [0x4292, 0x2102, 0x2000], {}, 5, 6),
]


@pytest.mark.parametrize("timing", [TIMING_CPUXV2, TIMING_CLASSIC], ids=["cpuxv2", "classic"])
@pytest.mark.parametrize("asm,words,regs,cyc_x,cyc_c", DEST_MODE_CASES, ids=[c[0] for c in DEST_MODE_CASES])
def test_destination_modes(asm, words, regs, cyc_x, cyc_c, timing):
    mem = {0x2000: 0x1000, 0x2100: 0x0011, 0x2102: 0x1011}
    state, stop, cycles = run_program(words, timing=timing, regs={5: 0x0011, **regs}, mem=mem)
    assert stop == STOP_LIMIT
    assert state.read_word(0x2000) == 0x1011
    assert int(state.regs[0]) == ORG + 2 * len(words)
    assert cycles == (cyc_x if timing == TIMING_CPUXV2 else cyc_c)


@pytest.mark.parametrize("timing,total", [(TIMING_CPUXV2, 3 + 1), (TIMING_CLASSIC, 4 + 1)],
                         ids=["cpuxv2", "classic"])
def test_cmp_saves_a_cycle_on_memory_destination_only_on_cpuxv2(timing, total):
    # cmp r5, 0(r6) (CPUXv2: 4 - 1 = 3, classic: 4) then cmp r5, r6 (1 on both)
    _, _, cycles = run_program([0x9586, 0x0000, 0x9506], n_insns=2, timing=timing, regs={6: 0x2000})
    assert cycles == total


@pytest.mark.parametrize("timing,cycles", [(TIMING_CPUXV2, 3), (TIMING_CLASSIC, 2)],
                         ids=["cpuxv2", "classic"])
def test_branch_register_to_pc(timing, cycles):
    # br r5 (mov r5, pc): Rn -> PC is 3 cycles on CPUXv2, 2 on the classic CPU
    state, _, total = run_program([0x4500], timing=timing, regs={5: 0x4500})
    assert int(state.regs[0]) == 0x4500
    assert total == cycles


def test_ret_pops_pc():
    # ret (mov @sp+, pc): @Rn+ -> PC, 4 cycles on CPUXv2
    state, _, total = run_program([0x4130], regs={1: 0x2000}, mem={0x2000: 0x4600})
    assert int(state.regs[0]) == 0x4600
    assert int(state.regs[1]) == 0x2002
    assert total == 4


def test_byte_store_writes_one_byte():
    # mov.b r5, &0x2001
    state, _, _ = run_program([0x45C2, 0x2001], regs={5: 0x1234}, mem={0x2000: 0xAAAA})
    assert state.read_word(0x2000) == 0x34AA


def test_symbolic_destination_is_relative_to_its_extension_word():
    # mov #0x5555, EDE: the destination extension word is at ORG + 4
    ext = (0x2000 - (ORG + 4)) & 0xFFFF
    state, _, _ = run_program([0x40B0, 0x5555, ext])
    assert state.read_word(0x2000) == 0x5555
