"""The capacitor's closed forms as plain Python, kept as the reference the compiled ones are checked against.

This is the implementation ``energy.capacitor.Trajectory`` and ``energy.special`` had before the model was
compiled as one implementation (energy/trajectory_jit.py): the same equations in CPython float arithmetic.
tests/energy/test_trajectory_jit.py requires the compiled forms to equal these bit for bit on random segments
(so no voltage, time or ledger entry moved when the Python copy left the product), and
tests/energy/test_special.py checks both against scipy and quadrature.
"""

from __future__ import annotations

import math

INF = math.inf
_INV_E = math.exp(-1.0)
_SERIES_LIMIT = 0.25       # |x| below this: power series (converges like 0.25**k)
_SERIES_TERMS = 40         # 0.25**27 < 1e-16; the loop stops early


def _s_series(m: int, x: float) -> float:
    """S_m(x) = sum_k (-x)**k / (k+m+1), for |x| <= 0.25."""
    total = 0.0
    term = 1.0
    for k in range(_SERIES_TERMS):
        add = term / (k + m + 1)
        total += add
        if abs(add) <= 1e-17 * abs(total):
            break
        term *= -x
    return total


def _s_closed(m: int, x: float, lg: float) -> float:
    """S_m(x) = (-1)**m (lg - sum_{j=1..m} (-1)**(j+1) x**j / j) / x**(m+1), lg = log1p(x), |x| > 0.25."""
    poly = 0.0
    p = 1.0
    for j in range(1, m + 1):
        p *= x
        poly += p / j if j % 2 else -p / j
    rem = lg - poly
    return (rem if m % 2 == 0 else -rem) / (x ** (m + 1))


def s_fn(m: int, x: float, lg: float | None = None) -> float:
    """S_m(x) = integral_0^1 s**m / (1 + x s) ds (x > -1), evaluated stably for any x; ``lg`` may give
    log1p(x) computed more accurately by the caller (e.g. as log(u1/u0) near x = -1)."""
    if abs(x) <= _SERIES_LIMIT:
        return _s_series(m, x)
    return _s_closed(m, x, math.log1p(x) if lg is None else lg)


def lin_moment(n: int, alpha: float, beta: float, v0: float, v1: float) -> float:
    """Integral of V**n / (alpha + beta V) dV over [v0, v1]; the denominator must keep one sign on it.

    With u0 = alpha + beta v0, c = beta/u0, D = v1 - v0 and x = c D (so 1 + x = u1/u0 > 0), expand
    (v0 + w)**n binomially and use int_0^D w**m / (1 + c w) dw = D**(m+1) S_m(x).
    """
    d = v1 - v0
    if d == 0.0:
        return 0.0
    u0 = alpha + beta * v0
    x = beta * d / u0
    # near x = -1 (the end point close to the root of the denominator) 1 + x loses digits: use u1 itself
    lg = math.log((alpha + beta * v1) / u0) if x < -0.5 else None
    total = 0.0
    binom = 1
    dp = d                      # D**(m+1)
    for m in range(n + 1):
        total += binom * (v0 ** (n - m)) * dp * s_fn(m, x, lg)
        binom = binom * (n - m) // (m + 1)
        dp *= d
    return total / u0


def _s_all(nmax: int, x: float, lg: float | None) -> list[float]:
    """[S_0(x), ..., S_nmax(x)] in one pass (series for |x| <= 0.25, else S_m = (1/m - S_{m-1}) / x)."""
    if abs(x) <= _SERIES_LIMIT:
        # series for the highest order only, then the downward recurrence S_{m-1} = 1/m - x S_m, which is
        # stable here (errors shrink by |x| <= 1/4 per step)
        top = 0.0
        term = 1.0
        k = nmax + 1
        while True:
            top += term / k
            term *= -x
            if abs(term) <= 1e-17 or k > nmax + _SERIES_TERMS:
                break
            k += 1
        out = [0.0] * (nmax + 1)
        out[nmax] = top
        for m in range(nmax, 0, -1):
            out[m - 1] = 1.0 / m - x * out[m]
        return out
    out = [(math.log1p(x) if lg is None else lg) / x]
    for m in range(1, nmax + 1):
        out.append((1.0 / m - out[-1]) / x)
    return out


def lin_moments(nmax: int, alpha: float, beta: float, v0: float, v1: float) -> list[float]:
    """[lin_moment(n, alpha, beta, v0, v1) for n in 0..nmax] (nmax <= 3), sharing the work."""
    d = v1 - v0
    if d == 0.0:
        return [0.0] * (nmax + 1)
    u0 = alpha + beta * v0
    x = beta * d / u0
    lg = math.log((alpha + beta * v1) / u0) if x < -0.5 else None
    sv = _s_all(nmax, x, lg)
    # J_m = D**(m+1) S_m(x); the n-th moment is sum_m binom(n, m) v0**(n-m) J_m / u0 (unrolled)
    j0 = d * sv[0]
    out = [j0 / u0]
    if nmax >= 1:
        d2 = d * d
        j1 = d2 * sv[1]
        out.append((v0 * j0 + j1) / u0)
        if nmax >= 2:
            j2 = d2 * d * sv[2]
            out.append((v0 * (v0 * j0 + 2.0 * j1) + j2) / u0)
            if nmax >= 3:
                if nmax > 3:
                    raise ValueError("lin_moments: nmax must be <= 3")
                j3 = d2 * d2 * sv[3]
                out.append((v0 * (v0 * (v0 * j0 + 3.0 * j1) + 3.0 * j2) + j3) / u0)
    return out


def _halley_lambert(w: float, z: float, iters: int = 30) -> float:
    for _ in range(iters):
        ew = math.exp(w)
        f = w * ew - z
        wp1 = w + 1.0
        if wp1 == 0.0:
            break
        denom = ew * wp1 - (w + 2.0) * f / (2.0 * wp1)
        if denom == 0.0:
            break
        step = f / denom
        w -= step
        if abs(step) <= 1e-15 * (1.0 + abs(w)):
            break
    return w


def lambert_w0(z: float) -> float:
    """Principal branch W0(z), z >= -1/e."""
    if z < -_INV_E:
        if z > -_INV_E - 1e-15:
            return -1.0
        raise ValueError(f"lambert_w0: argument {z!r} below -1/e")
    if z == 0.0:
        return 0.0
    if z < -0.25:
        p = math.sqrt(max(0.0, 2.0 * (math.e * z + 1.0)))
        w = -1.0 + p - p * p / 3.0 + 11.0 / 72.0 * p ** 3
    elif z < 3.0:
        w = math.log1p(z) * 0.8 if z > 0 else z * (1.0 - z)
    else:
        lz = math.log(z)
        w = lz - math.log(lz)
    return _halley_lambert(w, z)


def lambert_wm1(z: float) -> float:
    """Lower branch W_{-1}(z), -1/e <= z < 0."""
    if not (-_INV_E - 1e-15 <= z < 0.0):
        raise ValueError(f"lambert_wm1: argument {z!r} outside [-1/e, 0)")
    if z <= -_INV_E:
        return -1.0
    if z < -0.25:
        p = math.sqrt(max(0.0, 2.0 * (math.e * z + 1.0)))
        w = -1.0 - p - p * p / 3.0 - 11.0 / 72.0 * p ** 3
    else:
        l1 = math.log(-z)
        l2 = math.log(-l1)
        w = l1 - l2 + l2 / l1
    return _halley_lambert(w, z)


def wright_omega(x: float) -> float:
    """The real w > 0 with w + ln(w) = x (equals W0(exp(x)) without overflow)."""
    if x < -700.0:
        return math.exp(x)
    if x > 1.0:
        w = x - math.log(x)
    else:
        w = lambert_w0(math.exp(x)) if x > -700 else math.exp(x)
        return w
    for _ in range(50):                       # Halley on f(w) = w + ln w - x
        f = w + math.log(w) - x
        f1 = 1.0 + 1.0 / w
        f2 = -1.0 / (w * w)
        step = f / (f1 - f * f2 / (2.0 * f1))
        w -= step
        if abs(step) <= 1e-15 * w:
            break
    return w


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


def advance(fl: Trajectory, dt: float, v_end: float | None, src_power: float, src_current: float,
            load_current: float, load_resistance: float, leak_current: float, leak_resistance: float,
            ledger: list[float]) -> float:
    """``Capacitor.advance`` as it was: the new V; ``ledger`` = [harvested, consumed, leaked, clamped, time],
    updated in place."""
    v1 = fl.voltage_after(dt) if v_end is None else v_end
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
    if t_clamped > 0.0:    # held at v_max: the clamp shunts the net inflow f(v_max) = P + a v - b v^2
        m1 += v1 * t_clamped
        m2 += v1 * v1 * t_clamped
        ledger[3] += (fl.p + fl.a * v1 - fl.b * v1 * v1) * t_clamped
    ledger[0] += src_power * (t_active + t_clamped) + src_current * m1
    ledger[1] += load_current * m1 + m2 / load_resistance
    ledger[2] += leak_current * m1 + m2 / leak_resistance
    ledger[4] += dt
    return v1
