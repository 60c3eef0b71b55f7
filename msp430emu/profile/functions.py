"""Function lookup for the profiler: PC -> function index, from the ELF's sized function symbols, with
the source file and first line of each function from the DWARF line table (msp430emu/loader.py)."""

from __future__ import annotations

import bisect
from dataclasses import dataclass

UNKNOWN = "(unknown)"      # a PC outside every sized function (an image without symbols, a vector)
SLEEP = "(sleep)"          # device time with the CPU in a low-power mode
OFF = "(off)"              # device time powered off (charged to the function that was running)


@dataclass(frozen=True, slots=True)
class Frame:
    name: str
    file: str | None = None
    line: int | None = None


class FunctionTable:
    """The functions of ``image`` (sized ``func`` symbols); ``index(pc)`` is a frame index into
    :attr:`frames` (pseudo-frames UNKNOWN and SLEEP included)."""

    def __init__(self, image) -> None:
        info = getattr(image, "symbol_info", {}) or {}
        funcs = sorted((s for s in info.values() if s.kind == "func" and s.size > 0), key=lambda s: s.addr)
        line_at = getattr(image, "line_at", None)
        self.frames: list[Frame] = []
        self._starts: list[int] = []
        self._ends: list[int] = []
        seen: set[int] = set()
        for s in funcs:
            if s.addr in seen:
                continue                            # aliases: the first name wins
            seen.add(s.addr)
            where = line_at(s.addr) if line_at is not None else None
            self.frames.append(Frame(s.name, where[0] if where else None, int(where[1]) if where else None))
            self._starts.append(s.addr)
            self._ends.append(s.addr + s.size)
        self.unknown = len(self.frames)
        self.frames.append(Frame(UNKNOWN))
        self.sleep = len(self.frames)
        self.frames.append(Frame(SLEEP))
        self._cache: dict[int, int] = {}

    def index(self, pc: int) -> int:
        hit = self._cache.get(pc)
        if hit is not None:
            return hit
        i = bisect.bisect_right(self._starts, pc) - 1
        result = i if i >= 0 and pc < self._ends[i] else self.unknown
        self._cache[pc] = result
        return result

    def name(self, index: int) -> str:
        return self.frames[index].name


__all__ = ["OFF", "SLEEP", "UNKNOWN", "Frame", "FunctionTable"]
