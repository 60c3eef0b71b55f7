"""The figure and the VCD of an energy run: the PC sampled along the run's timeline while it runs
(:func:`start_recording`), and both written at the end (:func:`write_outputs`, atomically)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from msp430emu.errors import ConfigError


@dataclass
class Recording:
    """The timeline of an energy run (``EnergySetup.timeline``) with the PC sampled at each row."""

    timeline: object
    probe: object


def start_recording(cfg, energy, machine) -> Recording | None:
    """After ``energy.attach(machine)``: sample the PC along the timeline when a plot or a VCD is asked."""
    if cfg.plot is None and cfg.vcd is None:
        return None
    from msp430emu.output.vcd import PcProbe

    if energy is None or energy.timeline is None:
        raise ConfigError("--plot/--vcd need an energy run (--scenario, --preset, --cap, --harvest, ...)")
    probe = PcProbe(machine, energy.timeline)
    energy.power.recorder = probe.record
    return Recording(energy.timeline, probe)


def run_title(cfg, fields: dict, exit_kind: str) -> str:
    """What the figure's title says: the run as it was, not as the scenario hoped (strategy in force)."""
    where = f"{cfg.title}: " if cfg.title else ""
    name = Path(cfg.firmware).name if cfg.firmware is not None else "firmware"
    return (f"{where}{name}, {fields['capacitance_f'] * 1e6:g} uF, strategy "
            f"{cfg.strategy or 'none'} - exit {exit_kind}\n{fields['harvester']}")


def write_outputs(cfg, recording: Recording | None, fields: dict, exit_kind: str) -> None:
    """Write the plot and the VCD from the finished run's recording."""
    if recording is None:
        return
    rows = recording.timeline.rows
    if cfg.vcd is not None:
        from msp430emu.output.vcd import write_vcd

        write_vcd(cfg.vcd, rows, recording.probe.samples(),
                  comment=run_title(cfg, fields, exit_kind).replace("\n", "; "))
    if cfg.plot is not None:
        from msp430emu.output.plot import PlotInfo, write_plot

        write_plot(cfg.plot, rows, PlotInfo(fields["v_on"], fields["v_off"], run_title(cfg, fields,
                   exit_kind)))


__all__ = ["Recording", "run_title", "start_recording", "write_outputs"]
