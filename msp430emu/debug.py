"""A run under the gdb server and/or the profiler (``RunConfig.gdb``, ``profile``, ``trace_events``): what
:meth:`msp430emu.session.Run.execute` does instead of a plain ``machine.run`` when one of them is asked for
(docs/debugging.md, docs/profiling.md)."""

from __future__ import annotations

import sys
from pathlib import Path

from msp430emu.errors import ConfigError


def wants_debug(cfg) -> bool:
    return bool(cfg.gdb is not None or cfg.profile or cfg.trace_events or cfg.trace_spans)


def check_debug_outputs(cfg) -> None:
    """One-line errors before the run: bad combinations, profile formats and directories."""
    from msp430emu.profile import check_profile_path

    if cfg.trace_spans and not cfg.trace_events:
        raise ConfigError("--trace-spans needs --trace-events FILE")
    if cfg.trace is not None:
        raise ConfigError("--trace cannot be combined with --gdb/--profile/--trace-events")
    if cfg.until is not None:
        raise ConfigError("--until cannot be combined with --gdb/--profile/--trace-events (use a breakpoint)")
    if cfg.profile:
        check_profile_path(str(cfg.profile))
    if cfg.trace_events:
        check_profile_path(str(cfg.trace_events), "--trace-events")


def run_debug(cfg, machine, image, energy, checkpointing):
    """Run ``machine`` under the debugger and/or the profiler. Returns (result, profiler or None)."""
    power = energy.power if energy is not None else None
    ckpt = checkpointing.ckpt if checkpointing is not None else None
    check_debug_outputs(cfg)
    profiler = None
    if cfg.profile or cfg.trace_events:
        from msp430emu.profile import Profiler

        profiler = Profiler(machine, image, power, ckpt, spans=cfg.trace_spans)
    if cfg.gdb is not None:
        from msp430emu.gdb import GdbServer, parse_address

        try:
            host, port = parse_address(str(cfg.gdb))
        except ValueError as exc:
            raise ConfigError(str(exc)) from None
        server = GdbServer(machine, max_cycles=cfg.max_cycles, power=power, checkpointer=ckpt)
        try:
            port = server.listen(host, port)
        except OSError as exc:
            raise ConfigError(f"--gdb {cfg.gdb}: cannot listen: {exc.strerror or exc}") from None
        print(f"msp430emu: gdb server listening on {host}:{port} (target remote {host}:{port})",
              file=sys.stderr, flush=True)
        result = server.serve(dumps=cfg.dumps)
    else:
        result = machine.run(max_cycles=cfg.max_cycles, dumps=cfg.dumps)
    return result, profiler


def finish_profile(cfg, profiler, result, fields: dict) -> dict:
    """Close the profile (energy scaled to the ledger), write the files; the JSON fields."""
    from msp430emu.profile import profile_format, top_functions

    profiler.close(fields.get("energy_consumed_j"))
    name = Path(cfg.firmware).name if cfg.firmware else "run"
    if cfg.profile:
        path = str(cfg.profile)
        if profile_format(path) == "speedscope":
            from msp430emu.profile.speedscope import write_speedscope

            write_speedscope(path, profiler, name)
        else:
            from msp430emu.profile.pprof import write_pprof

            write_pprof(path, profiler, result.device_time_s,
                        compress=not path.lower().endswith((".pb", ".pprof")))
    if cfg.trace_events:
        from msp430emu.profile.trace_events import write_trace_events

        write_trace_events(str(cfg.trace_events), profiler, name, result.device_time_s)
    return {"profile": top_functions(profiler)}


__all__ = ["check_debug_outputs", "finish_profile", "run_debug", "wants_debug"]
