"""Issue 14, items 6 and 7: runs that could never end. A source that cannot reach V_on from where the
capacitor is ends the run at once (exit no-energy, saying why); every intermittent run is bounded by a
default device-time limit, reported when hit; degenerate harvester periods are refused."""

from __future__ import annotations

import shutil

import pytest
from faults_helpers import assert_refused
from firmware_build import build_app

from energy import EnergyError, parse_harvester
from energy.capacitor import Capacitor
from energy.power import PowerSwitch
from energy.system import EnergySystem
from msp430emu import RunConfig, simulate
from msp430emu.config import DEFAULT_MAX_TIME_S

pytestmark = pytest.mark.skipif(not shutil.which("clang-14"), reason="needs clang-14")


@pytest.fixture(scope="module")
def crc() -> str:
    return str(build_app("crc", "-O2"))


@pytest.mark.parametrize("harvester, why", [
    ("rfid:10", "delivers nothing"),            # -13.5 dBm at the tag: below the rectifier's -12 dBm
    ("rfid:1e308", "delivers nothing"),
    ("rfid:1,eirp=0", "delivers nothing"),
    ("none", "V_on"),
])
def test_a_source_that_cannot_reach_v_on_ends_at_once(crc, harvester, why):
    result = simulate(RunConfig(firmware=crc, harvester=harvester))
    assert result.exit == "no-energy" and why in result.message
    assert result.power_failures == 1 and result.device_time_s < 1.0


def test_no_energy_from_a_cold_start_without_running_an_instruction(crc):
    result = simulate(RunConfig(firmware=crc, harvester="rfid:10", v_start=0))
    assert result.exit == "no-energy" and result.instructions == 0 and result["boots"] == 0


def test_leakage_that_beats_the_harvester_is_no_energy():
    cap = Capacitor(47e-6, 0.0, leak_resistance=1e3)          # 1 kOhm: at 2.4 V it leaks 5.8 mW
    system = EnergySystem(cap, parse_harvester("power:1m"), PowerSwitch(2.4, 1.8))
    assert "does not exceed the leakage" in system.why_unreachable(2.4)
    strong = EnergySystem(Capacitor(47e-6, 0.0, leak_resistance=1e3), parse_harvester("power:10m"),
                          PowerSwitch(2.4, 1.8))
    assert strong.why_unreachable(2.4) is None


def test_an_intermittent_run_is_bounded_by_default_and_says_so(crc):
    result = simulate(RunConfig(firmware=crc, harvester="power:1n"))     # 1 nW: V_on after ~10^5 s
    assert result.exit == "max-time" and result.device_time_s == pytest.approx(DEFAULT_MAX_TIME_S)
    assert "default" in result.message and "--max-time" in result.message


def test_the_default_limit_is_in_the_help(capsys):
    from msp430emu.cli.main import main

    with pytest.raises(SystemExit):
        main(["run", "--help"])
    assert "3600 s" in " ".join(capsys.readouterr().out.split())


@pytest.mark.parametrize("spec, message", [
    ("rfid:1,duty=1e-9,period=1e-9", "period of 0.001 to 1e6 s"),
    ("rfid:1,duty=0.5,period=1e-9", "period"),
    ("rfid:1,dwell=1e-9,gap=0", "dwell"),
    ("rfid:1,gap=1e-12", "gap"),
])
def test_degenerate_reader_periods_are_refused(spec, message):
    with pytest.raises(EnergyError, match=message):
        parse_harvester(spec)


def test_a_looped_trace_spanning_a_nanosecond_is_refused(capsys, crc, tmp_path):
    trace = tmp_path / "t.txt"
    trace.write_text("0 2.5\n1e-9 2.6\n")
    assert_refused(capsys, "run", crc, "--harvest", f"trace:{trace},loop=1,time=s", "--max-time", "2",
                   message="must span at least 0.001 s")
    slow = tmp_path / "slow.txt"
    slow.write_text("0 2.5\n0.5 2.6\n")
    parse_harvester(f"trace:{slow},loop=1,time=s")          # a real period is fine


def test_max_time_bounds_a_busy_run(crc):
    result = simulate(RunConfig(firmware=crc, harvester="rfid:1,duty=0.5,period=1m", strategy="mementos-loop",
                                max_time=0.05))
    assert result.exit in ("max-time", "halt") and result.device_time_s <= 0.05 + 1e-3
