"""Peripheral space no model covers: plain memory, with a one-time warning on the first access.

The first read or write of any of the instance's addresses stops to the host (hook bits); the machine warns
once, naming the block, then clears the hook bits so the block behaves as ordinary RAM from then on.
"""

from __future__ import annotations

from msp430emu.cpu.state import A_HOOK_R, A_HOOK_W
from msp430emu.peripherals.base import Peripheral


class Storage(Peripheral):
    model = "storage"

    def attach(self) -> None:
        super().attach()
        for addr in self.addresses():
            self.host.state.attr[addr] |= A_HOOK_R

    def _first_access(self, addr: int, how: str) -> None:
        first, last = min(self.addresses()), max(self.addresses())
        self.host.warn(f"{how} of 0x{addr:04X}: {self.name} (0x{first:04X}-0x{last:04X}) is not modelled; "
                       f"its registers are plain memory")
        for a in self.addresses():
            self.host.state.attr[a] &= ~(A_HOOK_R | A_HOOK_W) & 0xFF

    def write(self, addr: int, value: int, size: int, now: float) -> None:
        self._first_access(addr, "write")

    def read(self, addr: int, now: float) -> None:
        self._first_access(addr, "read")
