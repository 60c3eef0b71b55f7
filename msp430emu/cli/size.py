"""``msp430emu size``: the smallest capacitance (or the lowest V_thresh) at which a firmware completes
(docs/tutorial.md section 6); the options, the evidence table and --json. The search is in
:mod:`msp430emu.campaigns.size`."""

from __future__ import annotations

import argparse
import json
import sys

from msp430emu.campaigns.sweep.base import add_base_arguments
from msp430emu.errors import ConfigError

SIZE_EPILOG = """example:
  msp430emu size build/ar.elf --harvest rfid:3 --strategy none
  msp430emu size build/ar.elf --harvest rfid:4 --strategy mementos-loop --target v_thresh --json
  msp430emu size app.elf --scenario wisp5 --lo 4.7u --hi 470u --tol 0.05

Runs FW on the base set-up (--scenario, default: the built-in "default", a WISP5-like tag 1.5 m from a
4 W EIRP reader with mementos-loop, and the options given here) with the target value replaced, and
bisects (scipy.optimize.bisect) for the smallest value at which the run completes (exit halt or until).
--target cap (default): capacitance in 1u..1m, relative tolerance 2 % (the bisection runs on log C); the
answer is rounded up to the E12 series and that part is run too. --target v_thresh: the checkpoint
threshold: 7 values from V_off to V_on of the base are tried, then the lowest that completes is
refined (tolerance 0.01 V; needs a Mementos strategy). --expect-exit CODE: a run that halts with
another exit code (a wrong result, e.g. a bug that only shows on intermittent power) does not count.

Assumes completion is monotone in the value near the answer (more capacitance, or a slightly earlier
checkpoint, never hurts): the evidence table lists every run tried so a violation shows. If nothing in
the range completes or --lo already does there is nothing to bisect: the runs are printed and the
command fails (exit 2)."""


def add_size_parser(sub, fmt: type[argparse.HelpFormatter]) -> argparse.ArgumentParser:
    size = sub.add_parser("size", help="find the smallest capacitor (or V_thresh) that completes the app",
                          epilog=SIZE_EPILOG, formatter_class=fmt)
    add_base_arguments(size)
    g = size.add_argument_group("the sizing")
    g.add_argument("--target", choices=("cap", "v_thresh"), default="cap",
                   help="what to size (default cap)")
    g.add_argument("--lo", metavar="X", help="low end of the search (cap default 1u; v_thresh: V_off)")
    g.add_argument("--hi", metavar="X", help="high end of the search (cap default 1m; v_thresh: V_on)")
    g.add_argument("--tol", metavar="T", type=float,
                   help="tolerance: relative for cap (default 0.02), volts for v_thresh (default 0.01)")
    g.add_argument("--expect-exit", metavar="CODE", help="a run completes only if it halts with this exit "
                                                          "code (the program's own result check), e.g. 0")
    g.add_argument("--json", action="store_true", help="print one JSON object instead of the table")
    return size


def _bound(text: str | None, option: str, unit: str) -> float | None:
    from energy import EnergyError
    from energy.units import parse_quantity

    if text is None:
        return None
    try:
        return parse_quantity(text, option, unit)
    except EnergyError as exc:
        raise ConfigError(str(exc)) from None


def cmd_size(args: argparse.Namespace) -> int:
    from msp430emu.campaigns.size import TARGETS, SizeRefused, size
    from msp430emu.campaigns.sweep.base import parse_exit_code, resolve_base

    target = TARGETS[args.target]
    lo, hi = _bound(args.lo, "--lo", target.unit), _bound(args.hi, "--hi", target.unit)
    if getattr(args, target.name) is not None:
        option = "--" + target.name.replace("_", "-")
        raise ConfigError(f"--target {target.name} is what is sized: do not give {option}")
    expect = parse_exit_code(args.expect_exit) if args.expect_exit is not None else None
    base = resolve_base(args)
    progress = None if args.json or not sys.stderr.isatty() else _progress
    try:
        sizing = size(base, target, lo, hi, args.tol, on_trial=progress, expect_exit=expect)
    except SizeRefused as exc:
        _report(exc.sizing, args.json, base, refused=str(exc))
        sys.stdout.flush()                  # the evidence before the one-line error
        raise
    _report(sizing, args.json, base)
    return 0


def _progress(trial) -> None:
    print(f"  run {trial.value:.6g}: {trial.outcome.get('exit') or 'error'}", file=sys.stderr)


def _report(sizing, as_json: bool, base, refused: str | None = None) -> None:
    from rich.console import Console
    from rich.table import Table

    from msp430emu.campaigns.size import format_value

    if as_json:
        extra = {"refused": refused} if refused is not None else {}
        print(json.dumps({**sizing.to_dict(), "firmware": str(base.firmware), "base": base.merged({}),
                          **extra}))
        return
    target = sizing.target
    console = Console(width=None if sys.stdout.isatty() else 120)
    print(f"{base.firmware.name} on {base.source}: {len(sizing.trials)} runs, by {target.name}")
    table = Table(box=None, pad_edge=False)
    for name in ("#", target.name, "completes", "exit", "code", "time (s)", "failures", "boots"):
        table.add_column(name, justify="left" if name in ("completes", "exit") else "right")
    order = {id(t): i for i, t in enumerate(sizing.trials, 1)}
    for t in sorted(sizing.trials, key=lambda t: t.value):
        r = t.record()
        time = f"{r['device_time_s']:.4f}" if isinstance(r["device_time_s"], float) else ""
        code = "" if r["exit_code"] is None else str(r["exit_code"])
        table.add_row(str(order[id(t)]), format_value(target, t.value), "yes" if t.completes else "no",
                      r["exit"] or f"error: {r['error']}", code, time, str(r["power_failures"] or 0),
                      str(r["boots"] or 0))
    console.print(table)
    if sizing.value is None or refused is not None:
        return
    below = sizing.largest_failing
    what = "capacitance" if target.name == "cap" else "V_thresh"
    print(f"smallest {what} that completes: {format_value(target, sizing.value)}"
          + (f" (largest that does not: {format_value(target, below)})" if below is not None else ""))
    fastest = sizing.fastest
    if target.name != "cap" and fastest is not None and fastest.value != sizing.value:
        print(f"fastest completion among the runs: {format_value(target, fastest.value)} "
              f"({fastest.outcome['device_time_s']:.4f} s)")
    if sizing.standard is not None:
        std = sizing.trial(sizing.standard)
        verdict = "completes" if std is not None and std.completes else "DOES NOT complete"
        print(f"standard part (E12): {format_value(target, sizing.standard)}, {verdict}")
    if sizing.violations:
        above = ", ".join(format_value(target, t.value) for t in sizing.violations)
        best = format_value(target, sizing.value)
        print(f"warning: not monotone: {above} did not complete although {best} did; the answer is not "
              "reliable (look at the set-up or the firmware)")


__all__ = ["SIZE_EPILOG", "add_size_parser", "cmd_size"]
