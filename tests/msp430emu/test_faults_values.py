"""Issue 14, items 2, 5, 10, 12: meaningless, infinite and NaN values are refused with the valid range, in
one line, by RunConfig (so the API and the command line agree) and by the command line's own options."""

from __future__ import annotations

import shutil

import pytest
from faults_helpers import assert_refused, run_cli
from firmware_build import build_app

from msp430emu import ConfigError, RunConfig

pytestmark = pytest.mark.skipif(not shutil.which("clang-14"), reason="needs clang-14")


@pytest.fixture(scope="module")
def crc() -> str:
    return str(build_app("crc", "-O2"))


@pytest.mark.parametrize("argv, message", [
    (["--mclk", "1e-300"], "outside the MSP430FR5969's MCLK range 293 to 16,000,000 Hz"),
    (["--mclk", "nan"], "--mclk"),
    (["--mclk", "inf"], "--mclk"),
    (["--cap", "1e-30"], "--cap: 1e-30 is outside the valid range 1e-09 to 1000 F"),
    (["--cap", "1e300"], "valid range"),
    (["--cap", "nan"], "--cap"),
    (["--cap", "inf"], "--cap"),
    (["--v-on", "1e300"], "--v-on: 1e300 is outside the valid range 0 to 100 V"),
    (["--v-on", "nan"], "--v-on"),
    (["--v-off", "-inf"], "--v-off"),
    (["--v-start", "nan"], "--v-start"),
    (["--v-max", "inf"], "--v-max"),
    (["--vcc", "nan"], "--vcc"),
    (["--vcc", "inf"], "--vcc"),
    (["--max-time", "1e308", "--harvest", "power:1m"], "--max-time: 1e308 is outside the valid range"),
    (["--max-time", "nan"], "--max-time"),
    (["--max-time", "inf"], "--max-time"),
    (["--max-cycles", "99999999999999999999999"], "--max-cycles"),
    (["--check-cycles", "99999999999999", "--harvest", "rfid:3", "--max-time", "1", "--strategy",
      "mementos-loop"], "--check-cycles: 99999999999999 is outside the valid range 0 to 1,000,000 cycles"),
    (["--progress-boots", "0"], "--progress-boots"),
    (["--v-thresh", "nan", "--strategy", "mementos-loop"], "--v-thresh"),
    (["--v-hibernate", "inf", "--strategy", "hibernus"], "--v-hibernate"),
    (["--until", "0x100000"], "--until: 0x100000 is outside the 20-bit address space"),
    (["--until", "-1"], "--until"),
    (["--harvest", "power:nan"], "--harvest"),
    (["--harvest", "rfid:nan"], "--harvest"),
    (["--harvest", "rfid:1,eirp=inf"], "--harvest"),
    (["--harvest", "current:inf"], "--harvest"),
])
def test_run_refuses_meaningless_values_with_their_range(capsys, crc, argv, message):
    assert_refused(capsys, "run", crc, *argv, message=message)


@pytest.mark.parametrize("fields, message", [
    (dict(mclk=1e-300), "MCLK range"),
    (dict(capacitor=1e-30), "valid range 1e-09 to 1000 F"),
    (dict(capacitor=float("nan")), "--cap"),
    (dict(max_time=float("inf")), "--max-time"),
    (dict(vcc=float("nan")), "--vcc"),
    (dict(check_cycles=10**14), "valid range"),
    (dict(until=0x100000), "20-bit"),
    (dict(until=-5), "20-bit"),
])
def test_runconfig_refuses_the_same_values(fields, message):
    with pytest.raises(ConfigError, match=message.replace("(", r"\(").replace(".", r"\.")):
        RunConfig(**fields)


def test_the_range_ends_are_accepted():
    cfg = RunConfig(mclk=293, capacitor="1n", max_time="1e8", check_cycles=10**6, vcc=3.6)
    assert (cfg.mclk, cfg.capacitor, cfg.max_time, cfg.check_cycles) == (293.0, 1e-9, 1e8, 10**6)
    assert RunConfig(device="f2132", mclk="1.5kHz").mclk == 1500.0
    with pytest.raises(ConfigError, match="1,500 to 16,000,000"):
        RunConfig(device="f2132", mclk=1000)


@pytest.mark.parametrize("argv, message", [
    (["torture", "{crc}", "--strategy", "oracle", "--in-saves", "nan"], "--in-saves"),
    (["torture", "{crc}", "--strategy", "oracle", "--in-saves", "inf"], "--in-saves"),
    (["torture", "{crc}", "--strategy", "oracle", "--in-saves", "1.5"], "--in-saves"),
    (["torture", "{crc}", "--strategy", "oracle", "--seed", "-1"], "--seed: -1 is outside the valid range"),
    (["torture", "{crc}", "--strategy", "oracle", "--trials", "0"], "--trials"),
    (["torture", "{crc}", "--strategy", "oracle", "--failures", "-2"], "--failures"),
    (["size", "{crc}", "--tol", "nan", "--harvest", "rfid:3"], "--tol"),
    (["size", "{crc}", "--tol", "inf", "--harvest", "rfid:3"], "--tol"),
    (["size", "{crc}", "--lo", "nan", "--harvest", "rfid:3"], "--lo"),
    (["size", "{crc}", "--hi", "inf", "--harvest", "rfid:3"], "--hi"),
    (["sweep", "{crc}", "--param", "cap=nan", "--out", "{tmp}/s"], "nan"),
    (["sweep", "{crc}", "--param", "distance=inf", "--out", "{tmp}/s"], "inf"),
    (["sweep", "{crc}", "--vcc", "nan", "--param", "cap=10u", "--out", "{tmp}/s"], "--vcc"),
    (["instrument", "{src}", "-o", "{tmp}/i.elf", "--v-thresh", "nan"], "--v-thresh"),
    (["instrument", "{src}", "-o", "{tmp}/i.elf", "--v-thresh", "inf"], "--v-thresh"),
])
def test_every_float_option_refuses_nan_and_inf(capsys, crc, tmp_path, argv, message):
    from msp430emu.toolchain.sdk import APPS_DIR

    argv = [a.format(crc=crc, tmp=tmp_path, src=APPS_DIR / "crc.c") for a in argv]
    assert_refused(capsys, *argv, message=message)
    assert not (tmp_path / "s").exists() and not (tmp_path / "i.elf").exists()


def test_strategy_oracle_and_detect_war_without_energy_print_a_summary(capsys, crc):
    for extra in (["--strategy", "oracle"], ["--detect-war"], ["--strategy", "oracle", "--detect-war"]):
        code, out, err = run_cli(capsys, "run", crc, *extra)
        assert code == 0 and "Traceback" not in err and "exit           halt" in out, err
        assert "energy" not in out.split("UART bytes")[1]


@pytest.mark.parametrize("spec, message", [
    ("rfid:1e-300", "at least 0.01 m"),
    ("rfid:0.5,n=1e300", "n = 1e+300 is outside the valid range 1 to 10"),
    ("rfid:1,gain=1e300", "gain = 1e+300 is outside the valid range -100 to 100 dBi"),
    ("power:1e300", "power = 1e+300 is outside the valid range 0 to 1000 W"),
    ("current:-1", "current"),
    ("rfid:1,eirp=1e9", "eirp = 1e+09 is outside the valid range 0 to 10000 W"),
])
def test_reader_values_that_overflow_are_refused(capsys, crc, spec, message):
    assert_refused(capsys, "run", crc, "--harvest", spec, message=message)


@pytest.mark.parametrize("argv, message", [
    (["size", "{crc}", "--lo", "1e-30", "--harvest", "rfid:3"], "--lo 1e-30: outside the valid range"),
    (["size", "{crc}", "--hi", "1e300", "--harvest", "rfid:3"], "--hi 1e+300: outside the valid range"),
    (["size", "{crc}", "--target", "v_thresh", "--hi", "1e3", "--harvest", "rfid:3"], "--hi 1000"),
    (["torture", "{crc}", "--strategy", "oracle", "--max-cycles", "99999999999999999999"], "--max-cycles"),
])
def test_campaign_bounds_are_checked_before_any_run(capsys, crc, argv, message):
    assert_refused(capsys, *[a.format(crc=crc) for a in argv], message=message)


def test_a_campaign_of_unbounded_trials_is_refused(capsys, crc):
    assert_refused(capsys, "torture", crc, "--strategy", "oracle", "--trials", "99999999999999999999",
                   message="--trials: 99999999999999999999 is outside the valid range 1 to 10,000,000")
