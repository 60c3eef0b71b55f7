"""Sweep parameters: --param parsing (grid order, separators, one-line errors), the harvester edits of a
point, numeric axes, and the base's rule for checkpoint options a point's strategy does not take."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as hs

from msp430emu.campaigns.sweep.base import RunBase
from msp430emu.campaigns.sweep.params import PARAMS, join_spec, parse_params, point_changes, split_spec
from msp430emu.errors import ConfigError


def test_grid_is_the_cartesian_product_first_parameter_slowest():
    sweep = parse_params(["distance=1,2,3", "strategy=none,mementos-loop"])
    assert sweep.names == ("distance", "strategy")
    assert sweep.points() == [("1", "none"), ("1", "mementos-loop"), ("2", "none"), ("2", "mementos-loop"),
                              ("3", "none"), ("3", "mementos-loop")]


def test_values_are_stripped_dashes_name_the_same_parameter_and_semicolons_split_specs():
    sweep = parse_params(["v-thresh= 2.0, 2.2 ", "harvest=rfid:2,eirp=2;trace:t.txt,time=clock"])
    assert sweep.names == ("v_thresh", "harvest")
    assert sweep.values == (("2.0", "2.2"), ("rfid:2,eirp=2", "trace:t.txt,time=clock"))


def test_start_stop_step_ranges_of_numeric_parameters():
    assert parse_params(["distance=1:3:0.5,5"]).values == (("1", "1.5", "2", "2.5", "3", "5"),)
    assert parse_params(["cap=10u:30u:10u"]).values == (("1e-05", "2e-05", "3e-05"),)
    assert parse_params(["max_cycles=1000:2500:1000"]).values == (("1000", "2000"),)
    assert parse_params(["strategy=periodic:100:x"]).values == (("periodic:100:x",),)   # not numeric: as is


@pytest.mark.parametrize(("texts", "pattern"), [
    (["distance=1:x:1"], r"^--param distance=1:x:1: START:STOP:STEP: .*cannot read 'x'"),
    (["distance=3:1:1"], r"^--param distance=3:1:1: START:STOP:STEP needs STEP > 0 and STOP >= START$"),
    (["distance=0:200:0.1"], r"^--param distance=0:200:0.1: 2001 values \(at most 1000\)$"),
    (["distance=1:3:1,2"], r"^--param distance: value '2' is given twice$"),
    ([], r"^give at least one --param NAME=V1,V2,\.\.\. \(names: distance, "),
    (["distance"], r"^--param 'distance': expected NAME=V1,V2,\.\.\."),
    (["speed=1,2"], r"^--param 'speed=1,2': unknown parameter 'speed' \(known: distance, eirp, "),
    (["cap="], r"^--param 'cap=': empty value"),
    (["cap=1u,,2u"], r"^--param 'cap=1u,,2u': empty value"),
    (["cap=1u", "cap=2u"], r"^--param cap is given twice"),
    (["cap=1u,2u,1u"], r"^--param cap: value '1u' is given twice$"),
    (["harvest=none;power:1m", "distance=1,2"],
     r"^--param harvest and --param distance both set the harvester"),
    # a grid too large to list, let alone run (it was materialised whole before)
    (["distance=1:1000:1", "eirp=1:1000:1", "cap=1u:1000u:1u"],
     r"^--param: 1000 x 1000 x 1000 = 1,000,000,000 points \(at most 1,000,000: a sweep is bounded"),
    # a long literal list is checked for duplicates in linear time
    (["check_cycles=" + ",".join(map(str, range(200_000))) + ",7"],
     r"^--param check_cycles: value '7' is given"),
])
def test_bad_params_are_one_line_errors(texts, pattern):
    with pytest.raises(ConfigError) as info:
        parse_params(texts)
    assert "\n" not in str(info.value)
    assert re.search(pattern, str(info.value)), str(info.value)


def changes(texts: list[str], base_harvest: str | None) -> list[dict[str, str]]:
    sweep = parse_params(texts)
    return [point_changes(sweep, point, base_harvest) for point in sweep.points()]


def test_distance_keeps_the_base_readers_options_and_eirp_replaces_its_own():
    assert changes(["distance=2,3.5"], "rfid:1.5,eirp=4") == [{"harvest": "rfid:2,eirp=4"},
                                                             {"harvest": "rfid:3.5,eirp=4"}]
    assert changes(["distance=2", "eirp=1"], "rfid:1.5,eirp=4,gain=6") == \
        [{"harvest": "rfid:2,gain=6,eirp=1"}]


def test_a_first_argument_of_another_kind_replaces_the_harvester():
    assert changes(["distance=2"], "trace:/x/1.txt,time=clock") == [{"harvest": "rfid:2"}]
    assert changes(["distance=2"], None) == [{"harvest": "rfid:2"}]
    assert changes(["trace=/a.txt"], "rfid:1.5,eirp=4") == [{"harvest": "trace:/a.txt"}]
    assert changes(["trace=/b.txt"], "trace:/a.txt,time=clock,load=30k") == \
        [{"harvest": "trace:/b.txt,time=clock,load=30k"}]
    assert changes(["power=100u"], "none") == [{"harvest": "power:100u"}]


def test_trace_files_become_absolute_paths(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert changes(["trace=t/1.txt"], "rfid:1") == [{"harvest": f"trace:{tmp_path / 't' / '1.txt'}"}]
    assert changes(["harvest=solar:s.csv,area=1"], "none") == \
        [{"harvest": f"solar:{tmp_path / 's.csv'},area=1"}]


def test_an_option_of_another_kind_is_refused():
    with pytest.raises(ConfigError, match=r"^--param eirp needs a rfid harvester \(the point's is "
                                          r"'trace:/a.txt'"):
        changes(["eirp=1,2"], "trace:/a.txt")


def test_run_options_and_whole_specs():
    assert changes(["cap=10u", "strategy=hibernus"], "rfid:1") == [{"cap": "10u", "strategy": "hibernus"}]
    assert changes(["harvest=power:1m;none"], "rfid:1") == [{"harvest": "power:1m"}, {"harvest": "none"}]
    assert changes(["mclk=8MHz"], "rfid:1") == [{"mclk": "8MHz"}]


def test_every_parameter_sets_a_run_option_or_edits_the_harvester():
    for p in PARAMS.values():
        assert (p.option is None) != (p.harvest_kind is None), p.name


def test_numeric_axes_read_engineering_suffixes():
    sweep = parse_params(["cap=10u,47u,1m", "strategy=none", "mclk=1MHz,8e6", "distance=1,x"])
    assert sweep.numeric("cap") == pytest.approx([10e-6, 47e-6, 1e-3])
    assert sweep.numeric("mclk") == [1e6, 8e6]
    assert sweep.numeric("strategy") is None
    assert sweep.numeric("distance") is None            # 'x' is not a number: not a numeric axis


@given(kind=hs.sampled_from(["rfid", "trace", "power", "solar"]),
       arg=hs.from_regex(r"[A-Za-z0-9_./]{1,12}", fullmatch=True),
       options=hs.lists(hs.tuples(hs.from_regex(r"[a-z]{1,6}", fullmatch=True),
                                  hs.from_regex(r"[A-Za-z0-9.]{1,6}", fullmatch=True)), max_size=4))
def test_spec_split_and_join_round_trip(kind, arg, options):
    assert split_spec(join_spec(kind, arg, options)) == (kind, arg, options)


def base(**options: str) -> RunBase:
    return RunBase(Path("/fw.elf"), dict(options), "test")


def test_checkpoint_options_a_strategy_does_not_take_are_dropped_unless_the_point_sets_them():
    b = base(harvest="rfid:1.5", strategy="mementos-loop", v_thresh="2.2", check_cycles="647")
    assert b.argv({}) == ["--harvest", "rfid:1.5", "--strategy", "mementos-loop", "--v-thresh", "2.2",
                          "--check-cycles", "647"]
    assert b.argv({"strategy": "none"}) == ["--harvest", "rfid:1.5", "--strategy", "none"]
    assert b.argv({"strategy": "hibernus"}) == ["--harvest", "rfid:1.5", "--strategy", "hibernus",
                                                "--check-cycles", "647"]
    assert b.argv({"strategy": "mementos-timer:5000"})[-4:] == ["--v-thresh", "2.2", "--check-cycles", "647"]
    assert b.argv({"strategy": "none", "v_thresh": "2.0"}) == ["--harvest", "rfid:1.5", "--strategy", "none",
                                                               "--v-thresh", "2.0"]
    h = base(strategy="hibernus", v_hibernate="2.0", v_restore="2.2")
    assert h.argv({"strategy": "mementos-loop"}) == ["--strategy", "mementos-loop"]
