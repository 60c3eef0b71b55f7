"""20-bit helpers of the MSP430X core (inlined into msp430emu/core_x.py).

Address-word data ("20-bit" .A operands) occupies two words in memory: bits 15:0 at the address, bits 19:16
in bits 3:0 of the next word; a write stores 0 in bits 15:4 of that word (SLAU367 4.4, Figure 4-6 / 4-7).
"""

from __future__ import annotations

from numba import njit

from msp430emu.cpu.access import check_write, read_byte, read_word, store

MASK20 = 0xFFFFF
SIZE_BYTE, SIZE_WORD, SIZE_ADDR = 0, 1, 2


@njit(cache=True, inline="always", _nrt=False)
def size_mask(size):
    if size == SIZE_BYTE:
        return 0xFF
    if size == SIZE_WORD:
        return 0xFFFF
    return MASK20


@njit(cache=True, inline="always", _nrt=False)
def size_msb(size):
    if size == SIZE_BYTE:
        return 0x80
    if size == SIZE_WORD:
        return 0x8000
    return 0x80000


@njit(cache=True, inline="always", _nrt=False)
def sext16(x):
    """A 16-bit index sign-extended to 20 bits."""
    return (x | 0xF0000) if (x & 0x8000) else x


@njit(cache=True, inline="always", _nrt=False)
def read_sized(mem, attr, addr, size, io_pass):
    """Read a byte, word or 20-bit address word: (value, status, faulting address, FRAM accesses)."""
    addr &= MASK20
    if size == SIZE_BYTE:
        v, st, f = read_byte(mem, attr, addr, io_pass)
        return v, st, addr, f
    lo, st, f = read_word(mem, attr, addr, io_pass)
    if st or size == SIZE_WORD:
        return lo, st, addr, f
    a2 = (addr + 2) & MASK20
    hi, st, f2 = read_word(mem, attr, a2, io_pass)
    if st:
        return 0, st, a2, 0
    return lo | ((hi & 0xF) << 16), 0, 0, f + f2


@njit(cache=True, inline="always", _nrt=False)
def check_sized(attr, addr, size):
    """Can a byte/word/20-bit value be written at ``addr``? (status, fault address, hook, FRAM accesses)."""
    addr &= MASK20
    _a, st, hook, f = check_write(attr, addr, size == SIZE_BYTE)
    if st or size != SIZE_ADDR:
        return st, addr, hook, f
    a2 = (addr + 2) & MASK20
    _a2, st, hook2, f2 = check_write(attr, a2, False)
    if st:
        return st, a2, 0, 0
    return 0, 0, hook | hook2, f + f2


@njit(cache=True, inline="always", _nrt=False)
def store_sized(mem, addr, value, size):
    """Write an already checked byte/word/20-bit value."""
    addr &= MASK20
    if size == SIZE_BYTE:
        store(mem, addr, value, True)
    else:
        store(mem, addr & (MASK20 - 1), value, False)
        if size == SIZE_ADDR:
            store(mem, (addr + 2) & (MASK20 - 1), (value >> 16) & 0xF, False)
