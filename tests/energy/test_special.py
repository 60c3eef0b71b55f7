"""The scalar special functions (energy/trajectory_jit.py) against scipy and closed-form integrals; the
plain-Python reference forms (tests/oracles/trajectory_py.py: ``s_fn``, ``lin_moment``) as well."""

import math

import pytest
import scipy.special as sp
from oracles.trajectory_py import lin_moment, s_fn
from oracles.trajectory_py import lin_moments as ref_lin_moments
from scipy.integrate import quad

from energy.trajectory_jit import lambert_w0, lambert_wm1, lin_moments4, wright_omega


def lin_moments(nmax: int, alpha: float, beta: float, v0: float, v1: float) -> list[float]:
    """The compiled moments 0..nmax (nmax <= 3) as a list."""
    return list(lin_moments4(nmax, alpha, beta, v0, v1))[:nmax + 1]


@pytest.mark.parametrize("z", [-0.36, -0.3, -0.1, -1e-5, -1e-300, 1e-8, 0.5, 3.0, 1e10, 1e300])
def test_lambert_w0_matches_scipy(z):
    assert lambert_w0(z) == pytest.approx(sp.lambertw(z, 0).real, rel=1e-14, abs=1e-300)


@pytest.mark.parametrize("z", [-0.36, -0.3, -0.1, -1e-5, -1e-300])
def test_lambert_wm1_matches_scipy(z):
    assert lambert_wm1(z) == pytest.approx(sp.lambertw(z, -1).real, rel=1e-14)


def test_lambert_domain_errors():
    with pytest.raises(ValueError):
        lambert_w0(-0.5)
    with pytest.raises(ValueError):
        lambert_wm1(0.1)


@pytest.mark.parametrize("x", [-800.0, -50.0, -1.0, 0.0, 0.5, 2.0, 100.0, 1e5, 1e12])
def test_wright_omega_matches_scipy(x):
    assert wright_omega(x) == pytest.approx(sp.wrightomega(x).real, rel=1e-14, abs=1e-300)


@pytest.mark.parametrize("m", [0, 1, 2, 3])
@pytest.mark.parametrize("x", [-0.9999, -0.6, -0.26, -0.25, -1e-3, 0.0, 1e-9, 0.2, 0.25, 0.3, 5.0, 1e6])
def test_s_fn_is_the_integral(m, x):
    exact = quad(lambda s: s ** m / (1.0 + x * s), 0.0, 1.0, epsabs=0.0, epsrel=1e-13, limit=200)[0]
    assert s_fn(m, x) == pytest.approx(exact, rel=1e-12)


@pytest.mark.parametrize("n", [0, 1, 2, 3])
@pytest.mark.parametrize("alpha,beta,v0,v1", [
    (1.0, 0.1, 0.0, 3.0), (2.0, -0.5, 1.0, 3.9), (1e-3, 1e-9, 1.0, 2.0), (5.0, -1.0, 0.5, 4.9),
    (1e-4, -1e-4, 2.0, 1.3), (3.0, 0.0, 0.2, 0.1),
])
def test_lin_moment_matches_quadrature(n, alpha, beta, v0, v1):
    exact = quad(lambda v: v ** n / (alpha + beta * v), v0, v1, epsabs=0.0, epsrel=1e-13)[0]
    assert lin_moment(n, alpha, beta, v0, v1) == pytest.approx(exact, rel=1e-12)


def test_lin_moment_near_the_pole_uses_the_endpoint_itself():
    # integral of V/(5 - V) from 0.5 to just below 5: -(v1 - v0) - 5 ln((5 - v1)/(5 - v0)) exactly
    v0, v1 = 0.5, 4.999999
    exact = -(v1 - v0) - 5.0 * (math.log(5.0 - v1) - math.log(5.0 - v0))
    assert lin_moment(1, 5.0, -1.0, v0, v1) == pytest.approx(exact, rel=1e-14)


@pytest.mark.parametrize("alpha,beta,v0,v1", [
    (1.0, 0.1, 0.0, 3.0), (2.0, -0.5, 1.0, 3.9), (1e-3, 1e-9, 1.0, 2.0), (5.0, -1.0, 0.5, 4.999999),
    (1e-4, -1e-4, 2.0, 1.3), (3.0, 0.0, 0.2, 0.1), (0.03, 1.0, 1e4, 0.04),
])
def test_lin_moments_agree_with_the_single_moment(alpha, beta, v0, v1):
    together = lin_moments(3, alpha, beta, v0, v1)
    for n in range(4):
        assert together[n] == pytest.approx(lin_moment(n, alpha, beta, v0, v1), rel=1e-12)
    assert lin_moments(1, alpha, beta, v0, v1) == together[:2]
    for nmax in range(4):
        assert lin_moments(nmax, alpha, beta, v0, v1) == ref_lin_moments(nmax, alpha, beta, v0, v1)
    with pytest.raises(ValueError):
        ref_lin_moments(4, alpha, beta, v0, v1)
