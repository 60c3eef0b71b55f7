"""--plot: the figure's content (lines, markers, state steps, units) and the PNG file (signature, size)."""

from __future__ import annotations

import struct

import pytest
from oracles.asm import EXIT, HAVE_TOOLS, STOP_WDT, build_program

from msp430emu.cli.main import main
from msp430emu.output.plot import DPI, FIGSIZE_IN, STATE_LEVELS, PlotInfo, figure, time_unit, write_plot

ROWS = [(0.0, 2.4, "active", "boot"), (0.001, 2.3, "active", ""), (0.0012, 2.25, "lpm3", ""),
        (0.0015, 2.2, "active", "checkpoint"), (0.002, 1.8, "off", "failure"), (0.5, 2.4, "active", "boot"),
        (0.5000004, 2.399, "active", "restore"), (0.6, 2.1, "lpm4", "end:halt")]
INFO = PlotInfo(v_on=2.4, v_off=1.8, title="test run")


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from the PNG signature and IHDR chunk (PNG specification, section 11.2.2)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    length, kind = struct.unpack(">I4s", data[8:16])
    assert kind == b"IHDR" and length == 13
    return struct.unpack(">II", data[16:24])


def test_png_is_written_with_the_expected_size(tmp_path):
    target = tmp_path / "run.png"
    write_plot(target, ROWS, INFO)
    data = target.read_bytes()
    assert png_size(data) == (int(FIGSIZE_IN[0] * DPI), int(FIGSIZE_IN[1] * DPI))
    assert data.endswith(b"IEND\xaeB`\x82")
    assert [p.name for p in tmp_path.iterdir()] == ["run.png"]


def test_figure_holds_the_voltage_thresholds_events_and_states():
    fig = figure(ROWS, INFO)
    volts, states = fig.axes
    labels = [line.get_label() for line in volts.get_lines()]
    assert labels == ["capacitor voltage", "V_on 2.4 V", "V_off 1.8 V", "power failure (1)", "boot (2)",
                      "checkpoint (1)", "restore (1)", "end of run"]
    scale = 1e-3                                     # a 0.6 s run is drawn in ms
    voltage = volts.get_lines()[0]
    assert list(voltage.get_xdata()) == pytest.approx([r[0] / scale for r in ROWS])
    assert list(voltage.get_ydata()) == [r[1] for r in ROWS]
    failure = volts.get_lines()[3]
    assert list(failure.get_xdata()) == pytest.approx([2.0]) and list(failure.get_ydata()) == [1.8]
    assert volts.get_ylabel() == "capacitor voltage (V)" and states.get_xlabel() == "device time (ms)"
    assert volts.get_title() == "test run"
    step = states.get_lines()[0]
    assert list(step.get_ydata()) == [STATE_LEVELS[r[2]] for r in ROWS]
    ticks = [t.get_text() for t in states.get_yticklabels()]
    assert ticks == ["off", "LPM4", "LPM3", "active"]
    assert [entry.get_text() for entry in volts.get_legend().get_texts()] == labels


def test_optional_threshold_line_and_unit_choice():
    fig = figure(ROWS, PlotInfo(2.4, 1.8, v_thresh=2.1))
    assert "V_thresh 2.1 V" in [line.get_label() for line in fig.axes[0].get_lines()]
    assert time_unit(30.0) == (1.0, "s") and time_unit(0.5) == (1e-3, "ms")
    assert time_unit(2e-4) == (1e-6, "us") and time_unit(0.0) == (1e-6, "us")


def test_no_rows_is_refused():
    with pytest.raises(ValueError, match="no timeline rows"):
        figure([], INFO)


# --- msp430emu run --plot ---------------------------------------------------------------------------------
SPIN = "start:\n    mov #0x2400, r1\n" + STOP_WDT + "spin:\n    add r5, r6\n    jmp spin\n" + EXIT
needs_tools = pytest.mark.skipif(not HAVE_TOOLS, reason="llvm-mc-14 / ld.lld-14 not installed")


@pytest.fixture()
def spin(tmp_path):
    (tmp_path / "spin").mkdir()
    return build_program(SPIN, tmp_path / "spin").path


@needs_tools
def test_run_plot_writes_the_png_of_an_intermittent_run(capsys, spin, tmp_path):
    target = tmp_path / "out" / "run.png"
    target.parent.mkdir()
    code = main(["run", str(spin), "--preset", "wisp5", "--harvest", "power:200u", "--max-time", "0.5",
                 "--plot", str(target)])
    out, err = capsys.readouterr()
    assert code == 0 and err == "" and "max-time" in out
    assert png_size(target.read_bytes()) == (int(FIGSIZE_IN[0] * DPI), int(FIGSIZE_IN[1] * DPI))
    assert [p.name for p in target.parent.iterdir()] == ["run.png"]


def one_line_error(capsys, argv: list[str]) -> str:
    code = main(argv)
    out, err = capsys.readouterr()
    assert code == 2 and out == "" and err.count("\n") == 1
    return err


@needs_tools
def test_run_plot_of_a_continuous_power_run_is_refused_and_writes_nothing(capsys, spin, tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    err = one_line_error(capsys, ["run", str(spin), "--max-cycles", "1000",
                                  "--plot", str(folder / "run.png")])
    assert "--plot/--vcd need an energy run" in err
    assert list(folder.iterdir()) == []


@needs_tools
def test_run_plot_into_a_missing_directory_is_refused_before_the_run(capsys, spin, tmp_path):
    target = tmp_path / "nowhere" / "run.png"
    err = one_line_error(capsys, ["run", str(spin), "--preset", "wisp5", "--plot", str(target)])
    assert f"directory {target.parent} does not exist" in err
    assert not target.parent.exists()


@needs_tools
def test_run_plot_onto_a_directory_is_refused(capsys, spin, tmp_path):
    code = main(["run", str(spin), "--preset", "wisp5", "--plot", str(tmp_path)])
    _, err = capsys.readouterr()
    assert code == 2 and f"--plot {tmp_path}: is a directory" in err
