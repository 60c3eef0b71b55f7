"""Reading Verilog text: UTF-8, or Latin-1 when a file is not valid UTF-8 (a stray ``0xe9`` in a comment, as
older tools and editors write). Latin-1 decodes every byte, so such a file is read rather than refused, and
:func:`encoding_of` tells which encoding writes it back byte for byte."""

from __future__ import annotations

from pathlib import Path

from hls.errors import HlsError

__all__ = ["decode", "encoding_of", "read_text"]


def decode(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def encoding_of(data: bytes) -> str:
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        return "latin-1"


def read_text(path: str | Path) -> str:
    try:
        return decode(Path(path).read_bytes())
    except OSError as err:
        raise HlsError(f"cannot read {path}: {err.strerror or err}") from None
