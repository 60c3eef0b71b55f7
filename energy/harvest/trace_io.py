"""Reading the numbers of a trace file fast and strictly, and the units its header names.

``read_columns(path, time_column, column)`` returns the two columns as float64 arrays and the file line of
every sample. A clean file (ASCII digits, ``.``, exponents, signs and one kind of separator; no comments) is
parsed by numpy's C reader straight from the file: a 10-million-line trace takes seconds and memory
proportional to its samples. Anything else (comments, mixed separators, a bad field) goes through a
line-by-line reader that accepts exactly the same numbers and names the first bad line. Numbers are plain
ASCII decimals: ``1_000``, Arabic-Indic or full-width digits, which Python's ``float`` accepts and numpy does
not, are refused with the line and the field.

``header_units(header)`` reads the time and value units a header names (``sec RSSI,mW``: seconds, mW).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from energy.errors import TraceError
from energy.units import VALUE_UNITS

CHUNK = 1 << 24
_CLEAN = b"0123456789.eE+-,; \t\r\n"
# a plain decimal number (ASCII digits only) or nan/inf, which the loader refuses with its own message
NUMBER = re.compile(r"[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?|[+-]?(?:nan|inf|infinity)",
                    re.IGNORECASE | re.ASCII)
_TIME_WORDS = {"s": "s", "sec": "s", "secs": "s", "second": "s", "seconds": "s",
               "ms": "ms", "msec": "ms", "millisecond": "ms", "milliseconds": "ms",
               "us": "us", "µs": "us", "usec": "us", "microsecond": "us", "microseconds": "us"}
_VALUE_WORDS = {**{u: u for u in VALUE_UNITS}, "µW": "uW", "µA": "uA"}
_RF_WORDS = {"rssi", "rf", "prf", "p_rf", "dbm"}


@dataclass(frozen=True)
class HeaderUnits:
    time_unit: str | None        # "s", "ms" or "us" when the header names exactly one
    unit: str | None             # a key of VALUE_UNITS when the header names exactly one
    received_rf: bool            # the header says the values are received RF power (RSSI)
    note: str                    # why a unit was not taken ("" when nothing to say)


def header_units(header: str | None) -> HeaderUnits:
    """The units a header line names: words such as ``sec``/``ms``/``s`` for time and a unit of
    :data:`energy.units.VALUE_UNITS` (``mW``, ``V``, ``uA``, ...) for the values, separated by spaces,
    commas, semicolons, underscores or brackets (``time_ms,power_mW``, ``t [s]; P (uW)``)."""
    if not header:
        return HeaderUnits(None, None, False, "")
    words = [w for w in re.split(r"[\s,;_()\[\]{}|:=]+", header) if w]
    times = sorted({_TIME_WORDS[w.lower()] for w in words if w.lower() in _TIME_WORDS})
    values = sorted({_VALUE_WORDS[w] for w in words if w in _VALUE_WORDS})
    rf = any(w.lower() in _RF_WORDS for w in words)
    notes = []
    if len(times) > 1:
        notes.append(f"several time units ({', '.join(times)})")
    if len(values) > 1:
        notes.append(f"several value units ({', '.join(values)})")
    return HeaderUnits(times[0] if len(times) == 1 else None, values[0] if len(values) == 1 else None, rf,
                       "header names " + " and ".join(notes) if notes else "")


@dataclass
class Columns:
    times: np.ndarray            # the time column, float64 (file units)
    values: np.ndarray           # the value column, float64 (file units)
    lines: np.ndarray            # 1-based file line of each sample
    header: str | None
    comment_lines: int
    reader: str                  # "numpy" (fast path) or "lines"


def read_columns(path: Path, time_column: int, column: int) -> Columns:
    """The time and value columns of a trace file; TraceError (one line, naming the line) on bad input."""
    if not path.exists():
        raise TraceError(f"{path}: cannot read trace: no such file")
    if not path.is_file():                   # a directory, or a FIFO/device that could block forever
        raise TraceError(f"{path}: cannot read trace: not a regular file")
    try:
        with path.open("rb") as f:
            head = f.read(CHUNK)
    except OSError as exc:
        raise TraceError(f"{path}: cannot read trace: {exc.strerror or exc.__class__.__name__}") from None
    fast = _fast_plan(path, head)
    if fast is not None:
        skip, first_line, header, delimiter = fast
        try:
            data = np.loadtxt(path, delimiter=delimiter, skiprows=skip, usecols=(time_column - 1, column - 1),
                              ndmin=2, comments=None, encoding="ascii", dtype=np.float64)
        except (ValueError, IndexError, UnicodeDecodeError):
            data = None                      # let the line reader name the line
        if data is not None and data.shape[0] == _count_lines(path) - skip:
            n = data.shape[0]
            return Columns(data[:, 0].copy(), data[:, 1].copy(),
                           np.arange(first_line, first_line + n, dtype=np.int64), header, 0, "numpy")
    return _read_lines(path, time_column, column)


def _fast_plan(path: Path, head: bytes) -> tuple[int, int, str | None, str | None] | None:
    """(lines to skip, line number of the first sample, header, delimiter) when the whole file can go to
    numpy's reader: one optional header line first, then only clean bytes, no blank lines; else None."""
    if not head.strip() or head.startswith(b"\xef\xbb\xbf"):
        return None
    lines = head.split(b"\n", 2)
    first = lines[0].strip()
    if not first:
        return None
    header = None
    start = 0
    if first.translate(None, _CLEAN):            # not all number bytes: a header line (or garbage)
        if len(lines) < 2 or b"#" in first:
            return None
        try:
            header = lines[0].decode("utf-8").strip()
        except UnicodeDecodeError:
            return None
        if any(_looks_numeric(w) and not NUMBER.fullmatch(w) for w in re.split(r"[\s,;]+", header)):
            return None                           # "1_000 5": a bad number, not a header
        start = len(lines[0]) + 1
    sample = head[start:start + 4096].split(b"\n", 1)[0]
    delimiter = "," if b"," in sample else ";" if b";" in sample else None
    if delimiter is not None and (b" " in sample.strip() or b"\t" in sample.strip()):
        return None                               # mixed separators: the line reader handles them
    # every byte after the header must be a number byte, and no line may be blank
    with path.open("rb") as f:
        f.seek(start)
        prev = b"\n"
        while True:
            chunk = f.read(CHUNK)
            if not chunk:
                break
            if chunk.translate(None, _CLEAN) or b"\n\n" in prev[-1:] + chunk or b"\n\r\n" in chunk:
                return None
            prev = chunk
    return (1 if header is not None else 0), (2 if header is not None else 1), header, delimiter


def _count_lines(path: Path) -> int:
    n = 0
    last = b"\n"
    with path.open("rb") as f:
        while chunk := f.read(CHUNK):
            n += chunk.count(b"\n")
            last = chunk[-1:]
    return n + (last != b"\n")


def _read_lines(path: Path, time_column: int, column: int) -> Columns:
    try:
        text = path.read_text(encoding="utf-8-sig")          # tolerate a byte-order mark
    except UnicodeDecodeError as exc:
        byte = exc.object[exc.start]
        raise TraceError(f"{path}: cannot read trace: not a text file (byte 0x{byte:02x} at offset "
                         f"{exc.start} is not UTF-8)") from None
    except OSError as exc:
        raise TraceError(f"{path}: cannot read trace: {exc.strerror or exc.__class__.__name__}") from None
    times: list[float] = []
    values: list[float] = []
    line_nos: list[int] = []
    header = None
    comments = 0
    need = max(time_column, column)
    match = NUMBER.fullmatch
    for no, raw in enumerate(text.splitlines(), start=1):
        body = raw.split("#", 1)[0]
        if "#" in raw and not body.strip():
            comments += 1
            continue
        fields = body.replace(",", " ").replace(";", " ").split()
        if not fields:
            continue
        if len(fields) < need:
            raise TraceError(f"{path}: line {no}: {len(fields)} field(s), need column {need}")
        t_text, v_text = fields[time_column - 1], fields[column - 1]
        if not (match(t_text) and match(v_text)):
            if not times and header is None and not _looks_numeric(t_text) and not _looks_numeric(v_text):
                header = body.strip()
                continue
            bad = t_text if not match(t_text) else v_text
            raise TraceError(f"{path}: line {no}: cannot read {bad!r} as a plain decimal number "
                             "(ASCII digits 0-9, '.', an exponent; no '_' or other digit sets)")
        times.append(float(t_text))
        values.append(float(v_text))
        line_nos.append(no)
    if not times:
        raise TraceError(f"{path}: no samples")
    return Columns(np.array(times, dtype=np.float64), np.array(values, dtype=np.float64),
                   np.array(line_nos, dtype=np.int64), header, comments, "lines")


def _looks_numeric(text: str) -> bool:
    """A field Python would read as a number (``1_000``, non-ASCII digits): not a header word."""
    try:
        float(text)
    except ValueError:
        return False
    return True


__all__ = ["Columns", "HeaderUnits", "NUMBER", "header_units", "read_columns"]
