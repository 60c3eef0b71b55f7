"""MCU current tables: values, units, Vcc dependence, errors."""

import json

import pytest

from energy.errors import EnergyError
from energy.mcu import DATA_DIR, McuPowerModel, mcu_model, mode_for_status


def test_fr5969_active_current_is_about_100ua_per_mhz_and_vcc_independent():
    m = mcu_model("msp430fr5969")
    for mhz in (1, 8, 16):
        i = m.current("active", mhz * 1e6, 3.0)
        assert 90e-6 * mhz <= i <= 130e-6 * mhz           # SLAS704: "approximately 100 uA/MHz"
        assert m.current("active", mhz * 1e6, 2.0) == i
    assert m.current("lpm3") == pytest.approx(0.4e-6)
    assert m.current("lpm4.5") == pytest.approx(0.02e-6)
    assert m.current("active", 1e6, adc=True) > m.current("active", 1e6)
    assert m.charge("reset") == pytest.approx(75e-9)     # SLAS704G Q_WAKE-UP-RESET
    assert m.fram_wait_states(8e6) == 0 and m.fram_wait_states(16e6) == 1


def test_f2132_current_grows_with_vcc():
    m = mcu_model("f2132")
    assert m.current("active", 1e6, 2.2) == pytest.approx(250e-6)
    assert m.current("active", 1e6, 3.0) > m.current("active", 1e6, 2.2)
    assert m.fram_wait_states(16e6) == 0
    with pytest.raises(EnergyError, match="unknown mode 'lpm4.5'"):
        m.current("lpm4.5")


def test_every_mode_cites_a_source():
    for name in ("msp430fr5969.json", "msp430f2132.json"):
        table = json.loads((DATA_DIR / name).read_text())
        for mode, entry in table["modes"].items():
            assert entry["source"].strip(), (name, mode)
            assert isinstance(entry["certain"], bool)


@pytest.mark.parametrize("call,message", [
    (lambda m: m.current("turbo"), "unknown mode"),
    (lambda m: m.current("active", 40e6), "MCLK"),
    (lambda m: m.current("active", 1e6, 1.2), "Vcc"),
    (lambda m: m.charge("teleport"), "no charge known"),
])
def test_bad_queries(call, message):
    with pytest.raises(EnergyError, match=message):
        call(mcu_model())


def test_unknown_device_and_broken_table():
    with pytest.raises(EnergyError, match="unknown MCU"):
        mcu_model("z80")
    with pytest.raises(EnergyError, match="missing or bad field"):
        McuPowerModel({"device": "x", "vcc_min": 1.8})


@pytest.mark.parametrize("sr,mode", [
    (0x0000, "active"), (0x0008, "active"), (0x0040, "active"),      # GIE or SCG0 alone: CPU still runs
    (0x0010, "lpm0"), (0x0050, "lpm1"), (0x0090, "lpm2"), (0x00D0, "lpm3"), (0x00F0, "lpm4"),
    (0x00F8, "lpm4"), (0x0030, "lpm0"), (0x0070, "lpm1"),            # OSCOFF outside LPM4 is ignored
])
def test_mode_for_status_register(sr, mode):
    assert mode_for_status(sr) == mode


def test_load_of_a_mode_is_its_current():
    m = mcu_model()
    assert m.load("active", 8e6).current == m.current("active", 8e6)
    assert m.load("lpm3").resistance == float("inf")
