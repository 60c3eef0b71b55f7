"""ADC12_B (SLAU367 34; FR5969 base 0x0800) with the battery-monitor channel, single and sequence modes.

Registers: CTL0 +0x00 (SC bit 0, ENC bit 1, ON bit 4, SHT0 11:8), CTL1 +0x02 (BUSY bit 0, CONSEQ 2:1, SSEL
4:3, DIV 7:5, SHP 9, PDIV 14:13), CTL2 +0x04 (RES 5:4), CTL3 +0x06 (CSTARTADD 4:0, BATMAP bit 6, TCMAP bit 7),
IFGR0/1 +0x0C/+0x0E, IER0/1 +0x12/+0x14, IV +0x18, MCTL0..31 +0x20.. (INCH 4:0, EOS bit 7, VRSEL 11:8),
MEM0..31 +0x60...
A conversion starts when SC is set with ENC and ON set (software trigger, SHS = 0). It takes the sample
time (SHT0: 4..512 ADC clock cycles) plus the conversion (14, 12 or 10 cycles for 12, 10, 8 bits) of the
ADC clock (SSEL: MODCLK, ACLK, MCLK, SMCLK, divided by PDIV and DIV); it completes as an event of the machine:
the result goes to MEMx, IFGx is set (interrupt when IEx is set), BUSY clears. CONSEQ=1 converts MCTLx up to
the one with EOS, one conversion after the other.
Inputs: channel 31 with BATMAP reads AVCC/2 (the supply voltage of the machine at the end of sampling;
a fixed voltage or the capacitor voltage), other channels read ``inputs[ch]`` volts (default 0).
Reference: VRSEL 0 = AVCC, VRSEL 1 = the REF_A voltage (REFVSEL). Result = floor(2^bits * Vin / Vref + 0.5)
clamped to [0, 2^bits - 1]. Reading MEMx clears IFGx; reading IV returns 0x0C + 2x for the lowest
enabled pending IFGx. Not modelled: repeat modes (CONSEQ 2/3 behave as 0/1, with a warning), the
temperature sensor, differential and window-comparator modes, overflow flags, two's-complement format.
"""

from __future__ import annotations

from msp430emu.machine.timing import EPS_REL, EPS_T
from msp430emu.peripherals.base import INF, Peripheral

CTL0, CTL1, CTL2, CTL3, IFGR0, IFGR1, IER0, IER1, IV, MCTL, MEM = (
    0x00, 0x02, 0x04, 0x06, 0x0C, 0x0E, 0x12, 0x14, 0x18, 0x20, 0x60)
SC, ENC, ON = 0x01, 0x02, 0x10
BUSY = 0x01
BATMAP = 0x40
EOS = 0x80
SHT_CYCLES = (4, 8, 16, 32, 64, 96, 128, 192, 256, 384, 512, 512, 512, 512, 512, 512)
RES_BITS = (8, 10, 12, 12)
CONVERT_CYCLES = {8: 10, 10: 12, 12: 14}
CLOCKS = ("MODCLK", "ACLK", "MCLK", "SMCLK")
PREDIV = (1, 4, 32, 64)
BATTERY_CHANNEL = 31


class Adc12(Peripheral):
    model = "adc12"
    restore_batch = True
    write_effect_offsets = frozenset((CTL0, CTL1, IV))     # MCTLx, IERx, LO/HI, CTL2/3: plain registers

    def __init__(self, spec, host) -> None:
        super().__init__(spec, host)
        self.vector = spec.vectors.get("adc", 0)
        self.inputs: dict[int, float] = {}
        self.busy_until = INF
        self.current = 0           # MEMx / MCTLx index being converted

    def hook_read_addresses(self) -> list[int]:
        return [self.base + off for off in range(MEM, MEM + 64)] + [self.base + IV, self.base + IV + 1]

    def reset(self, kind: str, now: float) -> None:
        self.clear(self.base, self.spec.size)
        self.set_reg(CTL1, 0x0000)
        self.set_reg(CTL2, 0x0020)     # ADC12RES = 12 bit
        self.busy_until = INF

    def _conversion_time(self) -> float:
        ctl0, ctl1, ctl2 = self.reg(CTL0), self.reg(CTL1), self.reg(CTL2)
        rate = self.host.clocks.rate(CLOCKS[(ctl1 >> 3) & 3])
        rate /= PREDIV[(ctl1 >> 13) & 3] * (((ctl1 >> 5) & 7) + 1)
        cycles = SHT_CYCLES[(ctl0 >> 8) & 0xF] + CONVERT_CYCLES[RES_BITS[(ctl2 >> 4) & 3]]
        return cycles / rate if rate > 0 else INF

    def _start(self, now: float, index: int) -> None:
        self.current = index
        self.busy_until = now + self._conversion_time()
        self.set_reg(CTL1, self.reg(CTL1) | BUSY)

    def write(self, addr: int, value: int, size: int, now: float) -> None:
        off = (addr - self.base) & ~1
        ctl0 = self.reg(CTL0)
        if off == IV:
            self.set_reg(IV, 0)
        if off == CTL1:
            busy = BUSY if self.busy_until != INF else 0
            self.set_reg(CTL1, (self.reg(CTL1) & ~BUSY) | busy)
        if off == CTL0 and ctl0 & SC:
            self.set_reg(CTL0, ctl0 & ~SC)                # SC clears itself (pulse sample mode)
            if ctl0 & ENC and ctl0 & ON and self.busy_until == INF:
                if (self.reg(CTL1) >> 1) & 3 >= 2:
                    self.host.warn("ADC12 repeat modes (CONSEQ 2/3) are not modelled: one pass is done")
                self._start(now, self.reg(CTL3) & 0x1F)
        if off == CTL0 and not ctl0 & ON:
            self.busy_until = INF
            self.set_reg(CTL1, self.reg(CTL1) & ~BUSY)

    def _sample(self, now: float, index: int) -> int:
        mctl = self.reg(MCTL + 2 * index)
        channel = mctl & 0x1F
        if channel == BATTERY_CHANNEL and self.reg(CTL3) & BATMAP:
            vin = self.host.supply_voltage(now) / 2.0
        else:
            vin = self.inputs.get(channel, 0.0)
        vrsel = (mctl >> 8) & 0xF
        if vrsel == 1:
            ref = self.host.find_peripheral("ref")
            if ref is None:
                vref = self.host.supply_voltage(now)
            else:
                if not ref.on:
                    self.host.warn("ADC12 uses VREF while REFON = 0 (the reference is assumed requested)")
                vref = ref.voltage()
        else:
            if vrsel != 0:
                self.host.warn(f"ADC12 VRSEL={vrsel} is not modelled: AVCC is used as the reference")
            vref = self.host.supply_voltage(now)
        bits = RES_BITS[(self.reg(CTL2) >> 4) & 3]
        full = 1 << bits
        return max(0, min(full - 1, int(full * vin / vref + 0.5))) if vref > 0 else 0

    def next_event_time(self, now: float) -> float:
        return self.busy_until

    def on_event(self, now: float) -> None:
        if now + EPS_T + now * EPS_REL < self.busy_until:   # the run loop's tolerance for a due event
            return
        index = self.current
        self.set_reg(MEM + 2 * index, self._sample(now, index))
        ifg = IFGR0 if index < 16 else IFGR1
        self.set_reg(ifg, self.reg(ifg) | (1 << (index % 16)))
        sequence = (self.reg(CTL1) >> 1) & 1
        last = bool(self.reg(MCTL + 2 * index) & EOS) or index == 31
        if sequence and not last and self.reg(CTL0) & ENC:
            self._start(now, index + 1)
        else:
            self.busy_until = INF
            self.set_reg(CTL1, self.reg(CTL1) & ~BUSY)

    def read(self, addr: int, now: float) -> None:
        off = (addr - self.base) & ~1
        if MEM <= off < MEM + 64:
            index = (off - MEM) // 2
            ifg = IFGR0 if index < 16 else IFGR1
            self.set_reg(ifg, self.reg(ifg) & ~(1 << (index % 16)))
        elif off == IV:
            pending = (self.reg(IFGR0) & self.reg(IER0)) | ((self.reg(IFGR1) & self.reg(IER1)) << 16)
            value = 0
            if pending:
                index = (pending & -pending).bit_length() - 1
                value = 0x0C + 2 * index
            self.set_reg(IV, value)

    def pending_vector(self) -> int:
        if self.reg(IFGR0) & self.reg(IER0) or self.reg(IFGR1) & self.reg(IER1):
            return self.vector
        return 0
