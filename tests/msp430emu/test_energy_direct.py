"""The power bridge's per-event compiled walks called without their argument check
(``intermittent.DIRECT_KERNELS``, msp430emu/power/intermittent.py ``_Kernels``) against the checked kernels
energy/ exposes: the same outputs bit for bit on random looped traces (the powered window walk, the plan
scan, the partial step), and whole emulator runs equal with and without the direct calls (every result
field, the memory, the registers, the core's counters, the timeline). The powered walk's guessed segment
lookup (``energy.powered_walk._segment_after``) against the binary search it skips (``_segment``)."""

from __future__ import annotations

import math
import random
import shutil
from pathlib import Path

import numpy as np
import pytest
from machine_programs import build_app

from energy import powered_walk, walk
from energy.aot import LIBRARY
from msp430emu import RunConfig
from msp430emu.power import intermittent
from msp430emu.session import Run

TRACES = Path(__file__).resolve().parent.parent / "data" / "traces" / "mementos-rf"


@pytest.mark.parametrize("seed", range(3))
def test_the_guessed_segment_lookup_is_the_binary_search_s(seed):
    rng = random.Random(9000 + seed)
    for _ in range(300):
        n = rng.randrange(1, 40)
        steps = [rng.choice([1e-3, rng.uniform(1e-6, 1e-2)]) for _ in range(n)]
        times = np.concatenate(([0.0], np.cumsum(steps[:-1]))) if n > 1 else np.zeros(1)
        end = float(times[-1]) + steps[-1]
        loop = rng.random() < 0.8
        for _ in range(20):
            i = rng.randrange(n)
            t = rng.choice([float(times[i]), float(times[i]) + rng.uniform(0, steps[i]),
                            rng.uniform(0, 5 * end), float(times[i]) + end * rng.randrange(1, 4),
                            end * rng.randrange(0, 4)])
            for hint in (-1, 0, i, i + 1, n - 1, n, rng.randrange(-2, n + 2)):
                assert (powered_walk._segment_after(times, end, loop, t, hint)
                        == powered_walk._segment(times, end, loop, t)), (t, hint)


def test_the_powered_walk_declines_times_that_do_not_increase():
    from energy.capacitor import Source
    from energy.harvest.base import PiecewiseHarvester

    sources = [Source(power=1e-4) for _ in range(3)]
    walk = powered_walk.PoweredWalk.from_harvester
    assert walk(PiecewiseHarvester([0.0, 1e-3, 2e-3], sources, 1e-3)) is not None
    assert walk(PiecewiseHarvester([0.0, 2e-3, 1e-3], sources, 1e-3)) is None


def _kernels(direct: bool, monkeypatch) -> intermittent._Kernels:
    monkeypatch.setattr(intermittent, "DIRECT_KERNELS", direct)
    return intermittent._Kernels()


def _trace(rng: random.Random) -> tuple[np.ndarray, np.ndarray, float]:
    n = rng.randrange(3, 60)
    times = np.arange(n, dtype=np.float64) * 1e-3
    power = np.array([0.0 if rng.random() < 0.15 else 10 ** rng.uniform(-6, -2.5) for _ in range(n)])
    return times, power, n * 1e-3


def test_the_direct_calls_are_the_extension_s_functions(monkeypatch):
    k = _kernels(True, monkeypatch)
    if LIBRARY.load() is None:
        pytest.skip("the energy kernels' extension is not built (the direct calls fall back to energy/'s)")
    assert k.walk_powered is LIBRARY.function("energy.powered_walk", "walk_powered")
    assert k.scan is LIBRARY.function("energy.walk", "_scan")


@pytest.mark.parametrize("seed", range(4))
def test_direct_kernels_give_the_checked_kernels_outputs(seed, monkeypatch):
    rng = random.Random(9100 + seed)
    direct, checked = _kernels(True, monkeypatch), _kernels(False, monkeypatch)
    for _ in range(150):
        times, power, end = _trace(rng)
        c = rng.choice([4.7e-6, 10e-6, 47e-6, 100e-6])
        a = -rng.uniform(1e-5, 2e-3)
        v_max = rng.choice([3.6, math.inf])
        t0, v0 = rng.uniform(0.0, 3 * end), rng.uniform(1.7, 3.5)
        th = rng.choice([1.8, 0.0, v0])
        horizon = rng.choice([math.inf, t0 + rng.uniform(1e-3, 0.1)])
        n_max = rng.choice([5, 40, 256])
        outs = []
        for k in (direct, checked):
            out = np.full((4, n_max), np.nan)
            res = k.walk_powered(times, power, end, True, t0, v0, c, a, v_max, th, horizon, n_max,
                                 out[0], out[1], out[2], out[3])
            outs.append((res, out))
        (res_d, out_d), (res_c, out_c) = outs
        assert res_d == res_c
        n = res_d[0]
        assert np.array_equal(out_d[:, :n], out_c[:, :n])
        if n:
            level = rng.uniform(min(v0, out_d[1, n - 1]) - 0.05, max(v0, out_d[1, n - 1]) + 0.05)
            j = rng.randrange(n)
            t_j, v_j = (t0, v0) if j == 0 else (float(out_d[0, j - 1]), float(out_d[1, j - 1]))
            limit = rng.choice([math.inf, t_j + rng.uniform(0.0, 0.05)])
            args = (times, power, end, True, out_d[0], out_d[1], j, n, t_j, v_j, v_j, c, a, 0.0, v_max, level,
                    limit)
            assert direct.scan(*args) == checked.scan(*args)
        target = t0 + rng.uniform(0.0, 2e-3)
        args = (times, power, end, True, t0, target, v0, c, a, 0.0, v_max, -a, math.inf, 0.0, math.inf,
                1.0, 2.0, 0.0, 0.0, 5.0)
        assert direct.advance_free(*args) == checked.advance_free(*args)


def _run(cfg: RunConfig, direct: bool, monkeypatch) -> tuple[dict, Run]:
    monkeypatch.setattr(intermittent, "DIRECT_KERNELS", direct)
    run = Run(cfg)
    out = run.execute()
    result = out.to_dict()
    result.pop("wall_s", None)
    result["timeline"] = out.timeline
    return result, run


@pytest.mark.skipif(not all(shutil.which(t) for t in ("clang-14", "ld.lld-14")),
                    reason="needs clang-14 and ld.lld-14")
@pytest.mark.parametrize("seed", range(5))
def test_whole_runs_are_the_same_with_the_direct_kernels(seed, monkeypatch):
    rng = random.Random(9200 + seed)
    strategy = ["hibernus", "mementos-loop", "oracle", "mementos-timer", "periodic:20000"][seed]
    app = rng.choice(["crc", "sense", "ar", "bc"])
    elf = build_app(app, "-O2", extra_cflags=["-DITERATIONS=400"] if app == "crc" else [])
    energy = rng.choice([f"trace:{TRACES / '1.txt'},time=clock,loop=yes",
                         f"trace:{TRACES / '3.txt'},time=clock,loop=yes",
                         f"trace:{TRACES / '5.txt'},time=clock"])
    cfg = RunConfig(firmware=str(elf), capacitor=rng.choice(["10u", "22u", "47u"]), harvester=energy,
                    strategy=strategy, max_time=rng.choice([20, 60]),
                    max_cycles=rng.randrange(5_000_000, 30_000_000), record_timeline=seed == 4)
    old, run_o = _run(cfg, False, monkeypatch)
    new, run_n = _run(cfg, True, monkeypatch)
    assert old == new
    assert new["power_failures"] + new.get("checkpoints", 0) > 0       # the runs did cross thresholds
    so, sn = run_o.machine.state, run_n.machine.state
    for name in ("mem", "regs", "ctl", "attr"):
        assert np.array_equal(getattr(so, name), getattr(sn, name)), name


def test_the_checked_fallbacks_are_energy_s_kernels(monkeypatch):
    k = _kernels(False, monkeypatch)
    times, power = np.array([0.0, 1e-3]), np.array([1e-3, 1e-4])
    out = np.empty((4, 3))
    assert k.walk_powered(times, power, 2e-3, True, 0.0, 2.0, 1e-5, -1e-4, 3.6, 1.8, math.inf, 3,
                          out[0], out[1], out[2], out[3]) == (3, powered_walk.STOP_COUNT)
    args = (times, power, 2e-3, True, out[0], out[1], 0, 3, 0.0, 2.0, 2.0, 1e-5, -1e-4, 0.0, 3.6, 1.0,
            math.inf)
    assert k.scan(*args) == walk._scan(*args)
