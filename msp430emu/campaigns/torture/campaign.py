"""Failure-injection campaigns (``msp430emu torture``): run a firmware many times on intermittent power with
power failures injected at chosen instructions (and inside checkpoint saves), and compare every result with
the continuous-power run.

A **trial** is one run built exactly as ``msp430emu run`` builds it (energy options, ``--strategy`` and its
options), in this process, plus an injector:

* at each planned instruction index (``torture_plan``) ``Machine.on_insn_limit`` stops the core and
  ``IntermittentPower.force_failure`` opens the power switch there: registers and SRAM are lost, FRAM
  stays; the MCU boots again once the capacitor is back at V_on (at once if it still is);
* with ``in_saves`` = P, each checkpoint save is cut with probability P (at most ``save_faults`` per trial)
  just before a random byte of its bundle (``Checkpointer.save_fault``), which forces a failure there:
  a torn save, which must never be restored.

The trial's result (exit, exit code, UART, globals, ``.persistent``: ``torture_compare``) must equal the
reference. Outcomes: ``ok``; ``mismatch`` (it ended, halt or fault, with another result); ``no-progress``
(it did not end: the no-progress rule, the cycle or time limit). Trials are deterministic for the seed.

**Default energy** (when not given): the ``wisp4-mementos`` thresholds (V_on 3.0 V, V_off 1.8 V, Mementos's
V_thresh 2.7 V) with a 4.7 uF capacitor and a constant harvested power equal to the active load at V_off +
0.1 V (at the reset MCLK; 196 uW at 1 MHz on the FR5969). The supply then falls from V_on towards that
equilibrium without ever reaching V_off: Mementos's checks save once V is below V_thresh (~40 ms after each
boot), Hibernus hibernates and wakes when V reaches its V_hibernate (~0.14 s after a boot), and the only
power failures are the injected ones (unless the firmware raises MCLK, which raises the load).
"""

from __future__ import annotations

import copy
import math
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from msp430emu.campaigns.torture.compare import Reference, Span, SymbolNamer, differences, result_spans
from msp430emu.campaigns.torture.plan import PlanSpec, TrialPlan
from msp430emu.campaigns.torture.prefix import SharedRun, SnapshotRefused
from msp430emu.config import RunConfig
from msp430emu.cpu.state import C_INSN_LIMIT, C_INSNS, NEVER, SP
from msp430emu.errors import ConfigError, EmuError

DEFAULT_PRESET = "wisp4-mementos"
DEFAULT_CAP = "4.7u"
EQUILIBRIUM_ABOVE_V_OFF = 0.1      # V: the default harvester holds the active load this far above V_off
MIN_TRIAL_CYCLES = 10_000_000      # a trial's cycle limit: at least this, ...
TRIAL_CYCLES_FACTOR = 1000         # ... or this many times the reference's cycles (saves cost cycles)
LISTED_TRIALS = 100                # trial numbers listed per outcome in the report
# MSP430EMU_TORTURE_SLOW=1: the trials as before the fast paths (Torture.fast = False): the saves' energy
# booked, and every save host-side when saves are cut (--in-saves); the equivalence tests' switch
FAST = not os.environ.get("MSP430EMU_TORTURE_SLOW")
LOOKAHEAD = 4096                   # draws looked at per step when finding a trial's next cut save
UNLIMITED = 1 << 62                # saves that pass when no cut is left in the trial's budget

Prepare = Callable[[object, object, object], None]   # (machine, CheckpointSetup | None, power) per trial


def default_energy(cfg: RunConfig) -> tuple[RunConfig, str]:
    """Fill the energy options left out (see the module's docstring): the config to run and a one-line
    description of its energy."""
    from energy import EnergyError, preset
    from msp430emu.devices import device_mcu_model, load_device

    given_preset = cfg.preset is not None
    name = cfg.preset or DEFAULT_PRESET
    try:
        base = preset(name)
    except EnergyError as exc:
        raise ConfigError(str(exc)) from None
    changes: dict[str, object] = {"preset": name}
    if cfg.capacitor is None and not given_preset:
        changes["capacitor"] = DEFAULT_CAP
    if cfg.harvester is None:
        v_off = cfg.v_off if cfg.v_off is not None else base.v_off
        mclk = cfg.mclk or load_device(cfg.device).default_mclk_hz
        v_eq = v_off + EQUILIBRIUM_ABOVE_V_OFF
        current = device_mcu_model(cfg.device).load("active", mclk, v_eq).current
        changes["harvester"] = f"power:{current * v_eq:.6g}"
    cfg = cfg.replace(**changes)
    cap = f"{cfg.capacitor * 1e6:g}u" if cfg.capacitor is not None else f"{base.capacitance * 1e6:g}u"
    return cfg, f"preset {cfg.preset}, cap {cap}, harvest {cfg.harvester}"


def reference_run(image, device, mclk: float | None, max_cycles: int) -> Reference:
    """The program on continuous power: its result is what every trial must reproduce."""
    from msp430emu.machine.machine import Machine

    spans = result_spans(image)
    machine = Machine(device, image, mclk=mclk)
    result = machine.run(max_cycles=max_cycles, dumps=[(start, end - start) for _, start, end in spans])
    if result.exit != "halt":
        raise ConfigError(f"the reference run on continuous power ended with {result.exit} "
                          f"({result.message}): torture needs a program that halts")
    return Reference(exit_code=int(result.exit_code), uart=result.uart,
                     spans=tuple(Span(name, start, bytes.fromhex(d["hex"]))
                                 for (name, start, _), d in zip(spans, result.dumps, strict=True)),
                     instructions=result.instructions, cycles=result.cycles, wall_s=result.wall_s)


class Injector:
    """Opens the power switch at the plan's instruction indices and cuts saves (one trial).

    ``fast``: the checkpointer's in-core saves (msp430emu/checkpoint/incore.py) neither book the saves'
    energy (a trial's result has none) nor stop for a save that will not be cut: the injector looks ahead on
    a copy of its random stream for the next save it cuts (:meth:`passes`), the core makes the saves before
    it, and the injector draws for them afterwards (:meth:`passed`) as it would have at each: the same draws,
    the same cuts."""

    def __init__(self, plan: TrialPlan, seed: int, machine, power, checkpointing, fast: bool = False) -> None:
        self.plan, self.machine, self.power = plan, machine, power
        self.ckpt = checkpointing.ckpt if checkpointing is not None else None
        self.rng = plan.rng(seed)
        self.injected: list[int] = []          # instruction indices at which the switch was opened
        self.save_faults: list[list[int]] = []   # [bytes stored before the cut, bundle bytes] per cut save
        self.draws = 0                           # random numbers drawn at saves (one a save until a cut)
        self._next = 0
        self._passes: int | None = None        # draws known to let their save through (None: not looked)
        self.hook = machine.on_insn_limit.add(self._on_limit)
        machine.state.ctl[C_INSN_LIMIT] = plan.points[0] if plan.points else NEVER
        core = self.ckpt.core if self.ckpt is not None else None
        if self.ckpt is not None and plan.in_saves > 0.0:
            self.ckpt.save_fault = self._save_fault
        if core is not None:
            core.book_energy = not fast
            core.faults = self if fast else None

    def skip_draws(self, n: int) -> None:
        """The trial starts after ``n`` saves that drew and were not cut (a prefix state): draw them."""
        if n:
            self.rng.random(n)
            self.draws += n
            self._passes = None

    def detach(self) -> None:
        self.hook.remove()
        if self.ckpt is not None:
            self.ckpt.save_fault = None
            if self.ckpt.core is not None:
                self.ckpt.core.book_energy, self.ckpt.core.faults = True, None

    def _exhausted(self) -> bool:
        return len(self.save_faults) >= self.plan.save_faults

    def passes(self) -> int:
        """How many of the next saves surely pass (are not cut): the draws before the next one below
        ``in_saves`` on a copy of the stream; UNLIMITED once the trial's cuts are all made."""
        if self._exhausted():
            return UNLIMITED
        if self._passes is None:
            ahead = copy.deepcopy(self.rng)
            n = 0
            while True:
                cut = np.flatnonzero(ahead.random(LOOKAHEAD) < self.plan.in_saves)
                if cut.size:
                    self._passes = n + int(cut[0])
                    break
                n += LOOKAHEAD
        return self._passes

    def passed(self, n: int) -> None:
        """The core made ``n`` saves (no more than :meth:`passes`): their draws, as the host's would be."""
        if n and not self._exhausted():
            left = self.passes()
            self.rng.random(n)
            self.draws += n
            self._passes = left - n

    def _on_limit(self, machine) -> None:
        ctl = machine.state.ctl
        insns = int(ctl[C_INSNS])
        points = self.plan.points
        while self._next < len(points) and points[self._next] <= insns:
            self._next += 1
            if machine.powered and self.power.powered:
                self.power.force_failure(machine.now())
                self.injected.append(insns)
        if self._next < len(points):
            ctl[C_INSN_LIMIT] = min(int(ctl[C_INSN_LIMIT]), points[self._next])

    def _save_fault(self, n_bytes: int, total_cycles: int) -> int | None:
        if self._exhausted() or n_bytes == 0:
            return None
        self.draws += 1
        if self.rng.random() >= self.plan.in_saves:
            if self._passes is not None:
                self._passes -= 1
            return None
        self._passes = None
        k = int(self.rng.integers(0, n_bytes))          # the first byte not stored
        layout = self.ckpt.layout
        timeline = self.ckpt.cost.save_timeline(layout, layout.stack_top - int(self.machine.state.regs[SP]))
        self.save_faults.append([k, n_bytes])
        return max(0, int(timeline[k]) - 1)             # the instruction storing byte k does not complete


@dataclass
class TrialResult:
    trial: int
    points: tuple[int, ...]
    outcome: str                            # "ok" | "mismatch" | "no-progress"
    exit: str
    message: str
    instructions: int                       # executed by the trial (every boot, re-executed ones too)
    injected: list[int]
    save_faults: list[list[int]]
    power_failures: int
    checkpoints: int
    checkpoints_torn: int
    restores: int
    differences: list[str]
    wall_s: float

    @property
    def missed(self) -> int:
        """Planned failures the trial never reached (it ended first)."""
        return max(0, len(self.points) - len(self.injected))

    def to_dict(self) -> dict:
        return {"trial": self.trial, "points": list(self.points), "outcome": self.outcome, "exit": self.exit,
                "message": self.message, "instructions": self.instructions,
                "injected": self.injected, "save_faults": self.save_faults,
                "power_failures": self.power_failures, "checkpoints": self.checkpoints,
                "checkpoints_torn": self.checkpoints_torn, "restores": self.restores,
                "differences": self.differences, "wall_s": self.wall_s}


@dataclass
class Torture:
    """One campaign's fixed parts: the image, the run's configuration (the energy defaults filled), the
    reference, the trial cycle limit. ``shared``: the trials restore one shared run
    (:class:`~msp430emu.campaigns.torture.prefix.SharedRun`: no per-trial set-up, no re-run prefix)
    instead of each building its own; ``fast``: the in-core saves' shortcuts of :class:`Injector`; the same
    trials either way."""

    image: object
    device: object                          # msp430emu.devices.Device (loaded once: its TOML parse is slow)
    cfg: RunConfig
    reference: Reference
    max_cycles: int
    energy: str
    shared: bool = True
    fast: bool = field(default_factory=lambda: FAST)
    namer: SymbolNamer = field(init=False)
    warnings: list[str] = field(init=False, default_factory=list)   # the trials' machine warnings
    shared_run: SharedRun | None = field(init=False, default=None)

    def __post_init__(self) -> None:
        self.namer = SymbolNamer(self.image)

    def _shared_run(self, boots: int) -> SharedRun | None:
        """The shared run (None: this configuration's run cannot be snapshotted, e.g. an API caller's
        config that records a plot: each trial then builds its own, as before)."""
        if self.shared_run is None or self.shared_run.boots != boots:
            try:
                self.shared_run = SharedRun(self.cfg, self.image, self.device, boots,
                                            self.reference.instructions)
            except SnapshotRefused:
                self.shared = False
                return None
        return self.shared_run

    def run_trial(self, plan: TrialPlan, seed: int, prepare: Prepare | None = None) -> TrialResult:
        """One trial: on the shared run unless ``prepare`` is given (it changes the run: a trial of its
        own) or ``shared`` is off."""
        wall0 = time.perf_counter()
        boots = self.cfg.progress_boots + len(plan.points) + plan.save_faults
        shared = self._shared_run(boots) if prepare is None and self.shared else None
        if shared is not None:
            start = shared.start(plan, seed)
            run = shared.run
        else:
            from msp430emu.session import Run

            run = Run(self.cfg.replace(progress_boots=boots), image=self.image, device=self.device)
            if prepare is not None:
                prepare(run.machine, run.checkpointing, run.energy.power)
        machine, energy, checkpointing = run.machine, run.energy, run.checkpointing
        injector = Injector(plan, seed, machine, energy.power, checkpointing, self.fast)
        budget = self.max_cycles
        if shared is not None:
            injector.skip_draws(start.draws)
            shared.follow(injector, start, plan.points[0] if plan.points else math.inf)
            budget -= shared.cycles_used()
        try:
            result = machine.run(max_cycles=budget, dumps=self.reference.dumps())
        except EmuError as exc:        # the emulator gave up during the run (set-up errors are bad input)
            result = None
            message = str(exc)
            exit_kind, instructions = "error", int(machine.state.ctl[C_INSNS])
            diffs = [f"the run stopped with an error: {message}"]
            ended = True
        else:
            message, exit_kind, instructions = result.message, result.exit, result.instructions
            if exit_kind == "max-cycles" and budget != self.max_cycles:   # (the run was given the rest)
                message = message.replace(f"({budget:,} cycles)", f"({self.max_cycles:,} cycles)")
            ended = result.exit == "fault" or (result.exit == "halt" and machine.powered)
            diffs = differences(self.reference, result, self.namer) if ended else []
        finally:
            injector.detach()
            if shared is not None:
                shared.stop_following()
        ckpt = checkpointing.ckpt if checkpointing is not None else None
        self.warnings += [w for w in machine.warnings if w not in self.warnings]
        return TrialResult(
            trial=plan.trial, points=plan.points,
            outcome=("mismatch" if diffs else "ok") if ended else "no-progress",
            exit=exit_kind, message=message, instructions=instructions,
            injected=list(injector.injected),
            save_faults=injector.save_faults, power_failures=energy.power.failures,
            checkpoints=ckpt.checkpoints if ckpt else 0, checkpoints_torn=ckpt.torn if ckpt else 0,
            restores=ckpt.restores if ckpt else 0, differences=diffs, wall_s=time.perf_counter() - wall0)


@dataclass
class CampaignReport:
    firmware: str
    strategy: str
    energy: str
    spec: PlanSpec
    reference: Reference
    results: list[TrialResult]
    wall_s: float
    warnings: list[str]

    def _of(self, outcome: str) -> list[TrialResult]:
        return [r for r in self.results if r.outcome == outcome]

    @property
    def mismatches(self) -> int:
        return len(self._of("mismatch"))

    @property
    def failures_missed(self) -> int:
        """Planned failures at instructions that a trial ended without reaching (a trial stopped for no
        progress is reported as such instead)."""
        return sum(r.missed for r in self.results if r.outcome != "no-progress")

    @property
    def injected(self) -> int:
        """Failures injected in all (at instructions and inside saves)."""
        return sum(len(r.injected) + len(r.save_faults) for r in self.results)

    @property
    def passed(self) -> bool:
        """No result differs, every planned failure was injected, and something was injected at all: a
        campaign that tested nothing does not pass."""
        return not self.mismatches and not self.failures_missed and self.injected > 0

    def verdict(self) -> str:
        """One line: OK, MISMATCH or NOT TESTED, and why."""
        trials = len(self.results)
        if self.mismatches:
            return f"MISMATCH: {self.mismatches} of {trials} trials differ from the continuous-power run"
        if self.failures_missed or not self.injected:
            planned = sum(len(r.points) for r in self.results)
            return (f"NOT TESTED: {self.injected} failures injected, {self.failures_missed} of the {planned} "
                    "planned at instructions never reached (the trials ended first): the campaign does not "
                    "show what was asked")
        return f"OK: 0 of {trials} trials differ from the continuous-power run"

    def to_dict(self) -> dict:
        results = self.results
        mismatched, stuck = self._of("mismatch"), self._of("no-progress")
        trials = len(results)
        return {
            "firmware": self.firmware, "strategy": self.strategy, "energy": self.energy,
            "mode": self.spec.mode, "seed": self.spec.seed, "in_saves": self.spec.in_saves,
            "trials": trials,
            "completed": trials - len(stuck),
            "mismatches": len(mismatched),
            "no_progress": len(stuck),
            "first_mismatch": mismatched[0].to_dict() if mismatched else None,
            "first_no_progress": stuck[0].to_dict() if stuck else None,
            "mismatch_trials": [r.trial for r in mismatched[:LISTED_TRIALS]],
            "no_progress_trials": [r.trial for r in stuck[:LISTED_TRIALS]],
            "failures_injected": sum(len(r.injected) for r in results),
            "failures_planned": sum(len(r.points) for r in results),
            "failures_missed": self.failures_missed,
            "passed": self.passed,
            "verdict": self.verdict(),
            "save_faults_injected": sum(len(r.save_faults) for r in results),
            "power_failures": sum(r.power_failures for r in results),
            "checkpoints": sum(r.checkpoints for r in results),
            "checkpoints_torn": sum(r.checkpoints_torn for r in results),
            "restores": sum(r.restores for r in results),
            "reference": self.reference.to_dict(),
            "wall_s": self.wall_s,
            "trials_per_s": trials / self.wall_s if self.wall_s > 0 else 0.0,
            "warnings": self.warnings,
        }


def prepare_campaign(cfg: RunConfig, max_cycles: int | None = None) -> Torture:
    """Load the firmware, fill the default energy, check the options (one-line errors), run the reference.
    ``max_cycles``: each trial's cycle limit (default: the larger of 1e7 and 1000 x the reference's)."""
    from msp430emu.devices import load_device
    from msp430emu.power.setup import energy_setup
    from msp430emu.session import load_firmware

    if cfg.timeline is not None:
        raise ConfigError("--timeline is a run option: a torture campaign writes no timeline")
    if cfg.detect_war:
        raise ConfigError("--detect-war is a run option (msp430emu run --detect-war); torture finds a WAR "
                          "hazard as a result that differs (.persistent)")
    if cfg.firmware is None:
        raise ConfigError("no firmware to torture")
    cfg, energy = default_energy(cfg)
    device = load_device(cfg.device)
    if cfg.v_max is None:                               # (the energy set-up's default, without loading the
        cfg = cfg.replace(v_max=device.supply_max_v)    # device's TOML at every trial)
    energy_setup(cfg, device)                           # bad energy options fail here, before any run
    image = load_firmware(cfg.firmware)
    if max_cycles is not None and max_cycles <= 0:
        raise ConfigError("--max-cycles must be a positive number of cycles")
    reference = reference_run(image, device, cfg.mclk, max_cycles or 1_000_000_000)
    limit = max_cycles or max(MIN_TRIAL_CYCLES, TRIAL_CYCLES_FACTOR * reference.cycles)
    return Torture(image, device, cfg, reference, limit, energy)


def run_campaign(cfg: RunConfig, spec: PlanSpec, *, max_cycles: int | None = None,
                 prepare: Prepare | None = None,
                 on_trial: Callable[[TrialResult], None] | None = None) -> CampaignReport:
    """The whole campaign: reference, then every trial of ``spec`` (``prepare(machine, checkpointing,
    power)`` runs in each trial after the set-up: e.g. a test that breaks the checkpoint on purpose)."""
    if not isinstance(cfg, RunConfig):
        raise ConfigError(f"run_campaign needs a RunConfig, not {type(cfg).__name__}")
    if not isinstance(spec, PlanSpec):
        raise ConfigError(f"run_campaign needs a PlanSpec, not {type(spec).__name__}")
    torture = prepare_campaign(cfg, max_cycles)
    wall0 = time.perf_counter()
    results = []
    for plan in spec.plans(torture.reference.instructions):
        result = torture.run_trial(plan, spec.seed, prepare)
        results.append(result)
        if on_trial is not None:
            on_trial(result)
    return CampaignReport(firmware=str(cfg.firmware), strategy=cfg.strategy, energy=torture.energy, spec=spec,
                          reference=torture.reference, results=results, wall_s=time.perf_counter() - wall0,
                          warnings=torture.warnings)


__all__ = ["DEFAULT_CAP", "DEFAULT_PRESET", "CampaignReport", "Injector", "Torture", "TrialResult",
           "default_energy", "prepare_campaign", "reference_run", "run_campaign"]
