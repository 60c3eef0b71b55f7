"""Numbers with engineering suffixes (``47u``, ``30k``, ``4m``, ``1e-3``) and unit scales as data."""

from __future__ import annotations

import math

from energy.errors import SpecError

SI_PREFIX = {   # decimal exponents, so that "100u" reads as float("100e-6"), correctly rounded
    "f": -15, "p": -12, "n": -9, "u": -6, "\u00b5": -6, "m": -3, "k": 3, "K": 3, "M": 6, "G": 9,
}

# value units of a trace column -> (quantity, scale to SI)
VALUE_UNITS = {
    "V": ("voltage", 1.0), "mV": ("voltage", 1e-3),
    "W": ("power", 1.0), "mW": ("power", 1e-3), "uW": ("power", 1e-6),
    "A": ("current", 1.0), "mA": ("current", 1e-3), "uA": ("current", 1e-6),
    "W/m2": ("irradiance", 1.0),
}

# time units of a trace column -> seconds per unit ("clock" is decoded separately, see energy.harvest.trace)
TIME_UNITS = {"s": 1.0, "ms": 1e-3, "us": 1e-6}


def parse_quantity(text: str, what: str = "value", unit: str = "") -> float:
    """Parse ``47u``, ``30k``, ``4m``, ``1e-3``, ``2.15dBi``-free numbers; an optional trailing ``unit`` is
    accepted (``4W``, ``47uF``). Raises SpecError with a one-line message."""
    s = text.strip()
    if unit and s.endswith(unit):
        s = s[: -len(unit)]
    if not s:
        raise SpecError(f"{what}: empty number")
    exponent = 0
    if s[-1] in SI_PREFIX:
        exponent = SI_PREFIX[s[-1]]
        s = s[:-1]
    try:
        value = float(s)
        if exponent and "e" not in s.lower():
            value = float(f"{s}e{exponent}")
        elif exponent:
            value *= 10.0 ** exponent
    except ValueError:
        raise SpecError(f"{what}: cannot read {text.strip()!r} as a number (e.g. 47u, 30k, 1e-3)") from None
    if not math.isfinite(value):
        raise SpecError(f"{what}: {text.strip()!r} is not a finite number")
    return value
