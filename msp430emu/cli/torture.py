"""``msp430emu torture``: failure-injection campaigns (docs/torture.md). The campaign is in
:mod:`msp430emu.campaigns.torture.campaign`; this module has the options, the summary table and --json.

Exit status: 0 when no trial's result differs from the continuous-power run and every planned failure was
injected; 1 when a result differs, or when the campaign injected fewer failures than planned (or none: it
tested nothing); 2 on bad input (one line on stderr)."""

from __future__ import annotations

import argparse
import json
import sys

from msp430emu.errors import ConfigError

TORTURE_EPILOG = """example:
  msp430emu torture build/crc.elf --strategy mementos-loop --failures 3 --seed 1 --trials 20
  msp430emu torture build/crc.elf --strategy periodic:5000 --failures 0 --in-saves 0.5 --json
  msp430emu torture tiny.elf --strategy oracle --every --step 10
  msp430emu torture app.elf --strategy hibernus --at 1200,50000 --harvest rfid:5

Each trial runs FW on intermittent power (the energy options as for `msp430emu run`; default: the
wisp4-mementos thresholds, 4.7 uF, a constant harvested power that holds the active load 0.1 V above V_off,
so the only failures are the injected ones) with power failures at instruction indices (the machine's
count of executed instructions, every boot included): --failures N random distinct indices below the
continuous-power run's instruction count (--trials trials, --seed), or the --at list, or --every index
(one trial each, --step apart). --in-saves P also cuts each checkpoint save with probability P just before
a random byte (at most N, or 1, per trial). Every result (exit code, UART, globals, .persistent) must equal
the continuous-power run's."""


def add_torture_parser(sub, fmt: type[argparse.HelpFormatter]) -> argparse.ArgumentParser:
    from msp430emu.cli.checkpoint import add_checkpoint_arguments
    from msp430emu.cli.energy import add_energy_arguments
    from msp430emu.cli.types import device_argument
    from msp430emu.devices import available_devices

    p = sub.add_parser("torture", help="inject power failures and compare with the continuous-power run",
                       epilog=TORTURE_EPILOG, formatter_class=fmt)
    p.add_argument("fw", metavar="FW", help="firmware image built with the SDK (ELF)")
    p.add_argument("--strategy", required=True, metavar="S",
                   help="checkpoint strategy (as for msp430emu run)")
    g = p.add_argument_group("the campaign")
    g.add_argument("--failures", metavar="N", type=int,
                   help="random failures per trial (default 1)")
    g.add_argument("--seed", metavar="K", type=int, default=0, help="random seed (default 0)")
    g.add_argument("--trials", metavar="T", type=int, help="trials (default 10; 1 with --at)")
    g.add_argument("--at", metavar="I1,I2,...", help="fail at these instruction indices (every trial)")
    g.add_argument("--every", action="store_true", help="one trial per instruction index")
    g.add_argument("--step", metavar="M", type=int, help="with --every: every M-th index (default 1)")
    g.add_argument("--in-saves", metavar="P", type=float, default=0.0,
                   help="probability that a checkpoint save is cut at a random byte (default 0)")
    g.add_argument("--json", action="store_true", help="print one JSON object instead of the summary")
    r = p.add_argument_group("the runs")
    r.add_argument("--device", default="fr5969", metavar="DEV", type=device_argument,
                   help=f"device: {', '.join(available_devices())} or a device TOML file (default fr5969)")
    r.add_argument("--mclk", metavar="HZ", help="MCLK at reset (default: the device's reset clock)")
    r.add_argument("--max-cycles", metavar="N", help="cycle limit of each trial (default: the larger of "
                                                     "1e7 and 1000 x the reference's cycles)")
    add_energy_arguments(p)
    add_checkpoint_arguments(p)
    return p


def _indices(text: str) -> tuple[int, ...]:
    try:
        values = tuple(int(v, 0) for v in text.split(","))
    except ValueError:
        raise ConfigError(f"--at: {text!r} is not a comma-separated list of instruction indices") from None
    if any(v < 0 for v in values):
        raise ConfigError(f"--at: {text!r}: instruction indices must be >= 0")
    return values


def plan_spec(args: argparse.Namespace):
    """The campaign's :class:`~msp430emu.campaigns.torture.plan.PlanSpec` from the options (one-line
    errors)."""
    from msp430emu.campaigns.torture.plan import PlanSpec

    if args.at is not None and args.every:
        raise ConfigError("--at and --every are two ways of choosing the failures: give one")
    if args.step is not None and not args.every:
        raise ConfigError("--step goes with --every")
    if args.failures is not None and (args.at is not None or args.every):
        raise ConfigError("--failures draws random failures: not with --at or --every")
    if args.every and args.trials is not None:
        raise ConfigError("--every runs one trial per instruction index: not with --trials")
    common = {"seed": args.seed, "in_saves": args.in_saves}
    if args.every:
        return PlanSpec("every", step=1 if args.step is None else args.step, **common)
    if args.at is not None:
        trials = 1 if args.trials is None else args.trials
        return PlanSpec("at", at=_indices(args.at), trials=trials, **common)
    failures = 1 if args.failures is None else args.failures
    return PlanSpec("random", failures=failures, trials=10 if args.trials is None else args.trials, **common)


TORTURE_RUN_OPTIONS = ("fw", "device", "mclk", "preset", "cap", "v_on", "v_off", "v_start", "v_max",
                       "harvest",
                       "max_time", "timeline", "progress_boots", "strategy", "v_thresh", "check_cycles",
                       "ckpt_region", "v_hibernate", "v_restore", "detect_war")


def campaign_config(args: argparse.Namespace):
    """The campaign's run configuration and its trial cycle limit (None: from the reference) from the
    parsed ``msp430emu torture`` options."""
    from msp430emu.config import RunConfig
    from msp430emu.units import parse_int

    cfg = RunConfig.from_options({dest: getattr(args, dest, None) for dest in TORTURE_RUN_OPTIONS})
    limit = parse_int(args.max_cycles, "--max-cycles") if args.max_cycles is not None else None
    if limit is not None:
        from msp430emu.config import check_range

        check_range(limit, "--max-cycles", args.max_cycles)
    return cfg, limit


def run_from_args(args: argparse.Namespace, prepare=None, on_trial=None):
    """The campaign the parsed options describe (its :class:`CampaignReport`)."""
    from msp430emu.campaigns.torture.campaign import run_campaign

    cfg, limit = campaign_config(args)
    return run_campaign(cfg, plan_spec(args), max_cycles=limit, prepare=prepare, on_trial=on_trial)


def cmd_torture(args: argparse.Namespace) -> int:
    progress = None if args.json or not sys.stderr.isatty() else _progress
    report = run_from_args(args, on_trial=progress)
    if args.json:
        print(json.dumps(report.to_dict()))
    else:
        _summary(report.to_dict())
    return 0 if report.passed else 1


def _progress(result) -> None:
    if result.outcome != "ok" or result.trial % 100 == 0:
        print(f"  trial {result.trial}: {result.outcome} ({result.exit})", file=sys.stderr)


def _trial_rows(name: str, t: dict) -> list[tuple[str, str]]:
    cuts = ", ".join(f"byte {k} of {n}" for k, n in t["save_faults"])
    points = ", ".join(map(str, t["injected"])) or "none"
    rows = [(name, f"trial {t['trial']}: exit {t['exit']}; failures at instructions {points}"
             + (f"; saves cut at {cuts}" if cuts else "")
             + f"; {t['checkpoints']} checkpoints, {t['restores']} restores")]
    rows += [("", d) for d in t["differences"]]
    if t["outcome"] == "no-progress":
        rows.append(("", t["message"]))
    return rows


def _summary(d: dict) -> None:
    from rich.console import Console
    from rich.table import Table

    ref = d["reference"]
    rows = [
        ("firmware", f"{d['firmware']} ({ref['instructions']:,} instructions, exit code "
                     f"{ref['exit_code']} on continuous power)"),
        ("strategy", d["strategy"]),
        ("energy", d["energy"]),
        ("campaign", f"{d['mode']}, seed {d['seed']}" + (f", saves cut with p = {d['in_saves']:g}"
                                                         if d["in_saves"] else "")),
        ("trials", f"{d['trials']:,}: {d['completed']:,} completed, {d['mismatches']:,} mismatches, "
                   f"{d['no_progress']:,} no progress"),
        ("failures", f"{d['failures_injected']:,} injected at instructions, {d['save_faults_injected']:,} "
                     f"inside saves; {d['power_failures']:,} power failures in all"),
        ("checkpoints", f"{d['checkpoints']:,} saved, {d['checkpoints_torn']:,} torn, "
                        f"{d['restores']:,} restores"),
        ("time", f"{d['wall_s']:.2f} s for the trials ({d['trials_per_s']:.1f} trials/s); reference "
                 f"{ref['wall_s']:.3f} s"),
    ]
    if d["first_mismatch"] is not None:
        rows += _trial_rows("first mismatch", d["first_mismatch"])
    if d["first_no_progress"] is not None:
        rows += _trial_rows("first no progress", d["first_no_progress"])
    rows += [("warning", w) for w in d["warnings"]]
    table = Table(box=None, pad_edge=False, show_header=False)
    table.add_column(style="bold")
    table.add_column()
    for key, value in rows:
        table.add_row(key, value)
    Console(width=None if sys.stdout.isatty() else 120, markup=False).print(table)
    print(d["verdict"])


__all__ = ["TORTURE_EPILOG", "add_torture_parser", "cmd_torture", "plan_spec"]
