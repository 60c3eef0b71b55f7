"""``msp430emu run`` options --scenario, --strategy, --build-dir, --plot, --vcd.

:func:`add_scenario_arguments` declares them (after every other run option); :func:`apply_scenario`
fills what the command line left out from the scenario file and then from the built-in defaults.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from msp430emu.checkpoint.registry import strategy_help
from msp430emu.scenario import FIELDS, Scenario, builtin_names

OVERRIDABLE = tuple(dict.fromkeys([*(f.dest for f in FIELDS if f.dest), "harvest"]))


def add_scenario_arguments(run: argparse.ArgumentParser) -> None:
    """--scenario, --strategy, --build-dir, --plot, --vcd on ``msp430emu run``; call it after every other
    option is declared: the defaults of the options a scenario may set move to ``args.run_defaults`` (so
    "not given" is None and the file can fill it) and :func:`apply_scenario` puts them back."""
    g = run.add_argument_group("scenario and outputs (see docs/scenarios.md)")
    g.add_argument("--scenario", metavar="FILE|NAME",
                   help=f"TOML scenario file, or a built-in one: {', '.join(builtin_names())}; "
                        "options given on the command line override the file")
    g.add_argument("--strategy", metavar="NAME",
                   help=f"checkpoint strategy ({strategy_help()}; default none)")
    g.add_argument("--build-dir", metavar="DIR", default="build",
                   help="where a scenario's firmware.app is built and cached (default build/)")
    g.add_argument("--plot", metavar="FILE.png",
                   help="plot capacitor voltage, events and MCU state (energy run)")
    g.add_argument("--vcd", metavar="FILE.vcd", help="write voltage, PC, power state and events for GTKWave "
                                                     "(energy run)")
    builtin = {dest: run.get_default(dest) for dest in OVERRIDABLE}
    run.set_defaults(run_defaults=builtin, **dict.fromkeys(OVERRIDABLE))


def apply_scenario(args: argparse.Namespace) -> Scenario | None:
    """Fill the options the command line left out from ``--scenario`` and then from the built-in defaults;
    resolve the firmware. Returns the scenario."""
    from msp430emu.checkpoint.registry import parse_strategy  # (the command's, not the parser's: start-up)
    from msp430emu.scenario import load_scenario
    from msp430emu.toolchain.apps import scenario_firmware

    scenario = load_scenario(args.scenario) if args.scenario else None
    if scenario is not None:
        for dest, value in scenario.options.items():
            if getattr(args, dest) is None:
                setattr(args, dest, value)
    for dest, value in args.run_defaults.items():
        if getattr(args, dest) is None:
            setattr(args, dest, value)
    if args.strategy is not None:
        parse_strategy(args.strategy)
    if args.fw is None:
        args.fw = str(scenario_firmware(scenario, Path(args.build_dir)))
    return scenario


__all__ = ["OVERRIDABLE", "add_scenario_arguments", "apply_scenario"]
