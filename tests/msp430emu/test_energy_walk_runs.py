"""Whole runs with the compiled exact walks of energy/walk.py against the same runs on the Python walk
(``TraceWalk.from_harvester`` disabled): every strategy, real RF traces (looped or not), constant sources,
random capacitors and start voltages, and injected failures (torture) - the results must be identical,
JSON field for field and timeline row for row."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from firmware_build import build_app
from hypothesis import given, settings
from hypothesis import strategies as st

from energy.walk import TraceWalk
from msp430emu import PlanSpec, RunConfig, run_campaign, simulate

pytestmark = pytest.mark.skipif(not shutil.which("clang-14"), reason="needs clang-14")
TRACES = Path(__file__).resolve().parent.parent / "data" / "traces" / "mementos-rf"
STRATEGIES = ["none", "oracle", "mementos-loop", "mementos-timer", "hibernus", "periodic:20000"]


@pytest.fixture(scope="module")
def crc() -> str:
    return str(build_app("crc", "-O2"))


def both(fn):
    """(fn() on the compiled walks, fn() on the Python walk)."""
    compiled = fn()
    with pytest.MonkeyPatch.context() as m:
        m.setattr(TraceWalk, "from_harvester", classmethod(lambda cls, harvester: None))
        python = fn()
    return compiled, python


def timeless(value):
    """``value`` without its host timings (wall_s, trials_per_s), at any depth."""
    if isinstance(value, dict):
        return {k: timeless(v) for k, v in value.items() if k not in ("wall_s", "trials_per_s")}
    if isinstance(value, list):
        return [timeless(v) for v in value]
    return value


def result(cfg: RunConfig) -> dict:
    out = simulate(cfg).to_dict()
    out.pop("wall_s", None)
    return out


@settings(max_examples=12, deadline=None)
@given(st.sampled_from(STRATEGIES), st.sampled_from(["1.txt", "3.txt", "5.txt"]), st.booleans(),
       st.sampled_from([4.7e-6, 10e-6, 47e-6]), st.floats(1.9, 3.5))
def test_runs_on_real_traces_are_identical(crc, strategy, trace, loop, cap, v_start):
    harvest = f"trace:{TRACES / trace},time=clock" + (",loop=yes" if loop else "")
    cfg = RunConfig(firmware=crc, capacitor=cap, v_start=v_start, harvester=harvest, strategy=strategy,
                    max_time=60)
    compiled, python = both(lambda: result(cfg))
    assert compiled == python


@pytest.mark.parametrize("harvest", ["power:150u", "none"])
@pytest.mark.parametrize("strategy", ["mementos-loop", "hibernus"])
def test_runs_on_constant_sources_are_identical(crc, tmp_path, harvest, strategy):
    def run() -> tuple[dict, str]:
        timeline = tmp_path / "t.csv"
        cfg = RunConfig(firmware=crc, preset="wisp4-mementos", v_start=3.5, harvester=harvest,
                        strategy=strategy, max_time=100, timeline=timeline)
        return result(cfg), timeline.read_text()
    compiled, python = both(run)
    assert compiled == python


def test_torture_campaigns_are_identical(monkeypatch, crc):
    cfg = RunConfig(firmware=crc, strategy="mementos-loop", preset="wisp4-mementos",
                    harvester=f"trace:{TRACES / '1.txt'},time=clock,loop=yes", max_time=60)

    def campaign() -> dict:
        return timeless(run_campaign(cfg, PlanSpec("random", failures=3, trials=3, seed=7)).to_dict())
    compiled, python = both(campaign)
    assert compiled == python
