"""Trace units from the header (a trace in REACT's format), plausibility checks, the rectifier of RF
power traces, strict numbers (issue 14 item 9) and the fast reader (item 19)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from energy.errors import SpecError, TraceError
from energy.harvest.rfid import P2110B_POINTS, RectifierCurve
from energy.harvest.spec import parse_harvester
from energy.harvest.trace import load_trace
from energy.harvest.trace_io import header_units, read_columns

DATA = Path(__file__).resolve().parents[1] / "data" / "traces"
REACT = DATA / "react-format" / "rf-synthetic.trace"   # synthetic, in REACT's published format
MEMENTOS = DATA / "mementos-rf" / "2.txt"
ROOT = Path(__file__).resolve().parents[2]
FW = ROOT / "tests" / "data" / "fused" / "binaries" / "matmul-FFF-WS0.elf"


def write(tmp_path: Path, text: str, name: str = "t.txt") -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def test_react_trace_is_read_in_its_own_units() -> None:
    tr = load_trace(REACT)
    rep = tr.report
    assert (rep.quantity, rep.unit, rep.unit_source) == ("power", "mW", "header")
    assert (rep.time_unit, rep.time_unit_source) == ("s", "header") and rep.header == "sec RSSI,mW"
    assert rep.samples_used == 15648 and rep.median_step == pytest.approx(0.02)
    assert tr.duration == pytest.approx(15648 * 0.02)            # 50 Hz samples, the last held 20 ms
    raw = np.loadtxt(REACT, skiprows=1)
    assert np.allclose(tr.values, raw[:, 1] * 1e-3)               # mW -> W
    assert rep.received_rf and rep.reader == "numpy"


def test_header_units() -> None:
    def units(header: str) -> tuple:
        h = header_units(header)
        return h.time_unit, h.unit, h.received_rf

    assert units("sec RSSI,mW") == ("s", "mW", True)
    assert units("time,power_mW") == (None, "mW", False)
    assert units("t [ms]; I (uA)") == ("ms", "uA", False)
    both = header_units("time_s voltage_V power_mW")
    assert both.unit is None and "several value units" in both.note


def test_option_overrides_header_with_a_warning() -> None:
    tr = load_trace(REACT, unit="uW")
    assert tr.report.unit_source == "option"
    assert any("header names unit 'mW'" in w for w in tr.report.warnings)


def test_headerless_react_data_warns_about_millisecond_stamps(tmp_path: Path) -> None:
    body = "".join(REACT.read_text().splitlines(keepends=True)[1:200])
    tr = load_trace(write(tmp_path, body))                        # no header: V and ms by default
    assert tr.report.unit_source == "default" and tr.quantity == "voltage"
    assert any("give time=s" in w for w in tr.report.warnings)


def test_implausible_values_refused_when_the_unit_is_assumed(tmp_path: Path) -> None:
    p = write(tmp_path, "0 250\n1 300\n2 120\n")                  # uW numbers read as the default V
    with pytest.raises(TraceError, match=r"line 2: 300 read as V is 300 V, implausible .* unit V is only the "
                                         r"default"):
        load_trace(p)
    tr = load_trace(p, unit="V")                                  # the user insists: a warning
    assert any("implausible" in w for w in tr.report.warnings)
    assert load_trace(p, unit="uW").report.warnings == []
    with pytest.raises(TraceError, match="implausible"):
        load_trace(write(tmp_path, "0 5000\n1 6000\n", "g.txt"), default_unit="W/m2", default_time_unit="s")


def test_rectifier_of_a_power_trace() -> None:
    plain = parse_harvester(f"trace:{REACT}")
    half = parse_harvester(f"trace:{REACT},eff=0.5")
    curve = parse_harvester(f"trace:{REACT},rect=p2110b")
    i = int(np.argmax(plain.trace.values))
    p_in = float(plain.trace.values[i])
    assert half.sources[i].power == pytest.approx(0.5 * p_in)
    assert curve.sources[i].power == pytest.approx(RectifierCurve(P2110B_POINTS).output(p_in))
    assert 0.0 < curve.sources[i].power < p_in
    assert "rectifier p2110b" in curve.describe()
    assert any("received RF power" in w for w in plain.trace.report.warnings)
    assert not any("received RF power" in w for w in curve.trace.report.warnings)


@pytest.mark.parametrize("spec, message", [
    (f"trace:{MEMENTOS},eff=0.5", "not power"),
    (f"trace:{REACT},eff=1.5", r"efficiency must be in \(0, 1\]"),
    (f"trace:{REACT},eff=0.5,rect=p2110b", "not both"),
    (f"trace:{REACT},rect=bridge", "unknown rectifier"),
])
def test_rectifier_errors(spec: str, message: str) -> None:
    with pytest.raises((TraceError, SpecError), match=message):
        parse_harvester(spec)


@pytest.mark.parametrize("text, bad", [
    ("0 1\n1 1_000\n2 3\n", "1_000"),
    ("0 1\n1 \u0661\u0662\n2 3\n", "\u0661\u0662"),               # Arabic-Indic digits
    ("0 1\n1 \uff11\uff12\n2 3\n", "\uff11\uff12"),               # full-width digits
    ("1_000 1\n2000 1\n", "1_000"),                               # on the first line too (not a header)
])
def test_numbers_python_accepts_and_numpy_does_not_are_refused(tmp_path: Path, text: str, bad: str) -> None:
    p = write(tmp_path, text)
    with pytest.raises(TraceError, match=f"line \\d: cannot read '{bad}' as a plain decimal number"):
        load_trace(p, unit="W", time_unit="s")
    with pytest.raises(TraceError, match="plain decimal number"):
        parse_harvester(f"solar:{p}")


def test_bad_number_through_the_cli_is_one_line(tmp_path: Path) -> None:
    p = write(tmp_path, "0 1\n1 1_000\n2 3\n")
    proc = subprocess.run([sys.executable, "-m", "msp430emu.cli", "run", str(FW), "--device", "fr5994",
                           "--harvest", f"trace:{p}", "--cap", "47u"], capture_output=True, text=True,
                          cwd=ROOT, timeout=120)
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1 and "1_000" in proc.stderr


def test_how_the_trace_was_read_reaches_summary_and_json() -> None:
    base = [sys.executable, "-m", "msp430emu.cli", "run", str(FW), "--device", "fr5994", "--cap", "47u",
            "--max-time", "0.2"]
    js = subprocess.run(base + ["--harvest", f"trace:{MEMENTOS}", "--json"], capture_output=True, text=True,
                        cwd=ROOT, timeout=300)
    assert js.returncode == 0, js.stderr
    trace = json.loads(js.stdout)["trace"]
    assert trace["unit_source"] == "default" and trace["time_unit"] == "ms"
    assert any("time=clock" in h for h in trace["hints"])
    text = subprocess.run(base + ["--harvest", f"trace:{REACT},rect=p2110b"], capture_output=True, text=True,
                          cwd=ROOT, timeout=300)
    assert text.returncode == 0, text.stderr
    assert "power in mW (header 'sec RSSI,mW')" in " ".join(text.stdout.split())
    assert "rectifier p2110b" in text.stdout


def test_fast_and_line_readers_agree(tmp_path: Path) -> None:
    rng = np.random.default_rng(1)
    t = np.cumsum(rng.integers(1, 5, 500)).astype(float)
    v = rng.random(500) * 3
    body = "".join(f"{a:.0f},{b:.6f}\n" for a, b in zip(t, v, strict=True))
    fast = read_columns(write(tmp_path, "time,V\n" + body, "a.txt"), 1, 2)
    slow = read_columns(write(tmp_path, "time,V\n# a comment forces the line reader\n" + body, "b.txt"), 1, 2)
    assert fast.reader == "numpy" and slow.reader == "lines"
    assert np.array_equal(fast.times, slow.times) and np.array_equal(fast.values, slow.values)
    assert fast.lines[0] == 2 and slow.lines[0] == 3 and fast.header == slow.header == "time,V"


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 10**6), st.floats(0, 5, allow_nan=False)), min_size=2, max_size=30),
       st.sampled_from(["\t", " ", ",", ";", ", "]), st.booleans())
def test_readers_agree_on_any_clean_file(tmp_path_factory, rows, sep, blank_line) -> None:
    d = tmp_path_factory.mktemp("agree")
    lines = [f"{a}{sep}{b!r}" for a, b in rows]
    if blank_line:
        lines.insert(1, "")
    p = d / "t.txt"
    p.write_text("\n".join(lines) + "\n")
    got = read_columns(p, 1, 2)
    assert np.array_equal(got.times, [float(a) for a, _ in rows])
    assert np.array_equal(got.values, [b for _, b in rows])


def test_trace_harvester_keeps_samples_as_arrays() -> None:
    from energy.capacitor import Source
    from energy.charge_table import OffChargeTable
    from energy.powered_walk import PoweredWalk

    h = parse_harvester(f"trace:{MEMENTOS}")
    v = h.trace.values
    assert isinstance(h.sources.powers, np.ndarray) and len(h.sources) == len(v)
    assert h.sources[5] == Source(power=float(v[5]) * float(v[5]) * (1.0 / 30e3))
    assert list(h.sources[:2]) == [h.sources[0], h.sources[1]]
    walk, table = PoweredWalk.from_harvester(h), OffChargeTable.from_harvester(h)
    assert walk is not None and table is not None and np.array_equal(walk.power, h.sources.powers)


def test_scenario_harvester_takes_the_rectifier(tmp_path: Path) -> None:
    scenario = tmp_path / "react.toml"
    scenario.write_text(f'[firmware]\npath = "{FW}"\n[device]\nname = "fr5994"\n'
                        '[capacitor]\ncapacitance = "47u"\n'
                        f'[harvester]\nkind = "trace"\npath = "{REACT}"\nrect = "p2110b"\n'
                        '[limits]\nmax_time = 0.2\n')
    argv = [sys.executable, "-m", "msp430emu.cli", "run", "--scenario", str(scenario), "--json"]
    proc = subprocess.run(argv, capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert proc.returncode == 0, proc.stderr
    trace = json.loads(proc.stdout)["trace"]
    assert (trace["unit"], trace["unit_source"], trace["rectifier"]) == ("mW", "header", "p2110b")
