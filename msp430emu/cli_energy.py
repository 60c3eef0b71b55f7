"""``msp430emu run`` on harvested energy: the option group, the set-up, and the result fields.

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
from dataclasses import dataclass

from energy import Capacitor, EnergyError, EnergySystem, PowerSwitch, mcu_model, parse_harvester, preset
from energy.units import parse_quantity
from msp430emu.devices import load_device
from msp430emu.errors import ConfigError
from msp430emu.power import IntermittentPower
from msp430emu.progress import DEFAULT_REPEATS, Deadline, ProgressMonitor
from msp430emu.timeline import Timeline

DEFAULT_PRESET = "wisp5"
ENERGY_OPTIONS = ("cap", "v_on", "v_off", "v_start", "v_max", "preset", "harvest")
TIMELINE_STEP_S = 1e-3        # with --timeline: at least one row per millisecond of device time

ENERGY_EPILOG = """
energy runs:
  msp430emu run app.elf --preset wisp5 --harvest trace:1.txt,time=clock --max-time 60 --json
  msp430emu run app.elf --cap 47u --v-on 2.4 --v-off 1.8 --harvest rfid:2 --timeline run.csv

With an energy option the supply is the capacitor (the ADC battery channel reads it; --vcc is ignored).
Extra exits: "no-progress" (the same boot-to-failure path repeated --progress-boots times), "max-time",
"no-energy" (powered off and the capacitor can never reach V_on)."""


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
                                                      "load=30k,col=2,time=ms] | rfid:DIST[,eirp=4] | "
                                                      "solar:PATH (default none)")
    g.add_argument("--max-time", metavar="S", help="stop after S seconds of device time (exit max-time)")
    g.add_argument("--timeline", metavar="FILE.csv", help="write t, V, power state and events as CSV")
    g.add_argument("--progress-boots", metavar="N", type=int, default=DEFAULT_REPEATS,
                   help="exit no-progress after N repeated boot-to-failure paths "
                        f"(default {DEFAULT_REPEATS})")


def _volts(text: str, option: str) -> float:
    try:
        value = parse_quantity(text, option, "V")
    except EnergyError as exc:
        raise ConfigError(str(exc)) from None
    if value < 0.0:
        raise ConfigError(f"{option}: {text} must be >= 0 V")
    return value


@dataclass
class EnergySetup:
    """What cmd_run needs: the Vcc callable, attach(machine), and the result fields at the end."""

    power: IntermittentPower | None
    max_time: float | None
    timeline_path: str | None
    repeats: int
    timeline: Timeline | None = None
    monitor: ProgressMonitor | None = None
    keep_timeline: bool = False     # record the timeline without writing it (--plot, --vcd)

    def vcc(self, now: float) -> float:
        return self.power.supply_voltage(now)

    def attach(self, machine) -> None:
        if self.max_time is not None:
            machine.add_event_source(Deadline(machine, self.max_time))
        power = self.power
        if power is None:
            return
        device = machine.device
        for name, v in (("V_off", power.system.switch.v_off), ("V_on", power.system.switch.v_on)):
            if not device.supply_min_v <= v <= device.supply_max_v:
                machine.warn(f"{name} = {v:g} V is outside the {device.name} supply range "
                             f"{device.supply_min_v}-{device.supply_max_v} V")
        self.monitor = ProgressMonitor(machine, self.repeats)
        power.listeners.append(self.monitor)
        if self.timeline_path is not None or self.keep_timeline:
            self.timeline = Timeline()
            power.recorder = self.timeline.record
        power.attach(machine)

    def finish(self, machine, result) -> dict:
        """Commit the energy to the end of the run, write the timeline; the JSON fields of the run."""
        power = self.power
        if power is None:
            return {}
        now = machine.now()
        power.finish(now)
        cap = power.system.capacitor
        if self.timeline is not None:
            self.timeline.record(now, cap.voltage, power.state_name(), f"end:{result.exit}")
            if self.timeline_path is not None:
                self.timeline.write(self.timeline_path)
        led = cap.ledger
        return {
            "power_failures": power.failures,
            "boots": power.boots,
            "on_time_s": power.on_time,
            "off_time_s": power.off_time,
            "energy_harvested_j": led.harvested,
            "energy_consumed_j": led.consumed,
            "energy_leaked_j": led.leaked,
            "energy_clamped_j": led.clamped,
            "energy_stored_change_j": cap.stored - cap.initial_stored,
            "v_start": power.v_start,
            "v_final": cap.voltage,
            "capacitance_f": cap.capacitance,
            "v_on": power.system.switch.v_on,
            "v_off": power.system.switch.v_off,
            "harvester": power.system.harvester.describe(),
        }


def energy_setup(args, device: str) -> EnergySetup | None:
    """The energy set-up the options ask for (None: continuous power, no time limit)."""
    max_time = None
    if args.max_time is not None:
        try:
            max_time = parse_quantity(args.max_time, "--max-time", "s")
        except EnergyError as exc:
            raise ConfigError(str(exc)) from None
        if not max_time > 0.0:
            raise ConfigError(f"--max-time: {args.max_time} must be > 0 s")
    if args.progress_boots < 1:
        raise ConfigError(f"--progress-boots: {args.progress_boots} must be >= 1")
    if not any(getattr(args, name) is not None for name in ENERGY_OPTIONS):
        if args.timeline is not None:
            raise ConfigError("--timeline needs an energy run (--preset, --cap, --harvest, ...)")
        return EnergySetup(None, max_time, None, args.progress_boots) if max_time is not None else None
    recorded = any(getattr(args, name, None) is not None
                   for name in ("timeline", "plot", "vcd", "trace_events"))
    try:
        base = preset(args.preset or DEFAULT_PRESET)
        cap = parse_quantity(args.cap, "--cap", "F") if args.cap is not None else base.capacitance
        v_on = _volts(args.v_on, "--v-on") if args.v_on is not None else base.v_on
        v_off = _volts(args.v_off, "--v-off") if args.v_off is not None else base.v_off
        v_start = _volts(args.v_start, "--v-start") if args.v_start is not None else v_on
        if args.v_max is None:
            v_max = load_device(device).supply_max_v
        else:
            v_max = float("inf") if args.v_max == "none" else _volts(args.v_max, "--v-max")
        if not cap > 0.0:
            raise ConfigError(f"--cap: {args.cap} must be > 0 F")
        try:
            harvester = parse_harvester(args.harvest or "none")
        except EnergyError as exc:
            raise ConfigError(f"--harvest: {exc}") from None
        try:
            switch = PowerSwitch(v_on, v_off)
        except EnergyError as exc:
            raise ConfigError(f"--v-on/--v-off: {exc}") from None
        system = EnergySystem(Capacitor(cap, v_start, v_max=v_max), harvester, switch)
        power = IntermittentPower(system, mcu_model(device),
                                  max_step=TIMELINE_STEP_S if recorded else float("inf"))
    except EnergyError as exc:
        raise ConfigError(str(exc)) from None
    return EnergySetup(power, max_time, args.timeline, args.progress_boots, keep_timeline=recorded)


def summary_rows(fields: dict) -> list[tuple[str, str]]:
    """Rows for the readable summary of an energy run."""
    if not fields:
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
    ]
