"""Run ``hls-ckpt`` subcommands in-process for the insert/verify CLI tests."""

from __future__ import annotations

from hls.cli import main


def run_cli(argv: list[str]) -> int:
    """Exit status of ``hls-ckpt argv`` (argparse's SystemExit is turned into its code)."""
    try:
        code = main(argv)
    except SystemExit as exit_:
        code = exit_.code if isinstance(exit_.code, int) else 2
    return int(code or 0)
