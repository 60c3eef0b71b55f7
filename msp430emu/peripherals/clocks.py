"""Clock rates seen by the CPU and the peripherals, and their gating in low-power modes.

The clock system peripheral (cs.py) sets the ungated rates; the machine sets the low-power gating from the
status register when the CPU sleeps (SLAU367 1.4: CPUOFF stops MCLK, SCG1 stops SMCLK, OSCOFF stops ACLK and
the VLO unless requested). MODCLK and its derived LFMODCLK are on-demand clocks and are never gated here.
"""

from __future__ import annotations

from msp430emu.cpu.state import SR_CPUOFF, SR_OSCOFF, SR_SCG1

LFXT_HZ = 32768.0      # a 32.768 kHz watch crystal is assumed fitted and running
VLO_HZ = 9400.0        # SLAS704: VLO typical 9.4 kHz
MODCLK_HZ = 5.0e6      # SLAS704: MODOSC typical 5 MHz
GATING_BITS = {"MCLK": SR_CPUOFF, "SMCLK": SR_SCG1, "ACLK": SR_OSCOFF, "VLOCLK": SR_OSCOFF}


class Clocks:
    """Ungated rates by name (MCLK, SMCLK, ACLK, VLOCLK, MODCLK, LFMODCLK) plus the gating status bits."""

    def __init__(self, mclk_hz: float) -> None:
        self.rates: dict[str, float] = {}
        self.gating_sr = 0
        self.nwaits = 0
        self.set_rates(mclk_hz, mclk_hz, LFXT_HZ)

    def set_rates(self, mclk: float, smclk: float, aclk: float) -> None:
        self.rates = {
            "MCLK": float(mclk), "SMCLK": float(smclk), "ACLK": float(aclk), "VLOCLK": VLO_HZ,
            "MODCLK": MODCLK_HZ, "LFMODCLK": MODCLK_HZ / 128.0, "NONE": 0.0,
        }

    @property
    def mclk(self) -> float:
        return self.rates["MCLK"]

    def rate(self, name: str) -> float:
        """The running rate of a clock: 0 when the low-power mode stops it."""
        bit = GATING_BITS.get(name, 0)
        if bit and self.gating_sr & bit:
            return 0.0
        return self.rates[name]

    def snapshot(self) -> tuple:
        return tuple(sorted(self.rates.items())) + (self.gating_sr,)
