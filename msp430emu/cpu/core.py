"""The MSP430 CPU core: a numba-compiled interpreter over the flat arrays of msp430emu/state.py.

Public surface::

    cpu = Cpu(state, timing=TIMING_CPUXV2)
    stop = cpu.run(cycle_limit)   # until ctl[C_CYCLES] >= cycle_limit or a stop; returns STOP_*
    stop = cpu.step()             # exactly one instruction (or one interrupt entry)
    warm_up()                     # compile (or load from numba's on-disk cache) before timing anything

The interpreter itself lives in msp430emu/core_loop.py (hot loop), core_access.py (memory attribute checks)
and core_alu.py (results and flags); all cycle costs and decode tables come from msp430emu/isa.py.
"""

from __future__ import annotations

import numpy as np

from msp430emu.cpu import isa
from msp430emu.cpu.aot import load_run_core
from msp430emu.cpu.state import (
    C_INSN_LIMIT,
    C_INSNS,
    C_TIMING,
    CTL_SIZE,
    MEM_SIZE,
    NEVER,
    TIMING_CPUXV2,
    MachineState,
)
from msp430emu.errors import ConfigError

# the core compiled ahead of time when it is built and current (msp430emu/cpu/aot.py: then numba is not
# imported for it), else numba's jitted run_core (compiled once, then loaded from numba's on-disk cache)
run_core = load_run_core()
if run_core is None:
    from msp430emu.cpu.loop import run_core

# the generated tables, in the order run_core takes them
TABLES = (isa.DECODE, isa.MUST_BE_ZERO, isa.FMT1_CYCLES, isa.FMT2_CYCLES, isa.JUMP_CYCLES, isa.RETI_CYCLES,
          isa.FMT1_KIND, isa.FMT2_GROUP, isa.CG_VALUE)


class Cpu:
    """Runs the compiled core on one :class:`MachineState` (the host owns everything else)."""

    def __init__(self, state: MachineState, timing: int = TIMING_CPUXV2) -> None:
        if timing not in isa.TIMINGS:
            raise ConfigError(f"unknown timing model {timing!r} (expected one of {sorted(isa.TIMINGS)})")
        _check_arrays(state)
        self.state = state
        state.ctl[C_TIMING] = timing

    def run(self, cycle_limit: int) -> int:
        """Run until ``ctl[C_CYCLES] >= cycle_limit`` or until something needs the host; return STOP_*."""
        s = self.state
        return int(run_core(s.mem, s.attr, s.regs, s.ctl, np.int64(min(cycle_limit, NEVER)), *TABLES))

    def step(self) -> int:
        """Execute exactly one instruction (or take one interrupt); return STOP_* (STOP_LIMIT = done)."""
        ctl = self.state.ctl
        saved = int(ctl[C_INSN_LIMIT])
        ctl[C_INSN_LIMIT] = ctl[C_INSNS] + 1
        try:
            return self.run(NEVER)
        finally:
            ctl[C_INSN_LIMIT] = saved


def _check_arrays(state: MachineState) -> None:
    expected = (("mem", np.uint8, MEM_SIZE), ("attr", np.uint8, MEM_SIZE), ("regs", np.int64, 16),
                ("ctl", np.int64, CTL_SIZE))
    for name, dtype, size in expected:
        arr = getattr(state, name)
        if arr.dtype != dtype or arr.shape != (size,) or not arr.flags.c_contiguous:
            kind = np.dtype(dtype).name
            raise ConfigError(f"MachineState.{name} must be a contiguous {kind}[{size}] array")


_warm = False


def warm_up() -> None:
    """Force compilation of the core (loaded from numba's on-disk cache when it is warm); once per process."""
    global _warm
    if _warm:
        return
    state = MachineState()
    Cpu(state).run(0)
    _warm = True


__all__ = ["Cpu", "TABLES", "run_core", "warm_up"]
