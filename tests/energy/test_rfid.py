"""RF link budget (Friis), rectifier curve, reader on/off pattern."""

import math

import pytest

from energy.errors import EnergyError
from energy.harvest.rfid import P2110B_POINTS, RectifierCurve, RfidReader, dbm_to_w, received_power


@pytest.mark.parametrize("d,expected_mw", [(1.0, 1.12), (2.0, 0.28), (3.0, 0.12)])
def test_friis_matches_field_notes(d, expected_mw):
    # FIELD-NOTES 6: 1 W EIRP, 2.15 dBi tag, 915 MHz: ~1.12 mW at 1 m, ~0.28 mW at 2 m, ~0.12 mW at 3 m
    p = received_power(d, eirp=1.0, tag_gain_dbi=2.15)
    assert p * 1e3 == pytest.approx(expected_mw, abs=0.005)     # the notes give 2 decimals


def test_friis_closed_form_and_scaling():
    lam = 299_792_458.0 / 915e6
    exact = 4.0 * 10 ** 0.215 * (lam / (4 * math.pi * 1.7)) ** 2
    assert received_power(1.7) == pytest.approx(exact, rel=1e-14)             # default EIRP 4 W
    assert received_power(2.0, path_loss_exponent=3.0) == pytest.approx(received_power(1.0) / 8, rel=1e-14)
    assert received_power(1.0, path_loss_exponent=3.0) == pytest.approx(received_power(1.0), rel=1e-14)
    with pytest.raises(EnergyError, match="distance > 0"):
        received_power(0.0)


def test_rectifier_curve_points_interpolation_and_limits():
    rect = RectifierCurve()
    for dbm, eff in P2110B_POINTS:
        assert rect.efficiency(dbm_to_w(dbm)) == pytest.approx(eff, abs=1e-12)
    assert rect.efficiency(dbm_to_w(-8.0)) == pytest.approx(0.45)             # halfway in dBm, -10..-6
    assert rect.efficiency(dbm_to_w(-12.01)) == 0.0
    assert rect.efficiency(0.0) == 0.0
    assert rect.efficiency(dbm_to_w(20.0)) == pytest.approx(0.48)              # held above the last point
    assert rect.output(dbm_to_w(0.0)) == pytest.approx(0.59e-3)


def test_rectifier_curve_validation():
    with pytest.raises(EnergyError, match="increase"):
        RectifierCurve(((0.0, 0.5), (-3.0, 0.4)))
    with pytest.raises(EnergyError, match="within"):
        RectifierCurve(((0.0, 1.5),))


def test_reader_far_away_harvests_nothing():
    # 4 W EIRP at 20 m: about -19.5 dBm, below the rectifier's -12 dBm floor (reached at 8.4 m)
    r = RfidReader(20.0)
    assert r.p_rx < dbm_to_w(-12.0) and r.p_dc == 0.0


def test_reader_hop_gaps():
    r = RfidReader(1.0, dwell=0.4, hop_gap=2e-3)
    on = r.segment(0.0)
    assert on.source.power == pytest.approx(r.p_dc) and on.t_end == pytest.approx(0.398)
    gap = r.segment(0.398)
    assert gap.source.power == 0.0 and gap.t_end == pytest.approx(0.4)
    nxt = r.segment(gap.t_end)
    assert nxt.source.power > 0.0 and nxt.t_end == pytest.approx(0.798)
    # walk 10 s of segments: the carrier is on (0.4 - 0.002) / 0.4 of the time
    t, on_time = 0.0, 0.0
    while t < 10.0:
        seg = r.segment(t)
        end = min(seg.t_end, 10.0)
        assert end > t
        if seg.source.power > 0.0:
            on_time += end - t
        t = end
    assert on_time == pytest.approx(10.0 * 0.398 / 0.4, rel=1e-9)


def test_reader_duty_cycle_restarts_hops_each_burst():
    r = RfidReader(1.0, dwell=0.4, hop_gap=1e-3, duty=0.5, period=1.0)
    assert r.segment(0.45).t_end == pytest.approx(0.5)          # burst ends mid-dwell
    off = r.segment(0.5)
    assert off.source.power == 0.0 and off.t_end == pytest.approx(1.0)
    assert r.segment(1.0).source.power > 0.0 and r.segment(1.0).t_end == pytest.approx(1.399)
    assert "duty 0.5" in r.describe()


@pytest.mark.parametrize("kwargs,message", [
    ({"hop_gap": 0.5}, "hop gap < dwell"),
    ({"dwell": 0.0}, "hop gap < dwell"),
    ({"duty": 0.0}, "duty"),
    ({"duty": 1.5}, "duty"),
])
def test_reader_validation(kwargs, message):
    with pytest.raises(EnergyError, match=message):
        RfidReader(1.0, **kwargs)
