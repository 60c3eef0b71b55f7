"""Clock system CS (FR5969, SLAU367 3; base 0x0160): DCO frequency, clock sources and dividers.

CSCTL0 (+0x00): password CSKEY 0xA5 in the high byte (reads 0x96; see PasswordLock; a word write with another
key is a PUC with cause "cs_pw"). While locked, writes to CSCTL1..6 are ignored.
CSCTL1 (+0x02): DCORSEL (bit 6), DCOFSEL (bits 3:1) select the DCO frequency (table ``DCO_HZ``).
CSCTL2 (+0x04): SELA (10:8), SELS (6:4), SELM (2:0): 0 LFXTCLK, 1 VLOCLK, 2 LFMODCLK, 3 DCOCLK, 4 MODCLK,
5 HFXTCLK. CSCTL3 (+0x06): DIVA, DIVS, DIVM, same fields: divide by 1, 2, 4, 8, 16, 32.
Reset (PUC): DCO 8 MHz, MCLK = SMCLK = DCO/8 = 1 MHz, ACLK = LFXT. Not modelled: the LFXT/HFXT oscillator
start-up and fault logic (a 32.768 kHz crystal is assumed running; HFXT is not fitted and falls back to
MODCLK, as the hardware's fail-safe does), SMCLKOFF, clock requests, DCO tolerance and frequency trimming.
"""

from __future__ import annotations

from msp430emu.peripherals.base import PasswordLock, Peripheral
from msp430emu.peripherals.clocks import LFXT_HZ, MODCLK_HZ, VLO_HZ

# DCO frequency by [DCORSEL][DCOFSEL] (SLAU367 CSCTL1 description; code 7 is reserved and defaults to 6)
DCO_HZ = (
    (1.0e6, 8.0e6 / 3, 3.5e6, 4.0e6, 16.0e6 / 3, 7.0e6, 8.0e6, 8.0e6),
    (1.0e6, 16.0e6 / 3, 7.0e6, 8.0e6, 16.0e6, 21.0e6, 24.0e6, 24.0e6),
)
RESET_VALUES = {0x00: 0x9600, 0x02: 0x000C, 0x04: 0x0033, 0x06: 0x0033, 0x08: 0xCD08, 0x0A: 0x00C0,
                0x0C: 0x0007}
DIVIDERS = (1, 2, 4, 8, 16, 32, 32, 32)


class ClockSystem(Peripheral):
    model = "cs"

    def __init__(self, spec, host) -> None:
        super().__init__(spec, host)
        self.lock = PasswordLock()
        self.saved = dict(RESET_VALUES)
        self.override_mclk: float | None = None   # --mclk: in force until the program changes CSCTL1..3

    def reset(self, kind: str, now: float) -> None:
        self.lock.unlocked = False
        self.saved = dict(RESET_VALUES)
        for off, value in RESET_VALUES.items():
            self.set_reg(off, value)
        self._apply()

    def source_hz(self, sel: int) -> float:
        dco = DCO_HZ[(self.reg(0x02) >> 6) & 1][(self.reg(0x02) >> 1) & 7]
        table = (LFXT_HZ, VLO_HZ, MODCLK_HZ / 128.0, dco, MODCLK_HZ, MODCLK_HZ)
        return table[sel] if sel < len(table) else MODCLK_HZ

    def _apply(self) -> None:
        sel, div = self.reg(0x04), self.reg(0x06)
        mclk = self.source_hz(sel & 7) / DIVIDERS[div & 7]
        smclk = self.source_hz((sel >> 4) & 7) / DIVIDERS[(div >> 4) & 7]
        aclk = self.source_hz((sel >> 8) & 7) / DIVIDERS[(div >> 8) & 7]
        if (sel >> 8) & 7 > 2:
            aclk = self.source_hz((sel >> 8) & 3) / DIVIDERS[(div >> 8) & 7]
        if self.override_mclk is not None:
            mclk = smclk = self.override_mclk
        self.host.clocks.set_rates(mclk, smclk, aclk)

    def write(self, addr: int, value: int, size: int, now: float) -> None:
        off = (addr - self.base) & ~1
        if off == 0x00:
            if not self.lock.check(self, addr, value, size):
                self.host.request_reset("puc", "cs_pw")
            self.mem[self.base] = 0
            return
        if not self.lock.unlocked:
            self.set_reg(off, self.saved[off])
            return
        changed = self.reg(off) != self.saved[off]
        self.saved[off] = self.reg(off)
        if off in (0x02, 0x04, 0x06) and changed:
            self.override_mclk = None
            before = self.host.clocks.snapshot()
            self._apply()
            if self.host.clocks.snapshot() != before:
                self.host.clocks_changed(now)
