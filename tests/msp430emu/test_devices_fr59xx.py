"""MSP430FR5994 and MSP430FR6989 device data, currents from the device TOML, ``--device PATH.toml``."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from msp430emu.devices import DEVICE_DIR, device_mcu_model, load_device
from msp430emu.machine.machine import Machine

ROOT = Path(__file__).resolve().parents[2]
ELF = ROOT / "tests" / "data" / "fused" / "binaries" / "matmul-FFF-WS0.elf"


def cli(*argv: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "msp430emu.cli", *argv], capture_output=True, text=True,
                          cwd=ROOT, timeout=300)


def test_fr5994_memory_map() -> None:
    dev = load_device("fr5994")
    spans = {r.name: (r.start, r.end) for r in dev.memory}
    assert spans["sram"] == (0x1C00, 0x3BFF)                      # 8 KB, LEA RAM the upper 4 KB
    assert spans["fram"] == (0x4000, 0xFF7F) and spans["fram_high"] == (0x10000, 0x43FFF)
    fram = sum(r.size for r in dev.memory if r.kind in ("fram", "vectors"))
    assert fram == 256 * 1024
    assert dev.vector_named("LEA").address == 0xFFB4 and dev.vector_named("USCI_A0").address == 0xFFF0
    bases = {p.name: p.base for p in dev.peripherals}
    assert bases["eUSCI_A3"] == 0x0620 and bases["TA4"] == 0x07C0 and bases["LEA"] == 0x0A80


def test_fr6989_memory_map() -> None:
    dev = load_device("fr6989")
    spans = {r.name: (r.start, r.end) for r in dev.memory}
    assert spans["sram"] == (0x1C00, 0x23FF)
    assert spans["fram"] == (0x4400, 0xFF7F) and spans["fram_high"] == (0x10000, 0x23FFF)
    # "128 KB" as the FR5969 is "64 KB": main FRAM starts at 0x4400, 1 KB of the nominal size is not there
    assert sum(r.size for r in dev.memory if r.kind in ("fram", "vectors")) == 127 * 1024
    assert dev.vector_named("ESI").address == 0xFFF0 and dev.vector_named("LCD_C").address == 0xFFCA
    assert {p.name: p.base for p in dev.peripherals}["LCD_C"] == 0x0A00


@pytest.mark.parametrize("device, ua_per_mhz, lpm3_ua", [("fr5994", 120.0, 0.7), ("fr6989", 103.0, 0.4)])
def test_currents_come_from_the_device_file(device: str, ua_per_mhz: float, lpm3_ua: float) -> None:
    model = device_mcu_model(device)
    assert model.current("active", 1e6, 3.0) == pytest.approx(ua_per_mhz * 1e-6)
    assert model.current("lpm3", 1e6, 3.0) == pytest.approx(lpm3_ua * 1e-6)
    table = load_device(device).currents
    assert "SLAS" in table["modes"]["active"]["source"] and all(m["source"] for m in table["modes"].values())
    assert all("SLAS" in c["source"] for c in table["charges_nas"].values())


def test_bundled_fr5969_table_still_used() -> None:
    assert device_mcu_model("fr5969").device == "MSP430FR5969"


def test_fr5994_machine_runs_ti_gcc_program() -> None:
    from msp430emu.toolchain.loader import load_image

    machine = Machine("fr5994", load_image(ELF))
    assert machine.run(max_cycles=2_000_000, until="main").exit == "until"


def test_device_path(tmp_path: Path) -> None:
    text = (DEVICE_DIR / "fr5994.toml").read_text().replace('id = "fr5994"', 'id = "myboard"')
    path = tmp_path / "myboard.toml"
    path.write_text(text)
    proc = cli("run", str(ELF), "--device", str(path), "--max-cycles", "100000", "--json")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["exit"] == "max-cycles"
    energy = cli("run", str(ELF), "--device", str(path), "--cap", "47u", "--harvest", "power:2m",
                 "--max-time", "0.05", "--json")
    assert energy.returncode == 0, energy.stderr


def test_bad_device_path_is_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('id = "x"\n')
    proc = cli("run", str(ELF), "--device", str(bad))
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and "bad.toml: malformed device" in proc.stderr
    missing = cli("run", str(ELF), "--device", str(tmp_path / "none.toml"))
    assert missing.returncode == 2 and "unknown device" in missing.stderr


def test_fr5969_refuses_an_fr5994_program() -> None:
    proc = cli("run", str(ELF))
    assert proc.returncode == 2 and "not program memory of the MSP430FR5969" in proc.stderr


def test_scenario_device_file_beside_the_scenario(tmp_path: Path) -> None:
    text = (DEVICE_DIR / "fr5994.toml").read_text().replace('id = "fr5994"', 'id = "myboard"')
    (tmp_path / "myboard.toml").write_text(text)
    scenario = tmp_path / "s.toml"
    scenario.write_text(f'[firmware]\npath = "{ELF}"\n[device]\nname = "myboard.toml"\n'
                        '[limits]\nmax_cycles = 100000\n')
    proc = cli("run", "--scenario", str(scenario), "--json")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["device"] == "MSP430FR5994"
    scenario.write_text(scenario.read_text().replace("myboard.toml", "other.toml"))
    bad = cli("run", "--scenario", str(scenario))
    assert bad.returncode == 2 and "other.toml" in bad.stderr and bad.stderr.count("\n") == 1
