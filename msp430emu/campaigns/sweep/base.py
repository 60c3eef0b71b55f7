"""The fixed part of a sweep or a sizing: firmware + every ``msp430emu run`` option that is not swept.

The base is a scenario (``--scenario FILE|NAME``; without one the built-in ``default``: a WISP5-like tag
1.5 m from a 4 W EIRP reader, docs/scenarios.md) flattened into run options, overridden by the options given
on the sweep's command line. A point is the base with some options replaced (:meth:`RunBase.argv`): the list
of arguments of ``msp430emu run``, so a point can always be re-run by hand.
"""

from __future__ import annotations

import argparse
import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from energy import EnergyError, parse_harvester
from msp430emu.checkpoint.registry import CHECKPOINT_OPTIONS, strategy_help, takes_option
from msp430emu.errors import ConfigError, LoadError
from msp430emu.scenario import FIELDS, load_scenario

DEFAULT_SCENARIO = "default"
NO_SCENARIO = "none"              # --scenario none: only the options given (`msp430emu run`'s defaults)

# run option dest -> (metavar, help) for the options a sweep or a sizing takes as its fixed base
BASE_OPTIONS: dict[str, tuple[str, str]] = {
    "device": ("NAME", "device (default fr5969)"),
    "mclk": ("HZ", "MCLK at reset, e.g. 8MHz"),
    "vcc": ("V", "supply voltage of a continuous-power run"),
    "preset": ("NAME", "storage + thresholds preset: wisp5, wisp4-mementos"),
    "cap": ("F", "storage capacitance, e.g. 47u"),
    "v_on": ("V", "turn-on voltage"),
    "v_off": ("V", "brown-out voltage"),
    "v_start": ("V", "capacitor voltage at t = 0 (default V_on)"),
    "v_max": ("V", "over-voltage clamp ('none' for no clamp)"),
    "harvest": ("SPEC", "harvester: none | power:W | current:A | trace:PATH[,...] | rfid:DIST[,eirp=4] | "
                        "solar:PATH"),
    "strategy": ("NAME", f"checkpoint strategy ({strategy_help()})"),
    "v_thresh": ("V", "Mementos: checkpoint when a check sees the supply below this"),
    "v_hibernate": ("V", "Hibernus: save and sleep when the supply falls to this"),
    "v_restore": ("V", "Hibernus: wake up when the supply rises back to this"),
    "check_cycles": ("N", "cycles of one voltage check"),
    "ckpt_region": ("START-END", "FRAM range of the two checkpoint slots"),
    "max_time": ("S", "stop each run after S seconds of device time"),
    "max_cycles": ("N", "stop each run after N CPU cycles"),
    "progress_boots": ("N", "exit no-progress after N repeated boot-to-failure paths"),
    "until": ("SYM", "stop when execution reaches this symbol"),
}
_FIELDS = {f.dest: f for f in FIELDS if f.dest}

# checkpoint option -> does a strategy (its kind, the text before ':') take it; a point whose strategy does
# not take an option it inherited from the base drops it (e.g. the default scenario's V_thresh at none)
STRATEGY_OPTIONS: dict[str, Callable[[str], bool]] = {
    option: (lambda kind, option=option: takes_option(kind, option)) for option in CHECKPOINT_OPTIONS}


def option_name(dest: str) -> str:
    """``v_thresh`` -> ``--v-thresh``."""
    return "--" + dest.replace("_", "-")


def add_base_arguments(parser: argparse.ArgumentParser) -> None:
    """FW, --scenario, --build-dir and the run options of :data:`BASE_OPTIONS` (all default None)."""
    parser.add_argument("fw", metavar="FW", nargs="?",
                        help="firmware image: ELF, Intel HEX or TI-TXT (default: the scenario's)")
    g = parser.add_argument_group("the fixed run set-up (any `msp430emu run` option; see docs/scenarios.md)")
    g.add_argument("--scenario", metavar="FILE|NAME",
                   help=f"TOML scenario or built-in name (default: {DEFAULT_SCENARIO}, a WISP5-like tag "
                        "1.5 m from a 4 W EIRP reader, mementos-loop; 'none': only the options given, as "
                        "`msp430emu run` without --scenario); the options below override it")
    g.add_argument("--build-dir", metavar="DIR", default="build",
                   help="where a scenario's firmware.app is built and cached (default build/)")
    for dest, (metavar, text) in BASE_OPTIONS.items():
        g.add_argument(option_name(dest), dest=dest, metavar=metavar, help=text)


def check_option(dest: str, text: str) -> str:
    """Check one run option's value the way a scenario file's key is checked; the value as run reads it."""
    where = option_name(dest)
    if dest == "harvest":
        from msp430emu.campaigns.sweep.params import absolute_spec

        try:
            parse_harvester(text)
        except EnergyError as exc:
            raise ConfigError(f"--harvest: {exc}") from None
        return absolute_spec(text)
    f = _FIELDS.get(dest)
    if f is None:                   # an option scenario files do not hold: the run checks it
        return text
    value: object = text
    if f.types == (int,):
        try:
            value = int(text.replace("_", ""), 0)
        except ValueError:
            raise ConfigError(f"{where}: {text!r} is not an integer") from None
    elif f.types == (int, float):
        try:
            value = float(text)
        except ValueError:
            raise ConfigError(f"{where}: {text!r} is not a number") from None
    f.check(value, where)
    return text


def parse_exit_code(text: str) -> int:
    """``--expect-exit``: a 16-bit exit code (decimal, 0x hex, negative) as run reports it (R12, signed)."""
    from msp430emu.units import parse_int

    code = parse_int(text, "--expect-exit")
    if not -0x8000 <= code <= 0xFFFF:
        raise ConfigError(f"--expect-exit: {text} is not a 16-bit exit code")
    return code - 0x10000 if code >= 0x8000 else code


@dataclass
class RunBase:
    """Firmware and the run options (dest -> value as the command line spells it) every point shares."""

    firmware: Path
    options: dict[str, str]
    source: str                                   # where the options came from, for the report
    firmware_bytes: bytes = field(repr=False, default=b"")

    @property
    def firmware_sha256(self) -> str:
        return hashlib.sha256(self.firmware_bytes).hexdigest()

    def merged(self, changes: dict[str, str]) -> dict[str, str]:
        """The base options with ``changes`` applied. A checkpoint option the point's strategy does not
        take is dropped unless the point itself sets it (the base's, e.g. the default scenario's V_thresh
        2.2 V, belongs to the base's strategy: see :data:`STRATEGY_OPTIONS`)."""
        options = {**self.options, **changes}
        kind = options.get("strategy", "none").split(":", 1)[0]
        for dest, takes in STRATEGY_OPTIONS.items():
            if dest in options and dest not in changes and not takes(kind):
                del options[dest]
        return options

    def config(self, changes: dict[str, str]):
        """The :class:`~msp430emu.config.RunConfig` (without firmware) of the base with ``changes``, or the
        one-line error that makes it invalid (that point is then recorded as an error)."""
        from msp430emu.config import RunConfig

        try:
            return RunConfig.from_options(self.merged(changes))
        except ConfigError as exc:
            return str(exc)

    def argv(self, changes: dict[str, str]) -> list[str]:
        """Arguments of ``msp430emu run`` (without FW) for the base with ``changes``."""
        out: list[str] = []
        for dest, value in self.merged(changes).items():
            out += [option_name(dest), str(value)]
        return out


def resolve_base(args: argparse.Namespace) -> RunBase:
    """The base the command line asks for: the scenario (default: built-in ``default``) flattened, the
    given options on top (each checked), the firmware resolved (a scenario's app built) and read."""
    from msp430emu.toolchain.apps import scenario_firmware

    scenario = None if args.scenario == NO_SCENARIO else load_scenario(args.scenario or DEFAULT_SCENARIO)
    options = {dest: str(value) for dest, value in scenario.options.items()} if scenario else {}
    given = [dest for dest in BASE_OPTIONS if getattr(args, dest, None) is not None]
    for dest in given:
        options[dest] = check_option(dest, getattr(args, dest))
    options = {**{dest: options[dest] for dest in BASE_OPTIONS if dest in options},   # one stable order
               **{dest: value for dest, value in options.items() if dest not in BASE_OPTIONS}}
    from msp430emu.config import RunConfig

    RunConfig.from_options(options)             # the base itself is valid (MCLK in range, finite values)
    if args.fw is not None:
        firmware = Path(args.fw)
    else:
        firmware = scenario_firmware(scenario, Path(args.build_dir))
    if not firmware.exists():
        raise LoadError(f"{firmware}: no such file")
    if not firmware.is_file():
        raise LoadError(f"{firmware}: not a regular file")
    source = (f"scenario {scenario.name}" if scenario else "no scenario") + \
        (f" + {', '.join(option_name(d) for d in given)}" if given else "")
    return RunBase(firmware.resolve(), options, source, firmware.read_bytes())


__all__ = ["BASE_OPTIONS", "DEFAULT_SCENARIO", "NO_SCENARIO", "STRATEGY_OPTIONS", "RunBase",
           "add_base_arguments", "check_option", "option_name", "parse_exit_code", "resolve_base"]
