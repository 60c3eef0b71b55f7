"""MSP430FR-class emulator that runs real firmware on harvested energy (docs/api.md).

    from msp430emu import RunConfig, simulate
    result = simulate(RunConfig(firmware="app.elf", capacitor=47e-6, harvester="rfid:1.5",
                                strategy="mementos-loop", max_time=10.0))

The public names below are loaded on first use, so ``import msp430emu`` stays cheap (a subcommand imports
only what it needs). Everything else is private to its package: ``cpu/`` (instruction tables, the compiled
core, disassembler), ``machine/``, ``peripherals/``, ``devices/``, ``power/``, ``checkpoint/``, ``war/``,
``campaigns/`` (torture, sweep, size), ``toolchain/`` (loader, SDK, instrument), ``output/``, ``cli/``.
"""

from __future__ import annotations

from msp430emu._lazy import lazy_exports

_PUBLIC = {
    # one run
    "RunConfig": "msp430emu.config",
    "simulate": "msp430emu.session",
    "Run": "msp430emu.session",
    "load_firmware": "msp430emu.session",
    "RunResult": "msp430emu.output.report",
    # scenarios
    "load_scenario": "msp430emu.scenario",
    # failure-injection campaigns
    "PlanSpec": "msp430emu.campaigns.torture.plan",
    "run_campaign": "msp430emu.campaigns.torture.campaign",
    "CampaignReport": "msp430emu.campaigns.torture.campaign",
    # strategies
    "parse_strategy": "msp430emu.checkpoint.registry",
    "register_strategy": "msp430emu.checkpoint.registry",
    "StrategyKind": "msp430emu.checkpoint.registry",
    "strategy_kinds": "msp430emu.checkpoint.registry",
    # building firmware
    "build": "msp430emu.toolchain.sdk",
    # errors (one line each; the CLI prints them as `msp430emu: error: ...` with exit status 2)
    "EmuError": "msp430emu.errors",
    "ConfigError": "msp430emu.errors",
    "LoadError": "msp430emu.errors",
    "BuildError": "msp430emu.errors",
}
_RENAMED = {"register_strategy": "register"}

__all__ = sorted(_PUBLIC)
__getattr__, __dir__ = lazy_exports(globals(), _PUBLIC, _RENAMED)
