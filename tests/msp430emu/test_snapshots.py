"""Versioned snapshots of every component of a run: restoring one and running on gives exactly the run
that was never interrupted, under harvested energy and every strategy (power, progress monitor,
checkpointer and strategy state included); a snapshot of another version is refused."""

from __future__ import annotations

import shutil

import numpy as np
import pytest
from firmware_build import build_app

from msp430emu import ConfigError, Run, RunConfig
from msp430emu.machine.snapshot import MACHINE_VERSIONS, Snapshot, take

pytestmark = pytest.mark.skipif(not shutil.which("clang-14"), reason="needs clang-14")
ENERGY = dict(preset="wisp4-mementos", harvester="rfid:4", max_time=30)


@pytest.fixture(scope="module")
def crc() -> str:
    return str(build_app("crc", "-O2"))


def same(a, b) -> bool:
    """Structural equality of two snapshot states (arrays by value, objects by their attributes)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, np.ndarray):
        return a.shape == b.shape and bool(np.array_equal(a, b, equal_nan=a.dtype.kind == "f"))
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    if isinstance(a, (list, tuple)):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, float) and a != a:
        return b != b
    if hasattr(a, "__dict__") and not callable(a):
        return same(vars(a), vars(b))
    if hasattr(a, "__slots__"):
        return all(same(getattr(a, s, None), getattr(b, s, None)) for s in a.__slots__)
    return a == b if not callable(a) else True


def outcome(run: Run, result) -> dict:
    d = run.finish(result).to_dict()
    d.pop("wall_s")
    return d


@pytest.mark.parametrize("strategy", ["none", "mementos-loop", "mementos-timer", "hibernus", "oracle",
                                      "periodic:20000"])
@pytest.mark.parametrize("split", [50_000, 300_000])
def test_restore_then_run_on_equals_the_uninterrupted_run(crc, strategy, split):
    cfg = RunConfig(firmware=crc, strategy=strategy, **ENERGY)
    reference = Run(cfg)
    expected = outcome(reference, reference.machine.run(max_cycles=cfg.max_cycles))

    run = Run(cfg)
    first = run.machine.run(max_cycles=split)
    assert first.exit == "max-cycles"
    snap = run.snapshot()
    run.machine.run(max_cycles=split // 2)              # wander off: state changes everywhere
    run.restore(snap)
    assert outcome(run, run.machine.run(max_cycles=cfg.max_cycles - first.cycles)) == expected


def test_every_part_is_versioned_and_each_peripheral_is_its_own_part(crc):
    run = Run(RunConfig(firmware=crc, strategy="mementos-loop", **ENERGY))
    snap = run.snapshot()
    names = [f"peripheral:{i}:{p.name}" for i, p in enumerate(run.machine.peripherals)]
    assert set(names) | {"cpu", "host", "clocks", "irq", "power", "progress",
                                                 "checkpoint", "strategy"} == set(snap.parts)
    assert all(isinstance(v, int) and v >= 1 for v in snap.versions().values())
    assert "suspended" in snap.parts["host"][1]


def test_each_component_round_trips(crc):
    run = Run(RunConfig(firmware=crc, strategy="hibernus", **ENERGY))
    run.machine.run(max_cycles=300_000)
    snap = run.snapshot()
    run.machine.run(max_cycles=200_000)
    run.restore(snap)
    again = run.snapshot()
    for name, (version, state) in snap.parts.items():
        other_version, other = again.parts[name]
        assert version == other_version
        if name == "cpu":
            for arr in ("mem", "attr", "regs", "ctl"):
                assert np.array_equal(getattr(state, arr), getattr(other, arr)), arr
        else:
            assert same(state, other), name


def test_another_version_or_a_missing_part_is_refused_and_changes_nothing(crc):
    run = Run(RunConfig(firmware=crc, strategy="oracle", **ENERGY))
    snap = run.snapshot()
    run.machine.run(max_cycles=100_000)
    before = run.machine.state.copy()
    old = Snapshot(dict(snap.parts))
    old.parts["host"] = (MACHINE_VERSIONS["host"] - 1, snap.parts["host"][1])
    with pytest.raises(ConfigError, match="'host' part is version 1; this build reads version 2"):
        run.restore(old)
    with pytest.raises(ConfigError, match="no 'power' part"):
        run.restore(take(run.machine))
    assert np.array_equal(run.machine.state.mem, before.mem) and np.array_equal(run.machine.state.regs,
                                                                                  before.regs)


def test_a_run_with_a_recorder_is_refused(crc, tmp_path):
    run = Run(RunConfig(firmware=crc, detect_war=True, **ENERGY))
    with pytest.raises(ConfigError, match="not supported"):
        run.snapshot()
