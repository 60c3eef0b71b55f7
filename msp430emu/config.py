"""``RunConfig``: everything one run needs, typed and validated on construction.

    cfg = RunConfig(firmware="app.elf", capacitor=47e-6, harvester="rfid:1.5", strategy="mementos-loop",
                    max_time=10.0)
    cfg = RunConfig.from_scenario("default", strategy="hibernus")     # a scenario TOML, overridden
    cfg = RunConfig.from_options({"cap": "47u", "harvest": "rfid:2"}, firmware="app.elf")  # CLI spellings

Quantities accept numbers (SI units) or the command line's spellings ("47u", "2.4V", "8MHz"). A bad value
raises :class:`~msp430emu.errors.ConfigError` with the same one-line message the CLI prints (naming the
option, e.g. ``--cap: 0 must be > 0 F``). Output files (timeline, plot, vcd, trace) are checked by
:func:`msp430emu.session.simulate` before the run starts. The mapping from ``msp430emu run`` options
(argparse destinations) to fields is :data:`OPTION_FIELDS`.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass, fields, replace
from pathlib import Path

from msp430emu.errors import ConfigError
from msp430emu.units import RANGES, check_mclk, check_range, parse_dump, parse_hz, parse_int, parse_region

DEFAULT_MAX_CYCLES = 1_000_000_000
DEFAULT_PROGRESS_BOOTS = 20         # power.progress.DEFAULT_REPEATS (kept equal by a test)
DEFAULT_MAX_TIME_S = 3600.0         # device-time limit of an intermittent run without max_time (one hour)
# ``msp430emu run`` option (argparse destination) -> RunConfig field, where they differ
OPTION_FIELDS = {"fw": "firmware", "cap": "capacitor", "harvest": "harvester", "dump": "dumps"}
ENERGY_FIELDS = ("capacitor", "v_on", "v_off", "v_start", "v_max", "preset", "harvester")


def _quantity(value: object, option: str, unit: str) -> float:
    from energy import EnergyError
    from energy.units import parse_quantity

    if isinstance(value, bool):
        raise ConfigError(f"{option}: {value!r} is not a quantity in {unit}")
    if isinstance(value, (int, float)):
        return float(value)
    try:
        return parse_quantity(str(value), option, unit)
    except EnergyError as exc:
        raise ConfigError(str(exc)) from None


def _finite(value: float, option: str, text: object, unit: str) -> float:
    if not math.isfinite(value):
        raise ConfigError(f"{option}: {text} is not a finite number of {unit}")
    return value


def _volts(value: object, option: str, positive: bool = False) -> float:
    v = _finite(_quantity(value, option, "V"), option, value, "V")
    if v < 0.0 or (positive and v == 0.0):
        raise ConfigError(f"{option}: {value} must be {'> 0' if positive else '>= 0'} V")
    return check_range(v, option, value)


def _count(value: object, option: str) -> int:
    n = parse_int(value, option)
    lo, hi, unit = RANGES[option]
    if not lo <= n <= hi:
        raise ConfigError(f"{option}: {value} is outside the valid range {lo:,} to {hi:,} {unit}")
    return n


def _path(value: object, option: str = "file") -> Path | None:
    if value is None:
        return None
    if not isinstance(value, (str, os.PathLike)) or str(value) == "":
        raise ConfigError(f"{option}: {value!r} is not a file name")
    return Path(value)


@dataclass(frozen=True)
class RunConfig:
    """One run: firmware, device, energy, checkpoint strategy, limits and outputs (docs/api.md)."""

    firmware: Path | str | None = None          # ELF, Intel HEX or TI-TXT
    device: str = "fr5969"
    mclk: float | str | None = None             # Hz at reset (None: the device's reset clock)
    vcc: float = 3.0                            # supply of a continuous-power run
    until: str | int | None = None              # stop when execution reaches this symbol or address
    max_cycles: int = DEFAULT_MAX_CYCLES
    dumps: tuple[tuple[int, int], ...] = ()      # (start, length) memory ranges to read into the result
    # energy (any of these makes the run intermittent; the rest come from the preset, default wisp5)
    preset: str | None = None
    capacitor: float | str | None = None        # F
    v_on: float | str | None = None
    v_off: float | str | None = None
    v_start: float | str | None = None          # default V_on
    v_max: float | str | None = None            # clamp; default the device's maximum supply; "none": no clamp
    harvester: str | None = None                # --harvest syntax: rfid:1.5, trace:PATH,..., power:W, ...
    max_time: float | str | None = None         # s of device time
    progress_boots: int = DEFAULT_PROGRESS_BOOTS
    # checkpointing
    strategy: str = "none"
    v_thresh: float | str | None = None
    check_cycles: int | str | None = None
    ckpt_region: tuple[int, int] | str | None = None
    v_hibernate: float | str | None = None
    v_restore: float | str | None = None
    detect_war: bool = False
    # outputs (written by simulate; checked before the run)
    timeline: Path | str | None = None          # CSV
    plot: Path | str | None = None              # PNG
    vcd: Path | str | None = None
    trace: Path | str | None = None             # one record per instruction (msp430emu.output.trace)
    trace_format: str | None = None             # "binary" | "text"; None: text for FILE.txt, else binary
    record_timeline: bool = False               # keep the timeline rows in RunResult.timeline
    # debugging and profiling (docs/debugging.md, docs/profiling.md)
    gdb: str | int | None = None                # serve the GDB remote protocol on [HOST:]PORT, wait for gdb
    profile: Path | str | None = None           # per-function profile: speedscope .json or pprof .pb[.gz]
    trace_events: Path | str | None = None      # the timeline as Chrome/Perfetto trace-event JSON
    trace_spans: bool = False                   # with trace_events: per-function spans
    title: str | None = None                    # what a plot's title names the run after (a scenario)

    def __post_init__(self) -> None:
        set_ = object.__setattr__
        set_(self, "firmware", _path(self.firmware, "firmware"))
        if not isinstance(self.device, str) or not self.device:
            raise ConfigError(f"--device: {self.device!r} is not a device name")
        if self.mclk is not None:
            hz = _finite(parse_hz(self.mclk), "--mclk", self.mclk, "Hz")
            set_(self, "mclk", check_mclk(hz, self.device, text=self.mclk))
        vcc = _finite(_quantity(self.vcc, "--vcc", "V"), "--vcc", self.vcc, "V")
        set_(self, "vcc", check_range(vcc, "--vcc", self.vcc))
        if self.until is not None:
            if isinstance(self.until, bool) or not isinstance(self.until, (str, int)) or self.until == "":
                raise ConfigError(f"--until: {self.until!r} is not a symbol or an address")
            address = self.until
            if isinstance(address, str) and address.lstrip("+-")[:1].isdigit():
                address = parse_int(address, "--until")
            if isinstance(address, int) and not 0 <= address < 1 << 20:
                raise ConfigError(f"--until: {self.until} is outside the 20-bit address space "
                                  "(0x0 to 0xFFFFF)")
        max_cycles = parse_int(self.max_cycles, "--max-cycles")
        if max_cycles <= 0:
            raise ConfigError("--max-cycles must be a positive number of cycles")
        set_(self, "max_cycles", _count(max_cycles, "--max-cycles"))
        dumps = (self.dumps,) if isinstance(self.dumps, str) else self.dumps   # one "START:LEN", or several
        try:
            set_(self, "dumps", tuple(parse_dump(d) for d in dumps))
        except TypeError:
            raise ConfigError(f"--dump: {self.dumps!r} is not a list of START:LEN ranges") from None
        if self.capacitor is not None:
            cap = _quantity(self.capacitor, "--cap", "F")
            if not cap > 0.0 or not math.isfinite(cap):
                raise ConfigError(f"--cap: {self.capacitor} must be > 0 F")
            set_(self, "capacitor", check_range(cap, "--cap", self.capacitor))
        for name in ("v_on", "v_off", "v_start"):
            value = getattr(self, name)
            if value is not None:
                set_(self, name, _volts(value, "--" + name.replace("_", "-")))
        if self.v_max is not None:
            set_(self, "v_max", math.inf if self.v_max == "none" else _volts(self.v_max, "--v-max"))
        if self.max_time is not None:
            max_time = _quantity(self.max_time, "--max-time", "s")
            if not max_time > 0.0:
                raise ConfigError(f"--max-time: {self.max_time} must be > 0 s")
            set_(self, "max_time", check_range(max_time, "--max-time", self.max_time))
        boots = parse_int(self.progress_boots, "--progress-boots")
        if boots < 1:
            raise ConfigError(f"--progress-boots: {self.progress_boots} must be >= 1")
        set_(self, "progress_boots", _count(boots, "--progress-boots"))
        from msp430emu.checkpoint.registry import parse_strategy

        set_(self, "strategy", parse_strategy(self.strategy or "none").text)
        for name in ("v_thresh", "v_hibernate", "v_restore"):
            value = getattr(self, name)
            if value is not None:
                set_(self, name, _volts(value, "--" + name.replace("_", "-"), positive=True))
        if self.check_cycles is not None:
            check = parse_int(self.check_cycles, "--check-cycles")
            if check < 0:
                raise ConfigError(f"--check-cycles: {self.check_cycles} must be >= 0")
            set_(self, "check_cycles", _count(check, "--check-cycles"))
        if self.ckpt_region is not None:
            set_(self, "ckpt_region", parse_region(self.ckpt_region))
        for name in ("timeline", "plot", "vcd", "trace", "profile", "trace_events"):
            set_(self, name, _path(getattr(self, name), "--" + name.replace("_", "-")))
        if self.harvester is not None and not isinstance(self.harvester, str):
            raise ConfigError(f"--harvest: {self.harvester!r} is not a harvester spec (e.g. rfid:1.5, "
                              "power:1m, trace:PATH)")
        if self.trace_format is not None:
            from msp430emu.output.trace import trace_format

            if self.trace is None:
                raise ConfigError(f"--trace-format {self.trace_format}: needs --trace FILE")

            set_(self, "trace_format", trace_format(self.trace or "", self.trace_format))
        set_(self, "trace_spans", bool(self.trace_spans))
        set_(self, "detect_war", bool(self.detect_war))

    # -- construction from other spellings -----------------------------------------------------------
    @classmethod
    def from_options(cls, options: dict[str, object], **overrides: object) -> RunConfig:
        """A config from ``msp430emu run`` option destinations (``cap``, ``harvest``, ``v_thresh`` ...)
        with the values as the command line spells them; ``overrides`` are field names."""
        known = {f.name for f in fields(cls)}
        kwargs: dict[str, object] = {}
        for dest, value in options.items():
            name = OPTION_FIELDS.get(dest, dest)
            if name not in known:
                raise ConfigError(f"unknown run option {dest!r}")
            if value is not None:
                kwargs[name] = value
        kwargs.update(overrides)
        return cls(**kwargs)

    @classmethod
    def from_scenario(cls, name_or_path: str, build_dir: str | Path = "build",
                      **overrides: object) -> RunConfig:
        """A scenario file (or built-in name) as a config; its firmware app is built (and cached) in
        ``build_dir``; ``overrides`` (field names) win over the file."""
        from msp430emu.scenario import load_scenario
        from msp430emu.toolchain.apps import scenario_firmware

        scenario = load_scenario(name_or_path)
        if overrides.get("firmware") is None:
            overrides["firmware"] = scenario_firmware(scenario, Path(build_dir))
        overrides.setdefault("title", f"scenario {scenario.name}")
        return cls.from_options(scenario.options, **overrides)

    def replace(self, **changes: object) -> RunConfig:
        """A copy with ``changes`` (field names), validated again."""
        return replace(self, **changes)

    @property
    def intermittent(self) -> bool:
        """Does the run draw on a capacitor (any energy option given)?"""
        return any(getattr(self, name) is not None for name in ENERGY_FIELDS)


__all__ = ["DEFAULT_MAX_CYCLES", "DEFAULT_MAX_TIME_S", "ENERGY_FIELDS", "OPTION_FIELDS", "RANGES",
           "RunConfig", "check_mclk", "check_range"]
