"""Host-side shortcuts of the checkpointed main job against the paths they replace, whole runs equal.

A checkpoint restore's peripheral registers written back in one batch (``Machine.write_registers``)
against the per-register path it replaces (one ``Machine.write_register`` each, ``engine.BATCH_RESTORES``
off): the same machine state.

* One restore: runs stopped at random cycles with a valid checkpoint in FRAM, whose saved peripheral block is
  overwritten with random words (timers running or stopped, interrupt enables and flags, a watchdog
  password violation's reset among them); the restore is done both ways from the same snapshot and the full
  snapshots after it (memory, registers, counters, every peripheral's attributes, the interrupt controller's
  state, the checkpointer's and the strategy's) are equal.
* Whole runs with the switch on and off (apps, strategies, energies, capacitors and cycle limits at random):
  every field of the result, the memory, the registers and the core's counters equal (no tolerance: the
  two paths do the same arithmetic).
* Strategy events that touch no peripheral (Mementos-timer's ticks, ``touches_peripherals = False``) with
  and without the loop's refresh of every peripheral's next event and the interrupt state after them
  (``machine.TRUST_QUIET_SOURCES``): the same whole runs.
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
from msp430emu.checkpoint import engine
from msp430emu.checkpoint.bundle import find_latest_valid
from msp430emu.machine import machine as machine_module
from msp430emu.session import Run

pytestmark = pytest.mark.skipif(not all(shutil.which(t) for t in ("clang-14", "ld.lld-14")),
                                reason="needs clang-14 and ld.lld-14")

TRACES = Path(__file__).resolve().parent.parent / "data" / "traces" / "mementos-rf"
ENERGIES = [f"trace:{TRACES / '1.txt'},time=clock,loop=yes", f"trace:{TRACES / '5.txt'},time=clock",
            "power:1e-4"]


def _elf(app: str, iterations: int = 40) -> str:
    return str(build_app(app, "-O2", extra_cflags=[f"-DITERATIONS={iterations}"] if app == "crc" else []))


def _full(run: Run):
    """Every part of the run's snapshot, less the energy model's look-ahead plan (a cache recomputed from
    the state, whose buffers past the segments in use are uninitialised memory)."""
    snap = run.snapshot(sources=True)
    parts = {name: state for name, (_, state) in snap.parts.items()}
    if isinstance(parts.get("power"), dict):
        parts["power"] = {k: v for k, v in parts["power"].items() if k != "_plan"}
    return parts


@pytest.mark.parametrize("seed", range(6))
def test_one_restore_leaves_the_same_state(seed, monkeypatch):
    rng = random.Random(seed)
    cfg = RunConfig(firmware=_elf(rng.choice(["crc", "sense", "ar"])), capacitor="47u",
                    harvester=ENERGIES[0], strategy="mementos-loop", max_time=100)
    run = Run(cfg)
    ckpt = run.checkpointing.ckpt
    layout = ckpt.layout
    cycles = rng.randrange(200_000, 2_000_000)
    while find_latest_valid(run.machine.state.mem, layout) is None:
        assert run.machine.run(max_cycles=cycles).exit == "max-cycles"
        cycles *= 2
    slot = find_latest_valid(run.machine.state.mem, layout)
    n = len(layout.periph.addresses)
    assert n > 0
    at = slot.addr + layout.off_periph + 6
    tried = 0
    for trial in range(8):
        mem = run.machine.state.mem
        if trial:           # trial 0: the block as saved; then random words in some or all of its registers
            for i in rng.sample(range(n), rng.randrange(1, n + 1)):
                mem[at + 2 * i] = rng.randrange(256)
                mem[at + 2 * i + 1] = rng.randrange(256)
        before = run.snapshot(sources=True)
        outcomes = []
        for batch in (False, True):
            run.restore(before, sources=True)
            monkeypatch.setattr(engine, "BATCH_RESTORES", batch)
            ckpt._restore(run.machine.now())
            outcomes.append(_full(run))
        assert same(outcomes[0], outcomes[1]), (seed, trial)
        tried += ckpt.restores > 0
    assert tried


def _run(cfg: RunConfig, batch: bool, monkeypatch) -> tuple[dict, Run]:
    monkeypatch.setattr(engine, "BATCH_RESTORES", batch)
    run = Run(cfg)
    result = run.execute().to_dict()
    result.pop("wall_s", None)
    return result, run


@pytest.mark.parametrize("seed", range(8))
def test_whole_runs_are_the_same_with_batched_restores(seed, monkeypatch):
    rng = random.Random(500 + seed)
    strategy = ["mementos-loop", "mementos-timer", "hibernus", "oracle"][seed % 4]
    cfg = RunConfig(firmware=_elf(rng.choice(["crc", "sense", "ar", "bc", "cf"])),
                    capacitor=rng.choice(["10u", "22u", "47u"]), harvester=rng.choice(ENERGIES),
                    strategy=strategy, max_time=50, max_cycles=rng.randrange(2_000_000, 30_000_000))
    old, run_o = _run(cfg, False, monkeypatch)
    new, run_n = _run(cfg, True, monkeypatch)
    assert old == new
    so, sn = run_o.machine.state, run_n.machine.state
    for name in ("mem", "regs", "ctl", "attr"):
        assert np.array_equal(getattr(so, name), getattr(sn, name)), name
    if run_n.checkpointing.ckpt.restores:
        assert same(_full(run_o), _full(run_n))


@pytest.mark.parametrize("seed", range(6))
def test_whole_runs_are_the_same_without_refreshes_after_quiet_events(seed, monkeypatch):
    rng = random.Random(900 + seed)
    strategy = ["mementos-timer", "mementos-timer:5000", "mementos-loop"][seed % 3]
    cfg = RunConfig(firmware=_elf(rng.choice(["crc", "sense", "ar", "bc", "cf"])),
                    capacitor=rng.choice(["10u", "22u", "47u"]), harvester=rng.choice(ENERGIES),
                    strategy=strategy, max_time=50, max_cycles=rng.randrange(2_000_000, 30_000_000))
    runs = []
    for trust in (False, True):
        monkeypatch.setattr(machine_module, "TRUST_QUIET_SOURCES", trust)
        run = Run(cfg)
        result = run.execute().to_dict()
        result.pop("wall_s", None)
        runs.append((result, run))
    (old, run_o), (new, run_n) = runs
    assert old == new
    if strategy.startswith("mementos-timer"):
        assert new["timer_ticks"] > 0
    assert same(_full(run_o), _full(run_n))
