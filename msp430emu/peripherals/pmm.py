"""PMM: power management control and status (SLAU367 2.3; FR5969 base 0x0120).

PMMCTL0 (+0x00) is password protected (PMMPW 0xA5 in the high byte, reads 0x96; another value is a PUC with
cause "pmm_pw"); PMMSWBOR (bit 2) and PMMSWPOR (bit 3) request a software BOR / POR. PMMIFG (+0x0A) records
reset causes (PMMBORIFG bit 8, PMMRSTIFG bit 9, PMMPORIFG bit 10, SVSHIFG bit 13, PMMLPM5IFG bit 15).
PM5CTL0 (+0x10): LOCKLPM5 (bit 0) is set by a BOR and keeps the I/O pins in their high-impedance state until
the program clears it. The SVS thresholds act through the energy model, not through these registers.
"""

from __future__ import annotations

from msp430emu.peripherals.base import PasswordLock, Peripheral

PMMCTL0, PMMIFG, PM5CTL0 = 0x00, 0x0A, 0x10
PMMSWBOR, PMMSWPOR = 0x04, 0x08
LOCKLPM5 = 0x01
# reset cause -> PMMIFG bit
IFG_BITS = {"bor": 0x0100, "pmmswbor": 0x0100, "rst": 0x0200, "pmmswpor": 0x0400, "svsh": 0x2000,
            "lpm5": 0x8000}


class PowerManagement(Peripheral):
    model = "pmm"

    def __init__(self, spec, host) -> None:
        super().__init__(spec, host)
        self.lock = PasswordLock()
        self.last_ctl = 0x9640

    def note_reset(self, cause: str) -> None:
        self.set_reg(PMMIFG, self.reg(PMMIFG) | IFG_BITS.get(cause, 0))

    def reset(self, kind: str, now: float) -> None:
        self.lock.unlocked = False
        self.set_reg(PMMCTL0, 0x9640)     # SVSHE set
        self.last_ctl = 0x9640
        if kind in ("bor", "por"):
            self.set_reg(PMMIFG, 0)
            self.set_reg(PM5CTL0, LOCKLPM5)
            self.host.io_locked = True

    def write(self, addr: int, value: int, size: int, now: float) -> None:
        off = addr - self.base
        if off in (PMMCTL0, PMMCTL0 + 1):
            if not self.lock.check(self, addr, value, size):
                self.host.request_reset("puc", "pmm_pw")
                return
            if not self.lock.unlocked:
                self.set_reg(PMMCTL0, self.last_ctl)
                return
            ctl = self.reg(PMMCTL0)
            if ctl & PMMSWBOR:
                self.host.request_reset("bor", "pmmswbor")
            elif ctl & PMMSWPOR:
                self.host.request_reset("por", "pmmswpor")
            self.last_ctl = ctl & ~(PMMSWBOR | PMMSWPOR)
            self.set_reg(PMMCTL0, self.last_ctl)
        elif off in (PM5CTL0, PM5CTL0 + 1):
            locked = bool(self.mem[self.base + PM5CTL0] & LOCKLPM5)
            if self.host.io_locked and not locked:
                self.host.io_locked = False
                for p in getattr(self.host, "peripherals", []):
                    p.io_unlocked(now)
            elif locked and not self.host.io_locked:
                self.mem[self.base + PM5CTL0] &= ~LOCKLPM5 & 0xFF   # only LPMx.5 entry sets it again
