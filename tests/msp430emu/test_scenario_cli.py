"""``msp430emu run --scenario``: the file fills the options, the command line overrides it, firmware from the
file (relative path or a built app), strategies from the file, one-line errors (exit 2)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from oracles.asm import EXIT, HAVE_TOOLS, STOP_WDT, build_program

from msp430emu.cli.main import main

pytestmark = pytest.mark.skipif(not HAVE_TOOLS, reason="llvm-mc-14 / ld.lld-14 not installed")

TRACE = Path(__file__).resolve().parent.parent / "data" / "traces" / "mementos-rf" / "1.txt"
SPIN = "start:\n    mov #0x2400, r1\n" + STOP_WDT + "spin:\n    add r5, r6\n    jmp spin\n" + EXIT
SCENARIO = """
name = "spin-test"
[firmware]
path = "fw/prog.elf"
[capacitor]
capacitance = "22u"
[thresholds]
v_on = 2.6
v_off = 2.0
[harvester]
kind = "power"
power = "150u"
[limits]
max_time = 0.25
"""


@pytest.fixture()
def scenario(tmp_path) -> Path:
    """A scenario file in tmp_path/scen whose firmware lies next to it (fw/prog.elf)."""
    folder = tmp_path / "scen"
    (folder / "fw").mkdir(parents=True)
    build_program(SPIN, folder / "fw")
    path = folder / "spin.toml"
    path.write_text(SCENARIO)
    return path


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main(["run", *map(str, argv)])
    out, err = capsys.readouterr()
    return code, out, err


def run_json(capsys, *argv) -> dict:
    code, out, err = run(capsys, *argv, "--json")
    assert code == 0 and err == ""
    return json.loads(out)


def one_line_error(capsys, *argv) -> str:
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("msp430emu: error: ")
    return err


def test_scenario_sets_the_run_and_its_firmware_path_is_relative_to_the_file(capsys, scenario, tmp_path,
                                                                            monkeypatch):
    monkeypatch.chdir(tmp_path)                           # not the scenario's folder
    d = run_json(capsys, "--scenario", scenario.relative_to(tmp_path))
    assert d["capacitance_f"] == 22e-6 and (d["v_on"], d["v_off"]) == (2.6, 2.0)
    assert d["harvester"] == "constant power 0.00015 W"
    assert d["exit"] == "max-time" and d["device_time_s"] == pytest.approx(0.25)
    assert d["v_start"] == 2.6                                # --v-start defaults to V_on as usual


def test_command_line_options_override_the_file(capsys, scenario):
    d = run_json(capsys, "--scenario", scenario, "--v-on", "2.4", "--cap", "47u", "--harvest", "none",
                 "--max-time", "0.1")
    assert (d["v_on"], d["v_off"], d["capacitance_f"]) == (2.4, 2.0, 47e-6)
    assert d["harvester"] == "none" and d["exit"] in ("no-energy", "max-time")
    assert d["boots"] >= 1


def test_fw_on_the_command_line_overrides_the_files_firmware(capsys, scenario, tmp_path):
    text = scenario.read_text().replace('path = "fw/prog.elf"', 'path = "missing.elf"')
    other = tmp_path / "other.toml"
    other.write_text(text)
    assert "missing.elf: no such file" in one_line_error(capsys, "--scenario", other)
    d = run_json(capsys, scenario.parent / "fw" / "prog.elf", "--scenario", other)
    assert d["exit"] == "max-time"


def test_limits_of_a_continuous_power_scenario(capsys, scenario, tmp_path):
    path = tmp_path / "scen" / "limits.toml"
    path.write_text('[firmware]\npath = "fw/prog.elf"\n[limits]\nmax_cycles = 1000\n')
    d = run_json(capsys, "--scenario", path)
    assert d["exit"] == "max-cycles" and 1000 <= d["cycles"] < 1010 and "v_on" not in d
    d = run_json(capsys, "--scenario", path, "--max-cycles", "5000")
    assert d["exit"] == "max-cycles" and 5000 <= d["cycles"] < 5010


def test_default_scenario_runs_mementos_loop_from_the_file(capsys, tmp_path):
    d = run_json(capsys, "--scenario", "default", "--build-dir", tmp_path / "build", "--max-time", "0.3")
    assert d["strategy"] == "mementos-loop" and d["v_thresh"] == 1.95     # both from default.toml
    assert d["trigger_points"] > 0 and d["checks"] > 0
    err = one_line_error(capsys, "--scenario", "wisp5", "--strategy", "nonsense", "x.elf")
    assert "'nonsense' is not a strategy" in err


def test_default_scenario_runs_its_app_without_checkpoints_when_asked(capsys, tmp_path):
    d = run_json(capsys, "--scenario", "default", "--strategy", "none", "--build-dir", tmp_path / "build",
                 "--max-time", "0.3")
    assert (tmp_path / "build" / "ar-O2.elf").is_file()
    assert d["harvester"].startswith("RFID reader at 1.5 m, EIRP 4 W")
    assert d["capacitance_f"] == 47e-6 and (d["v_on"], d["v_off"]) == (2.4, 1.8)
    assert d["exit"] == "max-time" and d["mclk_hz"] == 8e6


@pytest.mark.parametrize("argv, needle", [
    (["--strategy", "bogus", "x.elf"], "--strategy: 'bogus' is not a strategy"),
    ([], "no firmware: give FW or a --scenario with a [firmware] table"),
    (["--scenario", "wisp5"], "has no [firmware] table; give FW"),
    (["--scenario", "nowhere.toml", "x.elf"], "no such file or built-in scenario"),
])
def test_bad_command_lines_are_one_line_errors(capsys, argv, needle):
    assert needle in one_line_error(capsys, *argv)


def test_bad_scenario_file_is_one_line_error_naming_file_and_key(capsys, tmp_path):
    path = tmp_path / "bad.toml"
    path.write_text("[thresholds]\nv_on = 'high'\n")
    err = one_line_error(capsys, "--scenario", path, "x.elf")
    assert str(path) in err and "thresholds.v_on" in err


def test_trace_next_to_the_scenario_drives_the_run_from_anywhere(capsys, scenario, tmp_path, monkeypatch):
    (scenario.parent / "traces").mkdir()
    shutil.copy(TRACE, scenario.parent / "traces" / "rf.txt")
    path = scenario.parent / "trace.toml"
    path.write_text('[firmware]\npath = "fw/prog.elf"\n[capacitor]\npreset = "wisp5"\n'
                    '[harvester]\nkind = "trace"\npath = "traces/rf.txt"\ntime = "clock"\n'
                    '[limits]\nmax_time = "2"\n')
    monkeypatch.chdir(tmp_path)
    d = run_json(capsys, "--scenario", path)
    assert "rf.txt (voltage): 25274 samples over 25.274 s" in d["harvester"]
    assert d["exit"] == "max-time" and d["energy_harvested_j"] > 0.0
    expected = run_json(capsys, scenario.parent / "fw" / "prog.elf", "--preset", "wisp5", "--harvest",
                        f"trace:{TRACE},time=clock", "--max-time", "2")
    for key in ("power_failures", "boots", "instructions", "energy_harvested_j", "v_final"):
        assert d[key] == expected[key]                       # the same run as the spelled-out options


def test_a_scenario_threshold_of_another_strategy_is_ignored_with_a_warning(capsys, tmp_path):
    d = run_json(capsys, "--scenario", "default", "--strategy", "hibernus", "--build-dir", tmp_path / "build",
                 "--max-time", "0.3")
    assert d["strategy"] == "hibernus" and "v_thresh" not in d
    assert any("v_thresh is ignored" in w for w in d["warnings"])
