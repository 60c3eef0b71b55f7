"""Every entry of SLAU367's MSP430X address-instruction table and of the CALLA, RxxM, PUSHM and POPM rows.

Numbers typed from the CPUX chapter (SLAU367 / SLAU445 share it; read from SLAU445I, see docs/cpu.md):
Table 4-19 (MOVA/BRA and CMPA/ADDA/SUBA by source and destination mode; RETA is MOVA @SP+, PC) and Table
4-17 (CALLA by mode, footnote [1]: x(SP) one more; RRCM/RRAM/RLAM/RRUM n; PUSHM/POPM 2 + n, .A 2 + 2n).
Assembled, decoded by mspdebug and run as described in test_x_cycles_support.py; the last test runs a
sequence of them on the FR5969 Machine.
"""

from __future__ import annotations

import pytest
from oracles.asm import Program, Segment
from test_x_cycles_support import (
    MASK,
    MSB,
    MSPDEBUG,
    ORG,
    REGS0,
    SP0,
    C,
    Case,
    N,
    Z,
    add_flags,
    assemble,
    check_disassembly,
    check_encodings,
    init,
    prepare,
    run_case,
)

from msp430emu.machine.machine import Machine

pytest.importorskip("msp430.asm")

R7, R8 = REGS0[7], REGS0[8]


def _case(ref, text, cycles, length, expect, words=None, dis=None, width="A"):
    return Case(ref, text, width, cycles, length, expect, words=words, dis=dis)


# --- Table 4-19: MOVA (BRA = MOVA to PC) by source -> destination: (cycles, length) ---
MOVA = [
    ("Rn->Rm", "mova R7, R8", 1, 1, {"R8": R7}, None),
    ("Rn->PC", "bra R7", 3, 1, {"PC": R7 & ~1}, None),
    ("Rn->x(Rm)", "mova R7, 4(R6)", 4, 2, {("A", 0x2104): R7}, None),
    ("Rn->EDE", "mova R7, 0x2110", 4, 2, {("A", 0x2110): R7}, "mova R7, 0(PC)"),
    ("Rn->&EDE", "mova R7, &0x12010", 4, 2, {("A", 0x12010): R7}, None),
    ("@Rn->Rm", "mova @R5, R8", 3, 1, {"R8": 0x21111}, None),
    ("@Rn->PC", "bra @R5", 5, 1, {"PC": 0x21110}, None),
    ("@Rn+->Rm", "mova @R5+, R8", 3, 1, {"R8": 0x21111, "R5": 0x2004}, None),
    ("@Rn+->PC", "bra @R5+", 5, 1, {"PC": 0x21110, "R5": 0x2004}, None),
    ("#N->Rm", "mova #0x12345, R8", 2, 2, {"R8": 0x12345}, None),
    ("#N->PC", "bra #0x12344", 3, 2, {"PC": 0x12344}, None),
    ("x(Rn)->Rm", "mova 4(R5), R8", 4, 2, {"R8": 0x54444}, None),
    ("x(Rn)->PC", "bra 4(R5)", 6, 2, {"PC": 0x54444}, None),
    ("EDE->Rm", "mova 0x2108, R8", 4, 2, {"R8": 0x10808}, "mova 0(PC), R8"),
    ("EDE->PC", "bra 0x2108", 6, 2, {"PC": 0x10808}, "bra 0(PC)"),
    ("&EDE->Rm", "mova &0x12000, R8", 4, 2, {"R8": 0x32222}, None),
    ("&EDE->PC", "bra &0x12000", 6, 2, {"PC": 0x32222}, None),
]
CASES = [_case(f"T4-19 MOVA {row}", text, cyc, length, (lambda e: lambda _at: e)(exp), dis=dis)
         for row, text, cyc, length, exp, dis in MOVA]
CASES.append(_case("T4-19 MOVA @Rn+->PC (RETA = MOVA @SP+, PC)", "reta", 5, 1,
                   lambda _at: {"PC": init(SP0, "A") & ~1, "SP": SP0 + 4}))


def _arith(op: str, src: str, dst: str) -> Case:
    """CMPA/ADDA/SUBA R7 or #0x12345 to R8 or PC: Table 4-19 Rn->Rm 1, Rn->PC 3, #N->Rm 3, #N->PC 3."""
    cycles = {("R7", "R8"): 1, ("R7", "PC"): 3}.get((src, dst), 3)
    length = 1 if src == "R7" else 2

    def expect(at):
        s, d = 0x12345, (R8 if dst == "R8" else at.nxt)
        res, flags = add_flags(d, s, "A") if op == "ADDA" else add_flags(d, ~s & MASK["A"], "A", 1)
        out = {"flags": flags}
        if op != "CMPA":
            out[dst] = res & ~1 if dst == "PC" else res
        return out

    ref = f"T4-19 {op} {'Rn' if src == 'R7' else '#N'}->{'Rm' if dst == 'R8' else 'PC'}"
    return _case(ref, f"{op.lower()} {src}, {dst}", cycles, length, expect)


CASES += [_arith(op, s, d) for op in ("CMPA", "ADDA", "SUBA") for s in ("R7", "#0x12345")
          for d in ("R8", "PC")]


# --- Table 4-17, CALLA row: Rn 5, @Rn 6, @Rn+ 6, #N 5, x(Rn) 5 (+1 for SP), EDE 7, &EDE 7 ---
def _calla(mode: str, text: str, cycles: int, length: int, target: int, words=None, extra=None) -> Case:
    def expect(at):
        return {"PC": target & ~1, "SP": SP0 - 4, ("A", SP0 - 4): at.nxt} | (extra or {})

    return _case(f"T4-17 CALLA {mode}", text, cycles, length, expect, words=words)


def _calla_ede(a: int) -> list[int]:
    off = (0x12004 - (a + 2)) & 0xFFFFF    # PC-relative from the index word, 20 bits (SLAU367 4.6.3 CALLA)
    return [0x1390 | (off >> 16), off & 0xFFFF]


CASES += [
    _calla("Rn", "calla R7", 5, 1, R7),
    _calla("@Rn", "calla @R5", 6, 1, 0x21111),
    _calla("@Rn+", "calla @R5+", 6, 1, 0x21111, extra={"R5": 0x2004}),
    _calla("#N", "calla #0x12344", 5, 2, 0x12344, words=lambda _a: [0x13B1, 0x2344]),
    _calla("x(Rn)", "calla 4(R5)", 5, 2, 0x54444),
    _calla("x(Rn) Rn = SP [1]", "calla 4(SP)", 5 + 1, 2, init(SP0 + 4, "A")),
    _calla("EDE", "calla 0x12004", 7, 2, 0x43333, words=_calla_ede),
    _calla("&EDE", "calla &0x12000", 7, 2, 0x32222, words=lambda _a: [0x1381, 0x2000]),
]


# --- Table 4-17: RRCM, RRAM, RLAM, RRUM #n: n cycles (one word; hand-encoded, the assembler refuses them) ---
def _shift_m(kind: int, name: str, w: str, n: int) -> Case:
    def expect(_at):
        v, c, msb = REGS0[9] & MASK[w], 0, MSB[w]
        for _ in range(n):
            if name == "RLAM":
                c, v = int(bool(v & msb)), (v << 1) & MASK[w]
            else:
                top = (msb if c else 0) if name == "RRCM" else (v & msb) if name == "RRAM" else 0
                c, v = v & 1, (v >> 1) | top
        flags = (C if c else 0) | (N if v & msb else 0) | (Z if v == 0 else 0)
        return {"R9": v} | ({} if name == "RLAM" else {"flags": flags})    # RLAM: V undefined

    word = ((n - 1) << 10) | (kind << 8) | (0x40 if w == "A" else 0x50) | 9
    return _case(f"T4-17 {name} n (n = {n})", f"{name.lower()}.{w.lower()} #{n}, R9", n, 1, expect,
                 words=lambda _a: [word], width=w)


CASES += [_shift_m(k, name, w, n) for k, name in enumerate(("RRCM", "RRAM", "RLAM", "RRUM"))
          for w in "WA" for n in (1, 2, 3, 4)]


# --- Table 4-17: PUSHM 2 + n, PUSHM.A 2 + 2n, POPM 2 + n, POPM.A 2 + 2n (hand-encoded) ---
def _pushm(w: str, n: int) -> Case:
    step = 4 if w == "A" else 2

    def expect(_at):
        sp = SP0 - n * step
        return {"SP": sp} | {(w, sp + step * i): REGS0[16 - n + i] & MASK[w] for i in range(n)}

    word = 0x1400 | (0x100 if w == "W" else 0) | ((n - 1) << 4) | 15
    return _case(f"T4-17 PUSHM{'.A 2 + 2n' if w == 'A' else ' 2 + n'} (n = {n})",
                 f"pushm.{w.lower()} #{n}, R15", 2 + n * step // 2, 1, expect, words=lambda _a: [word],
                 width=w)


def _popm(w: str, n: int) -> Case:
    step = 4 if w == "A" else 2

    def expect(_at):
        return {"SP": SP0 + n * step} | {f"R{16 - n + i}": init(SP0 + step * i, w) for i in range(n)}

    word = 0x1600 | (0x100 if w == "W" else 0) | ((n - 1) << 4) | (16 - n)
    return _case(f"T4-17 POPM{'.A 2 + 2n' if w == 'A' else ' 2 + n'} (n = {n})",
                 f"popm.{w.lower()} #{n}, R15", 2 + n * step // 2, 1, expect, words=lambda _a: [word],
                 dis=f"popm #{n}, R{16 - n}", width=w)    # mspdebug names the lowest register


CASES += [f(w, n) for f in (_pushm, _popm) for w in "WA" for n in (1, 3, 12)]


@pytest.fixture(scope="module")
def prepared(tmp_path_factory):
    return prepare(CASES, tmp_path_factory.mktemp("x_cycles_addr"))


@pytest.mark.skipif(MSPDEBUG is None, reason="mspdebug not installed")
def test_mspdebug_decodes_every_case_with_the_manuals_length_and_width(prepared):
    check_encodings(CASES, prepared)


def test_the_disassembler_reads_every_case_back(prepared):
    check_disassembly(CASES, prepared)


@pytest.mark.parametrize("i", range(len(CASES)), ids=[c.id for c in CASES])
def test_cycles_and_result(prepared, i):
    run_case(CASES[i], prepared.program, prepared.addrs[i])


def test_a_sequence_on_the_fr5969_machine_takes_the_sum_of_the_table_entries(tmp_path):
    """The Machine (FR5969 memory map, MCLK 8 MHz: no FRAM wait states) runs a sequence with a CALLA into
    FRAM above 64 KiB; its cycle count from the first to the last instruction is the sum of the entries."""
    prologue = ["mov #0x2400, SP", "mov #0x5A80, &0x015C"]          # stack, watchdog held (base ISA)
    sequence = [
        ("mova #0x1C00, R5", 2),               # T4-19 #N->Rm
        ("mova #0x10000, R7", 2),              # T4-19 #N->Rm
        ("mova #1, R8", 2),                    # T4-19 #N->Rm
        ("movx.a #0x12345, 4(R5)", 8 - 2),     # T4-18 #N->x(Rm) .A, [3] MOV
        ("addx.a 4(R5), R7", 5),               # T4-18 x(Rn)->Rm .A
        (".word 0x1842, 0x5808", 3 + 1),       # rpt #3 { rlax.w R8: T4-18 [1] n + 1
        ("pushx.a R7", 5),                     # T4-17 PUSHX.A Rn
        (".word 0x13B1, 0x0000", 5),           # calla #0x10000: T4-17 CALLA #N
        (".word 0x1800, 0x4179", 4),           # popx.a R9: T4-17 POPX.A Rn
        ("cmpa R9, R7", 1),                    # T4-19 Rn->Rm
    ]
    subroutine = [(0x141D, 2 + 2 * 2),         # pushm.a #2, R13: T4-17 PUSHM.A 2 + 2n
                  (0x0947, 3),                 # rram.a #3, R7: T4-17 RRAM n
                  (0x161C, 2 + 2 * 2),         # popm.a #2, R13: T4-17 POPM.A 2 + 2n
                  (0x0110, 5)]                 # reta: T4-19 @Rn+->PC
    code = assemble(prologue + [line for line, _ in sequence], tmp_path)
    sub = b"".join(w.to_bytes(2, "little") for w, _ in subroutine)
    m = Machine("fr5969", Program([Segment(ORG, code), Segment(0x10000, sub),
                                   Segment(0xFFFE, ORG.to_bytes(2, "little"))]), mclk=8e6)
    first = m.run(until=ORG + 4 + 6)
    last = m.run(until=ORG + len(code))
    assert (first.exit, last.exit) == ("until", "until")
    assert last.cycles - first.cycles == sum(c for _, c in sequence) + sum(c for _, c in subroutine)
    assert last.instructions - first.instructions == len(sequence) + len(subroutine)
    r = last.regs
    assert (r[7], r[8], r[9], r[1]) == ((0x10000 + 0x12345) >> 3, 1 << 3, 0x10000 + 0x12345, 0x2400)
    assert (m.state.read_word(0x1C04), m.state.read_word(0x1C06)) == (0x2345, 0x0001)
