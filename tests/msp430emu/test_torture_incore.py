"""torture's fast paths (msp430emu/campaigns/torture/campaign.py, ``Torture.fast``): the trials' in-core saves
book no energy, and with saves cut (``--in-saves``) the core makes the saves before the injector's next cut
(found by looking ahead on a copy of its random stream) instead of every save going through the host. The
whole campaign report (every trial: outcome, exit, instructions, injections, cuts, power failures,
checkpoints, restores) equals the old path's (``MSP430EMU_TORTURE_SLOW=1``: ``fast`` off), over seeds,
strategies, cut probabilities, prefix states and programs."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from machine_programs import build_app

from msp430emu.campaigns.torture import campaign as torture_campaign
from msp430emu.campaigns.torture import prefix
from msp430emu.campaigns.torture.campaign import UNLIMITED, Injector, prepare_campaign, run_campaign
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
    """Prefix states recorded whatever they cost (which exist would otherwise depend on the machine's
    speed): trials restored from states recorded by trials with other random streams."""
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


def report(monkeypatch, cfg: RunConfig, spec: PlanSpec, fast: bool) -> dict:
    """The campaign's whole report with every trial, wall times left out."""
    monkeypatch.setattr(torture_campaign, "FAST", fast)
    trials: list[dict] = []
    d = run_campaign(cfg, spec, on_trial=lambda r: trials.append(r.to_dict())).to_dict()
    for part in (d, d["reference"], d["first_mismatch"] or {}, d["first_no_progress"] or {}, *trials):
        part.pop("wall_s", None)
    d.pop("trials_per_s")
    d["all"] = trials
    return d


def same_reports(monkeypatch, cfg: RunConfig, spec: PlanSpec) -> dict:
    fast = report(monkeypatch, cfg, spec, True)
    slow = report(monkeypatch, cfg, spec, False)
    assert fast == slow
    return fast


@pytest.mark.parametrize(("strategy", "in_saves", "seed"), [
    ("mementos-loop", 0.0, 1), ("mementos-loop", 0.001, 2), ("mementos-loop", 0.01, 3),
    ("mementos-loop", 0.3, 4), ("mementos-loop", 1.0, 5), ("mementos-return", 0.05, 6),
    ("hibernus", 0.05, 7), ("periodic:5000", 0.02, 8), ("mementos-timer", 0.05, 9), ("oracle", 0.1, 10),
    ("none", 0.0, 11)])
def test_fast_campaign_report_equals_the_old_paths(monkeypatch, crc, strategy, in_saves, seed):
    cfg = RunConfig(firmware=crc, strategy=strategy)
    d = same_reports(monkeypatch, cfg, PlanSpec("random", failures=3, trials=3, seed=seed, in_saves=in_saves))
    assert d["completed"] == 3 and d["mismatches"] == 0
    if strategy == "mementos-loop" and in_saves:
        assert d["save_faults_injected"] > 0 and d["checkpoints"] > 1000


@pytest.mark.parametrize("seed", range(20, 26))
def test_more_seeds_with_saves_cut_under_mementos_loop(monkeypatch, crc, seed):
    """Cuts at random probabilities, one to four failures a trial (the budget of cuts follows), some trials
    with no failure point at all."""
    rng = np.random.default_rng(seed)
    failures = int(rng.integers(0, 5))
    in_saves = float(10 ** rng.uniform(-3.5, 0))
    cfg = RunConfig(firmware=crc, strategy="mementos-loop")
    d = same_reports(monkeypatch, cfg, PlanSpec("random", failures=failures, trials=3, seed=seed,
                                                in_saves=in_saves))
    assert d["save_faults_injected"] > 0


def test_every_instruction_of_a_tiny_program_where_every_check_saves(monkeypatch, tiny):
    """V_thresh above V_on: every loop check saves; one trial per instruction, cuts at most saves."""
    for in_saves in (0.0, 0.2, 1.0):
        cfg = RunConfig(firmware=tiny, strategy="mementos-loop", v_thresh=3.5)
        d = same_reports(monkeypatch, cfg, PlanSpec("every", in_saves=in_saves))
        assert d["trials"] > 100
        assert (d["save_faults_injected"] > 0) == (in_saves > 0)


def test_the_fast_path_saves_in_the_core_with_saves_cut(crc):
    """The fast path is taken: with cuts, most saves are the core's, and the cut ones the host's."""
    torture = prepare_campaign(RunConfig(firmware=crc, strategy="mementos-loop"))
    assert torture.fast
    plan = TrialPlan(0, (), in_saves=0.002, save_faults=2)
    result = torture.run_trial(plan, 3)
    core = torture.shared_run.run.checkpointing.ckpt.core
    assert len(result.save_faults) == 2 and result.outcome == "ok"
    assert core.saves > 0.9 * result.checkpoints > 1000
    assert core.faults is None and core.book_energy          # the injector detached


class _Stub:
    """What an Injector needs of a machine and a checkpointing to be built (no run)."""

    def __init__(self) -> None:
        from msp430emu.cpu.state import CTL_SIZE

        self.state = type("S", (), {"ctl": np.zeros(CTL_SIZE, dtype=np.int64)})()
        self.on_insn_limit = type("H", (), {"add": staticmethod(lambda f: None)})()
        self.ckpt = type("K", (), {"save_fault": None, "core": None})()


@pytest.mark.parametrize("p", [0.001, 0.05, 0.5, 1.0])
def test_passes_and_passed_draw_as_the_host_calls_do(p):
    """passes() is the number of draws before the next one below p; passed(n) leaves the stream where n
    host draws leave it; after a cut the look-ahead starts again; once the budget is spent, no draw."""
    stub = _Stub()
    plan = TrialPlan(7, (), in_saves=p, save_faults=3)
    injector = Injector(plan, 5, stub, None, stub, fast=True)
    host = plan.rng(5)                                   # the stream drawn one save at a time
    for _ in range(3):
        n = injector.passes()
        assert all(host.random() >= p for _ in range(n))
        injector.passed(n // 2)
        assert injector.passes() == n - n // 2
        injector.passed(n - n // 2)
        assert injector.passes() == 0
        assert injector.rng.bit_generator.state == host.bit_generator.state
        assert host.random() < p and injector.rng.random() < p        # the cut, drawn on the host
        assert host.integers(0, 100) == injector.rng.integers(0, 100)
        injector.save_faults.append([0, 100])
        injector._passes = None
        injector.draws += 1
    assert injector.passes() == UNLIMITED
    state = injector.rng.bit_generator.state
    injector.passed(1000)
    assert injector.rng.bit_generator.state == state


def test_the_environment_switch_turns_the_fast_paths_off():
    """MSP430EMU_TORTURE_SLOW=1 (read at import): campaigns built then take the old path."""
    root = Path(__file__).resolve().parents[2]
    code = ("from msp430emu.campaigns.torture import campaign as c; "
            "print(c.FAST, c.Torture.__dataclass_fields__['fast'].default_factory())")
    for value, expected in (("1", "False False"), ("", "True True")):
        env = dict(os.environ, PYTHONPATH=str(root), MSP430EMU_TORTURE_SLOW=value)
        out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                             check=True)
        assert out.stdout.split() == expected.split()
