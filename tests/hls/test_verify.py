"""Power-failure campaigns under cocotb + Icarus: sound plans pass, unsound ones are caught.

Plans are written by hand here (which registers are live where was worked out from the Verilog) so that the
harness is tested independently of the analyses; each campaign takes one to a few seconds.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from hls.emit.instrument import instrument, read_sources
from hls.emit.modules import scan_modules
from hls.emit.ports import memory_ports, stream_gates
from hls.emit.scan import tokenize
from hls.emit.spec import InstrumentSpec, SavedVar, Site
from hls.errors import HlsError
from hls.verification.campaign import (
    Campaign,
    Handshake,
    VerifyReport,
    harness_ports,
    plan_failures,
    run_campaign,
)

ROOT = Path(__file__).resolve().parents[2]
GCD = ROOT / "designs" / "rtl" / "gcd" / "gcd.v"
VSUM = Path(__file__).resolve().parent / "fixtures" / "vivado_sum.v"
ANSI = Path(__file__).resolve().parent / "fixtures_b" / "ansi_mul.v"
VIVADO = Handshake("ap_clk", "ap_rst", False, "ap_start", "ap_done")

pytestmark = [
    pytest.mark.iverilog,
    pytest.mark.skipif(shutil.which("iverilog") is None, reason="needs Icarus Verilog"),
]


def reg(name: str, width: int, scope: tuple[str, ...] = ()) -> SavedVar:
    return SavedVar(scope, name, width)


def vivado_spec(top: str, width: int, sites: tuple[Site, ...], **extra) -> InstrumentSpec:
    return InstrumentSpec(
        top=top,
        clock="ap_clk",
        reset="ap_rst",
        reset_active_low=False,
        done="ap_done",
        state_scope=(),
        state_local="ap_CS_fsm",
        state_width=width,
        sites=sites,
        **extra,
    )


# gcd: a, b and shift are live on entry to state3 (the first loop) and state6 (the subtract loop)
GCD_LIVE = (reg("a_assign_reg_62", 32), reg("b_assign_reg_74", 32), reg("shift_reg_86", 5))


def campaign_on(path: Path, spec: InstrumentSpec, handshake: Handshake, **campaign):
    text = read_sources([path])
    ports = harness_ports(text, spec.top, handshake)
    return run_campaign(text, instrument(text, spec), ports, Campaign(**campaign), spec.mode)


def test_gcd_with_a_sound_plan_survives_failures_including_mid_save() -> None:
    spec = vivado_spec("gcd", 7, (Site("state3", 4, GCD_LIVE), Site("state6", 32, GCD_LIVE)))
    report = campaign_on(GCD, spec, VIVADO, runs=8, failures=40, seed=3)
    assert report.passed, report.mismatch_details
    assert report.failures_injected >= 20 and report.failures_during_save >= 5
    assert 0 < report.restores <= report.failures_injected  # some failures resumed mid-computation
    # each save writes 3 words (70 bits) then commits; the clean calls' extra cycles are those save cycles
    # plus the frozen power-up cycle the first call starts in
    assert report.nvm_words_written == 3 * report.saves
    assert report.instrumented_cycles - report.golden_cycles == 4 * report.saves + 1
    assert report.golden_cycles > 0 and report.instrumented_cycles > report.golden_cycles
    assert report.design_flop_bits == 7 + 32 + 32 + 5 + 32
    assert report.nv_bits == 2 * 96 + 2


def test_gcd_with_a_register_missing_from_the_plan_is_caught() -> None:
    # shift is live in both loops but not saved: after a restore the result is shifted by random bits (b would
    # be a weaker probe: the gcd of random numbers is almost always 1 whatever b becomes)
    unsound = (reg("a_assign_reg_62", 32), reg("b_assign_reg_74", 32))
    spec = vivado_spec("gcd", 7, (Site("state3", 4, unsound), Site("state6", 32, unsound)))
    report = campaign_on(GCD, spec, VIVADO, runs=8, failures=40, seed=3)
    assert not report.passed
    assert report.mismatches > 0
    assert all("(faulty)" in line for line in report.mismatch_details)  # failure-free runs still match


def test_low_voltage_mode_saves_only_on_warning_and_still_matches() -> None:
    sites = (Site("state3", 4, GCD_LIVE), Site("state6", 32, GCD_LIVE))
    spec = vivado_spec("gcd", 7, sites, mode="low_voltage")
    report = campaign_on(GCD, spec, VIVADO, runs=6, failures=24, seed=5)
    assert report.passed, report.mismatch_details
    assert report.cycle_overhead_pct < 5  # no warning, no save: only the power-up cycle
    assert report.failures_injected > 0 and report.restores > 0 and report.untested is None


def _vsum_spec(hold_read_data: bool) -> InstrumentSpec:
    text = read_sources([VSUM])
    ports = memory_ports(scan_modules(tokenize(text))["vsum"]) if hold_read_data else ()
    live = (reg("i_1_reg_96", 5), reg("sum_reg_50", 32), reg("n_read_reg_85", 5))
    held = (SavedVar((), "a_q0", 32, port=True),) if hold_read_data else ()
    # state3 adds a_q0, the read issued in state2: a checkpoint there must keep the memory's read data
    return vivado_spec("vsum", 4, (Site("state3", 4, live + held),), memory_ports=ports)


def test_memory_read_in_flight_at_a_checkpoint_is_replayed_from_the_store() -> None:
    report = campaign_on(VSUM, _vsum_spec(True), VIVADO, runs=6, failures=30, seed=2)
    assert report.passed, report.mismatch_details
    assert report.failures_during_save > 0


def test_without_holding_read_data_the_same_checkpoint_is_wrong() -> None:
    report = campaign_on(VSUM, _vsum_spec(False), VIVADO, runs=6, failures=30, seed=2)
    assert report.mismatches > 0


def test_hierarchy_async_reset_and_escaped_names() -> None:
    saved = (reg("\\count$q", 8), reg("addend", 8), reg("q", 16, ("u_acc",)))
    spec = InstrumentSpec(
        top="ansi_mul",
        clock="clk",
        reset="rst_n",
        reset_active_low=True,
        done="done",
        state_scope=(),
        state_local="state",
        state_width=2,
        sites=(Site("LOAD", 1, ()), Site("STEP", 2, saved)),
        word_bits=8,
    )
    report = campaign_on(ANSI, spec, Handshake("clk", "rst_n", True, "start", "done"), runs=6, failures=30)
    assert report.passed, report.mismatch_details
    assert report.unreachable_registers == []
    assert report.design_flop_bits == 2 + 8 + 8 + 16


def test_missing_handshake_port_is_a_one_line_error() -> None:
    text = read_sources([GCD])
    with pytest.raises(HlsError, match=r"^start port 'go' is not a port of gcd \(use --start to name it\)$"):
        harness_ports(text, "gcd", Handshake("ap_clk", "ap_rst", False, "go", "ap_done"))
    with pytest.raises(HlsError, match=r"^port ap_idle of gcd is an output; needs an input$"):
        harness_ports(text, "gcd", Handshake("ap_clk", "ap_rst", False, "ap_idle", "ap_done"))


def test_harness_ports_of_a_design_with_memories() -> None:
    ports = harness_ports(read_sources([VSUM]), "vsum", VIVADO)
    assert ports.inputs == ["n"] and ports.outputs == ["ap_return"]
    assert ports.memories == [{"name": "a", "style": "ap_memory", "byte_addressed": False,
                              "ports": [{"address": "a_address0", "ce": "a_ce0", "q": "a_q0"}]}]


def test_failure_plans_are_deterministic_and_cover_every_kind() -> None:
    plans = plan_failures([50, 80, 20], 60, Campaign(seed=9), low_voltage=False)
    assert plans == plan_failures([50, 80, 20], 60, Campaign(seed=9), low_voltage=False)
    assert [len(plan) for plan in plans] == [20, 20, 20]
    kinds = {event["kind"] for plan in plans for event in plan}
    assert kinds == {"cycle", "save", "commit", "boot"}
    assert all(plan[0]["kind"] != "boot" for plan in plans)  # a boot failure needs an earlier failure
    for plan, cycles in zip(plans, [50, 80, 20], strict=True):
        assert all(1 <= event["delay"] <= cycles for event in plan)


def test_low_voltage_warnings_leave_room_for_the_save() -> None:
    """Most warnings come early enough for a save of ``save_cycles`` to complete before the failure (a
    supervisor sized for the save); some come late (a torn save)."""
    save = 150   # shorter than the 200-cycle calls, longer than a warning's random part (up to 100 cycles)
    plans = plan_failures([200] * 4, 200, Campaign(seed=3), low_voltage=True, save_cycles=save)
    warns = [event["warn"] for plan in plans for event in plan]
    roomy = sum(w > save for w in warns)
    assert 0.6 * len(warns) < roomy < len(warns)
    assert all(1 <= w <= 100 or save + 3 <= w <= 100 + save + 2 for w in warns)
    # the power stays on past a roomy warning's margin: the warning comes after power-up, never before
    # it (a save as long as the call - Groestl's, JH's - was otherwise torn by every failure)
    roomy_events = [event for plan in plans for event in plan if event["warn"] > save]
    assert all(event["delay"] - event["warn"] >= 1 for event in roomy_events)
    long_save = plan_failures([55] * 2, 8, Campaign(seed=3), low_voltage=True, save_cycles=53)
    roomy_events = [event for plan in long_save for event in plan if event["warn"] > 53]
    assert roomy_events and all(event["delay"] > 53 + 2 for event in roomy_events)


def _report(**fields) -> VerifyReport:
    base = dict(runs=2, failures_planned=4, failures_injected=4, failures_during_save=3, restores=0,
                mismatches=0, unfinished=0, golden_cycles=10, instrumented_cycles=12, cycle_overhead_pct=20.0,
                saves=2, nvm_words_written=8, checkpoint_states=["s1"], saved_bits={"s1": 8}, nv_bits=16,
                design_flop_bits=8, controller_flop_bits=4, flop_overhead_pct=50.0, cold_starts=1)
    return VerifyReport(**{**base, **fields})


def test_a_campaign_that_resumed_from_no_checkpoint_says_no_restore_was_checked() -> None:
    """Failures were injected but none resumed from a stored checkpoint (all during saves or before the first
    one): the report says that no restore was checked (what it did check - restarts, torn saves ignored - can
    still pass); with no failures asked, or a restore seen, there is nothing to say."""
    report = _report()
    assert report.passed
    assert "none of the 4 injected power failures resumed" in report.untested
    assert "3 came during a save, 1 before the first checkpoint" in report.untested
    assert report.to_json()["untested"] == report.untested
    assert _report(restores=1).untested is None and _report(restores=1).to_json()["untested"] is None
    quiet = _report(failures_planned=0, failures_injected=0, failures_during_save=0, cold_starts=0)
    assert quiet.untested is None and quiet.passed
    assert not _report(mismatches=1).passed


ARRAY = Path(__file__).resolve().parent / "fixtures_b" / "array_sum.v"


def _array_spec(save_array: bool) -> InstrumentSpec:
    live = (reg("i", 3), reg("total", 11)) + ((SavedVar((), "buffer", 8, depth=8),) if save_array else ())
    return InstrumentSpec(
        top="array_sum",
        clock="clk",
        reset="rst",
        reset_active_low=False,
        done="ap_done",
        state_scope=(),
        state_local="state",
        state_width=2,
        sites=(Site("SUM", 2, live),),
        word_bits=16,
    )


def test_an_internal_array_saved_at_a_checkpoint_is_restored_word_for_word() -> None:
    handshake = Handshake("clk", "rst", False, "ap_start", "ap_done")
    report = campaign_on(ARRAY, _array_spec(True), handshake, runs=6, failures=30, seed=4)
    assert report.passed, report.mismatch_details
    assert report.saved_bits == {"SUM": 1 + 3 + 11 + 64}
    assert report.design_flop_bits == 2 + 3 + 11 + 64


def test_an_internal_array_left_out_of_the_checkpoint_is_lost() -> None:
    handshake = Handshake("clk", "rst", False, "ap_start", "ap_done")
    report = campaign_on(ARRAY, _array_spec(False), handshake, runs=6, failures=30, seed=4)
    assert report.mismatches > 0


CHAIN = """module chain(ap_clk, ap_rst, ap_start, ap_done, ap_ce, ap_continue, k, k_ap_vld, y, y_ap_vld);
input ap_clk, ap_rst, ap_start, ap_ce, ap_continue, k_ap_vld;
input [7:0] k;
output ap_done, y_ap_vld;
output [7:0] y;
endmodule
"""


def test_chain_and_vld_inputs_are_tied_high_and_vld_outputs_latched() -> None:
    ports = harness_ports(CHAIN, "chain", VIVADO)
    assert ports.inputs == ["k"] and ports.tie_high == ["ap_ce", "ap_continue", "k_ap_vld"]
    assert ports.outputs == ["y"] and ports.valid == {"y": "y_ap_vld"}


def test_fifo_streams_are_recognised_and_left_out_of_the_scalars() -> None:
    text = """module f(ap_clk, ap_rst, ap_start, ap_done, n,
    k_dout, k_empty_n, k_read, y_din, y_full_n, y_write);
input ap_clk, ap_rst, ap_start, k_empty_n, y_full_n;
input [7:0] n, k_dout;
output ap_done, k_read, y_write;
output [7:0] y_din;
endmodule
"""
    ports = harness_ports(text, "f", VIVADO)
    assert ports.inputs == ["n"] and ports.outputs == []
    kinds = [(s["name"], s["direction"], s["flag"], s["handshake"]) for s in ports.streams]
    assert kinds == [("k", "in", "k_empty_n", "k_read"), ("y", "out", "y_full_n", "y_write")]


def _amaranth_multiplier_verilog() -> str:
    """A shift-free multiplier FSM written in amaranth and emitted by its Yosys backend (escaped temporaries,
    reset folded into the next-state logic, one always block per register)."""
    from amaranth import Module, Signal
    from amaranth.back import verilog
    from amaranth.lib import wiring
    from amaranth.lib.wiring import In, Out

    class Multiplier(wiring.Component):
        def __init__(self) -> None:
            ports = {"ap_start": In(1), "a": In(8), "b": In(8), "ap_done": Out(1), "ap_return": Out(16)}
            super().__init__(ports)

        def elaborate(self, platform) -> Module:
            m = Module()
            count = Signal(8)  # one per line: amaranth names signals after their variable
            addend = Signal(8)
            with m.FSM():
                with m.State("IDLE"):
                    with m.If(self.ap_start):
                        m.d.sync += [self.ap_return.eq(0), count.eq(self.b), addend.eq(self.a)]
                        m.next = "LOOP"
                with m.State("LOOP"):
                    with m.If(count == 0):
                        m.next = "DONE"
                    with m.Else():
                        m.d.sync += [self.ap_return.eq(self.ap_return + addend), count.eq(count - 1)]
                with m.State("DONE"):
                    m.d.comb += self.ap_done.eq(1)
                    m.next = "IDLE"
            return m

    return verilog.convert(Multiplier(), name="am_mul", emit_src=False)


def test_amaranth_emitted_design(tmp_path) -> None:
    source = tmp_path / "am_mul.v"
    source.write_text(_amaranth_multiplier_verilog())
    live = (reg("ap_return", 16), reg("count", 8), reg("addend", 8))
    spec = InstrumentSpec(
        top="am_mul",
        clock="clk",
        reset="rst",
        reset_active_low=False,
        done="ap_done",
        state_scope=(),
        state_local="fsm_state",
        state_width=2,
        sites=(Site("LOOP", 1, live),),
        word_bits=16,
    )
    handshake = Handshake("clk", "rst", False, "ap_start", "ap_done")
    report = campaign_on(source, spec, handshake, runs=5, failures=20)
    assert report.passed, report.mismatch_details
    assert report.design_flop_bits == 2 + 16 + 8 + 8 and report.failures_injected > 0


def test_a_non_volatile_array_is_kept_and_never_written_while_power_returns() -> None:
    # buffer declared non-volatile: not saved, not corrupted at failures, and its writes are blocked while
    # the design is in reset (else the random state of a failure could write garbage into it at power-up)
    spec = InstrumentSpec(
        top="array_sum",
        clock="clk",
        reset="rst",
        reset_active_low=False,
        done="ap_done",
        state_scope=(),
        state_local="state",
        state_width=2,
        sites=(Site("FILL", 1, (reg("i", 3),)), Site("SUM", 2, (reg("i", 3), reg("total", 11)))),
        word_bits=16,
        nv_arrays=(((), "buffer"),),
    )
    text = read_sources([ARRAY])
    instrumented = instrument(text, spec)
    assert "begin if (!ckpt_off) buffer[i] <= a + {5'd0, i} * b; end" in instrumented.text
    ports = harness_ports(text, "array_sum", Handshake("clk", "rst", False, "ap_start", "ap_done"))
    campaign = Campaign(runs=6, failures=30, seed=4)
    report = run_campaign(text, instrumented, ports, campaign, non_volatile=frozenset({"buffer"}))
    assert report.passed, report.mismatch_details
    assert report.saved_bits == {"FILL": 1 + 3, "SUM": 1 + 3 + 11} and report.design_flop_bits == 2 + 3 + 11


PREFIX = ROOT / "designs" / "rtl" / "prefix" / "prefix.v"  # AXI4-Stream in and out, ap_ctrl_hs


def _prefix_spec(saved: tuple[SavedVar, ...]) -> InstrumentSpec:
    text = read_sources([PREFIX])
    gates = stream_gates(scan_modules(tokenize(text))["prefix"])
    return vivado_spec("prefix", 3, (Site("state2", 2, saved),), memory_ports=gates)


PREFIX_LIVE = (reg("acc_0_reg_62", 32), reg("acc_reg_117", 32), reg("i_0_reg_74", 31))
PREFIX_LIVE += (reg("n_read_reg_104", 32),)


def test_streams_are_replayed_from_the_committed_position() -> None:
    report = campaign_on(PREFIX, _prefix_spec(PREFIX_LIVE), VIVADO, runs=6, failures=30, seed=6)
    assert report.passed, report.mismatch_details
    assert report.restores > 0 and report.failures_during_save > 0


def test_a_stream_design_missing_its_accumulator_is_caught() -> None:
    report = campaign_on(PREFIX, _prefix_spec(PREFIX_LIVE[1:]), VIVADO, runs=6, failures=30, seed=6)
    assert report.mismatches > 0
    assert any("stream dout" in line for line in report.mismatch_details)
