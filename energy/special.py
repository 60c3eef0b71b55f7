"""Scalar special functions for the closed-form capacitor solutions (plain floats and ``math`` only).

* ``lin_moment(n, alpha, beta, v0, v1)`` = integral of V**n / (alpha + beta*V) dV from v0 to v1, evaluated
  without cancellation when beta*(v1-v0)/(alpha+beta*v0) is small (a series replaces log1p there);
  ``lin_moments(nmax, ...)`` returns n = 0..nmax at once (the capacitor's hot path; ``lin_moment`` is the
  plain one-moment form the tests check it against);
* ``lambert_w0`` / ``lambert_wm1``: the real branches of Lambert W (w * exp(w) = z);
* ``wright_omega``: the solution w of w + ln(w) = x (Lambert W of exp(x), without overflow).

They are checked against scipy.special in tests/energy/test_special.py.
"""

from __future__ import annotations

import math

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
