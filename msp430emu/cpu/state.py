"""Machine state as flat arrays: the contract between the compiled core and the host.

The compiled core (``msp430emu.cpu.core``) sees only four arrays:

``mem``   uint8[MEM_SIZE]   every byte of the 20-bit address space (peripheral registers live here too)
``attr``  uint8[MEM_SIZE]   per-byte access attributes (``A_*`` bits below); 0 means unmapped
``regs``  int64[16]         R0 (PC) .. R15; values kept masked to the register width (16 bits base ISA,
                            20 bits once MSP430X address-word instructions touch them)
``ctl``   int64[CTL_SIZE]   counters, stop information and host<->core flags (``C_*`` slots below)

The host (``msp430emu.machine.machine``) owns everything else: peripherals, power, time, strategies. The
core runs
until ``ctl[C_CYCLES] >= cycle_limit`` or until something needs the host, and returns a ``STOP_*`` code.

Memory access rules the core implements
---------------------------------------
* ``attr == 0``: unmapped. Any access stops with ``STOP_FAULT_UNMAPPED`` (``C_STOP_ADDR`` = address,
  ``C_STOP_PC`` = start of the instruction). Nothing of the instruction is committed.
* ``A_R`` / ``A_W``: readable / writable. A write to a mapped byte without ``A_W`` (flash, ROM, TLV) stops
  with ``STOP_FAULT_READONLY``.
* ``A_HOOK_R``: the value must be synchronised by the host before it is read (e.g. a free-running timer
  counter). Unless ``ctl[C_IO_PASS]`` is 1, the core abandons the instruction *before committing anything*
  (PC back at its start, no autoincrement kept) and stops with ``STOP_HOOK_READ`` and the address. The host
  refreshes ``mem`` and calls the core again with ``C_IO_PASS = 1``; the core clears ``C_IO_PASS`` after
  completing one instruction.
* ``A_HOOK_W``: the write is done into ``mem`` and the core stops *after* the instruction with
  ``STOP_HOOK_WRITE`` (``C_STOP_ADDR``, ``C_STOP_VALUE`` = value written, ``C_STOP_SIZE`` = 1 or 2) so the
  host can apply side effects (UART TX, GPIO event, WDT password, ADC start...). One instruction writes at
  most one destination, so one report suffices.
* ``A_NVM``: FRAM. Each word/byte access counts in ``C_FRAM_READS`` / ``C_FRAM_WRITES`` and costs
  ``ctl[C_FRAM_WAIT]`` extra cycles (0 at MCLK <= 8 MHz). Instruction fetches from FRAM count as reads.
* ``A_BREAK`` on the first byte of an instruction: stop with ``STOP_BREAK`` *before* executing it (used for
  ``--until SYMBOL`` and host-side hooks). The host clears or steps over it (``C_IO_PASS`` also lets the
  next instruction start on a break address once).
* ``A_TRIGGER`` on the first byte of an instruction: a checkpoint trigger point (Mementos). The core charges
  ``ctl[C_TRIG_COST]`` cycles inline (the voltage check), counts ``C_TRIG_COUNT``, and only if
  ``ctl[C_CYCLES] >= ctl[C_TRIG_ARM]`` stops with ``STOP_TRIGGER`` before the instruction (PC = trigger
  address, cost already charged). The host knows in advance the cycle at which the voltage falls below
  the threshold and arms it; ``C_TRIG_ARM = NEVER`` disarms. With a save program (``C_SAVE_ON``, below;
  msp430emu/cpu/core_save.py) an armed trigger point inside the program's interval saves in the core
  instead of stopping, records the save in the save buffer (``C_SAVE_COUNT``) and goes on; it stops with
  ``STOP_LIMIT`` before the instruction when the save reached ``cycle_limit`` or filled the buffer.

Interrupts and low-power modes
------------------------------
* The host computes the highest-priority pending interrupt and writes its vector address (e.g. 0xFFF2) to
  ``C_IRQ_VECTOR`` (0 = none) and ``C_IRQ_NMI`` (1 = non-maskable). Before each instruction, if a vector is
  pending and (GIE is set or it is an NMI), the core takes it: push PC, push SR, clear SR (GIE, CPUOFF,
  OSCOFF, SCG1; SCG0 is kept, per SLAU367), PC = word at the vector, charge the entry cycles, then stop with
  ``STOP_IRQ`` (``C_STOP_ADDR`` = vector) so the host acknowledges the source and recomputes the next pending
  vector. A pending interrupt also wakes the CPU from a low-power mode this way.
* When SR has CPUOFF set (by any instruction, or at entry) and no interrupt can be taken, the core stops
  with ``STOP_LPM``. The host advances time to the next event; with GIE clear and no NMI source, the run
  is over (``exit(int)`` enters LPM4 with interrupts disabled).

Stop codes are plain ints so numba can return them; names for reports are in ``STOP_NAMES``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

MEM_SIZE = 1 << 20  # 20-bit address space (MSP430X reaches 0xFFFFF)
NEVER = (1 << 62)   # a cycle count that is never reached

# --- per-byte attribute bits (attr array) ---------------------------------------------------------------
A_R = 0x01        # readable (mapped)
A_W = 0x02        # writable
A_HOOK_R = 0x04   # host must sync the value before a read (stop before the instruction)
A_HOOK_W = 0x08   # host applies side effects after a write (stop after the instruction)
A_NVM = 0x10      # FRAM (non-volatile): counted, wait states
A_BREAK = 0x20    # stop before executing an instruction starting here
A_TRIGGER = 0x40  # checkpoint trigger point (voltage check inline, stop only when armed)
A_VOLATILE = 0x80  # SRAM: lost at power failure (informational for the host; the core ignores it)

# --- ctl slots ----------------------------------------------------------------------------------------------
C_CYCLES = 0       # total MCLK cycles executed (monotonic across the run)
C_INSNS = 1        # total instructions executed
C_STOP = 2         # last stop code
C_STOP_PC = 3      # address of the instruction that caused the stop
C_STOP_ADDR = 4    # memory address involved (fault, hook, break, irq vector)
C_STOP_VALUE = 5   # value written (hook write)
C_STOP_SIZE = 6    # access size in bytes (1 or 2; 4 for 20-bit address-word accesses)
C_IRQ_VECTOR = 7   # pending interrupt vector address, 0 = none (host-computed)
C_IRQ_NMI = 8      # 1 if the pending interrupt is non-maskable
C_IO_PASS = 9      # 1 = the next instruction may read A_HOOK_R bytes / start on A_BREAK (core clears it)
C_FRAM_WAIT = 10   # extra cycles per FRAM access (FRCTL0.NWAITS when MCLK > 8 MHz)
C_FRAM_READS = 11  # FRAM accesses: reads and fetches
C_FRAM_WRITES = 12 # FRAM accesses: writes
C_TRIG_COST = 13   # cycles charged at each trigger point (the voltage check)
C_TRIG_ARM = 14    # cycle count at or after which a trigger point stops to the host (NEVER = disarmed)
C_TRIG_COUNT = 15  # trigger checks executed
C_TIMING = 16      # cycle model: TIMING_CPUXV2 (FR parts, SLAU367) or TIMING_CLASSIC (SLAU049)
C_INSN_LIMIT = 17  # stop with STOP_LIMIT once C_INSNS reaches this (NEVER = no limit); used for stepping
C_LAST_PC = 18     # address of the last instruction started (for fault and power-failure reports)
C_IRQ_CYCLES = 19  # cycles charged for interrupt entry (6 on both timing models)
C_TRIG_DONE = 20   # core-internal: (address + 1) of a trigger point already checked and charged for
                   # the instruction about to start (a resume after STOP_TRIGGER / STOP_HOOK_READ does not
                   # charge twice); 0 = none. The core clears it when an instruction completes; a host that
                   # moves PC (checkpoint restore, reset) sets it to 0.
C_NO_FAST = 21     # 1: run_core never calls the fast path (cpu/fast.py); the tests compare the two paths
# in-core checkpoint saves (cpu/core_save.py; set by checkpoint/incore.py): an armed trigger point whose check
# ends at a cycle c in [C_SAVE_FROM, C_SAVE_RISE) saves in the core, without stopping, if the save ends
# before C_SAVE_FAIL; otherwise it stops with STOP_TRIGGER as before
C_SAVE_ON = 26     # 1: the save program (ctl[SAVE_PROG:]) and the interval below are valid
C_SAVE_FROM = 27   # first cycle at which a check finds V < V_thresh (the host saw it there)
C_SAVE_RISE = 28   # checks ending at or after this cycle stop to the host (V may be back above V_thresh)
C_SAVE_FAIL = 29   # a save must end before this cycle (V_off, less a guard): nearer, the host tears it
C_SAVE_COUNT = 30  # saves in the save buffer (ctl[SAVE_BUF:]) the host has not read yet
C_SAVE_MEMO = 31   # the globals' CRC memo (below): 0 off, 1 on (SAVE_SHIFT set by the host), 2 on and filled
# the save program: SP_* offsets from SAVE_PROG (scalars), the peripheral register addresses from
# SAVE_PERIPH (at most SAVE_MAX_PERIPH), the save buffer from SAVE_BUF (SAVE_BUF_CAP records of SB_SIZE)
SAVE_PROG = 32
(SP_SLOT0, SP_SLOT1, SP_OFF_COMMIT, SP_OFF_STACK, SP_OFF_GLOBALS, SP_OFF_PERIPH, SP_OFF_CRC, SP_STACK_LOW,
 SP_STACK_TOP, SP_GLOBALS_START, SP_GLOBALS_LEN, SP_CYCLES0, SP_CYCLES_WORD, SP_MAGIC, SP_VERSION,
 SP_COMMIT_BASE, SP_PERIPH_N, SP_PERIPH_H0, SP_PERIPH_H1, SP_PERIPH_H2, SP_NEXT_SEQ, SP_NEXT_SLOT,
 SP_TOKEN) = range(23)
SAVE_PERIPH = 64
SAVE_MAX_PERIPH = 192
SAVE_BUF = SAVE_PERIPH + SAVE_MAX_PERIPH
SB_CYCLE, SB_CHECKS, SB_SEQ, SB_CYCLES, SB_BYTES = range(5)   # a record: the check's end, C_TRIG_COUNT, ...
SB_SIZE = 5
SAVE_BUF_CAP = 1024   # records the buffer holds; the core stops when it is full
SAVE_BUF_MIN = 64     # the capacity of a program that sets none (C_SAVE_CAP = 0)
# the globals' CRC memo (core_save.py): the CRC register is affine in the bytes, so after the live stack it
# is SHIFT(register) ^ CRC_0(globals), SHIFT the advance over globals_len zero bytes (two 256-entry tables
# from SAVE_SHIFT, for the program's globals_len) and CRC_0 the CRC from 0 of the globals, kept at
# SAVE_MEMO_CRC with a copy of the bytes it covers (one a slot from SAVE_MEMO, at most SAVE_MEMO_MAX): the
# kernel compares the globals with the copy at each save and recomputes CRC_0 when any byte differs
SAVE_SHIFT = SAVE_BUF + SB_SIZE * SAVE_BUF_CAP
SAVE_MEMO_CRC = SAVE_SHIFT + 512
SAVE_MEMO = SAVE_MEMO_CRC + 1
SAVE_MEMO_MAX = 4096
C_SAVE_CAP = SAVE_MEMO + SAVE_MEMO_MAX   # the program's buffer capacity (<= SAVE_BUF_CAP; 0: SAVE_BUF_MIN)
# a periodic tick fired inside the core (cpu/ticks.py; mementos-timer's timer, set by Machine.run for one core
# run): where the core would stop at its cycle limit only for the tick, it fires it (charges C_TICK_ISR,
# arms the trigger points: C_TRIG_ARM = 0) and computes the next limit as the run loop would have, from
# the float slots (TK_*: float64 bits) and C_TICK_CAP; it stops whenever another event is due
C_TICK_ON = C_SAVE_CAP + 1      # 1: ticks in the core for this run
C_TICK_NEXT = C_TICK_ON + 1     # the cycle of the next tick
C_TICK_PERIOD = C_TICK_ON + 2   # cycles between ticks
C_TICK_ISR = C_TICK_ON + 3      # cycles charged at a tick
C_TICK_COUNT = C_TICK_ON + 4    # ticks fired in the core (the host reads and clears it)
C_TICK_SEG = C_TICK_ON + 5      # the run loop's _seg_cycles
C_TICK_CAP = C_TICK_ON + 6      # the run's cycle cap (max_cycles)
TK_SEG_T = C_TICK_ON + 7        # float64: the run loop's _seg_t
TK_MCLK = C_TICK_ON + 8         # float64: MCLK in Hz
TK_OTHER = C_TICK_ON + 9        # float64: the earliest time of every other event source
# ... and the check the tick's flag asks for at the next armed trigger point (loop.py), while ticks are on:
# a check that ends before C_TFLAG_ABOVE finds V >= V_thresh (the host's prediction, less a guard): charged
# (C_TFLAG_CHECK cycles), counted (C_TFLAG_COUNT), recorded and disarmed in the core; others stop to the host
C_TFLAG_CHECK = C_TICK_ON + 10
C_TFLAG_ABOVE = C_TICK_ON + 11
C_TFLAG_COUNT = C_TICK_ON + 12
TFLAG_BUF = C_TICK_ON + 13      # the cycle at which each of those checks ended (the host commits its energy
TFLAG_BUF_CAP = 256             # model there, as its own check would have); the core stops when it is full
# 1: the tick is a checkpoint save (periodic:N; cpu/ticks.py calls core_save with the save program, then the
# next tick is N cycles after the save's end), 0: the timer's flag (mementos-timer)
C_TICK_SAVE = TFLAG_BUF + TFLAG_BUF_CAP
CTL_SIZE = C_TICK_SAVE + 1

TIMING_CPUXV2 = 0
TIMING_CLASSIC = 1

# --- stop codes --------------------------------------------------------------------------------------------
STOP_LIMIT = 0            # cycle or instruction limit reached
STOP_BREAK = 1
STOP_TRIGGER = 2
STOP_HOOK_READ = 3
STOP_HOOK_WRITE = 4
STOP_LPM = 5
STOP_IRQ = 6
STOP_FAULT_UNMAPPED = 7
STOP_FAULT_READONLY = 8
STOP_FAULT_ILLEGAL = 9    # an opcode the selected ISA does not define
STOP_NAMES = {
    STOP_LIMIT: "limit",
    STOP_BREAK: "break",
    STOP_TRIGGER: "trigger",
    STOP_HOOK_READ: "hook-read",
    STOP_HOOK_WRITE: "hook-write",
    STOP_LPM: "lpm",
    STOP_IRQ: "irq",
    STOP_FAULT_UNMAPPED: "unmapped access",
    STOP_FAULT_READONLY: "write to read-only memory",
    STOP_FAULT_ILLEGAL: "illegal instruction",
}

# --- status register bits (SLAU367 4.3.3) -------------------------------------------------------------------
SR_C = 0x0001
SR_Z = 0x0002
SR_N = 0x0004
SR_GIE = 0x0008
SR_CPUOFF = 0x0010
SR_OSCOFF = 0x0020
SR_SCG0 = 0x0040
SR_SCG1 = 0x0080
SR_V = 0x0100

PC, SP, SR, CG = 0, 1, 2, 3


@dataclass
class MachineState:
    """The flat arrays the core runs on, plus small helpers for the host side (never used by the core)."""

    mem: np.ndarray = field(default_factory=lambda: np.zeros(MEM_SIZE, dtype=np.uint8))
    attr: np.ndarray = field(default_factory=lambda: np.zeros(MEM_SIZE, dtype=np.uint8))
    regs: np.ndarray = field(default_factory=lambda: np.zeros(16, dtype=np.int64))
    ctl: np.ndarray = field(default_factory=lambda: np.zeros(CTL_SIZE, dtype=np.int64))

    def __post_init__(self) -> None:
        self.ctl[C_TRIG_ARM] = NEVER
        self.ctl[C_INSN_LIMIT] = NEVER
        self.ctl[C_IRQ_CYCLES] = 6

    # host-side accessors (little-endian, as the MSP430)
    def read_byte(self, addr: int) -> int:
        return int(self.mem[addr & (MEM_SIZE - 1)])

    def read_word(self, addr: int) -> int:
        a = addr & (MEM_SIZE - 2)
        return int(self.mem[a]) | (int(self.mem[a + 1]) << 8)

    def write_byte(self, addr: int, value: int) -> None:
        self.mem[addr & (MEM_SIZE - 1)] = value & 0xFF

    def write_word(self, addr: int, value: int) -> None:
        a = addr & (MEM_SIZE - 2)
        self.mem[a] = value & 0xFF
        self.mem[a + 1] = (value >> 8) & 0xFF

    def read_bytes(self, addr: int, length: int) -> bytes:
        return self.mem[addr:addr + length].tobytes()

    def write_bytes(self, addr: int, data: bytes) -> None:
        self.mem[addr:addr + len(data)] = np.frombuffer(data, dtype=np.uint8)

    def set_attr(self, start: int, end: int, bits: int) -> None:
        """Set the attribute byte of [start, end) to ``bits`` (replacing what was there)."""
        self.attr[start:end] = bits

    def add_attr(self, start: int, end: int, bits: int) -> None:
        self.attr[start:end] |= bits

    def clear_attr(self, start: int, end: int, bits: int) -> None:
        self.attr[start:end] &= ~np.uint8(bits)

    def copy(self) -> MachineState:
        out = MachineState(self.mem.copy(), self.attr.copy(), self.regs.copy(), self.ctl.copy())
        out.ctl[:] = self.ctl           # (__post_init__ resets the trigger arm, the insn limit, IRQ cycles)
        return out
