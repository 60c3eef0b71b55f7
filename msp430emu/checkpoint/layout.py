"""Where checkpoints live in FRAM and what they hold: the layout of the two-slot checkpoint region.

A :class:`BundleLayout` fixes, for one program on one device, the FRAM region of the two slots and every
offset inside a slot (see docs/checkpointing.md, "Bundle layout", for the byte-by-byte table). All fields
are 16-bit little-endian words, as the MSP430 stores them. Offsets inside a slot:

====================  ==================================================================================
0x00 magic            0x4B43 ("CK")
0x02 version          2 (1: without the peripheral block)
0x04 sequence         32 bits (low word first): 1 for the first checkpoint, +1 for each one after
0x08 stack_len        bytes of live stack saved: stack_top - SP
0x0A globals_start    address of the saved globals (.data start)
0x0C globals_len      bytes of globals (.data + .bss + .noinit)
0x0E registers        R0 (PC), R1 (SP), R2 (SR), R4 .. R15: 15 words
0x2C stack area       ``max_stack`` bytes mirroring SRAM [stack_top - max_stack, stack_top); only the
                      live part [SP, stack_top) is written, at offset 0x2C + (SP - stack_low)
...  globals area     ``globals_len`` bytes mirroring [globals_start, globals_start + globals_len)
...  peripheral block PERIPH_VERSION, register count, ident (CRC-16 of the register addresses), then one
                      word per peripheral register the device lists (periph.py; may be empty)
...  crc              CRC-16-CCITT (0x1021, init 0xFFFF, MSB first) over the header, the registers, the
                      live stack bytes and the globals, in that order (not the peripheral block: a torn
                      save is caught by the commit word, another register list by the block's header)
last commit           COMMIT_BASE ^ (sequence & 0xFFFF), written last
====================  ==================================================================================
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from msp430emu.checkpoint.periph import EMPTY_BLOCK, PeripheralBlock, block_for
from msp430emu.errors import ConfigError

if TYPE_CHECKING:
    from msp430emu.devices import Device
    from msp430emu.toolchain.loader import Image

MAGIC = 0x4B43
VERSION = 2
COMMIT_BASE = 0xC3A5
SAVED_REGISTERS = (0, 1, 2, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15)   # R3 is the constant generator

OFF_MAGIC, OFF_VERSION, OFF_SEQ, OFF_STACK_LEN, OFF_GLOBALS_START, OFF_GLOBALS_LEN = 0, 2, 4, 8, 10, 12
OFF_REGS = 14
HEADER_SIZE = OFF_REGS + 2 * len(SAVED_REGISTERS)     # 0x2C
SLOT_COUNT = 2
GLOBALS_END_SYMBOLS = ("__ram_used_end", "__bss_end")  # the first one the image defines ends the globals


def _even(n: int) -> int:
    return n + (n & 1)


@dataclass(frozen=True)
class BundleLayout:
    """Offsets of the checkpoint slots of one program (all addresses absolute, ranges half-open)."""

    region_start: int
    region_end: int
    stack_top: int          # the stack's initial SP (top of SRAM); the live stack is [SP, stack_top)
    max_stack: int          # bytes reserved for the stack: SP never goes below stack_top - max_stack
    globals_start: int
    globals_len: int
    periph: PeripheralBlock = EMPTY_BLOCK   # the peripheral registers saved after the globals

    def __post_init__(self) -> None:
        for name in ("stack_top", "max_stack", "globals_start", "globals_len"):
            value = getattr(self, name)
            if value < 0 or value > 0xFFFF or value & 1:
                raise ConfigError(f"checkpoint layout: {name} = 0x{value:X} must be an even 16-bit value")
        if self.max_stack > self.stack_top:
            raise ConfigError(f"checkpoint layout: a stack of {self.max_stack} bytes does not fit below "
                              f"0x{self.stack_top:04X}")
        if self.region_start & 1:
            raise ConfigError(f"checkpoint region start 0x{self.region_start:05X} must be even")
        need = SLOT_COUNT * self.slot_size
        if self.region_end - self.region_start < need:
            raise ConfigError(f"checkpoint region 0x{self.region_start:05X}-0x{self.region_end - 1:05X} "
                              f"holds {max(self.region_end - self.region_start, 0)} bytes; two slots need "
                              f"{need}")

    # --- offsets inside a slot -------------------------------------------------------------------------
    @cached_property
    def stack_low(self) -> int:
        return self.stack_top - self.max_stack

    @cached_property
    def off_stack(self) -> int:
        return HEADER_SIZE

    @cached_property
    def off_globals(self) -> int:
        return HEADER_SIZE + self.max_stack

    @cached_property
    def off_periph(self) -> int:
        return _even(self.off_globals + self.globals_len)

    @cached_property
    def off_crc(self) -> int:
        return self.off_periph + self.periph.size

    @cached_property
    def off_commit(self) -> int:
        return self.off_crc + 2

    @cached_property
    def slot_size(self) -> int:
        return self.off_commit + 2

    def slot_addr(self, index: int) -> int:
        if not 0 <= index < SLOT_COUNT:
            raise ConfigError(f"checkpoint slot {index} does not exist (slots 0 and 1)")
        return self.region_start + index * self.slot_size

    @cached_property
    def used_end(self) -> int:
        """End of the bytes the two slots occupy (the region may be larger)."""
        return self.region_start + SLOT_COUNT * self.slot_size


def _segments(image: Image) -> list[tuple[int, int]]:
    out = []
    for seg in image.segments:
        addr = int(getattr(seg, "addr", getattr(seg, "address", 0)))
        out.append((addr, addr + len(seg.data)))
    return out


def default_region(device: Device) -> tuple[int, int]:
    """The highest FRAM region of the device that starts at or above 0x10000 (upper FRAM, which
    small-model programs never use), as a half-open range."""
    upper = [r for r in device.memory
             if r.nvm and r.access == "rw" and r.kind == "fram" and r.start >= 0x10000]
    if not upper:
        raise ConfigError(f"the {device.name} has no FRAM above 0x10000: give the checkpoint region "
                          "explicitly")
    region = max(upper, key=lambda r: r.start)
    return region.start, region.end + 1


def check_region(device: Device, image: Image, start: int, end: int) -> None:
    """ConfigError unless [start, end) is writable FRAM of the device that no program segment uses."""
    if not 0 <= start < end <= 1 << 20:
        raise ConfigError(f"checkpoint region 0x{start:X}-0x{end:X} is not a valid address range")
    addr = start
    while addr < end:                        # walk the regions the range crosses, in address order
        region = device.region_at(addr)
        if region is None or not region.nvm or region.access != "rw":
            where = region.name if region is not None else "unmapped"
            raise ConfigError(f"checkpoint region 0x{start:05X}-0x{end - 1:05X} reaches 0x{addr:05X} "
                              f"({where}), which is not writable FRAM of the {device.name}")
        addr = region.end + 1
    for seg_start, seg_end in _segments(image):
        if seg_start < end and start < seg_end:
            raise ConfigError(f"checkpoint region 0x{start:05X}-0x{end - 1:05X} collides with the program "
                              f"segment 0x{seg_start:05X}-0x{seg_end - 1:05X}")


def layout_for(image: Image, device: Device, region: tuple[int, int] | None = None) -> BundleLayout:
    """The layout of ``image`` on ``device``; ``region`` = (start, end) half-open, default
    :func:`default_region`. An SDK-built ELF names its globals and stack (``__data_start``,
    ``__ram_used_end``/``__bss_end``, ``__stack_top``); an image built otherwise (GCC's or TI's start-up
    code, no such symbols) saves the whole of SRAM: the stack area and the globals area both mirror it, so
    whatever its own start-up code placed there is kept. A region that is not free FRAM is a one-line
    ConfigError."""
    symbols = getattr(image, "symbols", {}) or {}
    end_name = next((n for n in GLOBALS_END_SYMBOLS if n in symbols), None)
    start, end = region if region is not None else default_region(device)
    check_region(device, image, start, end)
    if end_name is None or "__data_start" not in symbols or "__stack_top" not in symbols:
        sram = [r for r in device.memory if r.volatile]
        if not sram:
            raise ConfigError(f"the {device.name} has no SRAM to checkpoint")
        low, top = min(r.start for r in sram), max(r.end for r in sram) + 1
        return BundleLayout(start, end, top, top - low, low, top - low, block_for(device))
    globals_start, globals_end, stack_top = symbols["__data_start"], symbols[end_name], symbols["__stack_top"]
    if not globals_start <= globals_end <= stack_top:
        raise ConfigError(f"image symbols out of order: __data_start 0x{globals_start:04X}, {end_name} "
                          f"0x{globals_end:04X}, __stack_top 0x{stack_top:04X}")
    return BundleLayout(start, end, stack_top, stack_top - _even(globals_end), globals_start,
                        _even(globals_end) - globals_start, block_for(device))


__all__ = ["COMMIT_BASE", "HEADER_SIZE", "MAGIC", "SAVED_REGISTERS", "SLOT_COUNT", "VERSION", "BundleLayout",
           "check_region", "default_region", "layout_for"]
