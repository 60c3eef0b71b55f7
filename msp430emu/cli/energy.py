"""``msp430emu run`` on harvested energy: the option group and the summary rows (the set-up is
msp430emu.power.setup).

    --cap 47u --v-on 2.4 --v-off 1.8 [--v-start V] [--preset wisp5]
    --harvest trace:PATH[,unit=V,load=30k,col=2] | rfid:DIST[,eirp=4] | power:W | current:A | none
    [--max-time S] [--timeline FILE.csv] [--progress-boots N]

Any of --cap, --v-on, --v-off, --v-start, --preset, --harvest makes the run intermittent; values not given
come from the preset (default wisp5). --v-start defaults to V_on (the run starts at the first boot; give
--v-start 0 for a cold start). --harvest defaults to none (a pre-charged capacitor running down). The
storage is clamped at --v-max, by default the device's maximum supply (an ideal shunt; the energy it
sheds is in energy_clamped_j).
Without any of them the run is on continuous power as before (--max-time still applies).
"""

from __future__ import annotations

import argparse

from msp430emu.config import DEFAULT_MAX_TIME_S
from msp430emu.config import DEFAULT_PROGRESS_BOOTS as DEFAULT_REPEATS  # power.progress's (no numpy)

ENERGY_EPILOG = """
energy runs:
  msp430emu run app.elf --preset wisp5 --harvest trace:1.txt,time=clock --max-time 60 --json
  msp430emu run app.elf --cap 47u --v-on 2.4 --v-off 1.8 --harvest rfid:2 --timeline run.csv
  msp430emu run app.elf --device fr5994 --harvest trace:rf-cart.trace,rect=p2110b --max-time 10

A trace is read in the units its header names (e.g. "sec RSSI,mW"), else unit=/time= or V and ms; the
summary's "trace" row and the JSON's "trace" field say how it was read. eff=E or rect=p2110b turns received
RF power into DC power.

With an energy option the supply is the capacitor (the ADC battery channel reads it; --vcc is ignored).
Extra exits: "no-progress" (the same boot-to-failure path repeated --progress-boots times), "max-time"
(--max-time, by default 3600 s of device time), "no-energy" (powered off and the capacitor can never reach
V_on: nothing harvested, or not more than the leakage)."""


def add_energy_arguments(parser: argparse.ArgumentParser) -> None:
    g = parser.add_argument_group("energy (intermittent power; see docs/intermittent.md)")
    g.add_argument("--preset", metavar="NAME", help="storage + thresholds preset: wisp5 (default), "
                                                     "wisp4-mementos")
    g.add_argument("--cap", metavar="F", help="storage capacitance, e.g. 47u (default: the preset's)")
    g.add_argument("--v-on", metavar="V", help="turn-on voltage (default: the preset's)")
    g.add_argument("--v-off", metavar="V", help="brown-out voltage (default: the preset's)")
    g.add_argument("--v-start", metavar="V", help="capacitor voltage at t = 0 (default: V_on)")
    g.add_argument("--v-max", metavar="V", help="over-voltage clamp of the storage (default: the device's "
                                                 "maximum supply, 3.6 V on the FR5969; 'none' for no clamp)")
    g.add_argument("--harvest", metavar="SPEC", help="none | power:W | current:A | trace:PATH[,unit=V,"
                                                      "load=30k,col=2,time=ms,eff=E|rect=p2110b] | "
                                                      "rfid:DIST[,eirp=4] | solar:PATH (default none)")
    g.add_argument("--max-time", metavar="S", help="stop after S seconds of device time (exit max-time; "
                                                   f"default on harvested energy: {DEFAULT_MAX_TIME_S:g} s)")
    g.add_argument("--timeline", metavar="FILE.csv", help="write t, V, power state and events as CSV")
    g.add_argument("--progress-boots", metavar="N", type=int, default=DEFAULT_REPEATS,
                   help="exit no-progress after N repeated boot-to-failure paths "
                        f"(default {DEFAULT_REPEATS})")


def summary_rows(fields: dict) -> list[tuple[str, str]]:
    """Rows for the readable summary of an energy run (none for a run on continuous power, whatever other
    fields a strategy or the WAR detector added)."""
    if "capacitance_f" not in fields:
        return []
    f = fields
    return [
        ("energy", f"{f['capacitance_f'] * 1e6:g} uF, on {f['v_on']:g} V, off {f['v_off']:g} V; "
                   f"harvester {f['harvester']}"),
        ("power", f"{f['boots']} boots, {f['power_failures']} failures; on {f['on_time_s']:.6f} s, "
                  f"off {f['off_time_s']:.6f} s"),
        ("capacitor", f"{f['v_start']:.4f} V -> {f['v_final']:.4f} V"),
        ("energy (J)", f"harvested {f['energy_harvested_j']:.6g}, consumed {f['energy_consumed_j']:.6g}, "
                       f"leaked {f['energy_leaked_j']:.6g}, clamped {f['energy_clamped_j']:.6g}"),
    ] + trace_rows(f.get("trace"))


def trace_rows(trace: dict | None) -> list[tuple[str, str]]:
    if not trace:
        return []

    def source(kind: str) -> str:
        return f"header {trace['header']!r}" if kind == "header" else kind

    read = (f"{trace['path']}: {trace['quantity']} in {trace['unit']} ({source(trace['unit_source'])}), "
            f"time in {trace['time_unit']} ({source(trace['time_unit_source'])}); {trace['samples_used']} "
            f"samples, step {trace['median_step_s']:g} s")
    if "rectifier" in trace:
        read += f"; rectifier {trace['rectifier']}"
    return ([("trace", read)] + [("trace warning", w) for w in trace["warnings"]]
            + [("trace hint", h) for h in trace["hints"]])
