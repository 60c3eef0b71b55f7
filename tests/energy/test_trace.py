"""Trace loading: the real Mementos traces (with their real defects) and synthetic defect files."""

import math
from pathlib import Path

import numpy as np
import pytest

from energy.capacitor import Source
from energy.errors import TraceError
from energy.harvest.trace import TraceHarvester, load_trace

REAL = Path(__file__).resolve().parents[1] / "data" / "traces" / "mementos-rf"


def write(tmp_path, text, name="t.txt"):
    p = tmp_path / name
    p.write_text(text)
    return p


def test_clean_real_trace_loads_unchanged():
    tr = load_trace(REAL / "1.txt")
    raw = np.loadtxt(REAL / "1.txt")
    assert tr.report.samples_read == tr.report.samples_used == 25274
    assert not tr.report.repaired and tr.report.hints == []
    assert tr.times[0] == 0.0 and tr.duration == pytest.approx(25.274)
    np.testing.assert_allclose(tr.times, (raw[:, 0] - raw[0, 0]) * 1e-3, rtol=0, atol=1e-12)
    np.testing.assert_array_equal(tr.values, raw[:, 1])
    assert tr.report.t_offset == raw[0, 0]


def test_real_trace_power_is_v_squared_over_30k():
    tr = load_trace(REAL / "5.txt")
    h = TraceHarvester(tr, 30e3)
    for i in (0, 1234, 31117):
        seg = h.segment(float(tr.times[i]))
        assert seg.source.power == pytest.approx(tr.values[i] ** 2 / 30e3, rel=1e-15)
    assert h.segment(tr.duration + 1.0).source == Source() and math.isinf(h.segment(1e6).t_end)


def test_real_trace_2_defects_are_repaired_and_reported():
    tr = load_trace(REAL / "2.txt")                  # default: time in ms, disorder=drop, gaps=zero
    rep = tr.report
    assert rep.backward_steps == 1 and rep.dropped_lines == [13735]
    assert len(rep.gaps) == 1 and rep.gaps[0][1] == pytest.approx(40.001)
    assert any("clock" in h for h in rep.hints)
    assert np.all(np.diff(tr.times) > 0)
    # zero power inserted one median step after the last sample before the gap
    k = int(np.searchsorted(tr.times, rep.gaps[0][0]))
    assert tr.values[k + 1] == 0.0 and tr.times[k + 1] - tr.times[k] == pytest.approx(1e-3)
    text = "\n".join(rep.summary_lines())
    assert "13735" in text and "40.001 s" in text


def test_real_traces_read_as_wall_clock_are_contiguous():
    for name, dropped in (("2.txt", [13735]), ("3.txt", [10145, 11145]), ("4.txt", [])):
        tr = load_trace(REAL / name, time_unit="clock")
        assert tr.report.gaps == [] and tr.report.dropped_lines == dropped
        steps = np.diff(tr.times)
        # 1 kHz throughout, except the one-sample holes left by the dropped samples
        assert np.count_nonzero(np.abs(steps - 1e-3) > 1e-9) == len(dropped)
        assert tr.duration == pytest.approx((tr.report.samples_read) * 1e-3)


def test_minute_rollover_is_voltage_continuous():
    # evidence for the clock reading: the jump across a "40 s gap" is as small as any 1 ms step
    raw = np.loadtxt(REAL / "4.txt")
    i = int(np.argmax(np.diff(raw[:, 0])))
    assert raw[i + 1, 0] - raw[i, 0] == 40001
    dv = abs(raw[i + 1, 1] - raw[i, 1])
    assert dv <= np.percentile(np.abs(np.diff(raw[:, 1])), 99)


def test_real_trace_rejected_under_strict_policies():
    with pytest.raises(TraceError, match=r"2\.txt: line 13736: time 34935001 is not after") as exc:
        load_trace(REAL / "2.txt", disorder="reject")
    assert "\n" not in str(exc.value)
    with pytest.raises(TraceError, match=r"4\.txt: gap of 40\.001 s"):
        load_trace(REAL / "4.txt", gaps="reject")


def test_header_comments_and_separators(tmp_path):
    p = write(tmp_path, "# made by hand\ntime,power_mW\n0, 1.0\n10 ;2.0  # inline\n\n20\t3.0\n")
    tr = load_trace(p, unit="mW", time_unit="ms")
    assert tr.report.header == "time,power_mW" and tr.report.comment_lines == 1
    np.testing.assert_allclose(tr.values, [1e-3, 2e-3, 3e-3])
    np.testing.assert_allclose(tr.times, [0.0, 0.01, 0.02])
    assert tr.quantity == "power"


def test_columns_and_units(tmp_path):
    p = write(tmp_path, "5 0 7\n5 1 8\n5 2 9\n")
    tr = load_trace(p, time_column=2, column=3, unit="uA", time_unit="s")
    np.testing.assert_allclose(tr.values, [7e-6, 8e-6, 9e-6])
    h = TraceHarvester(tr)
    assert h.segment(1.5).source == Source(current=8e-6) and h.segment(1.5).t_end == 2.0


@pytest.mark.parametrize("policy,times,values,dropped,merged", [
    ("drop", [0, 1, 2, 5, 3, 4, 6], [0, 1, 2, 9, 3, 4, 6], [4], 0),
    ("drop", [0, 1, 2, 2, 3], [0, 1, 2, 7, 3], [4], 0),       # equal times: the later one goes
    ("sort", [0, 1, 2, 5, 3, 4, 6], [0, 1, 2, 5, 3, 4, 6], [], 0),
    ("sort", [0, 1, 2, 2, 3], [0, 1, 2, 4, 3], [], 1),
])
def test_disorder_policies(tmp_path, policy, times, values, dropped, merged):
    p = write(tmp_path, "".join(f"{t} {v}\n" for t, v in zip(times, values, strict=True)))
    tr = load_trace(p, unit="W", time_unit="s", disorder=policy)
    assert np.all(np.diff(tr.times) > 0)
    assert tr.report.dropped_lines == dropped and tr.report.merged_duplicates == merged
    if policy == "sort":
        np.testing.assert_allclose(tr.times, sorted(set(times)))
        if merged:
            assert tr.values[2] == pytest.approx(3.0)          # mean of the two samples at t=2
    else:
        assert 9.0 not in tr.values and 7.0 not in tr.values


@pytest.mark.parametrize("gaps,expect_values", [("zero", [1, 1, 0, 1, 1]), ("hold", [1, 1, 1, 1])])
def test_gap_policies(tmp_path, gaps, expect_values):
    p = write(tmp_path, "0 1\n1 1\n30 1\n31 1\n")
    tr = load_trace(p, unit="W", time_unit="s", gaps=gaps)
    assert tr.report.gaps == [(1.0, 29.0)]
    np.testing.assert_array_equal(tr.values, expect_values)
    if gaps == "zero":
        np.testing.assert_allclose(tr.times, [0, 1, 2, 30, 31])


@pytest.mark.parametrize("text,kwargs,message", [
    ("", {}, "no samples"),
    ("# only a comment\n\n", {}, "no samples"),
    ("0 1\n", {}, "at least 2"),
    ("0 1\n1 nan\n", {}, "line 2: V is nan"),
    ("0 1\ninf 1\n", {}, "line 2: time is inf"),
    ("0 1\n1 -0.5\n", {}, "line 2: negative voltage"),
    ("0 1\n1 x\n2 3\n", {}, "line 2: cannot read"),
    ("0 1\n1\n", {}, "line 2: 1 field"),
    ("0 1\n1 1\n2 1\n100 1\n", {"gaps": "reject"}, "gap of 0.098 s after time 2"),
    ("0 1\n1 1\n", {"unit": "furlongs"}, "unknown unit"),
    ("0 1\n1 1\n", {"time_unit": "fortnight"}, "unknown time unit"),
    ("0 1\n1 1\n", {"disorder": "shuffle"}, "unknown disorder policy"),
    ("0 1\n1 1\n", {"gaps": "ignore"}, "unknown gap policy"),
    ("0 1\n1 1\n", {"column": 1}, "distinct"),
    ("0 1\n1 1\n", {"gap_factor": 1.0}, "gap factor"),
    ("1065000 1\n1066000 1\n", {"time_unit": "clock"}, "not a H..HMMSSmmm clock stamp"),
    ("1 1\n1 2\n", {"disorder": "drop"}, "fewer than 2 samples"),
])
def test_bad_traces_give_one_line_errors(tmp_path, text, kwargs, message):
    p = write(tmp_path, text)
    with pytest.raises(TraceError, match=message) as exc:
        load_trace(p, **kwargs)
    assert "\n" not in str(exc.value) and str(p) in str(exc.value)


def test_unreadable_file(tmp_path):
    with pytest.raises(TraceError, match="cannot read trace"):
        load_trace(tmp_path / "missing.txt")
    (tmp_path / "bin.txt").write_bytes(b"\xff\xfe\x00\x81")
    with pytest.raises(TraceError, match="cannot read trace: not a text file .byte 0xff at offset 0"):
        load_trace(tmp_path / "bin.txt")


def test_a_fifo_or_a_directory_is_refused_without_reading(tmp_path):
    import os

    os.mkfifo(tmp_path / "fifo")                 # opening it for reading would block forever
    for path in (tmp_path / "fifo", tmp_path):
        with pytest.raises(TraceError, match="cannot read trace: not a regular file") as exc:
            load_trace(path)
        assert "\n" not in str(exc.value)


def test_looped_trace_harvester(tmp_path):
    p = write(tmp_path, "0 1\n1 2\n2 3\n")
    h = TraceHarvester(load_trace(p, unit="W", time_unit="s"), loop=True)   # period 3 s
    assert h.segment(0.5).source.power == 1.0 and h.segment(0.5).t_end == 1.0
    assert h.segment(4.5).source.power == 2.0 and h.segment(4.5).t_end == pytest.approx(5.0)
    assert h.segment(3.0).source.power == 1.0
    seg = h.segment(299.5)
    assert seg.source.power == 3.0 and seg.t_end == pytest.approx(300.0)


def test_irradiance_trace_needs_solar(tmp_path):
    p = write(tmp_path, "0 100\n1 200\n")
    with pytest.raises(TraceError, match="solar"):
        TraceHarvester(load_trace(p, unit="W/m2", time_unit="s"))


def test_looped_segments_always_move_time_forward():
    from energy.harvest.base import PiecewiseHarvester

    h = PiecewiseHarvester([0.0, 0.1], [Source(power=1.0), Source()], 0.03125, loop=True)
    t = 0.0
    for _ in range(20_000):            # walk boundary to boundary: rounding must never stall
        seg = h.segment(t)
        assert seg.t_end > t
        t = seg.t_end
    assert t == pytest.approx(10_000 * 0.13125, rel=1e-9)


def test_byte_order_mark_and_crlf(tmp_path):
    p = tmp_path / "bom.txt"
    p.write_bytes("\ufeff0\t1.5\r\n1\t2.5\r\n".encode())
    tr = load_trace(p, unit="W", time_unit="s")
    assert tr.report.header is None and tr.report.samples_used == 2
    np.testing.assert_array_equal(tr.values, [1.5, 2.5])
