"""Checkpoints written into the emulated FRAM as bytes, two slots used alternately (layout: layout.py).

A save is a list of byte writes in a fixed order (:func:`plan_save`), applied to ``state.mem`` one byte at a
time (:func:`apply_writes`, which takes a count so that a power failure after k bytes leaves a torn slot):

1. the target slot's commit word is cleared (2 bytes), so the slot is invalid while it is rewritten;
2. the header, the registers, the live stack [SP, stack_top), the globals, the peripheral block (the
   registers the device lists, periph.py; ascending addresses);
3. the CRC-16-CCITT of what 2. wrote except the peripheral block (2 bytes);
4. the commit word, COMMIT_BASE ^ (sequence & 0xFFFF) (2 bytes), last.

The target is the slot that does not hold the newest valid checkpoint, so the newest one is never touched.
:func:`find_latest_valid` reads both slots back from memory and returns the valid one with the highest
sequence number; a slot is valid only if its magic, version, commit word, sizes (which must match the
layout), peripheral block header (version, count, ident: the layout's) and CRC all check. :func:`restore`
copies the registers, the stack and the globals back from the slot's bytes in ``state.mem``;
:func:`peripheral_writes` gives the register writes that put the peripherals back (the caller applies them
through the peripheral models, in order); nothing is kept on the Python side between a save and a restore.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

import numpy as np

from msp430emu._lazyjit import lazy_njit
from msp430emu.checkpoint.layout import (
    COMMIT_BASE,
    HEADER_SIZE,
    MAGIC,
    OFF_GLOBALS_LEN,
    OFF_GLOBALS_START,
    OFF_MAGIC,
    OFF_REGS,
    OFF_SEQ,
    OFF_STACK_LEN,
    OFF_VERSION,
    SAVED_REGISTERS,
    SLOT_COUNT,
    VERSION,
    BundleLayout,
)
from msp430emu.cpu.state import C_TRIG_DONE, SP, MachineState
from msp430emu.errors import EmuError


class CheckpointError(EmuError):
    """A checkpoint cannot be taken or restored (the message says why, in one line)."""


def _crc_table() -> np.ndarray:
    table = np.zeros(256, dtype=np.uint16)
    for byte in range(256):
        crc = byte << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) & 0xFFFF if crc & 0x8000 else (crc << 1) & 0xFFFF
        table[byte] = crc
    return table


CRC_TABLE = [int(v) for v in _crc_table()]
_CRC_ARRAY = _crc_table().astype(np.int64)


@lazy_njit(cache=True, nogil=True)
def _crc16_kernel(data: np.ndarray, crc: int, table: np.ndarray) -> int:
    for i in range(data.shape[0]):
        crc = ((crc << 8) & 0xFFFF) ^ table[((crc >> 8) ^ data[i]) & 0xFF]
    return crc


def crc16_ccitt(data: bytes | bytearray | np.ndarray, crc: int = 0xFFFF) -> int:
    """CRC-16-CCITT: polynomial 0x1021, MSB first, no reflection (check value of b"123456789": 0x29B1)."""
    array = data if isinstance(data, np.ndarray) else np.frombuffer(bytes(data), dtype=np.uint8)
    return int(_crc16_kernel(np.ascontiguousarray(array, dtype=np.uint8), crc, _CRC_ARRAY))


@dataclass(frozen=True)
class SlotInfo:
    """A valid checkpoint found in memory."""

    index: int
    addr: int            # first byte of the slot
    sequence: int
    pc: int
    sp: int
    stack_len: int


@dataclass(frozen=True)
class SavePlan:
    """The byte writes of one save, in the order they reach FRAM: ``addrs[i]`` receives ``values[i]``.
    ``payload`` counts the bytes of step 2 (header, registers, stack, globals, peripheral block), which the
    cost model charges per word."""

    slot: int
    sequence: int
    addrs: np.ndarray
    values: np.ndarray
    payload: int

    @property
    def writes(self) -> tuple[tuple[int, int], ...]:
        """(address, byte) pairs, in order."""
        return tuple(zip(self.addrs.tolist(), self.values.tolist(), strict=True))

    def __len__(self) -> int:
        return int(self.addrs.shape[0])


_SAVED = np.array(SAVED_REGISTERS, dtype=np.intp)
_HEADER = struct.Struct(f"<{7 + len(SAVED_REGISTERS)}H")     # header words, then the saved registers


@lazy_njit(cache=True, nogil=True)
def _fill_plan(mem: np.ndarray, header: np.ndarray, sp: int, stack_len: int, globals_start: int,
               globals_len: int, base: int, commit_addr: int, stack_at: int, globals_at: int, crc_at: int,
               commit_word: int, table: np.ndarray, addrs: np.ndarray, values: np.ndarray,
               block: np.ndarray, block_at: int) -> int:
    """The byte writes of a save into ``addrs``/``values`` (steps 1-4 of the module's docstring, in
    order; the peripheral ``block`` after the globals, outside the CRC); returns the CRC."""
    k = 0
    for i in range(2):                                   # 1. the commit word cleared
        addrs[k], values[k] = commit_addr + i, 0
        k += 1
    crc = 0xFFFF
    for i in range(header.shape[0]):                     # 2. header + registers, stack, globals
        b = header[i]
        crc = ((crc << 8) & 0xFFFF) ^ table[((crc >> 8) ^ b) & 0xFF]
        addrs[k], values[k] = base + i, b
        k += 1
    for i in range(stack_len):
        b = mem[sp + i]
        crc = ((crc << 8) & 0xFFFF) ^ table[((crc >> 8) ^ b) & 0xFF]
        addrs[k], values[k] = stack_at + i, b
        k += 1
    for i in range(globals_len):
        b = mem[globals_start + i]
        crc = ((crc << 8) & 0xFFFF) ^ table[((crc >> 8) ^ b) & 0xFF]
        addrs[k], values[k] = globals_at + i, b
        k += 1
    for i in range(block.shape[0]):                      # the peripheral block (not under the CRC)
        addrs[k], values[k] = block_at + i, block[i]
        k += 1
    for i, word in enumerate((crc, commit_word)):        # 3. the CRC, 4. the commit word
        at = crc_at if i == 0 else commit_addr
        addrs[k], values[k] = at, word & 0xFF
        addrs[k + 1], values[k + 1] = at + 1, (word >> 8) & 0xFF
        k += 2
    return crc


def peripheral_values(state: MachineState, layout: BundleLayout) -> list[int]:
    """The words of the layout's peripheral registers as ``state.mem`` holds them (a machine refreshes
    time-dependent registers first: Checkpointer reads them with ``machine.read_register``)."""
    return [state.read_word(a) for a in layout.periph.addresses]


def plan_save(state: MachineState, layout: BundleLayout, periph: list[int] | None = None) -> SavePlan:
    """The writes that checkpoint ``state`` into the slot after the newest valid one; ``periph``: the
    values of the layout's peripheral registers (default :func:`peripheral_values`). CheckpointError if
    the registers do not fit the format (SP outside the stack area, 20-bit register values)."""
    regs = state.regs[_SAVED].tolist()
    for r in (0, 1):                           # PC and SP are addresses: they must fit the 16-bit format
        if not 0 <= regs[r] <= 0xFFFF:
            raise CheckpointError(f"R{r} = 0x{regs[r]:X} does not fit 16 bits (code or stack above 64 KiB is "
                                  "not supported by the checkpoint format)")
    # data registers keep their low word, as a base-ISA runtime's MOV.W stores them (bits 19:16 come
    # only from CPUX instructions such as SXT Rn; 16-bit code never reads them)
    regs = [v & 0xFFFF for v in regs]
    sp = int(state.regs[SP])
    if sp & 1 or not layout.stack_low <= sp <= layout.stack_top:
        raise CheckpointError(f"SP = 0x{sp:04X} lies outside the stack area 0x{layout.stack_low:04X}-"
                              f"0x{layout.stack_top:04X}: no checkpoint taken")
    latest = latest_slot(state.mem, layout, layout_params(layout))     # (= find_latest_valid, compiled)
    slot = 0 if latest is None else (latest.index + 1) % SLOT_COUNT
    sequence = 1 if latest is None else latest.sequence + 1
    base = layout.slot_addr(slot)
    stack_len = layout.stack_top - sp
    seq_lo, seq_hi = sequence & 0xFFFF, (sequence >> 16) & 0xFFFF
    header = np.frombuffer(_HEADER.pack(MAGIC, VERSION, seq_lo, seq_hi, stack_len, layout.globals_start,
                                        layout.globals_len, *regs), dtype=np.uint8)
    commit_addr = base + layout.off_commit
    stack_at = base + layout.off_stack + sp - layout.stack_low
    values_ = peripheral_values(state, layout) if periph is None else periph
    block = np.frombuffer(layout.periph.encode(values_), dtype=np.uint8)
    n = 2 + len(header) + stack_len + layout.globals_len + len(block) + 4
    addrs = np.empty(n, dtype=np.int64)
    values = np.empty(n, dtype=np.uint8)
    _fill_plan(state.mem, header, sp, stack_len, layout.globals_start, layout.globals_len, base, commit_addr,
               stack_at, base + layout.off_globals, base + layout.off_crc, COMMIT_BASE ^ (sequence & 0xFFFF),
               _CRC_ARRAY, addrs, values, block, base + layout.off_periph)
    return SavePlan(slot, sequence, addrs, values, len(header) + stack_len + layout.globals_len + len(block))


def apply_writes(state: MachineState, plan: SavePlan, count: int | None = None) -> int:
    """Write the first ``count`` bytes of ``plan`` (all by default) into ``state.mem``; returns how many."""
    n = len(plan) if count is None else max(0, min(count, len(plan)))
    state.mem[plan.addrs[:n]] = plan.values[:n]
    return n


def save(state: MachineState, layout: BundleLayout) -> SavePlan:
    """Plan and write a complete checkpoint; returns the plan (slot, sequence, writes)."""
    plan = plan_save(state, layout)
    apply_writes(state, plan)
    return plan


def _word(mem: np.ndarray, addr: int) -> int:
    return int(mem[addr]) | (int(mem[addr + 1]) << 8)


@lazy_njit(cache=True, nogil=True)
def _check_slot(mem: np.ndarray, base: int, off_commit: int, globals_start: int, globals_len: int,
                max_stack: int, stack_top: int, off_stack: int, stack_low: int, off_globals: int,
                off_crc: int, sp_at: int, table: np.ndarray) -> tuple[bool, int, int, int, int]:
    """(valid, sequence, pc, sp, stack_len) of the slot at ``base``: the checks of ``read_slot``."""
    def word(a: int) -> int:
        return np.int64(mem[a]) | (np.int64(mem[a + 1]) << 8)     # int64 throughout (no uint64 mixing)

    if word(base + OFF_MAGIC) != MAGIC or word(base + OFF_VERSION) != VERSION:
        return False, 0, 0, 0, 0
    sequence = word(base + OFF_SEQ) | (word(base + OFF_SEQ + 2) << 16)
    if word(base + off_commit) != COMMIT_BASE ^ (sequence & 0xFFFF):
        return False, 0, 0, 0, 0
    if word(base + OFF_GLOBALS_START) != globals_start or word(base + OFF_GLOBALS_LEN) != globals_len:
        return False, 0, 0, 0, 0
    stack_len = word(base + OFF_STACK_LEN)
    sp = word(base + sp_at)
    if stack_len > max_stack or sp != stack_top - stack_len:
        return False, 0, 0, 0, 0
    stack_off = base + off_stack + sp - stack_low
    globals_off = base + off_globals
    crc = _crc16_kernel(mem[base:base + HEADER_SIZE], 0xFFFF, table)
    crc = _crc16_kernel(mem[stack_off:stack_off + stack_len], crc, table)
    crc = _crc16_kernel(mem[globals_off:globals_off + globals_len], crc, table)
    if crc != word(base + off_crc):
        return False, 0, 0, 0, 0
    return True, sequence, word(base + OFF_REGS), sp, stack_len


_SP_AT = OFF_REGS + 2 * SAVED_REGISTERS.index(SP)


def read_slot(mem: np.ndarray, layout: BundleLayout, index: int) -> SlotInfo | None:
    """The checkpoint in slot ``index`` if it is complete and intact, else None: magic, version, commit
    word, sizes (which must match the layout) and CRC all check (one compiled pass)."""
    mem = np.ascontiguousarray(mem, dtype=np.uint8)          # (the machine's memory as it is)
    base = layout.slot_addr(index)
    ok, sequence, pc, sp, stack_len = _check_slot(
        mem, base, layout.off_commit, layout.globals_start, layout.globals_len, layout.max_stack,
        layout.stack_top, layout.off_stack, layout.stack_low, layout.off_globals, layout.off_crc, _SP_AT,
        _CRC_ARRAY)
    if not ok:
        return None
    periph_at = base + layout.off_periph
    if layout.periph.size and tuple(_word(mem, periph_at + 2 * i) for i in range(3)) != layout.periph.header:
        return None
    return SlotInfo(index, base, int(sequence), int(pc), int(sp), int(stack_len))


def find_latest_valid(mem: np.ndarray, layout: BundleLayout) -> SlotInfo | None:
    """The valid checkpoint with the highest sequence number, or None if neither slot holds one."""
    valid = [s for s in (read_slot(mem, layout, i) for i in range(SLOT_COUNT)) if s is not None]
    return max(valid, key=lambda s: s.sequence) if valid else None


def restore(state: MachineState, layout: BundleLayout, slot: SlotInfo) -> int:
    """Copy the checkpoint of ``slot`` from ``state.mem`` back into the registers, the stack and the
    globals; PC is written last. Re-validates the slot first (CheckpointError if it is no longer valid).
    Returns the number of bytes read from FRAM. ``ctl[C_TRIG_DONE]`` is cleared (PC moved)."""
    current = read_slot(state.mem, layout, slot.index)
    if current is None or current.sequence != slot.sequence:
        raise CheckpointError(f"checkpoint slot {slot.index} (sequence {slot.sequence}) is no longer valid")
    mem, base = state.mem, current.addr
    stack_off = base + layout.off_stack + current.sp - layout.stack_low
    mem[current.sp:layout.stack_top] = mem[stack_off:stack_off + current.stack_len]
    globals_off = base + layout.off_globals
    mem[layout.globals_start:layout.globals_start + layout.globals_len] = \
        mem[globals_off:globals_off + layout.globals_len]
    for i, reg in reversed(list(enumerate(SAVED_REGISTERS))):   # R15 .. R4, SR, SP, then PC
        state.regs[reg] = _word(mem, base + OFF_REGS + 2 * i)
    state.ctl[C_TRIG_DONE] = 0
    return HEADER_SIZE + current.stack_len + layout.globals_len + layout.periph.size + 4


# --- the compiled restore (Checkpointer's fast path): one kernel finds the newest valid slot, one copies it
# back and computes the peripheral writes; the functions above are its reference (tests compare them)
P_SLOT0, P_SLOT_SIZE, P_COMMIT, P_GSTART, P_GLEN, P_MAXSTACK, P_STOP, P_OSTACK, P_SLOW, P_OGLOB, P_OCRC, \
    P_OPERIPH, P_PSIZE, P_PVERSION, P_PCOUNT, P_PIDENT = range(16)


def restore_params(layout: BundleLayout) -> np.ndarray:
    """The layout's numbers the restore kernels read (int64, indexed by the ``P_*`` constants)."""
    block = layout.periph
    version, count, ident = block.header if block.size else (0, 0, 0)
    return np.array([layout.slot_addr(0), layout.slot_size, layout.off_commit, layout.globals_start,
                     layout.globals_len, layout.max_stack, layout.stack_top, layout.off_stack,
                     layout.stack_low, layout.off_globals, layout.off_crc, layout.off_periph, block.size,
                     version, count, ident], dtype=np.int64)


_PARAMS: dict[int, tuple[BundleLayout, np.ndarray]] = {}


def layout_params(layout: BundleLayout) -> np.ndarray:
    """:func:`restore_params` of ``layout``, kept per layout (a frozen dataclass: they never change)."""
    entry = _PARAMS.get(id(layout))
    if entry is None or entry[0] is not layout:
        if len(_PARAMS) >= 64:
            _PARAMS.clear()
        entry = _PARAMS[id(layout)] = (layout, restore_params(layout))
    return entry[1]


@lazy_njit(cache=True, nogil=True)
def _slot_at(mem: np.ndarray, p: np.ndarray, index: int,
             table: np.ndarray) -> tuple[bool, int, int, int, int]:
    """:func:`read_slot`'s checks of slot ``index``: (valid, sequence, pc, sp, stack_len)."""
    base = p[P_SLOT0] + index * p[P_SLOT_SIZE]
    ok, sequence, pc, sp, stack_len = _check_slot(
        mem, base, p[P_COMMIT], p[P_GSTART], p[P_GLEN], p[P_MAXSTACK], p[P_STOP], p[P_OSTACK], p[P_SLOW],
        p[P_OGLOB], p[P_OCRC], _SP_AT, table)
    if ok and p[P_PSIZE] > 0:
        at = base + p[P_OPERIPH]
        for i, want in enumerate((p[P_PVERSION], p[P_PCOUNT], p[P_PIDENT])):
            if (np.int64(mem[at + 2 * i]) | (np.int64(mem[at + 2 * i + 1]) << 8)) != want:
                return False, 0, 0, 0, 0
    return ok, sequence, pc, sp, stack_len


@lazy_njit(cache=True, nogil=True)
def _latest_slot(mem: np.ndarray, p: np.ndarray, table: np.ndarray) -> tuple[int, int, int, int, int]:
    """:func:`find_latest_valid` in one call: (index, sequence, pc, sp, stack_len), index -1 for none."""
    best, best_seq, best_pc, best_sp, best_len = -1, 0, 0, 0, 0
    for index in range(SLOT_COUNT):
        ok, sequence, pc, sp, stack_len = _slot_at(mem, p, index, table)
        if ok and (best < 0 or sequence > best_seq):       # the first of equal sequences, as max() picks
            best, best_seq, best_pc, best_sp, best_len = index, sequence, pc, sp, stack_len
    return best, best_seq, best_pc, best_sp, best_len


@lazy_njit(cache=True, nogil=True)
def _restore_slot(mem: np.ndarray, regs: np.ndarray, p: np.ndarray, index: int, sequence: int,
                  table: np.ndarray, saved: np.ndarray, steps: np.ndarray, values: np.ndarray) -> int:
    """:func:`restore` then :func:`peripheral_writes` in one call: re-validates slot ``index`` (-1 if it no
    longer holds checkpoint ``sequence``: nothing is written), copies the stack, the globals and the
    registers (``saved``: SAVED_REGISTERS) back and puts the value of each restore step (``steps``: four
    numbers a step, index, and, or, size mask) into ``values``; returns the stack's length."""
    ok, seq, pc, sp, stack_len = _slot_at(mem, p, index, table)
    if not ok or seq != sequence:
        return -1
    base = p[P_SLOT0] + index * p[P_SLOT_SIZE]
    stack_off = base + p[P_OSTACK] + sp - p[P_SLOW]
    for i in range(stack_len):
        mem[sp + i] = mem[stack_off + i]
    globals_off = base + p[P_OGLOB]
    for i in range(p[P_GLEN]):
        mem[p[P_GSTART] + i] = mem[globals_off + i]
    for i in range(saved.shape[0] - 1, -1, -1):                 # R15 .. R4, SR, SP, then PC
        a = base + OFF_REGS + 2 * i
        regs[saved[i]] = np.int64(mem[a]) | (np.int64(mem[a + 1]) << 8)
    words = base + p[P_OPERIPH] + 2 * 3
    for k in range(steps.shape[0] // 4):
        i = steps[4 * k]
        if i < 0:
            v = steps[4 * k + 2]
        else:
            a = words + 2 * i
            v = ((np.int64(mem[a]) | (np.int64(mem[a + 1]) << 8)) & steps[4 * k + 1]) | steps[4 * k + 2]
        values[k] = v & steps[4 * k + 3]
    return stack_len


_SAVED64 = np.array(SAVED_REGISTERS, dtype=np.int64)


def latest_slot(mem: np.ndarray, layout: BundleLayout, params: np.ndarray | None = None) -> SlotInfo | None:
    """:func:`find_latest_valid` in one compiled call (``params``: :func:`restore_params` of ``layout``,
    given by a caller that keeps them)."""
    p = restore_params(layout) if params is None else params
    index, sequence, pc, sp, stack_len = _latest_slot(mem, p, _CRC_ARRAY)
    if index < 0:
        return None
    return SlotInfo(int(index), layout.slot_addr(int(index)), int(sequence), int(pc), int(sp), int(stack_len))


def restore_fast(state: MachineState, layout: BundleLayout, slot: SlotInfo, params: np.ndarray,
                 values: np.ndarray) -> int:
    """:func:`restore` and :func:`peripheral_writes` in one compiled call: ``values`` (int64, one per
    ``layout.periph.steps``) receives the peripheral writes' values (``layout.periph.step_table``: their
    addresses and sizes). Returns the bytes read from FRAM, as :func:`restore`; CheckpointError if the slot
    no longer holds the checkpoint."""
    stack_len = _restore_slot(state.mem, state.regs, params, slot.index, slot.sequence, _CRC_ARRAY, _SAVED64,
                              layout.periph.step_table, values)
    if stack_len < 0:
        raise CheckpointError(f"checkpoint slot {slot.index} (sequence {slot.sequence}) is no longer valid")
    state.ctl[C_TRIG_DONE] = 0
    return HEADER_SIZE + int(stack_len) + layout.globals_len + layout.periph.size + 4


def peripheral_writes(mem: np.ndarray, layout: BundleLayout, slot: SlotInfo) -> list[tuple[int, int, int]]:
    """The (address, value, size) register writes that restore the peripherals saved in ``slot``, in the
    device's restore order (apply them as CPU writes, e.g. ``machine.write_register``)."""
    at = slot.addr + layout.off_periph + 2 * 3
    n = len(layout.periph.addresses)
    return layout.periph.writes(mem[at:at + 2 * n].view("<u2").tolist())     # the little-endian words


__all__ = ["CRC_TABLE", "CheckpointError", "SavePlan", "SlotInfo", "apply_writes", "crc16_ccitt",
           "find_latest_valid", "latest_slot", "layout_params", "peripheral_values", "peripheral_writes",
           "plan_save", "read_slot", "restore", "restore_fast", "restore_params", "save"]
