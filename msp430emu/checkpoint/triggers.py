"""Mementos trigger points found by analysing a firmware binary (no compiler pass).

``find_triggers(image, kind) -> TriggerSet`` walks the machine code of every function of an ELF image
instruction by instruction (decoded with the project's instruction table, ``msp430emu.cpu.isa``) and returns
the addresses where a Mementos-style voltage check runs:

``loop``    the loop latches: a jump (conditional or not, or ``BR #imm`` = ``MOV #imm, PC``) whose target
            lies at or before the jump and inside the same function. The trigger address is the latch
            instruction itself, so the check runs before the back edge is taken.
``return``  the address right after each ``CALL`` (where execution resumes when the callee returns),
            when that address still lies inside the calling function.
``timer``   the ``loop`` addresses, flagged ``timer_gated`` (the check returns at once unless a timer flag
            is set; the gating itself belongs to the run-time strategy).

Functions come from the ELF symbol table: ``STT_FUNC`` symbols, one per address (aliases such as
``exit``/``_exit`` merged), each running to ``addr + st_size`` or, without a size, to the next function
symbol or the end of its segment. Only the bytes inside a function are decoded, so data placed between
functions cannot derail the walk; a word that is not a base-ISA instruction is skipped as 2 bytes of data
and counted in ``TriggerSet.undecodable``.

The SDK runtime (crt0, ``exit``, the EABI helpers, ``memcpy``/``memset``, the UART printing helpers) is not
instrumented, as Mementos instruments the program's own code only: a function is excluded when the DWARF
line row at its first address names one of the SDK runtime sources
(``msp430emu.toolchain.sdk.RUNTIME_SOURCES`` in a
directory named like the SDK runtime directory), or, for images without line information, when its name
is one of the entry points crt0.S defines (``CRT0_FUNCTIONS``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import PurePath
from typing import TYPE_CHECKING

from msp430emu.cpu import isa
from msp430emu.cpu.state import A_TRIGGER, MachineState
from msp430emu.errors import ConfigError
from msp430emu.toolchain import sdk

if TYPE_CHECKING:
    from msp430emu.toolchain.loader import Image

TRIGGER_KINDS = ("loop", "return", "timer")
CRT0_FUNCTIONS = frozenset({"__crt0_start", "exit", "_exit", "__unhandled_irq"})
RUNTIME_SOURCES = frozenset(sdk.RUNTIME_SOURCES)
RUNTIME_DIR_NAME = sdk.RUNTIME_DIR.name


@dataclass(frozen=True)
class Function:
    """A function of the image: ``[start, end)`` and its symbol name."""

    name: str
    start: int
    end: int


@dataclass(frozen=True)
class Trigger:
    """One trigger point. ``addr``: the check runs before the instruction starting there. ``source``: the
    instruction that defines it (the latch itself, or the CALL). ``target``: the back-edge target (loop,
    timer) or the callee (return; None for an indirect call)."""

    addr: int
    function: str
    source: int
    target: int | None
    timer_gated: bool = False


@dataclass(frozen=True)
class TriggerSet:
    kind: str
    triggers: tuple[Trigger, ...]
    functions: tuple[Function, ...]      # the functions analysed (runtime functions excluded)
    excluded: tuple[str, ...]            # names of the runtime functions left out
    undecodable: int = 0                 # words inside analysed functions that are not instructions

    def addresses(self) -> list[int]:
        """Trigger addresses, sorted, without duplicates."""
        return sorted({t.addr for t in self.triggers})

    def mark(self, state: MachineState) -> None:
        """Flag every trigger address with ``A_TRIGGER`` in the machine's attribute array (the core then
        charges ``ctl[C_TRIG_COST]`` there and stops when armed; see msp430emu/state.py)."""
        for addr in self.addresses():
            state.attr[addr] |= A_TRIGGER


@dataclass(frozen=True)
class Decoded:
    """The control-flow facts of one instruction that the analysis needs."""

    addr: int
    length: int
    op: int                      # isa op id, 0 = not an instruction
    branch_target: int | None    # static target of a jump or BR #imm
    call_target: int | None      # static callee of CALL #imm (None for other calls)


class _CodeReader:
    """Words of the image's loaded segments (little-endian); bytes outside every segment read as 0xFF
    (erased memory), which decodes as an illegal word."""

    def __init__(self, segments: Iterable) -> None:
        self._segments = [(int(getattr(s, "addr", getattr(s, "address", 0))), bytes(s.data))
                          for s in segments]

    def byte(self, addr: int) -> int:
        for start, data in self._segments:
            if start <= addr < start + len(data):
                return data[addr - start]
        return 0xFF

    def word(self, addr: int) -> int:
        return self.byte(addr) | (self.byte(addr + 1) << 8)


def decode(read_word: Callable[[int], int], addr: int) -> Decoded:
    """Decode the instruction at ``addr`` far enough for control flow."""
    word = read_word(addr) & 0xFFFF
    op = isa.decode_op(word)
    insn = isa.insn_by_op(op)
    if insn is None:
        return Decoded(addr, 2, 0, None, None)
    length = isa.length_of(word)
    if insn.fmt == isa.FMT_JUMP:
        offset = word & 0x3FF
        offset -= 0x400 if offset & 0x200 else 0
        return Decoded(addr, 2, op, (addr + 2 + 2 * offset) & 0xFFFF, None)
    src_reg, as_ = ((word & 0xF) if insn.fmt == isa.FMT_II else (word >> 8) & 0xF), (word >> 4) & 3
    immediate = read_word(addr + 2) & 0xFFFF if (src_reg, as_) == (0, 3) else None
    if op == isa.OP_CALL:
        return Decoded(addr, length, op, None, immediate)
    is_br = (op == isa.OP_MOV and not word & 0x40 and word & 0xF == 0 and not (word >> 7) & 1)
    return Decoded(addr, length, op, immediate if is_br else None, None)


def functions_of(image: Image) -> list[Function]:
    """The image's functions from its ELF symbols (sorted by address, aliases merged)."""
    info = getattr(image, "symbol_info", None) or {}
    funcs = sorted((s for s in info.values() if s.kind == "func"), key=lambda s: (s.addr, -s.size, s.name))
    by_addr: dict[int, tuple[str, int]] = {}
    for s in funcs:
        by_addr.setdefault(s.addr, (s.name, s.size))
    starts = sorted(by_addr)
    segments = [(int(s.addr), int(s.addr) + len(s.data)) for s in image.segments]
    out = []
    for i, start in enumerate(starts):
        name, size = by_addr[start]
        seg_end = next((e for a, e in segments if a <= start < e), start)
        limit = min(starts[i + 1] if i + 1 < len(starts) else seg_end, seg_end)
        end = min(start + size, limit) if size > 0 else limit
        if end > start:
            out.append(Function(name, start, end))
    return out


def is_runtime_function(image: Image, func: Function) -> bool:
    """True for SDK runtime code (see the module docstring for the rule)."""
    line = None
    line_at = getattr(image, "line_at", None)
    if line_at is not None:
        line = line_at(func.start)
    if line is None:
        return func.name in CRT0_FUNCTIONS
    path = PurePath(line[0])
    return path.name in RUNTIME_SOURCES and path.parent.name == RUNTIME_DIR_NAME


def find_triggers(image: Image, kind: str) -> TriggerSet:
    """Trigger points of ``kind`` ("loop", "return" or "timer") in ``image`` (a loaded ELF image)."""
    if kind not in TRIGGER_KINDS:
        raise ConfigError(f"unknown trigger kind {kind!r} (use one of {', '.join(TRIGGER_KINDS)})")
    functions = functions_of(image)
    if not functions:
        raise ConfigError(f"{_image_name(image)}: no function symbols (trigger analysis needs an ELF image "
                          "with its symbol table)")
    reader = _CodeReader(image.segments)
    analysed, excluded, triggers = [], [], []
    undecodable = 0
    for func in functions:
        if is_runtime_function(image, func):
            excluded.append(func.name)
            continue
        analysed.append(func)
        addr = func.start
        while addr < func.end:
            d = decode(reader.word, addr)
            undecodable += d.op == 0
            if kind in ("loop", "timer") and d.branch_target is not None:
                if func.start <= d.branch_target <= addr:
                    triggers.append(Trigger(addr, func.name, addr, d.branch_target, kind == "timer"))
            elif kind == "return" and d.op == isa.OP_CALL and addr + d.length < func.end:
                triggers.append(Trigger(addr + d.length, func.name, addr, d.call_target))
            addr += d.length
    return TriggerSet(kind, tuple(triggers), tuple(analysed), tuple(excluded), undecodable)


def _image_name(image: Image) -> str:
    path = getattr(image, "path", None)
    return PurePath(path).name if path is not None else "image"


__all__ = ["CRT0_FUNCTIONS", "TRIGGER_KINDS", "Decoded", "Function", "Trigger", "TriggerSet", "decode",
           "find_triggers", "functions_of", "is_runtime_function"]
