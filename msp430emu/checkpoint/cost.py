"""What checks, saves and restores cost, in MCLK cycles and FRAM bytes (energy follows from the cycles at the
MCU's active current plus the ADC's extra current during a check; the energy model charges both).

The save and restore routines are modelled as the base-ISA instruction sequences a firmware Mementos
runtime executes (docs/checkpointing.md, "Costs"); their cycles come from the project's instruction table
(``msp430emu.isa.cycles_of``: TI's SLAU367 CPUXv2 tables), so a change of the table or of the routine
changes the figures here, and tests/msp430emu/test_checkpoint_cost.py runs the same routines assembled on
the emulator and compares. FRAM needs no wait state at MCLK <= 8 MHz (ctl[C_FRAM_WAIT] adds
``fram_wait`` cycles per FRAM access above that).

Voltage check: Mementos reports ~647 cycles of ADC-mode power for one supply reading at 1 MHz (Ransford
et al., ASPLOS 2011, FIELD-NOTES 1); it is the default ``check_cycles``. See the docs for the ADC12_B view.
"""

from __future__ import annotations

from dataclasses import dataclass

from msp430emu import isa
from msp430emu.checkpoint.layout import HEADER_SIZE, SAVED_REGISTERS, BundleLayout
from msp430emu.state import TIMING_CPUXV2

MEMENTOS_CHECK_CYCLES = 647     # one ADC supply reading, Mementos (ASPLOS 2011) at 1 MHz
R4, R12, R13, R14, R15 = 4, 12, 13, 14, 15
AS_REG, AS_IDX, AS_IND, AS_INC = 0, 1, 2, 3
IMM = (0, 3)                    # source #N (R0, As = 3)
ABS = (2, 1)                    # source/destination &ADDR (R2 indexed)


def mov(src: tuple[int, int], rd: int, ad: int) -> int:
    return isa.encode_fmt1("MOV", False, src[0], src[1], rd, ad)


# --- the save routine, as instruction words (operands chosen as a hand-written routine would) -----------
# per payload word: load, store into the slot, feed the CRC16 module, advance, loop
SAVE_LOOP = (mov((R12, AS_INC), R15, 0),          # mov @r12+, r15
             mov((R15, AS_REG), R13, 1),          # mov r15, 0(r13)         FRAM write
             mov((R15, AS_REG), 2, 1),            # mov r15, &CRCDI         CRC16 module
             isa.encode_fmt1("ADD", False, 3, AS_IND, R13, 0),   # incd r13 (#2: constant generator R3)
             isa.encode_fmt1("CMP", False, R14, AS_REG, R12, 0),  # cmp r14, r12
             isa.encode_jump("JNC", -8))          # jlo loop
SAVE_LOOP_SETUP = (mov(IMM, R12, 0), mov(IMM, R13, 0), mov(IMM, R14, 0))   # src, dst, end of one copy
HEADER_STORE = mov(IMM, R13, 1)                    # mov #value, x(r13): header words, commit words
REG_STORE = mov((R4, AS_REG), R13, 1)         # mov rN, x(r13): one saved register
CRC_STORE = mov(ABS, R13, 1)                       # mov &CRCINIRES, x(r13)
# restore: validate (CRC over the payload), then copy back
RESTORE_LOOP = (mov((R12, AS_INC), R15, 0),        # mov @r12+, r15
                mov((R15, AS_REG), R13, 1),        # mov r15, 0(r13)         SRAM write
                isa.encode_fmt1("ADD", False, 3, AS_IND, R13, 0),  # incd r13
                isa.encode_fmt1("CMP", False, R14, AS_REG, R12, 0),
                isa.encode_jump("JNC", -6))
CRC_LOOP = (mov((R12, AS_INC), R15, 0),            # mov @r12+, r15  (llvm-mc-14 rejects @Rn+ to memory)
            mov((R15, AS_REG), 2, 1),              # mov r15, &CRCDI
            isa.encode_fmt1("CMP", False, R14, AS_REG, R12, 0),
            isa.encode_jump("JNC", -5))
REG_LOAD = mov((R13, AS_IDX), R4, 0)               # mov x(r13), rN


def _cycles(words: tuple[int, ...] | int, timing: int = TIMING_CPUXV2) -> int:
    words = (words,) if isinstance(words, int) else words
    return sum(isa.cycles_of(w, timing) for w in words)


@dataclass(frozen=True)
class Cost:
    """Cycles (including FRAM wait states) and FRAM traffic of one operation."""

    cycles: int
    fram_bytes_written: int = 0
    fram_bytes_read: int = 0
    adc_conversions: int = 0


@dataclass(frozen=True)
class CostModel:
    """Per-operation costs; ``fram_wait`` = extra cycles per FRAM access (FRCTL0.NWAITS above 8 MHz)."""

    check_cycles: int = MEMENTOS_CHECK_CYCLES
    fram_wait: int = 0
    timing: int = TIMING_CPUXV2

    @property
    def save_cycles_per_word(self) -> int:
        return _cycles(SAVE_LOOP, self.timing) + self.fram_wait

    @property
    def restore_cycles_per_word(self) -> int:
        return _cycles(RESTORE_LOOP, self.timing) + _cycles(CRC_LOOP, self.timing) + 2 * self.fram_wait

    def check(self) -> Cost:
        """One voltage check at a trigger point (an ADC conversion and the code around it)."""
        return Cost(self.check_cycles, adc_conversions=1)

    def save(self, layout: BundleLayout, stack_len: int) -> Cost:
        """A complete save of ``stack_len`` live stack bytes with ``layout``'s globals."""
        header_words = (HEADER_SIZE - 2 * len(SAVED_REGISTERS)) // 2
        copied_words = (stack_len + layout.globals_len) // 2
        fixed = (2 * _cycles(SAVE_LOOP_SETUP, self.timing)              # two copy loops: stack, globals
                 + (header_words + 2) * (_cycles(HEADER_STORE, self.timing) + self.fram_wait)  # +2: commit
                 + len(SAVED_REGISTERS) * (_cycles(REG_STORE, self.timing) + 2 * self.fram_wait)
                 + _cycles(CRC_STORE, self.timing) + self.fram_wait)
        written = HEADER_SIZE + stack_len + layout.globals_len + 6      # + commit clear, crc, commit
        return Cost(fixed + copied_words * self.save_cycles_per_word, fram_bytes_written=written)

    def restore(self, layout: BundleLayout, stack_len: int) -> Cost:
        """Validating the newest slot (CRC over its payload) and copying it back."""
        copied_words = (stack_len + layout.globals_len) // 2
        fixed = (2 * _cycles(SAVE_LOOP_SETUP, self.timing)
                 + len(SAVED_REGISTERS) * (_cycles(REG_LOAD, self.timing) + self.fram_wait))
        read = HEADER_SIZE + 2 * (stack_len + layout.globals_len) + 4
        return Cost(fixed + copied_words * self.restore_cycles_per_word, fram_bytes_read=read)


__all__ = ["MEMENTOS_CHECK_CYCLES", "Cost", "CostModel"]
