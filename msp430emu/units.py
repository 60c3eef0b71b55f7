"""Parsers of the run options' spellings shared by the command line, scenario files and RunConfig:
integers (decimal, 0x hex, underscores), frequencies ("8MHz"), memory ranges ("0x1C00:64", "0x10000-0x13FFF").
Each raises a one-line :class:`~msp430emu.errors.ConfigError` naming the option."""

from __future__ import annotations

from msp430emu.errors import ConfigError


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
    if not value > 0:
        raise ConfigError(f"--mclk: '{text}' must be positive")
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


__all__ = ["parse_dump", "parse_hz", "parse_int", "parse_region"]
