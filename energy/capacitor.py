"""The storage capacitor: exact closed-form evolution between events, and a full energy ledger.

Between two events the node obeys one ODE (derivation in docs/energy-model.md)::

    C dV/dt = P/V + a - b V        P = constant power in            (harvester read as a power)
                                   a = I_src - I_load - I_leak      (constant currents, + into the node)
                                   b = 1/R_load + 1/R_leak          (resistive loads and leakage)

so dt = C V dV / (P + a V - b V^2) (or C dV / (a - b V) when P = 0). Every case is a sum of integrals of
V**n / (alpha + beta V) (``energy.trajectory_jit.lin_moments4``): this gives ``time_to`` in closed form.
The inverse (``voltage_after``) is closed form for P = 0 (exponential / linear), P > 0 with a = b = 0
(square root) and P > 0 with b = 0 (Lambert W, polished by Newton steps on the closed-form t(V)); for
P > 0 and b > 0 it is a safeguarded Newton solve of the closed-form t(V) to machine precision.

The voltage never goes below 0: a constant-current sink stops drawing at 0 V (the node is pinned there; every
power flow is zero while it is). With P > 0 the voltage never reaches 0. An optional clamp holds V at v_max
and books the surplus as ``clamped`` energy.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from energy import trajectory_jit as tj
from energy.errors import EnergyError

INF = math.inf


@dataclass(frozen=True, slots=True)
class Source:
    """What a harvester delivers into the storage node during one segment."""

    power: float = 0.0      # W, whatever the node voltage (a constant-power harvester)
    current: float = 0.0    # A into the node (a constant-current harvester)

    def __post_init__(self) -> None:
        if not (self.power >= 0.0 and self.current >= 0.0) or math.isinf(self.power + self.current):
            raise EnergyError(f"source power/current must be finite and >= 0 "
                              f"(got {self.power}, {self.current})")


@dataclass(frozen=True, slots=True)
class Load:
    """What the load draws from the node: a constant current (the MCU) and/or a resistance."""

    current: float = 0.0        # A
    resistance: float = INF     # Ohm

    def __post_init__(self) -> None:
        if not (0.0 <= self.current < INF) or not (self.resistance > 0.0):
            raise EnergyError(f"load current must be finite >= 0 and resistance > 0 "
                              f"(got {self.current} A, {self.resistance} Ohm)")


NO_SOURCE = Source()
NO_LOAD = Load()


@dataclass(slots=True)
class EnergyLedger:
    """Energy that crossed the node since the capacitor was created (J), and the time covered (s)."""

    harvested: float = 0.0
    consumed: float = 0.0
    leaked: float = 0.0
    clamped: float = 0.0        # shunted by the over-voltage clamp while V is held at v_max
    time: float = 0.0

    def balance(self) -> float:
        """harvested - consumed - leaked - clamped: equals the change in stored energy (to rounding)."""
        return self.harvested - self.consumed - self.leaked - self.clamped


class Trajectory:
    """The ODE of one segment from one starting voltage: coefficients, direction, reachable range.
    Build it once (``Capacitor.trajectory``) to ask several questions about the same segment.

    The closed forms are energy/trajectory_jit.py's (compiled; the one implementation): ``tr`` is its tuple,
    the attributes are read from it."""

    __slots__ = ("tr", "c", "p", "a", "b", "v0", "v_max", "direction", "v_eq", "floor", "ceiling")

    def __init__(self, c: float, p: float, a: float, b: float, v0: float, v_max: float = INF) -> None:
        tr = tj.make(float(c), float(p), float(a), float(b), float(v0), float(v_max))
        self.tr = tr
        self.c, self.p, self.a, self.b, self.v0, self.v_max = tr[0], tr[1], tr[2], tr[3], tr[4], tr[5]
        self.direction = tr[6]
        self.v_eq = tr[7]             # the equilibrium approached (never reached)
        self.floor = tr[8]            # True: 0 V is reached in finite time
        self.ceiling = tr[14]         # True: the clamp is reached (or holds)

    def reachable(self, v1: float) -> bool:
        return tj.reachable(self.tr, float(v1))

    def time_to(self, v1: float) -> float:
        """Seconds from v0 until V reaches v1 (0 if v1 == v0, inf if never)."""
        return tj.time_to(self.tr, float(v1))

    def t_between(self, va: float, vb: float) -> float:
        """Time from va to vb along this flow (both reachable, in the direction of motion)."""
        return tj.t_between(self.tr, float(va), float(vb))

    def dt_dv(self, v: float) -> float:
        return tj.dt_dv(self.tr, float(v))

    def moments(self, v1: float, dt: float) -> tuple[float, float]:
        """(integral of V dt, integral of V^2 dt) over the segment from v0 to v1 lasting dt."""
        return tj.moments(self.tr, float(v1), float(dt))

    def voltage_after(self, dt: float) -> float:
        """V after dt (dt >= 0), floor at 0 V and clamp at v_max applied."""
        return tj.voltage_after(self.tr, float(dt))


class Capacitor:
    """A storage capacitor with optional leakage (constant current and/or resistance), an optional
    over-voltage clamp ``v_max`` (an ideal shunt: V is held there and the surplus is shunted, e.g. the
    3.6 V supply limit of the MSP430 or a rectifier's limit) and an energy ledger.

    ESR is deliberately not modelled (docs/energy-model.md section 2 gives the numbers).
    """

    __slots__ = ("capacitance", "voltage", "leak_current", "leak_resistance", "v_max", "ledger",
                 "initial_stored")

    def __init__(self, capacitance: float, voltage: float = 0.0, leak_current: float = 0.0,
                 leak_resistance: float = INF, v_max: float = INF) -> None:
        if not (0.0 < capacitance < INF):
            raise EnergyError(f"capacitance must be > 0 F (got {capacitance})")
        if not (0.0 <= voltage < INF):
            raise EnergyError(f"capacitor voltage must be >= 0 V (got {voltage})")
        if not (0.0 <= leak_current < INF) or not leak_resistance > 0.0:
            raise EnergyError(f"leakage must be a current >= 0 and a resistance > 0 "
                              f"(got {leak_current} A, {leak_resistance} Ohm)")
        self.capacitance = float(capacitance)
        self.voltage = float(voltage)
        self.leak_current = float(leak_current)
        self.leak_resistance = float(leak_resistance)
        if not (0.0 < v_max and voltage <= v_max):
            raise EnergyError(f"clamp voltage must be > 0 V and >= the start voltage (got {v_max} V)")
        self.v_max = float(v_max)
        self.ledger = EnergyLedger()
        self.initial_stored = self.stored

    @property
    def stored(self) -> float:
        """C V^2 / 2 (J)."""
        return 0.5 * self.capacitance * self.voltage * self.voltage

    def trajectory(self, source: Source = NO_SOURCE, load: Load = NO_LOAD) -> Trajectory:
        """The closed-form trajectory from the present voltage under one segment (valid until V changes)."""
        a = source.current - load.current - self.leak_current
        b = 1.0 / load.resistance + 1.0 / self.leak_resistance
        return Trajectory(self.capacitance, source.power, a, b, self.voltage, self.v_max)

    def slope(self, source: Source = NO_SOURCE, load: Load = NO_LOAD) -> float:
        """dV/dt now (V/s); +inf at 0 V with a constant-power source."""
        fl = self.trajectory(source, load)
        if fl.ceiling and fl.v0 >= fl.v_max:
            return 0.0                                           # held by the clamp
        if fl.v0 == 0.0:
            return INF if fl.p > 0.0 else max(fl.a, 0.0) / fl.c   # a sink cannot pull below 0 V
        return (fl.p / fl.v0 + fl.a - fl.b * fl.v0) / fl.c

    def limit_voltage(self, source: Source = NO_SOURCE, load: Load = NO_LOAD) -> float:
        """Where V goes as t -> infinity in this segment: an equilibrium, +inf, or 0 (a sink empties it)."""
        fl = self.trajectory(source, load)
        if fl.direction == 0:
            return fl.v0
        if fl.floor:
            return 0.0
        if fl.ceiling:
            return fl.v_max
        return fl.v_eq

    def time_to(self, v_target: float, source: Source = NO_SOURCE, load: Load = NO_LOAD) -> float:
        """Seconds until V reaches v_target under this segment (0 if already there, inf if never)."""
        return self.trajectory(source, load).time_to(v_target)

    def voltage_after(self, dt: float, source: Source = NO_SOURCE, load: Load = NO_LOAD) -> float:
        """V after dt seconds under this segment, without changing the capacitor."""
        if not dt >= 0.0 or dt == INF:
            raise EnergyError(f"time step must be finite and >= 0 s (got {dt})")
        return self.trajectory(source, load).voltage_after(dt)

    def advance(self, dt: float, source: Source = NO_SOURCE, load: Load = NO_LOAD,
                v_end: float | None = None, trajectory: Trajectory | None = None) -> float:
        """Advance dt seconds under one segment, update V and the ledger; returns the new V.

        ``v_end`` lets a caller that computed dt with ``time_to(v_end)`` land exactly on v_end (no rounding);
        ``trajectory`` reuses ``self.trajectory(source, load)`` built since the last change of V.
        """
        if not dt >= 0.0 or dt == INF:
            raise EnergyError(f"time step must be finite and >= 0 s (got {dt})")
        fl = self.trajectory(source, load) if trajectory is None else trajectory
        if fl.v0 != self.voltage:
            raise EnergyError("stale trajectory: the capacitor voltage changed since it was built")
        if v_end is not None and not fl.reachable(v_end):
            raise EnergyError(f"v_end {v_end} V is not reachable from {fl.v0} V under this segment")
        led = self.ledger
        v1, led.harvested, led.consumed, led.leaked, led.clamped, led.time = tj.advance(
            fl.tr, float(dt), -1.0 if v_end is None else float(v_end), v_end is not None, float(source.power),
            float(source.current), float(load.current), float(load.resistance), self.leak_current,
            self.leak_resistance, led.harvested, led.consumed, led.leaked, led.clamped, led.time)
        self.voltage = v1
        return v1
