"""MSP430X (CPUXv2) encodings and cycle tables, as data for msp430emu/core_x.py and the disassembler.

Encodings: SLAU367P section 4.5.2 (extension word, Figures 4-26..4-28: register-mode and non-register-mode
extension words), 4.5.2.2 (address instructions, Table 4-16), 4.6.3 (MOVA, ADDA, SUBA, CMPA, CALLA, RETA,
PUSHM, POPM, RRCM, RRAM, RLAM, RRUM).

Cycles (CPUXv2; MSP430X is not available on the TIMING_CLASSIC model): SLAU367P Table 4-17 (MSP430X format II
cycles), Table 4-18 (MSP430X format I cycles), Table 4-19 (address-instruction cycles); PUSHM/POPM and
RRxM from their instruction descriptions in 4.6.3. See docs/cpu.md for how these numbers were obtained.
"""

from __future__ import annotations

import numpy as np

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

# --- cycle tables (SLAU367P) ---
# Table 4-18, MSP430X format I: rows source mode (isa.SRC_*), columns destination (isa.DST_*); (.B/.W, .A)
X_FMT1_CYCLES_TABLE = {
    "W": ((2, 3, 5, 5, 5), (3, 4, 6, 6, 6), (3, 4, 6, 6, 6), (3, 4, 6, 6, 6),
          (4, 5, 7, 7, 7), (4, 5, 7, 7, 7), (4, 5, 7, 7, 7)),
    "A": ((2, 3, 7, 7, 7), (4, 5, 9, 9, 9), (4, 5, 9, 9, 9), (3, 4, 8, 8, 8),
          (5, 6, 10, 10, 10), (5, 6, 10, 10, 10), (5, 6, 10, 10, 10)),
}
# Table 4-17, MSP430X format II: rows operand mode, columns (RRAX/RRCX/RRUX/SWPBX/SXTX, PUSHX)
X_FMT2_CYCLES_TABLE = {
    "W": ((1, 3), (4, 4), (4, 4), (4, 4), (5, 5), (5, 5), (5, 5)),
    "A": ((1, 4), (5, 5), (5, 5), (5, 5), (7, 6), (7, 6), (7, 6)),
}
# Table 4-17, CALLA column, by CALLA form (bits 7:4); 0 = not a CALLA form
CALLA_CYCLES_TABLE = {CALLA_REG: 5, CALLA_IDX: 5, CALLA_IND: 5, CALLA_INC: 5, CALLA_ABS: 6, CALLA_SYM: 6,
                      CALLA_IMM: 5}
# Table 4-19, address instructions: (to a register, to PC) by form (bits 7:4); RxxM: n cycles
ADDR_CYCLES_TABLE = {
    AF_MOVA_IND: (3, 4), AF_MOVA_INC: (3, 4), AF_MOVA_ABS: (4, 5), AF_MOVA_IDX: (4, 5),
    AF_MOVA_TO_ABS: (4, 4), AF_MOVA_TO_IDX: (4, 4),
    8: (2, 3), 9: (3, 3), 10: (3, 3), 11: (3, 3),       # MOVA / CMPA / ADDA / SUBA #imm20
    12: (1, 3), 13: (1, 3), 14: (1, 3), 15: (1, 3),     # MOVA / CMPA / ADDA / SUBA Rsrc
}
# PUSHM/POPM: base + per register (SLAU367P 4.6.3: .A 2 + 2n, .W 2 + n)
PUSHPOP_CYCLES = {"A": (2, 2), "W": (2, 1)}


def _arrays() -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    fmt1 = np.array([X_FMT1_CYCLES_TABLE["W"], X_FMT1_CYCLES_TABLE["A"]], dtype=np.int64)
    fmt2 = np.array([X_FMT2_CYCLES_TABLE["W"], X_FMT2_CYCLES_TABLE["A"]], dtype=np.int64)
    calla = np.zeros(16, dtype=np.int64)
    for form, c in CALLA_CYCLES_TABLE.items():
        calla[form] = c
    addr = np.zeros((16, 2), dtype=np.int64)
    for form, c in ADDR_CYCLES_TABLE.items():
        addr[form] = c
    pushpop = np.array([PUSHPOP_CYCLES["W"], PUSHPOP_CYCLES["A"]], dtype=np.int64)
    return fmt1, fmt2, calla, addr, pushpop


# [0 = .B/.W, 1 = .A][...]
X_FMT1_CYCLES, X_FMT2_CYCLES, CALLA_CYCLES, ADDR_CYCLES, PUSHPOP_CYCLE_PARTS = _arrays()
