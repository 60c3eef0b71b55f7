"""MSP430X (CPUXv2) encodings and cycle tables, as data for msp430emu/core_x.py and the disassembler.

Encodings: SLAU367P section 4.5.2 (extension word, Figures 4-26..4-28: register-mode and non-register-mode
extension words), 4.5.2.2 (address instructions, Table 4-16), 4.6.3 (MOVA, ADDA, SUBA, CMPA, CALLA, RETA,
PUSHM, POPM, RRCM, RRAM, RLAM, RRUM).

Cycles (CPUXv2; MSP430X is not available on the TIMING_CLASSIC model), section "MSP430X Instruction
Execution" of the CPUX chapter: Table 4-17 (MSP430X format II cycles and lengths, with RxxM, PUSHM, POPM
and CALLA), Table 4-18 (MSP430X format I cycles and lengths, footnotes [1]-[4]), Table 4-19 (address
instruction cycles and lengths). SLAU367 (FR58xx/59xx) and SLAU445 (FR2xx/FR4xx) carry the same CPUXv2
chapter with the same table numbers; the numbers below were read from SLAU445I's tables (SLAU367P's table
bodies were not readable here). The CPUX of the x5xx/x6xx (SLAU208) differs in some entries. Sources and
the test of every entry: docs/cpu.md ("MSP430X cycles"), tests/msp430emu/test_x_cycles.py.
"""

from __future__ import annotations

import numpy as np

from msp430emu.cpu.isa import N_OPS, OP_BY_NAME, SRC_ABS, SRC_IDX, SRC_IMM, SRC_SYM

# --- extension word (0x1800-0x1FFF) ---
EXT_FIRST, EXT_END = 0x1800, 0x2000
EXT_AL = 0x0040        # A/L bit: with the instruction's B/W bit: 1/0 = .W, 1/1 = .B, 0/1 = .A
EXT_ZC = 0x0100        # register mode: carry treated as 0 (RRUX = RRCX with ZC)
EXT_RPT_REG = 0x0080   # register mode: repetition count in Rn[3:0] + 1 (else bits 3:0 + 1)

# --- address instructions (0x0000-0x0FFF): bits 7:4 select the form ---
(AF_MOVA_IND, AF_MOVA_INC, AF_MOVA_ABS, AF_MOVA_IDX, AF_SHIFT_A, AF_SHIFT_W, AF_MOVA_TO_ABS,
 AF_MOVA_TO_IDX) = range(8)
AF_IMM_FIRST = 8       # 8..11: MOVA, CMPA, ADDA, SUBA #imm20, Rdst
AF_REG_FIRST = 12      # 12..15: MOVA, CMPA, ADDA, SUBA Rsrc, Rdst
ADDR_OPS = ("MOVA", "CMPA", "ADDA", "SUBA")
SHIFT_OPS = ("RRCM", "RRAM", "RLAM", "RRUM")
RETA_WORD = 0x0110     # MOVA @SP+, PC

# --- CALLA (0x1340-0x13BF): bits 7:4 select the operand mode ---
CALLA_REG, CALLA_IDX, CALLA_IND, CALLA_INC, CALLA_ABS, CALLA_SYM = 4, 5, 6, 7, 8, 9
CALLA_IMM = 11

# --- PUSHM / POPM (0x1400-0x17FF) ---
PUSHPOP_POP = 0x0200   # bit 9: POPM
PUSHPOP_WORD = 0x0100  # bit 8: .W (else .A)

# --- cycle tables (CPUXv2; numbers as printed in SLAU367 / SLAU445, see the module docstring) ---
# Table 4-18, MSP430X format I, as printed: rows source mode (isa.SRC_*), columns destination (isa.DST_*:
# Rm, PC, x(Rm), EDE, &EDE). The Rn -> Rm entry is the cycle count of one execution (n = 1, see
# X_REPEAT_CYCLES_PER_EXTRA).
X_FMT1_CYCLES_TABLE = {
    "W": ((2, 4, 5, 5, 5),      # Rn
          (3, 5, 6, 6, 6),      # @Rn
          (3, 5, 6, 6, 6),      # @Rn+
          (3, 4, 6, 6, 6),      # #N
          (4, 6, 7, 7, 7),      # x(Rn)
          (4, 6, 7, 7, 7),      # EDE
          (4, 6, 7, 7, 7)),     # &EDE
    "A": ((2, 4, 7, 7, 7),
          (4, 6, 9, 9, 9),
          (4, 6, 9, 9, 9),
          (3, 4, 8, 8, 8),
          (5, 7, 10, 10, 10),
          (5, 7, 10, 10, 10),
          (5, 7, 10, 10, 10)),
}
# Table 4-18 footnotes [2] / [3]: MOV, BIT and CMP with a memory destination take 1 (.B/.W) / 2 (.A) fewer.
X_FMT1_MEM_DST_OPS = ("MOV", "BIT", "CMP")
X_FMT1_MEM_DST_DISCOUNT = {"W": 1, "A": 2}
# Table 4-18 footnote [4]: MOV, ADD and SUB to PC from #N, x(Rn), EDE or &EDE take one cycle fewer.
X_FMT1_PC_DST_OPS = ("MOV", "ADD", "SUB")
X_FMT1_PC_DST_ROWS = (SRC_IMM, SRC_IDX, SRC_SYM, SRC_ABS)
X_FMT1_PC_DST_DISCOUNT = 1
# Table 4-17, MSP430X format II: rows operand mode (isa.SRC_*), columns (RRAX/RRCX/RRUX/SWPBX/SXTX, PUSHX);
# 0 = not available (#N of the shifts). TI lists RRAX and RRCX; RRUX is RRCX with ZC and SWPBX/SXTX share
# their column in the base table (Table 4-9). The register row is the count of one execution: "1 + n".
X_FMT2_CYCLES_TABLE = {
    "W": ((2, 4), (4, 4), (4, 4), (0, 4), (5, 5), (5, 5), (5, 5)),
    "A": ((2, 5), (6, 6), (6, 6), (0, 5), (7, 7), (7, 7), (7, 7)),
}
# Table 4-17 footnote [1]: CALLA x(Rn) and PUSHX x(Rn) take one cycle more when Rn = SP.
X_INDEXED_SP_EXTRA = 1
# Repeated register-mode instructions (Table 4-18 footnote [1]: "n + 1 cycles"; Table 4-17: "1 + n"): the
# count of one execution (the tables above) plus one cycle per further repetition.
X_REPEAT_CYCLES_PER_EXTRA = 1
# Table 4-17, CALLA row, by CALLA form (bits 7:4); 0 = not a CALLA form
CALLA_CYCLES_TABLE = {CALLA_REG: 5, CALLA_IDX: 5, CALLA_IND: 6, CALLA_INC: 6, CALLA_ABS: 7, CALLA_SYM: 7,
                      CALLA_IMM: 5}
# Table 4-19, address instructions: (to Rm, to PC) by form (bits 7:4). RETA = MOVA @SP+, PC.
ADDR_CYCLES_TABLE = {
    AF_MOVA_IND: (3, 5), AF_MOVA_INC: (3, 5), AF_MOVA_ABS: (4, 6), AF_MOVA_IDX: (4, 6),
    AF_MOVA_TO_ABS: (4, 4), AF_MOVA_TO_IDX: (4, 4),
    8: (2, 3), 9: (3, 3), 10: (3, 3), 11: (3, 3),       # MOVA / CMPA / ADDA / SUBA #imm20
    12: (1, 3), 13: (1, 3), 14: (1, 3), 15: (1, 3),     # MOVA / CMPA / ADDA / SUBA Rsrc
}
# Table 4-17: RRCM/RRAM/RLAM/RRUM n cycles; PUSHM/POPM .W 2 + n, .A 2 + 2n: (base, per register)
SHIFT_M_CYCLES_PER_BIT = 1
PUSHPOP_CYCLES = {"A": (2, 2), "W": (2, 1)}
KIND_X_MEM_DST, KIND_X_PC_DST = 1, 2   # bits of X_FMT1_KIND


def _arrays() -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    kind = np.zeros(N_OPS, dtype=np.int64)
    for name in X_FMT1_MEM_DST_OPS:
        kind[OP_BY_NAME[name].op] |= KIND_X_MEM_DST
    for name in X_FMT1_PC_DST_OPS:
        kind[OP_BY_NAME[name].op] |= KIND_X_PC_DST
    fmt1 = np.zeros((2, 4, 7, 5), dtype=np.int64)
    for wide, width in enumerate(("W", "A")):
        base = np.array(X_FMT1_CYCLES_TABLE[width], dtype=np.int64)
        for k in range(4):
            table = base.copy()
            if k & KIND_X_MEM_DST:
                table[:, 2:] -= X_FMT1_MEM_DST_DISCOUNT[width]
            if k & KIND_X_PC_DST:
                table[list(X_FMT1_PC_DST_ROWS), 1] -= X_FMT1_PC_DST_DISCOUNT
            fmt1[wide, k] = table
    fmt2 = np.array([X_FMT2_CYCLES_TABLE["W"], X_FMT2_CYCLES_TABLE["A"]], dtype=np.int64)
    calla = np.zeros(16, dtype=np.int64)
    for form, c in CALLA_CYCLES_TABLE.items():
        calla[form] = c
    addr = np.zeros((16, 2), dtype=np.int64)
    for form, c in ADDR_CYCLES_TABLE.items():
        addr[form] = c
    pushpop = np.array([PUSHPOP_CYCLES["W"], PUSHPOP_CYCLES["A"]], dtype=np.int64)
    return kind, fmt1, fmt2, calla, addr, pushpop


# X_FMT1_KIND[op]: which Table 4-18 footnotes apply to a format I op (bit 0 [2]/[3], bit 1 [4]);
# X_FMT1_CYCLES[0 = .B/.W, 1 = .A][kind][src][dst]; X_FMT2_CYCLES[wide][src][0 = shifts, 1 = PUSHX]
X_FMT1_KIND, X_FMT1_CYCLES, X_FMT2_CYCLES, CALLA_CYCLES, ADDR_CYCLES, PUSHPOP_CYCLE_PARTS = _arrays()
