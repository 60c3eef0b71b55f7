"""The campaign's shared run: one :class:`~msp430emu.session.Run` built once, and the states of its
failure-free prefix, so that a trial starts close to its first failure instead of at the reset.

Every trial of a campaign is the same run (the same configuration, image and no-progress budget) until its
first injected failure, or its first cut save: before that point it *is* the failure-free run. So:

* the run is assembled once (machine, peripherals, energy, strategy and its trigger points) and its state
  at the reset is a snapshot (:meth:`msp430emu.session.Run.snapshot`, the ``--max-time`` deadline
  included); a trial restores a snapshot instead of building a run;
* while a trial is still failure-free, it records its state every ``spacing`` instructions where no
  recorded state lies that near (beyond the newest, or in a gap where one was skipped): a *prefix state*
  (instruction index, in-save draws made by then, snapshot), at most ``SNAPSHOTS`` of them over the
  reference's length; a later trial starts from the newest prefix state before its first failure. The
  prefix is recorded by the trials themselves, at no extra run; a state is skipped when taking it would
  bring the recording's CPU time above ``RECORD_SHARE`` of the trials' CPU time without the prefix states
  (theirs plus the instructions not re-run, at their CPU time per instruction; a snapshot is a deep copy,
  1-20 ms: campaigns of a few short trials would pay more than they save). Which states exist changes
  where a trial starts, never its result.

With ``--in-saves P`` a trial draws a random number at each save (``Injector``): a prefix state with
``d`` draws is the trial's own state only if the trial's first ``d`` draws all let the save through;
:meth:`SharedRun.start` checks that on the trial's stream and takes an earlier state otherwise (the reset's
has none). Restoring a snapshot and running on is the uninterrupted run (tests/msp430emu/test_snapshots.py);
tests/msp430emu/test_torture_fast.py checks that trials on this path equal trials built afresh.
"""

from __future__ import annotations

import bisect
import math
import time
from dataclasses import dataclass

import numpy as np

from msp430emu.cpu.state import C_CYCLES, C_INSN_LIMIT, C_INSNS
from msp430emu.machine.snapshot import Snapshot

SNAPSHOTS = 32          # prefix states kept per campaign at most (each ~1 MB: its memory; attributes shared)
MIN_SPACING = 2_000     # instructions between two prefix states, at least (a restore costs ~2 ms)
RECORD_SHARE = 0.1      # recording prefix states costs at most this share of the trials' CPU time


class SnapshotRefused(Exception):
    """The campaign's run cannot be shared (it has recorders a snapshot leaves out)."""


@dataclass(frozen=True)
class PrefixState:
    """The failure-free run's state after ``index`` instructions, ``draws`` in-save draws made by then."""

    index: int
    draws: int
    snap: Snapshot


class SharedRun:
    """One campaign's run, restored for each trial (``boots``: its no-progress budget, the same for every
    trial of a campaign)."""

    def __init__(self, cfg, image, device, boots: int, reference_insns: int) -> None:
        from msp430emu.session import Run

        self.boots = boots
        self.run = Run(cfg.replace(progress_boots=boots), image=image, device=device)
        if self.run.detector is not None or self.run.recording is not None or (
                self.run.energy is not None and self.run.energy.timeline is not None):
            raise SnapshotRefused("the run records outputs (a snapshot would not restore them)")
        self.machine = self.run.machine
        ctl = self.machine.state.ctl
        self.cycles0 = int(ctl[C_CYCLES])
        self.spacing = max(MIN_SPACING, math.ceil(reference_insns / SNAPSHOTS))
        self.span = reference_insns          # prefix states below this index only (failures land there)
        self.prefix = [PrefixState(int(ctl[C_INSNS]), 0, self.run.snapshot(sources=True))]
        self.restores = 0                    # trials started from a snapshot (the reset's included)
        self.skipped = 0                     # instructions not re-run thanks to the prefix states
        self._injector = None
        self._until = 0                      # record prefix states below this index (the first failure)
        self._next = 0
        self._cpu_trials = 0.0               # CPU seconds of the trials' runs so far (recording included)
        self._cpu_recording = 0.0            # ... of which taking prefix states
        self._cpu_start = 0.0
        self._insns_trials = 0               # instructions the trials ran (from their start states)
        self._index_start = 0
        self.machine.on_insn_limit.add(self._on_limit)

    def start(self, plan, seed: int) -> PrefixState:
        """Put the run at the newest prefix state that is this trial's own (before its first failure and
        its first cut save): the state restored."""
        first = plan.points[0] if plan.points else math.inf
        usable = [p for p in self.prefix if p.index < first] or self.prefix[:1]
        most = max(p.draws for p in usable)
        if plan.in_saves > 0.0 and most > 0:       # the trial's first cut save, on its own stream
            cuts = np.flatnonzero(plan.rng(seed).random(most) < plan.in_saves)
            if cuts.size:
                usable = [p for p in usable if p.draws <= int(cuts[0])]
        state = usable[-1]
        self.run.restore(state.snap, sources=True)
        self.restores += 1
        self.skipped += state.index - self.prefix[0].index
        self._index_start = state.index
        return state

    def follow(self, injector, state: PrefixState, first: float) -> None:
        """Record prefix states while the trial (its ``injector``) is failure-free and below ``first``."""
        self._injector, self._until = injector, min(first, self.span)
        self._next = self._target(state.index)
        self._cpu_start = time.process_time()
        self._arm()

    def _target(self, index: int) -> int:
        """The next index after ``index`` to record a state at: ``spacing`` on, past the recorded states
        that lie nearer than that (a trial fills the gaps it runs through, as well as beyond the newest)."""
        target = index + self.spacing
        for p in self.prefix:
            if index < p.index < target + self.spacing // 2:
                target = p.index + self.spacing
        return target

    def stop_following(self) -> None:
        if self._injector is not None:
            self._cpu_trials += time.process_time() - self._cpu_start
            self._insns_trials += int(self.machine.state.ctl[C_INSNS]) - self._index_start
        self._injector = None

    def cycles_used(self) -> int:
        return int(self.machine.state.ctl[C_CYCLES]) - self.cycles0

    def _failure_free(self) -> bool:
        injector = self._injector
        return injector is not None and not injector.injected and not injector.save_faults

    def _arm(self) -> None:
        if self._next < self._until and self._failure_free():
            ctl = self.machine.state.ctl
            ctl[C_INSN_LIMIT] = min(int(ctl[C_INSN_LIMIT]), self._next)

    def _on_limit(self, machine) -> None:
        if not self._failure_free():
            return
        insns = int(machine.state.ctl[C_INSNS])
        if self._next <= insns < self._until:
            now = time.process_time()
            cpu_trials = self._cpu_trials + now - self._cpu_start
            saved = self.skipped * self._cpu_trials / self._insns_trials if self._insns_trials > 0 else 0.0
            if self._cpu_recording <= RECORD_SHARE * (cpu_trials + saved):
                snap = self.run.snapshot(sources=True)
                attr = self.prefix[-1].snap.state.attr
                if np.array_equal(snap.state.attr, attr):   # (the attributes rarely change: one copy, not
                    snap.state.attr = attr                  # 1 MB a state; a restore only reads them)
                bisect.insort(self.prefix, PrefixState(insns, self._injector.draws, snap),
                              key=lambda p: p.index)
                self._cpu_recording += time.process_time() - now
            self._next = self._target(insns)
        self._arm()


__all__ = ["MIN_SPACING", "RECORD_SHARE", "SNAPSHOTS", "PrefixState", "SharedRun", "SnapshotRefused"]
