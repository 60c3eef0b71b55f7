"""The profile as speedscope JSON (https://www.speedscope.app/file-format-schema.json): one sampled profile
per measure over the functions as frames - cycles (the call stacks of the samples in execution order, runs of
the same stack merged: speedscope's time-order view is the run's flow of control), energy in nJ (per call
stack), wasted cycles (per function)."""

from __future__ import annotations

import json
import os

SCHEMA = "https://www.speedscope.app/file-format-schema.json"


def speedscope_document(profiler, name: str) -> dict:
    table = profiler.table
    frames = []
    for f in table.frames:
        frame = {"name": f.name}
        if f.file:
            frame["file"] = f.file
        if f.line:
            frame["line"] = f.line
        frames.append(frame)
    stats = profiler.stats
    cycles = [c for _, c in profiler.samples]
    profiles = [{
        "type": "sampled", "name": f"{name}: cycles", "unit": "none", "startValue": 0,
        "endValue": sum(cycles), "samples": [list(stack) for stack, _ in profiler.samples], "weights": cycles,
    }]
    # energy per call stack, wasted work per function (totals, for the left-heavy and sandwich views)
    rows = [(stack, acc[2]) for stack, acc in profiler.stack_stats.items() if acc[2] > 0.0]
    energy = [round(e * 1e9, 3) for _, e in rows]
    profiles.append({"type": "sampled", "name": f"{name}: energy (nJ)", "unit": "none", "startValue": 0,
                     "endValue": sum(energy), "samples": [list(stack) for stack, _ in rows],
                     "weights": energy})
    wasted = [(i, s.wasted_cycles) for i, s in enumerate(stats) if s.wasted_cycles]
    profiles.append({"type": "sampled", "name": f"{name}: wasted cycles (re-executed after failures)",
                     "unit": "none", "startValue": 0, "endValue": sum(w for _, w in wasted),
                     "samples": [[i] for i, _ in wasted], "weights": [w for _, w in wasted]})
    return {"$schema": SCHEMA, "shared": {"frames": frames}, "profiles": profiles, "name": name,
            "activeProfileIndex": 0, "exporter": "msp430emu"}


def write_speedscope(path: str | os.PathLike, profiler, name: str) -> None:
    from msp430emu.output.files import atomic_write

    with atomic_write(path) as out:
        json.dump(speedscope_document(profiler, name), out)


__all__ = ["SCHEMA", "speedscope_document", "write_speedscope"]
