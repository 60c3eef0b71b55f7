"""Watchdog timer: WDT_A (FR5969, SLAU367 24) and WDT+ (F2132, SLAU144 10), one model with data parameters.

WDTCTL: password WDTPW 0x5A in the high byte (reads 0x69); a write with another high byte, or a byte write,
is a password violation: a PUC with cause "wdt_pw". Low byte: WDTHOLD (bit 7), clock select (device
parameters ``ssel_shift``/``ssel_mask``/``sources``), WDTTMSEL (bit 4, 1 = interval timer), WDTCNTCL (bit 3,
clears the counter, reads 0), WDTIS (interval select, ``intervals`` lists the divider of each code).
The watchdog runs after every reset (WDTCTL reset value ``reset_value``): a program that never stops or
clears it is reset (PUC, cause "wdt", WDTIFG set) after ``intervals[WDTIS]`` clock ticks. In interval mode
WDTIFG (``ifg_addr``/``ifg_bit``) is set every interval and requests the WDT vector when WDTIE is set in
``ie_addr``; taking the interrupt clears WDTIFG.
"""

from __future__ import annotations

from msp430emu.peripherals.base import INF, Peripheral, Timebase

WDTPW, WDT_READ_KEY = 0x5A, 0x69
WDTHOLD, WDTTMSEL, WDTCNTCL = 0x80, 0x10, 0x08


class Watchdog(Peripheral):
    model = "wdt"

    def __init__(self, spec, host) -> None:
        super().__init__(spec, host)
        p = spec.params
        self.intervals = [int(x) for x in p["intervals"]]
        self.is_mask = len(self.intervals) - 1
        self.ssel_shift = int(p["ssel_shift"])
        self.ssel_mask = int(p["ssel_mask"])
        self.sources = list(p["sources"])
        self.ie_addr = int(p["ie_addr"])
        self.ifg_addr = int(p["ifg_addr"])
        self.ifg_bit = int(p["ifg_bit"])
        self.reset_value = int(p.get("reset_value", 0x6904 if self.is_mask == 7 else 0x6900))
        self.vector = spec.vectors.get("interval", 0)
        self.ctl = self.reset_value & 0xFF
        self.counter = Timebase()

    # --- configuration decoded from the low byte of WDTCTL --------------------------------------------
    def _interval(self) -> int:
        return self.intervals[self.ctl & self.is_mask]

    def _rate(self) -> float:
        if self.ctl & WDTHOLD:
            return 0.0
        source = self.sources[(self.ctl >> self.ssel_shift) & self.ssel_mask]
        return self.host.clocks.rate(source)

    def _store(self) -> None:
        self.mem[self.base] = self.ctl
        self.mem[self.base + 1] = WDT_READ_KEY

    def reset(self, kind: str, now: float) -> None:
        self.ctl = self.reset_value & 0xFF
        self._store()
        self.counter.anchor(now, 0, self._rate())

    def write(self, addr: int, value: int, size: int, now: float) -> None:
        if size != 2 or addr != self.base or ((value >> 8) & 0xFF) != WDTPW:
            self.mem[self.base + 1] = WDT_READ_KEY
            self.host.request_reset("puc", "wdt_pw")
            return
        count = self.counter.ticks(now)
        self.ctl = value & 0xFF & ~WDTCNTCL
        if value & WDTCNTCL:
            count = 0
        self._store()
        self.counter.anchor(now, count, self._rate())

    def clocks_changed(self, now: float) -> None:
        self.counter.rerate(now, self._rate())

    def next_event_time(self, now: float) -> float:
        if self.counter.rate <= 0.0:
            return INF
        return self.counter.time_of(self._interval())

    def on_event(self, now: float) -> None:
        interval = self._interval()
        count = self.counter.ticks(now)
        if count < interval:
            return
        self.mem[self.ifg_addr] |= self.ifg_bit
        if not self.ctl & WDTTMSEL:
            self.host.request_reset("puc", "wdt")
            return
        self.counter.anchor(self.counter.time_of(interval), 0, self.counter.rate)
        if self.counter.ticks(now) >= interval:      # several intervals passed (a long sleep): keep phase
            self.counter.anchor(now, self.counter.ticks(now) % interval, self.counter.rate)

    def pending_vector(self) -> int:
        if (self.ctl & WDTTMSEL and self.mem[self.ifg_addr] & self.ifg_bit
                and self.mem[self.ie_addr] & self.ifg_bit):
            return self.vector
        return 0

    def acknowledge(self, vector: int, now: float) -> None:
        self.mem[self.ifg_addr] &= ~self.ifg_bit & 0xFF
