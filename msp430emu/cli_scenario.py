"""``msp430emu run`` options of issue 5: --scenario, --strategy, --build-dir, --plot, --vcd.

:func:`add_scenario_arguments` declares them (after every other run option); :func:`apply_scenario`
fills what the command line left out from the scenario file and then from the built-in defaults, checks
the output paths before the run;
:func:`start_recording` and :func:`write_outputs` sample the PC along the run's timeline and write the
figure and the VCD at the end (atomically: on any error nothing is written).
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path

from msp430emu.errors import ConfigError
from msp430emu.scenario import FIELDS, STRATEGY_HELP, STRATEGY_SYNTAX, Scenario, builtin_names, load_scenario

OVERRIDABLE = tuple(dict.fromkeys([*(f.dest for f in FIELDS if f.dest), "harvest"]))


def add_scenario_arguments(run: argparse.ArgumentParser) -> None:
    """--scenario, --strategy, --build-dir, --plot, --vcd on ``msp430emu run``; call it after every other
    option is declared: the defaults of the options a scenario may set move to ``args.run_defaults`` (so
    "not given" is None and the file can fill it) and :func:`apply_scenario` puts them back."""
    g = run.add_argument_group("scenario and outputs (see docs/scenarios.md)")
    g.add_argument("--scenario", metavar="FILE|NAME",
                   help=f"TOML scenario file, or a built-in one: {', '.join(builtin_names())}; "
                        "options given on the command line override the file")
    g.add_argument("--strategy", metavar="NAME", help=f"checkpoint strategy ({STRATEGY_HELP}; default none)")
    g.add_argument("--build-dir", metavar="DIR", default="build",
                   help="where a scenario's firmware.app is built and cached (default build/)")
    g.add_argument("--plot", metavar="FILE.png",
                   help="plot capacitor voltage, events and MCU state (energy run)")
    g.add_argument("--vcd", metavar="FILE.vcd", help="write voltage, PC, power state and events for GTKWave "
                                                     "(energy run)")
    builtin = {dest: run.get_default(dest) for dest in OVERRIDABLE}
    run.set_defaults(run_defaults=builtin, **dict.fromkeys(OVERRIDABLE))


def check_output_path(text: str, option: str) -> None:
    """Refuse an output file that cannot be written, before the run (nothing is written on error)."""
    path = Path(text)
    if path.is_dir():
        raise ConfigError(f"{option} {text}: is a directory")
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.is_dir():
        raise ConfigError(f"{option} {text}: directory {parent} does not exist")


def apply_scenario(args: argparse.Namespace) -> Scenario | None:
    """Fill the options the command line left out from ``--scenario`` and then from the built-in defaults;
    resolve the firmware. Returns the scenario."""
    scenario = load_scenario(args.scenario) if args.scenario else None
    if scenario is not None:
        for dest, value in scenario.options.items():
            if getattr(args, dest) is None:
                setattr(args, dest, value)
    for dest, value in args.run_defaults.items():
        if getattr(args, dest) is None:
            setattr(args, dest, value)
    if args.strategy is not None and not STRATEGY_SYNTAX.match(args.strategy):
        raise ConfigError(f"--strategy: {args.strategy!r} is not a strategy (one of {STRATEGY_HELP})")
    for option in ("plot", "vcd"):
        if getattr(args, option) is not None:
            check_output_path(getattr(args, option), f"--{option}")
    if args.fw is None:
        args.fw = str(scenario_firmware(scenario, Path(args.build_dir)))
    return scenario


def scenario_firmware(scenario: Scenario | None, build_dir: Path) -> Path:
    """The firmware a scenario names: its file, or its app built (and cached) in ``build_dir``."""
    if scenario is None:
        raise ConfigError("no firmware: give FW or a --scenario with a [firmware] table")
    if scenario.firmware_path is not None:
        return scenario.firmware_path
    if scenario.firmware_app is not None:
        from msp430emu.cli_build import build_cached

        return build_cached(scenario.firmware_app, build_dir, scenario.firmware_opt)
    raise ConfigError(f"no firmware: scenario {scenario.source} has no [firmware] table; give FW")


@dataclass
class Recording:
    """The timeline of an energy run (``EnergySetup.timeline``) with the PC sampled at each row."""

    timeline: object
    probe: object


def start_recording(args: argparse.Namespace, energy, machine) -> Recording | None:
    """After ``energy.attach(machine)``: sample the PC along the timeline when --plot or --vcd is given."""
    if args.plot is None and args.vcd is None:
        return None
    from msp430emu.vcd import PcProbe

    if energy is None or energy.timeline is None:
        raise ConfigError("--plot/--vcd need an energy run (--scenario, --preset, --cap, --harvest, ...)")
    probe = PcProbe(machine, energy.timeline)
    energy.power.recorder = probe.record
    return Recording(energy.timeline, probe)


def run_title(args: argparse.Namespace, scenario: Scenario | None, fields: dict, exit_kind: str) -> str:
    """What the figure's title says: the run as it was, not as the scenario hoped (strategy in force)."""
    where = f"scenario {scenario.name}: " if scenario is not None else ""
    return (f"{where}{Path(args.fw).name}, {fields['capacitance_f'] * 1e6:g} uF, strategy "
            f"{args.strategy or 'none'} - exit {exit_kind}\n{fields['harvester']}")


def write_outputs(args: argparse.Namespace, scenario: Scenario | None, recording: Recording | None,
                  fields: dict, exit_kind: str) -> None:
    """Write --plot and --vcd from the finished run's recording."""
    if recording is None:
        return
    rows = recording.timeline.rows
    if args.vcd is not None:
        from msp430emu.vcd import write_vcd

        write_vcd(args.vcd, rows, recording.probe.samples(),
                  comment=run_title(args, scenario, fields, exit_kind).replace("\n", "; "))
    if args.plot is not None:
        from msp430emu.plot import PlotInfo, write_plot

        write_plot(args.plot, rows, PlotInfo(fields["v_on"], fields["v_off"],
                                             run_title(args, scenario, fields, exit_kind)))


__all__ = ["OVERRIDABLE", "Recording", "add_scenario_arguments", "apply_scenario", "check_output_path",
           "run_title", "scenario_firmware", "start_recording", "write_outputs"]
