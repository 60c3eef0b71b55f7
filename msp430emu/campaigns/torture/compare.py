"""What a torture trial must reproduce: the continuous-power reference result, and the differences of a
trial's result from it.

The result of a run is its exit (``halt``) and exit code (R12 at ``exit``), the UART text, the globals
``[__data_start, __ram_used_end)`` (``__bss_end`` if the image has no ``__ram_used_end``: .data + .bss +
.noinit, what a checkpoint saves) and the ``.persistent`` FRAM bytes ``[__persistent_start,
__persistent_end)`` when the image has them (what survives a power failure without any checkpoint).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from msp430emu.checkpoint.layout import GLOBALS_END_SYMBOLS
from msp430emu.errors import ConfigError

MAX_DIFFERENCES = 8          # differences listed per trial (the first ones)


@dataclass(frozen=True)
class Span:
    """A named memory range ``[start, start + len(data))`` and its expected bytes."""

    name: str
    start: int
    data: bytes

    def dump(self) -> tuple[int, int]:
        return self.start, len(self.data)


def result_spans(image) -> list[tuple[str, int, int]]:
    """(name, start, end) of the ranges a result is compared on: globals, and .persistent if present."""
    symbols = getattr(image, "symbols", {}) or {}
    end_name = next((name for name in GLOBALS_END_SYMBOLS if name in symbols), None)
    if "__data_start" not in symbols or end_name is None:
        raise ConfigError("torture compares the globals [__data_start, __ram_used_end): the image has no "
                          "such symbols (build it with the SDK: msp430emu cc)")
    spans = [("globals", int(symbols["__data_start"]), int(symbols[end_name]))]
    if "__persistent_start" in symbols and "__persistent_end" in symbols:
        start, end = int(symbols["__persistent_start"]), int(symbols["__persistent_end"])
        if end > start:                                  # (an empty section: nothing to compare)
            spans.append(("persistent", start, end))
    return spans


@dataclass(frozen=True)
class Reference:
    """The continuous-power run's result and size (instructions, cycles)."""

    exit_code: int
    uart: str
    spans: tuple[Span, ...]
    instructions: int
    cycles: int
    wall_s: float

    def dumps(self) -> list[tuple[int, int]]:
        return [span.dump() for span in self.spans]

    def to_dict(self) -> dict:
        return {"exit_code": self.exit_code, "uart": self.uart, "instructions": self.instructions,
                "cycles": self.cycles, "wall_s": self.wall_s,
                **{span.name: [span.start, span.start + len(span.data)] for span in self.spans}}


class SymbolNamer:
    """``0x1C04`` -> ``"0x01C04 (table+4)"``: the object symbol that holds an address, when there is one."""

    def __init__(self, image) -> None:
        objects = sorted((info.addr, info.size, name)
                         for name, info in (getattr(image, "symbol_info", {}) or {}).items()
                         if getattr(info, "kind", "") == "object" and info.size > 0)
        self._starts = [o[0] for o in objects]
        self._objects = objects

    def __call__(self, addr: int) -> str:
        i = bisect.bisect_right(self._starts, addr) - 1
        if i >= 0:
            start, size, name = self._objects[i]
            if addr < start + size:
                return f"0x{addr:05X} ({name}+{addr - start})" if addr > start else f"0x{addr:05X} ({name})"
        return f"0x{addr:05X}"


def _text_difference(got: str, want: str) -> str:
    at = next((i for i, (a, b) in enumerate(zip(got, want, strict=False)) if a != b),
              min(len(got), len(want)))
    return (f"UART {got!r} instead of {want!r}" if len(got) + len(want) <= 80
            else f"UART differs from character {at} (got {len(got)} characters, expected {len(want)})")


def differences(reference: Reference, result, namer: SymbolNamer) -> list[str]:
    """What in ``result`` (a RunResult with the reference's dumps) differs from the reference; [] if
    nothing does. Only the first MAX_DIFFERENCES are listed."""
    out: list[str] = []
    if result.exit != "halt":
        out.append(f"exit {result.exit} ({result.message}) instead of halt")
    elif result.exit_code != reference.exit_code:
        out.append(f"exit code {result.exit_code} instead of {reference.exit_code}")
    if result.uart != reference.uart:
        out.append(_text_difference(result.uart, reference.uart))
    for span, dump in zip(reference.spans, result.dumps, strict=True):
        got = bytes.fromhex(dump["hex"])
        bad = [i for i, (a, b) in enumerate(zip(got, span.data, strict=True)) if a != b]
        if bad:
            i = bad[0]
            out.append(f"{span.name}: {len(bad)} bytes differ, first at {namer(span.start + i)}: "
                       f"0x{got[i]:02X} instead of 0x{span.data[i]:02X}")
    return out[:MAX_DIFFERENCES]


__all__ = ["MAX_DIFFERENCES", "Reference", "Span", "SymbolNamer", "differences", "result_spans"]
