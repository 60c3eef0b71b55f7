"""argparse ``type`` functions shared by the subcommands' parsers."""

from __future__ import annotations

import argparse

from msp430emu.errors import EmuError


def device_argument(text: str) -> str:
    """argparse ``type`` of ``--device``: a shipped device id (``fr5994``) or the path of a device TOML
    file (``my-part.toml``); the description is loaded and validated here: a bad one is a one-line error."""
    from msp430emu.devices import available_devices, load_device

    if text.lower() in available_devices():
        return text.lower()
    try:
        load_device(text)
    except EmuError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    return text


__all__ = ["device_argument"]
