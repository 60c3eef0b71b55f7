"""The profile as pprof (github.com/google/pprof, proto/profile.proto), gzip-compressed protobuf, written
with a small hand-rolled encoder (varints and length-delimited fields; no protobuf dependency).

Sample types: cycles/count, energy/nanojoules, wasted/cycles, checks/count, saves/count, restores/count,
off/nanoseconds. Cycles and energy come as one sample per call stack (locations leaf first, each the
function's first line); the other values as one sample per function.
"""

from __future__ import annotations

import gzip
import os


def _varint(n: int) -> bytes:
    out = bytearray()
    n &= (1 << 64) - 1
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out.append(b | 0x80)
        else:
            out.append(b)
            return bytes(out)


def _key(field: int, wire: int) -> bytes:
    return _varint((field << 3) | wire)


def _int(field: int, n: int) -> bytes:
    return _key(field, 0) + _varint(n) if n else b""


def _bytes(field: int, data: bytes) -> bytes:
    return _key(field, 2) + _varint(len(data)) + data


def _packed(field: int, values: list[int]) -> bytes:
    return _bytes(field, b"".join(_varint(v) for v in values)) if values else b""


SAMPLE_TYPES = [("cycles", "count"), ("energy", "nanojoules"), ("wasted", "cycles"), ("checks", "count"),
                ("saves", "count"), ("restores", "count"), ("off", "nanoseconds")]


def pprof_bytes(profiler, duration_s: float) -> bytes:
    """The uncompressed Profile message."""
    strings = [""]
    index: dict[str, int] = {"": 0}

    def s(text: str) -> int:
        if text not in index:
            index[text] = len(strings)
            strings.append(text)
        return index[text]

    msg = bytearray()
    for type_, unit in SAMPLE_TYPES:          # Profile.sample_type = 1 (ValueType: type 1, unit 2)
        msg += _bytes(1, _int(1, s(type_)) + _int(2, s(unit)))
    functions, locations = bytearray(), bytearray()
    for i, frame in enumerate(profiler.table.frames):
        fid = i + 1
        st = profiler.stats[i]
        values = [st.cycles, round(st.energy * 1e9), st.wasted_cycles, st.checks, st.saves, st.restores,
                  round(st.off_s * 1e9)]
        # Function: id 1, name 2, system_name 3, filename 4, start_line 5
        functions += _bytes(5, _int(1, fid) + _int(2, s(frame.name)) + _int(3, s(frame.name))
                            + _int(4, s(frame.file or "")) + _int(5, frame.line or 0))
        # Location: id 1, line 4 (Line: function_id 1, line 2)
        locations += _bytes(4, _int(1, fid) + _bytes(4, _int(1, fid) + _int(2, frame.line or 0)))
        rest = values[2:]
        if any(rest):               # per function: wasted, checks, saves, restores, off (no stack)
            # Sample: location_id 1 (packed, leaf first), value 2 (packed)
            msg += _bytes(2, _packed(1, [fid]) + _packed(2, [0, 0, *rest]))
    for stack, (cycles, _, energy) in profiler.stack_stats.items():   # cycles and energy per call stack
        if cycles or energy:
            ids = [f + 1 for f in reversed(stack)]
            msg += _bytes(2, _packed(1, ids) + _packed(2, [cycles, round(energy * 1e9), 0, 0, 0, 0, 0]))
    msg += locations + functions
    msg += _int(10, round(duration_s * 1e9))                # duration_nanos = 10
    msg += _bytes(11, _int(1, s("cycles")) + _int(2, s("count")))   # period_type = 11
    msg += _int(12, profiler.sample_cycles)                 # period = 12
    for text in strings:                                    # string_table = 6 (every string is known now)
        msg += _bytes(6, text.encode("utf-8"))
    return bytes(msg)


def write_pprof(path: str | os.PathLike, profiler, duration_s: float, compress: bool = True) -> None:
    from msp430emu.output.files import atomic_write

    data = pprof_bytes(profiler, duration_s)
    with atomic_write(path, "wb") as out:
        out.write(gzip.compress(data, mtime=0) if compress else data)


__all__ = ["SAMPLE_TYPES", "pprof_bytes", "write_pprof"]
