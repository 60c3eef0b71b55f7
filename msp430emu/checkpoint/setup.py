"""The checkpoint side of a run, built from a :class:`~msp430emu.config.RunConfig`: the
:class:`~msp430emu.checkpoint.engine.Checkpointer` and the strategy the registry builds
(:mod:`msp430emu.checkpoint.registry`); the run's checkpoint fields at the end.

Defaults (docs/checkpointing.md, "Defaults"): the check's cost is the FR5969's ADC12_B supply check routine at
the run's MCLK (``cost.adc12_check_cycles``), 647 cycles (Mementos's figure) on devices without it; the
strategies' thresholds come from their builders (``strategies.default_v_thresh``, Hibernus's window).
"""

from __future__ import annotations

from dataclasses import dataclass

from msp430emu.checkpoint.cost import MEMENTOS_CHECK_CYCLES, CostModel, adc12_check_cycles
from msp430emu.checkpoint.engine import Checkpointer
from msp430emu.checkpoint.registry import CHECKPOINT_OPTIONS, parse_strategy, strategy_kind
from msp430emu.checkpoint.strategies import Strategy, StrategyContext
from msp430emu.cpu.state import C_FRAM_WAIT


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


def check_cycles_for(cfg, machine) -> int:
    """Cycles of one Mementos voltage check on this machine (the config's, or the ADC12_B routine's)."""
    if cfg.check_cycles is not None:
        return cfg.check_cycles
    if machine.find_peripheral("adc12") is not None:
        return adc12_check_cycles(machine.clocks.mclk, fram_wait=int(machine.state.ctl[C_FRAM_WAIT]))
    return MEMENTOS_CHECK_CYCLES


def setup_checkpointing(cfg, machine, image, energy) -> CheckpointSetup | None:
    """The strategy ``cfg.strategy`` names, attached to ``machine`` (after the energy set-up); None for
    strategy none. Options of other strategies are ignored with a warning."""
    spec = parse_strategy(cfg.strategy)
    kind = strategy_kind(spec.kind)
    if kind.builder is None:
        for option in CHECKPOINT_OPTIONS:
            if getattr(cfg, option) is not None:         # e.g. a scenario's, under --strategy none
                machine.warn(f"{option} is ignored: the checkpoint strategy is none")
        return None
    power = energy.power if energy is not None else None
    check = check_cycles_for(cfg, machine)
    cost = CostModel(check_cycles=check, fram_wait=int(machine.state.ctl[C_FRAM_WAIT]))
    ckpt = Checkpointer(machine, image, power, cost, cfg.ckpt_region)
    strategy = kind.build(spec, StrategyContext(cfg, machine, power, ckpt, check))
    for option in ("v_hibernate", "v_restore", "v_thresh"):    # (e.g. a scenario's, under another strategy)
        if getattr(cfg, option) is not None and option not in kind.options:
            owner = "a Mementos" if option == "v_thresh" else "a hibernus"
            machine.warn(f"{option} is ignored: it is {owner} option (strategy {spec.text})")
    strategy.attach(ckpt)
    strategy.name = spec.text
    return CheckpointSetup(strategy, ckpt)


__all__ = ["CheckpointSetup", "check_cycles_for", "setup_checkpointing"]
