"""Sweep execution without the emulator: flattening a run's JSON, the firmware sent as bytes, a worker
process that dies (the pool is rebuilt, the point retried, then recorded), and summary.png's drawing."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from msp430emu.campaigns.sweep.execute import POOL_STRIKES, Task, firmware_file, flatten, run_in_pool
from msp430emu.campaigns.sweep.params import parse_params
from msp430emu.campaigns.sweep.plot import DNF_BAND, completed, figure, x_axis


def die_on_two(argv: tuple[str, ...], firmware: str) -> dict:
    """A runner for worker processes: the point "2" kills its worker (as a crash of native code would)."""
    if argv == ("2",):
        os._exit(3)
    return {"status": "ok", "error": "", "point": argv[0], "pid": os.getpid()}


def test_a_point_that_kills_its_worker_is_retried_then_recorded_and_the_rest_still_run():
    tasks = [Task(i, (str(i),)) for i in range(5)]
    outcomes = dict(run_in_pool(tasks, "unused.elf", jobs=2, runner=die_on_two))
    assert sorted(outcomes) == [0, 1, 2, 3, 4]
    assert outcomes[2] == {"status": "error",
                           "error": f"the worker process running this point died ({POOL_STRIKES} times)"}
    assert [outcomes[i]["point"] for i in (0, 1, 3, 4)] == ["0", "1", "3", "4"]
    assert os.getpid() not in {outcomes[i]["pid"] for i in (0, 1, 3, 4)}


def test_flatten_keeps_scalars_and_names_nested_fields():
    fields = {"exit": "halt", "cycles": 10, "ok": True, "code": None, "regs": [1, 2],
              "ckpt": {"count": 3, "where": {"pc": 0x4400}, "list": [1]}, "warnings": ["a", "b"],
              "faults": [], "resets": [{"t": 0.0}], "dumps": []}
    assert flatten(fields) == {"exit": "halt", "cycles": 10, "ok": True, "code": None, "ckpt.count": 3,
                               "ckpt.where.pc": 0x4400, "warnings": "a | b", "faults": ""}


def test_firmware_bytes_land_in_one_file_per_content():
    path = Path(firmware_file(b"\x7fELF fake image"))
    assert path.read_bytes() == b"\x7fELF fake image"
    assert firmware_file(b"\x7fELF fake image") == str(path)
    assert firmware_file("/some/path.elf") == "/some/path.elf"


def row(distance: str, strategy: str, exit_kind: str, time: float, failures: int, status: str = "ok") -> dict:
    return {"distance": distance, "strategy": strategy, "status": status, "exit": exit_kind,
            "device_time_s": str(time), "power_failures": str(failures)}


def test_summary_lines_per_strategy_and_crosses_for_runs_that_did_not_complete():
    sweep = parse_params(["strategy=none,mementos-loop", "distance=1,2,4"])
    rows = [row("1", "none", "halt", 3.0, 0), row("2", "none", "halt", 3.5, 1),
            row("4", "none", "no-progress", 20.0, 21), row("1", "mementos-loop", "halt", 3.3, 0),
            row("4", "mementos-loop", "halt", 10.0, 7), row("2", "mementos-loop", "", 0, 0, status="error")]
    assert x_axis(sweep)[0] == "distance"                 # the first numeric parameter, not the first one
    fig = figure(sweep, rows, "title")
    times, failures = fig.axes
    lines = {line.get_label(): line for line in times.get_lines()}
    assert list(lines["strategy=none"].get_xdata()) == [1.0, 2.0]
    assert list(lines["strategy=none"].get_ydata()) == [3.0, 3.5]
    assert list(lines["strategy=mementos-loop"].get_xdata()) == [1.0, 4.0]
    crosses = [line for line in times.get_lines() if line.get_marker() == "x" and len(line.get_xdata())]
    assert sorted((list(c.get_xdata()), c.get_ydata()[0]) for c in crosses) == \
        sorted([([4.0], DNF_BAND), ([2.0], pytest.approx(DNF_BAND - 0.03))])
    assert times.get_ylim()[1] > 10.0 and failures.get_xlabel() == "distance (m)"
    assert [list(line.get_ydata()) for line in failures.get_lines()] == [[0, 1, 21], [0, 0, 7]]
    legend = [t.get_text() for t in times.get_legend().get_texts()]
    assert legend == ["strategy=none", "strategy=mementos-loop", "did not complete (top band)"]
    assert completed(rows[0]) and not completed(rows[2]) and not completed(rows[5])
    assert sorted(t.get_text() for t in times.texts) == ["error", "no-progress"]      # why each cross
    assert [t.get_text() for t in failures.get_xticklabels()] == ["1", "2", "4"]       # the swept values


def test_summary_without_a_numeric_parameter_uses_categories_and_wide_capacitances_a_log_axis():
    sweep = parse_params(["strategy=none,hibernus"])
    fig = figure(sweep, [row("", "none", "halt", 1.0, 0), row("", "hibernus", "halt", 1.2, 0)])
    assert [t.get_text() for t in fig.axes[1].get_xticklabels()] == ["none", "hibernus"]
    caps = parse_params(["cap=1u,10u,1m"])
    fig = figure(caps, [{"cap": c, "status": "ok", "exit": "halt", "device_time_s": "1"} for c in
                        ("1u", "10u", "1m")])
    assert fig.axes[1].get_xscale() == "log" and fig.axes[1].get_xlabel() == "cap (F)"


def test_with_an_expected_exit_code_a_wrong_answer_is_a_cross_labelled_with_its_code():
    sweep = parse_params(["cap=1u,1m"])
    rows = [{"cap": "1u", "status": "ok", "exit": "halt", "exit_code": "1", "device_time_s": "0.5"},
            {"cap": "1m", "status": "ok", "exit": "halt", "exit_code": "0", "device_time_s": "0.07"}]
    times = figure(sweep, rows, expect_exit=0).axes[0]
    assert [t.get_text() for t in times.texts] == ["code 1"]
    assert [list(line.get_xdata()) for line in times.get_lines() if line.get_label() == "all points"] == \
        [[1e-3]]
    assert not figure(sweep, rows).axes[0].texts                   # without it both runs completed
