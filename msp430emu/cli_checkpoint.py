"""``msp430emu run`` checkpoint options: --v-thresh, --check-cycles, --ckpt-region, --v-hibernate/--v-restore.

:func:`setup_checkpointing` builds the :class:`~msp430emu.checkpoint.engine.Checkpointer` and the strategy
``--strategy`` names (``none``: nothing is built); :meth:`CheckpointSetup.fields` gives the JSON fields and
:func:`checkpoint_rows` the summary rows. Defaults (docs/checkpointing.md, "Defaults"):

* the check's cost: the FR5969's ADC12_B supply check routine at the run's MCLK (``cost.adc12_check_cycles``);
  647 cycles (Mementos's figure) on devices without it; ``--check-cycles`` overrides;
* V_thresh: the preset's (2.7 V for wisp4-mementos, Mementos's default), else V_off plus the larger of a
  quarter of the V_on - V_off window and four times the voltage drop of a full save;
* V_hibernate = V_off + 1.5 x the drop of a full save + 20 mV; V_restore = V_hibernate + 0.1 V (at most V_on).
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass

from energy import EnergyError, preset
from energy.units import parse_quantity
from msp430emu.checkpoint.cost import MEMENTOS_CHECK_CYCLES, CostModel, adc12_check_cycles
from msp430emu.checkpoint.engine import Checkpointer
from msp430emu.checkpoint.strategies import (
    Hibernus,
    MementosTimer,
    MementosVoltage,
    Oracle,
    Periodic,
    Strategy,
    parse_strategy,
)
from msp430emu.cli_energy import DEFAULT_PRESET
from msp430emu.cli_files import parse_int
from msp430emu.errors import ConfigError
from msp430emu.state import C_FRAM_WAIT


def add_checkpoint_arguments(parser: argparse.ArgumentParser) -> None:
    """Call before cli_scenario.add_scenario_arguments (a scenario may set --v-thresh)."""
    g = parser.add_argument_group("checkpointing (with --strategy; see docs/checkpointing.md)")
    g.add_argument("--v-thresh", metavar="V", help="Mementos: checkpoint when a check sees V below this "
                                                   "(default: the preset's, 2.7 V for wisp4-mementos, else "
                                                   "derived from the save cost)")
    g.add_argument("--check-cycles", metavar="N", help="cycles of one voltage check (default: the ADC12_B "
                                                       "routine at this MCLK, 34 at 1 MHz; Mementos's paper: "
                                                       "647)")
    g.add_argument("--ckpt-region", metavar="START-END", help="FRAM range of the two checkpoint slots, e.g. "
                                                              "0x10000-0x13FFF (default: FRAM above 0x10000)")
    g.add_argument("--v-hibernate", metavar="V", help="Hibernus: save and sleep when V falls to this "
                                                      "(default: derived from C and the save cost)")
    g.add_argument("--v-restore", metavar="V", help="Hibernus: wake up when V rises back to this (default: "
                                                    "V_hibernate + 0.1 V)")
    g.add_argument("--detect-war", action="store_true",
                   help="report FRAM reads, after a resume, of data written after the checkpoint resumed "
                        "from (write-after-read hazards; JSON war_hazards, war_potential; "
                        "docs/war-detector.md)")


def _volts(text: object, option: str) -> float:
    try:
        value = parse_quantity(str(text), option, "V")
    except EnergyError as exc:
        raise ConfigError(str(exc)) from None
    if not value > 0.0:
        raise ConfigError(f"{option}: {text} must be > 0 V")
    return value


def parse_region(text: str) -> tuple[int, int]:
    """``START-END`` (inclusive end, as memory maps are written) or ``START:LENGTH``: a half-open range."""
    try:
        if "-" in text:
            a, b = text.split("-", 1)
            start, end = int(a, 0), int(b, 0) + 1
        elif ":" in text:
            a, b = text.split(":", 1)
            start = int(a, 0)
            end = start + int(b, 0)
        else:
            raise ValueError
    except ValueError:
        raise ConfigError(f"--ckpt-region: {text!r} is not START-END or START:LENGTH "
                          "(e.g. 0x10000-0x13FFF)") from None
    if not 0 <= start < end <= 0x100000:
        raise ConfigError(f"--ckpt-region: {text!r} is not a range of the 20-bit address space")
    return start, end


def setup_war_detector(args, machine, image, energy, checkpointing: CheckpointSetup | None):
    """--detect-war: a WarDetector told about checkpoints and resumes (None without the option): the
    engine's (a strategy), the boots (strategy none) or a self-checkpointing firmware runtime's (msp430emu
    instrument builds), see msp430emu/war_cli.py."""
    if not args.detect_war:
        return None
    from msp430emu.war_cli import attach_war_detector

    return attach_war_detector(machine, image, checkpointing, energy)


@dataclass
class CheckpointSetup:
    strategy: Strategy
    ckpt: Checkpointer

    def fields(self, machine, energy_fields: dict) -> dict:
        self.ckpt.finish(machine.now())
        out = {"strategy": self.strategy.name}
        out.update(self.ckpt.fields(int(machine.state.ctl[0]), energy_fields.get("energy_consumed_j")))
        out.update(self.strategy.fields())
        return out


def _save_drop(ckpt: Checkpointer, power) -> float:
    """Voltage drop of one full save (the largest stack) at the active load, on the storage capacitor."""
    cycles = ckpt.cost.save(ckpt.layout, ckpt.layout.max_stack).cycles
    load = power.mcu.load("active", ckpt.machine.clocks.mclk, power.system.switch.v_on)
    return load.current * cycles / ckpt.machine.clocks.mclk / power.system.capacitor.capacitance


def default_v_thresh(args, ckpt: Checkpointer, power) -> float:
    base = preset(args.preset or DEFAULT_PRESET)
    switch = power.system.switch
    if base.v_thresh is not None and (switch.v_on, switch.v_off) == (base.v_on, base.v_off):
        return base.v_thresh
    return switch.v_off + max(0.25 * (switch.v_on - switch.v_off), 4.0 * _save_drop(ckpt, power))


def setup_checkpointing(args, machine, image, energy) -> CheckpointSetup | None:
    """The strategy ``args.strategy`` asks for, attached to ``machine`` (after the energy set-up)."""
    spec = parse_strategy(args.strategy or "none")
    if spec.kind == "none":
        for option in ("v_thresh", "v_hibernate", "v_restore", "check_cycles", "ckpt_region"):
            if getattr(args, option, None) is not None:     # e.g. a scenario's, under --strategy none
                machine.warn(f"{option} is ignored: the checkpoint strategy is none")
        return None
    power = energy.power if energy is not None else None
    if args.check_cycles is not None:
        check = parse_int(args.check_cycles, "--check-cycles")
        if check < 0:
            raise ConfigError(f"--check-cycles: {args.check_cycles} must be >= 0")
    elif machine.find_peripheral("adc12") is not None:
        check = adc12_check_cycles(machine.clocks.mclk, fram_wait=int(machine.state.ctl[C_FRAM_WAIT]))
    else:
        check = MEMENTOS_CHECK_CYCLES
    region = parse_region(args.ckpt_region) if args.ckpt_region is not None else None
    cost = CostModel(check_cycles=check, fram_wait=int(machine.state.ctl[C_FRAM_WAIT]))
    ckpt = Checkpointer(machine, image, power, cost, region)
    if spec.kind in ("mementos-loop", "mementos-return", "mementos-timer"):
        if args.v_thresh is not None:
            v_thresh = _volts(args.v_thresh, "--v-thresh")
        elif power is not None:
            v_thresh = default_v_thresh(args, ckpt, power)
        else:
            v_thresh = 2.7
        if power is not None and v_thresh >= power.system.switch.v_on:
            machine.warn(f"V_thresh = {v_thresh:g} V is not below V_on = {power.system.switch.v_on:g} V: "
                         "every check after a boot checkpoints")
        if spec.kind == "mementos-timer":
            strategy: Strategy = MementosTimer(spec.cycles, v_thresh, check)
        else:
            strategy = MementosVoltage(spec.kind.split("-", 1)[1], v_thresh, check)
    elif spec.kind == "hibernus":
        if power is None:
            raise ConfigError("--strategy hibernus needs an energy run (--preset, --cap, --harvest, ...)")
        switch = power.system.switch
        v_h = (_volts(args.v_hibernate, "--v-hibernate") if args.v_hibernate is not None
               else switch.v_off + 1.5 * _save_drop(ckpt, power) + 0.02)
        v_r = (_volts(args.v_restore, "--v-restore") if args.v_restore is not None
               else min(v_h + 0.1, switch.v_on))
        if not switch.v_off < v_h < v_r:
            raise ConfigError(f"hibernus needs V_off < V_hibernate < V_restore (got {switch.v_off:g}, "
                              f"{v_h:g}, {v_r:g} V)")
        if v_h >= switch.v_on:
            raise ConfigError(f"hibernus: V_hibernate = {v_h:.3f} V is not below V_on = {switch.v_on:g} V "
                              "(a larger capacitor, or give --v-hibernate)")
        strategy = Hibernus(v_h, v_r)
    elif spec.kind == "periodic":
        strategy = Periodic(spec.cycles)
    else:
        strategy = Oracle()
    for option in ("v_hibernate", "v_restore"):      # (e.g. a scenario's, under another --strategy)
        if spec.kind != "hibernus" and getattr(args, option) is not None:
            machine.warn(f"{option} is ignored: it is a hibernus option (strategy {spec.text})")
    if args.v_thresh is not None and not spec.kind.startswith("mementos"):
        machine.warn(f"v_thresh is ignored: it is a Mementos option (strategy {spec.text})")
    strategy.attach(ckpt)
    strategy.name = spec.text
    return CheckpointSetup(strategy, ckpt)


def checkpoint_rows(fields: dict) -> list[tuple[str, str]]:
    """Summary rows of a run with a checkpoint strategy."""
    if "checkpoints" not in fields:
        return []
    f = fields
    rows = [
        ("strategy", f"{f['strategy']}" + (f", V_thresh {f['v_thresh']:.3f} V" if "v_thresh" in f else "")
         + (f", V_hibernate {f['v_hibernate']:.3f} V, V_restore {f['v_restore']:.3f} V"
            if "v_hibernate" in f else "")),
        ("checkpoints", f"{f['checkpoints']} saved ({f['checkpoint_bytes']:,} FRAM bytes written), "
                        f"{f['checkpoints_torn']} torn, {f['restores']} restores; {f['checks']:,} checks"),
        ("overhead", f"{f['overhead_cycles']:,} cycles ({f['overhead_cycles_pct']:.2f} % of cycles: checks "
                     f"{f['check_cycles']:,}, saves {f['save_cycles']:,}, restores {f['restore_cycles']:,})"
         + (f"; {f['overhead_energy_pct']:.2f} % of the energy" if "overhead_energy_pct" in f else "")),
        ("wasted", f"{f['wasted_cycles']:,} cycles re-executed after failures"),
    ]
    return rows


__all__ = ["CheckpointSetup", "add_checkpoint_arguments", "checkpoint_rows", "default_v_thresh",
           "parse_region", "setup_checkpointing", "setup_war_detector"]
