"""The run's timeline as Chrome / Perfetto trace-event JSON (the "JSON Array/Object Format" of the Trace
Event Format document; ui.perfetto.dev and chrome://tracing load it).

One process, "msp430emu <program>", with:
* a counter track ``V_cap`` (``ph: "C"``): the capacitor voltage at every energy step the power model took;
* thread "power": complete events (``ph: "X"``) for each stretch of one power state (active, lpm0-4, off);
* thread "events": instant events (``ph: "i"``) for boots, failures, checkpoints and restores;
* thread "functions" (with --trace-spans): a complete event per run of samples in one function.
Times (``ts``, ``dur``) are device time in microseconds.
"""

from __future__ import annotations

import json
import os

PID = 1
TID_POWER, TID_EVENTS, TID_FUNCTIONS = 1, 2, 3


def trace_document(profiler, name: str, end_t: float) -> dict:
    def meta(tid: int, what: str, label: str) -> dict:
        return {"ph": "M", "pid": PID, "tid": tid, "ts": 0, "name": what, "args": {"name": label}}

    ev: list[dict] = [meta(0, "process_name", f"msp430emu {name}"), meta(TID_POWER, "thread_name", "power"),
                      meta(TID_EVENTS, "thread_name", "events")]
    us = 1e6
    rows = profiler.voltage
    last_state, since = None, 0.0
    for t, v, state in rows:
        ev.append({"ph": "C", "pid": PID, "tid": 0, "ts": t * us, "name": "V_cap",
                   "args": {"V": round(v, 6)}})
        if state != last_state:
            if last_state is not None and t > since:
                ev.append({"ph": "X", "pid": PID, "tid": TID_POWER, "ts": since * us, "dur": (t - since) * us,
                           "name": last_state, "cat": "power"})
            last_state, since = state, t
    if last_state is not None and end_t > since:
        ev.append({"ph": "X", "pid": PID, "tid": TID_POWER, "ts": since * us, "dur": (end_t - since) * us,
                   "name": last_state, "cat": "power"})
    for t, what, args in profiler.events:
        ev.append({"ph": "i", "pid": PID, "tid": TID_EVENTS, "ts": t * us, "name": what, "s": "g",
                   "cat": "energy", "args": args})
    if profiler.keep_spans:
        ev.append(meta(TID_FUNCTIONS, "thread_name", "functions"))
        for t0, t1, f in profiler.spans:
            ev.append({"ph": "X", "pid": PID, "tid": TID_FUNCTIONS, "ts": t0 * us, "dur": (t1 - t0) * us,
                       "name": profiler.table.name(f), "cat": "function"})
    return {"traceEvents": ev, "displayTimeUnit": "ns",
            "otherData": {"exporter": "msp430emu", "time": "device time"}}


def write_trace_events(path: str | os.PathLike, profiler, name: str, end_t: float) -> None:
    from msp430emu.output.files import atomic_write

    with atomic_write(path) as out:
        json.dump(trace_document(profiler, name, end_t), out)


__all__ = ["trace_document", "write_trace_events"]
