"""ADC10 (F2132, SLAU144 22): the Mementos/WISP voltage check, with the (Vcc - Vss)/2 channel.

Registers (base 0x01B0): ADC10CTL0 +0x00 (SC bit 0, ENC bit 1, IFG bit 2, IE bit 3, ADC10ON bit 4, REFON
bit 5, REF2_5V bit 6, SHT 12:11, SREF 15:13), ADC10CTL1 +0x02 (BUSY bit 0, CONSEQ 2:1, SSEL 4:3, DIV 7:5,
INCH 15:12), ADC10MEM +0x04. ADC10AE0/DTC0/DTC1 at 0x0048-0x004A are plain registers (the ``extra``
addresses of the instance).
A conversion starts when SC is written with ENC and ADC10ON set; it takes the sample time (SHT: 4, 8, 16,
64 ADC10CLK cycles) plus 13 cycles of ADC10CLK (SSEL: ADC10OSC ~5 MHz, ACLK, MCLK, SMCLK; DIV /1../8) and
completes as an event: ADC10MEM = the result, ADC10IFG set (the ADC10 vector when ADC10IE is set; the flag
clears when the interrupt is taken), BUSY cleared, SC cleared. Inputs: channel 11 reads (Vcc - Vss)/2 of
the machine's supply, other channels ``inputs[ch]`` volts. Reference (SREF): 0 = Vcc, 1 = the internal
1.5 V or 2.5 V (REF2_5V; REFON is assumed). Result = floor(1024 x Vin / Vref + 0.5) clamped to 0..1023.
Not modelled: sequence and repeat modes (one conversion, with a warning), the data transfer controller,
the temperature sensor, two's-complement format, external references.
"""

from __future__ import annotations

from msp430emu.machine.timing import EPS_REL, EPS_T
from msp430emu.peripherals.base import INF, Peripheral

CTL0, CTL1, MEM = 0x00, 0x02, 0x04
SC, ENC, IFG, IE, ON, REF2_5V = 0x01, 0x02, 0x04, 0x08, 0x10, 0x40
BUSY = 0x01
SHT_CYCLES = (4, 8, 16, 64)
CONVERT_CYCLES = 13
CLOCKS = ("MODCLK", "ACLK", "MCLK", "SMCLK")    # ADC10OSC is modelled by MODCLK (~5 MHz)
HALF_VCC_CHANNEL = 11


class Adc10(Peripheral):
    model = "adc10"

    def __init__(self, spec, host) -> None:
        super().__init__(spec, host)
        self.vector = spec.vectors.get("adc", 0)
        self.inputs: dict[int, float] = {}
        self.busy_until = INF

    def reset(self, kind: str, now: float) -> None:
        self.clear(self.base, self.spec.size)
        for addr in self.spec.extra:
            self.mem[addr] = 0
        self.busy_until = INF

    def _conversion_time(self) -> float:
        ctl0, ctl1 = self.reg(CTL0), self.reg(CTL1)
        rate = self.host.clocks.rate(CLOCKS[(ctl1 >> 3) & 3]) / (((ctl1 >> 5) & 7) + 1)
        cycles = SHT_CYCLES[(ctl0 >> 11) & 3] + CONVERT_CYCLES
        return cycles / rate if rate > 0 else INF

    def write(self, addr: int, value: int, size: int, now: float) -> None:
        if (addr - self.base) & ~1 != CTL0:
            return
        ctl0 = self.reg(CTL0)
        if not ctl0 & ON:
            self.busy_until = INF
            self.set_reg(CTL1, self.reg(CTL1) & ~BUSY)
        elif ctl0 & SC and ctl0 & ENC and self.busy_until == INF:
            if (self.reg(CTL1) >> 1) & 3:
                self.host.warn("ADC10 sequence/repeat modes (CONSEQ) are not modelled: one conversion")
            self.busy_until = now + self._conversion_time()
            self.set_reg(CTL1, self.reg(CTL1) | BUSY)

    def _sample(self, now: float) -> int:
        ctl0, ctl1 = self.reg(CTL0), self.reg(CTL1)
        channel = (ctl1 >> 12) & 0xF
        vcc = self.host.supply_voltage(now)
        vin = vcc / 2.0 if channel == HALF_VCC_CHANNEL else self.inputs.get(channel, 0.0)
        sref = (ctl0 >> 13) & 7
        if sref == 0:
            vref = vcc
        else:
            if sref != 1:
                self.host.warn(f"ADC10 SREF={sref} is not modelled: the internal reference is used")
            vref = 2.5 if ctl0 & REF2_5V else 1.5
        return max(0, min(1023, int(1024 * vin / vref + 0.5))) if vref > 0 else 0

    def next_event_time(self, now: float) -> float:
        return self.busy_until

    def on_event(self, now: float) -> None:
        if now + EPS_T + now * EPS_REL < self.busy_until:   # the run loop's tolerance for a due event
            return
        self.busy_until = INF
        self.set_reg(MEM, self._sample(now))
        self.set_reg(CTL0, (self.reg(CTL0) & ~SC) | IFG)
        self.set_reg(CTL1, self.reg(CTL1) & ~BUSY)

    def pending_vector(self) -> int:
        ctl0 = self.mem[self.base]
        return self.vector if ctl0 & IFG and ctl0 & IE else 0

    def acknowledge(self, vector: int, now: float) -> None:
        self.mem[self.base] &= ~IFG & 0xFF
