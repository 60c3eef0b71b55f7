"""Parsers of the run options' spellings shared by the command line, scenario files and RunConfig:
integers (decimal, 0x hex, underscores), frequencies ("8MHz"), memory ranges ("0x1C00:64", "0x10000-0x13FFF").
Each raises a one-line :class:`~msp430emu.errors.ConfigError` naming the option. :data:`RANGES`: the valid
range of each run value (checked by RunConfig and scenario files alike)."""

from __future__ import annotations

import math

from msp430emu.errors import ConfigError

# the valid ranges of the run's values (inclusive; docs/cli.md "Valid ranges"): option -> (low, high, unit).
# Outside them a value is physically meaningless for the model (a 1e-30 F capacitor, a 1e-300 Hz clock) or
# makes a run that cannot end in any useful time; MCLK's range is the device's (its TOML file).
RANGES: dict[str, tuple[float, float, str]] = {
    "--cap": (1e-9, 1e3, "F"),                  # 1 nF .. 1 kF
    "--v-on": (0.0, 100.0, "V"),
    "--v-off": (0.0, 100.0, "V"),
    "--v-start": (0.0, 100.0, "V"),
    "--v-max": (0.0, 100.0, "V"),
    "--v-thresh": (0.0, 100.0, "V"),
    "--v-hibernate": (0.0, 100.0, "V"),
    "--v-restore": (0.0, 100.0, "V"),
    "--vcc": (0.0, 100.0, "V"),
    "--max-time": (1e-9, 1e8, "s"),             # 1 ns .. about three years of device time
    "--max-cycles": (1, 10**15, "cycles"),      # about two years at 16 MHz
    "--check-cycles": (0, 10**6, "cycles"),     # one voltage check: 34 (ADC12_B at 1 MHz) .. 647 (Mementos)
    "--progress-boots": (1, 10**6, "boots"),
}


def check_range(value: float, option: str, text: object = None) -> float:
    """``value`` if it lies in ``option``'s range (:data:`RANGES`); else the one-line error saying it."""
    lo, hi, unit = RANGES[option]
    if not (isinstance(value, int) or math.isfinite(value)) or not lo <= value <= hi:
        shown = value if text is None else text
        raise ConfigError(f"{option}: {shown} is outside the valid range {lo:g} to {hi:g} {unit}")
    return value


def check_mclk(hz: float, device: str, option: str = "--mclk", text: object = None) -> float:
    """``hz`` if the device can run MCLK at it (its TOML's min_mclk_hz .. max_mclk_hz)."""
    from msp430emu.devices import load_device

    dev = load_device(device)
    if not math.isfinite(hz) or not dev.min_mclk_hz <= hz <= dev.max_mclk_hz:
        raise ConfigError(f"{option}: {hz if text is None else text} is outside the {dev.name}'s MCLK range "
                          f"{dev.min_mclk_hz:,} to {dev.max_mclk_hz:,} Hz")
    return hz



def parse_int(text: object, what: str) -> int:
    if isinstance(text, bool):
        raise ConfigError(f"{what}: '{text}' is not an integer (decimal or 0x hex)")
    if isinstance(text, int):
        return text
    try:
        return int(str(text).replace("_", ""), 0)
    except ValueError:
        raise ConfigError(f"{what}: '{text}' is not an integer (decimal or 0x hex)") from None


def parse_hz(text: object) -> float:
    """'8000000', '8e6', '8MHz', '32768Hz', '500kHz' (or a number) -> Hz."""
    if isinstance(text, (int, float)) and not isinstance(text, bool):
        value = float(text)
    else:
        t = str(text).strip().lower().replace("_", "")
        scale = 1.0
        for suffix, factor in (("mhz", 1e6), ("khz", 1e3), ("hz", 1.0)):
            if t.endswith(suffix):
                t, scale = t[: -len(suffix)], factor
                break
        try:
            value = float(t) * scale
        except ValueError:
            raise ConfigError(f"--mclk: '{text}' is not a frequency (e.g. 8000000, 8e6, 8MHz)") from None
    if not value > 0 or not math.isfinite(value):
        raise ConfigError(f"--mclk: '{text}' must be a positive, finite frequency")
    return value


def parse_dump(text: object) -> tuple[int, int]:
    """'START:LEN' (decimal or 0x hex) or (start, length) -> (start, length) inside the 20-bit space."""
    if isinstance(text, (tuple, list)) and len(text) == 2:
        start, length = parse_int(text[0], "--dump START"), parse_int(text[1], "--dump LEN")
    else:
        text = str(text)
        if text.count(":") != 1:
            raise ConfigError(f"--dump: '{text}' must be START:LEN, e.g. 0x1C00:64")
        start_text, len_text = text.split(":")
        start, length = parse_int(start_text, "--dump START"), parse_int(len_text, "--dump LEN")
    if start < 0 or length <= 0 or start + length > 1 << 20:
        raise ConfigError(f"--dump: {text} is outside the 20-bit address space or empty")
    return start, length


def parse_region(text: object) -> tuple[int, int]:
    """``START-END`` (inclusive end, as memory maps are written), ``START:LENGTH`` or (start, end): a
    half-open range."""
    if isinstance(text, (tuple, list)) and len(text) == 2:
        start, end = int(text[0]), int(text[1])
    else:
        try:
            if "-" in str(text):
                a, b = str(text).split("-", 1)
                start, end = int(a, 0), int(b, 0) + 1
            elif ":" in str(text):
                a, b = str(text).split(":", 1)
                start = int(a, 0)
                end = start + int(b, 0)
            else:
                raise ValueError
        except ValueError:
            raise ConfigError(f"--ckpt-region: {text!r} is not START-END or START:LENGTH "
                              "(e.g. 0x10000-0x13FFF)") from None
    if not 0 <= start < end <= 0x100000:
        raise ConfigError(f"--ckpt-region: {text!r} is not a range of the 20-bit address space")
    return start, end


__all__ = ["RANGES", "check_mclk", "check_range", "parse_dump", "parse_hz", "parse_int", "parse_region"]
