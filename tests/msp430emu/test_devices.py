"""Device descriptions load, validate, and map memory as the datasheets say (SLAS704, SLAS578)."""

from __future__ import annotations

import pytest

from msp430emu.cpu.state import A_HOOK_W, A_NVM, A_R, A_VOLATILE, A_W
from msp430emu.devices import available_devices, load_device
from msp430emu.errors import ConfigError
from msp430emu.machine.machine import Machine


def test_both_devices_are_available_and_load():
    assert {"fr5969", "f2132"} <= set(available_devices())
    for name in ("fr5969", "f2132"):
        dev = load_device(name)
        assert dev.id == name
        assert dev.vectors[0].address == 0xFFFE and dev.vectors[0].name == "RESET"


@pytest.mark.parametrize("name,start,end,kind", [
    ("fr5969", 0x0000, 0x0FFF, "peripheral"),
    ("fr5969", 0x1000, 0x17FF, "bsl"),
    ("fr5969", 0x1800, 0x19FF, "info_fram"),
    ("fr5969", 0x1A00, 0x1AFF, "tlv"),
    ("fr5969", 0x1C00, 0x23FF, "sram"),
    ("fr5969", 0x4400, 0xFF7F, "fram"),
    ("fr5969", 0xFF80, 0xFFFF, "vectors"),
    ("fr5969", 0x10000, 0x13FFF, "fram"),
    ("f2132", 0x0000, 0x01FF, "peripheral"),
    ("f2132", 0x0200, 0x03FF, "sram"),
    ("f2132", 0x1000, 0x10FF, "info_flash"),
    ("f2132", 0xE000, 0xFFBF, "flash"),
    ("f2132", 0xFFC0, 0xFFFF, "vectors"),
])
def test_memory_map_matches_the_datasheet(name, start, end, kind):
    dev = load_device(name)
    region = dev.region_at(start)
    assert region is not None and (region.start, region.end, region.kind) == (start, end, kind)


def test_fr5969_vector_table_follows_slas704():
    dev = load_device("fr5969")
    expected = {0xFFFE: "RESET", 0xFFFC: "SYSNMI", 0xFFFA: "UNMI", 0xFFF2: "WDT", 0xFFF0: "USCI_A0",
                0xFFEC: "ADC12", 0xFFEA: "TIMER0_A0", 0xFFE8: "TIMER0_A1", 0xFFE2: "TIMER1_A0",
                0xFFE0: "TIMER1_A1", 0xFFDE: "PORT1", 0xFFCC: "AES256"}
    names = {v.address: v.name for v in dev.vectors}
    for addr, name in expected.items():
        assert names[addr] == name
    assert len(dev.vectors) == 26
    priorities = [v.priority for v in dev.vectors]
    assert priorities == sorted(priorities, reverse=True)


def test_attributes_of_a_built_machine():
    m = Machine("fr5969")
    attr = m.state.attr
    assert attr[0x1C00] == A_R | A_W | A_VOLATILE
    assert attr[0x4400] == A_R | A_W | A_NVM
    assert attr[0x1A00] == A_R                   # TLV is read-only
    assert attr[0x1000] == 0                     # BSL is unmapped
    assert attr[0x2400] == 0 and attr[0x43FF] == 0
    assert attr[0x14000] == 0
    assert attr[0x015C] & A_HOOK_W               # WDTCTL is a peripheral register
    f = Machine("f2132")
    assert f.state.attr[0xE000] == A_R           # flash is read-only to the program
    assert f.state.attr[0x0200] == A_R | A_W | A_VOLATILE


def test_unknown_device_is_a_one_line_config_error():
    with pytest.raises(ConfigError, match=r"^unknown device 'msp430g2553' \(available: .*fr5969"):
        load_device("msp430g2553")


def _write_device(tmp_path, text):
    path = tmp_path / "bad.toml"
    base = (load_device.__globals__["DEVICE_DIR"] / "f2132.toml").read_text()
    path.write_text(text(base))
    return path


def test_overlapping_regions_are_rejected(tmp_path):
    path = _write_device(tmp_path, lambda t: t.replace("start = 0x0200\nend = 0x03FF",
                                                        "start = 0x0100\nend = 0x03FF"))
    with pytest.raises(ConfigError, match="overlaps"):
        load_device(path)


def test_malformed_and_inconsistent_descriptions_are_rejected(tmp_path):
    with pytest.raises(ConfigError, match="bad.toml"):
        load_device(_write_device(tmp_path, lambda t: t + "\n[[[broken"))
    with pytest.raises(ConfigError, match="unknown vector"):
        load_device(_write_device(tmp_path, lambda t: t.replace('interval = "WDT"', 'interval = "NOPE"')))
    with pytest.raises(ConfigError, match="timing"):
        load_device(_write_device(tmp_path, lambda t: t.replace('timing = "classic"', 'timing = "fast"')))
    with pytest.raises(ConfigError, match="priorities"):
        load_device(_write_device(tmp_path, lambda t: t.replace("priority = 26", "priority = 29")))
    with pytest.raises(ConfigError, match="outside the peripheral space"):
        load_device(_write_device(tmp_path, lambda t: t.replace("base = 0x0180", "base = 0x01F0")))


def test_currents_section_is_kept():
    assert load_device("fr5969").currents["active_ua_per_mhz"] == pytest.approx(100.0)
    assert dict(load_device("f2132").currents) == {}
