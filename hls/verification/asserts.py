"""The design's own simulation checks (``$finish``/``$stop`` in the RTL) inside the verification harness.

HLS tools put simulation-only checks into the RTL (Calyx: ``$fatal`` when two guards drive one port): LegUp
ends the simulation with ``$finish`` when a register
is about to be assigned x, or when its memory controller sees a misaligned address (a combinational
``always @(*)`` on registers). They were written for one run from Verilog's power-on state (x, which an
``if`` reads as false). At an injected power failure the harness gives every volatile flip-flop random bits,
as a real chip's are; on that state such a check fires (a no-reset call-start register such as LegUp's
``funcB_start`` may come up 1 and start a function spuriously) and would end the whole campaign, although
the call's result is still right.

* golden run: the checks stay fatal, but not while the top's reset is asserted (a golden run a design check
  stops writes no results: an error, never a pass);
* instrumented run: the checks are made non-fatal (their ``$display`` still prints); the run is judged by
  comparing its outputs and memories with the golden run's, as every design is.
"""

from __future__ import annotations

import re

__all__ = ["guard_design_finish", "disarm_design_finish"]

_FINISH = re.compile(r"\$(finish|stop|fatal)\b(\s*\([^;]*\))?\s*;")


# Calyx's check that at most one guard drives a port: ``if (~$onehot0({g1, g2})) $fatal(2, "Multiple
# assignment to port `x.in'.");``. Calyx's semantics are two-state (Verilator): an ``undef`` cell's 'x
# reaching a guard makes ``$onehot0`` x under Icarus and fires it on a correct design: left out in both runs
_CALYX_ONEHOT = re.compile(r'\$fatal\s*\(\s*\d+\s*,\s*"Multiple assignment to port [^"]*"\s*\)\s*;')


def guard_design_finish(text: str, top: str, reset: str | None, reset_active_low: bool) -> str:
    """``text`` with each ``$finish;``/``$stop;``/``$fatal(..);`` replaced by
    ``begin if (<top>.<reset> !== <active>) $finish; end`` (a hierarchical reference to the top's reset);
    Calyx's one-hot guard checks are left out (above)."""
    text = _CALYX_ONEHOT.sub(lambda m: " " * (len(m.group(0)) - 1) + ";", text)
    if reset is None or not _FINISH.search(text):
        return text
    active = "1'b0" if reset_active_low else "1'b1"
    top_name = top if re.fullmatch(r"[A-Za-z_]\w*", top) else f"\\{top} "
    reset_name = reset if re.fullmatch(r"[A-Za-z_]\w*", reset) else f"\\{reset} "

    def guard(match: re.Match[str]) -> str:
        call = f"${match.group(1)}{match.group(2) or ''};"
        return f"begin if ({top_name}.{reset_name} !== {active}) {call} end"

    return _FINISH.sub(guard, text)


def disarm_design_finish(text: str) -> str:
    """``text`` with each ``$finish;``/``$stop;`` replaced by an empty statement (same length)."""
    return _FINISH.sub(lambda m: " " * (len(m.group(0)) - 1) + ";", text)
