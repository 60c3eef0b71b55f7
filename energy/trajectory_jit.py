"""The capacitor's closed forms, compiled (numba; ahead of time by energy/aot.py): the one implementation.

Between two events the node obeys ``C dV/dt = P/V + a - b V`` (energy/capacitor.py, docs/energy-model.md).
This module holds the closed forms of every case: the special functions they need (``lin_moments4``:
integrals of V^n / (alpha + beta V); Lambert W0/W-1; Wright omega) and the trajectory itself (``make``,
``time_to``, ``voltage_after``, ``moments``, ``advance``). :class:`energy.capacitor.Trajectory` and
``Capacitor.advance`` call these functions, and the compiled walks (energy/walk.py, powered_walk.py) compile
them in, so a segment evolves the same way whichever side asks. Expressions keep CPython's operation order,
``py_min``/``py_max`` its tie rules and powers go through ``pow`` as ``float ** int`` does: the results equal,
bit for bit, the plain-Python forms the model had before (tests/oracles/trajectory_py.py, checked on random
segments by tests/energy/test_trajectory_jit.py).

A trajectory is a plain tuple (``make``) so that numba passes it by value:
``(c, p, a, b, v0, v_max, direction, v_eq, floor, singular, shift, coef, alpha, beta, ceiling,
npieces, coef2, alpha2, beta2)``; ``dt = C V^shift dV * sum_i coef_i / (alpha_i + beta_i V)``.
"""

from __future__ import annotations

import math

from energy.aot import lazy_njit

INF = math.inf
_INV_E = math.exp(-1.0)
_E = math.e
_SERIES_LIMIT = 0.25
_SERIES_TERMS = 40
_LW_C3 = 11.0 / 72.0


@lazy_njit(cache=True, nogil=True)
def py_min(x: float, y: float) -> float:
    """Python's ``min(x, y)`` (the first unless the second is smaller)."""
    return y if y < x else x


@lazy_njit(cache=True, nogil=True)
def py_max(x: float, y: float) -> float:
    """Python's ``max(x, y)``."""
    return y if y > x else x


# --- the special functions: moments of 1/(alpha + beta V), Lambert W, Wright omega -----------------------
@lazy_njit(cache=True, nogil=True)
def lin_moments4(nmax: int, alpha: float, beta: float, v0: float, v1: float):
    """``energy.special.lin_moments(nmax, ...)`` as a 4-tuple (entries above nmax are 0)."""
    d = v1 - v0
    if d == 0.0:
        return 0.0, 0.0, 0.0, 0.0
    u0 = alpha + beta * v0
    x = beta * d / u0
    s0 = s1 = s2 = s3 = 0.0
    if abs(x) <= _SERIES_LIMIT:
        top = 0.0
        term = 1.0
        k = nmax + 1
        while True:
            top += term / k
            term *= -x
            if abs(term) <= 1e-17 or k > nmax + _SERIES_TERMS:
                break
            k += 1
        if nmax == 3:
            s3 = top
            s2 = 1.0 / 3 - x * s3
            s1 = 1.0 / 2 - x * s2
            s0 = 1.0 / 1 - x * s1
        elif nmax == 2:
            s2 = top
            s1 = 1.0 / 2 - x * s2
            s0 = 1.0 / 1 - x * s1
        elif nmax == 1:
            s1 = top
            s0 = 1.0 / 1 - x * s1
        else:
            s0 = top
    else:
        if x < -0.5:
            s0 = math.log((alpha + beta * v1) / u0) / x
        else:
            s0 = math.log1p(x) / x
        if nmax >= 1:
            s1 = (1.0 / 1 - s0) / x
        if nmax >= 2:
            s2 = (1.0 / 2 - s1) / x
        if nmax >= 3:
            s3 = (1.0 / 3 - s2) / x
    j0 = d * s0
    o0 = j0 / u0
    o1 = o2 = o3 = 0.0
    if nmax >= 1:
        d2 = d * d
        j1 = d2 * s1
        o1 = (v0 * j0 + j1) / u0
        if nmax >= 2:
            j2 = d2 * d * s2
            o2 = (v0 * (v0 * j0 + 2.0 * j1) + j2) / u0
            if nmax >= 3:
                j3 = d2 * d2 * s3
                o3 = (v0 * (v0 * (v0 * j0 + 3.0 * j1) + 3.0 * j2) + j3) / u0
    return o0, o1, o2, o3


@lazy_njit(cache=True, nogil=True)
def _pick(m, i: int) -> float:
    if i == 0:
        return m[0]
    if i == 1:
        return m[1]
    if i == 2:
        return m[2]
    return m[3]


@lazy_njit(cache=True, nogil=True)
def _halley_lambert(w: float, z: float) -> float:
    for _ in range(30):
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


@lazy_njit(cache=True, nogil=True)
def lambert_w0(z: float) -> float:
    if z < -_INV_E:
        if z > -_INV_E - 1e-15:
            return -1.0
        raise ValueError("lambert_w0: argument below -1/e")
    if z == 0.0:
        return 0.0
    if z < -0.25:
        p = math.sqrt(py_max(0.0, 2.0 * (_E * z + 1.0)))
        w = -1.0 + p - p * p / 3.0 + _LW_C3 * math.pow(p, 3.0)
    elif z < 3.0:
        w = math.log1p(z) * 0.8 if z > 0 else z * (1.0 - z)
    else:
        lz = math.log(z)
        w = lz - math.log(lz)
    return _halley_lambert(w, z)


@lazy_njit(cache=True, nogil=True)
def lambert_wm1(z: float) -> float:
    if not (-_INV_E - 1e-15 <= z < 0.0):
        raise ValueError("lambert_wm1: argument outside [-1/e, 0)")
    if z <= -_INV_E:
        return -1.0
    if z < -0.25:
        p = math.sqrt(py_max(0.0, 2.0 * (_E * z + 1.0)))
        w = -1.0 - p - p * p / 3.0 - _LW_C3 * math.pow(p, 3.0)
    else:
        l1 = math.log(-z)
        l2 = math.log(-l1)
        w = l1 - l2 + l2 / l1
    return _halley_lambert(w, z)


@lazy_njit(cache=True, nogil=True)
def wright_omega(x: float) -> float:
    if x < -700.0:
        return math.exp(x)
    if x > 1.0:
        w = x - math.log(x)
    else:
        w = lambert_w0(math.exp(x)) if x > -700 else math.exp(x)
        return w
    for _ in range(50):
        f = w + math.log(w) - x
        f1 = 1.0 + 1.0 / w
        f2 = -1.0 / (w * w)
        step = f / (f1 - f * f2 / (2.0 * f1))
        w -= step
        if abs(step) <= 1e-15 * w:
            break
    return w


# --- Trajectory ------------------------------------------------------------------------------------------
@lazy_njit(cache=True, nogil=True)
def make(c: float, p: float, a: float, b: float, v0: float, v_max: float):
    """The trajectory of ``C dV/dt = P/V + a - b V`` from v0 (clamp v_max), as a tuple (module docstring).

    dt = C V^shift dV / f(V) is split into at most two pieces ``coef * V^shift / (alpha + beta V)``.
    """
    g = ((INF if p > 0.0 else a) if v0 == 0.0 else p / v0 + a - b * v0)
    direction = 0 if g == 0.0 else (1 if g > 0.0 else -1)
    v_eq = INF if direction > 0 else -INF     # the equilibrium approached (never reached)
    floor = False                             # True: 0 V is reached in finite time
    singular = -1                             # index of the piece whose root is v_eq
    npieces = 1
    coef2, alpha2, beta2 = 0.0, 0.0, 0.0
    if p == 0.0:
        shift = 0
        coef, alpha, beta = 1.0, a, -b        # dt = C dV / (a - b V)
        if b > 0.0 and a >= 0.0:
            v_eq = a / b
            singular = 0
        elif direction < 0:
            floor = True
    elif b == 0.0:
        shift = 1
        coef, alpha, beta = 1.0, p, a         # dt = C V dV / (P + a V)
        if a < 0.0:
            v_eq = -p / a
            singular = 0
    else:
        shift = 1
        sq = math.sqrt(a * a + 4.0 * b * p)
        if a >= 0.0:
            r2 = (a + sq) / (2.0 * b)
            r1 = -p / (b * r2)
        else:
            r1 = (a - sq) / (2.0 * b)
            r2 = -p / (b * r1)
        k = 1.0 / (b * (r2 - r1))
        npieces = 2
        if direction >= 0:                    # V < r2: V/f = k [V/(V - r1) + V/(r2 - V)]
            coef, alpha, beta = k, -r1, 1.0
            coef2, alpha2, beta2 = k, r2, -1.0
        else:                                 # V > r2: the same minus k - k; no cancellation
            shift = 0                         # V/f = k [r1/(V - r1) + r2/(r2 - V)]
            coef, alpha, beta = k * r1, -r1, 1.0
            coef2, alpha2, beta2 = k * r2, r2, -1.0
        v_eq = r2
        singular = 1
    ceiling = direction > 0 and v_max < v_eq  # True: the clamp is reached (or holds)
    return (c, p, a, b, v0, v_max, direction, v_eq, floor, singular, shift, coef, alpha, beta, ceiling,
            npieces, coef2, alpha2, beta2)


@lazy_njit(cache=True, nogil=True)
def reachable(tr, v1: float) -> bool:
    v0, direction, v_eq = tr[4], tr[6], tr[7]
    if v1 == v0:
        return True
    if direction > 0:
        return v0 < v1 < v_eq and v1 <= tr[5]
    if direction < 0:
        return (v1 >= 0.0 if tr[8] else v1 > v_eq) and v1 < v0
    return False


@lazy_njit(cache=True, nogil=True)
def t_between(tr, va: float, vb: float) -> float:
    """Time from va to vb along this flow (both reachable, in the direction of motion)."""
    shift = tr[10]
    total = 0.0
    total += tr[11] * _pick(lin_moments4(shift, tr[12], tr[13], va, vb), shift)
    if tr[15] == 2:
        total += tr[16] * _pick(lin_moments4(shift, tr[17], tr[18], va, vb), shift)
    return tr[0] * total


@lazy_njit(cache=True, nogil=True)
def time_to(tr, v1: float) -> float:
    """Seconds from v0 until V reaches v1 (0 if v1 == v0, inf if never)."""
    if v1 == tr[4]:
        return 0.0
    if not reachable(tr, v1):
        return INF
    return t_between(tr, tr[4], v1)


@lazy_njit(cache=True, nogil=True)
def dt_dv(tr, v: float) -> float:
    c, p, a, b = tr[0], tr[1], tr[2], tr[3]
    f = p + a * v - b * v * v if p > 0.0 else a - b * v
    if f == 0.0:                              # at the equilibrium to within rounding
        return INF
    return c * (v if p > 0.0 else 1.0) / f


@lazy_njit(cache=True, nogil=True)
def _piece_moments(singular: bool, s: int, coef: float, alpha: float, beta: float, v0: float, v1: float,
                   ve: float, near: bool):
    """One piece's terms of ``moments``: (m1, m2) to add."""
    if near and singular:     # alpha + beta V = beta (V - ve): polynomial integrals
        q1 = (math.pow(v1, float(s + 1)) - math.pow(v0, float(s + 1))) / (s + 1)
        q2 = (math.pow(v1, float(s + 2)) - math.pow(v0, float(s + 2))) / (s + 2) + ve * q1
        return coef * q1 / beta, coef * q2 / beta
    mom = lin_moments4(s + 2, alpha, beta, v0, v1)
    if near:
        return (coef * (_pick(mom, s + 1) - ve * _pick(mom, s)),
                coef * (_pick(mom, s + 2) - ve * ve * _pick(mom, s)))
    return coef * _pick(mom, s + 1), coef * _pick(mom, s + 2)


@lazy_njit(cache=True, nogil=True)
def moments(tr, v1: float, dt: float):
    """(integral of V dt, integral of V^2 dt) over the segment from v0 to v1 lasting dt."""
    v0, c, s = tr[4], tr[0], tr[10]
    if v1 == v0:
        return v0 * dt, v0 * v0 * dt
    ve = tr[7]
    # near the equilibrium: M_k = ve^k dt + C * integral (V^k - ve^k) dt/dV dV (a regular integrand)
    near = tr[9] >= 0 and (abs(v1 - ve) <= 0.01 * abs(v0 - ve) or abs(v0 - ve) <= 0.01 * abs(ve))
    m1 = m2 = 0.0
    d1, d2 = _piece_moments(tr[9] == 0, s, tr[11], tr[12], tr[13], v0, v1, ve, near)
    m1 += d1
    m2 += d2
    if tr[15] == 2:
        d1, d2 = _piece_moments(tr[9] == 1, s, tr[16], tr[17], tr[18], v0, v1, ve, near)
        m1 += d1
        m2 += d2
    if near:
        return ve * dt + c * m1, ve * ve * dt + c * m2
    return c * m1, c * m2


@lazy_njit(cache=True, nogil=True)
def _lambert(tr, dt: float) -> float:
    """P > 0, b = 0: u = P + a V, y = u/P obeys y - ln|y| = y0 - ln|y0| + a^2 dt/(C P)."""
    c, p, a, v0 = tr[0], tr[1], tr[2], tr[4]
    y0 = 1.0 + a * v0 / p
    kappa = a * a * dt / (c * p)
    if y0 > 0.0:
        r = y0 - math.log(y0) + kappa
        z = -math.exp(-r)
        if a < 0.0:
            y = -lambert_w0(z)
        elif z == 0.0:                        # exp underflow: solve y - ln y = r directly (y >> 1)
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


@lazy_njit(cache=True, nogil=True)
def _newton(tr, dt: float, v: float, lo: float, hi: float, max_iter: int) -> float:
    """Solve t(v0 -> v) = dt for v in (lo, hi) by Newton's method with a bisection safeguard."""
    v0, direction, v_eq = tr[4], tr[6], tr[7]
    for _ in range(max_iter):
        if v == v_eq:                         # the solution is within rounding of the equilibrium
            return v
        f = t_between(tr, v0, v) - dt
        if f == 0.0:
            return v
        if (f > 0.0) == (direction > 0):      # t increases along the direction of motion
            hi = v
        else:
            lo = v
        v_new = v - f / dt_dv(tr, v)
        if abs(v_new - v) <= 4e-16 * abs(v):
            return v_new
        if not lo < v_new < hi or not math.isfinite(v_new):
            v_new = 0.5 * (lo + hi) if hi < INF else 2.0 * v + 1.0
        if hi < INF and hi - lo <= 4e-16 * abs(hi):
            return v_new
        v = v_new
    return v


@lazy_njit(cache=True, nogil=True)
def _unclamped_after(tr, dt: float) -> float:
    c, p, a, b, v0 = tr[0], tr[1], tr[2], tr[3], tr[4]
    direction, v_eq = tr[6], tr[7]
    if p == 0.0:
        if b > 0.0:
            v = v0 + (a - b * v0) / b * -math.expm1(-b * dt / c)
        else:
            v = v0 + a * dt / c
        # rounding must not carry V past where it is heading (the equilibrium, or 0 V)
        if direction < 0:
            return py_max(v, 0.0 if tr[8] else v_eq)
        return py_min(v, v_eq)
    if b == 0.0 and a == 0.0:
        return math.sqrt(v0 * v0 + 2.0 * p * dt / c)
    if direction > 0:
        lo, hi = v0, v_eq
    else:
        lo, hi = v_eq, v0
    if not lo < hi:                           # v0 is the equilibrium to within rounding
        return v0
    if b == 0.0:
        guess = _lambert(tr, dt)
        far_end = hi if direction > 0 else lo
        if (guess - far_end) * direction >= 0.0:
            return far_end                    # rounded onto the equilibrium: as close as a float gets
        if not lo < guess < hi:               # W lost the step near its branch point (P >> |a| V)
            guess = py_min(math.sqrt(v0 * v0 + 2.0 * p * dt / c), 0.5 * (v0 + hi) if hi < INF else INF)
            if not lo < guess < hi:
                guess = 0.5 * (lo + hi) if hi < INF else 2.0 * v0 + 1.0
            return _newton(tr, dt, guess, lo, hi, 200)
        return _newton(tr, dt, guess, lo, hi, 8)
    slope = (p / v0 + a - b * v0) / c if v0 > 0.0 else INF
    guess = v0 + slope * dt
    if not lo < guess < hi:
        guess = 0.5 * (lo + hi) if hi < INF else 2.0 * v0 + 1.0
    return _newton(tr, dt, guess, lo, hi, 200)


@lazy_njit(cache=True, nogil=True)
def voltage_after(tr, dt: float) -> float:
    """V after dt (dt >= 0), floor at 0 V and clamp at v_max applied."""
    v0, v_max = tr[4], tr[5]
    if dt == 0.0 or tr[6] == 0:
        return v0
    if tr[14] and (v0 >= v_max or dt >= t_between(tr, v0, v_max)):
        return v_max
    return py_min(_unclamped_after(tr, dt), v_max)


@lazy_njit(cache=True, nogil=True)
def advance(tr, dt: float, v_end: float, has_v_end: bool, src_power: float, src_current: float,
            load_current: float, load_resistance: float, leak_current: float, leak_resistance: float,
            harvested: float, consumed: float, leaked: float, clamped: float, time: float):
    """``Capacitor.advance`` along ``tr``: (new V, harvested, consumed, leaked, clamped, time)."""
    v0, v_max = tr[4], tr[5]
    if has_v_end:
        v1 = v_end
    else:
        v1 = voltage_after(tr, dt)
    t_active = dt
    if tr[8] and v1 <= 0.0:
        v1 = 0.0
        t_active = py_min(dt, t_between(tr, v0, 0.0)) if v0 > 0.0 else 0.0
    t_clamped = 0.0
    if tr[14] and v1 >= v_max:
        v1 = v_max
        t_active = py_min(dt, t_between(tr, v0, v1)) if v0 < v1 else 0.0
        t_clamped = dt - t_active
    m1, m2 = moments(tr, v1, t_active)
    if t_clamped > 0.0:
        m1 += v1 * t_clamped
        m2 += v1 * v1 * t_clamped
        clamped += (tr[1] + tr[2] * v1 - tr[3] * v1 * v1) * t_clamped
    harvested += src_power * (t_active + t_clamped) + src_current * m1
    consumed += load_current * m1 + m2 / load_resistance
    leaked += leak_current * m1 + m2 / leak_resistance
    time += dt
    return v1, harvested, consumed, leaked, clamped, time


__all__ = ["advance", "dt_dv", "lambert_w0", "lambert_wm1", "lin_moments4", "make", "moments", "reachable",
           "t_between", "time_to", "voltage_after", "wright_omega"]
