"""Atomic writes of output files: a temporary file beside the target, renamed over it only on success."""

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



def same_file(a: str | Path, b: str | Path) -> bool:
    """Do two paths name one file (also through links)? False when either does not exist."""
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def check_output_path(path: str | Path, option: str, inputs: list[str | Path] = ()) -> None:
    """Refuse, before any work, an output file that cannot be written or that is one of ``inputs``
    (nothing is written on error, and no input is ever replaced)."""
    path = Path(path)
    if path.is_dir():
        raise ConfigError(f"{option} {path}: is a directory")
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.is_dir():
        raise ConfigError(f"{option} {path}: cannot write: directory {parent} does not exist")
    for source in inputs:
        if same_file(path, source):
            raise ConfigError(f"{option} {path}: is an input of this run ({source}); "
                              "refusing to overwrite it")


__all__ = ["atomic_write", "check_output_path", "same_file"]
