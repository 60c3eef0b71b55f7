"""Memory access primitives of the compiled core: attribute checks on the flat ``attr`` array.

Each primitive returns a status (0 = fine, else the ``STOP_*`` code the access would cause) instead of
raising, so the interpreter can abandon an instruction before committing anything (see msp430emu/state.py).
All are ``@njit`` and small enough for LLVM to inline into the hot loop.
"""

from __future__ import annotations

import numpy as np
from numba import njit

from msp430emu.cpu.state import (
    A_HOOK_R,
    A_HOOK_W,
    A_NVM,
    A_R,
    A_W,
    STOP_FAULT_READONLY,
    STOP_FAULT_UNMAPPED,
    STOP_HOOK_READ,
)

ADDR_MASK = 0xFFFFF  # 20-bit addresses (MSP430X); base-ISA address arithmetic wraps at 64 KiB itself
NVM_SHIFT = A_NVM.bit_length() - 1   # (attr & A_NVM) >> NVM_SHIFT = 1 for a FRAM byte, branch-free


@njit(cache=True, inline="always", _nrt=False)
def read_word(mem, attr, addr, io_pass):
    """Word read at ``addr`` (bit 0 ignored, as the hardware does): (value, status, fram_accesses)."""
    a = addr & (ADDR_MASK - 1)
    t0 = attr[a]
    t1 = attr[a + 1]
    if (t0 & t1 & A_R) == 0:
        return 0, STOP_FAULT_UNMAPPED, 0
    t = t0 | t1
    if (t & A_HOOK_R) and not io_pass:
        return 0, STOP_HOOK_READ, 0
    return np.int64(mem[a]) | (np.int64(mem[a + 1]) << 8), 0, (t & A_NVM) >> NVM_SHIFT


@njit(cache=True, inline="always", _nrt=False)
def read_byte(mem, attr, addr, io_pass):
    """Byte read at ``addr``: (value, status, fram_accesses)."""
    a = addr & ADDR_MASK
    t = attr[a]
    if (t & A_R) == 0:
        return 0, STOP_FAULT_UNMAPPED, 0
    if (t & A_HOOK_R) and not io_pass:
        return 0, STOP_HOOK_READ, 0
    return np.int64(mem[a]), 0, (t & A_NVM) >> NVM_SHIFT


@njit(cache=True, inline="always", _nrt=False)
def read_operand(mem, attr, addr, byte, io_pass):
    """Read a byte or a word operand: (value, status, fram_accesses)."""
    if byte:
        return read_byte(mem, attr, addr, io_pass)
    return read_word(mem, attr, addr, io_pass)


@njit(cache=True, inline="always", _nrt=False)
def check_write(attr, addr, byte):
    """Can ``addr`` be written? (aligned address, status, hook flag, fram_accesses); nothing is written."""
    if byte:
        a = addr & ADDR_MASK
        t0 = attr[a]
        t1 = t0
    else:
        a = addr & (ADDR_MASK - 1)
        t0 = attr[a]
        t1 = attr[a + 1]
    if t0 == 0 or t1 == 0:
        return a, STOP_FAULT_UNMAPPED, 0, 0
    if (t0 & t1 & A_W) == 0:
        return a, STOP_FAULT_READONLY, 0, 0
    t = t0 | t1
    return a, 0, 1 if (t & A_HOOK_W) else 0, (t & A_NVM) >> NVM_SHIFT


@njit(cache=True, inline="always", _nrt=False)
def store(mem, a, value, byte):
    """Write an already checked, aligned address."""
    mem[a] = value & 0xFF
    if not byte:
        mem[a + 1] = (value >> 8) & 0xFF
