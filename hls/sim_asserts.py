"""The design's own simulation checks, held off while the harness keeps it in reset.

HLS tools put simulation-only checks into the RTL: LegUp ends the simulation with ``$finish`` when a register
is about to be assigned x, or when its memory controller sees a misaligned address (a combinational
``always @(*)`` on registers). At a power failure the harness gives the flip-flops random bits and holds the
reset while the design is unpowered; on that random state such a check fires (on the first power-on the
registers were x, which Verilog's ``if`` reads as false) and ends the whole campaign, though the chip is off.
For simulation only, every ``$finish``/``$stop`` of the design is therefore guarded by "the top's reset is not
active": while powered and running, the design's checks end the simulation as before (the harness then
reports the run as failed, never as passed).
"""

from __future__ import annotations

import re

__all__ = ["guard_design_finish"]

_FINISH = re.compile(r"\$(finish|stop)\b(\s*\([^;]*\))?\s*;")


def guard_design_finish(text: str, top: str, reset: str | None, reset_active_low: bool) -> str:
    """``text`` with each ``$finish;``/``$stop;`` replaced by
    ``begin if (<top>.<reset> !== <active>) $finish; end`` (a hierarchical reference to the top's reset)."""
    if reset is None or not _FINISH.search(text):
        return text
    active = "1'b0" if reset_active_low else "1'b1"
    top_name = top if re.fullmatch(r"[A-Za-z_]\w*", top) else f"\\{top} "
    reset_name = reset if re.fullmatch(r"[A-Za-z_]\w*", reset) else f"\\{reset} "

    def guard(match: re.Match[str]) -> str:
        call = f"${match.group(1)}{match.group(2) or ''};"
        return f"begin if ({top_name}.{reset_name} !== {active}) {call} end"

    return _FINISH.sub(guard, text)
