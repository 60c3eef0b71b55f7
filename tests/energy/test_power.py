"""Power switch hysteresis, presets, LDO regulator."""

import pytest

from energy.errors import EnergyError
from energy.power import PRESETS, PowerSwitch, Regulator, preset


def test_switch_hysteresis_sequence():
    sw = PowerSwitch(v_on=3.0, v_off=1.8)
    assert not sw.is_on and sw.threshold == 3.0
    # rising through the band does nothing until v_on
    assert [sw.update(v) for v in (1.0, 1.8, 2.5, 2.999)] == [False] * 4 and not sw.is_on
    assert sw.update(3.0) and sw.is_on and sw.threshold == 1.8
    # falling through the band keeps it on until v_off
    assert [sw.update(v) for v in (2.9, 2.0, 1.81)] == [False] * 3 and sw.is_on
    assert sw.update(1.8) and not sw.is_on
    assert not sw.update(2.9) and not sw.is_on      # back in the band: stays off


def test_switch_rejects_inverted_thresholds():
    with pytest.raises(EnergyError, match="v_off < v_on"):
        PowerSwitch(1.8, 2.4)
    with pytest.raises(EnergyError, match="v_off < v_on"):
        PowerSwitch(2.0, 0.0)


def test_presets_carry_the_published_numbers():
    w5 = preset("wisp5")
    assert (w5.capacitance, w5.v_on, w5.v_off) == (47e-6, 2.4, 1.8)
    mem = preset("wisp4-mementos")
    assert (mem.capacitance, mem.v_on, mem.v_off) == (10e-6, 3.0, 1.8)
    assert set(PRESETS) == {"wisp5", "wisp4-mementos"}
    sw = mem.switch()
    assert sw.threshold == 3.0
    with pytest.raises(EnergyError, match="unknown preset 'wisp9'.*wisp4-mementos, wisp5"):
        preset("wisp9")


def test_ldo_regulates_then_drops_out():
    ldo = Regulator(v_out=1.8, dropout=0.15, quiescent=0.5e-6)
    assert ldo.vcc(3.0) == 1.8
    assert ldo.vcc(1.9) == pytest.approx(1.75)        # in dropout Vcc follows V_cap - dropout
    assert ldo.vcc(0.1) == 0.0
    assert ldo.input_current(100e-6) == pytest.approx(100.5e-6)
    assert ldo.min_input(1.8) == pytest.approx(1.95)
    assert ldo.efficiency(3.6) == pytest.approx(0.5)
    with pytest.raises(EnergyError, match="regulator"):
        Regulator(v_out=0.0)
