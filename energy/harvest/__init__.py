"""Harvesters: each gives piecewise-constant segments (a Source valid until t_end) for exact event times."""

from energy.harvest.base import (
    ConstantCurrent,
    ConstantPower,
    Harvester,
    NoHarvest,
    PiecewiseHarvester,
    Segment,
)
from energy.harvest.rfid import RectifierCurve, RfidReader, received_power
from energy.harvest.solar import SolarHarvester
from energy.harvest.spec import parse_harvester
from energy.harvest.trace import Trace, TraceHarvester, TraceReport, load_trace

__all__ = [
    "ConstantCurrent", "ConstantPower", "Harvester", "NoHarvest", "PiecewiseHarvester", "Segment",
    "RectifierCurve", "RfidReader", "received_power", "SolarHarvester", "parse_harvester",
    "Trace", "TraceHarvester", "TraceReport", "load_trace",
]
