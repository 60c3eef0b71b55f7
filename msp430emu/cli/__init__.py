"""The ``msp430emu`` command line: argparse only, a thin layer on the library API (msp430emu.session)."""

from msp430emu.cli.main import main

__all__ = ["main"]
