"""MSP430X (CPUXv2) instructions in the core: hand-encoded from SLAU367P 4.5.2 / 4.6.3 (encodings also
cross-checked against python-msp430-tools' assembler in test_x_encodings.py), expected values worked out by
hand from the instruction descriptions, cycles from SLAU367 Tables 4-17, 4-18, 4-19
(read from SLAU445I, the same CPUXv2 chapter; see docs/cpu.md)."""

from __future__ import annotations

import pytest
from cpu_helpers import ORG, STACK_TOP, words_to_bytes

from msp430emu.cpu.core import Cpu
from msp430emu.cpu.state import A_R, A_W, C_CYCLES, STOP_FAULT_ILLEGAL, TIMING_CLASSIC, MachineState

C, Z, N, V = 0x1, 0x2, 0x4, 0x100


def x_state(words, regs=None, sr=0, mem=None, org=ORG):
    state = MachineState()
    state.set_attr(0, 0x20000, A_R | A_W)
    state.write_bytes(org, words_to_bytes(words))
    state.regs[0] = org
    state.regs[1] = STACK_TOP
    state.regs[2] = sr
    for r, v in (regs or {}).items():
        state.regs[r] = v
    for a, v in (mem or {}).items():
        state.write_word(a, v)
    return state


def run(words, n=1, **kw):
    state = x_state(words, **kw)
    cpu = Cpu(state)
    for _ in range(n):
        assert cpu.step() == 0
    return state, int(state.ctl[C_CYCLES])


# (name, words, regs, sr, mem, expected regs, expected SR flags, cycles, length); the name ends with the
# SLAU367 table row of the cycle count (T4-17 format II/RxxM, T4-18 format I, T4-19 address instructions,
# "[k]" a footnote of that table); every table entry is pinned separately in test_x_cycles.py.
CASES = [
    ("mova #0x12345, r5 [T4-19 #N->Rm MOVA]", [0x0185, 0x2345], {}, 0, {}, {5: 0x12345}, 0, 2, 4),
    ("mova #imm20, pc (bra) [T4-19 #N->PC MOVA]", [0x0180, 0x0000], {}, 0, {}, {0: 0x10000}, 0, 3, None),
    ("mova r5, r6 [T4-19 Rn->Rm]", [0x05C6], {5: 0xABCDE}, 0, {}, {6: 0xABCDE}, 0, 1, 2),
    ("adda r5, r6 [T4-19 Rn->Rm]", [0x05E6], {5: 0x12345, 6: 0x0FFFF}, 0, {}, {6: 0x22344}, 0, 1, 2),
    ("adda r5, r6 carry out of bit 19 [T4-19 Rn->Rm]", [0x05E6], {5: 0x80000, 6: 0x80000}, 0, {}, {6: 0},
     C | Z | V, 1, 2),
    ("suba #1, r6 borrow [T4-19 #N->Rm SUBA]", [0x00B6, 0x0001], {6: 0}, 0, {}, {6: 0xFFFFF}, N, 3, 4),
    ("cmpa r5, r6 equal [T4-19 Rn->Rm]", [0x05D6], {5: 0x12345, 6: 0x12345}, 0, {}, {6: 0x12345}, Z | C, 1,
     2),
    ("cmpa #0x10000, r6 less [T4-19 #N->Rm CMPA]", [0x0196, 0x0000], {6: 0x0FFFF}, 0, {}, {6: 0x0FFFF}, N, 3,
     4),
    ("mova @r5, r6 [T4-19 @Rn->Rm]", [0x0506], {5: 0x2000}, 0, {0x2000: 0x2345, 0x2002: 0xFFF1},
     {5: 0x2000, 6: 0x12345}, 0, 3, 2),
    ("mova @r5+, r6 [T4-19 @Rn+->Rm]", [0x0516], {5: 0x2000}, 0, {0x2000: 0x2345, 0x2002: 0x0001},
     {5: 0x2004, 6: 0x12345}, 0, 3, 2),
    ("mova &0x12000, r6 [T4-19 &EDE->Rm]", [0x0126, 0x2000], {}, 0, {0x12000: 0xBEEF, 0x12002: 0x000A},
     {6: 0xABEEF}, 0, 4, 4),
    ("mova -2(r5), r6 [T4-19 x(Rn)->Rm]", [0x0536, 0xFFFE], {5: 0x12002}, 0,
     {0x12000: 0x0001, 0x12002: 0x0002}, {6: 0x20001}, 0, 4, 4),
    ("rlam.w #4, r12 [T4-17 RLAM n (n = 4)]", [0x0E5C], {12: 0x1234}, 0, {}, {12: 0x2340}, C, 4, 2),
    ("rrcm.a #2, r8 [T4-17 RRCM n]", [0x0448], {8: 0x00003}, C, {}, {8: 0xC0000}, N | C, 2, 2),
    ("rram.a #1, r8 [T4-17 RRAM n]", [0x0148], {8: 0x80002}, 0, {}, {8: 0xC0001}, N, 1, 2),
    ("rrum.w #1, r9 clears 19:16 [T4-17 RRUM n]", [0x0359], {9: 0x18001}, C, {}, {9: 0x4000}, C, 1, 2),
    ("rlam.a #1, r9 to zero [T4-17 RLAM n]", [0x0249], {9: 0x80000}, 0, {}, {9: 0}, Z | C, 1, 2),
    # extension word + format I
    ("addx.a #0x12345, r7 [T4-18 #N->Rm .A]", [0x1880, 0x5077, 0x2345], {7: 0x10000}, 0, {}, {7: 0x22345}, 0,
     3, 6),
    ("movx.w &0x12344, r8 (20-bit absolute) [T4-18 &EDE->Rm .W]", [0x18C0, 0x4218, 0x2344], {8: 0xFFFFF}, 0,
     {0x12344: 0x8001}, {8: 0x8001}, 0, 4, 6),
    ("movx.a @r5+, r6 [T4-18 @Rn+->Rm .A]", [0x1800, 0x4576], {5: 0x2000}, 0,
     {0x2000: 0x1111, 0x2002: 0x0002}, {5: 0x2004, 6: 0x21111}, 0, 4, 4),
    ("addx.w r5, r6 clears 19:16 [T4-18 Rn->Rm [1] n + 1]", [0x1840, 0x5506], {5: 0x1, 6: 0x5FFFF}, 0, {},
     {6: 0}, Z | C, 2, 4),
    ("subx.a r5, r6 [T4-18 Rn->Rm [1]]", [0x1800, 0x8546], {5: 0x1, 6: 0x0}, 0, {}, {6: 0xFFFFF}, N, 2, 4),
    ("rpt #4 rlax.w r5 (add r5,r5 x4) [T4-18 [1] n + 1]", [0x1843, 0x5505], {5: 0x0001}, 0, {}, {5: 0x0010},
     0, 4 + 1, 4),
    ("rpt r4 addx.a r6, r7 (count r4[3:0]+1) [T4-18 [1] n + 1 (n = 3)]", [0x1804 | 0x80, 0x5647],
     {4: 0x22, 6: 0x10000, 7: 0}, 0, {}, {7: 0x30000}, 0, 3 + 1, 4),
    ("rrux.w r6 (zc) [T4-17 RRCX Rn 1 + n]", [0x1940, 0x1006], {6: 0x8001}, C, {}, {6: 0x4000}, C, 1 + 1, 4),
    # SWPBX.A / SXTX.A: A/L = 0 with B/W = 0 (SLAU367P Table 4-12 note)
    ("sxtx.a r6 [T4-17 Rn 1 + n (RRAX row)]", [0x1800, 0x1186], {6: 0x00080}, 0, {}, {6: 0xFFF80}, N | C,
     1 + 1, 4),
    # SLAU367 4.6.3.34: SWPBX.A keeps bits 19:16 (example: 23456h -> 25634h); SWPBX.W clears them
    ("swpbx.a r6 [T4-17 Rn 1 + n]", [0x1800, 0x1086], {6: 0x51234}, 0, {}, {6: 0x53412}, 0, 1 + 1, 4),
    ("swpbx.a r6 (SLAU367 example)", [0x1800, 0x1086], {6: 0x23456}, 0, {}, {6: 0x25634}, 0, 1 + 1, 4),
    ("swpbx.w r6 [T4-17 Rn 1 + n]", [0x1840, 0x1086], {6: 0x31234}, 0, {}, {6: 0x3412}, 0, 1 + 1, 4),
]


@pytest.mark.parametrize("name,words,regs,sr,mem,exp,flags,cycles,length", CASES, ids=[c[0] for c in CASES])
def test_msp430x_instruction(name, words, regs, sr, mem, exp, flags, cycles, length):
    state, cyc = run(words, regs=regs, sr=sr, mem=mem)
    for r, v in exp.items():
        assert int(state.regs[r]) == v, f"R{r} = {int(state.regs[r]):#x}, expected {v:#x}"
    assert int(state.regs[2]) & (C | Z | N | V) == flags
    assert cyc == cycles
    if length is not None:
        assert int(state.regs[0]) == ORG + length


def test_mova_to_memory_writes_two_words_with_bits_15_4_clear():
    state, cyc = run([0x0661, 0x2344], regs={6: 0xABCDE}, mem={0x12346: 0xFFFF})   # mova r6, &0x12344
    # T4-19 Rn->&EDE
    assert state.read_word(0x12344) == 0xBCDE and state.read_word(0x12346) == 0x000A and cyc == 4
    state, cyc = run([0x0675, 0x0010], regs={6: 0x12345, 5: 0x11FF0})   # mova r6, 16(r5)
    # T4-19 Rn->x(Rm)
    assert state.read_word(0x12000) == 0x2345 and state.read_word(0x12002) == 0x0001 and cyc == 4


def test_movx_a_to_indexed_memory_and_20bit_index():
    # movx.a r6, 0x10002(r5): ext dst[19:16] = 1, insn MOV.B-form r6, x(r5) (B/W=1 + A/L=0 = .A)
    state, cyc = run([0x1801, 0x46C5, 0x0002], regs={5: 0x2000, 6: 0xFEDCB})
    assert state.read_word(0x12002) == 0xEDCB and state.read_word(0x12004) == 0x000F
    assert cyc == 7 - 2   # T4-18 Rn->x(Rm) .A, [3] MOV two fewer


def test_swpbx_a_absolute_keeps_bits_19_16_in_memory():
    # swpbx.a &0x2000: ext 0x1800 (A/L = 0, B/W = 0), SWPB &abs; the 20-bit operand is two words
    state, _ = run([0x1800, 0x1092, 0x2000], mem={0x2000: 0x3456, 0x2002: 0x0002})
    assert state.read_word(0x2000) == 0x5634 and state.read_word(0x2002) == 0x0002   # 23456h -> 25634h


def test_pushx_a_and_popx_a():
    state, cyc = run([0x1800, 0x1245], regs={5: 0x98765})    # pushx.a r5
    assert int(state.regs[1]) == STACK_TOP - 4 and cyc == 5   # T4-17 PUSHX.A Rn
    assert state.read_word(STACK_TOP - 4) == 0x8765 and state.read_word(STACK_TOP - 2) == 0x0009
    # popx.a r6 = movx.a @sp+, r6
    state, _ = run([0x1800, 0x4176], regs={1: 0x2000}, mem={0x2000: 0x8765, 0x2002: 0x0009})
    assert int(state.regs[6]) == 0x98765 and int(state.regs[1]) == 0x2004


def test_format_ii_operand_bits_19_16_are_the_destination_bits_of_the_extension_word():
    # pushx.a #0x12345 and rrax.w &0x12000 as GNU as / python-msp430-tools encode them (ext bits 3:0 = 1),
    # which GNU objdump and mspdebug decode the same way
    state, cyc = run([0x1801, 0x1270, 0x2345])
    assert state.read_word(STACK_TOP - 4) == 0x2345 and state.read_word(STACK_TOP - 2) == 0x0001
    assert cyc == 5   # T4-17 PUSHX.A #N
    state, cyc = run([0x1841, 0x1112, 0x2000], mem={0x12000: 0x8004, 0x2000: 0x0010})
    assert state.read_word(0x12000) == 0xC002 and state.read_word(0x2000) == 0x0010
    assert cyc == 5   # T4-17 RRAX(.B) &EDE
    # rrax.w EDE with the 20-bit index 0xFFFFA (-6) from the index word at ORG + 4
    state, _ = run([0x184F, 0x1110, 0xFFFA], mem={ORG - 2: 0x0008})
    assert int(state.regs[0]) == ORG + 6 and state.read_word(ORG - 2) == 0x0004


def test_pushm_popm_word_and_address():
    regs = {7: 0x17777, 8: 0x8888, 9: 0x29999, 10: 0xAAAA}
    state, cyc = run([0x153A], regs=regs)      # pushm.w #4, r10
    assert cyc == 2 + 4 and int(state.regs[1]) == STACK_TOP - 8   # T4-17 PUSHM 2 + n
    assert [state.read_word(STACK_TOP - 8 + 2 * i) for i in range(4)] == [0x7777, 0x8888, 0x9999, 0xAAAA]
    state, cyc = run([0x141A], regs=regs)      # pushm.a #2, r10
    assert cyc == 2 + 2 * 2 and int(state.regs[1]) == STACK_TOP - 8   # T4-17 PUSHM.A 2 + 2n
    assert [state.read_word(STACK_TOP - 8 + 2 * i) for i in range(4)] == [0x9999, 0x0002, 0xAAAA, 0x0000]
    state, cyc = run([0x141A, 0x1619], regs=regs, n=2)   # pushm.a #2, r10 ; popm.a #2, r10 (word holds r9)
    assert int(state.regs[9]) == 0x29999 and int(state.regs[10]) == 0xAAAA
    assert int(state.regs[1]) == STACK_TOP and int(state.ctl[C_CYCLES]) == 6 + 6   # PUSHM.A, POPM.A 2 + 2n
    state, _ = run([0x153A, 0x4303, 0x1737], regs=regs, n=3)   # pushm.w, nop, popm.w #4, r10 (word holds r7)
    assert [int(state.regs[r]) for r in (7, 8, 9, 10)] == [0x7777, 0x8888, 0x9999, 0xAAAA]


def test_calla_forms_push_a_20bit_return_address():
    state, cyc = run([0x13B1, 0x0020])         # calla #0x10020
    # T4-17 CALLA #N
    assert int(state.regs[0]) == 0x10020 and int(state.regs[1]) == STACK_TOP - 4 and cyc == 5
    assert state.read_word(STACK_TOP - 4) == ORG + 4 and state.read_word(STACK_TOP - 2) == 0
    state, cyc = run([0x1345], regs={5: 0x12344})    # calla r5
    assert int(state.regs[0]) == 0x12344 and cyc == 5   # T4-17 CALLA Rn
    state, cyc = run([0x1375], regs={5: 0x2000}, mem={0x2000: 0x0100, 0x2002: 0x0001})   # calla @r5+
    assert int(state.regs[0]) == 0x10100 and int(state.regs[5]) == 0x2004 and cyc == 6   # T4-17 CALLA @Rn+
    state, cyc = run([0x1381, 0x2000], mem={0x12000: 0x4000, 0x12002: 0x0001})   # calla &0x12000
    assert int(state.regs[0]) == 0x14000 and cyc == 7   # T4-17 CALLA &EDE


def test_large_model_call_into_high_fram_and_back():
    # 0x4400: mova #0x12345, r12 ; calla #0x10000 ; jmp $
    # 0x10000: adda #1, r12 ; mova r12, &0x2000 ; reta
    state = x_state([0x018C, 0x2345, 0x13B1, 0x0000, 0x3FFF])
    state.write_bytes(0x10000, words_to_bytes([0x00AC, 0x0001, 0x0C60, 0x2000, 0x0110]))
    cpu = Cpu(state)
    pcs = []
    for _ in range(6):
        assert cpu.step() == 0
        pcs.append(int(state.regs[0]))
    assert pcs == [0x4404, 0x10000, 0x10004, 0x10008, 0x4408, 0x4408]
    assert int(state.regs[12]) == 0x12346 and int(state.regs[1]) == STACK_TOP
    assert state.read_word(0x2000) == 0x2346 and state.read_word(0x2002) == 0x0001
    # MOVA #N->Rm 2 (T4-19), CALLA #N 5 (T4-17), ADDA #N->Rm 3, MOVA Rn->&EDE 4, RETA = MOVA @SP+->PC 5
    # (T4-19), JMP 2 (4.5.1.5.3, jumps)
    assert int(state.ctl[C_CYCLES]) == 2 + 5 + 3 + 4 + 5 + 2


def test_base_instructions_above_64k_use_20bit_pc_and_index():
    state = x_state([0x4516, 0xFFFE, 0x3C00], org=0x12000, regs={5: 0x12000},
                    mem={0x11FFE: 0x1234})   # mov -2(r5), r6 ; jmp +0, running at 0x12000
    cpu = Cpu(state)
    assert cpu.step() == 0 and int(state.regs[6]) == 0x1234 and int(state.regs[0]) == 0x12004
    assert cpu.step() == 0 and int(state.regs[0]) == 0x12006
    # a base in the lower 64 KiB still wraps at 64 KiB
    state, _ = run([0x4516, 0x0004], regs={5: 0xFFFE}, mem={0x0002: 0x5555})
    assert int(state.regs[6]) == 0x5555


def test_interrupt_above_64k_stacks_pc_19_16_and_reti_restores_it():
    state = x_state([0x4303], org=0x12340, sr=0x0008)
    state.write_word(0xFFF0, 0x4400)
    state.write_word(0x4400, 0x1300)     # reti
    state.ctl[7] = 0xFFF0                # C_IRQ_VECTOR
    cpu = Cpu(state)
    cpu.step()
    assert state.read_word(STACK_TOP - 2) == 0x2340 and state.read_word(STACK_TOP - 4) == 0x1008
    assert cpu.step() == 0
    assert int(state.regs[0]) == 0x12340 and int(state.regs[2]) == 0x0008


@pytest.mark.parametrize("words", [[0x0000], [0x0010], [0x13C0], [0x1301], [0x1800, 0x2000],
                                   [0x1800, 0x1800], [0x1800, 0x12B0], [0x1000 | 0xC0], [0x1800, 0x11C6]],
                         ids=["mova @pc,pc", "mova @pc+,pc", "calla reserved", "calla 0x1301",
                              "ext+jump", "ext+ext", "ext+call", "swpb.b", "sxtx b/w=1"])
def test_undefined_msp430x_words_stop_illegal_without_side_effects(words):
    state = x_state(words)
    before = state.regs.copy()
    assert Cpu(state).step() == STOP_FAULT_ILLEGAL
    assert (state.regs == before).all() and int(state.ctl[C_CYCLES]) == 0


def test_classic_timing_has_no_msp430x():
    state = x_state([0x0185, 0x2345])
    assert Cpu(state, TIMING_CLASSIC).step() == STOP_FAULT_ILLEGAL


def test_faulting_msp430x_access_commits_nothing():
    state = x_state([0x0516], regs={5: 0x30000})   # mova @r5+, r6 with r5 unmapped
    before = state.regs.copy()
    stop = Cpu(state).step()
    assert stop != 0 and (state.regs == before).all()
