"""mementos-timer's ticks fired inside the compiled core (msp430emu/cpu/ticks.py, ``MementosTimer.load_core``)
against the host path (``MSP430EMU_HOST_TICKS=1``, here ``strategies.CORE_TICKS`` = False): each tick a
core stop, ``on_event`` on the host.

Whole runs of SDK apps under mementos-timer on real RF traces (tests/data/traces), an RFID distance and
constant sources, with random capacitors, V_thresh, check costs, timer periods and cycle limits: every field
of the result (energy ledger included, to the last bit), the whole memory (FRAM), the registers and the
core's counters are equal, and the core did fire ticks and run flagged checks (those that end before the
predicted fall below V_thresh: ``strategies.CORE_CHECKS``; the host then commits the energy model at each
one's end, as its own check's V read does, so the ledger's floats are summed in the same grouping). The
same with the ticks alone in the core (CORE_CHECKS off). And Mementos whole runs with and without the fast
path (which charges the unarmed trigger checks itself): the same.
"""

from __future__ import annotations

import random

import numpy as np
import pytest
from incore_runs import CORE_SLOTS, ENERGIES, HAVE_TOOLS, assert_same_machine, elf, run_result

from msp430emu import RunConfig
from msp430emu.checkpoint import strategies
from msp430emu.cpu import ticks
from msp430emu.cpu.state import C_NO_FAST
from msp430emu.machine import timing
from msp430emu.session import Run

pytestmark = pytest.mark.skipif(not HAVE_TOOLS, reason="needs clang-14 and ld.lld-14")


def _run(cfg: RunConfig, in_core: bool, monkeypatch, checks: bool = True) -> tuple[dict, Run]:
    monkeypatch.setattr(strategies, "CORE_TICKS", in_core)
    monkeypatch.setattr(strategies, "CORE_CHECKS", checks)
    return run_result(cfg)


def _compare(cfg: RunConfig, monkeypatch, checks: bool = True) -> tuple[dict, dict, Run]:
    host, run_h = _run(cfg, False, monkeypatch)
    core, run_c = _run(cfg, True, monkeypatch, checks)
    assert run_h.checkpointing.strategy.core_ticks == 0
    assert_same_machine(run_h, run_c)
    return host, core, run_c


def test_the_kernel_uses_the_run_loops_tolerances():
    assert (ticks.EPS_T, ticks.EPS_REL) == (timing.EPS_T, timing.EPS_REL)


@pytest.mark.parametrize("energy", sorted(ENERGIES))
def test_timer_runs_are_the_same_with_ticks_in_the_core(energy, monkeypatch):
    cfg = RunConfig(firmware=elf(), capacitor="47u" if energy != "rfid4" else None,
                    preset="wisp4-mementos" if energy == "rfid4" else None,
                    harvester=ENERGIES[energy], strategy="mementos-timer", max_time=100)
    host, core, run = _compare(cfg, monkeypatch)
    assert host == core
    strategy = run.checkpointing.strategy
    assert strategy.core_ticks > 0 and core["timer_ticks"] >= strategy.core_ticks


@pytest.mark.parametrize("seed", range(10))
def test_random_timer_runs_are_the_same_with_ticks_in_the_core(seed, monkeypatch):
    """Random app, energy, capacitor, V_thresh, check cost, timer period (down to a tick right after the
    ISR's cycles) and cycle limit (the run stops anywhere)."""
    rng = random.Random(2000 + seed)
    app = rng.choice(["crc", "sense", "ar", "bc", "cf"])
    energy = rng.choice(sorted(ENERGIES))
    period = rng.choice([20_000, 20_000, 3_000, 997, 40, 16])   # (> TIMER_ISR_CYCLES: else the host raises)
    cfg = RunConfig(firmware=elf(app, 40), capacitor=rng.choice(["10u", "22u", "47u", "100u"]),
                    harvester=ENERGIES[energy], strategy=f"mementos-timer:{period}",
                    v_thresh=round(rng.uniform(2.0, 2.9), 3), check_cycles=rng.choice([None, 20, 647]),
                    max_time=50, max_cycles=rng.randrange(2_000_000, 40_000_000))
    host, core, run = _compare(cfg, monkeypatch)
    assert host == core
    assert run.checkpointing.strategy.core_ticks > 0


def test_continuous_power_ticks_in_the_core(monkeypatch):
    cfg = RunConfig(firmware=elf(), strategy="mementos-timer:5000")
    host, core, run = _compare(cfg, monkeypatch)
    assert host == core and run.checkpointing.strategy.core_ticks > 0


@pytest.mark.parametrize("energy", ["trace1", "weak", "strong"])
def test_ticks_alone_in_the_core(energy, monkeypatch):
    cfg = RunConfig(firmware=elf(), capacitor="47u", harvester=ENERGIES[energy], strategy="mementos-timer",
                    max_time=100)
    host, core, run = _compare(cfg, monkeypatch, checks=False)
    assert host == core
    strategy = run.checkpointing.strategy
    assert strategy.core_ticks > 0 and strategy.core_checks == 0


def test_the_core_runs_most_flagged_checks(monkeypatch):
    """On a real trace most flagged checks find V above V_thresh and run in the core."""
    cfg = RunConfig(firmware=elf("crc", 300), capacitor="47u", harvester=ENERGIES["trace1"],
                    strategy="mementos-timer", max_time=100)
    host, core, run = _compare(cfg, monkeypatch)
    assert host == core
    strategy = run.checkpointing.strategy
    assert strategy.core_checks > core["checks"] // 2 and core["checkpoints"] > 0


def test_with_a_timeline_the_same_rows(monkeypatch):
    """The energy model's rows (recorded at each commit): the host's checks and the core's replayed commits
    give the same rows."""
    cfg = RunConfig(firmware=elf(), capacitor="22u", harvester=ENERGIES["trace1"], strategy="mementos-timer",
                    max_time=100, record_timeline=True)
    monkeypatch.setattr(strategies, "CORE_TICKS", False)
    host = Run(cfg).execute()
    monkeypatch.setattr(strategies, "CORE_TICKS", True)
    run = Run(cfg)
    core = run.execute()
    assert core.timeline == host.timeline and len(core.timeline) > 100
    assert run.checkpointing.strategy.core_checks > 0


@pytest.mark.parametrize("seed", range(6))
def test_whole_runs_are_the_same_without_the_fast_path(seed, monkeypatch):
    """Mementos (loop, timer) whole runs with the fast path charging the unarmed checks and with the
    general path alone (``ctl[C_NO_FAST]``): the same result, memory, registers and counters."""
    rng = random.Random(3000 + seed)
    app = rng.choice(["crc", "sense", "ar", "bc", "cf"])
    cfg = RunConfig(firmware=elf(app, 30), capacitor=rng.choice(["10u", "22u", "47u"]),
                    harvester=ENERGIES[rng.choice(["trace1", "trace5", "weak", "strong"])],
                    strategy=rng.choice(["mementos-loop", "mementos-loop", "mementos-timer"]),
                    check_cycles=rng.choice([None, 20, 647]), max_time=50,
                    max_cycles=rng.randrange(1_000_000, 10_000_000))
    runs = []
    for no_fast in (0, 1):
        run = Run(cfg)
        run.machine.state.ctl[C_NO_FAST] = no_fast
        result = run.execute().to_dict()
        result.pop("wall_s", None)
        runs.append((result, run))
    (fast, run_f), (general, run_g) = runs
    assert fast == general
    sf, sg = run_f.machine.state, run_g.machine.state
    assert np.array_equal(sf.mem, sg.mem) and np.array_equal(sf.regs, sg.regs)
    assert int(sg.ctl[C_NO_FAST]) == 1 and fast["trigger_executions"] > 0
    sg.ctl[C_NO_FAST] = 0
    assert np.array_equal(sf.ctl[:CORE_SLOTS], sg.ctl[:CORE_SLOTS])
