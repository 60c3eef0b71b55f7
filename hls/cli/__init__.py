"""The ``hls-ckpt`` command line: argparse only, a thin layer on the library API (hls.api)."""

from hls.cli.main import main

__all__ = ["main"]
