"""Output files of the pass: refused when they name an input (also through links) or cannot be written, and
written atomically with the permissions the umask gives a new file (not mkstemp's 0600)."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

from hls.errors import HlsError

__all__ = ["check_output", "write_output"]


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (a.exists() and b.exists() and os.path.samefile(a, b))
    except OSError:
        return False


def check_output(output: Path, inputs: Sequence[Path], option: str = "-o") -> None:
    """Refuse an output that is one of the inputs, a directory, or in a missing or read-only directory."""
    output = Path(output)
    for path in inputs:
        if _same_file(output, Path(path)):
            raise HlsError(f"{option} {output} is the input {path}: refusing to overwrite an input")
    if output.is_dir():
        raise HlsError(f"{option} {output} is a directory")
    directory = output.resolve().parent
    if not directory.is_dir():
        raise HlsError(f"{option}: output directory {directory} does not exist")
    if not os.access(directory, os.W_OK | os.X_OK):
        raise HlsError(f"{option}: output directory {directory} is not writable")


def write_output(path: Path, text: str, encoding: str = "utf-8") -> None:
    """Write ``text`` to ``path`` through a temporary file and a rename, mode 0666 & ~umask."""
    path = Path(path)
    directory = path.resolve().parent
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    except OSError as err:
        raise HlsError(f"cannot write {path}: {err.strerror or err}") from None
    try:
        umask = os.umask(0)
        os.umask(umask)
        os.fchmod(fd, 0o666 & ~umask)
        with os.fdopen(fd, "w", encoding=encoding) as handle:
            handle.write(text)
        os.replace(tmp, path)
    except OSError as err:
        Path(tmp).unlink(missing_ok=True)
        raise HlsError(f"cannot write {path}: {err.strerror or err}") from None
    except BaseException:                       # Ctrl-C while writing: no temporary file left behind
        Path(tmp).unlink(missing_ok=True)
        raise
