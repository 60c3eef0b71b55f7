"""Where the failures of a torture campaign land: the trials' plans (random, given, or every instruction).

A failure point is an *instruction index*: the machine's count of executed instructions (``ctl[C_INSNS]``,
every boot included, re-executed ones too). A failure at index ``i`` opens the power switch after the
``i``-th instruction of the trial (index 0: before the first). Indices are drawn from ``[0, R)`` where R is
the instruction count of the continuous-power reference run: a trial executes at least R instructions
(crt0 runs again at every boot, and no instruction of the program is skipped), so every planned index is
reached unless the trial stops early.
"""

from __future__ import annotations

import numbers
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np

from msp430emu.errors import ConfigError

MAX_TRIALS = 10_000_000         # a campaign bounded like any run (--every: one trial per instruction)


@dataclass(frozen=True)
class TrialPlan:
    """One trial: its number, the instruction indices of its failures (sorted, distinct), the probability
    that each checkpoint save is cut (``in_saves``) and the largest number of such cuts (``save_faults``)."""

    trial: int
    points: tuple[int, ...]
    in_saves: float = 0.0
    save_faults: int = 0

    def rng(self, seed: int) -> np.random.Generator:
        """The trial's own random stream (its in-save faults), from the campaign seed and the trial."""
        return np.random.default_rng([seed, self.trial, 1])


@dataclass(frozen=True)
class PlanSpec:
    """What the command line asks for: ``mode`` is "random" (``failures`` points per trial, ``trials``
    trials), "at" (the same ``at`` points in each of ``trials`` trials) or "every" (one trial per index
    ``0, step, 2*step, ...`` below the reference's instruction count)."""

    mode: str
    failures: int = 1
    trials: int = 1
    seed: int = 0
    at: tuple[int, ...] = ()
    step: int = 1
    in_saves: float = 0.0

    def __post_init__(self) -> None:
        if self.mode not in ("random", "at", "every"):
            raise ConfigError(f"torture: unknown plan mode {self.mode!r}")
        for name in ("failures", "trials", "seed", "step"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, numbers.Integral):
                raise ConfigError(f"--{name}: {value!r} is not an integer")
        if isinstance(self.in_saves, bool) or not isinstance(self.in_saves, numbers.Real):
            raise ConfigError(f"--in-saves: {self.in_saves!r} is not a probability")
        if isinstance(self.at, (str, bytes)) or not all(
                isinstance(i, numbers.Integral) and not isinstance(i, bool) for i in self.at):
            raise ConfigError(f"--at: {self.at!r} is not a sequence of instruction indices")
        if self.failures < 0:
            raise ConfigError(f"--failures: {self.failures} must be >= 0")
        if not 1 <= self.trials <= MAX_TRIALS:
            raise ConfigError(f"--trials: {self.trials} is outside the valid range 1 to {MAX_TRIALS:,}")
        if not 0 <= self.seed < 2**63:
            raise ConfigError(f"--seed: {self.seed} is outside the valid range 0 to 2**63-1")
        if self.step < 1:
            raise ConfigError(f"--step: {self.step} must be >= 1")
        if not 0.0 <= self.in_saves <= 1.0:
            raise ConfigError(f"--in-saves: {self.in_saves} must be a probability in [0, 1]")
        if any(i < 0 for i in self.at):
            raise ConfigError("--at: instruction indices must be >= 0")
        if self.mode == "random" and self.failures == 0 and self.in_saves == 0.0:
            raise ConfigError("--failures 0 without --in-saves injects nothing")

    def save_fault_budget(self) -> int:
        """At most this many save cuts per trial (each forces a failure: a trial must be able to end)."""
        if self.in_saves == 0.0:
            return 0
        if self.mode == "random":
            return max(1, self.failures)
        return max(1, len(self.at)) if self.mode == "at" else 1

    def count(self, reference_insns: int) -> int:
        if self.mode == "every":
            return (reference_insns + self.step - 1) // self.step
        return self.trials

    def plans(self, reference_insns: int) -> Iterator[TrialPlan]:
        """The trials' plans, deterministic for the seed."""
        budget = self.save_fault_budget()
        if self.mode == "every":
            if self.count(reference_insns) > MAX_TRIALS:
                raise ConfigError(f"--every: {self.count(reference_insns):,} trials (one per {self.step} of "
                                  f"{reference_insns:,} instructions) is more than {MAX_TRIALS:,}: give a "
                                  f"larger --step")
            for n, index in enumerate(range(0, reference_insns, self.step)):
                yield TrialPlan(n, (index,), self.in_saves, budget)
            return
        if self.mode == "at":
            points = tuple(sorted(set(self.at)))
            beyond = [i for i in points if i >= reference_insns]
            if beyond:
                raise ConfigError(f"--at {beyond[0]}: the continuous-power run executes only "
                                  f"{reference_insns:,} instructions; a failure there might never be "
                                  f"injected (indices must be below {reference_insns:,})")
            for n in range(self.trials):
                yield TrialPlan(n, points, self.in_saves, budget)
            return
        if self.failures > reference_insns:
            raise ConfigError(f"--failures {self.failures}: the reference run has only {reference_insns} "
                              "instructions (failures land at distinct instruction indices)")
        for n in range(self.trials):
            rng = np.random.default_rng([self.seed, n, 0])
            points = rng.choice(reference_insns, size=self.failures, replace=False)
            yield TrialPlan(n, tuple(sorted(int(i) for i in points)), self.in_saves, budget)


__all__ = ["PlanSpec", "TrialPlan"]
