"""SYS module: the reset-cause vector SYSRSTIV (SLAU367 1.16.2, FR5969 base 0x0180, SYSRSTIV at +0x1E).

Each reset adds its cause (a BOR or POR first clears the earlier ones, PUC causes accumulate); reading
SYSRSTIV returns the highest-priority pending cause (lowest value) and clears it, 0 when none is left.
SYSSNIV/SYSUNIV (NMI vectors) are plain memory that reads 0.
"""

from __future__ import annotations

from msp430emu.peripherals.base import Peripheral

SYSRSTIV = 0x1E
# cause name -> SYSRSTIV value (SLAU367 Table 1-26, "SYSRSTIV Register Description")
RESET_CAUSES = {
    "bor": 0x02, "rst": 0x04, "pmmswbor": 0x06, "lpm5": 0x08, "security": 0x0A, "svsh": 0x0E,
    "pmmswpor": 0x14, "wdt": 0x16, "wdt_pw": 0x18, "frctl_pw": 0x1A, "fram_bit_error": 0x1C,
    "periph_fetch": 0x1E, "pmm_pw": 0x20, "mpu_pw": 0x22, "cs_pw": 0x24,
}


class SystemControl(Peripheral):
    model = "sys"
    hook_read_offsets = (SYSRSTIV, SYSRSTIV + 1)

    def __init__(self, spec, host) -> None:
        super().__init__(spec, host)
        self.pending: set[int] = set()

    def add_cause(self, cause: str) -> None:
        if cause in RESET_CAUSES:
            self.pending.add(RESET_CAUSES[cause])

    def reset(self, kind: str, now: float) -> None:
        for off in range(0, self.spec.size, 2):
            self.set_reg(off, 0)
        if kind in ("bor", "por"):       # a BOR/POR clears the earlier causes; PUC causes accumulate
            self.pending.clear()

    def read(self, addr: int, now: float) -> None:
        value = min(self.pending) if self.pending else 0
        self.pending.discard(value)
        self.set_reg(SYSRSTIV, value)

    def write(self, addr: int, value: int, size: int, now: float) -> None:
        if addr - self.base in (SYSRSTIV, SYSRSTIV + 1):
            self.set_reg(SYSRSTIV, 0)    # read-only register
