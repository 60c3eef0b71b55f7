"""Small file helpers of the command line: atomic writes (temp file, then rename) and argument parsers."""

from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from pathlib import Path

from msp430emu.errors import ConfigError


@contextmanager
def atomic_write(path: str | Path, mode: str = "w"):
    """Open a temporary file next to ``path``; rename it over ``path`` only if the block succeeds."""
    target = Path(path)
    if target.is_dir():
        raise ConfigError(f"{target} is a directory")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent or ".")
    except OSError as exc:
        raise ConfigError(f"cannot write {target}: {exc.strerror}") from None
    umask = os.umask(0)
    os.umask(umask)
    os.fchmod(fd, 0o666 & ~umask)          # mkstemp creates 0600; give the file the usual permissions
    try:
        with os.fdopen(fd, mode) as f:
            yield f
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def parse_int(text: str, what: str) -> int:
    try:
        return int(text.replace("_", ""), 0)
    except ValueError:
        raise ConfigError(f"{what}: '{text}' is not an integer (decimal or 0x hex)") from None


def parse_hz(text: str) -> float:
    """'8000000', '8e6', '8MHz', '32768Hz', '500kHz' -> Hz."""
    t = text.strip().lower().replace("_", "")
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


def parse_dump(text: str) -> tuple[int, int]:
    """'START:LEN' (decimal or 0x hex) -> (start, length) inside the 20-bit address space."""
    if text.count(":") != 1:
        raise ConfigError(f"--dump: '{text}' must be START:LEN, e.g. 0x1C00:64")
    start_text, len_text = text.split(":")
    start, length = parse_int(start_text, "--dump START"), parse_int(len_text, "--dump LEN")
    if start < 0 or length <= 0 or start + length > 1 << 20:
        raise ConfigError(f"--dump: {text} is outside the 20-bit address space or empty")
    return start, length


def device_argument(text: str) -> str:
    """argparse ``type`` of ``--device``: a shipped device id (``fr5994``) or the path of a device TOML
    file (``my-part.toml``); the description is loaded and validated here: a bad one is a one-line error."""
    import argparse

    from msp430emu.devices import available_devices, load_device

    if text.lower() in available_devices():
        return text.lower()
    try:
        load_device(text)
    except ConfigError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    return text
