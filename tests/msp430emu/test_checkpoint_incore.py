"""Checkpoint saves inside the compiled core (msp430emu/cpu/core_save.py, msp430emu/checkpoint/incore.py)
against the host path (``Checkpointer.save``), which they replace where they are exact.

* The kernel alone: for random machine states (registers, stack depth, stack and globals bytes, peripheral
  register values, slot and sequence), ``core_save`` writes the bytes ``bundle.plan_save`` plans (all of
  them, FRAM compared byte for byte), charges the cost timeline's cycles and counts the same FRAM words.
* Whole runs with the internal switch on and off (``incore.ENABLED``): SDK apps under Mementos (loop and
  return), mementos-timer and hibernus on real RF traces, an RFID distance and weak constant sources, with
  random capacitors, V_thresh, check costs and cycle limits (failure points): the FRAM (all memory), the
  registers, the core's counters (cycles, instructions, FRAM accesses, checks) and every field of the
  result are equal, except that floats (the energy ledger, overhead energy, voltages, the device times of
  boots and failures) agree to 1e-9 relative: the energy model's segments are split at other instants (the
  host path commits it at each save, the in-core path computes V at each save's stamp with one walk), so
  its floats are summed in another order.
  Each Mementos case also asserts that the core did save (the comparison is not vacuous).
* With a timeline (the energy model noted at each save) the saves are booked by committing at each stamp,
  as the host path does: equal including the timeline rows.
* Fallbacks: a WAR detector (a checkpoint listener), a save fault injector and a running timer among the
  peripheral block's registers keep every save on the host.
"""

from __future__ import annotations

import math
import random

import numpy as np
import pytest
from incore_runs import ENERGIES, HAVE_TOOLS, assert_same_machine, elf, run_result

from msp430emu import RunConfig
from msp430emu.checkpoint import incore
from msp430emu.checkpoint.bundle import apply_writes, plan_save
from msp430emu.cpu.core_save import core_save
from msp430emu.cpu.state import (
    C_FRAM_WRITES,
    C_INSNS,
    C_SAVE_COUNT,
    C_SAVE_FAIL,
    C_SAVE_FROM,
    C_SAVE_ON,
    C_SAVE_RISE,
    C_TRIG_COUNT,
    NEVER,
    SAVE_BUF,
    SAVE_PERIPH,
    SAVE_PROG,
    SB_BYTES,
    SB_CYCLES,
    SB_SEQ,
    SP_NEXT_SEQ,
    SP_NEXT_SLOT,
)
from msp430emu.session import Run

pytestmark = pytest.mark.skipif(not HAVE_TOOLS, reason="needs clang-14 and ld.lld-14")


def _run(cfg: RunConfig, in_core: bool, monkeypatch) -> tuple[dict, Run]:
    monkeypatch.setattr(incore, "ENABLED", in_core)
    return run_result(cfg)


def _compare(cfg: RunConfig, monkeypatch) -> tuple[dict, Run]:
    """Run ``cfg`` with the saves on the host and in the core; assert the same outcome."""
    host, run_h = _run(cfg, False, monkeypatch)
    core, run_c = _run(cfg, True, monkeypatch)
    assert run_h.checkpointing.ckpt.core is None or run_h.checkpointing.ckpt.core.saves == 0
    assert_same_machine(run_h, run_c)
    _same(host, core, "result")
    return core, run_c


def _same(a, b, where: str) -> None:
    """Equal, except floats (energies, voltages, device times of boots and failures: the energy model's
    segments are split at other instants) to 1e-9 relative."""
    if isinstance(a, float) and isinstance(b, float):
        assert math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-18), where
    elif isinstance(a, dict):
        assert isinstance(b, dict) and a.keys() == b.keys(), where
        for key in a:
            _same(a[key], b[key], f"{where}.{key}")
    elif isinstance(a, (list, tuple)):
        assert type(a) is type(b) and len(a) == len(b), where
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            _same(x, y, f"{where}[{i}]")
    else:
        assert a == b, where


# --- the kernel alone -------------------------------------------------------------------------------------
@pytest.mark.parametrize("seed", range(6))
def test_core_save_writes_the_planned_bytes(seed, monkeypatch):
    rng = random.Random(seed)
    run = Run(RunConfig(firmware=elf(), preset="wisp4-mementos", harvester="rfid:4",
                        strategy="mementos-loop"))
    ckpt = run.checkpointing.ckpt
    layout, st = ckpt.layout, run.machine.state
    core = ckpt.core
    for _ in range(4):
        for r in range(16):
            st.regs[r] = rng.randrange(0x10000)
        st.regs[0] &= 0xFFFE
        st.regs[1] = layout.stack_top - 2 * rng.randrange(layout.max_stack // 2 + 1)
        st.mem[layout.stack_low:layout.stack_top] = np.frombuffer(rng.randbytes(layout.max_stack), np.uint8)
        st.mem[layout.globals_start:layout.globals_start + layout.globals_len] = np.frombuffer(
            rng.randbytes(layout.globals_len), np.uint8)
        for a in layout.periph.addresses:             # the listed registers as memory holds them
            st.write_word(a, rng.randrange(0x10000))
        expected = st.copy()
        values = [expected.read_word(a) for a in layout.periph.addresses]
        plan = plan_save(expected, layout, values)
        assert apply_writes(expected, plan) == len(plan)
        # the program, as CoreSaves.open writes it, with the slot and sequence the plan chose
        ctl = st.ctl
        ctl[SAVE_PROG:SAVE_PERIPH] = core._prog
        ctl[SAVE_PERIPH:SAVE_PERIPH + len(layout.periph.addresses)] = layout.periph.addresses
        ctl[SAVE_PROG + SP_NEXT_SLOT], ctl[SAVE_PROG + SP_NEXT_SEQ] = plan.slot, plan.sequence
        ctl[C_SAVE_ON], ctl[C_SAVE_FROM], ctl[C_SAVE_RISE], ctl[C_SAVE_FAIL] = 1, 0, NEVER, NEVER
        ctl[C_SAVE_COUNT] = 0
        cycles, words = core_save.py_func(st.mem, st.regs, ctl, 1000) if seed % 2 else \
            core_save(st.mem, st.regs, ctl, 1000)
        stack_len = layout.stack_top - int(st.regs[1])
        assert cycles == ckpt.cost.save_timeline(layout, stack_len)[-1]
        assert words == (len(plan) + 1) // 2
        assert np.array_equal(st.mem, expected.mem)
        assert ctl[C_SAVE_COUNT] == 1
        assert (ctl[SAVE_BUF + SB_SEQ], ctl[SAVE_BUF + SB_CYCLES], ctl[SAVE_BUF + SB_BYTES]) == (
            plan.sequence, cycles, len(plan))
        assert ctl[SAVE_PROG + SP_NEXT_SLOT] == 1 - plan.slot


def test_core_save_declines_outside_its_interval_and_format(monkeypatch):
    run = Run(RunConfig(firmware=elf(), preset="wisp4-mementos", harvester="rfid:4",
                        strategy="mementos-loop"))
    ckpt = run.checkpointing.ckpt
    st, layout = run.machine.state, ckpt.layout
    ctl = st.ctl
    ctl[SAVE_PROG:SAVE_PERIPH] = ckpt.core._prog
    st.regs[1] = layout.stack_top - 8
    before = st.mem.copy()
    total = ckpt.cost.save_timeline(layout, 8)[-1]
    cases = [dict(on=0), dict(frm=2000), dict(rise=1000), dict(fail=1000 + total),
             dict(sp=layout.stack_top + 2), dict(sp=layout.stack_top - 7), dict(pc=0x10000), dict(count=64)]
    for case in cases:
        ctl[C_SAVE_ON], ctl[C_SAVE_FROM] = case.get("on", 1), case.get("frm", 0)
        ctl[C_SAVE_RISE], ctl[C_SAVE_FAIL] = case.get("rise", NEVER), case.get("fail", NEVER)
        ctl[C_SAVE_COUNT] = case.get("count", 0)
        st.regs[0], st.regs[1] = case.get("pc", 0x4400), case.get("sp", layout.stack_top - 8)
        assert core_save(st.mem, st.regs, ctl, 1000) == (0, 0), case
        assert np.array_equal(st.mem, before)
    ctl[C_SAVE_COUNT], ctl[C_SAVE_FAIL] = 0, 1001 + total                  # just enough room: it saves
    st.regs[0], st.regs[1] = 0x4400, layout.stack_top - 8
    assert core_save(st.mem, st.regs, ctl, 1000)[0] == total


# --- whole runs, in the core and on the host --------------------------------------------------------------
ENERGIES = {name: ENERGIES[name] for name in ("trace1", "trace5", "rfid4", "weak")}


@pytest.mark.parametrize("energy", sorted(ENERGIES))
@pytest.mark.parametrize("strategy", ["mementos-loop", "mementos-return"])
def test_mementos_runs_are_the_same_with_saves_in_the_core(energy, strategy, monkeypatch):
    cfg = RunConfig(firmware=elf(), capacitor="47u" if energy != "rfid4" else None,
                    preset="wisp4-mementos" if energy == "rfid4" else None,
                    harvester=ENERGIES[energy], strategy=strategy, max_time=100)
    core, run = _compare(cfg, monkeypatch)
    if strategy == "mementos-loop":
        assert run.checkpointing.ckpt.core.saves > 0
        assert core["checkpoints"] > run.checkpointing.ckpt.core.saves / 2


@pytest.mark.parametrize("seed", range(8))
def test_random_runs_are_the_same_with_saves_in_the_core(seed, monkeypatch):
    """Random app, energy, capacitor, V_thresh, check cost and cycle limit (the run stops anywhere, e.g.
    with saves in the buffer or in the middle of an interval)."""
    rng = random.Random(1000 + seed)
    app = rng.choice(["crc", "sense", "ar", "bc", "cf"])
    energy = rng.choice(sorted(ENERGIES))
    cap = rng.choice(["10u", "22u", "47u", "100u"])
    cfg = RunConfig(firmware=elf(app, 40), capacitor=cap, harvester=ENERGIES[energy],
                    strategy=rng.choice(["mementos-loop", "mementos-loop", "mementos-return"]),
                    v_thresh=round(rng.uniform(2.0, 2.9), 3), check_cycles=rng.choice([None, 20, 647]),
                    max_time=50, max_cycles=rng.randrange(2_000_000, 40_000_000))
    _compare(cfg, monkeypatch)


@pytest.mark.parametrize("strategy", ["mementos-timer", "hibernus", "periodic:20000"])
def test_other_strategies_unchanged(strategy, monkeypatch):
    cfg = RunConfig(firmware=elf(), capacitor="47u", harvester=ENERGIES["trace1"], strategy=strategy,
                    max_time=100)
    _compare(cfg, monkeypatch)


def test_with_a_timeline_the_saves_are_booked_by_commits(monkeypatch):
    cfg = RunConfig(firmware=elf(), capacitor="47u", harvester=ENERGIES["trace1"],
                    strategy="mementos-loop", max_time=100, record_timeline=True)
    monkeypatch.setattr(incore, "ENABLED", False)
    host = Run(cfg).execute()
    monkeypatch.setattr(incore, "ENABLED", True)
    run = Run(cfg)
    core = run.execute()
    assert run.checkpointing.ckpt.core.saves > 0
    assert core.timeline == host.timeline            # the same commits: the same floats
    h, c = host.to_dict(), core.to_dict()
    h.pop("wall_s"), c.pop("wall_s")
    assert h == c


def test_exact_booking_equals_the_fast_one(monkeypatch):
    """The per-stamp commit path (used with a timeline or another harvester) against the compiled walk."""
    cfg = RunConfig(firmware=elf(), capacitor="47u", harvester=ENERGIES["trace1"],
                    strategy="mementos-loop", max_time=100)
    monkeypatch.setattr(incore, "FAST_BOOKING", False)
    slow, run = _compare(cfg, monkeypatch)
    assert run.checkpointing.ckpt.core.saves > 0


# --- fallbacks --------------------------------------------------------------------------------------------
def test_war_detector_and_fault_injection_keep_saves_on_the_host(monkeypatch):
    cfg = RunConfig(firmware=elf(), capacitor="47u", harvester=ENERGIES["trace1"],
                    strategy="mementos-loop", max_time=100, detect_war=True)
    result, run = _run(cfg, True, monkeypatch)
    assert result["checkpoints"] > 0 and run.checkpointing.ckpt.core.saves == 0
    cfg = RunConfig(firmware=elf(), capacitor="47u", harvester=ENERGIES["trace1"],
                    strategy="mementos-loop", max_time=100)
    run = Run(cfg)
    run.checkpointing.ckpt.save_fault = lambda nbytes, cycles: None
    assert run.execute().to_dict()["checkpoints"] > 0 and run.checkpointing.ckpt.core.saves == 0


def test_a_running_timer_keeps_saves_on_the_host(monkeypatch):
    cfg = RunConfig(firmware=elf(), capacitor="47u", harvester=ENERGIES["trace1"],
                    strategy="mementos-loop", max_time=100)
    run = Run(cfg)
    core = run.checkpointing.ckpt.core
    machine = run.machine
    timer = machine.peripheral("TA0")
    assert incore.peripheral_is_static(timer)
    machine.write_register(0x0352, 1000)                 # TA0CCR0
    machine.write_register(0x0340, 0x0210)               # TA0CTL: SMCLK, up mode
    assert not incore.peripheral_is_static(timer)
    assert not core.usable()
    result = run.execute().to_dict()
    assert result["checkpoints"] > 0 and core.saves == 0
    assert run.machine.state.ctl[C_INSNS] > 0 and run.machine.state.ctl[C_TRIG_COUNT] > 0
    assert run.machine.state.ctl[C_FRAM_WRITES] > 0


def test_the_vectorised_active_current_is_the_models():
    from energy import mcu_model
    from msp430emu.checkpoint.engine import _active_current

    rng = np.random.default_rng(7)
    for device in ("msp430fr5969", "msp430f2132"):
        m = mcu_model(device)
        for mclk in (1e6, 8e6, 16e6):
            vcc = rng.uniform(m.vcc_min, m.vcc_max, 200)
            expected = [m.load("active", mclk, v).current for v in vcc.tolist()]
            assert _active_current(m, mclk, vcc).tolist() == expected
