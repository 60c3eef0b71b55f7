"""Helpers of the fault tests (issue 14): run the command line in this process and check that a refused
input is one line on stderr, exit status 2, no traceback, nothing written and no input changed."""

from __future__ import annotations

import hashlib
from pathlib import Path

from msp430emu.cli.main import main


def run_cli(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def digest(*paths: Path) -> dict[str, str]:
    return {str(p): hashlib.sha256(Path(p).read_bytes()).hexdigest() for p in paths if Path(p).is_file()}


def assert_refused(capsys, *argv, message: str = "") -> str:
    """The command exits 2 with one line ``msp430emu: error: ...`` holding ``message``; the line."""
    code, out, err = run_cli(capsys, *argv)
    lines = err.strip().splitlines()
    assert code == 2, (code, out[-500:], err[-2000:])
    assert len(lines) == 1 and lines[0].startswith("msp430emu: error: "), err
    assert "Traceback" not in err
    assert message in lines[0], lines[0]
    return lines[0]


def files_in(folder: Path) -> set[str]:
    return {p.name for p in Path(folder).iterdir()}
