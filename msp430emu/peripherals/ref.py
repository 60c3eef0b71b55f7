"""REF_A shared reference (SLAU367 26; FR5969 REFCTL0 at 0x01B0).

REFON (bit 0) turns the reference on; REFVSEL (bits 5:4) selects 1.2, 2.0 or 2.5 V. Settling time is not
modelled: the ready and active flags (REFGENACT 8, REFBGACT 9, REFGENRDY 12, REFBGRDY 13) follow REFON at
once. The ADC asks :meth:`voltage` for its VREF.
"""

from __future__ import annotations

from msp430emu.peripherals.base import Peripheral

REFCTL0 = 0x00
REFON = 0x0001
STATUS_BITS = 0x0100 | 0x0200 | 0x1000 | 0x2000
LEVELS_V = (1.2, 2.0, 2.5, 2.5)


class Reference(Peripheral):
    model = "ref"
    restore_batch = True

    def reset(self, kind: str, now: float) -> None:
        self.set_reg(REFCTL0, 0)

    @property
    def on(self) -> bool:
        return bool(self.reg(REFCTL0) & REFON)

    def voltage(self) -> float:
        return LEVELS_V[(self.reg(REFCTL0) >> 4) & 3]

    def write(self, addr: int, value: int, size: int, now: float) -> None:
        ctl = self.reg(REFCTL0) & ~STATUS_BITS
        if ctl & REFON:
            ctl |= STATUS_BITS
        self.set_reg(REFCTL0, ctl)
