"""The Mementos comparison's points: which runs, with which ``msp430emu run`` arguments.

Four sets of points, each a :class:`Point` with a unique :attr:`Point.key`:

* ``reference``  - each app on continuous power (3.0 V, no energy model, strategy none): the exit code a
  correct run must end with, and the cycles of the uninstrumented program;
* ``continuous`` - Mementos instrumentation (and periodic saves) on continuous power at 3.0 V: the checks
  run, no check ever sees V < V_thresh, no checkpoint is taken (Mementos's "overhead with no power
  failures"), with our ADC12_B check (the default) and with the paper's 647-cycle check;
* ``grid``       - strategies x capacitors x harvesters x apps on the wisp4-mementos thresholds;
* ``checkcost``  - the Mementos strategies again on the traces at 10 uF with the paper's 647-cycle check
  (the grid's runs use the default ADC12_B routine);
* ``vthresh``    - mementos-loop and mementos-timer on the traces at 10 uF with other V_thresh values (the
  paper swept 2.4 to 3.4 V; the grid uses its default, 2.7 V);
* ``O0``         - the apps built at -O0 (calls not inlined: return mode has trigger points), on the traces
  at 10 uF, with none and the three Mementos modes (and their -O0 references).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from msp430emu.config import RunConfig

REPO = Path(__file__).resolve().parents[1]
TRACE_DIR = REPO / "tests" / "data" / "traces" / "mementos-rf"
TRACE_OPTIONS = "time=clock"            # wall-clock time stamps (PROVENANCE.md, docs/energy-model.md 4.1)
PRESET = "wisp4-mementos"               # 10 uF, on 3.0 V, off 1.8 V, V_thresh 2.7 V (FIELD-NOTES 1)
V_THRESH = "2.7"
PAPER_CHECK_CYCLES = "647"              # Mementos's supply check at 1 MHz (FIELD-NOTES 1)
MAX_TIME_S = "60"                       # device seconds per run
DEFAULT_OPT = "-O2"

ALL_STRATEGIES = ("none", "mementos-loop", "mementos-return", "mementos-timer", "hibernus", "oracle",
                  "periodic:20000")
MEMENTOS = ("mementos-loop", "mementos-return", "mementos-timer")
CONTINUOUS_STRATEGIES = (*MEMENTOS, "periodic:20000")     # hibernus needs a capacitor; oracle never saves
VTHRESH_STRATEGIES = ("mementos-loop", "mementos-timer")
VTHRESH_VALUES = ("2.1", "2.4", "2.9")                     # besides the default 2.7 V (in the grid)
SIDE_OPT = "-O0"
SIDE_OPT_STRATEGIES = ("none", *MEMENTOS)


@dataclass(frozen=True)
class Grid:
    """What to run. ``harvest`` labels: ``trace1``..``trace5`` (the Mementos RF traces) and ``rfid:D``
    (a 4 W EIRP reader D metres away, free space: docs/energy-model.md 4.2)."""

    apps: tuple[str, ...]
    strategies: tuple[str, ...]
    caps: tuple[str, ...]
    harvest: tuple[str, ...]
    side_cap: str = "10u"
    v_thresh_values: tuple[str, ...] = VTHRESH_VALUES

    def restrict(self, apps=None, strategies=None, caps=None, harvest=None) -> Grid:
        """This grid with some axes replaced by the values given (None keeps the axis)."""
        return Grid(tuple(apps or self.apps), tuple(strategies or self.strategies), tuple(caps or self.caps),
                    tuple(harvest or self.harvest), self.side_cap, self.v_thresh_values)


TRACES = tuple(f"trace{i}" for i in range(1, 6))
DISTANCES = tuple(f"rfid:{d}" for d in (1, 2, 3, 4, 5, 6))
FULL = Grid(("crc", "sense", "rsa", "ar"), ALL_STRATEGIES, ("4.7u", "10u", "47u"), TRACES + DISTANCES)
QUICK = Grid(("crc", "sense"), ALL_STRATEGIES, ("10u",), ("trace1", "trace2", "rfid:4", "rfid:5"))


@dataclass(frozen=True)
class Point:
    """One run. ``check`` is '' for the default check cost (the ADC12_B routine) or a number of cycles;
    ``vthresh`` '' for V_THRESH (Mementos strategies only) or another value in volts."""

    set: str
    app: str
    strategy: str = "none"
    cap: str = ""
    harvest: str = ""
    check: str = ""
    opt: str = DEFAULT_OPT
    vthresh: str = ""

    @property
    def key(self) -> str:
        return "|".join((self.set, self.app, self.opt, self.strategy, self.cap, self.harvest, self.check,
                         self.vthresh))

    def options(self) -> dict[str, str]:
        """The ``msp430emu run`` options of this point (destination -> value as the command line spells
        it)."""
        options: dict[str, str] = {}
        if self.cap:
            options.update(preset=PRESET, cap=self.cap, harvest=harvest_spec(self.harvest),
                           max_time=MAX_TIME_S)
        if self.strategy != "none":
            options["strategy"] = self.strategy
        if self.strategy.startswith("mementos"):
            options["v_thresh"] = self.vthresh or V_THRESH
        if self.check:
            options["check_cycles"] = self.check
        return options

    def argv(self) -> list[str]:
        """The ``msp430emu run`` options after FW (to repeat the point by hand)."""
        return [f"--{dest.replace('_', '-')}={value}" for dest, value in self.options().items()]

    def config(self) -> RunConfig:
        """The point's run configuration (without firmware: each app's ELF is given to the runner)."""
        return RunConfig.from_options(self.options())


KEY_COLUMNS = ("set", "app", "opt", "strategy", "cap", "harvest", "check", "vthresh")


def harvest_spec(label: str) -> str:
    """The ``--harvest`` spec of a harvest label."""
    if label.startswith("trace"):
        return f"trace:{TRACE_DIR / (label[5:] + '.txt')},{TRACE_OPTIONS}"
    if label.startswith("rfid:"):
        return label
    raise ValueError(f"unknown harvest label {label!r}")


def plan(grid: Grid, opt: str = DEFAULT_OPT) -> list[Point]:
    """Every point of the experiment for ``grid``, in a fixed order."""
    points = [Point("reference", app, opt=opt) for app in grid.apps]
    traces = [h for h in grid.harvest if h.startswith("trace")]
    for app in grid.apps:
        for strategy in grid.strategies:
            if strategy in CONTINUOUS_STRATEGIES:
                points.append(Point("continuous", app, strategy, opt=opt))
                if strategy in MEMENTOS:
                    points.append(Point("continuous", app, strategy, check=PAPER_CHECK_CYCLES, opt=opt))
    for app in grid.apps:
        for cap in grid.caps:
            for harvest in grid.harvest:
                for strategy in grid.strategies:
                    points.append(Point("grid", app, strategy, cap, harvest, opt=opt))
    for app in grid.apps:
        for harvest in grid.harvest:
            if harvest.startswith("trace"):
                for strategy in grid.strategies:
                    if strategy in MEMENTOS:
                        points.append(Point("checkcost", app, strategy, grid.side_cap, harvest,
                                            PAPER_CHECK_CYCLES, opt))
    for app in grid.apps:
        for harvest in grid.harvest:
            if harvest.startswith("trace"):
                for strategy in grid.strategies:
                    if strategy in VTHRESH_STRATEGIES:
                        points += [Point("vthresh", app, strategy, grid.side_cap, harvest, opt=opt,
                                         vthresh=v) for v in grid.v_thresh_values]
    side = [s for s in grid.strategies if s in SIDE_OPT_STRATEGIES]
    if opt != SIDE_OPT and traces and side:
        for app in grid.apps:
            points.append(Point("reference", app, opt=SIDE_OPT))
            points += [Point("O0", app, s, grid.side_cap, t, opt=SIDE_OPT) for t in traces for s in side]
    return points


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


__all__ = ["ALL_STRATEGIES", "DEFAULT_OPT", "DISTANCES", "FULL", "KEY_COLUMNS", "MEMENTOS",
           "PAPER_CHECK_CYCLES", "QUICK", "SIDE_OPT", "SIDE_OPT_STRATEGIES", "TRACES", "VTHRESH_STRATEGIES",
           "V_THRESH", "Grid", "Point", "harvest_spec", "plan", "sha256_of"]
