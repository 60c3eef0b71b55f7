"""Calyx's output (tests/data/hls_real/calyx_*, PROVENANCE.md next to each): the control FSM as read by hand
in the sources, instrumented output that Icarus compiles, and what is refused in one line.

Calyx compiles its control (tdcc) into a ``std_reg`` instance ``fsm`` whose ``in`` port the top's
``fsm_in`` drives with state constants under ``fsm_write_en``; the pass follows the port copies
(``fsm.in = fsm_in``, ``fsm_out = fsm.out``) and inlines the guard wires, so each transition is the one the
``fsm_in`` ternary chain spells out, with a self-loop while the group's done is low."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

import hls
from hls.errors import HlsError

REAL = Path(__file__).resolve().parents[1] / "data" / "hls_real"


def _chain(pairs: str) -> set[tuple[str, str]]:
    return {tuple(p.split(">")) for p in pairs.split()}  # type: ignore[misc]


# read by hand from each file's `assign fsm_in = ...` (or fsm0_in) chain: (file, register, width, states,
# edges); every state but the last waits on its group (a self-loop), the last returns to 0 unconditionally
BY_HAND = [
    ("calyx_vectorized_add/main.sv", "fsm.out", 3, 7,
     "0>1 1>2 1>6 2>3 3>4 4>5 5>2 5>6 6>0 0>0 1>1 2>2 3>3 4>4 5>5"),
    ("calyx_dot_product_ext/main.sv", "fsm.out", 4, 11,
     "0>1 1>2 1>10 2>3 3>4 4>5 5>6 6>7 7>8 8>9 9>2 9>10 10>0 "
     "0>0 1>1 2>2 3>3 4>4 5>5 6>6 7>7 8>8 9>9"),
    ("calyx_pipelined_mac/main.sv", "fsm0.out", 3, 5, "0>1 1>2 2>3 3>4 4>0 0>0 1>1 2>2 3>3"),
    # fsm20_in = _guard24 (fsm20 == 0 & static seq done & go) ? 1 : _guard25 (fsm20 == 2) ? 0 :
    # _guard30 (fsm20 == 1 & out_mem write done & go) ? 2 : 0
    ("calyx_systolic/main.sv", "fsm20.out", 2, 3, "0>0 0>1 1>1 1>2 2>0"),
    # the 2020 output: fsm2 is the top-level seq (constants 1, 2, 0); fsm, fsm0, fsm1 are adder-stepped
    ("calyx_dot_product/dot-product.sv", "fsm2.out", 32, 3, "0>0 0>1 1>1 1>2 2>0"),
]


@pytest.mark.parametrize("name, register, width, count, edges", BY_HAND,
                         ids=[b[0].split("/")[0] for b in BY_HAND])
def test_calyx_fsm_is_the_one_read_by_hand(name: str, register: str, width: int, count: int,
                                           edges: str) -> None:
    design = hls.analyze(REAL / name, top="main").design
    fsm = design.fsm
    label = register.split(".")[0]
    assert fsm.register == register and fsm.width == width and fsm.encoding == "binary"
    assert fsm.states == {f"{label}_{v}": v for v in range(count)}
    assert fsm.reset_state == f"{label}_0"
    found = {(t.source.rsplit("_", 1)[1], t.target.rsplit("_", 1)[1]) for t in fsm.transitions}
    if name.startswith("calyx_dot_product/"):
        # the 2020 output's write enable is an always_comb if/else (not inlined): a write-enabled path to
        # the default 0 is kept as well (an over-approximation: more edges, never fewer)
        assert _chain(edges) <= found
    else:
        assert found == _chain(edges)


def test_calyx_static_schedule_counter_is_the_fsm_of_a_static_component() -> None:
    # pipelined_mac (a component of the 2025 output) has only static control: fsm_in = guard20 ? adder_out :
    # guard21 ? 3'd0 : 3'd0, adder_left = fsm_out, adder_right = 3'd1, write_en = (fsm == 0 & go) |
    # (fsm != 0 & fsm != 5) | fsm == 5, read by hand: 0 -go-> 1 -> 2 -> 3 -> 4 -> 5 -> 0
    fsm = hls.analyze(REAL / "calyx_pipelined_mac" / "main.sv", top="pipelined_mac").design.fsm
    assert fsm.register == "fsm.out" and fsm.width == 3 and fsm.reset_state == "fsm_0"
    assert fsm.states == {f"fsm_{v}": v for v in range(6)}
    conditions = {(t.source, t.target): t.condition for t in fsm.transitions}
    assert conditions == {("fsm_0", "fsm_0"): "!go", ("fsm_0", "fsm_1"): "go", ("fsm_1", "fsm_2"): None,
                          ("fsm_2", "fsm_3"): None, ("fsm_3", "fsm_4"): None, ("fsm_4", "fsm_5"): None,
                          ("fsm_5", "fsm_0"): None}


@pytest.mark.slow
@pytest.mark.iverilog
@pytest.mark.skipif(shutil.which("iverilog") is None, reason="needs Icarus Verilog")
def test_calyx_static_component_passes_verify_with_injected_failures() -> None:
    # a pipeline: its output at done carries the previous call's data, so one call per power-on (as above)
    report = hls.verify(REAL / "calyx_pipelined_mac" / "main.sv", top="pipelined_mac", budget_cycles=4,
                        failures=6, runs=1, seed=2)
    assert report.passed, report.mismatch_details
    assert report.failures_injected > 0 and report.restores > 0 and report.undefined_outputs == []


def test_calyx_transition_conditions_are_the_group_done_signals() -> None:
    fsm = hls.analyze(REAL / "calyx_vectorized_add" / "main.sv", top="main").design.fsm
    conditions = {(t.source, t.target): t.condition for t in fsm.transitions}
    # fsm_in: `fsm_out == 3'd0 & let0_done_out & tdcc_go_out ? 3'd1`, let0_done_in = i0_done, tdcc_go_in = go
    assert conditions[("fsm_0", "fsm_1")] == "(i0.done & go)"
    assert conditions[("fsm_0", "fsm_0")] == "!((i0.done & go))"
    assert conditions[("fsm_6", "fsm_0")] is None


def test_calyx_registers_and_memories_are_std_reg_and_mem_instances() -> None:
    design = hls.analyze(REAL / "calyx_dot_product" / "dot-product.sv", top="main").design
    # std_reg's out and done are registers of their instance; std_mem_d1's mem is a memory
    assert {"i0.out", "i0.done", "dot_0.out", "fsm.out", "fsm0.out", "fsm1.out"} <= set(design.registers)
    assert design.registers["i0.out"].width == 4
    assert {"A0.mem", "B0.mem", "v0.mem"} <= set(design.memories)
    assert design.memories["v0.mem"].non_volatile  # loaded by $readmemh({DATA, "/v0.dat"}, ...): the host's
    # the counter registers of the inner control are data of the top seq's states, live in every state
    assert all("fsm1.out" in design.liveness.live_in[s] for s in design.fsm.states)


@pytest.mark.slow
@pytest.mark.iverilog
@pytest.mark.skipif(shutil.which("iverilog") is None, reason="needs Icarus Verilog")
@pytest.mark.parametrize("name", ["calyx_vectorized_add", "calyx_dot_product_ext", "calyx_pipelined_mac"])
def test_calyx_instrumented_output_compiles(name: str, tmp_path: Path) -> None:
    out = tmp_path / "main_ckpt.sv"
    # the dot product accumulates into its external v0 in one state: accepted here (see the test below)
    result = hls.insert(REAL / name / "main.sv", "main", out, budget_cycles=50,
                        allow_war=name == "calyx_dot_product_ext")
    assert result.plan.checkpoints
    text = out.read_text()
    assert "module main_ckpt_ctrl" in text and "module std_reg__ckpt_fsm" in text  # the fsm instance's copy
    proc = subprocess.run(["iverilog", "-g2012", "-o", str(tmp_path / "a.vvp"), str(out)],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr


def test_calyx_external_memories_are_non_volatile_memories_with_their_hazards() -> None:
    design = hls.analyze(REAL / "calyx_vectorized_add" / "main.sv", top="main").design
    assert {"A0", "B0", "Sum0"} <= set(design.memories)
    sum0 = design.memories["Sum0"]
    assert sum0.kind == "calyx" and sum0.non_volatile and sum0.depth == 16 and sum0.width == 32
    assert design.memory_access["Sum0"].written == {"fsm_3"}  # upd2: Sum0[i] = A0[i] + B0[i]
    assert design.memory_access["A0"].written == frozenset()  # A0_write_en is never driven: read-only
    # the dot product's upd2 reads v0[0], adds, and writes it back in one state: re-executing it after a
    # power failure would add twice (verify sees it: final v0 differs), so the plan is refused in one line
    with pytest.raises(HlsError) as err:
        hls.analyze(REAL / "calyx_dot_product_ext" / "main.sv", top="main", budget_cycles=50)
    assert "non-volatile memory v0 is read and written in the same state fsm_6" in str(err.value)


@pytest.mark.slow
@pytest.mark.iverilog
@pytest.mark.skipif(shutil.which("iverilog") is None, reason="needs Icarus Verilog")
def test_calyx_vectorized_add_passes_verify_with_injected_failures() -> None:
    report = hls.verify(REAL / "calyx_vectorized_add" / "main.sv", top="main", budget_cycles=50, failures=20,
                        runs=4, seed=1)
    assert report.passed, report.mismatch_details
    assert report.failures_injected > 0 and report.restores > 0
    assert report.golden_cycles > 0


@pytest.mark.slow
@pytest.mark.iverilog
@pytest.mark.skipif(shutil.which("iverilog") is None, reason="needs Icarus Verilog")
def test_calyx_pipelined_mac_passes_verify_with_injected_failures() -> None:
    # static (counter) control inside a dynamic one, a pipelined multiplier, three external memories; one
    # call per power-on: its mac keeps its accumulator across calls (run 2 would start from run 1's sum),
    # which no checkpoint carries over the `done` that retires the store (docs/hls-pass.md, Calyx)
    report = hls.verify(REAL / "calyx_pipelined_mac" / "main.sv", top="main", budget_cycles=50, failures=8,
                        runs=1, seed=2)
    assert report.passed, report.mismatch_details
    assert report.failures_injected > 0 and report.restores > 0 and report.failures_during_save > 0


@pytest.mark.slow
@pytest.mark.iverilog
@pytest.mark.skipif(shutil.which("iverilog") is None, reason="needs Icarus Verilog")
def test_calyx_external_memory_model_is_what_the_design_computes(tmp_path: Path) -> None:
    # Sum0[i] = A0[i] + B0[i] for i < 8 (the vectorized add's loop bound), read from the golden run's files
    import json

    hls.verify(REAL / "calyx_vectorized_add" / "main.sv", top="main", budget_cycles=50, failures=0, runs=2,
               keep=tmp_path)
    (kept,) = tmp_path.iterdir()
    runs = json.loads((kept / "golden" / "results.json").read_text())["runs"]
    for run in runs:
        a, b = run["stimulus"]["memories"]["A0"], run["stimulus"]["memories"]["B0"]
        total = run["memories"]["Sum0"]
        assert total[:8] == [(x + y) & 0xFFFFFFFF for x, y in zip(a[:8], b[:8], strict=True)]
        assert total[8:] == run["stimulus"]["memories"]["Sum0"][8:]


def test_calyx_without_a_reset_port_is_refused_by_insert(tmp_path: Path) -> None:
    # the 2020 output has no reset: its std_regs power on undefined (Calyx relied on Verilator's zeros)
    with pytest.raises(HlsError, match="no reset port found on main"):
        hls.insert(REAL / "calyx_dot_product" / "dot-product.sv", "main", tmp_path / "o.sv", budget_cycles=50)


def test_calyx_design_without_registers_is_refused() -> None:
    with pytest.raises(HlsError) as err:
        hls.analyze(REAL / "calyx_data_instance" / "data-instance.sv", top="main")
    assert "it holds no registers" in str(err.value) and "\n" not in str(err.value)


def test_calyx_host_memories_are_non_volatile_and_undriven_enables_never_write() -> None:
    # main loads t0, l0, out_mem with $readmemh({DATA, "/t0.dat"}, t0.mem): the host's memories, kept
    # through power failures; t0_write_en is declared and never driven (Calyx: 0), so t0 is never written
    design = hls.analyze(REAL / "calyx_systolic" / "main.sv", top="main").design
    for name in ("t0.mem", "l0.mem", "out_mem.mem"):
        assert design.memories[name].non_volatile
    assert design.memory_access["t0.mem"].written == frozenset()
    assert design.memory_access["out_mem.mem"].written == {"fsm20_1"}


@pytest.mark.slow
@pytest.mark.iverilog
@pytest.mark.skipif(shutil.which("iverilog") is None, reason="needs Icarus Verilog")
def test_calyx_host_memories_are_loaded_and_compared(tmp_path: Path) -> None:
    # the harness writes random +DATA files; out_mem[0] must be the dot product of t0 and l0 (mod 2^32)
    import json

    hls.verify(REAL / "calyx_systolic" / "main.sv", top="main", budget_cycles=8, failures=0, runs=1,
               keep=tmp_path)
    (kept,) = tmp_path.iterdir()
    data = kept / "golden" / "calyx_data"
    t0, l0 = ([int(w, 16) for w in (data / f"{n}.dat").read_text().split()] for n in ("t0", "l0"))
    (run,) = json.loads((kept / "golden" / "results.json").read_text())["runs"]
    assert run["memories"]["t0.mem"] == t0 and run["memories"]["l0.mem"] == l0
    assert run["memories"]["out_mem.mem"] == [sum(a * b for a, b in zip(t0, l0, strict=True)) & 0xFFFFFFFF]


@pytest.mark.slow
@pytest.mark.iverilog
@pytest.mark.skipif(shutil.which("iverilog") is None, reason="needs Icarus Verilog")
def test_calyx_systolic_passes_verify_with_injected_failures() -> None:
    # one call per power-on: the PE's accumulator carries over to the next call (call 2 adds to call 1's sum)
    report = hls.verify(REAL / "calyx_systolic" / "main.sv", top="main", budget_cycles=8, failures=6, runs=1,
                        seed=1)
    assert report.passed, report.mismatch_details
    assert report.failures_injected > 0 and report.restores > 0


def test_calyx_sequential_external_memory_is_refused_in_one_line(tmp_path: Path) -> None:
    # a seq_mem_d1 @external cell adds m_content_en (read data registered): not modelled, refused
    text = (REAL / "calyx_vectorized_add" / "main.sv").read_text()
    source = tmp_path / "main.sv"
    source.write_text(text.replace("output logic [3:0] A0_addr0,",
                                   "output logic [3:0] A0_addr0,\n    output logic A0_content_en,", 1))
    with pytest.raises(HlsError) as err:
        hls.analyze(source, top="main")
    assert "Calyx sequential memory A0" in str(err.value) and "\n" not in str(err.value)


def test_calyx_one_hot_guard_checks_are_left_out_of_simulation() -> None:
    from hls.verification.asserts import guard_design_finish

    text = ("always_comb begin\n  if(~$onehot0({_guard30, _guard25})) begin\n"
            "    $fatal(2, \"Multiple assignment to port `fsm20.in'.\");\nend\nend\n"
            "always @(*) if (bad) $finish;")
    guarded = guard_design_finish(text, "main", "reset", False)
    assert "$fatal" not in guarded and len(guarded.splitlines()) == len(text.splitlines())
    assert "begin if (main.reset !== 1'b1) $finish; end" in guarded
