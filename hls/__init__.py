"""Idetic-style checkpoint pass for HLS-generated Verilog.

The library API (docs/api.md, section "hls"): :func:`analyze`, :func:`insert`, :func:`verify`, their results
:class:`Analysis`, :class:`InsertResult` (``verify`` returns :class:`hls.verification.campaign.VerifyReport`)
and the error type :class:`HlsError`. Names are imported on first use, so ``import hls`` stays cheap.

The packages, one job each (docs/architecture.md): ``frontend/`` (Verilog and SystemVerilog -> flattened
netlist), ``analysis/`` (FSM, transitions, liveness, non-volatile memory hazards, visit frequencies),
``placement/`` (the dynamic program, the energy-driven mode), ``emit/`` (instrumented Verilog, the amaranth
controller, Yosys area), ``verification/`` (cocotb + Icarus power-failure campaigns), ``cli/``; ``ir.py`` and
``exprs.py`` are the intermediate representation they share.
"""

from __future__ import annotations

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
