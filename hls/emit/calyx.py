"""Calyx's external memories: a top that reaches a memory through ports (``@external`` cells, or
``--synthesis``) has, per memory ``m``, outputs ``m_addr0`` (``m_addr1``... for more dimensions),
``m_write_data``, ``m_write_en`` (``m_clk``, ``m_reset``, ``m_content_en`` in some versions) and inputs
``m_read_data`` (combinational: ``mem[addr]`` in the same cycle, as Calyx's ``comb_mem_d1``) and ``m_done``
(high the cycle after a write).

The instrumenter gates ``m_write_en`` while the design is frozen or powered off (as an ap_memory ``ce``), and
the verification harness serves each memory with :class:`hls.verification.models.CalyxMemoryModel`.
"""

from __future__ import annotations

from hls.emit.modules import ModuleText
from hls.emit.spec import MemoryPort

__all__ = ["calyx_gates", "calyx_memories", "calyx_ports"]

OPTIONAL_OUTPUTS = ("clk", "reset", "content_en")


def calyx_memories(directions: dict[str, str]) -> list[dict]:
    """Each external memory of a Calyx top: its name and the port of each role (``addr``: a list, in
    dimension order)."""
    found: list[dict] = []
    for name, direction in directions.items():
        if direction != "output" or not name.endswith("_addr0"):
            continue
        base = name[: -len("_addr0")]
        if directions.get(f"{base}_read_data") != "input" or directions.get(f"{base}_write_en") != "output":
            continue
        addr = [name]
        while directions.get(f"{base}_addr{len(addr)}") == "output":
            addr.append(f"{base}_addr{len(addr)}")
        entry = {
            "name": base,
            "style": "calyx",
            "addr": addr,
            "write_en": f"{base}_write_en",
            "write_data": f"{base}_write_data" if f"{base}_write_data" in directions else None,
            "read_data": f"{base}_read_data",
            "done": f"{base}_done" if directions.get(f"{base}_done") == "input" else None,
            "other": [f"{base}_{role}" for role in OPTIONAL_OUTPUTS if f"{base}_{role}" in directions],
        }
        found.append(entry)
    return found


def calyx_ports(entry: dict) -> set[str]:
    """Every top port that belongs to one external memory."""
    names = {*entry["addr"], entry["write_en"], entry["read_data"], *entry["other"]}
    return names | {n for n in (entry["write_data"], entry["done"]) if n}


def calyx_gates(module: ModuleText) -> tuple[MemoryPort, ...]:
    """The write enable of every external memory, to gate while the design is frozen or in reset."""
    return tuple(MemoryPort(entry["write_en"], None, None, 0) for entry in calyx_memories(module.directions))
