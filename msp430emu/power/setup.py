"""The energy side of a run, built from a :class:`~msp430emu.config.RunConfig`: capacitor, harvester, power
switch and MCU model (:class:`IntermittentPower`), the max-time deadline, the no-progress monitor and the
timeline; and the energy fields of the run's result.

Any energy field of the config (capacitor, v_on, v_off, v_start, v_max, preset, harvester) makes the run
intermittent; the values not given come from the preset (default wisp5). V_start defaults to V_on (the run
starts at the first boot). The storage is clamped at v_max, by default the device's maximum supply. An
intermittent run without max_time stops after DEFAULT_MAX_TIME_S of device time (exit max-time, saying so).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from energy import Capacitor, EnergyError, EnergySystem, PowerSwitch, parse_harvester, preset
from msp430emu.config import DEFAULT_MAX_TIME_S
from msp430emu.devices import device_mcu_model
from msp430emu.errors import ConfigError
from msp430emu.output.timeline import Timeline
from msp430emu.power.progress import Deadline, ProgressMonitor

if TYPE_CHECKING:
    from msp430emu.power.intermittent import IntermittentPower

DEFAULT_PRESET = "wisp5"
TIMELINE_STEP_S = 1e-3        # with a timeline: at least one row per millisecond of device time


@dataclass
class EnergySetup:
    """The run's energy model: the Vcc callable, attach(machine), and the result fields at the end."""

    power: IntermittentPower | None
    max_time: float | None
    timeline_path: str | None
    repeats: int
    timeline: Timeline | None = None
    monitor: ProgressMonitor | None = None
    keep_timeline: bool = False     # record the timeline without writing it (plot, vcd, API, trace events)
    keep_rows: bool = False         # keep the timeline's rows in memory (plot, vcd, the API)
    default_max_time: bool = False  # max_time is DEFAULT_MAX_TIME_S (none was given)

    def vcc(self, now: float) -> float:
        return self.power.supply_voltage(now)

    def attach(self, machine) -> None:
        if self.max_time is not None:
            machine.add_event_source(Deadline(machine, self.max_time, self.default_max_time))
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
            self.timeline = Timeline(self.timeline_path, keep_rows=self.keep_rows)
            power.recorder = self.timeline.record
        power.attach(machine)

    def finish(self, machine, result) -> dict:
        """Commit the energy to the end of the run, write the timeline; the energy fields of the run."""
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
                self.timeline.close()
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
            **trace_fields(power.system.harvester),
        }


def trace_fields(harvester) -> dict:
    """``{"trace": ...}`` for a trace-driven harvester: how the file was read (units and where they came
    from, the reader), the repairs, warnings and hints (e.g. time=clock for Mementos-style stamps)."""
    trace = getattr(harvester, "trace", None)
    if trace is None:
        return {}
    out = trace.report.as_dict()
    rectifier = getattr(harvester, "rectifier", None)
    if rectifier is not None:
        out["rectifier"] = (f"efficiency {float(rectifier):g}" if isinstance(rectifier, float | int)
                            else getattr(rectifier, "name", "curve"))
    return {"trace": out}


def energy_setup(cfg, device) -> EnergySetup | None:
    """The energy set-up ``cfg`` asks for on ``device`` (a loaded :class:`~msp430emu.devices.Device`);
    None: continuous power and no time limit."""
    recorded = (any(x is not None for x in (cfg.timeline, cfg.plot, cfg.vcd, cfg.trace_events))
                or cfg.record_timeline)
    if not cfg.intermittent:
        if cfg.timeline is not None:
            raise ConfigError("--timeline needs an energy run (--preset, --cap, --harvest, ...)")
        if cfg.max_time is None:
            return None
        return EnergySetup(None, cfg.max_time, None, cfg.progress_boots)
    try:
        base = preset(cfg.preset or DEFAULT_PRESET)
        cap = cfg.capacitor if cfg.capacitor is not None else base.capacitance
        v_on = cfg.v_on if cfg.v_on is not None else base.v_on
        v_off = cfg.v_off if cfg.v_off is not None else base.v_off
        v_start = cfg.v_start if cfg.v_start is not None else v_on
        v_max = cfg.v_max if cfg.v_max is not None else device.supply_max_v
        try:
            harvester = parse_harvester(cfg.harvester or "none")
        except EnergyError as exc:
            raise ConfigError(f"--harvest: {exc}") from None
        try:
            switch = PowerSwitch(v_on, v_off)
        except EnergyError as exc:
            raise ConfigError(f"--v-on/--v-off: {exc}") from None
        from msp430emu.power.intermittent import IntermittentPower  # here: its compiled walks load numba

        system = EnergySystem(Capacitor(cap, v_start, v_max=v_max), harvester, switch)
        power = IntermittentPower(system, device_mcu_model(cfg.device),
                                  max_step=TIMELINE_STEP_S if recorded else math.inf)
    except EnergyError as exc:
        raise ConfigError(str(exc)) from None
    timeline = str(cfg.timeline) if cfg.timeline is not None else None
    max_time = cfg.max_time if cfg.max_time is not None else DEFAULT_MAX_TIME_S
    keep_rows = cfg.plot is not None or cfg.vcd is not None or cfg.record_timeline
    return EnergySetup(power, max_time, timeline, cfg.progress_boots, keep_timeline=recorded,
                       keep_rows=keep_rows, default_max_time=cfg.max_time is None)


__all__ = ["DEFAULT_PRESET", "EnergySetup", "TIMELINE_STEP_S", "energy_setup", "trace_fields"]
