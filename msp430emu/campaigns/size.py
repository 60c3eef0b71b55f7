"""Sizing: the smallest capacitance (or the lowest checkpoint threshold V_thresh) at which a firmware
completes on a given set-up, found by bisection (``scipy.optimize.bisect``) over real runs.

The range ``lo..hi`` is first tried on a grid - its two ends for a capacitance, :data:`VTHRESH_SCAN`
evenly spaced values for V_thresh (completion is not monotone over the whole V_off..V_on window: a
threshold near V_on checkpoints at every check and may never get anywhere). If no grid value completes,
or the lowest (``lo``) already does, there is nothing to bisect and :class:`SizeRefused` says so (it
carries the runs). Otherwise bisection runs between the lowest completing grid value and the grid value
below it, on ``completes(x) - 0.5``.

**Assumption: completion is monotone inside that bracket** - with C: if the app completes with C it
completes with any larger C (more energy per charge); with V_thresh: if it completes with V_thresh it
completes with a slightly higher one (the checkpoint is taken earlier, with more energy left to finish
it). A violation shows in the evidence: every run tried is kept (value, exit, time, failures). For a
capacitance the bisection runs on log(C) (the tolerance is relative) and the answer is rounded up to the
E12 series, and that part is run too. The lowest completing V_thresh is the one with the fewest
checkpoints; the evidence shows the completion time of each value tried.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field

from energy import preset
from energy.units import parse_quantity
from msp430emu.campaigns.sweep.base import STRATEGY_OPTIONS, RunBase
from msp430emu.campaigns.sweep.execute import Outcome, run_point
from msp430emu.campaigns.sweep.plot import COMPLETED_EXITS
from msp430emu.errors import ConfigError

E12 = (1.0, 1.2, 1.5, 1.8, 2.2, 2.7, 3.3, 3.9, 4.7, 5.6, 6.8, 8.2)
MAX_RUNS = 60
VTHRESH_SCAN = 7


@dataclass(frozen=True)
class Target:
    """What is sized: the run option, its unit, the search space (log or linear) and the defaults."""

    name: str
    unit: str
    log: bool
    default_tol: float                                  # relative (log) or absolute (linear)
    default_range: Callable[[RunBase], tuple[float, float]]
    scan: int = 2                                       # grid values tried before bisecting (2: the ends)
    digits: int = 4                                     # significant digits shown


def _thresholds(base: RunBase) -> tuple[float, float]:
    """V_off .. V_on of the base (its options, else its preset's)."""
    p = preset(base.options.get("preset", "wisp5"))
    v_off = parse_quantity(base.options["v_off"], "--v-off", "V") if "v_off" in base.options else p.v_off
    v_on = parse_quantity(base.options["v_on"], "--v-on", "V") if "v_on" in base.options else p.v_on
    return v_off, v_on


TARGETS: dict[str, Target] = {
    "cap": Target("cap", "F", True, 0.02, lambda base: (1e-6, 1e-3)),
    "v_thresh": Target("v_thresh", "V", False, 0.01, _thresholds, scan=VTHRESH_SCAN, digits=6),
}


def format_value(target: Target, value: float) -> str:
    """``4.7e-05`` F -> ``47 uF``: the SI prefix that puts the number in 1..1000."""
    for scale, prefix in ((1.0, ""), (1e-3, "m"), (1e-6, "u"), (1e-9, "n"), (1e-12, "p")):
        if abs(value) >= scale * (1 - 1e-12):
            return f"{value / scale:.{target.digits}g} {prefix}{target.unit}"
    return f"{value:.{target.digits}g} {target.unit}"


def e12_above(value: float) -> float:
    """The smallest E12 series value >= ``value`` (a standard capacitor)."""
    decade = 10.0 ** math.floor(math.log10(value))
    for step in (*E12, 10.0):
        candidate = float(f"{step * decade:.3g}")
        if candidate >= value * (1 - 1e-9):
            return candidate
    return 10.0 * decade


@dataclass
class Trial:
    value: float
    outcome: Outcome
    expect_exit: int | None = None          # completing also needs this exit code (a correct answer)

    @property
    def completes(self) -> bool:
        o = self.outcome
        return o.get("status") == "ok" and o.get("exit") in COMPLETED_EXITS and \
            (self.expect_exit is None or o.get("exit_code") == self.expect_exit)

    def record(self) -> dict:
        o = self.outcome
        return {"value": self.value, "completes": self.completes, "exit": o.get("exit", ""),
                "exit_code": o.get("exit_code"),
                "device_time_s": o.get("device_time_s"), "power_failures": o.get("power_failures"),
                "boots": o.get("boots"), "error": o.get("error", "")}


@dataclass
class Sizing:
    """The runs tried (in order) and the answer: the smallest value that completed."""

    target: Target
    lo: float
    hi: float
    tol: float
    trials: list[Trial] = field(default_factory=list)
    standard: float | None = None                   # E12 part above the answer (capacitance only)
    bracket_top: float = math.inf                   # the lowest completing grid value

    @property
    def value(self) -> float | None:
        return min((t.value for t in self.trials if t.completes), default=None)

    @property
    def largest_failing(self) -> float | None:
        best = self.value
        return max((t.value for t in self.trials if not t.completes and (best is None or t.value < best)),
                   default=None)

    @property
    def violations(self) -> list[Trial]:
        """Runs above the answer that did not complete, up to the top of the bracket the bisection refined
        (all of them for a capacitance): the monotonicity it assumes fails there."""
        best = self.value
        if best is None:
            return []
        top = self.hi if self.target.scan <= 2 else self.bracket_top
        return sorted((t for t in self.trials if best < t.value <= top and not t.completes),
                      key=lambda t: t.value)

    @property
    def fastest(self) -> Trial | None:
        """The completing run with the shortest completion time (device time)."""
        return min((t for t in self.trials if t.completes), key=lambda t: t.outcome["device_time_s"],
                   default=None)

    def trial(self, value: float) -> Trial | None:
        return next((t for t in self.trials if t.value == value), None)

    def to_dict(self) -> dict:
        standard = self.trial(self.standard) if self.standard is not None else None
        return {"target": self.target.name, "unit": self.target.unit, "lo": self.lo, "hi": self.hi,
                "tol": self.tol, "value": self.value, "largest_failing": self.largest_failing,
                "fastest": None if self.fastest is None else self.fastest.value,
                "monotone": not self.violations,
                "standard": None if standard is None else {"value": standard.value,
                                                           "completes": standard.completes},
                "runs": [t.record() for t in self.trials]}


class SizeRefused(ConfigError):
    """The ends of the range do not bracket the answer; ``sizing`` holds the runs that show it."""

    def __init__(self, message: str, sizing: Sizing) -> None:
        super().__init__(message)
        self.sizing = sizing


def size(base: RunBase, target: Target, lo: float | None = None, hi: float | None = None,
         tol: float | None = None, on_trial: Callable[[Trial], None] | None = None,
         expect_exit: int | None = None) -> Sizing:
    """Bisect ``target`` between ``lo`` and ``hi`` (defaults: the target's) to ``tol``; with
    ``expect_exit`` a run completes only if it halts with that exit code (the program's own check)."""
    from scipy.optimize import bisect

    strategy = base.options.get("strategy", "none")
    if target.name in STRATEGY_OPTIONS and not STRATEGY_OPTIONS[target.name](strategy.split(":", 1)[0]):
        raise ConfigError(f"--target {target.name} needs a Mementos strategy (the strategy is {strategy}: "
                          "give --strategy mementos-loop, mementos-return or mementos-timer)")
    d_lo, d_hi = target.default_range(base)
    lo, hi = d_lo if lo is None else lo, d_hi if hi is None else hi
    tol = target.default_tol if tol is None else tol
    if not 0 <= lo < hi or (target.log and lo <= 0) or target.scan < 2:
        raise ConfigError(f"--lo {lo:g} and --hi {hi:g}: need {'0 < ' if target.log else '0 <= '}lo < hi")
    if not 0 < tol < math.inf:
        raise ConfigError(f"--tol {tol:g} must be > 0 (and finite)")
    from msp430emu.units import RANGES

    low, high, unit = RANGES["--cap" if target.name == "cap" else "--v-thresh"]
    for option, value in (("--lo", lo), ("--hi", hi)):
        if not low <= value <= high:
            raise ConfigError(f"{option} {value:g}: outside the valid range {low:g} to {high:g} {unit} of "
                              f"{target.name}")
    sizing = Sizing(target, lo, hi, tol)

    def completes(value: float) -> bool:
        value = float(f"{value:.6g}")
        known = sizing.trial(value)
        if known is None:
            if len(sizing.trials) >= MAX_RUNS:
                raise ConfigError(f"sizing did not converge in {MAX_RUNS} runs (raise --tol)")
            known = Trial(value, run_point(base.config({target.name: repr(value)}), str(base.firmware)),
                          expect_exit)
            sizing.trials.append(known)
            if on_trial is not None:
                on_trial(known)
        return known.completes

    what = f"{base.firmware.name} ({base.source})"
    grid = [lo + (hi - lo) * i / (target.scan - 1) for i in range(target.scan)]
    done = [completes(value) for value in grid]
    if not any(done):
        why = _why(sizing.trial(float(f"{hi:.6g}")))
        where = f"even at --hi {format_value(target, hi)}" if len(grid) == 2 else \
            f"at any of {len(grid)} values from {format_value(target, lo)} to {format_value(target, hi)}"
        raise SizeRefused(f"{what} does not complete {where} (at --hi: {why}): nothing to size; "
                          f"{'raise --hi' if len(grid) == 2 else 'change the range'} or change the set-up",
                          sizing)
    if done[0]:
        raise SizeRefused(f"{what} already completes at --lo {format_value(target, lo)}: the answer is at "
                          "or below it; lower --lo", sizing)
    first = done.index(True)
    lo_bracket, hi_bracket = grid[first - 1], grid[first]
    sizing.bracket_top = float(f"{hi_bracket:.6g}")
    to_u, from_u = (math.log, math.exp) if target.log else (float, float)
    xtol = math.log1p(tol) if target.log else tol
    bisect(lambda u: 0.5 - completes(from_u(u)), to_u(lo_bracket), to_u(hi_bracket), xtol=xtol,
           maxiter=MAX_RUNS)
    if target.unit == "F" and sizing.value is not None:
        sizing.standard = e12_above(sizing.value)
        completes(sizing.standard)
    return sizing


def _why(trial: Trial | None) -> str:
    if trial is None:
        return "not run"
    o = trial.outcome
    if o.get("status") != "ok" and not o.get("exit"):
        return f"error: {o.get('error')}"
    if trial.expect_exit is not None and o.get("exit") in COMPLETED_EXITS:
        return f"exit {o.get('exit')} with code {o.get('exit_code')}, not {trial.expect_exit}"
    return f"exit {o.get('exit')} after {o.get('power_failures', 0)} power failures"


__all__ = ["E12", "TARGETS", "SizeRefused", "Sizing", "Target", "Trial", "e12_above", "format_value", "size"]
