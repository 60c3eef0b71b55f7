"""MCU load model: supply current per operating mode, as data (energy/data/<device>.json, sources inside).

I(mode, mclk, vcc) = (ua_fixed + ua_per_mhz * MCLK/MHz) * (1 + slope * (vcc - vcc_reference)) [+ ADC extra]

The FR5969 has a core regulator, so its current barely depends on Vcc (slope 0); the F2132 does not.
Charges (reset, wake-up) are per event, in nA*s (= nC): the event loop removes them from the capacitor as
an instantaneous charge (dV = Q / C), or as a current over the event's duration.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from energy.capacitor import Load
from energy.errors import EnergyError

DATA_DIR = Path(__file__).with_name("data")
DEVICES = {"msp430fr5969": "msp430fr5969.json", "fr5969": "msp430fr5969.json",
           "msp430f2132": "msp430f2132.json", "f2132": "msp430f2132.json"}


# Status-register low-power bits (SLAU367 / SLAU049: CPUOFF bit 4, OSCOFF 5, SCG0 6, SCG1 7) -> mode name.
SR_CPUOFF, SR_OSCOFF, SR_SCG0, SR_SCG1 = 0x10, 0x20, 0x40, 0x80
_LPM_BY_BITS = {
    SR_CPUOFF: "lpm0",
    SR_CPUOFF | SR_SCG0: "lpm1",
    SR_CPUOFF | SR_SCG1: "lpm2",
    SR_CPUOFF | SR_SCG0 | SR_SCG1: "lpm3",
    SR_CPUOFF | SR_SCG0 | SR_SCG1 | SR_OSCOFF: "lpm4",
}


def mode_for_status(sr: int) -> str:
    """The operating mode the SR's CPUOFF/OSCOFF/SCG0/SCG1 bits select ("active" if CPUOFF is clear).
    Bit combinations outside the five LPMs count as the LPM of their CPUOFF/SCG bits with OSCOFF ignored,
    except that all four bits set is LPM4."""
    bits = sr & (SR_CPUOFF | SR_OSCOFF | SR_SCG0 | SR_SCG1)
    if not bits & SR_CPUOFF:
        return "active"
    return _LPM_BY_BITS.get(bits) or _LPM_BY_BITS[bits & ~SR_OSCOFF]


@dataclass(frozen=True, slots=True)
class ModeCurrent:
    ua_fixed: float
    ua_per_mhz: float
    certain: bool
    source: str


class McuPowerModel:
    """Currents of one device, from its JSON table."""

    def __init__(self, table: dict) -> None:
        try:
            self.device: str = table["device"]
            self.vcc_min = float(table["vcc_min"])
            self.vcc_max = float(table["vcc_max"])
            self.vcc_reference = float(table["vcc_reference"])
            self.vcc_slope = float(table["vcc_slope_per_volt"])
            self.modes = {name: ModeCurrent(float(m["ua_fixed"]), float(m["ua_per_mhz"]), bool(m["certain"]),
                                            str(m["source"])) for name, m in table["modes"].items()}
            self.adc_extra_ua = float(table["adc_extra_ua"]["value"])
            self.charges_nas = {k: float(v["value"]) for k, v in table["charges_nas"].items()}
            wait = table.get("fram_wait_states")
            self.fram_wait_above_mhz = float(wait["above_mhz"]) if wait else None
        except (KeyError, TypeError, ValueError) as exc:
            raise EnergyError(f"MCU table {table.get('device', '?')}: missing or bad field ({exc})") from None

    def current(self, mode: str, mclk_hz: float = 1e6, vcc: float = 3.0, adc: bool = False) -> float:
        """Supply current (A) in ``mode`` at MCLK ``mclk_hz`` and supply ``vcc``; ``adc``: converting."""
        try:
            m = self.modes[mode]
        except KeyError:
            raise EnergyError(f"{self.device}: unknown mode {mode!r} "
                              f"(known: {', '.join(self.modes)})") from None
        if not (0.0 <= mclk_hz <= 25e6):
            raise EnergyError(f"{self.device}: MCLK {mclk_hz} Hz outside 0..25 MHz")
        if not (self.vcc_min <= vcc <= self.vcc_max):
            raise EnergyError(f"{self.device}: Vcc {vcc} V outside {self.vcc_min}..{self.vcc_max} V")
        ua = m.ua_fixed + m.ua_per_mhz * mclk_hz * 1e-6
        if adc:
            ua += self.adc_extra_ua
        return ua * 1e-6 * (1.0 + self.vcc_slope * (vcc - self.vcc_reference))

    def load(self, mode: str, mclk_hz: float = 1e6, vcc: float = 3.0, adc: bool = False) -> Load:
        """The capacitor Load of this mode (a constant-current sink)."""
        return Load(current=self.current(mode, mclk_hz, vcc, adc))

    def charge(self, event: str) -> float:
        """Charge (C) drawn by a discrete event such as ``reset`` or ``wake_lpm3``."""
        try:
            return self.charges_nas[event] * 1e-9
        except KeyError:
            raise EnergyError(f"{self.device}: no charge known for {event!r} "
                              f"(known: {', '.join(self.charges_nas) or 'none'})") from None

    def fram_wait_states(self, mclk_hz: float) -> int:
        """Wait states the FRAM needs at this MCLK (0 for a flash device)."""
        if self.fram_wait_above_mhz is None:
            return 0
        return 1 if mclk_hz > self.fram_wait_above_mhz * 1e6 else 0


@cache
def mcu_model(device: str = "msp430fr5969") -> McuPowerModel:
    """The bundled model of ``device`` (msp430fr5969 / fr5969, msp430f2132 / f2132)."""
    try:
        name = DEVICES[device.lower()]
    except KeyError:
        raise EnergyError(f"unknown MCU {device!r} (known: {', '.join(sorted(DEVICES))})") from None
    return McuPowerModel(json.loads((DATA_DIR / name).read_text()))
