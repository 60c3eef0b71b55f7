"""The profile as speedscope JSON (https://www.speedscope.app/file-format-schema.json): one sampled profile
per measure - cycles, energy (nJ), wasted cycles - over the functions as frames. Samples are the profiler's
runs of consecutive samples in one function, in execution order (speedscope's time-order view is then the
run's flow of control), weighted by the measure."""

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
    order = [f for f, _ in profiler.samples]
    cycles = [c for _, c in profiler.samples]
    profiles = [{
        "type": "sampled", "name": f"{name}: cycles", "unit": "none", "startValue": 0,
        "endValue": sum(cycles), "samples": [[f] for f in order], "weights": cycles,
    }]
    # energy and wasted work per function (one sample per function: the totals, for the left-heavy view)
    rows = [(i, s) for i, s in enumerate(stats) if s.energy > 0.0]
    energy = [round(s.energy * 1e9, 3) for _, s in rows]
    profiles.append({"type": "sampled", "name": f"{name}: energy (nJ)", "unit": "none", "startValue": 0,
                     "endValue": sum(energy), "samples": [[i] for i, _ in rows], "weights": energy})
    wasted = [(i, s.wasted_cycles) for i, s in enumerate(stats) if s.wasted_cycles]
    profiles.append({"type": "sampled", "name": f"{name}: wasted cycles (re-executed after failures)",
                     "unit": "none", "startValue": 0, "endValue": sum(w for _, w in wasted),
                     "samples": [[i] for i, _ in wasted], "weights": [w for _, w in wasted]})
    return {"$schema": SCHEMA, "shared": {"frames": frames}, "profiles": profiles, "name": name,
            "activeProfileIndex": 0, "exporter": "msp430emu"}


def write_speedscope(path: str | os.PathLike, profiler, name: str) -> None:
    from msp430emu.cli_files import atomic_write

    with atomic_write(path) as out:
        json.dump(speedscope_document(profiler, name), out)


__all__ = ["SCHEMA", "speedscope_document", "write_speedscope"]
