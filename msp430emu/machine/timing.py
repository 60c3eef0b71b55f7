"""Tolerances of the machine's event times, shared by the event loop and the models that schedule events."""

EPS_T = 1e-13            # seconds: an event this close to now is due ...
EPS_REL = 1e-15          # ... plus a few float ulps of ``now`` itself (long runs)

__all__ = ["EPS_REL", "EPS_T"]
