"""The storage capacitor: exact closed-form evolution between events, and a full energy ledger.

Between two events the node obeys one ODE (derivation in docs/energy-model.md)::

    C dV/dt = P/V + a - b V        P = constant power in            (harvester read as a power)
                                   a = I_src - I_load - I_leak      (constant currents, + into the node)
                                   b = 1/R_load + 1/R_leak          (resistive loads and leakage)

so dt = C V dV / (P + a V - b V^2) (or C dV / (a - b V) when P = 0). Every case is a sum of integrals of
V**n / (alpha + beta V), evaluated by ``energy.special.lin_moments``: this gives ``time_to`` in closed form.
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

from energy.errors import EnergyError
from energy.special import lambert_w0, lambert_wm1, lin_moments, wright_omega

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
    """The ODE of one segment from one starting voltage: coefficients, direction, reachable range, pieces.
    Build it once (``Capacitor.trajectory``) to ask several questions about the same segment."""

    __slots__ = ("c", "p", "a", "b", "v0", "direction", "v_eq", "floor", "pieces", "shift", "singular",
                 "v_max", "ceiling")

    def __init__(self, c: float, p: float, a: float, b: float, v0: float, v_max: float = INF) -> None:
        self.c, self.p, self.a, self.b, self.v0, self.v_max = c, p, a, b, v0, v_max
        g = (INF if p > 0.0 else a) if v0 == 0.0 else p / v0 + a - b * v0
        self.direction = 0 if g == 0.0 else (1 if g > 0.0 else -1)
        self.v_eq = INF if self.direction > 0 else -INF   # the equilibrium approached (never reached)
        self.floor = False                                # True: 0 V is reached in finite time
        self.singular = -1                                # index of the piece whose root is v_eq
        if p == 0.0:
            self.shift = 0
            self.pieces = ((1.0, a, -b),)                 # dt = C dV / (a - b V)
            if b > 0.0 and a >= 0.0:
                self.v_eq = a / b
                self.singular = 0
            elif self.direction < 0:
                self.floor = True
        elif b == 0.0:
            self.shift = 1
            self.pieces = ((1.0, p, a),)                  # dt = C V dV / (P + a V)
            if a < 0.0:
                self.v_eq = -p / a
                self.singular = 0
        else:
            self.shift = 1
            sq = math.sqrt(a * a + 4.0 * b * p)
            if a >= 0.0:
                r2 = (a + sq) / (2.0 * b)
                r1 = -p / (b * r2)
            else:
                r1 = (a - sq) / (2.0 * b)
                r2 = -p / (b * r1)
            k = 1.0 / (b * (r2 - r1))
            if self.direction >= 0:                       # V < r2: V/f = k [V/(V - r1) + V/(r2 - V)]
                self.pieces = ((k, -r1, 1.0), (k, r2, -1.0))
            else:                                         # V > r2: the same minus k - k; no cancellation
                self.shift = 0                            # V/f = k [r1/(V - r1) + r2/(r2 - V)]
                self.pieces = ((k * r1, -r1, 1.0), (k * r2, r2, -1.0))
            self.v_eq = r2
            self.singular = 1
        self.ceiling = self.direction > 0 and v_max < self.v_eq   # True: the clamp is reached (or holds)

    def reachable(self, v1: float) -> bool:
        if v1 == self.v0:
            return True
        if self.direction > 0:
            return self.v0 < v1 < self.v_eq and v1 <= self.v_max
        if self.direction < 0:
            return (v1 >= 0.0 if self.floor else v1 > self.v_eq) and v1 < self.v0
        return False

    def time_to(self, v1: float) -> float:
        """Seconds from v0 until V reaches v1 (0 if v1 == v0, inf if never)."""
        if v1 == self.v0:
            return 0.0
        if not self.reachable(v1):
            return INF
        return self.t_between(self.v0, v1)

    def t_between(self, va: float, vb: float) -> float:
        """Time from va to vb along this flow (both reachable, in the direction of motion)."""
        total = 0.0
        for coef, alpha, beta in self.pieces:
            total += coef * lin_moments(self.shift, alpha, beta, va, vb)[self.shift]
        return self.c * total

    def dt_dv(self, v: float) -> float:
        f = self.p + self.a * v - self.b * v * v if self.p > 0.0 else self.a - self.b * v
        if f == 0.0:                          # at the equilibrium to within rounding
            return INF
        return self.c * (v if self.p > 0.0 else 1.0) / f

    def moments(self, v1: float, dt: float) -> tuple[float, float]:
        """(integral of V dt, integral of V^2 dt) over the segment from v0 to v1 lasting dt."""
        v0, c, s = self.v0, self.c, self.shift
        if v1 == v0:
            return v0 * dt, v0 * v0 * dt
        ve = self.v_eq
        if self.singular >= 0 and (abs(v1 - ve) <= 0.01 * abs(v0 - ve) or abs(v0 - ve) <= 0.01 * abs(ve)):
            # near the equilibrium: M_k = ve^k dt + C * integral (V^k - ve^k) dt/dV dV (a regular integrand)
            m1 = m2 = 0.0
            for i, (coef, alpha, beta) in enumerate(self.pieces):
                if i == self.singular:      # alpha + beta V = beta (V - ve): polynomial integrals
                    q1 = (v1 ** (s + 1) - v0 ** (s + 1)) / (s + 1)
                    q2 = (v1 ** (s + 2) - v0 ** (s + 2)) / (s + 2) + ve * q1
                    m1 += coef * q1 / beta
                    m2 += coef * q2 / beta
                else:
                    mom = lin_moments(s + 2, alpha, beta, v0, v1)
                    m1 += coef * (mom[s + 1] - ve * mom[s])
                    m2 += coef * (mom[s + 2] - ve * ve * mom[s])
            return ve * dt + c * m1, ve * ve * dt + c * m2
        m1 = m2 = 0.0
        for coef, alpha, beta in self.pieces:
            mom = lin_moments(s + 2, alpha, beta, v0, v1)
            m1 += coef * mom[s + 1]
            m2 += coef * mom[s + 2]
        return c * m1, c * m2

    def voltage_after(self, dt: float) -> float:
        """V after dt (dt >= 0), floor at 0 V and clamp at v_max applied."""
        v0 = self.v0
        if dt == 0.0 or self.direction == 0:
            return v0
        if self.ceiling and (v0 >= self.v_max or dt >= self.t_between(v0, self.v_max)):
            return self.v_max
        return min(self._unclamped_after(dt), self.v_max)

    def _unclamped_after(self, dt: float) -> float:
        c, p, a, b, v0 = self.c, self.p, self.a, self.b, self.v0
        if p == 0.0:
            if b > 0.0:
                v = v0 + (a - b * v0) / b * -math.expm1(-b * dt / c)
            else:
                v = v0 + a * dt / c
            # rounding must not carry V past where it is heading (the equilibrium, or 0 V)
            return max(v, 0.0 if self.floor else self.v_eq) if self.direction < 0 else min(v, self.v_eq)
        if b == 0.0 and a == 0.0:
            return math.sqrt(v0 * v0 + 2.0 * p * dt / c)
        lo, hi = (v0, self.v_eq) if self.direction > 0 else (self.v_eq, v0)
        if not lo < hi:                      # v0 is the equilibrium to within rounding
            return v0
        if b == 0.0:
            guess = self._lambert(dt)
            far_end = hi if self.direction > 0 else lo
            if (guess - far_end) * self.direction >= 0.0:
                return far_end               # rounded onto the equilibrium: as close as a float gets
            if not lo < guess < hi:          # W lost the step near its branch point (P >> |a| V)
                guess = min(math.sqrt(v0 * v0 + 2.0 * p * dt / c), 0.5 * (v0 + hi) if hi < INF else INF)
                if not lo < guess < hi:
                    guess = 0.5 * (lo + hi) if hi < INF else 2.0 * v0 + 1.0
                return self._newton(dt, guess, lo, hi)
            return self._newton(dt, guess, lo, hi, max_iter=8)
        slope = (p / v0 + a - b * v0) / c if v0 > 0.0 else INF
        guess = v0 + slope * dt
        if not lo < guess < hi:
            guess = 0.5 * (lo + hi) if hi < INF else 2.0 * v0 + 1.0
        return self._newton(dt, guess, lo, hi)

    def _lambert(self, dt: float) -> float:
        """P > 0, b = 0: u = P + a V, y = u/P obeys y - ln|y| = y0 - ln|y0| + a^2 dt/(C P)."""
        p, a = self.p, self.a
        y0 = 1.0 + a * self.v0 / p
        kappa = a * a * dt / (self.c * p)
        if y0 > 0.0:
            r = y0 - math.log(y0) + kappa
            z = -math.exp(-r)
            if a < 0.0:
                y = -lambert_w0(z)
            elif z == 0.0 or z == -0.0:     # exp underflow: solve y - ln y = r directly (y >> 1)
                y = r
                for _ in range(60):
                    y_new = r + math.log(y)
                    if abs(y_new - y) <= 1e-16 * y:
                        break
                    y = y_new
            else:
                y = -lambert_wm1(z)
        else:
            z0 = -y0
            y = -wright_omega(z0 + math.log(z0) - kappa)
        return p * (y - 1.0) / a

    def _newton(self, dt: float, v: float, lo: float, hi: float, max_iter: int = 200) -> float:
        """Solve t(v0 -> v) = dt for v in (lo, hi) by Newton's method with bisection safeguard."""
        v0 = self.v0
        for _ in range(max_iter):
            if v == self.v_eq:                 # the solution is within rounding of the equilibrium
                return v
            f = self.t_between(v0, v) - dt
            if f == 0.0:
                return v
            # t increases along the direction of motion
            if (f > 0.0) == (self.direction > 0):
                hi = v
            else:
                lo = v
            v_new = v - f / self.dt_dv(v)
            if abs(v_new - v) <= 4e-16 * abs(v):
                return v_new
            if not lo < v_new < hi or not math.isfinite(v_new):
                v_new = 0.5 * (lo + hi) if hi < INF else 2.0 * v + 1.0
            if hi < INF and hi - lo <= 4e-16 * abs(hi):
                return v_new
            v = v_new
        return v


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
        if v_end is None:
            v1 = fl.voltage_after(dt)
        else:
            if not fl.reachable(v_end):
                raise EnergyError(f"v_end {v_end} V is not reachable from {fl.v0} V under this segment")
            v1 = v_end
        t_active = dt         # time on the closed-form trajectory; the rest is pinned at 0 V or at v_max
        if fl.floor and v1 <= 0.0:
            v1 = 0.0
            t_active = min(dt, fl.t_between(fl.v0, 0.0)) if fl.v0 > 0.0 else 0.0
        t_clamped = 0.0
        if fl.ceiling and v1 >= fl.v_max:
            v1 = fl.v_max
            t_active = min(dt, fl.t_between(fl.v0, v1)) if fl.v0 < v1 else 0.0
            t_clamped = dt - t_active
        m1, m2 = fl.moments(v1, t_active)
        led = self.ledger
        if t_clamped > 0.0:    # held at v_max: the clamp shunts the net inflow f(v_max) = P + a v - b v^2
            m1 += v1 * t_clamped
            m2 += v1 * v1 * t_clamped
            led.clamped += (fl.p + fl.a * v1 - fl.b * v1 * v1) * t_clamped
        led.harvested += source.power * (t_active + t_clamped) + source.current * m1
        led.consumed += load.current * m1 + m2 / load.resistance
        led.leaked += self.leak_current * m1 + m2 / self.leak_resistance
        led.time += dt
        self.voltage = v1
        return v1
