"""Solar harvesting: an irradiance trace (W/m^2) x cell area (m^2) x conversion efficiency -> a power."""

from __future__ import annotations

from energy.errors import EnergyError
from energy.harvest.base import PiecewiseHarvester, SampleSources
from energy.harvest.trace import Trace


class SolarHarvester(PiecewiseHarvester):
    """P = G(t) * area * efficiency, piecewise constant over the irradiance samples."""

    def __init__(self, trace: Trace, area: float, efficiency: float, loop: bool = False) -> None:
        if trace.quantity != "irradiance":
            raise EnergyError(f"{trace.report.path}: solar needs an irradiance trace (unit=W/m2), "
                              f"not {trace.quantity}")
        if not (area > 0.0 and 0.0 < efficiency <= 1.0):
            raise EnergyError(f"solar needs area > 0 m^2 and efficiency in (0, 1] (got {area}, {efficiency})")
        k = area * efficiency
        sources = SampleSources(trace.values * k, "power")      # g * k per sample, as one array
        super().__init__(trace.times, sources, trace.last_step, loop,
                         label=f"solar {trace.report.path} x {area:g} m^2 x {efficiency:g}")
        self.trace = trace
