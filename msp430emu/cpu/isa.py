"""The MSP430 instruction table: single source of truth for the core, the disassembler and the cycle costs.

Everything the compiled core (``msp430emu.cpu.core``) needs is *generated* here from the declarative tables
below
into small numpy arrays: a 1024-entry decode table (instruction word >> 6 -> op id), per-op must-be-zero masks
and cycle arrays indexed by ``[timing][kind][src mode][dst column]``. The core itself holds no cycle numbers
and no opcode numbers of its own.

Sources (cited by table number, see docs/cpu.md):
* SLAU367P, MSP430FR58xx/59xx/68xx/69xx Family User's Guide, chapter 4 (CPUX):
  Table 4-8 (interrupt, return and reset cycles), Table 4-9 (format II cycles and lengths),
  Table 4-10 (format I cycles and lengths, footnote: MOV, BIT and CMP take one cycle less with a memory
  destination), section 4.4 (addressing modes, constant generators, Table 4-2 / 4-3).
* SLAU049F, MSP430x1xx Family User's Guide, chapter 3 (classic CPU):
  Table 3-14 (interrupt and reset cycles), Table 3-15 (format II cycles), Table 3-16 (format I cycles).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from msp430emu.cpu.state import TIMING_CLASSIC, TIMING_CPUXV2

# --- instruction formats -----------------------------------------------------------------------------------
FMT_I = 1     # two operands: opcode[15:12] rs[11:8] Ad[7] B/W[6] As[5:4] rd[3:0]
FMT_II = 2    # one operand:  000100 op[9:7] B/W[6] As[5:4] r[3:0]
FMT_JUMP = 3  # jumps:        001 cond[12:10] offset[9:0] (signed words)

# --- operand kinds for cycle tables (source rows, SLAU367 Tables 4-9/4-10 row order) ------------------------
SRC_REG, SRC_IND, SRC_INC, SRC_IMM, SRC_IDX, SRC_SYM, SRC_ABS = range(7)
SRC_MODE_NAMES = ("Rn", "@Rn", "@Rn+", "#N", "X(Rn)", "EDE", "&EDE")
# destination columns of format I (SLAU367 Table 4-10 column order)
DST_REG, DST_PC, DST_IDX, DST_SYM, DST_ABS = range(5)
DST_COL_NAMES = ("Rm", "PC", "x(Rm)", "EDE", "&EDE")

# --- format II cycle groups (SLAU367 Table 4-9 columns)
GRP_SHIFT, GRP_PUSH, GRP_CALL = range(3)

# --- cycle kinds of format I: normal, or "one cycle less to memory" (MOV, BIT, CMP on CPUXv2)
KIND_NORMAL, KIND_NO_WRITEBACK = 0, 1


@dataclass(frozen=True)
class Insn:
    """One core instruction: its mnemonic, format, opcode bits and behaviour flags.

    ``op`` is the op id used by the compiled core (1-based, 0 = illegal). ``writes_dst`` is False for CMP and
    BIT (the destination is only read), ``reads_dst`` is False for MOV (the destination is only written).
    ``no_writeback_discount``: SLAU367 Table 4-10 footnote, one cycle less for a memory destination on CPUXv2.
    """

    op: int
    name: str
    fmt: int
    code: int            # FMT_I: bits 15:12; FMT_II: bits 9:7; FMT_JUMP: bits 12:10
    flags: str           # status bits in TI's "V N Z C" order: '*' per result, '0' cleared, '-' kept
    reads_dst: bool = True
    writes_dst: bool = True
    byte_form: bool = True
    group: int = GRP_SHIFT   # FMT_II only
    no_writeback_discount: bool = False
    aliases: tuple[str, ...] = ()


# The 27 core instructions (SLAU367 4.5.1, Tables 4-4 .. 4-6; SLAU049 3.4).
INSNS: tuple[Insn, ...] = (
    Insn(1, "MOV", FMT_I, 0x4, "----", reads_dst=False, no_writeback_discount=True),
    Insn(2, "ADD", FMT_I, 0x5, "****"),
    Insn(3, "ADDC", FMT_I, 0x6, "****"),
    Insn(4, "SUBC", FMT_I, 0x7, "****"),
    Insn(5, "SUB", FMT_I, 0x8, "****"),
    Insn(6, "CMP", FMT_I, 0x9, "****", writes_dst=False, no_writeback_discount=True),
    Insn(7, "DADD", FMT_I, 0xA, "****"),   # V undefined per TI; see docs/cpu.md for what the core does
    Insn(8, "BIT", FMT_I, 0xB, "0***", writes_dst=False, no_writeback_discount=True),
    Insn(9, "BIC", FMT_I, 0xC, "----"),
    Insn(10, "BIS", FMT_I, 0xD, "----"),
    Insn(11, "XOR", FMT_I, 0xE, "****"),
    Insn(12, "AND", FMT_I, 0xF, "0***"),
    Insn(13, "RRC", FMT_II, 0, "0***"),
    Insn(14, "SWPB", FMT_II, 1, "----", byte_form=False),
    Insn(15, "RRA", FMT_II, 2, "0***"),
    Insn(16, "SXT", FMT_II, 3, "0***", byte_form=False),
    Insn(17, "PUSH", FMT_II, 4, "----", reads_dst=True, writes_dst=False, group=GRP_PUSH),
    Insn(18, "CALL", FMT_II, 5, "----", writes_dst=False, byte_form=False, group=GRP_CALL),
    Insn(19, "RETI", FMT_II, 6, "****", reads_dst=False, writes_dst=False, byte_form=False),
    Insn(20, "JNE", FMT_JUMP, 0, "----", aliases=("JNZ",)),
    Insn(21, "JEQ", FMT_JUMP, 1, "----", aliases=("JZ",)),
    Insn(22, "JNC", FMT_JUMP, 2, "----", aliases=("JLO",)),
    Insn(23, "JC", FMT_JUMP, 3, "----", aliases=("JHS",)),
    Insn(24, "JN", FMT_JUMP, 4, "----"),
    Insn(25, "JGE", FMT_JUMP, 5, "----"),
    Insn(26, "JL", FMT_JUMP, 6, "----"),
    Insn(27, "JMP", FMT_JUMP, 7, "----"),
)
OP_BY_NAME: dict[str, Insn] = {i.name: i for i in INSNS}
N_OPS = len(INSNS) + 1  # op ids 0..27, 0 = illegal

# op ids the core branches on (named here so core.py never spells a number)
(OP_MOV, OP_ADD, OP_ADDC, OP_SUBC, OP_SUB, OP_CMP,
 OP_DADD, OP_BIT, OP_BIC, OP_BIS, OP_XOR, OP_AND) = range(1, 13)
OP_RRC, OP_SWPB, OP_RRA, OP_SXT, OP_PUSH, OP_CALL, OP_RETI = range(13, 20)
OP_JNE, OP_JEQ, OP_JNC, OP_JC, OP_JN, OP_JGE, OP_JL, OP_JMP = range(20, 28)
OP_FIRST_FMT_II = OP_RRC
OP_FIRST_JUMP = OP_JNE
assert all(OP_BY_NAME[n].op == o for n, o in (("MOV", OP_MOV), ("AND", OP_AND), ("RRC", OP_RRC),
                                               ("RETI", OP_RETI), ("JNE", OP_JNE), ("JMP", OP_JMP)))

# Encodings the base ISA leaves to MSP430X (another issue): they decode to op 0 and stop with
# STOP_FAULT_ILLEGAL. 0x0000-0x0FFF MOVA/CALLA-class address instructions, 0x1301-0x13FF CALLA/RETI variants
# (RETI itself is exactly 0x1300), 0x1400-0x17FF PUSHM/POPM, 0x1800-0x1FFF extension-word prefix;
# SWPB.B, SXT.B and CALL.B are undefined (TI lists no byte form).
RETI_WORD = 0x1300

# --- constant generators (SLAU367 Table 4-2 / SLAU049 Table 3-2)
# (register, As) -> constant. R2 As=01 is absolute mode (not a constant), R2 As=00 is SR itself.
CONSTANT_GENERATORS: dict[tuple[int, int], int] = {
    (2, 2): 4, (2, 3): 8,
    (3, 0): 0, (3, 1): 1, (3, 2): 2, (3, 3): 0xFFFF,
}

# --- cycle tables (as printed by TI) ------------------------------------------------------------------------
# Format I: rows = source mode (SRC_*), columns = destination (DST_*). Constant-generator sources are
# charged as register mode (SLAU367 4.5.1.5.4 note; the same holds on the classic CPU, SLAU049 3.4.4).
FMT_I_CYCLES_TABLE = {
    # SLAU367 Table 4-10 (CPUXv2). MOV, BIT, CMP: one cycle less for x(Rm), EDE, &EDE (footnote [1]).
    TIMING_CPUXV2: (
        (1, 3, 4, 4, 4),   # Rn
        (2, 4, 5, 5, 5),   # @Rn
        (2, 4, 5, 5, 5),   # @Rn+
        (2, 3, 5, 5, 5),   # #N
        (3, 5, 6, 6, 6),   # X(Rn)
        (3, 5, 6, 6, 6),   # EDE
        (3, 5, 6, 6, 6),   # &EDE
    ),
    # SLAU049 Table 3-16 (classic MSP430 CPU).
    TIMING_CLASSIC: (
        (1, 2, 4, 4, 4),
        (2, 2, 5, 5, 5),
        (2, 3, 5, 5, 5),
        (2, 3, 5, 5, 5),
        (3, 3, 6, 6, 6),
        (3, 3, 6, 6, 6),
        (3, 3, 6, 6, 6),
    ),
}
# Timing models on which MOV/BIT/CMP save a cycle with a memory destination (SLAU367 Table 4-10 footnote).
NO_WRITEBACK_DISCOUNT = {TIMING_CPUXV2: 1, TIMING_CLASSIC: 0}

# Format II: rows = operand mode, columns = (RRA/RRC/SWPB/SXT, PUSH, CALL).
# '#N' for RRA/RRC/SWPB/SXT is "N/A" in TI's tables (it would modify the instruction stream); the core
# executes it as @PC+ and charges the @Rn+ figure.
FMT_II_CYCLES_TABLE = {
    # SLAU367 Table 4-9 (CPUXv2)
    TIMING_CPUXV2: (
        (1, 3, 4),   # Rn
        (3, 3, 4),   # @Rn
        (3, 3, 4),   # @Rn+
        (3, 3, 4),   # #N   (RRA column: N/A in TI's table, charged as @Rn+)
        (4, 4, 5),   # X(Rn)
        (4, 4, 5),   # EDE
        (4, 4, 6),   # &EDE
    ),
    # SLAU049 Table 3-15 (classic)
    TIMING_CLASSIC: (
        (1, 3, 4),
        (3, 4, 4),
        (3, 5, 5),
        (3, 4, 5),   # #N   (RRA column: N/A in TI's table, charged as @Rn+)
        (4, 5, 5),
        (4, 5, 5),
        (4, 5, 5),
    ),
}
# SLAU367 Table 4-8 / SLAU049 Table 3-14
JUMP_CYCLES_TABLE = {TIMING_CPUXV2: 2, TIMING_CLASSIC: 2}      # taken or not (SLAU367 4.5.1.5.3)
RETI_CYCLES_TABLE = {TIMING_CPUXV2: 5, TIMING_CLASSIC: 5}
IRQ_ENTRY_CYCLES_TABLE = {TIMING_CPUXV2: 6, TIMING_CLASSIC: 6}  # the host loads it into ctl[C_IRQ_CYCLES]
TIMINGS = (TIMING_CPUXV2, TIMING_CLASSIC)
TIMING_NAMES = {TIMING_CPUXV2: "cpuxv2", TIMING_CLASSIC: "classic"}

# --- the 24 emulated instructions (SLAU367 Table 4-7 / SLAU049 Table 3-12)
# (name, core op, source pattern, destination pattern, byte form allowed)
# source pattern: an int = that constant (from a constant generator or an immediate word), "@SP+",
#                 "dst" = the same operand as the destination, "any"
# destination pattern: "PC", "SR", "R3" (register mode), "any"
EMULATED: tuple[tuple[str, str, int | str, str, bool], ...] = (
    ("NOP", "MOV", 0, "R3", False),
    ("RET", "MOV", "@SP+", "PC", False),
    ("POP", "MOV", "@SP+", "any", True),
    ("BR", "MOV", "any", "PC", False),
    ("CLR", "MOV", 0, "any", True),
    ("CLRC", "BIC", 1, "SR", False),
    ("CLRZ", "BIC", 2, "SR", False),
    ("CLRN", "BIC", 4, "SR", False),
    ("DINT", "BIC", 8, "SR", False),
    ("SETC", "BIS", 1, "SR", False),
    ("SETZ", "BIS", 2, "SR", False),
    ("SETN", "BIS", 4, "SR", False),
    ("EINT", "BIS", 8, "SR", False),
    ("INC", "ADD", 1, "any", True),
    ("INCD", "ADD", 2, "any", True),
    ("DEC", "SUB", 1, "any", True),
    ("DECD", "SUB", 2, "any", True),
    ("TST", "CMP", 0, "any", True),
    ("INV", "XOR", -1, "any", True),
    ("ADC", "ADDC", 0, "any", True),
    ("SBC", "SUBC", 0, "any", True),
    ("DADC", "DADD", 0, "any", True),
    ("RLA", "ADD", "dst", "any", True),
    ("RLC", "ADDC", "dst", "any", True),
)


# --- generated lookup arrays for the compiled core
def _build_decode() -> tuple[np.ndarray, np.ndarray]:
    """DECODE[word >> 6] -> op id (0 = illegal); MBZ[op] = bits that must be zero in the word (RETI)."""
    decode = np.zeros(1024, dtype=np.int64)
    mbz = np.zeros(N_OPS, dtype=np.int64)
    for insn in INSNS:
        if insn.fmt == FMT_I:
            for low in range(64):   # bits 11:6 (rs, Ad, B/W) do not change the op
                decode[(insn.code << 6) | low] = insn.op
        elif insn.fmt == FMT_II:
            for bw in (0, 1):
                if bw and not insn.byte_form:
                    continue
                decode[(0x1000 | (insn.code << 7) | (bw << 6)) >> 6] = insn.op
        else:
            for low in range(16):   # offset bits 9:6
                decode[((0x2000 | (insn.code << 10)) >> 6) | low] = insn.op
    mbz[OP_RETI] = 0x003F   # RETI is exactly 0x1300; 0x1301-0x133F are MSP430X CALLA forms
    return decode, mbz


def _build_cycles() -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Cycle arrays indexed by timing model (TIMING_*)."""
    fmt1 = np.zeros((len(TIMINGS), 2, 7, 5), dtype=np.int64)
    fmt2 = np.zeros((len(TIMINGS), 7, 3), dtype=np.int64)
    jump = np.zeros(len(TIMINGS), dtype=np.int64)
    reti = np.zeros(len(TIMINGS), dtype=np.int64)
    for t in TIMINGS:
        base = np.array(FMT_I_CYCLES_TABLE[t], dtype=np.int64)
        fmt1[t, KIND_NORMAL] = base
        discounted = base.copy()
        discounted[:, DST_IDX:] -= NO_WRITEBACK_DISCOUNT[t]
        fmt1[t, KIND_NO_WRITEBACK] = discounted
        fmt2[t] = np.array(FMT_II_CYCLES_TABLE[t], dtype=np.int64)
        jump[t] = JUMP_CYCLES_TABLE[t]
        reti[t] = RETI_CYCLES_TABLE[t]
    return fmt1, fmt2, jump, reti


DECODE, MUST_BE_ZERO = _build_decode()
FMT1_CYCLES, FMT2_CYCLES, JUMP_CYCLES, RETI_CYCLES = _build_cycles()
# the core's fast path (msp430emu/cpu/loop.py) charges a register destination without the op's cycle kind
assert (FMT1_CYCLES[:, KIND_NORMAL, :, :DST_IDX] == FMT1_CYCLES[:, KIND_NO_WRITEBACK, :, :DST_IDX]).all()
# per op: 1 = MOV/BIT/CMP cycle kind; FMT_II group (shift/push/call)
FMT1_KIND = np.array([KIND_NO_WRITEBACK if (i and INSNS[i - 1].no_writeback_discount) else KIND_NORMAL
                      for i in range(N_OPS)], dtype=np.int64)
FMT2_GROUP = np.array([INSNS[i - 1].group if i else 0 for i in range(N_OPS)], dtype=np.int64)
# constant generator value for (reg, As), -1 = not a constant generator; index reg*4 + As (regs 2 and 3 only)
CG_VALUE = np.full(16, -1, dtype=np.int64)
for (_r, _as), _v in CONSTANT_GENERATORS.items():
    CG_VALUE[(_r - 2) * 4 + _as] = _v


def insn_by_op(op: int) -> Insn | None:
    """The instruction with op id ``op``, or None for 0 (illegal)."""
    return INSNS[op - 1] if 1 <= op <= len(INSNS) else None


def decode_op(word: int) -> int:
    """Op id of an instruction word (0 = illegal in the base ISA)."""
    op = int(DECODE[(word & 0xFFFF) >> 6])
    if op and (word & int(MUST_BE_ZERO[op])):
        return 0
    return op


def source_mode(reg: int, as_: int) -> int:
    """Cycle-table row (SRC_*) of a source operand; constant generators count as register mode."""
    if (reg, as_) in CONSTANT_GENERATORS:
        return SRC_REG
    if as_ == 0:
        return SRC_REG
    if as_ == 1:
        return SRC_SYM if reg == 0 else SRC_ABS if reg == 2 else SRC_IDX
    if as_ == 2:
        return SRC_IND
    return SRC_IMM if reg == 0 else SRC_INC


def dest_column(reg: int, ad: int) -> int:
    """Cycle-table column (DST_*) of a format I destination."""
    if ad == 0:
        return DST_PC if reg == 0 else DST_REG
    return DST_SYM if reg == 0 else DST_ABS if reg == 2 else DST_IDX


def cycles_of(word: int, timing: int = TIMING_CPUXV2) -> int:
    """Cycles of one instruction word from TI's tables (host-side mirror of the core's lookup)."""
    op = decode_op(word)
    insn = insn_by_op(op)
    if insn is None:
        raise ValueError(f"illegal instruction word 0x{word:04x}")
    if insn.fmt == FMT_JUMP:
        return int(JUMP_CYCLES[timing])
    if op == OP_RETI:
        return int(RETI_CYCLES[timing])
    as_, reg = (word >> 4) & 3, word & 0xF
    if insn.fmt == FMT_II:
        return int(FMT2_CYCLES[timing, source_mode(reg, as_), insn.group])
    rs, ad = (word >> 8) & 0xF, (word >> 7) & 1
    return int(FMT1_CYCLES[timing, FMT1_KIND[op], source_mode(rs, as_), dest_column(reg, ad)])


def needs_src_word(reg: int, as_: int) -> bool:
    """True if the source operand takes an extension word (indexed, symbolic, absolute, immediate)."""
    if (reg, as_) in CONSTANT_GENERATORS:
        return False
    return as_ == 1 or (as_ == 3 and reg == 0)


def length_of(word: int) -> int:
    """Instruction length in bytes (2, 4 or 6) of a base-ISA instruction word."""
    op = decode_op(word)
    insn = insn_by_op(op)
    if insn is None or insn.fmt == FMT_JUMP or op == OP_RETI:
        return 2
    n = 2 + 2 * needs_src_word(word & 0xF if insn.fmt == FMT_II else (word >> 8) & 0xF, (word >> 4) & 3)
    if insn.fmt == FMT_I and (word >> 7) & 1:
        n += 2
    return n


def encode_fmt1(name: str, byte: bool, rs: int, as_: int, rd: int, ad: int) -> int:
    """Instruction word of a format I instruction."""
    insn = OP_BY_NAME[name]
    if insn.fmt != FMT_I:
        raise ValueError(f"{name} is not a format I instruction")
    return (insn.code << 12) | (rs << 8) | (ad << 7) | (int(byte) << 6) | (as_ << 4) | rd


def encode_fmt2(name: str, byte: bool, reg: int, as_: int) -> int:
    """Instruction word of a format II instruction (RETI: 0x1300)."""
    insn = OP_BY_NAME[name]
    if insn.fmt != FMT_II:
        raise ValueError(f"{name} is not a format II instruction")
    if insn.op == OP_RETI:
        return RETI_WORD
    if byte and not insn.byte_form:
        raise ValueError(f"{name} has no byte form")
    return 0x1000 | (insn.code << 7) | (int(byte) << 6) | (as_ << 4) | reg


def encode_jump(name: str, offset_words: int) -> int:
    """Instruction word of a jump; the target is PC + 2 + 2 * offset_words (-512 .. 511)."""
    insn = next((i for i in INSNS if name in (i.name, *i.aliases)), None)
    if insn is None or insn.fmt != FMT_JUMP:
        raise ValueError(f"{name} is not a jump")
    if not -512 <= offset_words <= 511:
        raise ValueError(f"jump offset {offset_words} out of range -512..511")
    return 0x2000 | (insn.code << 10) | (offset_words & 0x3FF)
