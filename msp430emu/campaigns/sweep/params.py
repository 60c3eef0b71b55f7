"""Sweep parameters: what ``--param NAME=V1,V2,...`` may name, and the points of a sweep.

Each parameter either sets one ``msp430emu run`` option (cap -> --cap) or edits the harvester spec of the
point: ``distance`` / ``trace`` / ``power`` set the first argument of an rfid / trace / power harvester
(the base's options of that kind are kept; a base of another kind is replaced), ``eirp`` / ``gain`` /
``load`` set an option of the point's rfid / trace harvester. Points are the cartesian product of the
value lists, in the order the parameters were given (the last one varies fastest).
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from energy import EnergyError
from energy.units import parse_quantity
from msp430emu.errors import ConfigError
from msp430emu.units import parse_hz


def _quantity(unit: str) -> Callable[[str], float]:
    def parse(text: str) -> float:
        try:
            return parse_quantity(text, "value", unit)
        except EnergyError as exc:
            raise ConfigError(str(exc)) from None
    return parse


def _integer(text: str) -> float:
    try:
        return float(int(text.replace("_", ""), 0))
    except ValueError:
        raise ConfigError(f"{text!r} is not an integer") from None


def _plain_float(text: str) -> float:
    try:
        return float(text)
    except ValueError:
        return 0.0


def _hz(text: str) -> float:
    return parse_hz(text)


@dataclass(frozen=True)
class Param:
    """One sweepable parameter: the run option it sets, or the harvester argument / option it edits."""

    name: str
    help: str
    unit: str = ""                                  # axis label unit
    number: Callable[[str], float] | None = None    # value text -> number (None: not a numeric parameter)
    option: str | None = None                       # run option dest
    harvest_kind: str | None = None                 # sets this kind's first argument
    harvest_key: str | None = None                  # sets this option of the harvest_kind harvester


PARAMS: dict[str, Param] = {p.name: p for p in (
    Param("distance", "RFID reader distance (m): harvester rfid:DIST", "m", _quantity("m"),
          harvest_kind="rfid"),
    Param("eirp", "RFID reader EIRP (W)", "W", _quantity("W"), harvest_kind="rfid", harvest_key="eirp"),
    Param("gain", "RFID tag antenna gain (dBi)", "dBi", _quantity(""), harvest_kind="rfid",
          harvest_key="gain"),
    Param("power", "constant harvested power (W): harvester power:W", "W", _quantity("W"),
          harvest_kind="power"),
    Param("trace", "a harvesting trace file: harvester trace:PATH", harvest_kind="trace"),
    Param("load", "load resistance of a voltage trace (ohm)", "ohm", _quantity(""), harvest_kind="trace",
          harvest_key="load"),
    Param("harvest", "a whole --harvest spec (values separated by ';')", option="harvest"),
    Param("cap", "storage capacitance (F)", "F", _quantity("F"), option="cap"),
    Param("v_on", "turn-on voltage (V)", "V", _quantity("V"), option="v_on"),
    Param("v_off", "brown-out voltage (V)", "V", _quantity("V"), option="v_off"),
    Param("v_start", "capacitor voltage at t = 0 (V)", "V", _quantity("V"), option="v_start"),
    Param("v_max", "over-voltage clamp (V)", "V", _quantity("V"), option="v_max"),
    Param("strategy", "checkpoint strategy", option="strategy"),
    Param("v_thresh", "Mementos checkpoint threshold (V)", "V", _quantity("V"), option="v_thresh"),
    Param("v_hibernate", "Hibernus save threshold (V)", "V", _quantity("V"), option="v_hibernate"),
    Param("v_restore", "Hibernus wake-up threshold (V)", "V", _quantity("V"), option="v_restore"),
    Param("check_cycles", "cycles of one voltage check", "cycles", _integer, option="check_cycles"),
    Param("mclk", "MCLK (Hz, e.g. 8MHz)", "Hz", _hz, option="mclk"),
    Param("preset", "storage + thresholds preset", option="preset"),
    Param("device", "device", option="device"),
    Param("vcc", "continuous supply voltage (V)", "V", _quantity("V"), option="vcc"),
    Param("max_time", "device-time limit (s)", "s", _quantity("s"), option="max_time"),
    Param("max_cycles", "cycle limit", "cycles", _integer, option="max_cycles"),
    Param("progress_boots", "no-progress boots", "boots", _integer, option="progress_boots"),
)}


@dataclass(frozen=True)
class Sweep:
    """The parameters (in the order given) and their value lists (as given, text)."""

    names: tuple[str, ...]
    values: tuple[tuple[str, ...], ...]

    def points(self) -> list[tuple[str, ...]]:
        """Every combination, the first parameter varying slowest."""
        return list(itertools.product(*self.values))

    def numeric(self, name: str) -> list[float] | None:
        """The parameter's values as numbers, or None if it is not numeric or a value does not parse."""
        number = PARAMS[name].number
        if number is None:
            return None
        try:
            return [number(v) for v in self.values[self.names.index(name)]]
        except ConfigError:
            return None


def split_values(text: str, name: str = "") -> list[str]:
    """``1,2,3`` -> three values; a list holding a ';' is split on ';' (values that contain commas), and
    so is every ``harvest`` list (its specs are full of commas)."""
    sep = ";" if ";" in text or name == "harvest" else ","
    return [v.strip() for v in text.split(sep)]


MAX_RANGE_VALUES = 1000
MAX_POINTS = 1_000_000                 # points of one sweep (each is a whole run)


def expand_range(param: Param, item: str) -> list[str]:
    """``START:STOP:STEP`` of a numeric parameter -> START, START+STEP, ... up to STOP (inclusive when it
    falls on the grid); any other item as it is."""
    parts = item.split(":")
    if param.number is None or len(parts) != 3:
        return [item]
    where = f"--param {param.name}={item}"
    try:
        start, stop, step = (param.number(part) for part in parts)
    except ConfigError as exc:
        raise ConfigError(f"{where}: START:STOP:STEP: {exc}") from None
    if not step > 0 or stop < start:
        raise ConfigError(f"{where}: START:STOP:STEP needs STEP > 0 and STOP >= START")
    count = math.floor((stop - start) / step * (1 + 1e-9) + 1e-9) + 1
    if count > MAX_RANGE_VALUES:
        raise ConfigError(f"{where}: {count} values (at most {MAX_RANGE_VALUES})")
    if param.number is _integer:
        return [str(round(start + i * step)) for i in range(count)]
    return [f"{start + i * step:.6g}" for i in range(count)]


def parse_params(texts: list[str]) -> Sweep:
    """``["distance=1,2", "strategy=none,mementos-loop"]`` -> a :class:`Sweep`; one-line errors."""
    if not texts:
        raise ConfigError("give at least one --param NAME=V1,V2,... "
                          f"(names: {', '.join(PARAMS)})")
    names: list[str] = []
    values: list[tuple[str, ...]] = []
    for text in texts:
        name, eq, rest = text.partition("=")
        name = name.strip().replace("-", "_")
        if not eq:
            raise ConfigError(f"--param {text!r}: expected NAME=V1,V2,... (e.g. distance=1,2,3)")
        if name not in PARAMS:
            raise ConfigError(f"--param {text!r}: unknown parameter {name!r} (known: {', '.join(PARAMS)})")
        if name in names:
            raise ConfigError(f"--param {name} is given twice (give all its values in one list)")
        items = split_values(rest, name)
        if not rest.strip() or any(not v for v in items):
            raise ConfigError(f"--param {text!r}: empty value (give V1,V2,... without empty entries)")
        items = [value for item in items for value in expand_range(PARAMS[name], item)]
        number = PARAMS[name].number
        for item in items if number is not None else ():
            try:
                x = number(item)
            except ConfigError:                 # not a number: that point is an error row, unless NaN/inf
                x = _plain_float(item)
            if not math.isfinite(x):
                raise ConfigError(f"--param {name}={item}: not a finite number")
        seen: set[str] = set()
        duplicates = sorted({v for v in items if v in seen or seen.add(v)})   # linear: lists may be long
        if duplicates:
            raise ConfigError(f"--param {name}: value {duplicates[0]!r} is given twice")
        names.append(name)
        values.append(tuple(items))
    count = math.prod(len(v) for v in values)
    if count > MAX_POINTS:
        raise ConfigError(f"--param: {' x '.join(str(len(v)) for v in values)} = {count:,} points "
                          f"(at most {MAX_POINTS:,}: a sweep is bounded like any run)")
    clash = [n for n in names if PARAMS[n].harvest_kind] if "harvest" in names else []
    if clash:
        raise ConfigError(f"--param harvest and --param {clash[0]} both set the harvester "
                          "(sweep one of them)")
    return Sweep(tuple(names), tuple(values))


def split_spec(spec: str) -> tuple[str, str | None, list[tuple[str, str]]]:
    """``rfid:2,eirp=4`` -> ("rfid", "2", [("eirp", "4")]); ``none`` -> ("none", None, [])."""
    kind, colon, body = spec.strip().partition(":")
    if not colon:
        return kind, None, []
    arg, *rest = body.split(",")
    options = [(k.strip(), v.strip()) for k, _, v in (part.partition("=") for part in rest)]
    return kind, arg, options


def join_spec(kind: str, arg: str | None, options: list[tuple[str, str]]) -> str:
    if arg is None:
        return kind
    return ",".join([f"{kind}:{arg}", *(f"{k}={v}" for k, v in options)])


FILE_KINDS = ("trace", "solar")             # harvester kinds whose first argument is a file


def absolute_spec(spec: str) -> str:
    """The spec with a trace / solar file made absolute (a worker process or machine runs it from
    another folder); other specs unchanged."""
    kind, arg, options = split_spec(spec)
    if kind not in FILE_KINDS or arg is None or Path(arg).is_absolute():
        return spec
    return join_spec(kind, str(Path(arg).resolve()), options)


def point_changes(sweep: Sweep, point: tuple[str, ...], base_harvest: str | None) -> dict[str, str]:
    """The run options (dest -> value) a point changes in the base; ConfigError if an edit does not fit
    the point's harvester (e.g. eirp on a trace harvester)."""
    changes: dict[str, str] = {}
    harvest = base_harvest or "none"
    edits = [(PARAMS[n], v) for n, v in zip(sweep.names, point, strict=True)]
    for p, value in edits:
        if p.option is not None:
            changes[p.option] = value
    harvest = changes.get("harvest", harvest)
    kind, arg, options = split_spec(harvest)
    for p, value in edits:                      # first arguments (they may change the kind) ...
        if p.harvest_kind is not None and p.harvest_key is None:
            if p.harvest_kind != kind:
                kind, options = p.harvest_kind, []
            arg = value
    for p, value in edits:                      # ... then options of that kind
        if p.harvest_key is not None:
            if kind != p.harvest_kind:
                raise ConfigError(f"--param {p.name} needs a {p.harvest_kind} harvester (the point's is "
                                  f"{join_spec(kind, arg, options)!r}: give --harvest {p.harvest_kind}:... "
                                  "or sweep its first argument too)")
            options = [(k, v) for k, v in options if k != p.harvest_key] + [(p.harvest_key, value)]
    spec = absolute_spec(join_spec(kind, arg, options))
    if spec != (base_harvest or "none") or "harvest" in changes:
        changes["harvest"] = spec
    return changes


__all__ = ["FILE_KINDS", "MAX_POINTS", "MAX_RANGE_VALUES", "PARAMS", "Param", "Sweep", "absolute_spec",
           "expand_range", "join_spec", "parse_params",
           "point_changes", "split_spec", "split_values"]
