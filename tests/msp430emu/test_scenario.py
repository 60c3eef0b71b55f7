"""Scenario files: built-in scenarios, relative paths, the [harvester] table, strict one-line errors."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from energy import parse_harvester
from msp430emu.errors import ConfigError
from msp430emu.scenario import BUILTIN_DIR, builtin_names, load_scenario

TRACE = Path(__file__).resolve().parent.parent / "data" / "traces" / "mementos-rf" / "1.txt"


def write(tmp_path: Path, text: str, name: str = "s.toml") -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def error_of(path: Path) -> str:
    with pytest.raises(ConfigError) as info:
        load_scenario(str(path))
    message = str(info.value)
    assert "\n" not in message and str(path) in message
    return message


def test_builtin_scenarios_are_found_by_name_and_hold_what_the_brief_asks():
    assert builtin_names() == ["default", "wisp4-mementos", "wisp5"]
    default = load_scenario("default")
    assert default.firmware_app == "ar" and default.firmware_opt == "-O2"
    assert default.options["harvest"] == "rfid:1.5,eirp=4"
    assert default.options["strategy"] == "mementos-loop"
    assert default.options["preset"] == "wisp5" and default.options["device"] == "fr5969"
    assert load_scenario("wisp5").options["preset"] == "wisp5"
    mementos = load_scenario("wisp4-mementos").options
    assert (mementos["v_on"], mementos["v_off"], mementos["harvest"]) == ("3.0", "1.8", "power:100u")
    assert load_scenario(str(BUILTIN_DIR / "wisp5.toml")).name == "wisp5"


def test_every_key_maps_to_the_run_option_as_the_command_line_spells_it(tmp_path):
    path = write(tmp_path, """
name = "all"
description = "every key"
[device]
name = "fr5969"
mclk = "8MHz"
vcc = 2.5
[capacitor]
preset = "wisp4-mementos"
capacitance = "22u"
v_start = 0
v_max = "none"
[thresholds]
v_on = "2.2V"
v_off = 1.9
[strategy]
name = "mementos-timer:5000"
v_thresh = 2.1
[limits]
max_cycles = 5_000_000
max_time = "2.5"
progress_boots = 7
until = "main"
[harvester]
kind = "power"
power = "250u"
""")
    s = load_scenario(str(path))
    assert s.name == "all" and s.description == "every key"
    assert s.options == {"device": "fr5969", "mclk": "8MHz", "vcc": 2.5, "preset": "wisp4-mementos",
                         "cap": "2.2e-05", "v_start": "0.0", "v_max": "none", "v_on": "2.2", "v_off": "1.9",
                         "strategy": "mementos-timer:5000", "v_thresh": "2.1", "max_cycles": "5000000",
                         "max_time": "2.5", "progress_boots": 7, "until": "main", "harvest": "power:250u"}


def test_relative_paths_resolve_against_the_scenario_file_not_the_working_directory(tmp_path, monkeypatch):
    folder = tmp_path / "scen" / "deep"
    (folder / "traces").mkdir(parents=True)
    shutil.copy(TRACE, folder / "traces" / "rf.txt")
    path = write(folder, """
[firmware]
path = "../fw/app.elf"
[harvester]
kind = "trace"
path = "traces/rf.txt"
time = "clock"
load = "30k"
""")
    monkeypatch.chdir(tmp_path)
    s = load_scenario(str(path.relative_to(tmp_path)))
    assert s.firmware_path == (tmp_path / "scen" / "fw" / "app.elf").resolve()
    spec = s.options["harvest"]
    assert spec == f"trace:{(folder / 'traces' / 'rf.txt').resolve()},load=30k,time=clock"
    harvester = parse_harvester(spec)            # from another directory too: the path is absolute
    assert "25274 samples" in harvester.describe()


def test_rfid_table_becomes_the_same_harvester_as_the_spec(tmp_path):
    path = write(tmp_path, '[harvester]\nkind = "rfid"\ndistance = 2.5\neirp = 1\ngap = "2m"\n')
    spec = load_scenario(str(path)).options["harvest"]
    assert spec == "rfid:2.5,eirp=1,gap=2m"
    assert parse_harvester(spec).describe() == parse_harvester("rfid:2.5,eirp=1,gap=2m").describe()


@pytest.mark.parametrize("text, pattern", [
    ("[device]\nname = 3\n", r"device\.name must be a string \(got int 3\)"),
    ("[device]\nvcc = true\n", r"device\.vcc must be a number \(got bool True\)"),
    ("[limits]\nmax_cycles = 1.5\n", r"limits\.max_cycles must be an integer"),
    ("[device]\nnmae = 'fr5969'\n", r"unknown key 'device\.nmae' in \[device\] \(known: name, mclk, vcc\)"),
    ("colour = 'red'\n", r"unknown key 'colour' in the top level"),
    ("[capacitors]\npreset = 'wisp5'\n", r"unknown table \[capacitors\]"),
    ("[device]\nname = 'fr9999'\n", r"device\.name = 'fr9999' is not a known device"),
    ("[device]\nmclk = '8 parsecs'\n", r"device\.mclk: '8 parsecs' is not a frequency"),
    ("[capacitor]\npreset = 'wisp9'\n", r"capacitor\.preset = 'wisp9' is not a known preset"),
    ("[capacitor]\ncapacitance = '47x'\n", r"capacitor\.capacitance: cannot read '47x' as a number"),
    ("[capacitor]\ncapacitance = 0\n", r"capacitor\.capacitance = 0 must be > 0"),
    ("[capacitor]\nv_start = -1.0\n", r"capacitor\.v_start = -1\.0 must be >= 0"),
    ("[thresholds]\nv_on = 1.8\nv_off = 2.4\n", r"thresholds\.v_off = 2\.4 V must be below thresholds\.v_on"),
    ("[strategy]\nname = 'mementos'\n", r"strategy\.name = 'mementos' is not a strategy"),
    ("[strategy]\nname = 'none'\nv_thresh = 2.0\n", r"strategy\.v_thresh needs a checkpoint strategy"),
    ("[limits]\nprogress_boots = 0\n", r"limits\.progress_boots = 0 must be >= 1"),
    ("[limits]\nmax_time = 0\n", r"limits\.max_time = 0 must be > 0"),
    ("[firmware]\npath = 'a.elf'\napp = 'crc'\n", r"firmware\.path and firmware\.app exclude each other"),
    ("[firmware]\napp = 'nosuchapp'\n", r"firmware\.app = 'nosuchapp' is not an app .*known: .*crc"),
    ("[firmware]\napp = 'crc'\nopt = '-O9'\n", r"firmware\.opt = '-O9' is not one of"),
    ("[firmware]\npath = 'a.elf'\nopt = '-O2'\n", r"firmware\.opt applies to firmware\.app only"),
    ("[harvester]\nkind = 'wind'\n", r"harvester\.kind = 'wind' must be one of none, power"),
    ("[harvester]\nkind = 'rfid'\n", r"harvester\.distance is required for kind 'rfid'"),
    ("[harvester]\nkind = 'rfid'\ndistance = 2\npower = 1\n",
     r"unknown key 'harvester\.power' for kind 'rfid'"),
    ("[harvester]\nkind = 'rfid'\ndistance = -2.0\n", r"\[harvester\]: 'rfid:-2\.0'"),
    ("[harvester]\nkind = 'trace'\npath = 'missing.txt'\n", r"\[harvester\]: .*missing\.txt"),
    ("[harvester]\nkind = 'power'\npower = 'a,b'\n",
     r"harvester\.power = 'a,b' must be non-empty and contain no comma"),
    ("harvester = 'rfid:2'\n", r"harvester must be a table"),
    ("[device\nname = 'x'\n", r"not valid TOML"),
])
def test_bad_scenarios_are_one_line_errors_naming_file_and_key(tmp_path, text, pattern):
    assert re.search(pattern, error_of(write(tmp_path, text)))


def test_missing_scenario_names_the_built_ins(tmp_path):
    with pytest.raises(ConfigError, match=r"no such file or built-in scenario \(built-in: default, "
                                          r"wisp4-mementos, wisp5\)"):
        load_scenario(str(tmp_path / "nope.toml"))
    with pytest.raises(ConfigError, match="not a regular file"):
        load_scenario(str(tmp_path))


def test_binary_file_is_refused_in_one_line(tmp_path):
    path = tmp_path / "s.toml"
    path.write_bytes(b"\xff\xfe\x00binary")
    assert "not a UTF-8 text file" in error_of(path)
