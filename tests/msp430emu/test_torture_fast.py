"""torture's shared run (msp430emu/campaigns/torture/prefix.py): trials restored from the campaign's one run,
starting at the newest failure-free prefix state before their first failure, equal trials built afresh
(``Torture.shared = False``, the path before it): same outcomes, exits, instruction counts, injections,
saves cut, power failures, checkpoints and restores, on random failure points, under every strategy, with
saves cut inside, with trials that hit ``--max-time`` among them, on real harvesters whose failure-free run
fails by itself, and over every instruction of a tiny program with a prefix state every few
instructions."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest
from machine_programs import build_app

from msp430emu.campaigns.torture import prefix
from msp430emu.campaigns.torture.campaign import prepare_campaign
from msp430emu.campaigns.torture.plan import PlanSpec, TrialPlan
from msp430emu.config import RunConfig
from msp430emu.toolchain import sdk

HAVE_TOOLS = all(shutil.which(t) for t in ("clang-14", "ld.lld-14"))
pytestmark = pytest.mark.skipif(not HAVE_TOOLS, reason="needs clang-14 and ld.lld-14")

TINY_C = """#include "sdk.h"
static uint16_t acc[4];
volatile uint16_t result;
int main(void) {
    for (uint16_t i = 0; i < 24; i++)
        acc[i & 3] += (uint16_t)(i * 3 + 1);
    result = acc[0] ^ (acc[1] << 1) ^ (acc[2] << 2) ^ (acc[3] << 3);
    return result;
}
"""


@pytest.fixture(autouse=True)
def record_every_prefix_state(monkeypatch):
    """Prefix states recorded whatever they cost (the campaign's CPU budget for them would make which
    states exist depend on the machine's speed; results never do)."""
    monkeypatch.setattr(prefix, "RECORD_SHARE", float("inf"))


@pytest.fixture(scope="module")
def crc() -> str:
    return str(build_app("crc", "-O2"))


@pytest.fixture(scope="module")
def tiny(tmp_path_factory) -> str:
    folder = tmp_path_factory.mktemp("tiny")
    source = folder / "tiny.c"
    source.write_text(TINY_C)
    return str(sdk.build([source], folder / "tiny.elf", opt="-O2"))


def both_paths(cfg: RunConfig, plans: list[TrialPlan], seed: int) -> tuple[list[dict], list[dict], object]:
    """The trials on the shared run and afresh (every figure but the wall time), and the shared run."""
    out = []
    for shared in (True, False):
        torture = prepare_campaign(cfg)
        torture.shared = shared
        results = [torture.run_trial(plan, seed).to_dict() for plan in plans]
        for r in results:
            r.pop("wall_s")
        out.append((results, torture.shared_run))
    (fast, shared_run), (fresh, unused) = out
    assert unused is None
    return fast, fresh, shared_run


def random_plans(reference_insns: int, seed: int, trials: int, failures: int, in_saves: float = 0.0):
    return list(PlanSpec("random", failures=failures, trials=trials, seed=seed, in_saves=in_saves)
                .plans(reference_insns))


@pytest.mark.parametrize(("strategy", "trials", "seed"), [
    ("mementos-loop", 3, 11), ("hibernus", 8, 12), ("oracle", 8, 13), ("periodic:5000", 6, 14),
    ("mementos-timer", 6, 15), ("none", 8, 16), ("mementos-return", 6, 17)])
def test_shared_trials_equal_fresh_trials_on_random_failures(crc, strategy, trials, seed):
    cfg = RunConfig(firmware=crc, strategy=strategy)
    insns = prepare_campaign(cfg).reference.instructions
    plans = random_plans(insns, seed, trials, 3)
    fast, fresh, shared = both_paths(cfg, plans, seed)
    assert fast == fresh
    assert all(r["outcome"] == "ok" for r in fast)
    assert shared.restores == trials and len(shared.prefix) > 1 and shared.skipped > 0


def test_a_failure_next_to_a_prefix_state(crc):
    """Failures one instruction after, at, and one before recorded prefix states (the trial restored at
    an index just below its failure, or the one before)."""
    cfg = RunConfig(firmware=crc, strategy="periodic:5000")
    torture = prepare_campaign(cfg)
    torture.run_trial(TrialPlan(0, (250_000,)), 0)             # records prefix states up to 250,000
    indices = [p.index for p in torture.shared_run.prefix[1:4]]
    assert len(indices) == 3
    plans = [TrialPlan(n, (i + d, i + d + 7_000)) for n, (i, d) in enumerate(
        (i, d) for i in indices for d in (-1, 0, 1))]
    fast, fresh, _ = both_paths(cfg, [TrialPlan(99, (250_000,)), *plans], 0)
    assert fast == fresh


@pytest.mark.parametrize("strategy", ["periodic:5000", "mementos-timer", "hibernus"])
def test_shared_trials_equal_fresh_trials_with_saves_cut(crc, strategy):
    """Saves cut inside (--in-saves): a prefix state is used only if the trial's own draws up to it would
    not have cut a save; the trial's random stream then continues where the prefix left it."""
    cfg = RunConfig(firmware=crc, strategy=strategy)
    insns = prepare_campaign(cfg).reference.instructions
    plans = random_plans(insns, 21, 8, 2, in_saves=0.02)
    fast, fresh, shared = both_paths(cfg, plans, 21)
    assert fast == fresh
    assert sum(len(r["save_faults"]) for r in fast) > 0
    assert any(p.draws > 0 for p in shared.prefix)


def test_only_saves_cut_and_no_failure_points(crc):
    cfg = RunConfig(firmware=crc, strategy="periodic:5000")
    insns = prepare_campaign(cfg).reference.instructions
    plans = random_plans(insns, 5, 6, 0, in_saves=0.05)
    fast, fresh, _ = both_paths(cfg, plans, 5)
    assert fast == fresh and sum(len(r["save_faults"]) for r in fast) > 0


def test_trials_that_reach_max_time_do_not_change_the_next_ones(crc):
    """The --max-time deadline is part of the restored state: after a trial that reached it, the next
    trials reach it again exactly where fresh ones do."""
    cfg = RunConfig(firmware=crc, strategy="none", max_time=0.45)
    insns = prepare_campaign(cfg).reference.instructions
    plans = random_plans(insns, 3, 10, 1)
    fast, fresh, _ = both_paths(cfg, plans, 3)
    assert fast == fresh
    outcomes = {r["outcome"] for r in fast}
    assert outcomes == {"ok", "no-progress"}, outcomes
    assert any("max-time" in r["message"] or "device-time" in r["message"] for r in fast)


def test_every_instruction_of_a_tiny_program_with_dense_prefix_states(tiny, monkeypatch):
    monkeypatch.setattr(prefix, "MIN_SPACING", 1)
    monkeypatch.setattr(prefix, "SNAPSHOTS", 40)
    for strategy, extra in (("mementos-loop", {"v_thresh": 3.5}), ("oracle", {}), ("periodic:150", {})):
        cfg = RunConfig(firmware=tiny, strategy=strategy, **extra)
        insns = prepare_campaign(cfg).reference.instructions
        rng = np.random.default_rng(7)
        plans = [TrialPlan(n, tuple(sorted(set(int(i) for i in rng.integers(0, insns, size=k)))))
                 for n, k in enumerate(rng.integers(1, 4, size=60))]
        fast, fresh, shared = both_paths(cfg, plans, 0)
        assert fast == fresh, strategy
        assert len(shared.prefix) > 10


def test_a_run_that_cannot_be_snapshotted_builds_each_trial(crc, tmp_path):
    """An API caller's config with a recorder (a VCD): snapshots would not restore it, so the campaign
    falls back to a run per trial (the same trials as asking for that)."""
    cfg = RunConfig(firmware=crc, strategy="oracle", vcd=str(tmp_path / "run.vcd"))
    torture = prepare_campaign(cfg)
    plans = random_plans(torture.reference.instructions, 2, 3, 2)
    results = [torture.run_trial(plan, 2).to_dict() for plan in plans]
    assert torture.shared is False and torture.shared_run is None
    fresh = prepare_campaign(cfg)
    fresh.shared = False
    expected = [fresh.run_trial(plan, 2).to_dict() for plan in plans]
    for r in (*results, *expected):
        r.pop("wall_s")
    assert results == expected and all(r["outcome"] == "ok" for r in results)


def test_a_recording_budget_of_nothing_records_one_state_and_changes_nothing(crc, monkeypatch):
    monkeypatch.setattr(prefix, "RECORD_SHARE", 0.0)
    cfg = RunConfig(firmware=crc, strategy="mementos-timer")
    insns = prepare_campaign(cfg).reference.instructions
    plans = random_plans(insns, 8, 6, 2)
    fast, fresh, shared = both_paths(cfg, plans, 8)
    assert fast == fresh
    assert len(shared.prefix) == 2            # the reset's and the first (taken while nothing was spent)


TRACE = Path(__file__).resolve().parents[1] / "data" / "traces" / "mementos-rf" / "1.txt"


@pytest.mark.parametrize("harvester", ["rfid:5", f"trace:{TRACE}"])
@pytest.mark.parametrize("strategy", ["oracle", "mementos-timer", "none"])
def test_shared_trials_equal_fresh_trials_with_failures_of_their_own(crc, harvester, strategy):
    """A real harvester: the failure-free run fails by itself (prefix states after its own failures and
    restores, a trace harvester's position in its samples), and trials that cannot end (none at rfid:5)."""
    cfg = RunConfig(firmware=crc, strategy=strategy, preset="wisp4-mementos", harvester=harvester)
    insns = prepare_campaign(cfg).reference.instructions
    plans = random_plans(insns, 4, 4, 2)
    fast, fresh, shared = both_paths(cfg, plans, 4)
    assert fast == fresh
    assert sum(r["power_failures"] for r in fast) > sum(len(r["injected"]) for r in fast)   # their own
    assert shared.skipped > 0


def test_trials_that_reach_the_cycle_limit(crc):
    """A trial restored at a prefix state runs with the rest of the cycle budget; it stops where a fresh
    one does and reports the campaign's limit."""
    cfg = RunConfig(firmware=crc, strategy="none")
    torture = prepare_campaign(cfg)
    limit = torture.reference.cycles * 6 // 5
    plans = random_plans(torture.reference.instructions, 9, 10, 1)
    out = []
    for shared in (True, False):
        t = prepare_campaign(cfg, max_cycles=limit)
        t.shared = shared
        out.append([{k: v for k, v in t.run_trial(plan, 9).to_dict().items() if k != "wall_s"}
                    for plan in plans])
    fast, fresh = out
    assert fast == fresh
    stopped = [r for r in fast if r["exit"] == "max-cycles"]
    assert stopped and len(stopped) < len(fast)
    assert all(f"({limit:,} cycles)" in r["message"] for r in stopped)
