"""Instruction trace of ``msp430emu run --trace FILE``: one record per executed instruction and one per
interrupt entry. The machine steps the core one instruction at a time while a tracer is attached.

Two formats (``trace_format``: ``"binary"``, ``"text"``, or ``None``: text when FILE ends in ``.txt``,
else binary):

* **text** (:class:`Tracer`): one line per instruction - cycle count before it, PC, label, disassembly,
  registers after it - and one line per interrupt entry (about 167 bytes an instruction).
* **binary** (:class:`BinaryTracer`, the default): fixed-size records (:data:`RECORD_DTYPE`, 85 bytes)
  stored in zlib-compressed chunks, after a versioned header. Layout (little-endian)::

      magic    8 bytes  b"M430TRC\\n"
      version  u16      1
      flags    u16      0
      meta_len u32      then meta_len bytes of UTF-8 JSON: {"symbols": {"<addr>": "name", ...},
                        "record": [[field, numpy type, shape], ...], "chunk_records": N, "filter": ...}
      chunks   each: u32 record count n (> 0), u32 stored size s, then s bytes of zlib data
      end      u32 0, u32 0, u64 total number of records (a file without it is truncated)

  A chunk decompresses to the chunk's n records stored field by field (column-major, fields in
  :data:`RECORD_DTYPE` order): ``cycles`` as differences from the record before it in the chunk (the
  first as is), ``regs`` XOR the record before it in the chunk (the first as is), the other fields as is;
  every column's bytes are then byte-shuffled (all first bytes of the column, then all second bytes,...).
  Decoded records (:func:`read_trace`) are :data:`RECORD_DTYPE`: ``kind`` (0 instruction, 1 interrupt
  entry), ``cycles`` (cycle count before the instruction), ``pc`` (the instruction's address; an
  interrupt's handler address), ``code`` (the 4 memory words at the PC after the instruction ran - what
  the text form disassembles; an interrupt's vector address in ``code[0]``), ``regs`` (R0..R15 after it).

:func:`read_trace` returns the records; :func:`dump_trace` (``msp430emu trace-dump FILE``) prints them in
the text form, byte for byte what ``--trace-format text`` writes for the same run.
"""

from __future__ import annotations

import json
import struct
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO, TextIO

import numpy as np

from msp430emu.cpu.state import C_CYCLES, C_INSNS, C_STOP_ADDR, MEM_SIZE, PC, STOP_IRQ
from msp430emu.errors import ConfigError, EmuError

MAGIC = b"M430TRC\n"
VERSION = 1
CHUNK_RECORDS = 1 << 16
KIND_INSN, KIND_IRQ = 0, 1
CODE_WORDS = 4                     # the longest MSP430X instruction: extension word, opcode, 2 operands
RECORD_DTYPE = np.dtype([("kind", "u1"), ("cycles", "<u8"), ("pc", "<u4"), ("code", "<u2", (CODE_WORDS,)),
                         ("regs", "<u4", (16,))])
FORMATS = ("binary", "text")
_HEAD = struct.Struct("<8sHHI")
_CHUNK = struct.Struct("<II")
_END = struct.Struct("<Q")


class TraceError(EmuError):
    """A trace file that cannot be read (not a trace, another version, truncated, corrupt): one line."""


def trace_format(path: str | Path, fmt: str | None = None) -> str:
    """The format ``--trace PATH`` writes: ``fmt`` if given, else text for a ``.txt`` file, else binary."""
    if fmt is not None:
        if fmt not in FORMATS:
            raise ConfigError(f"--trace-format: {fmt!r} is not one of {', '.join(FORMATS)}")
        return fmt
    return "text" if str(path).lower().endswith(".txt") else "binary"


def _labels(symbols: dict[str, int] | None) -> dict[int, str]:
    return {addr: name for name, addr in (symbols or {}).items()}


REGS_TEXT = " ".join(["%05X"] * 16)         # R0..R15 as the text trace prints them


def insn_text(disassemble, labels: dict[int, str], read_word, pc: int) -> str:
    """The part of an instruction's text line between the cycle count and the registers."""
    try:
        text, _ = disassemble(read_word, pc, labels.get)
    except Exception as exc:   # a trace line must never stop the run
        text = f"<{type(exc).__name__}>"
    label = labels.get(pc, "")
    return f"  {pc:05X}  {label[:16]:<16} {text:<34} "


def format_insn(disassemble, labels: dict[int, str], read_word, cycles: int, pc: int, regs) -> str:
    """One instruction's text line (with its newline)."""
    return f"{cycles:>10}{insn_text(disassemble, labels, read_word, pc)}{REGS_TEXT % tuple(regs)}\n"


def format_irq(cycles: int, vector: int, target: int) -> str:
    """One interrupt entry's text line (with its newline)."""
    return f"{cycles:>10}  interrupt: vector 0x{vector:04X} -> 0x{target:05X}\n"


class _Stepper:
    """What both tracers note before each single step: the PC, cycle and instruction counts."""

    pc = 0
    cycles = 0
    insns = 0

    def before(self, machine) -> None:
        st = machine.state
        self.pc = int(st.regs[PC])
        self.cycles = int(st.ctl[C_CYCLES])
        self.insns = int(st.ctl[C_INSNS])


class Tracer(_Stepper):
    """The text trace: writes a line per instruction and per interrupt entry to ``out``."""

    def __init__(self, out: TextIO, symbols: dict[str, int] | None = None) -> None:
        from msp430emu.cpu.disasm import disassemble

        self.disassemble = disassemble
        self.out = out
        self.symbols = _labels(symbols)
        self.pc = 0
        self.cycles = 0
        self.insns = 0
        self.lines = 0


    def after(self, machine, stop: int) -> None:
        st = machine.state
        if int(st.ctl[C_INSNS]) > self.insns:
            self.out.write(format_insn(self.disassemble, self.symbols, st.read_word, self.cycles, self.pc,
                                       st.regs.tolist()))
            self.lines += 1
        if stop == STOP_IRQ:
            self.out.write(format_irq(self.cycles, int(st.ctl[C_STOP_ADDR]), int(st.regs[PC])))


def _encode(records: np.ndarray) -> bytes:
    """A chunk's records as stored (before zlib): delta/XOR filters, column-major, byte-shuffled."""
    cycles = records["cycles"].copy()
    cycles[1:] -= records["cycles"][:-1]
    regs = records["regs"].copy()
    regs[1:] ^= records["regs"][:-1]
    parts = []
    for column in (records["kind"], cycles, records["pc"], records["code"], regs):
        raw = np.ascontiguousarray(column).view(np.uint8)
        size = column.dtype.itemsize
        parts.append(raw.reshape(-1, size).T.tobytes())
    return b"".join(parts)


def _decode(data: bytes, n: int) -> np.ndarray:
    out = np.empty(n, RECORD_DTYPE)
    raw = np.frombuffer(data, np.uint8)
    at = 0
    for name in RECORD_DTYPE.names:
        field_type, _ = RECORD_DTYPE.fields[name]
        base = field_type.base
        count = n * (field_type.itemsize // base.itemsize)
        size = count * base.itemsize
        if at + size > raw.size:
            raise ValueError("short chunk")
        column = raw[at:at + size].reshape(base.itemsize, count).T.copy().view(base).reshape(
            (n, *field_type.shape))
        at += size
        out[name] = column
    if at != raw.size:
        raise ValueError("long chunk")
    np.cumsum(out["cycles"], out=out["cycles"])
    out["regs"] = np.bitwise_xor.accumulate(out["regs"], axis=0)
    return out


class BinaryTracer(_Stepper):
    """The binary trace: records gathered in lists (cheapest per instruction), written a compressed chunk at
    a time to ``out`` (binary); :meth:`close` writes the rest and the end marker."""

    def __init__(self, out: BinaryIO, symbols: dict[str, int] | None = None,
                 chunk_records: int = CHUNK_RECORDS) -> None:
        self.out = out
        self.chunk = int(chunk_records)
        self._kinds: list[int] = []
        self._cycles: list[int] = []
        self._pcs: list[int] = []
        self._code: list[bytes] = []
        self._regs: list[bytes] = []
        self.lines = 0
        self.total = 0
        self.pc = 0
        self.cycles = 0
        self.insns = 0
        meta = {"symbols": {str(a): name for a, name in sorted(_labels(symbols).items())},
                "record": [[name, t.base.str, list(t.shape)]
                           for name, t in ((n, RECORD_DTYPE.fields[n][0]) for n in RECORD_DTYPE.names)],
                "chunk_records": self.chunk,
                "filter": "cycles delta, regs xor, column-major, byte-shuffled, zlib"}
        blob = json.dumps(meta, separators=(",", ":")).encode()
        out.write(_HEAD.pack(MAGIC, VERSION, 0, len(blob)) + blob)


    def after(self, machine, stop: int) -> None:
        st = machine.state
        if st.ctl[C_INSNS] > self.insns:
            pc = self.pc & (MEM_SIZE - 2)
            self._kinds.append(KIND_INSN)
            self._cycles.append(self.cycles)
            self._pcs.append(self.pc)
            if pc <= MEM_SIZE - 2 * CODE_WORDS:
                self._code.append(st.mem[pc:pc + 2 * CODE_WORDS].tobytes())
            else:
                mem = st.mem
                self._code.append(bytes(int(mem[(pc + k) & (MEM_SIZE - 1)]) for k in range(2 * CODE_WORDS)))
            self._regs.append(st.regs.tobytes())
            self.lines += 1
        if stop == STOP_IRQ:
            self._kinds.append(KIND_IRQ)
            self._cycles.append(self.cycles)
            self._pcs.append(int(st.regs[PC]))
            self._code.append(struct.pack("<HHHH", int(st.ctl[C_STOP_ADDR]) & 0xFFFF, 0, 0, 0))
            self._regs.append(st.regs.tobytes())
        if len(self._pcs) >= self.chunk:
            self.flush()

    def flush(self) -> None:
        n = len(self._pcs)
        if not n:
            return
        records = np.empty(n, RECORD_DTYPE)
        records["kind"] = self._kinds
        records["cycles"] = self._cycles
        records["pc"] = self._pcs
        records["code"] = np.frombuffer(b"".join(self._code), "<u2").reshape(n, CODE_WORDS)
        records["regs"] = np.frombuffer(b"".join(self._regs), np.int64).reshape(n, 16)
        data = zlib.compress(_encode(records), 6)
        self.out.write(_CHUNK.pack(n, len(data)) + data)
        self.total += n
        for buf in (self._kinds, self._cycles, self._pcs, self._code, self._regs):
            buf.clear()

    def close(self) -> None:
        """Write the buffered records and the end marker."""
        self.flush()
        self.out.write(_CHUNK.pack(0, 0) + _END.pack(self.total))


class TraceReader:
    """An open binary trace: ``symbols`` (address -> name), ``chunks()`` (record arrays, in order)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        if self.path.exists() and not self.path.is_file():   # a FIFO would block forever, a directory fails
            raise TraceError(f"{self.path}: not a regular file")
        try:
            self._f = open(self.path, "rb")
        except OSError as exc:
            raise TraceError(f"{self.path}: cannot read: {exc.strerror or type(exc).__name__}") from None
        head = self._f.read(_HEAD.size)
        if len(head) < _HEAD.size or head[:8] != MAGIC:
            self.close()
            raise TraceError(f"{self.path}: not an msp430emu binary trace (no {MAGIC[:7].decode()} header)")
        _, self.version, _, meta_len = _HEAD.unpack(head)
        if self.version != VERSION:
            self.close()
            raise TraceError(f"{self.path}: trace format version {self.version} is not supported "
                             f"(this reader reads version {VERSION})")
        blob = self._f.read(meta_len)
        try:
            meta = json.loads(blob.decode())
            self.symbols = {int(a): str(name) for a, name in meta["symbols"].items()}
        except (ValueError, KeyError, AttributeError, UnicodeDecodeError):
            self.close()
            raise TraceError(f"{self.path}: corrupt trace header") from None
        self.meta = meta

    def close(self) -> None:
        self._f.close()

    def __enter__(self) -> TraceReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def chunks(self) -> Iterator[np.ndarray]:
        total = 0
        while True:
            head = self._f.read(_CHUNK.size)
            if len(head) < _CHUNK.size:
                raise TraceError(f"{self.path}: truncated trace (it ends after {total} records, before its "
                                 "end marker)")
            n, size = _CHUNK.unpack(head)
            if n == 0:
                end = self._f.read(_END.size)
                if len(end) < _END.size:
                    raise TraceError(f"{self.path}: truncated trace (incomplete end marker)")
                (count,) = _END.unpack(end)
                if count != total or size != 0:
                    raise TraceError(f"{self.path}: corrupt trace (end marker says {count} records, "
                                     f"read {total})")
                if self._f.read(1):
                    raise TraceError(f"{self.path}: corrupt trace (data after the end marker)")
                return
            data = self._f.read(size)
            if len(data) < size:
                raise TraceError(f"{self.path}: truncated trace (a chunk after record {total} is cut short)")
            try:
                records = _decode(zlib.decompress(data), n)
            except (zlib.error, ValueError):
                raise TraceError(f"{self.path}: corrupt trace (chunk after record {total})") from None
            total += n
            yield records


def read_trace(path: str | Path) -> np.ndarray:
    """Every record of the binary trace ``path`` (:data:`RECORD_DTYPE`); one-line :class:`TraceError` for a
    file that is not one, another version, truncated or corrupt."""
    with TraceReader(path) as reader:
        chunks = list(reader.chunks())
    return np.concatenate(chunks) if chunks else np.zeros(0, RECORD_DTYPE)


def dump_trace(path: str | Path, out: TextIO) -> int:
    """Write the binary trace ``path`` as the text trace (byte for byte what ``--trace-format text`` writes
    for the same run); the number of records."""
    from msp430emu.cpu.disasm import disassemble

    count = 0
    texts: dict[tuple[int, tuple[int, ...]], str] = {}     # (pc, code words) -> its disassembly: loops repeat
    with TraceReader(path) as reader:
        labels = reader.symbols
        for records in reader.chunks():
            lines = []
            for kind, cycles, pc, code, regs in zip(records["kind"].tolist(), records["cycles"].tolist(),
                                                    records["pc"].tolist(), records["code"].tolist(),
                                                    records["regs"].tolist(), strict=True):
                if kind == KIND_IRQ:
                    lines.append(format_irq(cycles, code[0], pc))
                    continue
                key = (pc, tuple(code))
                text = texts.get(key)
                if text is None:
                    base = pc & (MEM_SIZE - 2)

                    def read_word(addr: int, code=code, base=base) -> int:
                        k = ((addr & (MEM_SIZE - 2)) - base) & (MEM_SIZE - 1)
                        return code[k >> 1] if k < 2 * CODE_WORDS else 0

                    text = texts[key] = insn_text(disassemble, labels, read_word, pc)
                lines.append(f"{cycles:>10}{text}{REGS_TEXT % tuple(regs)}\n")
            out.writelines(lines)
            count += len(records)
    return count


def open_tracer(out, path: str | Path, symbols: dict[str, int] | None, fmt: str | None = None):
    """The tracer writing ``--trace path`` in its format to ``out`` (opened "wb" for binary, "w" for text)."""
    return Tracer(out, symbols) if trace_format(path, fmt) == "text" else BinaryTracer(out, symbols)


__all__ = ["BinaryTracer", "CHUNK_RECORDS", "FORMATS", "MAGIC", "RECORD_DTYPE", "TraceError", "TraceReader",
           "Tracer", "VERSION", "dump_trace", "format_insn", "format_irq", "read_trace", "trace_format"]
