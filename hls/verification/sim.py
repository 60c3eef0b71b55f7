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

from hls.emit.modules import scan_modules
from hls.emit.scan import packed_width, tokenize
from hls.errors import HlsError
from hls.verification.env import ENV_MODULE, WINDOW_LOG2, environment_verilog, memory_depth_log2

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
    memories = memory_shapes(text, top, config.get("memories", []))
    config = {**config, "results": str(results), "memories": memories, "env_folder": str(folder.resolve())}
    env = folder / "hls_verify_env.v"
    served = [memory for memory in memories if memory.get("style") != "calyx"]
    env.write_text(environment_verilog(
        top, config["clock"], served, config.get("done") if not config.get("axi") else None,
        config.get("busy"), config.get("nv_write_wire"), config.get("nv_commit_wire"), str(folder.resolve())))
    config_path = folder / "config.json"
    config_path.write_text(json.dumps(config))
    runner = get_runner("icarus")
    build_dir = folder / "build"
    python_path = os.pathsep.join([str(REPO_ROOT), *sys.path])
    try:
        runner.build(
            sources=[source, env],
            hdl_toplevel=top,
            build_dir=build_dir,
            timescale=("1ns", "1ps"),
            always=True,
            build_args=[generation, "-s", ENV_MODULE],
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


def memory_shapes(text: str, top: str, memories: list[dict]) -> list[dict]:
    """The memory entries with what their Verilog models need, from the top's port ranges: ``address_bits``,
    ``data_bits``, ``we_bits``, ``shift`` (byte addresses: log2 of the word's bytes), ``depth_log2`` (the
    words modelled, :func:`hls.verification.env.memory_depth_log2`) and ``env_index`` (the model's
    number)."""
    module = scan_modules(tokenize(text)).get(top)
    shaped: list[dict] = []
    index = 0
    for memory in memories:
        if memory.get("style") == "calyx" or module is None:
            shaped.append(memory)
            continue
        port = memory["ports"][0]
        name = memory["name"]

        def width(role: str, entry: dict = port, memory_name: str = name) -> int:
            return packed_width(module.port_ranges.get(entry[role], ""),
                                f"memory {memory_name}: port {entry[role]} range") if entry.get(role) else 0

        data_bits = width("q") or width("d") or 32
        address_bits = width("address")
        shift = ((data_bits + 7) // 8 - 1).bit_length() if memory.get("byte_addressed") else 0
        depth = memory_depth_log2(name, address_bits, shift, bool(memory.get("byte_addressed")),
                                  memory.get("window_log2", WINDOW_LOG2))
        shaped.append({**memory, "address_bits": address_bits, "data_bits": data_bits,
                       "we_bits": width("we"), "shift": shift, "depth_log2": depth, "env_index": index})
        index += 1
    return shaped


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
