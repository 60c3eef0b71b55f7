"""eUSCI_A in UART mode, transmit side (SLAU367 30; FR5969 eUSCI_A0 base 0x05C0).

A byte written to UCAxTXBUF (+0x0E) is transmitted at once: it is appended to the run's UART output and
UCTXIFG (bit 1) and UCTXCPTIFG (bit 3) of UCAxIFG (+0x1C) stay set, so polling loops never wait. UCAxIE
(+0x1A) enables the interrupt of each flag (vector ``uart``); reading UCAxIV (+0x1E) returns the
highest-priority pending enabled flag (2 RX, 4 TX, 6 start bit, 8 transmit complete) and clears it.
A byte written while UCSWRST (UCAxCTLW0 bit 0) is set is not transmitted, as on silicon: UCSWRST holds the
eUSCI_A in reset and a transmission starts only after it is cleared (SLAU367 30.3.1 "eUSCI_A Initialization
and Reset", 30.3.x "Transmit Enable": the module is enabled by clearing UCSWRST, then a transmission is
initiated by writing UCAxTXBUF). It is a firmware bug, reported as a warning naming the register and the PC
of the writing instruction (one per PC).
Not modelled: baud-rate timing (UCAxBRW/MCTLW are plain registers), reception, IrDA, auto-baud.
"""

from __future__ import annotations

from msp430emu.cpu.state import C_LAST_PC
from msp430emu.peripherals.base import Peripheral

CTLW0, STATW, RXBUF, TXBUF, IE, IFG, IV = 0x00, 0x0A, 0x0C, 0x0E, 0x1A, 0x1C, 0x1E
UCSWRST = 0x01
UCRXIFG, UCTXIFG, UCSTTIFG, UCTXCPTIFG = 0x01, 0x02, 0x04, 0x08
IFG_BITS = (UCRXIFG, UCTXIFG, UCSTTIFG, UCTXCPTIFG)


class Uart(Peripheral):
    model = "uart"
    restore_batch = True
    write_effect_offsets = frozenset((CTLW0, TXBUF, IV))   # CTLW1, BRW, MCTLW, ABCTL, IRCTL, IE: plain
    hook_read_offsets = (IV, IV + 1)

    def __init__(self, spec, host) -> None:
        super().__init__(spec, host)
        self.vector = spec.vectors.get("uart", 0)
        self.ifg = self.base + IFG
        self.ie = self.base + IE

    def reset(self, kind: str, now: float) -> None:
        self.clear(self.base, self.spec.size)
        self.set_reg(CTLW0, 0x01C1)
        self.set_reg(IFG, UCTXIFG)

    def write(self, addr: int, value: int, size: int, now: float) -> None:
        off = addr - self.base
        if off == TXBUF:
            if self.mem[self.base + CTLW0] & UCSWRST:
                pc = int(self.host.state.ctl[C_LAST_PC])
                self.host.warn(f"{self.name}: TXBUF (0x{addr:04X}) written while UCSWRST is set by the "
                               f"instruction at PC 0x{pc:05X}: nothing transmitted (the eUSCI is held in "
                               "reset)")
                return
            self.host.uart.append(value & 0xFF)
            self.mem[self.ifg] |= UCTXIFG | UCTXCPTIFG
        elif off in (CTLW0, CTLW0 + 1) and self.mem[self.base + CTLW0] & UCSWRST:
            self.mem[self.ifg] = UCTXIFG
            self.mem[self.ie] = 0
        elif off in (IV, IV + 1):
            self.set_reg(IV, 0)

    def read(self, addr: int, now: float) -> None:
        pending = self.mem[self.ifg] & self.mem[self.ie]
        value = 0
        for i, bit in enumerate(IFG_BITS):
            if pending & bit:
                value = 2 * (i + 1)
                self.mem[self.ifg] &= ~bit & 0xFF
                break
        self.set_reg(IV, value)

    def pending_vector(self) -> int:
        return self.vector if self.mem[self.ifg] & self.mem[self.ie] & 0x0F else 0
