"""Output files: atomic writes (a temporary file beside the target, renamed over it only on success), the
checks every output path gets before any work, and the clean-up of temporary files a killed run left.

* :func:`atomic_write` never leaves a half-written target; a full disk, a read-only directory or a directory
  in the way is a one-line :class:`~msp430emu.errors.ConfigError` (``cannot write PATH: No space left on
  device``), and the temporary file is removed.
* Temporary files are named ``.NAME.PID.XXXXXXXX.tmp``: one whose process is gone (killed with SIGKILL) is
  removed the next time NAME is written; :func:`remove_live_temporaries` removes this process's own (the
  command line's SIGTERM handler calls it).
* :func:`check_output_path` refuses, before the run, an output in a missing directory, a directory, or one
  of the run's inputs (also through links); :func:`check_outputs` also refuses two outputs naming one file.
"""

from __future__ import annotations

import errno
import os
import re
import tempfile
from collections.abc import Iterable
from contextlib import contextmanager
from pathlib import Path

from msp430emu.errors import ConfigError

# errors of writing a file that are the user's environment, not a bug: reported as one line
WRITE_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EACCES, errno.EPERM, errno.EROFS, errno.EFBIG,
                          errno.EIO, errno.EISDIR, errno.ENOTDIR, errno.ENOENT, errno.ENAMETOOLONG,
                          errno.EMFILE, errno.ENFILE, errno.EXDEV, errno.EBUSY, errno.ETXTBSY})
_LIVE: set[str] = set()                # this process's temporary files not yet renamed or removed


def write_error(target: str | Path, exc: OSError) -> ConfigError:
    """The one-line error of a failed write of ``target``."""
    reason = exc.strerror or type(exc).__name__
    return ConfigError(f"cannot write {target}: {reason}")


def _pid_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:                     # EPERM: alive, another user's
        return True
    return True


def remove_stale_temporaries(target: str | Path) -> list[Path]:
    """Remove the temporary files of ``target`` left by processes that no longer run (SIGKILL, power cut);
    the files removed."""
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    pattern = re.compile(rf"^\.{re.escape(target.name)}\.(\d+)\.[^.]+\.tmp$")
    removed = []
    try:
        names = os.listdir(folder)
    except OSError:
        return removed
    for name in names:
        m = pattern.match(name)
        if m and not _pid_alive(int(m.group(1))):
            try:
                (folder / name).unlink()
                removed.append(folder / name)
            except OSError:
                pass
    return removed


def remove_live_temporaries() -> None:
    """Remove every temporary file this process is writing (called on SIGTERM before exiting)."""
    for tmp in list(_LIVE):
        try:
            os.unlink(tmp)
        except OSError:
            pass
        _LIVE.discard(tmp)


@contextmanager
def atomic_write(path: str | Path, mode: str = "w"):
    """Open a temporary file next to ``path``; rename it over ``path`` only if the block succeeds. The file
    gets the usual permissions (0666 less the umask). Errors of the file system (full disk, read-only
    directory) raised while writing become one-line :class:`ConfigError`."""
    target = Path(path)
    if target.is_dir():
        raise ConfigError(f"cannot write {target}: is a directory")
    folder = target.parent if str(target.parent) else Path(".")
    remove_stale_temporaries(target)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.{os.getpid()}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise write_error(target, exc) from None
    _LIVE.add(tmp)
    try:
        umask = os.umask(0)
        os.umask(umask)
        os.fchmod(fd, 0o666 & ~umask)          # mkstemp creates 0600; give the file the usual permissions
        with os.fdopen(fd, mode) as f:
            yield f
        os.replace(tmp, target)
    except OSError as exc:
        _discard(tmp)
        if exc.errno in WRITE_ERRNOS:
            raise write_error(target, exc) from None
        raise
    except BaseException:
        _discard(tmp)
        raise
    finally:
        _LIVE.discard(tmp)


def _discard(tmp: str) -> None:
    try:
        os.unlink(tmp)
    except OSError:
        pass


def write_bytes_atomic(path: str | Path, data: bytes) -> None:
    """``path`` holds ``data`` (atomically, with the usual permissions; one-line errors)."""
    with atomic_write(path, "wb") as f:
        f.write(data)


def same_file(a: str | Path, b: str | Path) -> bool:
    """Do two paths name one file (also through links)? False when either does not exist."""
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _same_target(a: Path, b: Path) -> bool:
    """Would writing ``a`` and ``b`` write one file (the same file, or the same path once resolved)?"""
    if same_file(a, b):
        return True
    try:
        return a.resolve() == b.resolve()
    except (OSError, RuntimeError):
        return False


def check_output_path(path: str | Path, option: str, inputs: Iterable[str | Path] = (),
                      work: str = "run") -> None:
    """Refuse, before any work, an output file that cannot be written or that is one of ``inputs``
    (nothing is written on error, and no input is ever replaced); ``work`` names what reads the inputs."""
    path = Path(path)
    if not str(path) or path.name in ("", ".", ".."):
        raise ConfigError(f"{option} {path}: not a file name")
    if path.is_dir():
        raise ConfigError(f"{option} {path}: is a directory")
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.is_dir():
        raise ConfigError(f"{option} {path}: cannot write: directory {parent} does not exist")
    if not os.access(parent, os.W_OK | os.X_OK):
        raise ConfigError(f"{option} {path}: cannot write: directory {parent} is not writable")
    if path.exists() and not path.is_file():
        raise ConfigError(f"{option} {path}: not a regular file")
    for source in inputs:
        if _same_target(path, Path(source)):
            raise ConfigError(f"{option} {path}: is an input of this {work} ({source}); "
                              "refusing to overwrite it")


def check_outputs(outputs: Iterable[tuple[str, str | Path | None]],
                  inputs: Iterable[str | Path] = (), work: str = "run") -> None:
    """:func:`check_output_path` for each ``(option, path)`` given (None: not asked), and no two of them
    naming one file."""
    inputs = list(inputs)
    seen: list[tuple[str, Path]] = []
    for option, path in outputs:
        if path is None:
            continue
        path = Path(path)
        check_output_path(path, option, inputs, work)
        for other_option, other in seen:
            if _same_target(path, other):
                raise ConfigError(f"{option} {path}: is also the {other_option} output; give each output its "
                                  "own file")
        seen.append((option, path))


__all__ = ["WRITE_ERRNOS", "atomic_write", "check_output_path", "check_outputs", "remove_live_temporaries",
           "remove_stale_temporaries", "same_file", "write_bytes_atomic", "write_error"]
