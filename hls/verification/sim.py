"""One cocotb + Icarus simulation of a design for ``hls-ckpt verify``: the Verilog is written into its own
folder of the campaign's build directory, compiled with the first iverilog language generation that accepts
it, and :mod:`hls.verification.tb` runs the campaign its JSON configuration describes."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from hls.errors import HlsError

REPO_ROOT = Path(__file__).resolve().parents[1]  # on the simulator's PYTHONPATH, for hls.verification.tb

GENERATIONS = ("-g2012", "-g2005")  # SystemVerilog first, then plain Verilog-2005


def _language(path: Path, top: str, what: str) -> str:
    """The first iverilog language generation that compiles ``path`` (rooted at ``top``); else one line."""
    iverilog = shutil.which("iverilog")
    if iverilog is None:
        raise HlsError("iverilog is not on PATH (needed by hls-ckpt verify)")
    first_error = "unknown error"
    for generation in GENERATIONS:
        command = [iverilog, generation, "-s", top, "-o", os.devnull, str(path)]
        proc = subprocess.run(command, capture_output=True, text=True, cwd=path.parent)
        if proc.returncode == 0:
            return generation
        lines = [line for line in proc.stderr.splitlines() if line.strip()]
        if generation == GENERATIONS[0] and lines:
            first_error = lines[0]
    raise HlsError(f"{what} does not compile with iverilog: {first_error}")


def simulate(
    work: Path, name: str, text: str, top: str, config: dict, data_files: dict[str, Path] | None = None
) -> dict:
    """Build ``text`` and run the cocotb campaign with ``config``; returns the results JSON. ``data_files``
    (path as the design's ``$readmem`` names it -> file) are copied where a relative name finds them."""
    from cocotb_tools.runner import get_runner

    folder = work / name
    folder.mkdir()
    for written, found in (data_files or {}).items():
        target = Path(written) if Path(written).is_absolute() else folder / written
        if target != found:
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(found, target)
    source = folder / f"{name}.v"
    source.write_text(text)
    generation = _language(source, top, f"the {name} design")
    results = folder / "results.json"
    config = {**config, "results": str(results)}
    config_path = folder / "config.json"
    config_path.write_text(json.dumps(config))
    runner = get_runner("icarus")
    build_dir = folder / "build"
    python_path = os.pathsep.join([str(REPO_ROOT), *sys.path])
    try:
        runner.build(
            sources=[source],
            hdl_toplevel=top,
            build_dir=build_dir,
            timescale=("1ns", "1ps"),
            always=True,
            build_args=[generation],
            log_file=folder / "build.log",
        )
        runner.test(
            test_module="hls.verification.tb",
            hdl_toplevel=top,
            build_dir=build_dir,
            test_dir=folder,
            seed=int(config["seed"]),
            extra_env={"PYTHONPATH": python_path, "HLS_VERIFY_CONFIG": str(config_path)},
            results_xml=str(folder / "results.xml"),
            log_file=folder / "sim.log",
        )
    except (SystemExit, Exception) as err:  # the runner exits or raises on tool failures
        if not results.exists():
            log = folder / "sim.log"
            raise HlsError(f"{name} simulation failed ({type(err).__name__}); log: {log}") from None
    if not results.exists():
        log = folder / "sim.log"
        raise HlsError(f"{name} simulation wrote no results{premature_end(log)}; log: {log}")
    data = json.loads(results.read_text())
    if "error" in data:
        raise HlsError(f"{name} simulation failed: {data['error']}")
    return data


def premature_end(log: Path) -> str:
    """Why a simulation ended before the harness wrote its results, when the log says the design ended it
    (a ``$finish`` in the design, such as LegUp's memory controller on a null pointer): the design's last
    message, or an empty string."""
    try:
        text = log.read_text(errors="replace")
    except OSError:
        return ""
    if "simulation ended prematurely" not in text:
        return ""
    lines = [line.strip() for line in text.splitlines()]
    design = [line for line in lines if line and not _SIM_NOISE.match(line)]
    last = f" after printing {design[-1][:160]!r}" if design else ""
    return f": the design ended the simulation itself ($finish){last}"


# cocotb's own log lines, simulator warnings and banners: not the design's messages
_SIM_NOISE = re.compile(r"^(\d+\.\d+\w*s\s|WARNING:|VCD info:|\*\*|cocotb\.|Runs the whole"
                        r"|[-\w./]+:\d+: warning)")
