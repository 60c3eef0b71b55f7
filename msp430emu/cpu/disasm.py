"""Disassembler driven by the instruction table of msp430emu/isa.py.

``disassemble(read_word, addr, symbol=None) -> (text, length_in_bytes)`` decodes with the same
``isa.DECODE`` table as the core, shows emulated mnemonics (``ret``, ``pop r5``, ``inc.b 2(r4)``, ``clrc``...)
from ``isa.EMULATED``, and resolves addresses (jump targets, symbolic and absolute operands, call/branch
immediates) through the optional ``symbol(addr) -> name | None`` lookup. MSP430X instructions are printed by
msp430emu/disasm_x.py; words neither defines print as ``.word 0x....``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from msp430emu.cpu import isa
from msp430emu.cpu.disasm_x import disassemble_x

REG_NAMES = ("pc", "sp", "sr", "r3") + tuple(f"r{i}" for i in range(4, 16))
SymbolLookup = Callable[[int], "str | None"]


@dataclass(frozen=True)
class Operand:
    """One decoded operand: enough to print it and to match emulated-instruction patterns."""

    reg: int
    mode: int            # isa.SRC_* (for destinations: SRC_REG, SRC_IDX, SRC_SYM, SRC_ABS)
    ext: int | None      # extension word, if any
    ext_addr: int        # address of the extension word (symbolic mode is relative to it)
    constant: int | None  # value for constant generators and immediates

    def address(self) -> int | None:
        """Effective address of a memory operand whose address is static (symbolic, absolute)."""
        if self.mode == isa.SRC_SYM and self.ext is not None:
            return (self.ext_addr + self.ext) & 0xFFFF
        if self.mode == isa.SRC_ABS:
            return self.ext
        return None


def _num(value: int) -> str:
    return str(value) if -10 < value < 10 else (f"-0x{-value:x}" if value < 0 else f"0x{value:x}")


def _name(addr: int, symbol: SymbolLookup | None) -> str:
    name = symbol(addr) if symbol is not None else None
    return name if name else f"0x{addr:04x}"


def _decode_operand(read_word: Callable[[int], int], reg: int, am: int, cursor: int,
                    is_dst: bool) -> tuple[Operand, int]:
    """Decode a source (As in 0..3) or destination (Ad in 0..1) operand; return it and the new cursor."""
    if not is_dst and (reg, am) in isa.CONSTANT_GENERATORS:
        return Operand(reg, isa.SRC_REG, None, cursor, isa.CONSTANT_GENERATORS[(reg, am)]), cursor
    if am == 0:
        return Operand(reg, isa.SRC_REG, None, cursor, None), cursor
    if am == 1:
        ext = read_word(cursor) & 0xFFFF
        mode = isa.SRC_SYM if reg == 0 else isa.SRC_ABS if reg == 2 else isa.SRC_IDX
        return Operand(reg, mode, ext, cursor, None), cursor + 2
    if am == 2:
        return Operand(reg, isa.SRC_IND, None, cursor, None), cursor
    if reg == 0:
        ext = read_word(cursor) & 0xFFFF
        return Operand(reg, isa.SRC_IMM, ext, cursor, ext), cursor + 2
    return Operand(reg, isa.SRC_INC, None, cursor, None), cursor


def _format(op: Operand, symbol: SymbolLookup | None, code_address: bool) -> str:
    if op.constant is not None:
        value = op.constant
        if op.mode == isa.SRC_IMM and code_address:
            return "#" + _name(value, symbol)
        return "#" + _num(value - 0x10000 if value == 0xFFFF and op.mode == isa.SRC_REG else value)
    if op.mode == isa.SRC_REG:
        return REG_NAMES[op.reg]
    if op.mode == isa.SRC_IND:
        return "@" + REG_NAMES[op.reg]
    if op.mode == isa.SRC_INC:
        return "@" + REG_NAMES[op.reg] + "+"
    if op.mode == isa.SRC_ABS:
        return "&" + _name(op.ext or 0, symbol)
    if op.mode == isa.SRC_SYM:
        return _name(op.address() or 0, symbol)
    ext = op.ext or 0
    return f"{_num(ext - 0x10000 if ext & 0x8000 else ext)}({REG_NAMES[op.reg]})"


def _same_location(a: Operand, b: Operand) -> bool:
    if a.mode != b.mode or a.constant is not None or b.constant is not None:
        return False
    if a.mode in (isa.SRC_SYM, isa.SRC_ABS):
        return a.address() == b.address()
    return a.reg == b.reg and a.ext == b.ext


def _emulated(name: str, byte: bool, src: Operand, dst: Operand) -> tuple[str, bool] | None:
    """Match the emulated-instruction table: (mnemonic, has_operand) or None."""
    mask = 0xFF if byte else 0xFFFF
    for emu, core, src_pat, dst_pat, byte_ok in isa.EMULATED:
        if core != name or (byte and not byte_ok):
            continue
        if dst_pat != "any" and not (dst.mode == isa.SRC_REG and REG_NAMES[dst.reg] == dst_pat.lower()):
            continue
        if isinstance(src_pat, int):
            if src.constant is None or (src.constant & mask) != (src_pat & mask):
                continue
        elif src_pat == "@SP+":
            if not (src.mode == isa.SRC_INC and src.reg == 1):
                continue
        elif src_pat == "dst":
            if not _same_location(src, dst):
                continue
        return emu, dst_pat == "any" or emu == "BR"
    return None


def disassemble(read_word: Callable[[int], int], addr: int,
                symbol: SymbolLookup | None = None) -> tuple[str, int]:
    """Disassemble the instruction at ``addr``: (text, length in bytes)."""
    word = read_word(addr) & 0xFFFF
    op = isa.decode_op(word)
    insn = isa.insn_by_op(op)
    if insn is None:
        return disassemble_x(read_word, addr, symbol) or (f".word 0x{word:04x}", 2)
    cursor = addr + 2
    if insn.fmt == isa.FMT_JUMP:
        offset = word & 0x3FF
        offset -= 0x400 if offset & 0x200 else 0
        return f"{insn.name.lower()} {_name((addr + 2 + 2 * offset) & 0xFFFF, symbol)}", 2
    if op == isa.OP_RETI:
        return "reti", 2
    byte = bool(word & 0x40)
    suffix = ".b" if byte else ""
    as_ = (word >> 4) & 3
    if insn.fmt == isa.FMT_II:
        operand, cursor = _decode_operand(read_word, word & 0xF, as_, cursor, False)
        text = _format(operand, symbol, code_address=op == isa.OP_CALL)
        return f"{insn.name.lower()}{suffix} {text}", cursor - addr
    src, cursor = _decode_operand(read_word, (word >> 8) & 0xF, as_, cursor, False)
    dst, cursor = _decode_operand(read_word, word & 0xF, (word >> 7) & 1, cursor, True)
    length = cursor - addr
    emulated = _emulated(insn.name, byte, src, dst)
    if emulated is not None:
        emu, has_operand = emulated
        if emu == "BR":
            return f"br {_format(src, symbol, code_address=True)}", length
        if not has_operand:
            return emu.lower(), length
        return f"{emu.lower()}{suffix} {_format(dst, symbol, code_address=False)}", length
    to_pc = dst.mode == isa.SRC_REG and dst.reg == 0
    return (f"{insn.name.lower()}{suffix} {_format(src, symbol, code_address=to_pc)}, "
            f"{_format(dst, symbol, code_address=False)}"), length


def disassemble_range(read_word: Callable[[int], int], start: int, end: int,
                      symbol: SymbolLookup | None = None) -> list[tuple[int, str, int]]:
    """Disassemble [start, end): a list of (address, text, length)."""
    out = []
    addr = start
    while addr < end:
        text, length = disassemble(read_word, addr, symbol)
        out.append((addr, text, length))
        addr += length
    return out


__all__ = ["REG_NAMES", "disassemble", "disassemble_range"]
