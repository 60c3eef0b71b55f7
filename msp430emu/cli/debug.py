"""``msp430emu run`` options for debugging and profiling: ``--gdb [HOST:]PORT``, ``--profile FILE``,
``--trace-events FILE``, ``--trace-spans`` (the run is msp430emu/debug.py's), and the profile's summary
rows."""

from __future__ import annotations

import argparse


def add_debug_arguments(parser: argparse.ArgumentParser) -> None:
    g = parser.add_argument_group("debugging and profiling (docs/debugging.md, docs/profiling.md)")
    g.add_argument("--gdb", metavar="[HOST:]PORT",
                   help="serve the GDB remote protocol on PORT (localhost unless HOST is given; 0: any free "
                        "port) and wait for gdb before the first instruction")
    g.add_argument("--profile", metavar="FILE",
                   help="write a per-function profile: speedscope JSON (FILE.json) or pprof (FILE.pb.gz / "
                        "FILE.pb); the summary lists the top functions by energy and by wasted work")
    g.add_argument("--trace-events", metavar="FILE.json",
                   help="write the run's timeline as Chrome/Perfetto trace-event JSON (voltage counter, "
                        "power state, boots, failures, checkpoints, restores)")
    g.add_argument("--trace-spans", action="store_true",
                   help="with --trace-events: add per-function spans (needs --profile's sampling)")


def profile_rows(fields: dict) -> list[tuple[str, str]]:
    """Rows of the readable summary for --profile (top functions by energy and by wasted work)."""
    if "profile" not in fields:
        return []
    from msp430emu.profile import summary_rows

    return summary_rows(fields["profile"])


__all__ = ["add_debug_arguments", "profile_rows"]
