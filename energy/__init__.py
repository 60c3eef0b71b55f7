"""Energy model: capacitor, harvesters, MCU load, power management. Imports neither the emulator nor hls.

The public surface is re-exported here; docs/energy-model.md explains the model.
"""

from energy.capacitor import NO_LOAD, NO_SOURCE, Capacitor, EnergyLedger, Load, Source, Trajectory
from energy.errors import EnergyError, SpecError, TraceError
from energy.harvest import Harvester, Segment, load_trace, parse_harvester
from energy.mcu import McuPowerModel, mcu_model, mode_for_status
from energy.power import PRESETS, PowerSwitch, Preset, Regulator, preset
from energy.system import EnergySystem, StepResult

__all__ = [
    "NO_LOAD", "NO_SOURCE", "Capacitor", "EnergyLedger", "Load", "Source", "Trajectory",
    "EnergyError", "SpecError", "TraceError",
    "Harvester", "Segment", "load_trace", "parse_harvester",
    "McuPowerModel", "mcu_model", "mode_for_status",
    "PRESETS", "PowerSwitch", "Preset", "Regulator", "preset",
    "EnergySystem", "StepResult",
]
