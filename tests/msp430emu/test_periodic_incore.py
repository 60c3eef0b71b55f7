"""periodic:N's saves inside the compiled core (cpu/ticks.py with ``ctl[C_TICK_SAVE]``, ``core_save`` with the
save program of ``CoreSaves.open_periodic``, ``Periodic.load_core/unload_core``) against the host path
(``incore.ENABLED`` = False, as MSP430EMU_HOST_SAVES=1 sets it): each save a core stop at the save's cycle
and ``Checkpointer.save`` on the host.

Whole runs of SDK apps on real RF traces (tests/data/traces), an RFID distance and constant sources, with
random capacitors, periods from 16 cycles to 200,000 and cycle limits (the run stops anywhere): every field
of the result (the energy ledger included, to the last bit: the host commits the energy model at each core
save's start, as the host save's V read does), the whole memory (FRAM), the registers, the core's counters
and the timeline rows are equal, and the core did make saves. Saves that would end near V_off (torn by the
host) stay on the host; so do saves with a checkpoint listener (the WAR detector) or a save fault injector.
"""

from __future__ import annotations

import random

import pytest
from incore_runs import ENERGIES, HAVE_TOOLS, assert_same_machine, elf, run_result

from msp430emu import RunConfig
from msp430emu.checkpoint import incore
from msp430emu.checkpoint.strategies import Periodic
from msp430emu.session import Run

pytestmark = pytest.mark.skipif(not HAVE_TOOLS, reason="needs clang-14 and ld.lld-14")


def _run(cfg: RunConfig, in_core: bool, monkeypatch) -> tuple[dict, Run]:
    monkeypatch.setattr(incore, "ENABLED", in_core)
    return run_result(cfg)


def _compare(cfg: RunConfig, monkeypatch) -> tuple[dict, dict, Run]:
    host, run_h = _run(cfg, False, monkeypatch)
    core, run_c = _run(cfg, True, monkeypatch)
    assert run_h.checkpointing.strategy.core_saves == 0
    assert_same_machine(run_h, run_c)
    assert host == core                                              # every field, floats to the bit
    return host, core, run_c


@pytest.mark.parametrize("energy", sorted(ENERGIES))
@pytest.mark.parametrize("period", [16, 20_000])
def test_periodic_runs_are_the_same_with_saves_in_the_core(energy, period, monkeypatch):
    cfg = RunConfig(firmware=elf(), capacitor="47u" if energy != "rfid4" else None,
                    preset="wisp4-mementos" if energy == "rfid4" else None,
                    harvester=ENERGIES[energy], strategy=f"periodic:{period}", max_time=100)
    _host, core, run = _compare(cfg, monkeypatch)
    strategy = run.checkpointing.strategy
    assert strategy.core_saves > 0 and core["checkpoints"] >= strategy.core_saves
    assert run.checkpointing.ckpt.core.saves == strategy.core_saves


@pytest.mark.parametrize("seed", range(10))
def test_random_periodic_runs_are_the_same_with_saves_in_the_core(seed, monkeypatch):
    """Random app, energy, capacitor, period (16 cycles, a save right after the last, to 200,000) and
    cycle limit."""
    rng = random.Random(4000 + seed)
    app = rng.choice(["crc", "sense", "ar", "bc", "cf"])
    energy = rng.choice(sorted(ENERGIES))
    period = rng.choice([16, 40, 997, 3_000, 20_000, 200_000])
    cfg = RunConfig(firmware=elf(app, 40), capacitor=rng.choice(["10u", "22u", "47u", "100u"]),
                    harvester=ENERGIES[energy], strategy=f"periodic:{period}", max_time=50,
                    max_cycles=rng.randrange(2_000_000, 40_000_000))
    _host, core, run = _compare(cfg, monkeypatch)
    if core["checkpoints"] > 2:
        assert run.checkpointing.strategy.core_saves > 0


def test_torn_saves_near_v_off_stay_on_the_host(monkeypatch):
    """A small capacitor on a weak source, a short period: saves end near V_off and the host tears some;
    the core makes the others."""
    cfg = RunConfig(firmware=elf(), capacitor="10u", harvester=ENERGIES["weak"], strategy="periodic:40",
                    max_time=20)
    _host, core, run = _compare(cfg, monkeypatch)
    strategy = run.checkpointing.strategy
    assert core["checkpoints_torn"] > 0
    assert 0 < strategy.core_saves < core["checkpoints"]


def test_with_a_timeline_the_same_rows(monkeypatch):
    cfg = RunConfig(firmware=elf(), capacitor="22u", harvester=ENERGIES["trace1"], strategy="periodic:997",
                    max_time=100, record_timeline=True)
    monkeypatch.setattr(incore, "ENABLED", False)
    host = Run(cfg).execute()
    monkeypatch.setattr(incore, "ENABLED", True)
    run = Run(cfg)
    core = run.execute()
    assert core.timeline == host.timeline and len(core.timeline) > 100
    assert run.checkpointing.strategy.core_saves > 0


def test_listeners_and_fault_injection_keep_saves_on_the_host(monkeypatch):
    cfg = RunConfig(firmware=elf(), capacitor="47u", harvester=ENERGIES["trace1"], strategy="periodic:997",
                    max_time=100, detect_war=True)
    result, run = _run(cfg, True, monkeypatch)
    assert result["checkpoints"] > 0 and run.checkpointing.strategy.core_saves == 0
    cfg = RunConfig(firmware=elf(), capacitor="47u", harvester=ENERGIES["trace1"], strategy="periodic:997",
                    max_time=100)
    run = Run(cfg)
    run.checkpointing.ckpt.save_fault = lambda nbytes, cycles: None
    assert run.execute().to_dict()["checkpoints"] > 0 and run.checkpointing.strategy.core_saves == 0


def test_continuous_power_saves_on_the_host(monkeypatch):
    """No energy model, no save program (incore.py): the host saves, as before."""
    cfg = RunConfig(firmware=elf(), strategy="periodic:5000")
    result, run = _run(cfg, True, monkeypatch)
    assert isinstance(run.checkpointing.strategy, Periodic)
    assert result["checkpoints"] > 0 and run.checkpointing.strategy.core_saves == 0
    assert run.machine.core_ticker is None


@pytest.mark.parametrize(("in_saves", "seed"), [(0.0, 1), (0.05, 2), (0.5, 3)])
def test_torture_reports_are_the_same_with_saves_in_the_core(in_saves, seed, monkeypatch):
    """A torture campaign under periodic (failures injected, saves cut by the injector: the core makes the
    saves before its next cut, ``CoreSaves.faults``): the whole report, every trial, with in-core saves on
    and off."""
    from msp430emu.campaigns.torture.campaign import run_campaign
    from msp430emu.campaigns.torture.plan import PlanSpec

    cfg = RunConfig(firmware=elf("crc", None), strategy="periodic:997")
    made = []
    unload = Periodic.unload_core

    def counting(self, machine):
        saves = self.core_saves
        unload(self, machine)
        made.append(self.core_saves - saves)

    monkeypatch.setattr(Periodic, "unload_core", counting)
    reports = []
    for in_core in (False, True):
        monkeypatch.setattr(incore, "ENABLED", in_core)
        trials: list[dict] = []
        spec = PlanSpec("random", failures=3, trials=3, seed=seed, in_saves=in_saves)
        d = run_campaign(cfg, spec, on_trial=lambda r, trials=trials: trials.append(r.to_dict())).to_dict()
        for part in (d, d["reference"], d["first_mismatch"] or {}, d["first_no_progress"] or {}, *trials):
            part.pop("wall_s", None)
        d.pop("trials_per_s")
        d["all"] = trials
        reports.append(d)
    assert reports[0] == reports[1]
    assert reports[1]["completed"] == 3 and reports[1]["checkpoints"] > 100
    assert sum(made) > reports[1]["checkpoints"] // 2          # (the host path's runs made none)
