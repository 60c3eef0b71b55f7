"""Issue 14, items 2, 11 and the fuzz tests of the input formats this side owns: scenario files (TOML) and
the option parsers. Every input ends in exit 0 or 2, never a traceback, no output left behind on failure,
the inputs unchanged."""

from __future__ import annotations

import shutil
import string

import pytest
from faults_helpers import assert_refused, digest, run_cli
from firmware_build import build_app
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as hs

from msp430emu import ConfigError, load_scenario

pytestmark = pytest.mark.skipif(not shutil.which("clang-14"), reason="needs clang-14")
FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.fixture(scope="module")
def crc() -> str:
    return str(build_app("crc", "-O2"))


@pytest.mark.parametrize("body, message", [
    ('[harvester]\nkind = ["rfid"]\n', "harvester.kind"),
    ('[harvester]\nkind = {a = 1}\n', "harvester.kind"),
    ("x = " + "[" * 5000 + "]" * 5000 + "\n", "nested too deep"),
    ("[limits]\nmax_time = nan\n", "limits.max_time"),
    ("[limits]\nmax_time = inf\n", "limits.max_time"),
    ("[limits]\nmax_time = 1e300\n", "limits.max_time: 1e+300 is outside the valid range 1e-09 to 1e+08 s"),
    ("[device]\nvcc = nan\n", "device.vcc"),
    ("[device]\nvcc = inf\n", "device.vcc"),
    ("[device]\nmclk = 1e-300\n", "MCLK range"),
    ("[device]\nmclk = nan\n", "device.mclk"),
    ("[capacitor]\ncapacitance = nan\n", "capacitor.capacitance"),
    ("[capacitor]\ncapacitance = 1e-30\n", "capacitor.capacitance: 1e-30 is outside the valid range"),
    ("[capacitor]\nv_start = inf\n", "capacitor.v_start"),
    ("[capacitor]\nv_max = nan\n", "capacitor.v_max"),
    ("[thresholds]\nv_on = nan\n", "thresholds.v_on"),
    ("[thresholds]\nv_off = 1e300\n", "thresholds.v_off"),
    ('[strategy]\nname = "mementos-loop"\nv_thresh = nan\n', "strategy.v_thresh"),
    ('[harvester]\nkind = "rfid"\ndistance = nan\n', "harvester"),
    ('[harvester]\nkind = "rfid"\ndistance = 2\neirp = inf\n', "harvester"),
    ('[harvester]\nkind = "rfid"\ndistance = 2\nduty = 1e-9\nperiod = 1e-9\n', "period"),
    ('[harvester]\nkind = "power"\npower = nan\n', "harvester"),
    ('[harvester]\nkind = "solar"\npath = "s.txt"\narea = nan\n', "harvester"),
    ("[limits]\nmax_cycles = 99999999999999999999\n", "limits.max_cycles"),
    ("[limits]\nprogress_boots = 10000000\n", "limits.progress_boots"),
])
def test_bad_scenario_values_are_one_line_naming_the_key(tmp_path, body, message):
    (tmp_path / "s.txt").write_text("0 100\n1 200\n")
    path = tmp_path / "bad.toml"
    path.write_text(body)
    with pytest.raises(ConfigError, match=message.replace("+", r"\+").replace(".", r"\.")) as info:
        load_scenario(str(path))
    assert str(path) in str(info.value) and "\n" not in str(info.value)


def test_the_command_line_says_the_same(capsys, crc, tmp_path):
    path = tmp_path / "bad.toml"
    path.write_text('[harvester]\nkind = ["rfid"]\n')
    assert_refused(capsys, "run", crc, "--scenario", path, message="harvester.kind")


TOML_VALUES = hs.one_of(
    hs.integers(min_value=-10**20, max_value=10**20).map(str),
    hs.floats(allow_nan=True, allow_infinity=True).map(lambda x: repr(x).replace("inf", "inf")),
    hs.text(alphabet=string.ascii_letters + string.digits + ":,.=-_ ", max_size=20).map(
        lambda s: '"' + s + '"'),
    hs.sampled_from(["true", "[1, 2]", '["rfid"]', "{a = 1}", "[[1]]", '"none"', '"47u"', '"rfid"',
                     '"2.4V"', '"8MHz"', "nan", "-inf", "0", "-0.0", "1e-300", "1e300"]),
)
KEYS = [("device", "name"), ("device", "mclk"), ("device", "vcc"), ("capacitor", "preset"),
        ("capacitor", "capacitance"), ("capacitor", "v_start"), ("capacitor", "v_max"),
        ("thresholds", "v_on"),
        ("thresholds", "v_off"), ("strategy", "name"), ("strategy", "v_thresh"), ("limits", "max_cycles"),
        ("limits", "max_time"), ("limits", "progress_boots"), ("limits", "until"), ("harvester", "kind"),
        ("harvester", "distance"), ("harvester", "eirp"), ("harvester", "duty"), ("harvester", "period"),
        ("harvester", "power"), ("harvester", "dwell"), ("nope", "x"), ("", "name")]


@FUZZ
@given(entries=hs.lists(hs.tuples(hs.sampled_from(KEYS), TOML_VALUES), max_size=6))
def test_fuzz_scenario_files(tmp_path_factory, entries):
    folder = tmp_path_factory.mktemp("fuzz")
    tables: dict[str, dict[str, str]] = {}
    for (table, key), value in entries:
        tables.setdefault(table, {})[key] = value
    lines = [f"{k} = {v}" for k, v in tables.pop("", {}).items()]
    for table, keys in tables.items():
        lines.append(f"[{table}]")
        lines += [f"{k} = {v}" for k, v in keys.items()]
    path = folder / "s.toml"
    path.write_text("\n".join(lines) + "\n")
    before = digest(path)
    try:
        scenario = load_scenario(str(path))
    except ConfigError as exc:
        assert "\n" not in str(exc) and str(exc)
    else:
        assert isinstance(scenario.options, dict)
    assert digest(path) == before


OPTION_VALUES = hs.one_of(
    hs.sampled_from(["nan", "inf", "-inf", "1e-300", "1e300", "0", "-1", "", " ", "1e", "0x", "47u", "2.4V",
                     "8MHz", "none", "rfid:nan", "rfid:1,duty=0", "power:-1", "trace:/nonexistent",
                     "99999999999999999999", "1_000", "\u0663", "\uff11"]),
    hs.floats(allow_nan=True, allow_infinity=True).map(repr),
    hs.text(alphabet=string.printable, max_size=12),
)
RUN_OPTIONS = ["--mclk", "--vcc", "--cap", "--v-on", "--v-off", "--v-start", "--v-max", "--max-time",
               "--max-cycles", "--check-cycles", "--progress-boots", "--v-thresh", "--v-hibernate",
               "--v-restore",
               "--until", "--harvest", "--dump", "--ckpt-region", "--strategy"]


@FUZZ
@given(options=hs.lists(hs.tuples(hs.sampled_from(RUN_OPTIONS), OPTION_VALUES), min_size=1, max_size=3))
def test_fuzz_run_options(capsys, crc, tmp_path_factory, options):
    folder = tmp_path_factory.mktemp("opts")
    argv = ["run", crc, "--max-time", "0.05", "--max-cycles", "200000", "--timeline", str(folder / "t.csv")]
    for option, value in options:
        argv += [f"{option}={value}"]
    before = digest(crc)
    code, out, err = run_cli(capsys, *argv)
    assert code in (0, 1, 2), (argv, code, err)
    assert "Traceback" not in err, (argv, err)
    if code == 2:
        assert len(err.strip().splitlines()) == 1 and err.startswith("msp430emu: error: "), (argv, err)
        assert not list(folder.iterdir()), (argv, list(folder.iterdir()))      # nothing written, no temporary
    assert digest(crc) == before


TORTURE_OPTIONS = ["--seed", "--in-saves", "--at", "--max-cycles"]   # not --trials/--every: unbounded work


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(options=hs.lists(hs.tuples(hs.sampled_from(TORTURE_OPTIONS), OPTION_VALUES), min_size=1, max_size=2))
def test_fuzz_torture_options(capsys, crc, options):
    argv = ["torture", crc, "--strategy", "oracle", "--trials", "1"]
    for option, value in options:
        argv += [f"{option}={value}"]
    code, out, err = run_cli(capsys, *argv)
    assert code in (0, 1, 2) and "Traceback" not in err, (argv, err)
    if code == 2:
        assert len(err.strip().splitlines()) == 1, (argv, err)


SPEC_PARTS = hs.sampled_from(["none", "power:", "current:", "rfid:", "trace:", "solar:", "x:", ""])
SPEC_TEXT = hs.text(alphabet=string.ascii_letters + string.digits + ".,:=-_/ ", max_size=30)


@FUZZ
@given(kind=SPEC_PARTS, body=SPEC_TEXT)
def test_fuzz_harvester_specs(kind, body):
    """--harvest / [harvester]: a harvester or a one-line EnergyError, nothing else."""
    from energy import EnergyError, parse_harvester

    try:
        h = parse_harvester(kind + body)
    except EnergyError as exc:
        assert str(exc) and "\n" not in str(exc)
    else:
        seg = h.segment(0.0)
        assert seg.t_end > 0.0 and h.describe()


@FUZZ
@given(texts=hs.lists(hs.tuples(hs.sampled_from(["cap", "distance", "strategy", "mclk", "max_time", "harvest",
                                                 "eirp", "nope", "v_on", "check_cycles"]),
                                hs.text(alphabet=string.ascii_letters + string.digits + ".,:;=-_ ",
                                        max_size=20)), max_size=3))
def test_fuzz_sweep_params(texts):
    """--param NAME=V1,...: a sweep or a one-line ConfigError; no value that reads as NaN or infinity."""
    import math

    from msp430emu.campaigns.sweep.params import PARAMS, parse_params

    try:
        sweep = parse_params([f"{name}={values}" for name, values in texts])
    except ConfigError as exc:
        assert str(exc) and "\n" not in str(exc)
    else:
        for name, values in zip(sweep.names, sweep.values, strict=True):
            for value in values:
                try:
                    x = PARAMS[name].number(value) if PARAMS[name].number else 0.0
                except ConfigError:
                    continue
                assert math.isfinite(x)


ANY_TEXT = hs.one_of(hs.text(max_size=24),
                     hs.text(alphabet=string.digits + "xXabcdefABCDEF_:-+.e ", max_size=24), OPTION_VALUES)


@FUZZ
@given(text=ANY_TEXT)
def test_fuzz_option_spellings(text):
    """The shared option parsers: a value in range or a one-line ConfigError, for any text."""
    from msp430emu.toolchain.instrument import parse_mode
    from msp430emu.units import parse_dump, parse_hz, parse_int, parse_region

    for parse, check in ((lambda t: parse_int(t, "--x"), lambda v: isinstance(v, int)),
                         (parse_hz, lambda v: 0 < v < float("inf")),
                         (parse_dump, lambda v: 0 <= v[0] and v[1] > 0 and v[0] + v[1] <= 1 << 20),
                         (parse_region, lambda v: 0 <= v[0] < v[1] <= 1 << 20),
                         (parse_mode, lambda v: v.kind in ("loop", "return", "timer"))):
        try:
            value = parse(text)
        except ConfigError as exc:
            assert str(exc) and "\n" not in str(exc)
        else:
            assert check(value), (text, value)


@FUZZ
@given(fields=hs.dictionaries(hs.sampled_from(["mclk", "vcc", "capacitor", "v_on", "v_off", "v_start",
                                               "v_max", "max_time", "max_cycles", "check_cycles",
                                               "progress_boots",
                                               "v_thresh", "until", "dumps", "ckpt_region", "strategy"]),
                              OPTION_VALUES, max_size=4))
def test_fuzz_runconfig(fields):
    """RunConfig from any option texts: valid (every number finite and in its range) or a ConfigError."""
    import math

    from msp430emu import RunConfig

    if "dumps" in fields:
        fields["dumps"] = [fields["dumps"]]
    try:
        cfg = RunConfig(**fields)
    except ConfigError as exc:
        assert str(exc) and "\n" not in str(exc)
    else:
        for name in ("mclk", "vcc", "capacitor", "v_on", "v_off", "v_start", "max_time", "v_thresh"):
            value = getattr(cfg, name)
            assert value is None or math.isfinite(value), (name, value)
