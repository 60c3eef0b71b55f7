"""Calyx's host memories in ``verify``: a Calyx top loads each ``@external`` memory from ``+DATA=`` files
(``$readmemh({DATA, "/A0.dat"}, A0.mem)``, and dumps it in a ``final`` block). The harness writes random
contents for each (seeded, the same for the golden and the instrumented simulation), points the
``$readmemh`` at them, and compares the memories' contents after every call (they are the design's results:
``main`` has no data outputs).
"""

from __future__ import annotations

import random
import re
from pathlib import Path

__all__ = ["bind_data_dir", "host_memories", "host_memory_files"]

DATA_DIR = "calyx_data"
_READMEM = re.compile(r'\$readmemh\s*\(\s*\{\s*DATA\s*,\s*"/([^"]+)"\s*\}\s*,\s*([A-Za-z_][\w.]*)\s*\)')
_DATA_PATH = re.compile(r'\{\s*DATA\s*,\s*"/([^"]+)"\s*\}')


def host_memories(text: str) -> list[tuple[str, str]]:
    """(data file name, memory path) of every ``$readmemh({DATA, "/<file>"}, <path>)`` in ``text``."""
    return list(dict.fromkeys(_READMEM.findall(text)))


def bind_data_dir(text: str) -> str:
    """``{DATA, "/A0.dat"}`` (and the ``final`` block's ``.out`` names) -> ``"calyx_data/A0.dat"``: files the
    simulation finds in its own directory."""
    return _DATA_PATH.sub(lambda m: f'"{DATA_DIR}/{m.group(1)}"', text)


def host_memory_files(memories: list[tuple[str, str]], shapes: dict[str, tuple[int, int]], out_dir: Path,
                      seed: int) -> tuple[dict[str, Path], list[dict]]:
    """Random ``$readmemh`` files for ``memories`` (``shapes``: memory path -> (width, depth)); returns the
    data files (name as the bound design reads it -> file) and the harness's observed arrays."""
    rng = random.Random(seed)
    out_dir.mkdir(parents=True, exist_ok=True)
    files: dict[str, Path] = {}
    observed: list[dict] = []
    for name, path in memories:
        if path not in shapes:
            continue
        width, depth = shapes[path]
        target = out_dir / Path(name).name
        target.write_text("".join(f"{rng.getrandbits(width):x}\n" for _ in range(depth)))
        files[f"{DATA_DIR}/{name}"] = target
        *scope, array = path.split(".")
        observed.append({"name": path, "path": scope, "array": array})
    return files, observed
