"""Idetic-style checkpoint pass for HLS-generated Verilog.

The library API (docs/api.md, section "hls"): :func:`analyze`, :func:`insert`, :func:`verify`, their results
:class:`Analysis`, :class:`InsertResult` (``verify`` returns :class:`hls.verify.VerifyReport`) and the error
type :class:`HlsError`. Names are imported on first use, so ``import hls`` stays cheap.
"""

from __future__ import annotations

import sys
import types
from typing import Any

__all__ = ["Analysis", "HlsError", "InsertResult", "analyze", "insert", "verify"]

_HOME = {"Analysis": "hls.api", "InsertResult": "hls.api", "analyze": "hls.api", "insert": "hls.api",
         "verify": "hls.api", "HlsError": "hls.errors"}


def __getattr__(name: str) -> Any:
    if name in _HOME:
        import importlib

        value = getattr(importlib.import_module(_HOME[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'hls' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


class _Package(types.ModuleType):
    """``hls.verify`` is the API function although a submodule ``hls/verify.py`` exists: importing that
    submodule (``from hls.verify import ...``, which keeps working through ``sys.modules``) must not replace
    the function on the package."""

    def __setattr__(self, name: str, value: Any) -> None:
        if name in _HOME and isinstance(value, types.ModuleType):
            name = f"_{name}_module"
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
