"""Disassembly of the MSP430X instructions (SLAU367P 4.5.2, 4.6.3), from the encodings in msp430emu/isa_x.py.

``disassemble_x(read_word, addr, symbol)`` returns ``(text, length)`` or None for a word that is not an
MSP430X instruction. Syntax as TI's assembler: ``mova #0x12345, r5``, ``calla #func``, ``reta``,
``pushm.a #2, r10``, ``rlam.w #4, r12``, ``addx.a #0x12345, r7``, ``movx.w &0x12344, r8``,
``rpt #4 { rlax.w r5`` (register-mode repeat), ``rrux.w r6`` (ZC), ``bra`` for MOVA to PC.
"""

from __future__ import annotations

from collections.abc import Callable

from msp430emu.cpu import isa
from msp430emu.cpu import isa_x as ix

REG_NAMES = ("pc", "sp", "sr", "r3") + tuple(f"r{i}" for i in range(4, 16))
SymbolLookup = Callable[[int], "str | None"]


def _hex(value: int) -> str:
    return str(value) if 0 <= value < 10 else (f"-0x{-value:x}" if value < 0 else f"0x{value:x}")


def _addr(value: int, symbol: SymbolLookup | None) -> str:
    name = symbol(value) if symbol is not None else None
    return name if name else f"0x{value:05x}" if value > 0xFFFF else f"0x{value:04x}"


def _signed16(x: int) -> int:
    return x - 0x10000 if x & 0x8000 else x


def _signed20(x: int) -> int:
    return x - 0x100000 if x & 0x80000 else x


def _address_insn(word: int, read_word: Callable[[int], int], addr: int,
                  symbol: SymbolLookup | None) -> tuple[str, int] | None:
    form, hi, rd = (word >> 4) & 0xF, (word >> 8) & 0xF, word & 0xF
    def nxt() -> int:
        return read_word(addr + 2) & 0xFFFF

    if form in (ix.AF_SHIFT_A, ix.AF_SHIFT_W):
        suffix = ".w" if form == ix.AF_SHIFT_W else ".a"
        name = ix.SHIFT_OPS[(word >> 8) & 3].lower()
        return f"{name}{suffix} #{((word >> 10) & 3) + 1}, {REG_NAMES[rd]}", 2
    if word == ix.RETA_WORD:
        return "reta", 2
    dst = REG_NAMES[rd]
    if form == ix.AF_MOVA_IND or form == ix.AF_MOVA_INC:
        if hi == 0:
            return None
        src, length = "@" + REG_NAMES[hi] + ("+" if form == ix.AF_MOVA_INC else ""), 2
    elif form == ix.AF_MOVA_ABS:
        src, length = "&" + _addr((hi << 16) | nxt(), symbol), 4
    elif form == ix.AF_MOVA_IDX:
        src, length = f"{_hex(_signed16(nxt()))}({REG_NAMES[hi]})", 4
    elif form == ix.AF_MOVA_TO_ABS:
        return f"mova {REG_NAMES[hi]}, &{_addr(((word & 0xF) << 16) | nxt(), symbol)}", 4
    elif form == ix.AF_MOVA_TO_IDX:
        return f"mova {REG_NAMES[hi]}, {_hex(_signed16(nxt()))}({dst})", 4
    elif form >= ix.AF_REG_FIRST:
        name = ix.ADDR_OPS[form - ix.AF_REG_FIRST].lower()
        if name == "mova" and rd == 0:
            return f"bra {REG_NAMES[hi]}", 2
        return f"{name} {REG_NAMES[hi]}, {dst}", 2
    else:
        name = ix.ADDR_OPS[form - ix.AF_IMM_FIRST].lower()
        value = (hi << 16) | nxt()
        if name == "mova" and rd == 0:
            return f"bra #{_addr(value, symbol)}", 4
        return f"{name} #{_hex(value)}, {dst}", 4
    return (f"bra {src}" if rd == 0 else f"mova {src}, {dst}"), length


def _calla(word: int, read_word: Callable[[int], int], addr: int,
           symbol: SymbolLookup | None) -> tuple[str, int] | None:
    form, r = (word >> 4) & 0xF, word & 0xF
    if int(ix.CALLA_CYCLES[form]) == 0:
        return None
    reg = REG_NAMES[r]
    if form in (ix.CALLA_REG, ix.CALLA_IND, ix.CALLA_INC):
        return f"calla {'@' if form != ix.CALLA_REG else ''}{reg}{'+' if form == ix.CALLA_INC else ''}", 2
    nxt = read_word(addr + 2) & 0xFFFF
    text = {ix.CALLA_IDX: (f"{_hex(_signed16(nxt))}({reg})", 4),
            ix.CALLA_ABS: ("&" + _addr((r << 16) | nxt, symbol), 4),
            ix.CALLA_SYM: (_addr((addr + 2 + _signed20((r << 16) | nxt)) & 0xFFFFF, symbol), 4),
            ix.CALLA_IMM: ("#" + _addr((r << 16) | nxt, symbol), 4)}[form]
    return f"calla {text[0]}", text[1]


def _pushpop(word: int) -> tuple[str, int] | None:
    n, r = ((word >> 4) & 0xF) + 1, word & 0xF
    suffix = ".w" if word & ix.PUSHPOP_WORD else ".a"
    if word & ix.PUSHPOP_POP:
        if r + n > 16:
            return None
        return f"popm{suffix} #{n}, {REG_NAMES[r + n - 1]}", 2
    if r - n + 1 < 0:
        return None
    return f"pushm{suffix} #{n}, {REG_NAMES[r]}", 2


def _x_operand(read_word: Callable[[int], int], reg: int, am: int, hi: int, cursor: int, is_dst: bool,
               symbol: SymbolLookup | None) -> tuple[str, int]:
    if not is_dst and (reg, am) in isa.CONSTANT_GENERATORS:
        value = isa.CONSTANT_GENERATORS[(reg, am)]
        return "#" + _hex(-1 if value == 0xFFFF else value), cursor
    if am == 0:
        return REG_NAMES[reg], cursor
    if am == 2:
        return "@" + REG_NAMES[reg], cursor
    if am == 3 and reg != 0:
        return "@" + REG_NAMES[reg] + "+", cursor
    value = (hi << 16) | (read_word(cursor) & 0xFFFF)
    if am == 3:
        return "#" + _hex(value), cursor + 2
    if reg == 0:
        return _addr((cursor + value) & 0xFFFFF, symbol), cursor + 2
    if reg == 2:
        return "&" + _addr(value, symbol), cursor + 2
    return f"{_hex(_signed20(value))}({REG_NAMES[reg]})", cursor + 2


def _extended(ext: int, read_word: Callable[[int], int], addr: int,
              symbol: SymbolLookup | None) -> tuple[str, int] | None:
    word = read_word(addr + 2) & 0xFFFF
    al, bw = bool(ext & ix.EXT_AL), bool(word & 0x40)
    insn = isa.insn_by_op(isa.decode_op(word))
    if insn is None or insn.fmt == isa.FMT_JUMP or insn.name in ("RETI", "CALL"):
        return None
    if insn.name in ("SWPB", "SXT"):
        suffix = ".w" if al else ".a"
    elif al or bw:
        suffix = ".b" if (al and bw) else ".w" if al else ".a"
    else:
        return None
    fmt1 = insn.fmt == isa.FMT_I
    as_, ad = (word >> 4) & 3, ((word >> 7) & 1) if fmt1 else 0
    name = insn.name.lower() + "x"
    cursor = addr + 4
    if as_ == 0 and ad == 0 and insn.name != "PUSH":
        if insn.name == "RRC" and ext & ix.EXT_ZC:
            name = "rrux"
        elif ext & ix.EXT_ZC:
            name += "(zc)"
        rs = (word >> 8) & 0xF if fmt1 else word & 0xF
        ops = f"{REG_NAMES[rs]}, {REG_NAMES[word & 0xF]}" if fmt1 else REG_NAMES[word & 0xF]
        if fmt1 and rs == 3:
            ops = f"#0, {REG_NAMES[word & 0xF]}"
        count = ext & 0xF
        prefix = f"rpt {REG_NAMES[count]} {{ " if ext & ix.EXT_RPT_REG else (
            f"rpt #{count + 1} {{ " if count else "")
        return f"{prefix}{name}{suffix} {ops}", 4
    # format II: the one operand's bits 19:16 are the extension word's destination bits 3:0
    src, cursor = _x_operand(read_word, (word >> 8) & 0xF if fmt1 else word & 0xF, as_,
                             (ext >> 7) & 0xF if fmt1 else ext & 0xF, cursor, False, symbol)
    if not fmt1:
        return f"{name}{suffix} {src}", cursor - addr
    dst, cursor = _x_operand(read_word, word & 0xF, ad, ext & 0xF, cursor, True, symbol)
    return f"{name}{suffix} {src}, {dst}", cursor - addr


def disassemble_x(read_word: Callable[[int], int], addr: int,
                  symbol: SymbolLookup | None = None) -> tuple[str, int] | None:
    """Disassemble an MSP430X instruction at ``addr``: (text, length in bytes), or None if it is not one."""
    word = read_word(addr) & 0xFFFF
    if word < 0x1000:
        return _address_insn(word, read_word, addr, symbol)
    if 0x1340 <= word < 0x1400:
        return _calla(word, read_word, addr, symbol)
    if 0x1400 <= word < ix.EXT_FIRST:
        return _pushpop(word)
    if ix.EXT_FIRST <= word < ix.EXT_END:
        return _extended(word, read_word, addr, symbol)
    return None


__all__ = ["disassemble_x"]
