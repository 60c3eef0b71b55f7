"""Error type of the RTL checkpoint pass.

Every failure the user can cause (bad Verilog, no FSM found, unknown --top, impossible budget...) is raised as
:class:`HlsError` with a one-line message; ``hls-ckpt`` prints ``hls-ckpt: error: <message>`` and exits 2.
"""

from __future__ import annotations


class HlsError(Exception):
    """A user-facing error of the hls pass; ``str(err)`` is a single line."""

    def __init__(self, message: str) -> None:
        one_line = " ".join(str(message).split())
        super().__init__(one_line)
