"""The peripheral block of a checkpoint: which peripheral registers a save reads and a restore writes back.

The list is device data: the ``[[checkpoint]]`` tables of a device TOML (msp430emu/devices/fr5969.toml), in
restore order. :func:`block_for` turns them into a :class:`PeripheralBlock`:

* ``addresses``: the word registers a save reads, in the order their values are stored in the block;
* ``steps``: the writes of a restore, in order. A step writes either a saved word (its bits outside
  ``and_mask`` cleared, then ``or_mask`` set: flags that must not be written back, a password, a module held
  in reset while it is set up) or a constant (``index`` = -1: a password unlock or a lock, byte or word).

In the bundle the block is ``PERIPH_VERSION``, the register count, the block's ``ident`` (CRC-16-CCITT of the
register addresses, so that a bundle saved with another register list is never restored) and one word per
register (docs/checkpointing.md, "Peripheral block"). :func:`runtime_tables_asm` writes the same block as
assembler tables for the firmware runtime (designs/firmware/runtime), so both sides save and restore the
same registers in the same layout.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

import numpy as np

from msp430emu.errors import ConfigError

if TYPE_CHECKING:
    from msp430emu.devices import Device

PERIPH_VERSION = 1
HEADER_WORDS = 3                       # version, count, ident


def _crc16(data: bytes, crc: int = 0xFFFF) -> int:
    """CRC-16-CCITT (0x1021, MSB first), as msp430emu.checkpoint.bundle.crc16_ccitt (no import cycle)."""
    for byte in data:
        crc ^= byte << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) & 0xFFFF if crc & 0x8000 else (crc << 1) & 0xFFFF
    return crc


@dataclass(frozen=True)
class RestoreStep:
    """One write of a restore: ``addr`` receives saved word ``index`` masked (``(v & and_mask) | or_mask``),
    or, with ``index`` = -1, the constant ``or_mask`` (``size`` 1: a byte write)."""

    addr: int
    index: int
    and_mask: int = 0xFFFF
    or_mask: int = 0
    size: int = 2
    name: str = ""


@dataclass(frozen=True)
class PeripheralBlock:
    names: tuple[str, ...] = ()            # "CS.CSCTL1", in block order
    addresses: tuple[int, ...] = ()
    steps: tuple[RestoreStep, ...] = ()

    @cached_property
    def ident(self) -> int:
        return _crc16(b"".join(a.to_bytes(2, "little") for a in self.addresses))

    @cached_property
    def header(self) -> tuple[int, int, int]:
        return PERIPH_VERSION, len(self.addresses), self.ident

    @property
    def size(self) -> int:
        """Bytes of the block in a slot: the three header words and one word per register; 0 for a device
        that lists no registers (no block at all)."""
        return 2 * (HEADER_WORDS + len(self.addresses)) if self.addresses else 0

    def encode(self, values: Sequence[int]) -> bytes:
        """The block's bytes for the saved register ``values`` (one per address)."""
        if len(values) != len(self.addresses):
            raise ValueError(f"{len(values)} peripheral values for {len(self.addresses)} registers")
        if not self.addresses:
            return b""
        words = np.concatenate((np.asarray(self.header, dtype=np.int64), np.asarray(values, dtype=np.int64)))
        return (words & 0xFFFF).astype("<u2").tobytes()

    def writes(self, values: Sequence[int]) -> list[tuple[int, int, int]]:
        """The restore as (address, value, size) writes, in order, for the saved ``values``."""
        out = []
        for s in self.steps:
            value = s.or_mask if s.index < 0 else (int(values[s.index]) & s.and_mask) | s.or_mask
            out.append((s.addr, value & (0xFF if s.size == 1 else 0xFFFF), s.size))
        return out

    @cached_property
    def step_table(self) -> np.ndarray:
        """The steps as a flat int64 table for the compiled restore (bundle.restore_fast): four numbers a
        step, (index, and_mask, or_mask, size mask); a constant step has index -1 and its value in or_mask."""
        rows = [(s.index, s.and_mask, s.or_mask, 0xFF if s.size == 1 else 0xFFFF) for s in self.steps]
        return np.array(rows, dtype=np.int64).reshape(-1)

    @cached_property
    def step_targets(self) -> tuple[tuple[int, ...], tuple[int, ...]]:
        """(addresses, sizes) of the steps, in order (the values come from :meth:`writes` or the table)."""
        return tuple(s.addr for s in self.steps), tuple(s.size for s in self.steps)


EMPTY_BLOCK = PeripheralBlock()


def _int(table: Mapping, key: str, where: str, default: int | None = None) -> int:
    value = table.get(key, default)
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= 0xFFFF:
        raise ConfigError(f"{where}: {key} must be an integer 0..0xFFFF (got {value!r})")
    return value


def block_for(device: Device) -> PeripheralBlock:
    """The peripheral block of ``device`` from its ``[[checkpoint]]`` tables (empty without any). A table
    that names an unknown peripheral or register, or an offset outside the peripheral, is a one-line
    ConfigError."""
    names: list[str] = []
    addresses: list[int] = []
    steps: list[RestoreStep] = []
    specs = {p.name: p for p in device.peripherals}
    for n, table in enumerate(getattr(device, "checkpoint", ())):
        where = f"device {device.id}: checkpoint table {n + 1}"
        spec = specs.get(table.get("peripheral"))
        if spec is None:
            raise ConfigError(f"{where}: unknown peripheral {table.get('peripheral')!r}")
        where = f"device {device.id}: checkpoint of {spec.name}"
        registers = table.get("registers", {})
        index: dict[str, int] = {}
        for name in registers:
            off = _int(registers, name, where)
            if off & 1 or off + 2 > spec.size:
                raise ConfigError(f"{where}: register {name} at +0x{off:X} is not a word of the peripheral "
                                  f"(0x{spec.size:X} bytes)")
            index[name] = len(addresses)
            names.append(f"{spec.name}.{name}")
            addresses.append(spec.base + off)
        for step in table.get("restore", []):
            step = {"reg": step} if isinstance(step, str) else step
            if "reg" in step:
                if step["reg"] not in index:
                    raise ConfigError(f"{where}: restore names {step['reg']!r}, not one of its registers")
                i = index[step["reg"]]
                steps.append(RestoreStep(addresses[i], i, _int(step, "and", where, 0xFFFF),
                                         _int(step, "or", where, 0), 2, step["reg"]))
            elif "write" in step:
                off, size = _int(step, "write", where), 1 if step.get("byte", False) else 2
                if off + size > spec.size or (size == 2 and off & 1):
                    raise ConfigError(f"{where}: write at +0x{off:X} is outside the peripheral")
                value = _int(step, "value", where)
                if size == 1 and value > 0xFF:
                    raise ConfigError(f"{where}: byte write of 0x{value:X}")
                steps.append(RestoreStep(spec.base + off, -1, 0, value, size, f"+0x{off:X}"))
            else:
                raise ConfigError(f"{where}: a restore step needs 'reg' or 'write' (got {dict(step)!r})")
    return PeripheralBlock(tuple(names), tuple(addresses), tuple(steps))


def runtime_copy_asm(block: PeripheralBlock) -> str:
    """The save's copy of the block, unrolled, for ``#include`` inside ``__mementos_check`` (R15 = the block
    in the slot): each header word ``mov #v,x(r15)``, each register ``mov &REG,x(r15)`` (the block is outside
    the bundle's CRC). Empty for a device without a block."""
    if not block.addresses:
        return ""
    lines = ["; generated by msp430emu.checkpoint.periph: the peripheral block's copy (R15 = its place)"]
    for i, word in enumerate(block.header):
        lines.append(f"        mov     #0x{word:04X}, {2 * i}(r15)")
    for i, (name, addr) in enumerate(zip(block.names, block.addresses, strict=True)):
        lines.append(f"        mov     &0x{addr:04X}, {6 + 2 * i}(r15)   ; {name}")
    return "\n".join(lines) + "\n"


def runtime_tables_asm(block: PeripheralBlock) -> str:
    """Assembler source of the block for the firmware runtime (designs/firmware/runtime/mementos.h):

    ``__mementos_periph_save``: a table of the three header words, then the register addresses (block
    order; the boot code checks a bundle's header words against it);
    (the save's copy is :func:`runtime_copy_asm`, assembled inside ``__mementos_check``);
    ``__mementos_periph_restore(values)``: the restore steps unrolled (R12 = the saved words in the slot):
    ``mov x(r12),&REG`` for a word written back as saved, ``mov x(r12),r15`` [``and #m,r15``] [``bis
    #s,r15``] ``mov r15,&REG`` for a masked one, ``mov[.b] #v,&REG`` for a constant, as the emulator's cost
    model charges them (msp430emu/checkpoint/cost.py)."""
    lines = ["; generated by msp430emu.checkpoint.periph from the device's [[checkpoint]] tables",
             '        .section .rodata.__mementos_periph_save,"a",@progbits',
             "        .p2align 1",
             "        .globl  __mementos_periph_save",
             "        .type   __mementos_periph_save,@object",
             "__mementos_periph_save:",
             "        .short  " + ", ".join(f"0x{w:04X}" for w in block.header)]
    for name, addr in zip(block.names, block.addresses, strict=True):
        lines.append(f"        .short  0x{addr:04X}          ; {name}")
    lines += [f"        .size   __mementos_periph_save, {block.size}",
              '        .section .text.__mementos_periph_restore,"ax",@progbits',
              "        .p2align 1",
              "        .globl  __mementos_periph_restore",
              "        .type   __mementos_periph_restore,@function",
              "__mementos_periph_restore:"]
    for st in block.steps:
        if st.index < 0:
            suffix = ".b" if st.size == 1 else ""
            lines.append(f"        mov{suffix}   #0x{st.or_mask:04X}, &0x{st.addr:04X}   ; {st.name}")
        elif st.and_mask == 0xFFFF and not st.or_mask:
            lines.append(f"        mov     {2 * st.index}(r12), &0x{st.addr:04X}   ; {st.name}")
        else:
            lines.append(f"        mov     {2 * st.index}(r12), r15          ; {st.name}")
            if st.and_mask != 0xFFFF:
                lines.append(f"        and     #0x{st.and_mask:04X}, r15")
            if st.or_mask:
                lines.append(f"        bis     #0x{st.or_mask:04X}, r15")
            lines.append(f"        mov     r15, &0x{st.addr:04X}")
    lines += ["        ret", "        .size   __mementos_periph_restore, .-__mementos_periph_restore"]
    return "\n".join(lines) + "\n"


__all__ = ["EMPTY_BLOCK", "HEADER_WORDS", "PERIPH_VERSION", "PeripheralBlock", "RestoreStep", "block_for",
           "runtime_copy_asm", "runtime_tables_asm"]
