"""Decoder of DWARF .debug_line line-number programs (DWARF 2-5, 32-bit format).

pyelftools 0.33 rejects the 2-byte DWARF addresses of MSP430 objects, so the loader reads the line table with
this small decoder: ``LineTableReader(data, line_str, strs).rows()`` gives ``(address, file, line)`` rows.
"""

from __future__ import annotations


class DwarfFormatError(Exception):
    pass


# DWARF 5 forms that may describe directory / file entries (DWARF 5 section 7.5.6): form -> fixed size
_FIXED_FORMS = {0x0B: 1, 0x05: 2, 0x06: 4, 0x07: 8, 0x1E: 16, 0x25: 1, 0x26: 2, 0x27: 3, 0x28: 4}
_FORM_STRING, _FORM_LINE_STRP, _FORM_STRP, _FORM_UDATA, _FORM_BLOCK = 0x08, 0x1F, 0x0E, 0x0F, 0x09
_LNCT_PATH, _LNCT_DIRECTORY_INDEX = 1, 2


class LineTableReader:
    """Decoder of the .debug_line line-number programs (DWARF 2-5, 32-bit DWARF format)."""

    def __init__(self, data: bytes, line_str: bytes, strs: bytes) -> None:
        self.data, self.line_str, self.strs = data, line_str, strs
        self.pos = 0

    def rows(self) -> list[tuple[int, str, int]]:
        out: list[tuple[int, str, int]] = []
        while self.pos < len(self.data):
            out += self._unit()
        return out

    # primitive readers
    def _u(self, n: int) -> int:
        if self.pos + n > len(self.data):
            raise DwarfFormatError("truncated .debug_line")
        v = int.from_bytes(self.data[self.pos:self.pos + n], "little")
        self.pos += n
        return v

    def _leb(self, signed: bool) -> int:
        """A LEB128 number (DWARF 5 section 7.6)."""
        result = shift = 0
        while True:
            b = self._u(1)
            result |= (b & 0x7F) << shift
            shift += 7
            if b < 0x80:
                return result - (1 << shift) if signed and b & 0x40 else result

    def _uleb(self) -> int:
        return self._leb(False)

    def _sleb(self) -> int:
        return self._leb(True)

    def _cstr(self, blob: bytes | None = None, offset: int | None = None) -> str:
        if blob is None:
            end = self.data.index(b"\0", self.pos)
            text = self.data[self.pos:end]
            self.pos = end + 1
        else:
            assert offset is not None
            end = blob.index(b"\0", offset)
            text = blob[offset:end]
        return text.decode(errors="replace")

    def _form(self, form: int) -> str | int:
        if form == _FORM_STRING:
            return self._cstr()
        if form == _FORM_LINE_STRP:
            return self._cstr(self.line_str, self._u(4))
        if form == _FORM_STRP:
            return self._cstr(self.strs, self._u(4))
        if form == _FORM_UDATA:
            return self._uleb()
        if form == _FORM_BLOCK:
            self.pos += self._uleb()
            return 0
        if form in _FIXED_FORMS:
            return self._u(_FIXED_FORMS[form])
        raise DwarfFormatError(f"unsupported form 0x{form:x} in a line table header")

    def _entries_v5(self) -> list[dict[int, str | int]]:
        formats = [(self._uleb(), self._uleb()) for _ in range(self._u(1))]
        return [{kind: self._form(form) for kind, form in formats} for _ in range(self._uleb())]

    def _unit(self) -> list[tuple[int, str, int]]:
        length = self._u(4)
        if length >= 0xFFFFFFF0:
            raise DwarfFormatError("64-bit DWARF is not supported")
        unit_end = self.pos + length
        version = self._u(2)
        if not 2 <= version <= 5:
            raise DwarfFormatError(f"line table version {version}")
        if version >= 5:
            self._u(2)  # address_size, segment_selector_size
        header_length = self._u(4)
        program_start = self.pos + header_length
        min_inst = self._u(1)
        if version >= 4:
            self._u(1)  # maximum_operations_per_instruction (VLIW only)
        default_is_stmt = self._u(1)
        line_base = self._u(1)
        line_base -= 256 if line_base >= 128 else 0
        line_range = self._u(1)
        opcode_base = self._u(1)
        opcode_lengths = [self._u(1) for _ in range(opcode_base - 1)]
        if version >= 5:
            dirs = [str(d.get(_LNCT_PATH, "")) for d in self._entries_v5()]
            files = [(str(f.get(_LNCT_PATH, "?")), int(f.get(_LNCT_DIRECTORY_INDEX, 0)))
                     for f in self._entries_v5()]
        else:
            dirs = [""]
            while self.data[self.pos] != 0:
                dirs.append(self._cstr())
            self.pos += 1
            files = [("?", 0)]
            while self.data[self.pos] != 0:
                name = self._cstr()
                files.append((name, self._uleb()))
                self._uleb()
                self._uleb()
            self.pos += 1
        self.pos = program_start
        del default_is_stmt

        def file_name(index: int) -> str:
            if not 0 <= index < len(files):
                return "?"
            name, d = files[index]
            if name.startswith("/") or not 0 <= d < len(dirs) or not dirs[d]:
                return name
            return f"{dirs[d]}/{name}"

        rows: list[tuple[int, str, int]] = []
        sequence: list[tuple[int, str, int]] = []
        addr, file, line = 0, 1, 1
        while self.pos < unit_end:
            op = self._u(1)
            if op >= opcode_base:
                adj = op - opcode_base
                addr += (adj // line_range) * min_inst
                line += line_base + adj % line_range
                sequence.append((addr, file_name(file), line))
            elif op == 0:
                size = self._uleb()
                sub_end = self.pos + size
                sub = self._u(1)
                if sub == 1:      # DW_LNE_end_sequence
                    # lld resolves sequences of sections removed by --gc-sections to address 0 (a
                    # peripheral address on the MSP430, never code): drop them
                    if sequence and sequence[0][0] != 0:
                        rows += sequence
                        rows.append((addr, "", 0))
                    sequence = []
                    addr, file, line = 0, 1, 1
                elif sub == 2:    # DW_LNE_set_address
                    addr = self._u(size - 1)
                self.pos = sub_end
            elif op == 1:         # DW_LNS_copy
                sequence.append((addr, file_name(file), line))
            elif op == 2:         # DW_LNS_advance_pc
                addr += self._uleb() * min_inst
            elif op == 3:         # DW_LNS_advance_line
                line += self._sleb()
            elif op == 4:         # DW_LNS_set_file
                file = self._uleb()
            elif op == 8:         # DW_LNS_const_add_pc
                addr += ((255 - opcode_base) // line_range) * min_inst
            elif op == 9:         # DW_LNS_fixed_advance_pc
                addr += self._u(2)
            else:                 # operands of the other standard opcodes are ULEB128s
                for _ in range(opcode_lengths[op - 1]):
                    self._uleb()
        self.pos = unit_end
        return rows
