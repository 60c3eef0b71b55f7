"""Design manifests (designs/rtl/*/design.json) vs the Verilog they describe and the reference models."""

from __future__ import annotations

import json
import random
import re
import shutil
import subprocess
from collections import deque

import pytest

from designs.rtl.catalog import RTL_DIR, Design, DesignError, design_names, load_design

NAMES = design_names()


def _top_ports(design: Design) -> set[str]:
    """Port names of the top module from its header: ``module top (a, b);`` or ANSI ``(input wire a, ..)``."""
    text = "\n".join(source.read_text() for source in design.sources)
    text = re.sub(r"//[^\n]*", "", text)
    header = re.search(rf"\bmodule\s+{re.escape(design.top)}\s*\(([^;]*)\)\s*;", text)
    assert header, f"{design.name}: no module {design.top} header"
    return {re.findall(r"\w+", port)[-1] for port in header.group(1).split(",")}


def _manifest_ports(design: Design) -> set[str]:
    ports = {design.clock, design.reset, design.start, design.done, *design.inputs, *design.outputs}
    ports |= {port for port in (design.idle, design.ready) if port is not None}
    for memory in design.memories:
        ports |= {port for port in (memory.address, memory.ce, memory.q, memory.we, memory.d) if port}
    for stream in design.streams:
        ports |= {stream.data, stream.valid, stream.ready}
    return ports


def test_catalog_lists_every_design_folder() -> None:
    folders = {path.parent.name for path in RTL_DIR.glob("*/design.json")}
    assert folders == set(NAMES)
    assert len(NAMES) >= 6


def test_unknown_design_is_a_one_line_error() -> None:
    with pytest.raises(DesignError, match=r"^unknown RTL design 'nope' \(known: gcd, .*\)$"):
        load_design("nope")


def _broken_copy(tmp_path, edit) -> None:
    folder = tmp_path / "gcd"
    folder.mkdir()
    (folder / "gcd.v").write_text((RTL_DIR / "gcd" / "gcd.v").read_text())
    manifest = json.loads((RTL_DIR / "gcd" / "design.json").read_text())
    edit(manifest)
    (folder / "design.json").write_text(json.dumps(manifest))


def test_manifest_without_a_field_is_a_one_line_error(tmp_path) -> None:
    _broken_copy(tmp_path, lambda manifest: manifest.pop("top"))
    with pytest.raises(DesignError, match=r"^design gcd: design.json has no field 'top'$"):
        load_design("gcd", root=tmp_path)


def test_manifest_naming_an_unknown_state_is_a_one_line_error(tmp_path) -> None:
    _broken_copy(
        tmp_path, lambda manifest: manifest["fsm"]["transitions"].append(["ap_ST_fsm_state1", "nowhere"])
    )
    with pytest.raises(DesignError, match=r"^design gcd: FSM names unknown states nowhere$"):
        load_design("gcd", root=tmp_path)


def test_manifest_with_a_missing_source_is_a_one_line_error(tmp_path) -> None:
    _broken_copy(tmp_path, lambda manifest: manifest["sources"].append("absent.v"))
    with pytest.raises(DesignError, match=r"^design gcd: missing source file\(s\) .*absent\.v$"):
        load_design("gcd", root=tmp_path)


@pytest.mark.parametrize("name", NAMES)
def test_manifest_documents_exactly_the_top_module_ports(name: str) -> None:
    design = load_design(name)
    assert design.name == name
    assert _manifest_ports(design) == _top_ports(design)


@pytest.mark.parametrize("name", NAMES)
def test_every_design_uses_the_shared_handshake(name: str) -> None:
    design = load_design(name)
    assert (design.clock, design.reset, design.start, design.done) == (
        "ap_clk",
        "ap_rst",
        "ap_start",
        "ap_done",
    )
    assert design.idle in (None, "ap_idle") and design.ready in (None, "ap_ready")


@pytest.mark.parametrize("name", NAMES)
def test_fsm_ground_truth_is_consistent(name: str) -> None:
    fsm = load_design(name).fsm
    text = "\n".join(source.read_text() for source in load_design(name).sources)
    values = list(fsm.states.values())
    assert len(set(values)) == len(values), "two states share an encoding"
    if fsm.encoding == "onehot":
        assert all(v > 0 and v & (v - 1) == 0 for v in values)
    for state in fsm.states:
        assert re.search(rf"\b{re.escape(state)}\b", text), f"state {state} not in the Verilog"
    assert re.search(rf"\b{re.escape(fsm.register.split('.')[-1])}\b", text)
    successors: dict[str, set[str]] = {state: set() for state in fsm.states}
    for source, target in fsm.transitions:
        successors[source].add(target)
    assert all(successors.values()), "a state without successor"
    reached, frontier = {fsm.reset_state}, deque([fsm.reset_state])
    while frontier:
        for target in successors[frontier.popleft()] - reached:
            reached.add(target)
            frontier.append(target)
    assert reached == set(fsm.states), f"unreachable states {set(fsm.states) - reached}"


@pytest.mark.parametrize("name", NAMES)
def test_reference_cases_fit_the_ports(name: str) -> None:
    design = load_design(name)
    rng = random.Random(7)
    widths = {memory.name: memory.width for memory in design.memories + design.streams}
    depths = {memory.name: memory.depth for memory in design.memories + design.streams}
    for _ in range(20):
        inputs, memories = design.random_case(rng)
        assert set(inputs) == set(design.inputs)
        assert all(0 <= value < 1 << design.inputs[port] for port, value in inputs.items())
        assert set(memories) == set(widths)
        for memory, words in memories.items():
            assert len(words) <= depths[memory] and all(0 <= w < 1 << widths[memory] for w in words)
            assert len(words) == depths[memory] or memory in {s.name for s in design.streams}
        outputs, final = design.run_reference(inputs, memories)
        assert set(outputs) == set(design.outputs)
        assert all(0 <= value < 1 << design.outputs[port] for port, value in outputs.items())
        assert set(final) <= set(widths)
        for memory, words in final.items():
            assert len(words) <= depths[memory] and all(0 <= w < 1 << widths[memory] for w in words)
            assert len(words) == depths[memory] or memory in {s.name for s in design.streams}


@pytest.mark.iverilog
@pytest.mark.skipif(shutil.which("iverilog") is None, reason="needs Icarus Verilog")
@pytest.mark.parametrize("name", NAMES)
def test_design_compiles_without_warnings(name: str, tmp_path) -> None:
    design = load_design(name)
    result = subprocess.run(
        ["iverilog", "-Wall", "-g2005", "-s", design.top, "-o", str(tmp_path / "design.vvp")]
        + [str(source) for source in design.sources],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0 and result.stdout + result.stderr == "", result.stdout + result.stderr
