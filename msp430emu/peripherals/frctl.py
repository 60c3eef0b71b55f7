"""FRAM controller: FRCTL0 wait states (SLAU367 7.4; FR5969 base 0x0140).

FRCTL0 (+0x00): password FRCTLPW 0xA5 in the high byte (reads 0x96; another value is a PUC with cause
"frctl_pw"), NWAITS in bits 6:4. The machine turns NWAITS into ctl[C_FRAM_WAIT] when MCLK is above the
device's ``fram_max_hz_without_wait`` (8 MHz) and warns when MCLK is above it with NWAITS = 0. GCCTL0/1
(ECC and access-time error flags) are plain memory.
"""

from __future__ import annotations

from msp430emu.peripherals.base import PasswordLock, Peripheral

FRCTL0 = 0x00
NWAITS_SHIFT, NWAITS_MASK = 4, 0x7


class FramControl(Peripheral):
    model = "frctl"

    def __init__(self, spec, host) -> None:
        super().__init__(spec, host)
        self.lock = PasswordLock()
        self.low = 0

    def reset(self, kind: str, now: float) -> None:
        self.lock.unlocked = False
        self.low = 0
        self.set_reg(FRCTL0, 0x9600)
        self.host.clocks.nwaits = 0

    def write(self, addr: int, value: int, size: int, now: float) -> None:
        if addr - self.base not in (FRCTL0, FRCTL0 + 1):
            return
        if not self.lock.check(self, addr, value, size):
            self.host.request_reset("puc", "frctl_pw")
            return
        if not self.lock.unlocked:
            self.mem[self.base] = self.low
            return
        self.low = int(self.mem[self.base])
        nwaits = (self.low >> NWAITS_SHIFT) & NWAITS_MASK
        if nwaits != self.host.clocks.nwaits:
            self.host.clocks.nwaits = nwaits
            self.host.clocks_changed(now)
