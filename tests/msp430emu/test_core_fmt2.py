"""Format II (single-operand) instructions and jumps: results, flags, stack effects and cycles.

Encodings: format II = 000100 op[9:7] B/W[6] As[5:4] reg[3:0]; jumps = 001 cond[12:10] offset[9:0].
Cycle expectations are TI's: SLAU367 Table 4-9 (CPUXv2) and SLAU049 Table 3-15 (classic), jumps 2.
"""

from __future__ import annotations

import pytest
from cpu_helpers import ORG, STACK_TOP, run_program, sr_bits

from msp430emu.cpu.state import (
    C_CYCLES,
    C_INSNS,
    C_STOP_PC,
    STOP_FAULT_ILLEGAL,
    STOP_LIMIT,
    TIMING_CLASSIC,
    TIMING_CPUXV2,
)

# (asm, words, initial registers, SR, expected registers, expected SR)
SINGLE_OPERAND_CASES = [
    ("rrc r5 / LSB to C, zero", [0x1005], {5: 0x0001}, "", {5: 0x0000}, "CZ"),
    ("rrc r5 / C to MSB", [0x1005], {5: 0x0002}, "C", {5: 0x8001}, "N"),
    ("rrc r5 / V cleared", [0x1005], {5: 0x0004}, "V", {5: 0x0002}, ""),
    ("rrc.b r5 / byte, high byte cleared", [0x1045], {5: 0x1201}, "C", {5: 0x0080}, "CN"),
    ("rra r5 / MSB kept", [0x1105], {5: 0x8003}, "", {5: 0xC001}, "CN"),
    ("rra.b r5", [0x1145], {5: 0x1281}, "", {5: 0x00C0}, "CN"),
    ("rra r5 / zero", [0x1105], {5: 0x0001}, "V", {5: 0x0000}, "CZ"),
    ("swpb r5 / no flags", [0x1085], {5: 0x1234}, "CZNV", {5: 0x3412}, "CZNV"),
    ("sxt r5 / negative", [0x1185], {5: 0x1280}, "", {5: 0xFFF80}, "NC"),  # CPUX: bit 7 -> bits 8..19
    ("sxt r5 / positive", [0x1185], {5: 0xAB7F}, "V", {5: 0x007F}, "C"),
    ("sxt r5 / zero", [0x1185], {5: 0xFF00}, "C", {5: 0x0000}, "Z"),
    ("rra #1 (constant generator) / flags set, result discarded", [0x1113], {}, "", {3: 0}, "CZ"),
]


@pytest.mark.parametrize("asm,words,regs,sr,exp_regs,exp_sr", SINGLE_OPERAND_CASES,
                         ids=[c[0] for c in SINGLE_OPERAND_CASES])
def test_single_operand_register(asm, words, regs, sr, exp_regs, exp_sr):
    state, stop, _ = run_program(words, regs=regs, sr=sr_bits(sr))
    assert stop == STOP_LIMIT
    for r, v in exp_regs.items():
        assert int(state.regs[r]) == v, f"{asm}: r{r} = {int(state.regs[r]):#06x}"
    assert int(state.regs[2]) == sr_bits(exp_sr)


def test_sxt_register_extends_to_16_bits_on_the_classic_cpu():
    # SLAU049 (MSP430 CPU): bit 7 -> bits 8..15; SLAU367 4.6.2 SXT (CPUXv2): register mode bit 7 -> bits 8..19
    state, _, _ = run_program([0x1185], timing=TIMING_CLASSIC, regs={5: 0x1280})
    assert int(state.regs[5]) == 0xFF80
    state, _, _ = run_program([0x1185], regs={5: 0x1280})
    assert int(state.regs[5]) == 0xFFF80


def test_rrc_memory_operand():
    # rrc @r5
    state, _, cycles = run_program([0x1025], regs={5: 0x2000}, mem={0x2000: 0x0003})
    assert state.read_word(0x2000) == 0x0001
    assert int(state.regs[2]) == sr_bits("C")
    assert cycles == 3


def test_rra_byte_memory_writes_one_byte():
    # rra.b &0x2001
    state, _, _ = run_program([0x1152, 0x2001], mem={0x2000: 0x8455})
    assert state.read_word(0x2000) == 0xC255


def test_push_word():
    # push r5
    state, _, cycles = run_program([0x1205], regs={5: 0xBEEF})
    assert int(state.regs[1]) == STACK_TOP - 2
    assert state.read_word(STACK_TOP - 2) == 0xBEEF
    assert cycles == 3


def test_push_byte_writes_one_byte():
    # push.b r5: SP -= 2, one byte written (mspdebug's simulator writes a whole word here; TI and silicon
    # write the byte only, see docs/cpu.md)
    state, _, _ = run_program([0x1245], regs={5: 0xBEEF}, mem={STACK_TOP - 2: 0xAAAA})
    assert int(state.regs[1]) == STACK_TOP - 2
    assert state.read_word(STACK_TOP - 2) == 0xAAEF


def test_push_sp_pushes_the_value_before_the_decrement():
    # push sp
    state, _, _ = run_program([0x1201])
    assert state.read_word(STACK_TOP - 2) == STACK_TOP


def test_push_constant_generator():
    # push #4 (r2 As=10): register-mode cycles
    state, _, cycles = run_program([0x1222])
    assert state.read_word(STACK_TOP - 2) == 4
    assert cycles == 3


def test_call_immediate():
    # call #0x4500
    state, _, cycles = run_program([0x12B0, 0x4500])
    assert int(state.regs[0]) == 0x4500
    assert int(state.regs[1]) == STACK_TOP - 2
    assert state.read_word(STACK_TOP - 2) == ORG + 4
    assert cycles == 4


def test_call_indirect_autoincrement():
    # call @r5+
    state, _, _ = run_program([0x12B5], regs={5: 0x2000}, mem={0x2000: 0x4600})
    assert int(state.regs[0]) == 0x4600
    assert int(state.regs[5]) == 0x2002
    assert state.read_word(STACK_TOP - 2) == ORG + 2


def test_reti_restores_sr_and_pc():
    # reti
    state, _, cycles = run_program([0x1300], regs={1: 0x2000}, mem={0x2000: 0x0107, 0x2002: 0x4600})
    assert int(state.regs[2]) == 0x0107
    assert int(state.regs[0]) == 0x4600
    assert int(state.regs[1]) == 0x2004
    assert cycles == 5


EDE = (0x2000 - (ORG + 2)) & 0xFFFF
# operand mode -> (instruction words for a given base opcode with reg 5)
MODE_WORDS = {
    "Rn": lambda base: [base | 0x05],
    "@Rn": lambda base: [base | 0x25],
    "@Rn+": lambda base: [base | 0x35],
    "#N": lambda base: [base | 0x30, 0x4500],
    "X(Rn)": lambda base: [base | 0x15, 0x0000],
    "EDE": lambda base: [base | 0x10, EDE],
    "&EDE": lambda base: [base | 0x12, 0x2000],
}
# TI's tables as printed: mode -> (RRA, PUSH, CALL) cycles
CPUXV2_FMT2 = {"Rn": (1, 3, 4), "@Rn": (3, 3, 4), "@Rn+": (3, 3, 4), "#N": (None, 3, 4),
               "X(Rn)": (4, 4, 5), "EDE": (4, 4, 5), "&EDE": (4, 4, 6)}
CLASSIC_FMT2 = {"Rn": (1, 3, 4), "@Rn": (3, 4, 4), "@Rn+": (3, 5, 5), "#N": (None, 4, 5),
                "X(Rn)": (4, 5, 5), "EDE": (4, 5, 5), "&EDE": (4, 5, 5)}
CYCLE_CASES = [(timing, mode, column, base)
               for timing in (TIMING_CPUXV2, TIMING_CLASSIC)
               for mode in MODE_WORDS
               for column, base in enumerate((0x1100, 0x1200, 0x1280))
               if not (mode == "#N" and column == 0)]


@pytest.mark.parametrize("timing,mode,column,base", CYCLE_CASES,
                         ids=[f"{'cpuxv2' if t == TIMING_CPUXV2 else 'classic'}-"
                              f"{('rra', 'push', 'call')[c]}-{m}" for t, m, c, _ in CYCLE_CASES])
def test_format2_cycles(timing, mode, column, base):
    table = CPUXV2_FMT2 if timing == TIMING_CPUXV2 else CLASSIC_FMT2
    _, stop, cycles = run_program(MODE_WORDS[mode](base), timing=timing, regs={5: 0x2000},
                                  mem={0x2000: 0x4500})
    assert stop == STOP_LIMIT
    assert cycles == table[mode][column]


# jumps: (mnemonic, word for offset 0, SR, taken)
JUMP_CASES = [
    ("jne", 0x2000, "", True), ("jne", 0x2000, "Z", False),
    ("jeq", 0x2400, "Z", True), ("jeq", 0x2400, "", False),
    ("jnc", 0x2800, "", True), ("jnc", 0x2800, "C", False),
    ("jc", 0x2C00, "C", True), ("jc", 0x2C00, "", False),
    ("jn", 0x3000, "N", True), ("jn", 0x3000, "", False),
    ("jge", 0x3400, "", True), ("jge", 0x3400, "NV", True), ("jge", 0x3400, "N", False),
    ("jge", 0x3400, "V", False),
    ("jl", 0x3800, "N", True), ("jl", 0x3800, "V", True), ("jl", 0x3800, "", False),
    ("jl", 0x3800, "NV", False),
    ("jmp", 0x3C00, "", True), ("jmp", 0x3C00, "CZNV", True),
]


@pytest.mark.parametrize("timing", [TIMING_CPUXV2, TIMING_CLASSIC], ids=["cpuxv2", "classic"])
@pytest.mark.parametrize("name,word,sr,taken", JUMP_CASES,
                         ids=[f"{n}-{s or 'none'}" for n, _, s, _t in JUMP_CASES])
def test_jump_conditions(name, word, sr, taken, timing):
    state, _, cycles = run_program([word | 5], timing=timing, sr=sr_bits(sr))
    assert int(state.regs[0]) == (ORG + 2 + 10 if taken else ORG + 2)
    assert int(state.regs[2]) == sr_bits(sr)
    assert cycles == 2


def test_jump_backwards_to_itself():
    # jmp $ (offset -1)
    state, _, _ = run_program([0x3FFF], n_insns=3)
    assert int(state.regs[0]) == ORG
    assert int(state.ctl[C_INSNS]) == 3


def test_jump_extreme_offsets():
    # jmp +511 words and jmp -512 words
    state, _, _ = run_program([0x3DFF])
    assert int(state.regs[0]) == ORG + 2 + 1022
    state, _, _ = run_program([0x3E00])
    assert int(state.regs[0]) == ORG + 2 - 1024


# Undefined even with MSP430X (the defined MSP430X words are tested in test_x_core.py): MOVA @PC/@PC+ (0x0000
# stays a trap for zeroed memory), reserved CALLA forms, POPM beyond R15, an extension word followed by a
# non-instruction, SWPB.B / SXT.B / CALL.B.
ILLEGAL_WORDS = [0x0000, 0x0010, 0x1301, 0x13A0, 0x13C0, 0x13FF, 0x17FF, 0x1800, 0x1FFF,
                 0x10C5, 0x11C5, 0x12C5]


@pytest.mark.parametrize("word", ILLEGAL_WORDS, ids=[f"{w:#06x}" for w in ILLEGAL_WORDS])
def test_msp430x_and_undefined_encodings_stop_illegal_without_side_effects(word):
    state, stop, _ = run_program([word], regs={5: 0x2000})
    assert stop == STOP_FAULT_ILLEGAL
    assert int(state.regs[0]) == ORG
    assert int(state.regs[5]) == 0x2000
    assert int(state.ctl[C_STOP_PC]) == ORG
    assert int(state.ctl[C_CYCLES]) == 0
    assert int(state.ctl[C_INSNS]) == 0
