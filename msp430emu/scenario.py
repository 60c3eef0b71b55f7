"""Scenario files: one TOML file holding a whole ``msp430emu run`` set-up (docs/scenarios.md).

    name, description
    [firmware]    path = "app.elf" (relative to the file) | app = "ar" (+ opt = "-O2")
    [device]      name, mclk, vcc
    [capacitor]   preset, capacitance, v_start, v_max
    [thresholds]  v_on, v_off
    [harvester]   kind = none|power|current|trace|solar|rfid + the kind's keys (see HARVESTER_KEYS)
    [strategy]    name, v_thresh
    [limits]      max_cycles, max_time, progress_boots, until

Every key fills one option of ``msp430emu run`` (FIELDS: table, key, accepted TOML types, option); an
option given on the command line wins over the file. Validation is strict: an unknown table or key, a
wrong type or a bad value is a one-line :class:`ConfigError` naming the file and the key. Built-in
scenarios (``--scenario default``) are the TOML files in ``msp430emu/scenarios/``.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from energy import EnergyError, parse_harvester
from energy.power import PRESETS
from energy.units import parse_quantity
from msp430emu.checkpoint.registry import parse_strategy, strategy_help
from msp430emu.errors import ConfigError
from msp430emu.units import parse_hz

BUILTIN_DIR = Path(__file__).resolve().parent / "scenarios"
OPT_LEVELS = ("-O0", "-O1", "-O2", "-O3", "-Os", "-Oz")
NUMBER = (int, float)
TEXT_OR_NUMBER = (str, int, float)
TYPE_NAMES = {(str,): "a string", (int,): "an integer", NUMBER: "a number",
              TEXT_OR_NUMBER: "a number or a string"}


Check = Callable[[object, str], object]     # (TOML value, "table.key") -> the value as the option holds it


def _text(value: object, where: str) -> object:
    return value


def _member(known: Callable[[], list[str]], what: str) -> Check:
    def check(value: object, where: str) -> object:
        if value not in known():
            raise ConfigError(f"{where} = {value!r} is not a known {what} (known: {', '.join(known())})")
        return value
    return check


def _devices() -> list[str]:
    from msp430emu.devices import available_devices

    return available_devices()


def _device(value: object, where: str) -> object:
    """A shipped device id, or a device TOML file (relative to the scenario; loaded after resolving)."""
    if isinstance(value, str) and value.endswith(".toml"):
        return value
    return _member(_devices, "device")(value, where)


def _frequency(value: object, where: str) -> object:
    try:
        parse_hz(str(value))
    except ConfigError as exc:
        raise ConfigError(f"{where}: {str(exc).removeprefix('--mclk: ')}") from None
    return str(value)


def _in_range(number: float, value: object, where: str, option: str) -> None:
    """The range of the run option ``option`` (msp430emu.config.RANGES), said with the file's key."""
    from msp430emu.units import check_range

    try:
        check_range(number, option, value)
    except ConfigError as exc:
        raise ConfigError(f"{where}{str(exc).removeprefix(option)}") from None


def _volts_supply(value: object, where: str) -> object:
    _in_range(float(value), value, where, "--vcc")
    return float(value)


def _strategy(value: object, where: str) -> object:
    try:
        parse_strategy(str(value))
    except ConfigError:
        raise ConfigError(f"{where} = {value!r} is not a strategy (one of {strategy_help()})") from None
    return value


def _count(as_text: bool, option: str) -> Check:
    def check(value: object, where: str) -> object:
        if value < 1:
            raise ConfigError(f"{where} = {value} must be >= 1")
        _in_range(value, value, where, option)
        return str(value) if as_text else value
    return check


def _quantity(unit: str, option: str, positive: bool = False, none_ok: bool = False) -> Check:
    """A number or an engineering-suffixed string (47u, 2.4V) >= 0 (> 0 if ``positive``) in the range of
    the run ``option``, as text."""
    def check(value: object, where: str) -> object:
        if none_ok and value == "none":
            return "none"
        try:
            number = parse_quantity(str(value), where, unit)
        except EnergyError as exc:
            raise ConfigError(str(exc)) from None
        if not number >= 0.0 or (positive and number == 0.0):
            raise ConfigError(f"{where} = {value!r} must be {'> 0' if positive else '>= 0'}")
        _in_range(number, value, where, option)
        return repr(number)
    return check


@dataclass(frozen=True)
class Field:
    """One key of a scenario file: where it lives, the TOML types it accepts, the run option it fills
    (None: the scenario's own) and how its value is checked and spelled for that option."""

    table: str           # "" for the top level
    key: str
    types: tuple[type, ...]
    dest: str | None
    check: Check = _text


FIELDS: tuple[Field, ...] = (
    Field("", "name", (str,), None),
    Field("", "description", (str,), None),
    Field("firmware", "path", (str,), None),
    Field("firmware", "app", (str,), None),
    Field("firmware", "opt", (str,), None),
    Field("device", "name", (str,), "device", _device),
    Field("device", "mclk", TEXT_OR_NUMBER, "mclk", _frequency),
    Field("device", "vcc", NUMBER, "vcc", _volts_supply),
    Field("capacitor", "preset", (str,), "preset", _member(lambda: sorted(PRESETS), "preset")),
    Field("capacitor", "capacitance", TEXT_OR_NUMBER, "cap", _quantity("F", "--cap", positive=True)),
    Field("capacitor", "v_start", TEXT_OR_NUMBER, "v_start", _quantity("V", "--v-start")),
    Field("capacitor", "v_max", TEXT_OR_NUMBER, "v_max", _quantity("V", "--v-max", none_ok=True)),
    Field("thresholds", "v_on", TEXT_OR_NUMBER, "v_on", _quantity("V", "--v-on")),
    Field("thresholds", "v_off", TEXT_OR_NUMBER, "v_off", _quantity("V", "--v-off")),
    Field("strategy", "name", (str,), "strategy", _strategy),
    Field("strategy", "v_thresh", TEXT_OR_NUMBER, "v_thresh", _quantity("V", "--v-thresh")),
    Field("limits", "max_cycles", (int,), "max_cycles", _count(as_text=True, option="--max-cycles")),
    Field("limits", "max_time", TEXT_OR_NUMBER, "max_time", _quantity("s", "--max-time", positive=True)),
    Field("limits", "progress_boots", (int,), "progress_boots",
          _count(as_text=False, option="--progress-boots")),
    Field("limits", "until", (str,), "until"),
)
TABLES = ("firmware", "device", "capacitor", "thresholds", "harvester", "strategy", "limits")

# harvester kind -> (the key holding the spec's first argument or None, the spec's key=value options);
# option values are numbers or text in the --harvest syntax (docs/intermittent.md)
HARVESTER_KEYS: dict[str, tuple[str | None, tuple[str, ...]]] = {
    "none": (None, ()),
    "power": ("power", ()),
    "current": ("current", ()),
    "trace": ("path", ("unit", "load", "col", "tcol", "time", "disorder", "gaps", "gapx", "loop", "eff",
                       "rect")),
    "solar": ("path", ("area", "eff", "col", "tcol", "time", "disorder", "gaps", "gapx", "loop")),
    "rfid": ("distance", ("eirp", "gain", "n", "dwell", "gap", "duty", "period")),
}
PATH_KEYS = {("firmware", "path"), ("harvester", "path")}


@dataclass
class Scenario:
    """A validated scenario: the run options it sets (by argparse destination) and its firmware."""

    source: str                      # the file (or "built-in NAME") for error messages
    name: str
    description: str = ""
    options: dict[str, object] = field(default_factory=dict)   # dest -> value as the command line gives it
    firmware_path: Path | None = None
    firmware_app: str | None = None
    firmware_opt: str = "-O2"


def builtin_names() -> list[str]:
    return sorted(p.stem for p in BUILTIN_DIR.glob("*.toml"))


def find_scenario(name_or_path: str) -> Path:
    """A built-in scenario's file (a bare name like ``default``) or the given file."""
    if isinstance(name_or_path, os.PathLike):
        name_or_path = os.fspath(name_or_path)
    if not isinstance(name_or_path, str) or not name_or_path:
        raise ConfigError(f"--scenario: {name_or_path!r} is not a scenario name or file")
    builtin = BUILTIN_DIR / f"{name_or_path}.toml"
    if "/" not in name_or_path and not name_or_path.endswith(".toml") and builtin.is_file():
        return builtin
    path = Path(name_or_path)
    if not path.exists():
        raise ConfigError(f"--scenario {name_or_path}: no such file or built-in scenario "
                          f"(built-in: {', '.join(builtin_names())})")
    if not path.is_file():
        raise ConfigError(f"--scenario {name_or_path}: not a regular file")
    return path


MAX_NESTING = 64          # arrays or inline tables deeper than this are refused before parsing


def _nesting(text: str) -> int:
    """The deepest nesting of ``[``/``{`` outside strings and comments (a bound checked before tomllib,
    whose recursion would otherwise depend on the interpreter's recursion limit)."""
    depth = deepest = 0
    quote = ""
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if quote:
            if c == "\\" and quote == '"':
                i += 1
            elif c == quote:
                quote = ""
        elif c in "\"'":
            quote = c
        elif c == "#":
            while i < n and text[i] != "\n":
                i += 1
        elif c in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif c in "]}":
            depth = max(0, depth - 1)
        i += 1
    return deepest


def load_scenario(name_or_path: str) -> Scenario:
    """Read and validate a scenario file (or a built-in scenario by name)."""
    path = find_scenario(name_or_path)
    try:
        text = path.read_text(encoding="utf-8")
        if _nesting(text) > MAX_NESTING:
            raise ConfigError(f"{path}: not valid TOML: arrays or tables nested too deep (more than "
                              f"{MAX_NESTING} levels)")
        raw = tomllib.loads(text)
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: not a UTF-8 text file") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    except RecursionError:
        raise ConfigError(f"{path}: not valid TOML: arrays or tables nested too deep") from None
    except OSError as exc:
        raise ConfigError(f"{path}: {exc.strerror}") from None
    return parse_scenario(raw, path)


def parse_scenario(raw: dict, path: Path) -> Scenario:
    """Validate the TOML document ``raw`` read from ``path`` (relative paths resolve against its folder)."""
    base = path.resolve().parent
    fields = {(f.table, f.key): f for f in FIELDS}
    values: dict[tuple[str, str], object] = {}
    for key, value in raw.items():
        if key in TABLES and not isinstance(value, dict):
            raise ConfigError(f"{path}: {key} must be a table ([{key}])")
        if isinstance(value, dict):
            if key not in TABLES:
                raise ConfigError(f"{path}: unknown table [{key}] (known: {', '.join(TABLES)})")
            if key == "harvester":
                continue
            for sub, sub_value in value.items():
                values[(key, sub)] = _checked_type(path, fields, key, sub, sub_value)
        else:
            values[("", key)] = _checked_type(path, fields, "", key, value)
    scenario = Scenario(source=str(path), name=str(values.pop(("", "name"), path.stem)),
                        description=str(values.pop(("", "description"), "")))
    _firmware(scenario, values, path, base)
    for (table, key), value in values.items():
        f = fields[(table, key)]
        try:
            scenario.options[f.dest] = f.check(value, _where(table, key))
        except ConfigError as exc:
            raise ConfigError(f"{path}: {exc}") from None
    device = scenario.options.get("device")
    if isinstance(device, str) and device.endswith(".toml"):       # a device file, beside the scenario
        scenario.options["device"] = str(_resolve(base, device))
    if "harvester" in raw:
        scenario.options["harvest"] = harvester_spec(raw["harvester"], path, base)
    _cross_checks(scenario, path)
    return scenario


def _where(table: str, key: str) -> str:
    return f"{table}.{key}" if table else key


def _checked_type(path: Path, fields: dict, table: str, key: str, value: object) -> object:
    f = fields.get((table, key))
    if f is None:
        known = ", ".join(k for t, k in fields if t == table)
        where = f"[{table}]" if table else "the top level"
        raise ConfigError(f"{path}: unknown key {_where(table, key)!r} in {where} (known: {known})")
    if isinstance(value, bool) or not isinstance(value, f.types):
        wanted = TYPE_NAMES[f.types]
        raise ConfigError(f"{path}: {_where(table, key)} must be {wanted} (got {type(value).__name__} "
                          f"{value!r})")
    return value


def _firmware(scenario: Scenario, values: dict, path: Path, base: Path) -> None:
    fw_path = values.pop(("firmware", "path"), None)
    app = values.pop(("firmware", "app"), None)
    opt = values.pop(("firmware", "opt"), None)
    if fw_path is not None and app is not None:
        raise ConfigError(f"{path}: firmware.path and firmware.app exclude each other (give one)")
    if opt is not None:
        if app is None:
            raise ConfigError(f"{path}: firmware.opt applies to firmware.app only")
        if opt not in OPT_LEVELS:
            raise ConfigError(f"{path}: firmware.opt = {opt!r} is not one of {', '.join(OPT_LEVELS)}")
        scenario.firmware_opt = opt
    if fw_path is not None:
        scenario.firmware_path = _resolve(base, fw_path)
    if app is not None:
        from msp430emu.toolchain.apps import APPS

        if not re.fullmatch(r"[A-Za-z0-9_]+", app) or not (APPS / f"{app}.c").is_file():
            known = ", ".join(sorted(p.stem for p in APPS.glob("*.c")))
            raise ConfigError(f"{path}: firmware.app = {app!r} is not an app of designs/firmware/apps "
                              f"(known: {known})")
        scenario.firmware_app = app


def _resolve(base: Path, text: str) -> Path:
    p = Path(text).expanduser()
    return p if p.is_absolute() else (base / p).resolve()


def _spec_value(path: Path, key: str, value: object) -> str:
    if isinstance(value, bool) and key == "loop":
        return "1" if value else "0"
    if isinstance(value, bool) or not isinstance(value, TEXT_OR_NUMBER):
        raise ConfigError(f"{path}: harvester.{key} must be a number or a string (got "
                          f"{type(value).__name__} {value!r})")
    text = repr(value) if isinstance(value, float) else str(value)
    if "," in text or not text.strip():
        raise ConfigError(f"{path}: harvester.{key} = {value!r} must be non-empty and contain no comma")
    return text


def harvester_spec(table: object, path: Path, base: Path) -> str:
    """The [harvester] table as a --harvest spec string (paths made absolute), checked by building it."""
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: harvester must be a table ([harvester])")
    kind = table.get("kind")
    if not isinstance(kind, str) or kind not in HARVESTER_KEYS:
        raise ConfigError(f"{path}: harvester.kind = {kind!r} must be one of {', '.join(HARVESTER_KEYS)}")
    first, options = HARVESTER_KEYS[kind]
    allowed = {"kind", *options, *([first] if first else [])}
    for key in table:
        if key not in allowed:
            raise ConfigError(f"{path}: unknown key 'harvester.{key}' for kind {kind!r} "
                              f"(known: {', '.join(sorted(allowed))})")
    if first is None:
        return "none"
    if first not in table:
        raise ConfigError(f"{path}: harvester.{first} is required for kind {kind!r}")
    arg = _spec_value(path, first, table[first])
    if first == "path":
        arg = str(_resolve(base, arg))
    pairs = [f"{k}={_spec_value(path, k, table[k])}" for k in options if k in table]
    spec = ",".join([f"{kind}:{arg}", *pairs])
    try:
        parse_harvester(spec)
    except EnergyError as exc:
        raise ConfigError(f"{path}: [harvester]: {exc}") from None
    return spec


def _cross_checks(scenario: Scenario, path: Path) -> None:
    opts = scenario.options
    if "mclk" in opts:
        from msp430emu.units import check_mclk

        device = str(opts.get("device", "fr5969"))
        try:
            check_mclk(parse_hz(opts["mclk"]), device, option="device.mclk", text=opts["mclk"])
        except ConfigError as exc:
            raise ConfigError(f"{path}: {exc}") from None
    strategy = opts.get("strategy", "none")
    if "v_thresh" in opts and strategy == "none":
        raise ConfigError(f"{path}: strategy.v_thresh needs a checkpoint strategy (strategy.name is none)")
    if "v_on" in opts and "v_off" in opts and not float(opts["v_off"]) < float(opts["v_on"]):
        raise ConfigError(f"{path}: thresholds.v_off = {opts['v_off']} V must be below thresholds.v_on = "
                          f"{opts['v_on']} V")


__all__ = ["FIELDS", "HARVESTER_KEYS", "Scenario", "builtin_names",
           "find_scenario", "harvester_spec", "load_scenario", "parse_scenario"]
