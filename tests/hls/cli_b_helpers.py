"""Run ``hls-ckpt`` subcommands in-process for the insert/verify CLI tests.

Uses the real frame ``hls.cli.main`` when it is there; otherwise an equivalent minimal frame built from the
subcommands' own ``register`` functions (same error convention: ``hls-ckpt: error: ...``, exit status 2).
"""

from __future__ import annotations

import argparse
import sys

from hls import cli_insert, cli_verify
from hls.errors import HlsError


def _local_main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="hls-ckpt")
    subparsers = parser.add_subparsers(dest="command", required=True)
    cli_insert.register(subparsers)
    cli_verify.register(subparsers)
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except HlsError as err:
        print(f"hls-ckpt: error: {err}", file=sys.stderr)
        return 2


def run_cli(argv: list[str]) -> int:
    """Exit status of ``hls-ckpt argv`` (SystemExit from argparse or the frame is turned into its code)."""
    try:
        from hls.cli import main
    except ImportError:
        main = _local_main
    try:
        code = main(argv)
    except SystemExit as exit_:
        code = exit_.code if isinstance(exit_.code, int) else 2
    return int(code or 0)
