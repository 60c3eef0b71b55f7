"""``msp430emu run`` options for debugging and profiling: ``--gdb [HOST:]PORT``, ``--profile FILE``,
``--trace-events FILE``, ``--trace-spans``; and the run they ask for (see docs/debugging.md,
docs/profiling.md)."""

from __future__ import annotations

import argparse
import sys

from msp430emu.errors import ConfigError


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


def wants_debug(args) -> bool:
    return any(getattr(args, k, None) for k in ("gdb", "profile", "trace_events", "trace_spans"))


def run_debug(args, machine, image, energy, checkpointing, max_cycles: int, dumps):
    """Run ``machine`` under the debugger and/or the profiler. Returns (result, profiler or None)."""
    power = energy.power if energy is not None else None
    ckpt = checkpointing.ckpt if checkpointing is not None else None
    if args.trace_spans and not args.trace_events:
        raise ConfigError("--trace-spans needs --trace-events FILE")
    if args.trace:
        raise ConfigError("--trace cannot be combined with --gdb/--profile/--trace-events")
    if args.until is not None:
        raise ConfigError("--until cannot be combined with --gdb/--profile/--trace-events (use a breakpoint)")
    profiler = None
    if args.profile or args.trace_events:
        from msp430emu.profile import Profiler, check_profile_path

        if args.profile:
            check_profile_path(args.profile)
        if args.trace_events:
            check_profile_path(args.trace_events, "--trace-events")
        profiler = Profiler(machine, image, power, ckpt, spans=args.trace_spans)
    if args.gdb is not None:
        from msp430emu.gdb import GdbServer, parse_address

        try:
            host, port = parse_address(args.gdb)
        except ValueError as exc:
            raise ConfigError(str(exc)) from None
        server = GdbServer(machine, max_cycles=max_cycles, power=power, checkpointer=ckpt)
        try:
            port = server.listen(host, port)
        except OSError as exc:
            raise ConfigError(f"--gdb {args.gdb}: cannot listen: {exc.strerror or exc}") from None
        print(f"msp430emu: gdb server listening on {host}:{port} (target remote {host}:{port})",
              file=sys.stderr, flush=True)
        result = server.serve(dumps=dumps)
    else:
        result = machine.run(max_cycles=max_cycles, dumps=dumps)
    return result, profiler


def finish_profile(args, profiler, result, fields: dict) -> dict:
    """Close the profile (energy scaled to the ledger), write the files; the JSON fields."""
    from pathlib import Path

    from msp430emu.profile import profile_format, top_functions

    profiler.close(fields.get("energy_consumed_j"))
    name = Path(args.fw).name if args.fw else "run"
    if args.profile:
        if profile_format(args.profile) == "speedscope":
            from msp430emu.profile.speedscope import write_speedscope

            write_speedscope(args.profile, profiler, name)
        else:
            from msp430emu.profile.pprof import write_pprof

            write_pprof(args.profile, profiler, result.device_time_s,
                        compress=not args.profile.lower().endswith((".pb", ".pprof")))
    if args.trace_events:
        from msp430emu.profile.trace_events import write_trace_events

        write_trace_events(args.trace_events, profiler, name, result.device_time_s)
    return {"profile": top_functions(profiler)}


def profile_rows(fields: dict) -> list[tuple[str, str]]:
    """Rows of the readable summary for --profile (top functions by energy and by wasted work)."""
    if "profile" not in fields:
        return []
    from msp430emu.profile import summary_rows

    return summary_rows(fields["profile"])
