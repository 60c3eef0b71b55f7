"""The run loop's shortcuts for the main job on harvested energy, against the paths they replace: whole runs
equal (every result field, the memory, the registers, the core's counters, every component's state, the
timeline), on random programs, traces, capacitors, strategies and cycle limits.

* ``machine.TRUST_QUIET_SOURCES``: no refresh of every peripheral's next event and of the interrupt state
  after an event source's event that touched no peripheral. The capacitor model (the end of a look-ahead
  window) and Hibernus (the end of a crossing walk) say so per event (``touches_peripherals``, read after
  each ``on_event``); a failure, a boot, a hibernation or a wake-up still refreshes.
* ``machine.FIRE_AFTER_JUMP``: while the CPU does not run (off, or held asleep by Hibernus), the event time
  jumps to is fired at once instead of on the loop's next turn.
"""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import numpy as np
import pytest
from machine_programs import build_app
from test_snapshots import same

from msp430emu import RunConfig
from msp430emu.machine import machine as machine_module
from msp430emu.session import Run

pytestmark = pytest.mark.skipif(not all(shutil.which(t) for t in ("clang-14", "ld.lld-14")),
                                reason="needs clang-14 and ld.lld-14")

TRACES = Path(__file__).resolve().parent.parent / "data" / "traces" / "mementos-rf"
ENERGIES = [f"trace:{TRACES / '1.txt'},time=clock,loop=yes", f"trace:{TRACES / '5.txt'},time=clock",
            f"trace:{TRACES / '3.txt'},time=clock,loop=yes", "power:1e-4"]
STRATEGIES = ["hibernus", "oracle", "none", "mementos-loop", "periodic:20000", "hibernus", "oracle"]


def _elf(app: str, iterations: int) -> str:
    return str(build_app(app, "-O2", extra_cflags=[f"-DITERATIONS={iterations}"] if app == "crc" else []))


def _full(run: Run) -> dict:
    """Every part of the run's snapshot, less the energy model's look-ahead plan (a cache recomputed from
    the state, whose buffers past the segments in use are uninitialised memory)."""
    snap = run.snapshot(sources=True)
    parts = {name: state for name, (_, state) in snap.parts.items()}
    if isinstance(parts.get("power"), dict):
        parts["power"] = {k: v for k, v in parts["power"].items() if k != "_plan"}
    return parts


def _run(cfg: RunConfig, shortcuts: bool, monkeypatch, full: bool) -> tuple[dict, dict | None, Run]:
    monkeypatch.setattr(machine_module, "TRUST_QUIET_SOURCES", shortcuts)
    monkeypatch.setattr(machine_module, "FIRE_AFTER_JUMP", shortcuts)
    run = Run(cfg)
    out = run.execute()
    result = out.to_dict()
    result.pop("wall_s", None)
    result["timeline"] = out.timeline
    return result, (_full(run) if full else None), run


@pytest.mark.parametrize("seed", range(10))
def test_whole_runs_are_the_same_with_the_loop_shortcuts(seed, monkeypatch):
    rng = random.Random(1500 + seed)
    strategy = STRATEGIES[seed % len(STRATEGIES)]
    timeline = seed % 3 == 2
    app = rng.choice(["crc", "sense", "ar", "bc", "cf"])
    cfg = RunConfig(firmware=_elf(app, rng.choice([40, 400])), capacitor=rng.choice(["10u", "22u", "47u"]),
                    harvester=rng.choice(ENERGIES), strategy=strategy, max_time=rng.choice([20, 60]),
                    max_cycles=rng.randrange(2_000_000, 30_000_000), record_timeline=timeline)
    old, old_full, run_o = _run(cfg, False, monkeypatch, not timeline)
    new, new_full, run_n = _run(cfg, True, monkeypatch, not timeline)
    assert old == new
    assert new["power_failures"] + new.get("checkpoints", 0) > 0       # the runs did cross thresholds
    if timeline:
        assert len(new["timeline"]) > 10
    so, sn = run_o.machine.state, run_n.machine.state
    for name in ("mem", "regs", "ctl", "attr"):
        assert np.array_equal(getattr(so, name), getattr(sn, name)), name
    if not timeline:
        assert same(old_full, new_full)
