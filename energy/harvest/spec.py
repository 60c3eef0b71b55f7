"""The CLI syntax for harvesters -> a Harvester.

    none
    power:W                       e.g. power:1m, power:250u
    current:A                     e.g. current:100u
    trace:PATH[,unit=V,load=30k,col=2,tcol=1,time=ms,disorder=drop,gaps=zero,gapx=5,loop=0,eff=E|rect=p2110b]
                                  unit/time default to the header's units, else V and ms; eff/rect: RF-to-DC
                                  rectifier for a trace of received RF power
    rfid:DIST[,eirp=4,gain=2.15,n=2,dwell=0.4,gap=1m,duty=1,period=1]     DIST in metres (plain number)
    solar:PATH[,area=1e-3,eff=0.15,col=2,tcol=1,time=s,disorder=drop,gaps=zero,gapx=5,loop=0]

Numbers take engineering suffixes (47u, 30k, 4m). Every error is a SpecError with a one-line message.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from energy.errors import EnergyError, SpecError, TraceError
from energy.harvest.base import ConstantCurrent, ConstantPower, Harvester, NoHarvest
from energy.harvest.rfid import P2110B_POINTS, RectifierCurve, RfidReader
from energy.harvest.solar import SolarHarvester
from energy.harvest.trace import RECTIFIERS, TraceHarvester, load_trace
from energy.units import parse_quantity

_TRACE_KEYS = {"unit", "load", "col", "tcol", "time", "disorder", "gaps", "gapx", "loop", "eff", "rect"}
_SOLAR_KEYS = {"area", "eff", "col", "tcol", "time", "disorder", "gaps", "gapx", "loop"}
_RFID_KEYS = {"eirp", "gain", "n", "dwell", "gap", "duty", "period"}
# the valid ranges of the spec's numbers (docs/cli.md "Valid ranges"): beyond them a value describes no
# harvester (a 1e300 W source, a 1e-300 Ohm load); the models' own checks (duty in (0, 1], ...) still
# apply
BOUNDS: dict[str, tuple[float, float, str]] = {
    "power": (0.0, 1e3, "W"), "current": (0.0, 1e3, "A"), "eirp": (0.0, 1e4, "W"),
    "gain": (-100.0, 100.0, "dBi"), "n": (1.0, 10.0, ""), "load": (1e-3, 1e12, "Ohm"),
    "area": (1e-9, 1e3, "m^2"),
}


def _bounded(spec: str, key: str, value: float) -> float:
    lo, hi, unit = BOUNDS[key]
    if value > hi or 0.0 < value < lo:      # zero and negative values: the model's own message
        raise SpecError(f"{spec!r}: {key} = {value:g} is outside the valid range {lo:g} to {hi:g} "
                        f"{unit}".rstrip())
    return value


def _options(spec: str, parts: list[str], known: set[str]) -> dict[str, str]:
    opts: dict[str, str] = {}
    for part in parts:
        key, eq, value = part.partition("=")
        key = key.strip()
        if not eq or not key or not value.strip():
            raise SpecError(f"{spec!r}: option {part!r} is not key=value")
        if key not in known:
            raise SpecError(f"{spec!r}: unknown option {key!r} (known: {', '.join(sorted(known))})")
        if key in opts:
            raise SpecError(f"{spec!r}: option {key!r} given twice")
        opts[key] = value.strip()
    return opts


def _int(spec: str, key: str, text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise SpecError(f"{spec!r}: {key}={text!r} is not an integer") from None


def _bool(spec: str, key: str, text: str) -> bool:
    if text.lower() in ("1", "yes", "true", "on"):
        return True
    if text.lower() in ("0", "no", "false", "off"):
        return False
    raise SpecError(f"{spec!r}: {key}={text!r} is not a yes/no value")


def _trace_kwargs(spec: str, opts: dict[str, str], default_unit: str, default_time: str) -> dict:
    return {
        "column": _int(spec, "col", opts.get("col", "2")),
        "time_column": _int(spec, "tcol", opts.get("tcol", "1")),
        "unit": opts.get("unit"),
        "time_unit": opts.get("time"),
        "default_unit": default_unit,
        "default_time_unit": default_time,
        "disorder": opts.get("disorder", "drop"),
        "gaps": opts.get("gaps", "zero"),
        "gap_factor": parse_quantity(opts.get("gapx", "5"), f"{spec!r}: gapx"),
    }


def _path(spec: str, text: str, base_dir: Path | None) -> Path:
    if not text.strip():
        raise SpecError(f"{spec!r}: missing file path")
    p = Path(text.strip())
    return p if p.is_absolute() or base_dir is None else base_dir / p


def _trace(spec: str, arg: str, rest: list[str], base_dir: Path | None) -> Harvester:
    opts = _options(spec, rest, _TRACE_KEYS)
    trace = load_trace(_path(spec, arg, base_dir), **_trace_kwargs(spec, opts, "V", "ms"))
    load = _bounded(spec, "load", parse_quantity(opts.get("load", "30k"), f"{spec!r}: load", "Ohm"))
    if "eff" in opts and "rect" in opts:
        raise SpecError(f"{spec!r}: give eff= (a constant efficiency) or rect= (a curve), not both")
    rectifier = None
    if "eff" in opts:
        rectifier = parse_quantity(opts["eff"], f"{spec!r}: eff")
    elif "rect" in opts:
        if opts["rect"].lower() not in RECTIFIERS:
            raise SpecError(f"{spec!r}: unknown rectifier {opts['rect']!r} (known: {', '.join(RECTIFIERS)})")
        rectifier = RectifierCurve(P2110B_POINTS, name="p2110b")
    return TraceHarvester(trace, load, _bool(spec, "loop", opts.get("loop", "0")), rectifier)


def _solar(spec: str, arg: str, rest: list[str], base_dir: Path | None) -> Harvester:
    opts = _options(spec, rest, _SOLAR_KEYS)
    kwargs = _trace_kwargs(spec, opts, "W/m2", "s")
    trace = load_trace(_path(spec, arg, base_dir), **kwargs)
    area = _bounded(spec, "area", parse_quantity(opts.get("area", "1e-3"), f"{spec!r}: area"))
    eff = parse_quantity(opts.get("eff", "0.15"), f"{spec!r}: eff")
    return SolarHarvester(trace, area, eff, _bool(spec, "loop", opts.get("loop", "0")))


def _rfid(spec: str, arg: str, rest: list[str], base_dir: Path | None) -> Harvester:
    opts = _options(spec, rest, _RFID_KEYS)
    try:
        distance = float(arg)
    except ValueError:
        raise SpecError(f"{spec!r}: distance must be a plain number of metres (e.g. rfid:2.5)") from None
    num = {k: parse_quantity(v, f"{spec!r}: {k}") for k, v in opts.items()}
    for key in ("eirp", "gain", "n"):
        if key in num:
            _bounded(spec, key, num[key])
    return RfidReader(distance, eirp=num.get("eirp", 4.0), tag_gain_dbi=num.get("gain", 2.15),
                      path_loss_exponent=num.get("n", 2.0), dwell=num.get("dwell", 0.4),
                      hop_gap=num.get("gap", 1e-3), duty=num.get("duty", 1.0), period=num.get("period", 1.0))


def _power(spec: str, arg: str, rest: list[str], base_dir: Path | None) -> Harvester:
    if rest:
        raise SpecError(f"{spec!r}: power takes no options")
    return ConstantPower(_bounded(spec, "power", parse_quantity(arg, f"{spec!r}: power", "W")))


def _current(spec: str, arg: str, rest: list[str], base_dir: Path | None) -> Harvester:
    if rest:
        raise SpecError(f"{spec!r}: current takes no options")
    return ConstantCurrent(_bounded(spec, "current", parse_quantity(arg, f"{spec!r}: current", "A")))


_KINDS: dict[str, Callable[[str, str, list[str], Path | None], Harvester]] = {
    "trace": _trace, "solar": _solar, "rfid": _rfid, "power": _power, "current": _current,
}


def parse_harvester(spec: str, base_dir: str | Path | None = None) -> Harvester:
    """Build the harvester a spec string names; relative paths resolve against ``base_dir`` if given.

    Raises SpecError (malformed spec) or another EnergyError subclass (TraceError for a bad file), always
    with a one-line message.
    """
    text = spec.strip()
    if text == "none":
        return NoHarvest()
    kind, colon, body = text.partition(":")
    if not colon or kind not in _KINDS:
        raise SpecError(f"{spec!r}: expected none, {':..., '.join(_KINDS)}:...")
    arg, *rest = body.split(",")
    if not arg.strip():
        raise SpecError(f"{spec!r}: missing value after {kind}:")
    try:
        return _KINDS[kind](spec, arg.strip(), rest, Path(base_dir) if base_dir is not None else None)
    except (SpecError, TraceError):
        raise                       # already name the spec or the file (and line)
    except EnergyError as exc:
        raise SpecError(f"{spec!r}: {exc}") from None
