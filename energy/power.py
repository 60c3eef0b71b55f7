"""Power management: the turn-on / brown-out switch with hysteresis, board presets, and an optional LDO.

PowerSwitch: off -> on when V >= v_on; on -> off when V <= v_off (v_off < v_on). While the switch is off the
MCU draws nothing (its supervisor holds it in reset; the residual is the capacitor leakage). The event loop
asks ``switch.threshold`` for the one voltage whose crossing changes the state, and ``time_to`` for when.

Regulator (LDO): the load sees Vcc = min(v_out, V_cap - dropout). A linear regulator passes its load current
through (plus its quiescent current), so the capacitor still sees a constant-current sink; the energy drawn
from the capacitor is V_cap * I, of which Vcc * I reaches the MCU and (V_cap - Vcc) * I is lost in the
regulator.
Below v_out + dropout the regulator is in dropout and Vcc follows V_cap - dropout; the MCU browns out when Vcc
falls below its minimum, i.e. at V_cap = v_min + dropout: set v_off to at least that.
"""

from __future__ import annotations

from dataclasses import dataclass

from energy.errors import EnergyError


class PowerSwitch:
    """Turn-on / brown-out comparator pair with hysteresis."""

    __slots__ = ("v_on", "v_off", "is_on")

    def __init__(self, v_on: float, v_off: float, on: bool = False) -> None:
        if not (0.0 < v_off < v_on):
            raise EnergyError(f"need 0 < v_off < v_on (got v_off={v_off} V, v_on={v_on} V)")
        self.v_on = float(v_on)
        self.v_off = float(v_off)
        self.is_on = bool(on)

    @property
    def threshold(self) -> float:
        """The voltage whose crossing changes the state: v_off while on (falling), v_on while off (rising)."""
        return self.v_off if self.is_on else self.v_on

    def update(self, voltage: float) -> bool:
        """Apply the hysteresis to a new voltage; True if the state changed."""
        if self.is_on and voltage <= self.v_off:
            self.is_on = False
            return True
        if not self.is_on and voltage >= self.v_on:
            self.is_on = True
            return True
        return False


@dataclass(frozen=True, slots=True)
class Preset:
    """A storage + power-management configuration from a real platform."""

    name: str
    capacitance: float   # F
    v_on: float          # V, turn-on
    v_off: float         # V, brown-out
    source: str          # where the numbers come from
    v_thresh: float | None = None   # V, Mementos's checkpoint threshold for this platform (None: derived)

    def switch(self, on: bool = False) -> PowerSwitch:
        return PowerSwitch(self.v_on, self.v_off, on)


PRESETS: dict[str, Preset] = {
    "wisp5": Preset("wisp5", 47e-6, 2.4, 1.8,
                    "WISP 5: 47 uF storage, turn-on ~2.4 V; FR5969 minimum supply 1.8 V (FIELD-NOTES 5, 6)"),
    "wisp4-mementos": Preset("wisp4-mementos", 10e-6, 3.0, 1.8,
                             "Mementos (ASPLOS 2011) simulator: 10 uF, off 1.8 V, on 3.0 V, V_thresh 2.7 V "
                             "(FIELD-NOTES 1)", v_thresh=2.7),
}


def preset(name: str) -> Preset:
    """The named preset; EnergyError listing the known names otherwise."""
    try:
        return PRESETS[name]
    except KeyError:
        raise EnergyError(f"unknown preset {name!r} (known: {', '.join(sorted(PRESETS))})") from None


@dataclass(frozen=True, slots=True)
class Regulator:
    """A linear regulator (LDO) between the capacitor and the MCU."""

    v_out: float              # V, regulated output (e.g. 1.8 or 2.0)
    dropout: float = 0.1      # V, minimum V_in - V_out in regulation
    quiescent: float = 0.0    # A, the regulator's own ground current

    def __post_init__(self) -> None:
        if not (self.v_out > 0.0 and self.dropout >= 0.0 and self.quiescent >= 0.0):
            raise EnergyError(f"regulator needs v_out > 0, dropout >= 0, quiescent >= 0 (got {self})")

    def vcc(self, v_cap: float) -> float:
        """The supply the MCU sees at capacitor voltage v_cap."""
        return max(0.0, min(self.v_out, v_cap - self.dropout))

    def input_current(self, load_current: float) -> float:
        """Current drawn from the capacitor for a given MCU current (pass-through + quiescent)."""
        return load_current + self.quiescent

    def min_input(self, v_min_load: float) -> float:
        """The capacitor voltage below which the load's supply falls under v_min_load."""
        return v_min_load + self.dropout

    def efficiency(self, v_cap: float) -> float:
        """Fraction of the drawn power that reaches the MCU at v_cap (ignoring the quiescent current)."""
        return self.vcc(v_cap) / v_cap if v_cap > 0.0 else 0.0
