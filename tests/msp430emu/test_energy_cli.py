"""``msp430emu run`` energy options: JSON fields, exits, the timeline CSV, and one-line errors (exit 2)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from oracles.asm import EXIT, HAVE_TOOLS, STOP_WDT, build_program

from msp430emu.cli.main import main

pytestmark = pytest.mark.skipif(not HAVE_TOOLS, reason="llvm-mc-14 / ld.lld-14 not installed")

TRACE = Path(__file__).resolve().parent.parent / "data" / "traces" / "mementos-rf" / "1.txt"
SPIN = "start:\n    mov #0x2400, r1\n" + STOP_WDT + "spin:\n    add r5, r6\n    jmp spin\n" + EXIT
HELLO = "start:\n    mov #0x2400, r1\n" + STOP_WDT + "    mov #42, r12\n    call #exit\n" + EXIT
ENERGY_FIELDS = ("power_failures", "boots", "on_time_s", "off_time_s", "energy_harvested_j",
                 "energy_consumed_j", "energy_leaked_j", "v_start", "v_final")


@pytest.fixture()
def spin(tmp_path):
    (tmp_path / "spin").mkdir()
    return build_program(SPIN, tmp_path / "spin").path


@pytest.fixture()
def hello(tmp_path):
    (tmp_path / "hello").mkdir()
    return build_program(HELLO, tmp_path / "hello").path


def run_json(capsys, *argv):
    code = main(["run", *map(str, argv), "--json"])
    out, err = capsys.readouterr()
    assert err == ""
    return code, json.loads(out)


def test_preset_alone_gives_its_defaults_and_the_json_fields(capsys, spin):
    code, d = run_json(capsys, spin, "--preset", "wisp4-mementos")
    assert code == 0 and d["exit"] == "no-energy"
    for key in ENERGY_FIELDS:
        assert key in d
    assert d["capacitance_f"] == 10e-6 and d["v_on"] == 3.0 and d["v_off"] == 1.8
    assert d["v_start"] == 3.0 and d["power_failures"] == 1 and d["boots"] == 1
    assert d["energy_harvested_j"] == 0.0
    assert d["energy_consumed_j"] == pytest.approx(0.5 * 10e-6 * (3.0 ** 2 - 1.8 ** 2), rel=1e-3)


def test_explicit_options_override_the_preset_and_energy_balances(capsys, spin):
    code, d = run_json(capsys, spin, "--preset", "wisp5", "--cap", "22u", "--v-on", "2.2", "--v-off", "1.9",
                       "--harvest", f"trace:{TRACE},time=clock", "--max-time", "3")
    assert code == 0 and d["exit"] == "max-time" and d["device_time_s"] == pytest.approx(3.0)
    assert d["capacitance_f"] == 22e-6 and d["v_on"] == 2.2 and d["v_off"] == 1.9
    assert d["on_time_s"] + d["off_time_s"] == pytest.approx(3.0)
    balance = d["energy_harvested_j"] - d["energy_consumed_j"] - d["energy_leaked_j"] - d["energy_clamped_j"]
    stored = 0.5 * 22e-6 * (d["v_final"] ** 2 - d["v_start"] ** 2)
    assert balance == pytest.approx(stored, abs=1e-9 * d["energy_harvested_j"])
    assert d["power_failures"] >= 1


def test_the_storage_is_clamped_at_the_device_maximum_by_default(capsys, spin):
    code, d = run_json(capsys, spin, "--harvest", "power:2m", "--max-time", "1")
    assert d["exit"] == "max-time" and d["power_failures"] == 0
    assert d["v_final"] == 3.6 and d["energy_clamped_j"] > 0
    code, d = run_json(capsys, spin, "--harvest", "power:2m", "--max-time", "1", "--v-max", "none")
    assert d["v_final"] > 3.6 and d["energy_clamped_j"] == 0


def test_no_progress_exit_and_its_limit(capsys, spin):
    code, d = run_json(capsys, spin, "--harvest", "current:50u", "--progress-boots", "4")
    assert code == 0 and d["exit"] == "no-progress" and d["power_failures"] == 5
    assert "4 boots in a row" in d["message"]


def test_no_energy_at_start_below_v_on(capsys, spin):
    code, d = run_json(capsys, spin, "--v-start", "2.0")
    assert d["exit"] == "no-energy" and d["instructions"] == 0 and d["boots"] == 0


def test_a_program_that_ends_within_one_charge_halts(capsys, hello):
    code, d = run_json(capsys, hello, "--preset", "wisp5")
    assert code == 0 and d["exit"] == "halt" and d["exit_code"] == 42 and d["power_failures"] == 0


def test_without_energy_options_nothing_changes(capsys, hello):
    code, d = run_json(capsys, hello)
    assert d["exit"] == "halt" and "power_failures" not in d


def test_max_time_also_bounds_a_continuous_run(capsys, spin):
    code, d = run_json(capsys, spin, "--max-time", "5m")
    assert d["exit"] == "max-time" and 5e-3 <= d["device_time_s"] < 5e-3 + 6e-6   # + one instruction
    assert "power_failures" not in d


def test_timeline_csv(capsys, spin, tmp_path):
    path = tmp_path / "run.csv"
    code, d = run_json(capsys, spin, "--harvest", "current:50u", "--progress-boots", "2", "--timeline", path)
    rows = list(csv.DictReader(path.open()))
    assert list(rows[0]) == ["t_s", "v_cap", "state", "event"]
    events = [r["event"] for r in rows if r["event"]]
    assert events == ["boot", "failure", "boot", "failure", "boot", "failure", "end:no-progress"]
    times = [float(r["t_s"]) for r in rows]
    assert times == sorted(times) and times[-1] == pytest.approx(d["device_time_s"])
    assert max(b - a for a, b in zip(times, times[1:], strict=False)) <= 1e-3 + 1e-9   # 1 ms resolution
    assert {r["state"] for r in rows} == {"active", "off"}
    assert all(1.79 < float(r["v_cap"]) <= 2.4 for r in rows)
    assert list(tmp_path.glob(".run.csv.*")) == []


def test_summary_shows_the_energy_rows(capsys, spin):
    code = main(["run", str(spin), "--preset", "wisp5"])
    out, _ = capsys.readouterr()
    assert code == 0 and "no-energy" in out and "1 boots, 1 failures" in out and "harvested" in out


@pytest.mark.parametrize("argv, needle", [
    (["--cap", "abc"], "--cap"),
    (["--cap", "0"], "--cap"),
    (["--v-on", "1.8", "--v-off", "2.4"], "v_off"),
    (["--v-start", "-1"], "--v-start"),
    (["--preset", "nope"], "unknown preset"),
    (["--harvest", "bogus:1"], "bogus:1"),
    (["--harvest", "trace:/nonexistent/trace.txt"], "nonexistent"),
    (["--harvest", "power:-1"], "power"),
    (["--v-max", "2.0"], "clamp"),
    (["--v-start", "3.0", "--v-max", "2.9"], "clamp"),
    (["--max-time", "0"], "--max-time"),
    (["--max-time", "soon"], "--max-time"),
    (["--progress-boots", "0"], "--progress-boots"),
    (["--timeline", "{tmp}/t.csv"], "--timeline"),
])
def test_bad_energy_options_are_one_line_errors(capsys, spin, tmp_path, argv, needle):
    argv = [a.format(tmp=tmp_path) for a in argv]
    code = main(["run", str(spin), *argv])
    out, err = capsys.readouterr()
    assert code == 2 and out == ""
    assert err.startswith("msp430emu: error: ") and err.count("\n") == 1 and needle in err
    assert not (tmp_path / "t.csv").exists()
