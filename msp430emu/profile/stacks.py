"""Call stacks for the profile: the return addresses on the MSP430 stack, checked against the calls that
pushed them (no frame pointers or unwind tables needed).

From SP up to the stack top (``__stack_top``, else the end of SRAM), a word is taken as a return address
only if it points just after a CALL instruction: ``CALL #target`` (0x12B0, 4 bytes) whose target is the
start of the function found so far (a chain of direct calls), or an indirect ``CALL Rn`` / ``@Rn`` /
``@Rn+`` (2 bytes) / ``x(Rn)`` / ``&abs`` (4 bytes). The caller is the function holding that CALL. Stale
words in locals are thereby rejected unless they happen to follow a call of the right function; an
interrupt frame (no CALL before the pushed PC) ends the walk. MSP430X ``CALLA`` (20-bit return addresses)
is not followed.
"""

from __future__ import annotations

import numpy as np

from msp430emu.cpu.state import SP
from msp430emu.profile.functions import FunctionTable

MAX_DEPTH = 32


class StackWalker:
    def __init__(self, machine, image, table: FunctionTable) -> None:
        self.mem = machine.state.mem
        self.regs = machine.state.regs
        self.table = table
        symbols = getattr(image, "symbols", {}) or {}
        top = symbols.get("__stack_top")
        if top is None:
            sram = [r for r in machine.device.memory if r.volatile]
            top = max(r.end + 1 for r in sram) if sram else 0
        self.top = int(top) & ~1
        self.returns = self._return_sites()

    def _return_sites(self) -> dict[int, int]:
        """Every address just after a CALL inside a function: return address -> the direct call's target
        (-1 for an indirect call)."""
        mem = self.mem
        out: dict[int, int] = {}
        for start, end in zip(self.table._starts, self.table._ends, strict=True):
            code = mem[start:end + (end - start) % 2].view("<u2")
            for k in np.nonzero((code & 0xFFC0) == 0x1280)[0]:      # 0x1280-0x12BF: CALL forms
                a = start + 2 * int(k)
                w = int(code[k])
                if w == 0x12B0:                                        # CALL #target
                    if k + 1 < len(code):
                        out[a + 4] = int(code[k + 1])
                elif (w & 0xFFF0) == 0x1290:                           # CALL x(Rn), &abs, symbolic
                    out[a + 4] = -1
                else:                                                  # CALL Rn, @Rn, @Rn+
                    out.setdefault(a + 2, -1)
        return out

    def walk(self, pc: int) -> tuple[int, ...]:
        """Frame indices from the outermost caller to the function holding ``pc``."""
        table = self.table
        leaf = table.index(pc)
        sp = int(self.regs[SP]) & ~1
        returns = self.returns
        if not returns or not sp < self.top or self.top - sp > 4096:
            return (leaf,)
        words = memoryview(self.mem[sp:self.top].tobytes()).cast("H")
        hits = [w for w in words if w in returns]
        if not hits:
            return (leaf,)
        frames = [leaf]
        current = leaf
        starts, unknown = table._starts, table.unknown
        for r in hits:
            target = returns[r]
            if target < 0 or current == unknown or target == starts[current]:
                current = table.index(r - 2)
                frames.append(current)
                if len(frames) >= MAX_DEPTH:
                    break
        frames.reverse()
        return tuple(frames)


__all__ = ["MAX_DEPTH", "StackWalker"]
