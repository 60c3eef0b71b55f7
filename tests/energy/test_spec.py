"""The harvester spec parser (CLI syntax), including its one-line errors."""

from pathlib import Path

import pytest

from energy.capacitor import Source
from energy.errors import EnergyError, SpecError, TraceError
from energy.harvest import (
    ConstantCurrent,
    ConstantPower,
    NoHarvest,
    RfidReader,
    SolarHarvester,
    TraceHarvester,
    load_trace,
)
from energy.harvest.rfid import received_power
from energy.harvest.spec import parse_harvester
from energy.units import parse_quantity

REAL = Path(__file__).resolve().parents[1] / "data" / "traces" / "mementos-rf"


@pytest.mark.parametrize("text,value", [
    ("47u", 47e-6), ("30k", 30e3), ("4m", 4e-3), ("1e-3", 1e-3), ("2.15", 2.15), ("10n", 1e-8), ("1M", 1e6),
    (" 3 ", 3.0), ("250uW", 250e-6),
])
def test_engineering_numbers(text, value):
    assert parse_quantity(text, unit="W") == pytest.approx(value)


@pytest.mark.parametrize("text", ["", "abc", "1x", "k", "inf", "nan", "1..2"])
def test_bad_numbers(text):
    with pytest.raises(SpecError):
        parse_quantity(text)


def test_simple_harvesters():
    assert isinstance(parse_harvester("none"), NoHarvest)
    p = parse_harvester("power:250u")
    assert isinstance(p, ConstantPower) and p.segment(0.0).source == Source(power=250e-6)
    assert parse_harvester("power:1mW").segment(5.0).source.power == pytest.approx(1e-3)
    c = parse_harvester("current:100u")
    assert isinstance(c, ConstantCurrent) and c.segment(1.0).source == Source(current=100e-6)


def test_trace_spec_with_options():
    h = parse_harvester(f"trace:{REAL / '4.txt'},unit=V,load=20k,col=2,time=clock")
    assert isinstance(h, TraceHarvester)
    assert h.trace.report.gaps == [] and h.trace.report.time_unit == "clock"
    v0 = h.trace.values[0]
    assert h.segment(0.0).source.power == pytest.approx(v0 * v0 / 20e3)
    # relative paths resolve against base_dir
    h2 = parse_harvester("trace:1.txt,loop=yes", base_dir=REAL)
    assert h2.loop and h2.segment(h2.end + 0.5).source.power > 0.0


def test_rfid_spec():
    h = parse_harvester("rfid:2,eirp=1,gap=2m,dwell=0.2,duty=0.5,period=2")
    assert isinstance(h, RfidReader)
    assert h.p_rx == pytest.approx(received_power(2.0, eirp=1.0))
    assert (h.hop_gap, h.dwell, h.duty, h.period) == (2e-3, 0.2, 0.5, 2.0)


def test_solar_spec(tmp_path):
    p = tmp_path / "sun.csv"
    p.write_text("t_s,G\n0,800\n60,400\n")
    h = parse_harvester(f"solar:{p},area=10m,eff=0.2")
    assert isinstance(h, SolarHarvester)
    assert h.segment(30.0).source.power == pytest.approx(800 * 10e-3 * 0.2)
    assert h.segment(60.0).source.power == pytest.approx(400 * 10e-3 * 0.2)


@pytest.mark.parametrize("spec,error,message", [
    ("", SpecError, "expected none"),
    ("wind:3", SpecError, "expected none"),
    ("power", SpecError, "expected none"),
    ("power:", SpecError, "missing value"),
    ("power:lots", SpecError, "cannot read 'lots'"),
    ("power:-1", SpecError, "'power:-1': constant power must be"),
    ("power:1,x=2", SpecError, "takes no options"),
    ("current:-1u", SpecError, "constant current"),
    ("rfid:2m", SpecError, "plain number of metres"),
    ("rfid:0", SpecError, "distance > 0"),
    ("rfid:2,eirp", SpecError, "not key=value"),
    ("rfid:2,volume=11", SpecError, "unknown option 'volume'"),
    ("rfid:2,eirp=1,eirp=2", SpecError, "given twice"),
    ("rfid:2,gap=1", SpecError, "hop gap < dwell"),
    ("trace:", SpecError, "missing value"),
    ("trace:/no/such/file.txt", TraceError, "cannot read trace"),
    ("trace:x.txt,col=two", SpecError, "col='two' is not an integer"),
    ("trace:x.txt,loop=maybe", SpecError, "not a yes/no value"),
    ("solar:x.txt,area=0", SpecError, "area > 0"),
])
def test_spec_errors_are_one_line(tmp_path, spec, error, message):
    (tmp_path / "x.txt").write_text("0 1\n1 1\n")
    with pytest.raises(error, match=message) as exc:
        parse_harvester(spec, base_dir=tmp_path)
    assert isinstance(exc.value, EnergyError) and "\n" not in str(exc.value)


def test_solar_needs_an_irradiance_trace(tmp_path):
    p = tmp_path / "v.txt"
    p.write_text("0 1\n1 2\n")
    with pytest.raises(SpecError, match="unknown option 'unit'"):        # solar traces are W/m^2
        parse_harvester(f"solar:{p},unit=V")
    with pytest.raises(EnergyError, match="solar needs an irradiance trace"):
        SolarHarvester(load_trace(p, unit="V"), area=1e-3, efficiency=0.2)
    with pytest.raises(EnergyError, match="efficiency"):
        SolarHarvester(load_trace(p, unit="W/m2"), area=1e-3, efficiency=1.5)
