"""Every entry of SLAU367's MSP430X format I and format II cycle tables, per addressing mode and width.

The numbers are typed below from the CPUX chapter's "MSP430X Instruction Execution" tables (SLAU367 and
SLAU445 share that CPUXv2 chapter and its table numbers; read from SLAU445I, see docs/cpu.md), not taken
from msp430emu.cpu.isa_x: Table 4-18 (format I, footnotes [1] repeat n + 1, [2]/[3] MOV/BIT/CMP to memory one
(.B/.W) / two (.A) fewer, [4] MOV/ADD/SUB to PC from #N/x(Rn)/EDE/&EDE one fewer) and Table 4-17 (format
II: RRAX/RRCX, PUSHX, POPX; footnote [1] x(SP) one more). How each case is assembled, decoded by mspdebug
and run: test_x_cycles_support.py. Results are worked out from the fixed start state there.
"""

from __future__ import annotations

import pytest
from test_x_cycles_support import (
    MASK,
    MSB,
    MSPDEBUG,
    SP0,
    STEP,
    C,
    Case,
    N,
    Z,
    add_flags,
    check_disassembly,
    check_encodings,
    init,
    logic_flags,
    prepare,
    reg0,
    run_case,
)

pytest.importorskip("msp430.asm")

# --- Table 4-18: (cycles .B/.W, cycles .A, length in words) by source row and destination column ---
MEM_DST = ("x(Rm)", "EDE", "&EDE")
T4_18 = {
    "Rn": {"Rm": (2, 2, 2), "PC": (4, 4, 2), "mem": (5, 7, 3)},
    "@Rn": {"Rm": (3, 4, 2), "PC": (5, 6, 2), "mem": (6, 9, 3)},
    "@Rn+": {"Rm": (3, 4, 2), "PC": (5, 6, 2), "mem": (6, 9, 3)},
    "#N": {"Rm": (3, 3, 3), "PC": (4, 4, 3), "mem": (6, 8, 4)},
    "x(Rn)": {"Rm": (4, 5, 3), "PC": (6, 7, 3), "mem": (7, 10, 4)},
    "EDE": {"Rm": (4, 5, 3), "PC": (6, 7, 3), "mem": (7, 10, 4)},
    "&EDE": {"Rm": (4, 5, 3), "PC": (6, 7, 3), "mem": (7, 10, 4)},
}
# --- Table 4-17: (cycles .B/.W, cycles .A, length); the shifts' Rn entry is "1 + n" with n = 1 ---
T4_17_SHIFT = {"Rn": (2, 2, 2), "@Rn": (4, 6, 2), "@Rn+": (4, 6, 2), "x(Rn)": (5, 7, 3), "EDE": (5, 7, 3),
               "&EDE": (5, 7, 3)}
T4_17_PUSHX = {"Rn": (4, 5, 2), "@Rn": (4, 6, 2), "@Rn+": (4, 6, 2), "#N": (4, 5, 3), "x(Rn)": (5, 7, 3),
               "EDE": (5, 7, 3), "&EDE": (5, 7, 3)}
T4_17_POPX = {"Rm": (3, 4, 2), "x(Rm)": (5, 7, 3), "EDE": (5, 7, 3), "&EDE": (5, 7, 3)}
SP_INDEX_EXTRA = 1   # Table 4-17 footnote [1]

IMM = {"A": "#0x12345", "W": "#0x1234", "B": "#0x34"}
# source operands: text and where the value is (register number or (address, None)); R7 = 0x12345
SRC = {"Rn": ("R7", 7), "@Rn": ("@R5", 0x2000), "@Rn+": ("@R5+", 0x2000), "#N": (None, None),
       "x(Rn)": ("4(R5)", 0x2004), "EDE": ("0x12004", 0x12004), "&EDE": ("&0x12000", 0x12000)}
DST = {"Rm": ("R8", 8), "PC": ("PC", 0), "x(Rm)": ("4(R6)", 0x2104), "EDE": ("0x12010", 0x12010),
       "&EDE": ("&0x12010", 0x12010)}


def _src_text(mode: str, w: str) -> str:
    return IMM[w] if mode == "#N" else SRC[mode][0]


def _src_value(mode: str, w: str) -> int:
    if mode == "#N":
        return int(IMM[w][1:], 16)
    where = SRC[mode][1]
    return reg0(where, w) if where < 16 else init(where, w)


OPCODE = {"MOV": 0x4, "ADD": 0x5, "ADDC": 0x6, "SUB": 0x8, "CMP": 0x9, "BIT": 0xB}


def _symbolic_source_words(op: str, dst: str, w: str):
    """EDE source with a memory destination, hand-encoded (SLAU367 Figure 4-26): python-msp430-tools takes
    that source's PC-relative offset from the destination's index word (2 bytes off)."""
    def words(a: int) -> list[int]:
        src_off = (0x12004 - (a + 4)) & 0xFFFFF
        dst_reg, dst_val = {"x(Rm)": (6, 0x00004), "EDE": (0, (0x12010 - (a + 6)) & 0xFFFFF),
                            "&EDE": (2, 0x12010)}[dst]
        ext = 0x1800 | (0x40 if w != "A" else 0) | ((src_off >> 16) << 7) | (dst_val >> 16)
        insn = (OPCODE[op] << 12) | 0x80 | (0x40 if w != "W" else 0) | 0x10 | dst_reg
        return [ext, insn, src_off & 0xFFFF, dst_val & 0xFFFF]
    return words


def _fmt1(op: str, src: str, dst: str, w: str, cycles: int, length: int, ref: str) -> Case:
    """One format I instruction ``op``X.w src, dst with its expected result (C = 0 at the start)."""
    text = f"{op.lower()}x.{w.lower()} {_src_text(src, w)}, {DST[dst][0]}"

    def expect(at):
        s, mask = _src_value(src, w), MASK[w]
        d = (at.nxt & mask) if dst == "PC" else reg0(8, w) if dst == "Rm" else init(DST[dst][1], w)
        out = {"R5": 0x2000 + STEP[w]} if src == "@Rn+" else {}
        if op in ("ADD", "ADDC"):
            res, flags = add_flags(d, s, w)
        elif op in ("SUB", "CMP"):
            res, flags = add_flags(d, ~s & mask, w, 1)
        elif op == "BIT":
            res, flags = s & d, logic_flags(s & d, w)
        else:
            res, flags = s, None
        if flags is not None:
            out["flags"] = flags
        if op in ("BIT", "CMP"):
            return out
        if dst == "Rm":
            out["R8"] = res
        elif dst == "PC":
            out["PC"] = res & ~1
        else:
            out[(w, DST[dst][1])] = res
        return out

    words = _symbolic_source_words(op, dst, w) if src == "EDE" and dst in MEM_DST else None
    return Case(ref, text, w, cycles, length, expect, words=words)


def _table_4_18(op: str, src: str, dst: str, w: str, discount: int = 0, note: str = "") -> Case:
    cw, ca, length = T4_18[src]["mem" if dst in MEM_DST else dst]
    ref = f"T4-18 {src}->{dst} .{'B/.W' if w != 'A' else 'A'}{note}"
    return _fmt1(op, src, dst, w, (ca if w == "A" else cw) - discount, length, ref)


FORMAT_I = [_table_4_18("ADDC", s, d, w) for s in T4_18 for d in DST for w in "WAB"
            if not (w == "B" and d == "PC")]
FORMAT_I += [_table_4_18(op, s, "x(Rm)", w, 1 if w != "A" else 2, f" [{2 if w != 'A' else 3}] {op}")
             for op in ("MOV", "BIT", "CMP") for s in T4_18 for w in "WA"]
FORMAT_I += [_table_4_18(op, "Rn", d, w, 1 if w != "A" else 2, f" [{2 if w != 'A' else 3}] {op}")
             for op in ("MOV", "BIT", "CMP") for d in ("EDE", "&EDE") for w in "WAB"]
FORMAT_I += [_table_4_18(op, s, "PC", w, 1, f" [4] {op}")
             for op in ("MOV", "ADD", "SUB") for s in ("#N", "x(Rn)", "EDE", "&EDE") for w in "WA"]
FORMAT_I += [_table_4_18(op, s, d, w, 0, f" (no footnote) {op}")
             for op, s, d in (("MOV", "Rn", "PC"), ("MOV", "@Rn", "PC"), ("MOV", "Rn", "Rm"),
                              ("ADD", "@Rn+", "PC"), ("SUB", "Rn", "Rm"), ("CMP", "#N", "Rm")) for w in "WA"]


def _repeat(op_word: int, ext: int, text: str, dis: str, n: int, w: str, expect) -> Case:
    ref = f"T4-18 Rn->Rm [1] n + 1 (n = {n})" if op_word >= 0x4000 else f"T4-17 Rn 1 + n (n = {n})"
    return Case(ref, text, w, n + 1, 2, expect, words=lambda _a: [ext, op_word], dis=dis)


def _rra_times(v: int, n: int, w: str) -> dict:
    for _ in range(n):
        c, v = v & 1, (v >> 1) | (v & MSB[w])
    return {"R9": v, "flags": (C if c else 0) | (N if v & MSB[w] else 0) | (Z if v == 0 else 0)}


REPEATS = [
    _repeat(0x5708, 0x1841, "rpt #2 { addx.w R7, R8", "ADDX R7, R8 [repeat 2]", 2, "W",
            lambda _at: {"R8": (0x0101 + 2 * 0x2345) & 0xFFFF, "flags": 0}),
    _repeat(0x5748, 0x180F, "rpt #16 { addx.a R7, R8", "ADDX.A R7, R8 [repeat 16]", 16, "A",
            lambda _at: {"R8": (0x00101 + 16 * 0x12345) & 0xFFFFF, "flags": 0}),
    _repeat(0x5708, 0x18C4, "rpt R4 { addx.w R7, R8", "ADDX R7, R8 [repeat R4]", 3, "W",   # R4[3:0] + 1 = 3
            lambda _at: {"R8": (0x0101 + 3 * 0x2345) & 0xFFFF, "flags": 0}),
    _repeat(0x1109, 0x1842, "rpt #3 { rrax.w R9", "RRAX R9 [repeat 3]", 3, "W",
            lambda _at: _rra_times(0xABCD, 3, "W")),
    _repeat(0x1149, 0x1803, "rpt #4 { rrax.a R9", "RRAX.A R9 [repeat 4]", 4, "A",
            lambda _at: _rra_times(0x0ABCD, 4, "A")),
]

# --- Table 4-17: RRAX/RRCX (and the unlisted RRUX, SWPBX, SXTX on the same row), PUSHX, POPX ---
OPERAND = {"Rn": ("R9", 9), "@Rn": ("@R5", 0x2000), "@Rn+": ("@R5+", 0x2000), "x(Rn)": ("4(R5)", 0x2004),
           "EDE": ("0x12004", 0x12004), "&EDE": ("&0x12000", 0x12000)}


def _shift(op: str, mode: str, w: str) -> Case:
    cw, ca, length = T4_17_SHIFT[mode]
    text, where = OPERAND[mode]

    def expect(_at):
        v = reg0(where, w) if where < 16 else init(where, w)
        res = (v >> 1) | ((v & MSB[w]) if op == "RRA" else 0)
        out = {"flags": (C if v & 1 else 0) | (N if res & MSB[w] else 0) | (Z if res == 0 else 0)}
        out |= {"R5": 0x2000 + STEP[w]} if mode == "@Rn+" else {}
        return out | ({"R9": res} if where < 16 else {(w, where): res})

    ref = f"T4-17 {op}X{'.A' if w == 'A' else '(.B)'} {mode}"
    return Case(ref, f"{op.lower()}x.{w.lower()} {text}", w, ca if w == "A" else cw, length, expect)


def _push(mode: str, w: str, via_sp: bool = False) -> Case:
    cw, ca, length = T4_17_PUSHX[mode]
    text = "4(SP)" if via_sp else IMM[w] if mode == "#N" else OPERAND[mode][0]

    def expect(_at):
        if via_sp:
            v = init(SP0 + 4, w)
        else:
            v = int(IMM[w][1:], 16) if mode == "#N" else _src_value(mode, w) if mode != "Rn" else reg0(9, w)
        sp = SP0 - (4 if w == "A" else 2)
        return {"SP": sp, (w, sp): v} | ({"R5": 0x2000 + STEP[w]} if mode == "@Rn+" else {})

    extra = SP_INDEX_EXTRA if via_sp else 0
    ref = f"T4-17 PUSHX{'.A' if w == 'A' else '(.B)'} {mode}{' Rn = SP [1]' if via_sp else ''}"
    return Case(ref, f"pushx.{w.lower()} {text}", w, (ca if w == "A" else cw) + extra, length, expect)


def _pop(dst: str, w: str) -> Case:
    cw, ca, length = T4_17_POPX[dst]

    def expect(_at):
        v = init(SP0, w)
        out = {"SP": SP0 + (4 if w == "A" else 2)}
        return out | ({"R8": v} if dst == "Rm" else {(w, DST[dst][1]): v})

    ref = f"T4-17 POPX{'.A' if w == 'A' else '(.B)'} {dst} (= T4-18 @Rn+ MOVX)"
    return Case(ref, f"movx.{w.lower()} @SP+, {DST[dst][0]}", w, ca if w == "A" else cw, length, expect)


FORMAT_II = [_shift(op, m, w) for op in ("RRA", "RRC") for m in T4_17_SHIFT for w in "WA"]
FORMAT_II += [_shift("RRA", m, "B") for m in T4_17_SHIFT]
FORMAT_II += [_push(m, w) for m in T4_17_PUSHX for w in "WAB"] + [_push("x(Rn)", w, True) for w in "WA"]
FORMAT_II += [_pop(d, w) for d in T4_17_POPX for w in "WAB"]
FORMAT_II += [
    Case("T4-17 RRCX Rn 1 + n (RRUX = RRCX with ZC)", "rrux.w R9", "W", 2, 2,
         lambda _at: {"R9": 0xABCD >> 1, "flags": C}),
    Case("T4-17 RRCX.A Rn 1 + n (RRUX = RRCX with ZC)", "rrux.a R9", "A", 2, 2,
         lambda _at: {"R9": 0x0ABCD >> 1, "flags": C}),
    # SWPBX and SXTX are not in Table 4-17; they share the RRAX column of the base table (Table 4-9)
    Case("T4-17 RRAX row (SWPBX not listed) Rn", "swpbx.w R9", "W", 2, 2, lambda _at: {"R9": 0xCDAB}),
    Case("T4-17 RRAX row (SWPBX not listed) &EDE", "swpbx.w &0x210A", "W", 5, 3,
         lambda _at: {("W", 0x210A): 0x0100}),
    Case("T4-17 RRAX.A row (SXTX not listed) Rn", "sxtx.a R9", "A", 2, 2,
         lambda _at: {"R9": 0xFFFCD, "flags": N | C}, words=lambda _a: [0x1800, 0x1189]),
    Case("T4-17 RRAX row (SXTX not listed) @Rn", "sxtx.w @R5", "W", 4, 2,
         lambda _at: {("W", 0x2000): 0x0011, "flags": C}),
]
CASES = FORMAT_I + REPEATS + FORMAT_II


@pytest.fixture(scope="module")
def prepared(tmp_path_factory):
    return prepare(CASES, tmp_path_factory.mktemp("x_cycles"))


@pytest.mark.skipif(MSPDEBUG is None, reason="mspdebug not installed")
def test_mspdebug_decodes_every_case_with_the_manuals_length_and_width(prepared):
    check_encodings(CASES, prepared)


def test_the_disassembler_reads_every_case_back(prepared):
    check_disassembly(CASES, prepared)


@pytest.mark.parametrize("i", range(len(CASES)), ids=[c.id for c in CASES])
def test_cycles_and_result(prepared, i):
    run_case(CASES[i], prepared.program, prepared.addrs[i])
