"""What checks, saves and restores cost, in MCLK cycles and FRAM bytes (energy follows from the cycles at the
MCU's active current plus the ADC's extra current during a check; the energy model charges both).

The save and restore routines are modelled as the base-ISA instruction sequences a firmware Mementos
runtime executes (docs/checkpointing.md, "Costs"); their cycles come from the project's instruction table
(``msp430emu.cpu.isa.cycles_of``: TI's SLAU367 CPUXv2 tables), so a change of the table or of the routine
changes the figures here, and tests/msp430emu/test_checkpoint_cost.py runs the same routines assembled on
the emulator and compares. Above 8 MHz every FRAM access (each instruction word fetched from FRAM and each
FRAM data access) costs ``fram_wait`` extra cycles (FRCTL0.NWAITS; 0 at MCLK <= 8 MHz), as in the core.

Voltage check: Mementos reports ~647 cycles of ADC-mode power for one supply reading at 1 MHz (Ransford
et al., ASPLOS 2011, FIELD-NOTES 1); it is the default ``check_cycles``. ``adc12_check_cycles`` prices the
same check as an FR5969 ADC12_B routine (34 cycles at 1 MHz without reference settling); see the docs.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from msp430emu.checkpoint.layout import HEADER_SIZE, SAVED_REGISTERS, BundleLayout
from msp430emu.checkpoint.periph import HEADER_WORDS as PERIPH_HEADER_WORDS
from msp430emu.cpu import isa
from msp430emu.cpu.state import TIMING_CPUXV2

MEMENTOS_CHECK_CYCLES = 647     # one ADC supply reading, Mementos (ASPLOS 2011) at 1 MHz
R4, R12, R13, R14, R15 = 4, 12, 13, 14, 15
AS_REG, AS_IDX, AS_IND, AS_INC = 0, 1, 2, 3
IMM = (0, 3)                    # source #N (R0, As = 3)
ABS = (2, 1)                    # source/destination &ADDR (R2 indexed)
SR_REG = 2


@dataclass(frozen=True)
class Step:
    """One instruction of a modelled routine: its opcode word and its FRAM data accesses (fetches of the
    routine's own words from FRAM are counted from the instruction length)."""

    word: int
    fram_data: int = 0


def mov(src: tuple[int, int], rd: int, ad: int) -> int:
    return isa.encode_fmt1("MOV", False, src[0], src[1], rd, ad)


INCD_R13 = isa.encode_fmt1("ADD", False, 3, AS_IND, R13, 0)   # #2 from the constant generator R3
CMP_R14_R12 = isa.encode_fmt1("CMP", False, R14, AS_REG, R12, 0)

# per payload word of a save: load from SRAM, store into the slot, feed the CRC16 module, advance, loop
SAVE_LOOP = (Step(mov((R12, AS_INC), R15, 0)),           # mov @r12+, r15
             Step(mov((R15, AS_REG), R13, 1), 1),        # mov r15, 0(r13)      FRAM write
             Step(mov((R15, AS_REG), SR_REG, 1)),        # mov r15, &CRCDI      CRC16 module
             Step(INCD_R13),                             # incd r13
             Step(CMP_R14_R12),                          # cmp r14, r12
             Step(isa.encode_jump("JNC", -8)))           # jlo loop
LOOP_SETUP = (Step(mov(IMM, R12, 0)), Step(mov(IMM, R13, 0)), Step(mov(IMM, R14, 0)))
HEADER_STORE = Step(mov(IMM, R13, 1), 1)                 # mov #value, x(r13): header and commit words
REG_STORE = Step(mov((R4, AS_REG), R13, 1), 1)           # mov rN, x(r13): one saved register
CRC_FEED = Step(mov((R4, AS_REG), SR_REG, 1))            # mov rN, &CRCDI: a header or register word
CRC_STORE = Step(mov(ABS, R13, 1), 1)                    # mov &CRCINIRES, x(r13)
# restore: validate the slot (CRC over its payload), then copy it back
CRC_LOOP = (Step(mov((R12, AS_INC), R15, 0), 1),         # mov @r12+, r15  (llvm-mc-14 rejects @Rn+ to memory)
            Step(mov((R15, AS_REG), SR_REG, 1)),         # mov r15, &CRCDI
            Step(CMP_R14_R12),
            Step(isa.encode_jump("JNC", -5)))
RESTORE_LOOP = (Step(mov((R12, AS_INC), R15, 0), 1),     # mov @r12+, r15     FRAM read
                Step(mov((R15, AS_REG), R13, 1)),        # mov r15, 0(r13)    SRAM write
                Step(INCD_R13),
                Step(CMP_R14_R12),
                Step(isa.encode_jump("JNC", -6)))
REG_LOAD = Step(mov((R13, AS_IDX), R4, 0), 1)            # mov x(r13), rN
# the peripheral block (periph.py), unrolled from the device's register list as the firmware runtime's
# generated code does: a save stores each register into the slot (the block is outside the CRC); a restore
# compares the block's header words, then writes each step (a saved word, masked where listed, or a constant)
PERIPH_SAVE = Step(mov(ABS, R13, 1), 1)                   # mov &REG, x(r13)   FRAM write (no CRC)
PERIPH_LOAD = Step(mov((R13, AS_IDX), R15, 0), 1)         # mov x(r13), r15    FRAM read
PERIPH_CHECK = (Step(isa.encode_fmt1("CMP", False, 0, 3, R13, 1), 1),   # cmp #word, x(r13): block header
                Step(isa.encode_jump("JNE", 0)))                         # jne invalid
PERIPH_AND = Step(isa.encode_fmt1("AND", False, 0, 3, R15, 0))   # and #mask, r15
PERIPH_OR = Step(isa.encode_fmt1("BIS", False, 0, 3, R15, 0))    # bis #bits, r15
PERIPH_STORE = Step(mov((R15, AS_REG), SR_REG, 1))        # mov r15, &REG
PERIPH_COPY = Step(mov((R13, AS_IDX), SR_REG, 1), 1)      # mov x(r13), &REG   a word restored as saved
PERIPH_CONST_W = Step(mov(IMM, SR_REG, 1))                # mov #value, &REG
PERIPH_CONST_B = Step(isa.encode_fmt1("MOV", True, 0, 3, SR_REG, 1))  # mov.b #value, &REG


# the voltage check as an ADC12_B routine (set up once: REF 2.0 V on, SHT0 = 16 cycles, SHP, MODCLK, 12 bit,
# BATMAP, MCTL0 = channel 31 with VRSEL = VREF), common path: the supply is above the threshold
ADC12CTL0, ADC12CTL1, ADC12MEM0 = 0x0800, 0x0802, 0x0860
CHECK_ENTRY = (Step(isa.encode_fmt2("CALL", False, 0, 3)),               # call #check
               Step(isa.encode_fmt1("BIS", False, 0, 3, SR_REG, 1)))     # bis #ENC|SC, &ADC12CTL0
CHECK_POLL = (Step(isa.encode_fmt1("BIT", False, 3, 1, SR_REG, 1)),      # bit #BUSY, &ADC12CTL1
              Step(isa.encode_jump("JNE", -3)))                          # jnz poll
CHECK_EXIT = (Step(isa.encode_fmt1("CMP", False, 0, 3, SR_REG, 1)),      # cmp #threshold, &ADC12MEM0
              Step(isa.encode_jump("JC", 1)),                            # jhs above
              Step(mov((1, AS_INC), 0, 0)))                              # ret (mov @sp+, pc)


def cycles(steps: Step | tuple[Step, ...], fram_wait: int = 0, timing: int = TIMING_CPUXV2) -> int:
    """Cycles of a routine fragment run from FRAM with ``fram_wait`` extra cycles per FRAM access."""
    steps = (steps,) if isinstance(steps, Step) else steps
    return sum(isa.cycles_of(s.word, timing) + fram_wait * (isa.length_of(s.word) // 2 + s.fram_data)
               for s in steps)


def adc12_check_cycles(mclk_hz: float, adc_clk_hz: float = 5.0e6, sample_cycles: int = 16,
                       convert_cycles: int = 14, fram_wait: int = 0) -> int:
    """Cycles of one supply check by the ADC12_B routine above (CHECK_*): entry, polling BUSY while the
    conversion runs ((sample + convert) ADC12CLK cycles; MODCLK 5 MHz typical, SLAS704), exit. BUSY is
    seen clear by the first poll that starts after the conversion ends, so ceil(conversion / poll) + 1
    polls run. The reference's settling time (REF_A switched on per check) is not included."""
    poll = cycles(CHECK_POLL, fram_wait)
    conversion = (sample_cycles + convert_cycles) / adc_clk_hz * mclk_hz
    polls = math.ceil(conversion / poll - 1e-9) + 1
    return cycles(CHECK_ENTRY, fram_wait) + polls * poll + cycles(CHECK_EXIT, fram_wait)


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

    def _c(self, steps: Step | tuple[Step, ...]) -> int:
        return cycles(steps, self.fram_wait, self.timing)

    @property
    def save_cycles_per_word(self) -> int:
        return self._c(SAVE_LOOP)

    @property
    def restore_cycles_per_word(self) -> int:
        return self._c(CRC_LOOP) + self._c(RESTORE_LOOP)

    def periph_restore_cycles(self, layout: BundleLayout) -> int:
        """The writes of the peripheral block's restore steps (``and``/``bis`` only where a mask applies)."""
        total = 0
        for step in layout.periph.steps:
            if step.index < 0:
                total += self._c(PERIPH_CONST_B if step.size == 1 else PERIPH_CONST_W)
            elif step.and_mask == 0xFFFF and not step.or_mask:
                total += self._c(PERIPH_COPY)
            else:
                total += self._c(PERIPH_LOAD) + self._c(PERIPH_STORE)
                total += self._c(PERIPH_AND) if step.and_mask != 0xFFFF else 0
                total += self._c(PERIPH_OR) if step.or_mask else 0
        return total

    def check(self) -> Cost:
        """One voltage check at a trigger point (an ADC conversion and the code around it)."""
        return Cost(self.check_cycles, adc_conversions=1)

    def save_timeline(self, layout: BundleLayout, stack_len: int) -> list[int]:
        """For each byte of a save, in the order of ``bundle.plan_save``'s writes, the cycle (from the start
        of the save) at which the instruction that stores it completes. A failure at cycle t leaves exactly
        the bytes whose entry is <= t written; the last entry is the cycles of the whole save."""
        header_words = (HEADER_SIZE - 2 * len(SAVED_REGISTERS)) // 2
        store_word = self._c(SAVE_LOOP[:2])                     # load + FRAM store of one payload word
        rest_word = self.save_cycles_per_word - store_word
        setup, header, crc_feed = self._c(LOOP_SETUP), self._c(HEADER_STORE), self._c(CRC_FEED)
        t, out = 0, []

        def word(cost_before: int, cost_after: int = 0) -> None:
            nonlocal t
            t += cost_before
            out.extend((t, t))
            t += cost_after

        word(header)                                            # commit word cleared
        for _ in range(header_words):
            word(header, crc_feed)
        reg_store = self._c(REG_STORE)
        for _ in range(len(SAVED_REGISTERS)):
            word(reg_store, crc_feed)
        for nbytes in (stack_len, layout.globals_len):          # two copy loops
            t += setup
            for _ in range(nbytes // 2):
                word(store_word, rest_word)
        for _ in range(PERIPH_HEADER_WORDS if layout.periph.size else 0):   # peripheral block, no CRC
            word(header)
        periph_store = self._c(PERIPH_SAVE)
        for _ in layout.periph.addresses:
            word(periph_store)
        word(self._c(CRC_STORE))
        word(header)                                            # commit word, last
        return out

    def save(self, layout: BundleLayout, stack_len: int) -> Cost:
        """A complete save of ``stack_len`` live stack bytes with ``layout``'s globals."""
        timeline = self.save_timeline(layout, stack_len)
        return Cost(timeline[-1], fram_bytes_written=len(timeline))

    def restore(self, layout: BundleLayout, stack_len: int) -> Cost:
        """Validating the newest slot (CRC over its payload), copying it back and writing the peripheral
        registers back (the block's three header words compared, then the restore steps)."""
        copied_words = (stack_len + layout.globals_len) // 2
        fixed = 4 * self._c(LOOP_SETUP) + len(SAVED_REGISTERS) * self._c(REG_LOAD)
        if layout.periph.size:
            fixed += PERIPH_HEADER_WORDS * self._c(PERIPH_CHECK) + self.periph_restore_cycles(layout)
        read = HEADER_SIZE + 2 * (stack_len + layout.globals_len) + 4 + layout.periph.size
        return Cost(fixed + copied_words * self.restore_cycles_per_word, fram_bytes_read=read)


__all__ = ["MEMENTOS_CHECK_CYCLES", "Cost", "CostModel", "Step", "adc12_check_cycles", "cycles"]
