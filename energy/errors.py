"""Exception types of the energy package: every bad input ends in one of these, with a one-line message."""

from __future__ import annotations


class EnergyError(ValueError):
    """Base class: an energy-model input or parameter is invalid."""


class TraceError(EnergyError):
    """A harvesting trace file cannot be used (empty, NaN, negative, disordered under ``reject``, ...)."""


class SpecError(EnergyError):
    """A harvester/preset specification string (CLI syntax) is malformed."""
