"""Every watched read of one instruction, found by the compiled core itself (for msp430emu/war.py).

The core stops with ``STOP_HOOK_READ`` at the *first* ``A_HOOK_R`` byte an instruction reads; the host then
sets ``C_IO_PASS`` and every later read of the same instruction passes unreported (``add &a, &b`` reads
``a`` and then ``b``). To see them all, :meth:`ReadProbe.reads` re-runs the instruction at PC, without
committing anything, on a private attribute array:

* ``A_W`` is cleared everywhere, so any memory write of the probed instruction stops with
  ``STOP_FAULT_READONLY`` *before* it is committed (the state contract: nothing of a faulting instruction
  is committed); ``mem`` is shared with the machine and is therefore never written;
* registers and ``ctl`` are private copies (an instruction that writes only registers commits into them);
* ``A_HOOK_R`` marks only the watched bytes; ``A_BREAK``/``A_TRIGGER`` are absent; no interrupt is pending;
* each ``STOP_HOOK_READ`` names one read; its bytes lose ``A_HOOK_R`` and the instruction is probed again
  from the same state, until it completes or stops for another reason. The hook bits are put back.

Operand addresses on the MSP430 depend only on registers and extension words, never on a value read, so
the probe reads exactly what the real execution of the instruction will read, in the core's order
(source, then destination). Cost: one core call per watched read of the instruction, plus one.
"""

from __future__ import annotations

import numpy as np

from msp430emu.cpu.core import TABLES, run_core  # the ahead-of-time core when built, else the jitted one
from msp430emu.cpu.state import (
    A_HOOK_R,
    A_NVM,
    A_R,
    C_INSN_LIMIT,
    C_INSNS,
    C_IO_PASS,
    C_IRQ_NMI,
    C_IRQ_VECTOR,
    C_STOP_ADDR,
    C_STOP_SIZE,
    C_TRIG_ARM,
    C_TRIG_DONE,
    MEM_SIZE,
    NEVER,
    STOP_HOOK_READ,
    MachineState,
)

MAX_READS = 16          # no MSP430 instruction reads more operands (POPM.A #16 reads 16 words)
_LIMIT = np.int64(NEVER)


class ReadProbe:
    """Finds the watched reads ``[(address, size), ...]`` of the instruction at the machine's PC."""

    def __init__(self, state: MachineState, watched: np.ndarray) -> None:
        self.state = state
        self.attr = (state.attr & (A_R | A_NVM)).astype(np.uint8)
        self.attr[watched] |= A_HOOK_R
        self.regs = np.zeros_like(state.regs)
        self.ctl = np.zeros_like(state.ctl)

    def reads(self, first: tuple[int, int] | None = None) -> list[tuple[int, int]]:
        """The watched reads of the next instruction, in the core's order; each as (address, bytes).

        ``first``: the core's own STOP_HOOK_READ for this instruction (``C_STOP_ADDR``, ``C_STOP_SIZE``),
        which saves the first probe run."""
        st = self.state
        attr, regs, ctl = self.attr, self.regs, self.ctl
        ctl[:] = st.ctl
        ctl[C_IRQ_VECTOR] = 0
        ctl[C_IRQ_NMI] = 0
        ctl[C_TRIG_ARM] = NEVER
        insns = ctl[C_INSNS]
        found: list[tuple[int, int]] = []
        cleared: list[int] = []
        stop, fault = STOP_HOOK_READ, first
        try:
            for _ in range(MAX_READS + 1):
                if fault is None:
                    regs[:] = st.regs
                    ctl[C_INSNS] = insns
                    ctl[C_INSN_LIMIT] = insns + 1
                    ctl[C_IO_PASS] = 0
                    ctl[C_TRIG_DONE] = 0
                    stop = run_core(st.mem, attr, regs, ctl, _LIMIT, *TABLES)
                    fault = (int(ctl[C_STOP_ADDR]), int(ctl[C_STOP_SIZE]))
                if stop != STOP_HOOK_READ:
                    break
                addr, size = _access(*fault)
                fault = None
                found.append((addr, size))
                for a in range(addr, addr + size):
                    if attr[a] & A_HOOK_R:
                        attr[a] &= ~A_HOOK_R & 0xFF
                        cleared.append(a)
        finally:
            for a in cleared:
                attr[a] |= A_HOOK_R
        return found


def _access(fault_addr: int, size: int) -> tuple[int, int]:
    """The bytes a read that stopped at ``fault_addr`` touches: a byte, or an aligned word. A 20-bit read
    (size 4) stops once per 16-bit half (the core reports the half's address), so it is probed as words."""
    if size == 1:
        return fault_addr & (MEM_SIZE - 1), 1
    return fault_addr & (MEM_SIZE - 2), 2
