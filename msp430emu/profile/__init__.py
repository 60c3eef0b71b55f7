"""Where the energy of a run goes: a per-function profile (``--profile FILE``: speedscope JSON or pprof)
and the run's timeline as Chrome/Perfetto trace-event JSON (``--trace-events FILE``). See
docs/profiling.md. Modules: ``functions`` (PC -> function), ``profiler`` (the accounting), ``speedscope``,
``stacks`` (call stacks from the return addresses on the stack), ``pprof``, ``trace_events`` (the
writers), ``report`` (summary rows, JSON fields)."""

from msp430emu.profile.profiler import SAMPLE_CYCLES, Profiler
from msp430emu.profile.report import check_profile_path, profile_format, summary_rows, top_functions

__all__ = ["Profiler", "SAMPLE_CYCLES", "check_profile_path", "profile_format", "summary_rows",
           "top_functions"]
