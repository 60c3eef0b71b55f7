"""Special function registers (interrupt enables and flags shared by several modules, e.g. WDTIE/WDTIFG).

FR5969: SFRIE1 0x0100, SFRIFG1 0x0102, SFRRPCR 0x0104 (SLAU367 1.15). F2132: IE1 0x0000, IFG1 0x0002.
Registers are plain memory; a write only makes the machine recompute pending interrupts (done after every
hook). A PUC clears the enable registers; flags are kept (they record reset causes such as WDTIFG).
"""

from __future__ import annotations

from msp430emu.peripherals.base import Peripheral


class SpecialFunctions(Peripheral):
    model = "sfr"
    restore_batch = True
    write_effect_offsets: frozenset[int] = frozenset()    # plain registers (the machine updates interrupts)

    def reset(self, kind: str, now: float) -> None:
        self.set_reg(0, 0)           # SFRIE1 / IE1+IE2
        if kind != "puc":
            self.set_reg(2, 0)       # SFRIFG1 / IFG1+IFG2: power-up clears the flags
