"""The amaranth checkpoint controller, cycle by cycle in amaranth's simulator (no Verilog tools needed).

Each test drives the controller's inputs for a sequence of cycles and checks its combinational outputs in
each cycle against the save/restore protocol of docs/hls-instrumentation.md.
"""

from __future__ import annotations

import re

import pytest
from amaranth.sim import Simulator

from hls.emit.controller import CheckpointController, ControllerConfig, controller_verilog
from hls.errors import HlsError

OUTPUTS = (
    "hold",
    "restore",
    "busy",
    "ckpt_id",
    "nv_wr_en",
    "nv_wr_slot",
    "nv_wr_index",
    "nv_wr_word",
    "nv_commit",
    "nv_commit_latest",
    "nv_invalidate",
)


def trace(config: ControllerConfig, cycles: list[dict[str, int]]) -> list[dict[str, int]]:
    """Outputs in each cycle; every cycle's inputs default to the previous cycle's."""
    dut = CheckpointController(config)
    seen: list[dict[str, int]] = []

    async def bench(ctx) -> None:
        for inputs in cycles:
            for name, value in inputs.items():
                ctx.set(getattr(dut, name), value)
            seen.append({name: ctx.get(getattr(dut, name)) for name in OUTPUTS})
            await ctx.tick()

    sim = Simulator(dut)
    sim.add_clock(1e-6)
    sim.add_testbench(bench)
    sim.run()
    return seen


def test_power_up_without_checkpoint_holds_one_cycle_and_does_not_restore() -> None:
    out = trace(ControllerConfig((1,), 8), [{"nv_valid": 0}, {}, {}])
    assert (out[0]["hold"], out[0]["restore"]) == (1, 0)
    assert (out[1]["hold"], out[1]["restore"]) == (0, 0)
    assert out[2]["hold"] == 0


def test_power_up_with_checkpoint_restores_the_stored_id_then_runs() -> None:
    out = trace(ControllerConfig((1, 1, 1), 8), [{"nv_valid": 1, "nv_id": 2, "at_ckpt": 0b100}, {}, {}])
    assert (out[0]["hold"], out[0]["restore"], out[0]["ckpt_id"]) == (1, 1, 2)
    # back in the restored checkpoint state: not saved again on this visit
    assert (out[1]["hold"], out[1]["nv_wr_en"], out[1]["restore"]) == (0, 0, 0)


def test_save_writes_every_word_into_the_other_slot_then_commits_last() -> None:
    # the design drives word nv_wr_index of the slot on wdata (8-bit words): 0x01, then 0xAA, then 0xBB
    words = [{"at_ckpt": 0b10, "wdata": 0x01}, {"wdata": 0xAA}, {"wdata": 0xBB}]
    cycles = [{"nv_valid": 1, "nv_latest": 1, "nv_id": 0}, *words] + [{}] * 3
    out = trace(ControllerConfig((1, 3), 8), cycles)
    save = out[1:6]
    assert [c["hold"] for c in save] == [1, 1, 1, 1, 0]
    assert [c["nv_wr_en"] for c in save] == [1, 1, 1, 0, 0]
    assert [c["nv_wr_index"] for c in save[:3]] == [0, 1, 2]
    assert [c["nv_wr_word"] for c in save[:3]] == [0x01, 0xAA, 0xBB]
    assert all(c["nv_wr_slot"] == 0 for c in save[:3])  # latest is slot 1, so slot 0 is written
    assert [c["nv_commit"] for c in save] == [0, 0, 0, 1, 0]
    assert save[3]["nv_commit_latest"] == 0 and save[3]["ckpt_id"] == 1
    assert all(c["busy"] == c["hold"] for c in out)


def test_entry_resave_saves_a_checkpoint_state_once_per_stay() -> None:
    cycles = [{"nv_valid": 0}, {"at_ckpt": 1}, {}, {}, {}, {"at_ckpt": 0}, {"at_ckpt": 1}, {}]
    out = trace(ControllerConfig((1,), 8, resave="entry"), cycles)
    commits = [c["nv_commit"] for c in out]
    assert commits == [0, 0, 1, 0, 0, 0, 0, 1]
    assert [c["hold"] for c in out] == [1, 1, 1, 0, 0, 0, 1, 1]


def test_iteration_resave_saves_again_after_every_cycle_the_design_runs() -> None:
    # a self-looping checkpoint state: save (2 cycles), run one iteration, save again, ...
    cycles = [{"nv_valid": 0}, {"at_ckpt": 1}, {}, {}, {}, {}, {}, {"at_ckpt": 0}, {}]
    out = trace(ControllerConfig((1,), 8), cycles)
    assert [c["hold"] for c in out] == [1, 1, 1, 0, 1, 1, 0, 0, 0]
    assert [c["nv_commit"] for c in out] == [0, 0, 1, 0, 0, 1, 0, 0, 0]


def test_adjacent_checkpoint_states_are_both_saved() -> None:
    cycles = [{"nv_valid": 0}, {"at_ckpt": 0b01}, {}, {"at_ckpt": 0b10}, {}, {}]
    out = trace(ControllerConfig((1, 1), 8), cycles)
    assert [c["nv_commit"] for c in out] == [0, 0, 1, 0, 1, 0]
    assert out[4]["ckpt_id"] == 1


def test_low_voltage_mode_saves_only_while_low_voltage_is_high() -> None:
    cycles = [{"nv_valid": 0}, {"at_ckpt": 1, "low_voltage": 0}, {}, {"low_voltage": 1}, {}, {}]
    out = trace(ControllerConfig((1,), 8, "low_voltage"), cycles)
    assert [c["nv_wr_en"] for c in out] == [0, 0, 0, 1, 0, 0]
    assert [c["nv_commit"] for c in out] == [0, 0, 0, 0, 1, 0]


def test_done_invalidates_a_stored_checkpoint_and_is_never_saved() -> None:
    cycles = [{"nv_valid": 1, "nv_id": 0}, {"at_ckpt": 1, "done": 1}, {"at_ckpt": 0, "done": 0}]
    out = trace(ControllerConfig((1,), 8), cycles)
    assert out[1]["nv_invalidate"] == 1 and out[1]["nv_wr_en"] == 0 and out[1]["hold"] == 0
    assert out[2]["nv_invalidate"] == 0


@pytest.mark.parametrize(
    ("words", "word_bits", "mode", "message"),
    [
        ((), 8, "always", r"^the checkpoint controller needs at least one checkpoint state$"),
        ((0,), 8, "always", r"^every checkpoint must save at least one NVM word$"),
        ((1,), 0, "always", r"^NVM word width must be positive, not 0$"),
        ((1,), 8, "sometimes", r"^checkpoint mode must be one of always, low_voltage, not 'sometimes'$"),
    ],
)
def test_bad_configuration_is_a_one_line_error(words, word_bits, mode, message) -> None:
    with pytest.raises(HlsError, match=message):
        ControllerConfig(words, word_bits, mode)


def test_emitted_verilog_has_the_documented_ports() -> None:
    text = controller_verilog(ControllerConfig((2, 1), 16), "demo_ckpt_ctrl")
    header = re.search(r"module demo_ckpt_ctrl\((.*?)\);", text, re.S)
    assert header is not None
    ports = {name.strip() for name in header.group(1).split(",")}
    assert ports == {
        "clk",
        "rst",
        "at_ckpt",
        "low_voltage",
        "done",
        "wdata",
        "nv_valid",
        "nv_latest",
        "nv_id",
    } | set(OUTPUTS)
    assert re.search(r"input \[15:0\] wdata;", text)  # one word of 16 bits (the design muxes the slot)


def test_an_entry_only_site_is_not_resaved_while_the_design_waits_in_it() -> None:
    # site 0 is the idle state: saved on entry, then not again while the FSM waits there; site 1 loops
    cycles = [{"nv_valid": 0}, {"at_ckpt": 0b01}, {}, {}, {}, {}, {"at_ckpt": 0b10}, {}, {}, {}]
    out = trace(ControllerConfig((1, 1), 8, entry_only=(0,)), cycles)
    assert [c["nv_commit"] for c in out] == [0, 0, 1, 0, 0, 0, 0, 1, 0, 0]
    assert [c["hold"] for c in out] == [1, 1, 1, 0, 0, 0, 1, 1, 0, 1]


def test_budget_resave_saves_once_the_period_has_run_since_the_last_save() -> None:
    # period 3: after power-up (nothing run yet) the checkpoint state is not saved until 3 cycles have run,
    # then every 3 cycles of its self-loop (write + commit each)
    cycles = [{"nv_valid": 0}, {"at_ckpt": 1}] + [{}] * 10
    out = trace(ControllerConfig((1,), 8, resave="budget", periods=(3,)), cycles)
    assert [c["nv_commit"] for c in out] == [0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0]
    assert [c["hold"] for c in out] == [1, 0, 0, 0, 1, 1, 0, 0, 0, 1, 1, 0]


def test_budget_resave_skips_an_entry_soon_after_a_save_and_saves_one_late() -> None:
    # sites 0 and 1 alternate (a two-state loop): period 4 at site 1, 0 (every entry) at site 0
    cycles = [{"nv_valid": 0}, {"at_ckpt": 0b01}, {}, {"at_ckpt": 0b10}, {"at_ckpt": 0}, {}, {}, {},
              {"at_ckpt": 0b10}, {}, {}]
    out = trace(ControllerConfig((1, 1), 8, resave="budget", periods=(0, 4)), cycles)
    # site 0 saved on entry (commit at 2); site 1 entered 1 cycle later: skipped; entered again 5 cycles
    # after the save: saved (write at 8, commit at 9)
    assert [c["nv_commit"] for c in out] == [0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0]
    assert out[9]["ckpt_id"] == 1


def test_budget_resave_with_period_zero_is_once_per_stay() -> None:
    cycles = [{"nv_valid": 0}, {"at_ckpt": 1}] + [{}] * 8
    out = trace(ControllerConfig((1,), 8, resave="budget", periods=(0,)), cycles)
    assert sum(c["nv_commit"] for c in out) == 1


def test_low_voltage_saves_once_per_warning_even_in_a_self_loop() -> None:
    # the warning stays high over a self-looping checkpoint state: one save; a new warning: one more
    cycles = [{"nv_valid": 0}, {"at_ckpt": 1, "low_voltage": 1}] + [{}] * 6 + [{"low_voltage": 0}, {},
                                                                              {"low_voltage": 1}, {}, {}, {}]
    out = trace(ControllerConfig((1,), 8, "low_voltage"), cycles)
    assert [c["nv_commit"] for c in out] == [0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0]
