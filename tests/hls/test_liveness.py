"""Liveness: hand-checked tables, the dataflow against the path definition, and Icarus as the judge (a
register that is dead at a state may hold any value there without changing anything the design outputs)."""

from __future__ import annotations

import random
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from hls.analysis.access import OBSERVATION_RULES
from hls.analysis.fsm import reset_levels
from hls.analysis.liveness import compute_liveness, load_design
from hls.analysis.netindex import NetIndex
from hls.ir import Design, Fsm, RegisterAccess, Transition

FIXTURES = Path(__file__).parent / "fixtures"


def test_case_fsm_liveness_by_hand() -> None:
    d = load_design([str(FIXTURES / "case_fsm.v")], "mult_case")
    live = {s: set(v) for s, v in d.liveness.live_in.items()}
    # done and product drive outputs (observed every cycle); acc is killed by LOAD; count/addend read in ADD
    assert live == {"IDLE": {"done", "product"}, "LOAD": {"done", "product"},
                    "ADD": {"acc", "addend", "count", "done", "product"}, "FIN": {"acc", "done", "product"}}
    assert d.access["count"].must_write == {"LOAD"}  # ADD writes count only when count != 0
    assert d.live_bits("ADD") == 16 + 16 + 8 + 1 + 16


def test_vivado_outputs_are_observed_through_their_qualifiers() -> None:
    d = load_design([str(FIXTURES / "vivado_sum.v")], "vsum")
    # ap_return = sum_reg_50 is read only where ap_done may be 1; a_address0 = i_reg_39 only where a_ce0 is
    assert d.access["sum_reg_50"].read == {"ap_ST_fsm_state3", "ap_ST_fsm_state4"}
    assert d.access["i_reg_39"].read == {"ap_ST_fsm_state2"}
    assert d.memories["a"].kind == "ap_memory" and d.memories["a"].non_volatile
    assert d.access["a"].read == {"ap_ST_fsm_state2"}
    assert "i_1_reg_96" not in d.liveness.live_in["ap_ST_fsm_state2"]  # written in state2, read in state3


def test_writes_implied_by_the_transition_kill_on_that_edge() -> None:
    # Vivado's idle state writes i, sum and n only "if (ap_start & state1)", exactly when it goes to state2:
    # those registers are dead at the idle state although the state alone does not surely write them
    d = load_design([str(FIXTURES / "vivado_sum.v")], "vsum")
    assert d.access["sum_reg_50"].must_write == {"ap_ST_fsm_state3"}
    assert d.saved_registers("ap_ST_fsm_state1") == ()
    assert set(d.saved_registers("ap_ST_fsm_state4")) == {"sum_reg_50"}


def test_catapult_stall_writes_kill_on_the_edge_out_of_the_stall() -> None:
    # main_C_0 clears acc/i only "if (fsm_output[1] & start)", and leaves only when core_wen = start: the
    # implication goes through the FSM module's fsm_output and the core's core_wen logic
    d = load_design([str(FIXTURES / "catapult_mac.v")], "mac")
    assert set(d.saved_registers("main_C_0")) == {"done_rsc", "result_rsc"}


def test_long_combinational_chains(tmp_path: Path) -> None:
    # unrolled designs chain thousands of wires; the analysis follows them without hitting Python's limit
    n = 2500
    lines = ["module deep(input clk, input rst, input go, input [7:0] a, output reg [7:0] q);",
             "localparam S0 = 1'b0, S1 = 1'b1; reg st; reg [7:0] r;"]
    lines += [f"wire [7:0] w{i};" for i in range(n)]
    lines += ["assign w0 = r;"] + [f"assign w{i} = w{i - 1} + 8'd1;" for i in range(1, n)]
    lines += ["always @(posedge clk) if (rst) st <= S0; else case (st)",
              " S0: begin r <= a; if (go) st <= S1; end",
              f" S1: begin q <= w{n - 1}; st <= S0; end endcase", "endmodule"]
    v = tmp_path / "deep.v"
    v.write_text("\n".join(lines) + "\n")
    d = load_design([str(v)], "deep")
    assert d.access["r"].read == {"S1"} and d.liveness.live_in["S1"] == {"q", "r"}


def test_case_one_labels_are_decided_per_state() -> None:
    # "case (1'b1) state[RUN]: if (n == 9) ..." reads n only in RUN
    d = load_design([str(FIXTURES / "onehot_bits.v")], "onehot_sum")
    assert d.access["n"].read == {"state_2"}
    assert d.liveness.live_in["state_1"] == {"fin", "y"}


def test_short_circuit_reads() -> None:
    # LegUp: "if ((cur_state == SUB) & a_gt_b)" reads a_gt_b (so main_a_reg) only in state SUB
    d = load_design([str(FIXTURES / "legup_gcd.v")], "main")
    assert "LEGUP_0" not in d.access["main_b_reg"].read
    assert d.liveness.live_in["LEGUP_0"] == {"finish", "return_val"}


def _brute_live(fsm: Fsm, access: dict[str, RegisterAccess],
                edge_kills: dict[tuple[str, str], frozenset[str]], state: str, reg: str) -> bool:
    """Is there a path from ``state`` to a read of ``reg`` with no kill (in a state, on an edge) before it?"""
    seen = set()
    todo = [state]
    while todo:
        s = todo.pop()
        if s in seen:
            continue
        seen.add(s)
        if s in access[reg].read:
            return True
        if s in access[reg].must_write:
            continue
        todo += [t for t in fsm.successors(s) if reg not in edge_kills.get((s, t), frozenset())]
    return False


@pytest.mark.parametrize("seed", range(20))
def test_dataflow_matches_the_path_definition(seed: int) -> None:
    rng = random.Random(seed)
    n = rng.randint(1, 9)
    states = {f"s{i}": i for i in range(n)}
    trans = tuple(Transition(f"s{i}", f"s{rng.randrange(n)}")
                  for i in range(n) for _ in range(rng.randint(1, 3)))
    fsm = Fsm("st", 4, "binary", states, "s0", trans)
    access = {}
    for r in range(4):
        pick = [s for s in states if rng.random() < 0.3]
        kill = [s for s in states if rng.random() < 0.3]
        access[f"r{r}"] = RegisterAccess(f"r{r}", frozenset(kill), frozenset(pick), frozenset(kill))
    edge_kills = {(t.source, t.target): frozenset(r for r in access if rng.random() < 0.2) for t in trans}
    live = compute_liveness(fsm, access, edge_kills)
    for s in states:
        for r in access:
            assert (r in live.live_in[s]) == _brute_live(fsm, access, edge_kills, s, r), (s, r)


# ------------------------------------------------------------------------------------- Icarus as judge

SIM_CASES = [
    ("case_fsm.v", "mult_case", "clk"),
    ("legup_gcd.v", "main", "clk"),
    ("vivado_sum.v", "vsum", "ap_clk"),
    ("ifchain_fsm.v", "max_ifchain", "clk"),
    ("catapult_mac.v", "mac", "clk"),
    ("onehot_bits.v", "onehot_sum", "clk"),
    ("sequencer.v", "seqr", "clk"),
]


def _qualifier(port: str, names: set[str]) -> str | None:
    for pattern, template in OBSERVATION_RULES:
        m = re.match(pattern, port)
        if m:
            q = template.format(**m.groupdict())
            if q in names and q != port:
                return q
    return None


def _memory_ports(d: Design, names: set[str]) -> dict[tuple[str, str], tuple[str | None, int]]:
    """(memory, port index) -> (read-data input or None, data width) of every ap_memory port."""
    out: dict[tuple[str, str], tuple[str | None, int]] = {}
    widths = {p.name: p.width for p in d.ports}
    for m in d.memories.values():
        if m.kind != "ap_memory":
            continue
        for i in "0123":
            if f"{m.name}_address{i}" in names and f"{m.name}_ce{i}" in names:
                q = f"{m.name}_q{i}" if f"{m.name}_q{i}" in names else None
                width = widths.get(q or "", 0) or widths.get(f"{m.name}_d{i}", 32)
                out[(m.name, i)] = (q, width)
    return out


def _bench(d: Design, clock: str, cycles: int, seed: int, scramble_live: bool = False) -> str:
    """Two instances on the same random inputs; the second has its dead registers scrambled every cycle."""
    fsm = d.fsm
    names = {p.name for p in d.ports}
    (reset, inactive), = reset_levels(NetIndex(d.netlist), fsm).items()
    mem_ports = _memory_ports(d, names)
    driven = {q for q, _ in mem_ports.values() if q}
    lines = ["`timescale 1ns/1ns", "module tb;", f"reg {clock} = 0;",
             f"integer cyc = 0, bad = 0, seed = {seed};"]
    conns: dict[str, list[str]] = {"gold": [], "scr": []}
    for p in d.ports:
        rng = f"[{p.width - 1}:0] " if p.width > 1 else ""
        if p.name == clock:
            for k in conns:
                conns[k].append(f".{p.name}({clock})")
        elif p.direction == "input" and p.name not in driven:
            lines.append(f"reg {rng}in_{p.name};")
            for k in conns:
                conns[k].append(f".{p.name}(in_{p.name})")
        else:
            kind = "reg" if p.name in driven else "wire"
            for k in conns:
                lines.append(f"{kind} {rng}{k}_{p.name};")
                conns[k].append(f".{p.name}({k}_{p.name})")
    for m in sorted({m for m, _ in mem_ports}):
        width = max(w for (mm, _), (_, w) in mem_ports.items() if mm == m)
        for k in conns:
            lines.append(f"reg [{width - 1}:0] {k}_{m}_mem [0:{d.memories[m].depth - 1}];")
    for (m, i), (q, _width) in mem_ports.items():
        for k in conns:
            a, ce, we, dd = (f"{k}_{m}_address{i}", f"{k}_{m}_ce{i}", f"{k}_{m}_we{i}", f"{k}_{m}_d{i}")
            body = []
            if q:
                body.append(f"{k}_{q} <= {k}_{m}_mem[{a}];")
            if f"{m}_we{i}" in names and f"{m}_d{i}" in names:
                body.append(f"if ({we}) {k}_{m}_mem[{a}] <= {dd};")
            lines.append(f"always @(posedge {clock}) if ({ce}) begin {' '.join(body)} end")
    lines.append(f"{d.top} dut_gold ({', '.join(conns['gold'])});")
    lines.append(f"{d.top} dut_scr ({', '.join(conns['scr'])});")
    lines.append(f"always #5 {clock} = ~{clock};")
    inputs = [p for p in d.ports
              if p.direction == "input" and p.name not in (clock, reset) and p.name not in driven]
    init = [f"in_{reset} = {1 - inactive};"] + [f"in_{p.name} = 0;" for p in inputs]
    for m in sorted({m for m, _ in mem_ports}):
        init.append(f"for (cyc = 0; cyc < {d.memories[m].depth}; cyc = cyc + 1) begin "
                    f"gold_{m}_mem[cyc] = $random(seed); scr_{m}_mem[cyc] = gold_{m}_mem[cyc]; end")
        init.append("cyc = 0;")
    lines.append("initial begin " + " ".join(init) + " end")
    checks = []
    for p in d.ports:
        if p.direction == "input":
            continue
        q = _qualifier(p.name, names)
        cond = f"gold_{q} && " if q else ""
        checks.append(f"if ({cond}gold_{p.name} !== scr_{p.name}) begin bad = bad + 1; "
                      f"$display(\"MISMATCH %0d {p.name} %h %h\", cyc, gold_{p.name}, scr_{p.name}); end")
    corrupt = []
    for s, value in fsm.states.items():
        dead = [r for r in d.registers if scramble_live or r not in d.liveness.live_in[s]]
        if dead:
            body = " ".join(f"dut_scr.{r} = {{{(d.registers[r].width + 31) // 32}{{$random(seed)}}}};"
                            for r in dead)
            corrupt.append(f"if (dut_scr.{fsm.register} == {fsm.width}'d{value}) begin {body} end")
    drive = [f"in_{p.name} = $random(seed);" for p in inputs]
    lines.append(f"always @(negedge {clock}) begin cyc = cyc + 1; "
                 f"if (cyc == 3) in_{reset} = {inactive}; "
                 f"if (cyc > 3) begin {' '.join(checks)} {' '.join(corrupt)} end "
                 f"{' '.join(drive)} "
                 f"if (cyc == {cycles}) begin $display(\"DONE %0d\", bad); $finish; end end")
    lines.append("endmodule")
    return "\n".join(lines) + "\n"


@pytest.mark.iverilog
@pytest.mark.skipif(shutil.which("iverilog") is None, reason="needs Icarus Verilog")
@pytest.mark.parametrize("fixture,top,clock", SIM_CASES, ids=[c[1] for c in SIM_CASES])
def test_dead_registers_can_be_scrambled_without_effect(fixture: str, top: str, clock: str,
                                                        tmp_path: Path) -> None:
    d = load_design([str(FIXTURES / fixture)], top)
    assert any(set(d.registers) - d.liveness.live_in[s] for s in d.fsm.states)  # something is dead somewhere
    tb = tmp_path / "tb.v"
    tb.write_text(_bench(d, clock, cycles=3000, seed=12345))
    binary = tmp_path / "sim"
    subprocess.run(["iverilog", "-o", str(binary), str(tb), str(FIXTURES / fixture)], check=True)
    out = subprocess.run(["vvp", "-n", str(binary)], capture_output=True, text=True, check=True).stdout
    assert "DONE 0" in out, out[-2000:]


@pytest.mark.iverilog
@pytest.mark.skipif(shutil.which("iverilog") is None, reason="needs Icarus Verilog")
@pytest.mark.parametrize("fixture,top,clock", SIM_CASES[:3], ids=[c[1] for c in SIM_CASES[:3]])
def test_the_bench_catches_scrambled_live_registers(fixture: str, top: str, clock: str,
                                                     tmp_path: Path) -> None:
    d = load_design([str(FIXTURES / fixture)], top)
    tb = tmp_path / "tb.v"
    tb.write_text(_bench(d, clock, cycles=3000, seed=12345, scramble_live=True))
    binary = tmp_path / "sim"
    subprocess.run(["iverilog", "-o", str(binary), str(tb), str(FIXTURES / fixture)], check=True)
    out = subprocess.run(["vvp", "-n", str(binary)], capture_output=True, text=True, check=True).stdout
    assert "MISMATCH" in out and "DONE 0" not in out


def _rtl_cases() -> list[tuple[Path, str, str, list[Path]]]:
    root = Path(__file__).resolve().parents[2] / "designs" / "rtl"
    cases = []
    for spec in sorted(root.glob("*/design.json")):
        meta = __import__("json").loads(spec.read_text())
        cases.append((spec, meta["top"], meta.get("clock", "ap_clk"),
                      [spec.parent / s for s in meta["sources"]]))
    return cases


@pytest.mark.iverilog
@pytest.mark.skipif(shutil.which("iverilog") is None, reason="needs Icarus Verilog")
@pytest.mark.parametrize("spec,top,clock,sources", _rtl_cases(), ids=lambda x: x.parent.name
                         if isinstance(x, Path) else "")
def test_designs_rtl_dead_registers_can_be_scrambled(spec: Path, top: str, clock: str, sources: list[Path],
                                                     tmp_path: Path) -> None:
    d = load_design([str(s) for s in sources], top)
    tb = tmp_path / "tb.v"
    tb.write_text(_bench(d, clock, cycles=4000, seed=4242))
    binary = tmp_path / "sim"
    subprocess.run(["iverilog", "-o", str(binary), str(tb), *map(str, sources)], check=True,
                   capture_output=True)
    out = subprocess.run(["vvp", "-n", str(binary)], capture_output=True, text=True, check=True).stdout
    assert "DONE 0" in out, out[-2000:]
