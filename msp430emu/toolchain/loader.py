"""Program images: ELF (pyelftools), Intel HEX and TI-TXT, detected by content.

``load_image(path)`` returns an :class:`Image`: the bytes to place in memory as ``(address, data)``
segments, the entry point, and for ELF the symbol table (name -> address and address -> name) and the
DWARF line table (address -> (file, line), read lazily on first use). Every defect of the file is a
:class:`LoadError` with a one-line message: truncated files, a machine other than MSP430, overlapping
segments, segments outside the device's memory (``valid_ranges``), bad Intel HEX checksums.
"""

from __future__ import annotations

import bisect
import io
import struct
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from elftools.common.exceptions import DWARFError, ELFError, ELFParseError
from elftools.elf.elffile import ELFFile
from elftools.elf.sections import SymbolTableSection

from msp430emu.errors import LoadError
from msp430emu.toolchain.dwarf_lines import DwarfFormatError, LineTableReader

ADDRESS_LIMIT = 1 << 20  # MSP430X 20-bit address space
EM_MSP430 = 105
RESET_VECTOR = 0xFFFE
_ELF_ERRORS = (ELFError, ELFParseError, DWARFError, struct.error, ValueError, KeyError, IndexError,
               AttributeError, TypeError)


@dataclass(frozen=True)
class Segment:
    """``data`` placed at ``addr`` (zero-fill of ELF p_memsz > p_filesz included as zero bytes)."""

    addr: int
    data: bytes

    @property
    def end(self) -> int:
        return self.addr + len(self.data)


@dataclass(frozen=True)
class Symbol:
    name: str
    addr: int
    size: int
    kind: str      # "func", "object" or "other" (labels, linker-script symbols)
    is_global: bool


@dataclass
class Image:
    """A loadable program: segments, entry point, symbols, lazily read line table."""

    path: Path
    format: str                      # "elf", "ihex" or "ti-txt"
    segments: list[Segment]
    entry: int | None
    symbols: dict[str, int] = field(default_factory=dict)
    symbol_info: dict[str, Symbol] = field(default_factory=dict)
    addr_to_name: dict[int, str] = field(default_factory=dict)
    _elf_bytes: bytes | None = field(default=None, repr=False)
    _lines: tuple[list[int], list[tuple[str, int]]] | None = field(default=None, repr=False)
    _functions: tuple[list[int], list[Symbol]] | None = field(default=None, repr=False)

    def symbol(self, name: str) -> int:
        """Address of ``name``; LoadError if the image has no such symbol."""
        try:
            return self.symbols[name]
        except KeyError:
            raise LoadError(f"symbol {name!r} not found in {self.path.name}") from None

    def resolve(self, where: str | int) -> int:
        """An address given as an int, a number string ("0x4400", "17408") or a symbol name."""
        if isinstance(where, int):
            return where
        text = where.strip()
        try:
            return int(text, 0)
        except ValueError:
            return self.symbol(text)

    def name_at(self, addr: int) -> str | None:
        return self.addr_to_name.get(addr)

    def symbolize(self, addr: int) -> str:
        """``func+0xN`` for an address inside a sized function or object, else the hex address."""
        if self._functions is None:
            sized = sorted((s for s in self.symbol_info.values() if s.size > 0), key=lambda s: s.addr)
            self._functions = ([s.addr for s in sized], sized)
        starts, syms = self._functions
        i = bisect.bisect_right(starts, addr) - 1
        while i >= 0:
            s = syms[i]
            if s.addr <= addr < s.addr + s.size:
                return s.name if addr == s.addr else f"{s.name}+0x{addr - s.addr:x}"
            if addr - s.addr > 0x10000:
                break
            i -= 1
        return f"0x{addr:04x}"

    def line_at(self, addr: int) -> tuple[str, int] | None:
        """(file, line) of the line-table row covering ``addr``, None without DWARF line info there."""
        if self._lines is None:
            self._lines = _read_line_table(self)
        addrs, rows = self._lines
        i = bisect.bisect_right(addrs, addr) - 1
        if i < 0 or rows[i][1] <= 0:
            return None
        return rows[i]

    def reset_vector(self) -> int | None:
        """The word at 0xFFFE if the image fills it (where the MCU starts), else None."""
        for seg in self.segments:
            if seg.addr <= RESET_VECTOR and RESET_VECTOR + 2 <= seg.end:
                off = RESET_VECTOR - seg.addr
                return seg.data[off] | (seg.data[off + 1] << 8)
        return None

    def check_within(self, valid_ranges: Sequence[tuple[int, int]], what: str = "the device") -> None:
        """LoadError unless every segment lies inside one of the half-open ``[start, end)`` ranges."""
        for seg in self.segments:
            if not any(start <= seg.addr and seg.end <= end for start, end in valid_ranges):
                raise LoadError(f"{self.path.name}: segment 0x{seg.addr:05x}-0x{seg.end - 1:05x} lies "
                                f"outside the memory of {what}")

    @property
    def size(self) -> int:
        return sum(len(s.data) for s in self.segments)


def load_image(path: Path | str, valid_ranges: Sequence[tuple[int, int]] | None = None,
               device: str = "the device") -> Image:
    """Read an ELF, Intel HEX or TI-TXT file; optionally check it against the device's memory ranges."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise LoadError(f"cannot read {path}: {exc.strerror or exc}") from None
    if not raw.strip():
        raise LoadError(f"{path.name}: empty file")
    if raw.startswith(b"\x7fELF"):
        image = _load_elf(path, raw)
    else:
        text = _decode_text(path, raw)
        first = text.lstrip()[:1]
        if first == ":":
            image = _load_ihex(path, text)
        elif first == "@":
            image = _load_titxt(path, text)
        else:
            raise LoadError(f"{path.name}: unrecognised format (expected ELF, Intel HEX or TI-TXT)")
    _check_segments(path, image.segments)
    if valid_ranges is not None:
        image.check_within(valid_ranges, device)
    return image


# ---- ELF ----------------------------------------------------------------------------------------------

def _load_elf(path: Path, raw: bytes) -> Image:
    try:
        elf = ELFFile(io.BytesIO(raw))
        if elf.elfclass != 32 or not elf.little_endian:
            raise LoadError(f"{path.name}: not a 32-bit little-endian ELF (MSP430 ELF files are)")
        machine = elf.header["e_machine"]
        if machine not in ("EM_MSP430", EM_MSP430):
            raise LoadError(f"{path.name}: ELF machine is {machine}, expected EM_MSP430 (105)")
        segments = _elf_segments(path, elf, len(raw), raw)
        symbols = _elf_symbols(elf)
        entry = elf.header["e_entry"]
    except LoadError:
        raise
    except _ELF_ERRORS as exc:
        raise LoadError(f"{path.name}: truncated or malformed ELF ({_one_line(exc)})") from None
    if not segments:
        raise LoadError(f"{path.name}: ELF has no loadable segments")
    image = Image(path, "elf", segments, entry, _elf_bytes=raw)
    _index_symbols(image, symbols)
    return image


def _elf_segments(path: Path, elf: ELFFile, file_size: int, raw: bytes) -> list[Segment]:
    """What gdb's ``load`` and mspdebug's ``prog`` write: the file bytes of every allocated section with
    contents, at its load address (the segment's p_paddr plus the section's offset in the segment), and
    the zero fill (p_memsz > p_filesz) only where the load and run addresses agree (p_paddr == p_vaddr).
    A ``.data``/``.bss`` segment whose run address is in SRAM and load address in FRAM gets no zero fill:
    the C runtime copies ``.data`` and clears ``.bss`` at startup. ELF headers that a linker maps into a
    segment (bytes of the segment no section covers) are not program bytes and are not written. Without
    section headers the whole file part of each segment is written. Sizes are checked against the 20-bit
    address space before any byte is allocated."""
    sections = [s for s in elf.iter_sections()
                if s["sh_flags"] & 0x2 and s["sh_type"] != "SHT_NOBITS" and s["sh_size"] > 0]   # SHF_ALLOC
    have_sections = elf.num_sections() > 0
    chunks: list[tuple[int, int, int]] = []        # (load address, file offset or -1 for zeros, size)
    for index, seg in enumerate(elf.iter_segments()):
        if seg["p_type"] != "PT_LOAD" or seg["p_memsz"] == 0:
            continue
        offset, filesz, memsz = seg["p_offset"], seg["p_filesz"], seg["p_memsz"]
        paddr, vaddr = seg["p_paddr"], seg["p_vaddr"]
        if filesz > memsz:
            raise LoadError(f"{path.name}: ELF segment {index} has p_filesz > p_memsz")
        if paddr + memsz > ADDRESS_LIMIT:
            raise LoadError(f"{path.name}: ELF segment {index} (0x{paddr:x}, {memsz} bytes) lies outside "
                            "the 20-bit address space")
        if offset + filesz > file_size:
            raise LoadError(f"{path.name}: truncated ELF (segment {index} extends past the end of the file)")
        if not have_sections:
            if filesz:
                chunks.append((paddr, offset, filesz))
        else:
            for sec in sections:
                start, size = sec["sh_offset"], sec["sh_size"]
                if offset <= start and start + size <= offset + filesz:
                    chunks.append((paddr + start - offset, start, size))
        if memsz > filesz and paddr == vaddr:
            chunks.append((paddr + filesz, -1, memsz - filesz))
    chunks.sort()
    segments: list[Segment] = []
    for addr, start, size in chunks:
        data = bytes(size) if start < 0 else raw[start:start + size]
        if segments and addr == segments[-1].end:
            segments[-1] = Segment(segments[-1].addr, segments[-1].data + data)
        else:
            segments.append(Segment(addr, data))
    return segments


def _elf_symbols(elf: ELFFile) -> list[Symbol]:
    table = elf.get_section_by_name(".symtab")
    if not isinstance(table, SymbolTableSection):
        return []
    out = []
    for sym in table.iter_symbols():
        kind = sym["st_info"]["type"]
        if not sym.name or sym["st_shndx"] == "SHN_UNDEF" or kind in ("STT_SECTION", "STT_FILE"):
            continue
        out.append(Symbol(sym.name, sym["st_value"], sym["st_size"],
                          {"STT_FUNC": "func", "STT_OBJECT": "object"}.get(kind, "other"),
                          sym["st_info"]["bind"] != "STB_LOCAL"))
    return out


def _index_symbols(image: Image, symbols: list[Symbol]) -> None:
    def rank(s: Symbol) -> tuple[int, int, int, str]:
        return (s.kind == "other", not s.is_global, len(s.name) - len(s.name.lstrip("_")), s.name)

    for sym in sorted(symbols, key=rank):
        image.symbols.setdefault(sym.name, sym.addr)
        image.symbol_info.setdefault(sym.name, sym)
        image.addr_to_name.setdefault(sym.addr, sym.name)


def _read_line_table(image: Image) -> tuple[list[int], list[tuple[str, int]]]:
    """All rows of .debug_line, sorted by address. pyelftools 0.33 rejects 2-byte DWARF addresses
    (MSP430), so the line programs (DWARF 2-5) are decoded here."""
    if image._elf_bytes is None:
        return [], []
    try:
        elf = ELFFile(io.BytesIO(image._elf_bytes))
        section = elf.get_section_by_name(".debug_line")
        if section is None:
            return [], []
        line_str = elf.get_section_by_name(".debug_line_str")
        strs = elf.get_section_by_name(".debug_str")
        rows = LineTableReader(section.data(), line_str.data() if line_str else b"",
                                strs.data() if strs else b"").rows()
    except (*_ELF_ERRORS, DwarfFormatError) as exc:
        raise LoadError(f"{image.path.name}: cannot read DWARF line info ({_one_line(exc)})") from None
    rows.sort(key=lambda r: (r[0], r[2] != 0))  # an end-of-sequence row yields to a row at the same address
    return [r[0] for r in rows], [(r[1], r[2]) for r in rows]


# ---- Intel HEX ----------------------------------------------------------------------------------------

def _load_ihex(path: Path, text: str) -> Image:
    chunks: list[tuple[int, bytes]] = []
    base = 0
    entry = None
    saw_eof = False
    for lineno, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line:
            continue
        if saw_eof:
            raise LoadError(f"{path.name}:{lineno}: data after the end-of-file record")
        if not line.startswith(":"):
            raise LoadError(f"{path.name}:{lineno}: Intel HEX record does not start with ':'")
        try:
            rec = bytes.fromhex(line[1:])
        except ValueError:
            raise LoadError(f"{path.name}:{lineno}: invalid hex digits in Intel HEX record") from None
        if len(rec) < 5 or len(rec) != 5 + rec[0]:
            raise LoadError(f"{path.name}:{lineno}: Intel HEX record length does not match its byte count")
        if sum(rec) & 0xFF:
            expected = (-sum(rec[:-1])) & 0xFF
            raise LoadError(f"{path.name}:{lineno}: bad Intel HEX checksum 0x{rec[-1]:02X} "
                            f"(expected 0x{expected:02X})")
        count, offset, rtype, data = rec[0], (rec[1] << 8) | rec[2], rec[3], rec[4:-1]
        if rtype == 0x00:
            chunks.append((base + offset, bytes(data)))
        elif rtype == 0x01:
            saw_eof = True
        elif rtype in (0x02, 0x04) and count == 2:
            value = (data[0] << 8) | data[1]
            base = value << 4 if rtype == 0x02 else value << 16
        elif rtype == 0x03 and count == 4:
            entry = (((data[0] << 8) | data[1]) << 4) + ((data[2] << 8) | data[3])
        elif rtype == 0x05 and count == 4:
            entry = int.from_bytes(data, "big")
        else:
            raise LoadError(f"{path.name}:{lineno}: unsupported Intel HEX record type {rtype:02X} "
                            f"with {count} data bytes")
    if not saw_eof:
        raise LoadError(f"{path.name}: truncated Intel HEX (no end-of-file record)")
    return Image(path, "ihex", _merge_chunks(path, chunks), entry)


# ---- TI-TXT -------------------------------------------------------------------------------------------

def _load_titxt(path: Path, text: str) -> Image:
    chunks: list[tuple[int, bytes]] = []
    addr: int | None = None
    current = bytearray()
    saw_q = False
    for lineno, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line:
            continue
        if saw_q:
            raise LoadError(f"{path.name}:{lineno}: data after the 'q' terminator")
        if line.startswith("@"):
            if addr is not None and current:
                chunks.append((addr, bytes(current)))
            try:
                addr = int(line[1:], 16)
            except ValueError:
                raise LoadError(f"{path.name}:{lineno}: invalid TI-TXT address {line!r}") from None
            current = bytearray()
        elif line.lower() == "q":
            saw_q = True
        else:
            if addr is None:
                raise LoadError(f"{path.name}:{lineno}: TI-TXT data before the first @address line")
            for token in line.split():
                if len(token) != 2:
                    raise LoadError(f"{path.name}:{lineno}: invalid TI-TXT byte {token!r}")
                try:
                    current.append(int(token, 16))
                except ValueError:
                    raise LoadError(f"{path.name}:{lineno}: invalid TI-TXT byte {token!r}") from None
    if not saw_q:
        raise LoadError(f"{path.name}: truncated TI-TXT (no 'q' terminator)")
    if addr is not None and current:
        chunks.append((addr, bytes(current)))
    return Image(path, "ti-txt", _merge_chunks(path, chunks), None)


# ---- shared -------------------------------------------------------------------------------------------

def _merge_chunks(path: Path, chunks: list[tuple[int, bytes]]) -> list[Segment]:
    """Sort data chunks by address, reject overlaps, join adjacent chunks into segments."""
    if not chunks:
        raise LoadError(f"{path.name}: no data records")
    segments: list[Segment] = []
    for addr, data in sorted(chunks, key=lambda c: c[0]):
        if segments and addr < segments[-1].end:
            prev = segments[-1]
            raise LoadError(f"{path.name}: data at 0x{addr:05x} overlaps data at 0x{prev.addr:05x}-"
                            f"0x{prev.end - 1:05x}")
        if segments and addr == segments[-1].end:
            segments[-1] = Segment(segments[-1].addr, segments[-1].data + data)
        else:
            segments.append(Segment(addr, data))
    return segments


def _check_segments(path: Path, segments: list[Segment]) -> None:
    ordered = sorted(segments, key=lambda s: s.addr)
    for seg in ordered:
        if seg.end > ADDRESS_LIMIT:
            raise LoadError(f"{path.name}: segment 0x{seg.addr:x}-0x{seg.end - 1:x} lies outside the 20-bit "
                            "address space")
    for a, b in zip(ordered, ordered[1:], strict=False):
        if b.addr < a.end:
            raise LoadError(f"{path.name}: overlapping segments 0x{a.addr:05x}-0x{a.end - 1:05x} and "
                            f"0x{b.addr:05x}-0x{b.end - 1:05x}")


def _decode_text(path: Path, raw: bytes) -> str:
    try:
        return raw.decode("ascii")
    except UnicodeDecodeError:
        raise LoadError(f"{path.name}: unrecognised format (binary data that is not ELF)") from None


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


__all__ = ["ADDRESS_LIMIT", "Image", "Segment", "Symbol", "load_image"]
