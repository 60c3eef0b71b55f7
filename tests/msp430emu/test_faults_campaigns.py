"""Issue 14, items 3, 4, 14, 20: campaigns. A torture campaign that injects nothing or fewer failures than
planned does not pass; ``sweep --resume`` re-runs a cut-short row; Ctrl-C on a sweep with worker processes
is one line; an unreachable Dask scheduler is refused at once, naming the address."""

from __future__ import annotations

import csv
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from faults_helpers import assert_refused, run_cli
from firmware_build import build_app

from msp430emu import ConfigError, PlanSpec, RunConfig, run_campaign

pytestmark = pytest.mark.skipif(not shutil.which("clang-14"), reason="needs clang-14")
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def crc() -> str:
    return str(build_app("crc", "-O2"))


def test_failures_beyond_the_program_are_refused(capsys, crc):
    assert_refused(capsys, "torture", crc, "--strategy", "mementos-timer", "--at", "999999999999",
                   message="--at 999999999999: the continuous-power run executes only")


def test_a_campaign_that_injects_nothing_does_not_pass(crc, monkeypatch):
    from msp430emu.campaigns.torture import campaign

    class Deaf(campaign.Injector):              # an injector that never fires (a campaign bug, a plan
        def __init__(self, plan, *args):         # whose points are never reached)
            super().__init__(plan.__class__(plan.trial, (), plan.in_saves, plan.save_faults), *args)
            self.planned = plan.points

    monkeypatch.setattr(campaign, "Injector", Deaf)
    report = run_campaign(RunConfig(firmware=crc, strategy="mementos-loop"), PlanSpec("at", at=(1000,)))
    d = report.to_dict()
    assert not report.passed and d["failures_injected"] == 0 and d["failures_missed"] == 1
    assert d["verdict"].startswith("NOT TESTED")


def test_the_command_line_fails_a_campaign_that_missed_failures(capsys, crc, monkeypatch):
    from msp430emu.campaigns.torture import campaign

    real = campaign.Torture.run_trial

    def short(self, plan, seed, prepare=None):
        result = real(self, plan, seed, prepare)
        result.injected = result.injected[:-1]   # as if the trial ended before its last failure
        return result

    monkeypatch.setattr(campaign.Torture, "run_trial", short)
    code, out, err = run_cli(capsys, "torture", crc, "--strategy", "mementos-loop", "--failures", "2",
                             "--trials", "2")
    assert code == 1 and "NOT TESTED" in out and "2 of the 4 planned" in out, (out, err)


def test_a_good_campaign_still_passes(capsys, crc):
    code, out, err = run_cli(capsys, "torture", crc, "--strategy", "mementos-loop", "--failures", "1",
                             "--trials", "2")
    assert code == 0 and out.rstrip().endswith("OK: 0 of 2 trials differ from the continuous-power run")


def sweep(capsys, crc, out, *extra):
    return run_cli(capsys, "sweep", crc, "--param", "cap=10u,22u,47u", "--max-time", "0.05", "--out", out,
                   *extra)


@pytest.mark.parametrize("cut", ["half a row", "empty fields", "bad status", "unparsable number"])
def test_resume_reruns_a_cut_short_row(capsys, crc, tmp_path, cut):
    out = tmp_path / "s"
    code, _, err = sweep(capsys, crc, out)
    assert code == 0, err
    path = out / "results.csv"
    good = list(csv.DictReader(path.open()))
    text = path.read_text()
    lines = text.splitlines(keepends=True)
    last = lines[-1]
    if cut == "half a row":
        broken = last[: len(last) // 3]                         # the write stopped mid-row, no newline
    else:
        row = dict(good[-1])
        if cut == "empty fields":
            row.update(device_time_s="", boots="", exit="")
        elif cut == "bad status":
            row["status"] = "o"
        else:
            row["device_time_s"] = "0.0.1"
        from io import StringIO
        buf = StringIO()
        csv.DictWriter(buf, list(good[0])).writerow(row)
        broken = buf.getvalue()
    path.write_text("".join(lines[:-1]) + broken)
    code, _, err = sweep(capsys, crc, out, "--resume")
    assert code == 0, err
    assert "resuming: 2 points already done, 1 to run" in err
    again = list(csv.DictReader(path.open()))
    assert [r["cap"] for r in again] == [r["cap"] for r in good]
    assert [r["device_time_s"] for r in again] == [r["device_time_s"] for r in good]


def test_dask_at_a_closed_port_fails_at_once(capsys, crc, tmp_path):
    t0 = time.monotonic()
    line = assert_refused(capsys, "sweep", crc, "--param", "cap=10u", "--dask", "tcp://127.0.0.1:1",
                          "--out", tmp_path / "s", message="tcp://127.0.0.1:1")
    assert "cannot connect" in line
    assert time.monotonic() - t0 < 15        # not the 20 s client time-out (a bound, not a speed figure)
    assert not (tmp_path / "s").exists()


def test_a_malformed_dask_address_is_refused(capsys, crc, tmp_path):
    assert_refused(capsys, "sweep", crc, "--param", "cap=10u", "--dask", "tcp://", "--out", tmp_path / "s",
                   message="--dask")


def test_ctrl_c_on_a_sweep_with_workers_is_one_line(crc, tmp_path):
    env = {**os.environ, "PYTHONPATH": f"{ROOT}:{ROOT / 'tests'}"}
    out = tmp_path / "s"
    proc = subprocess.Popen([sys.executable, "-m", "msp430emu.cli", "sweep", crc, "--param",
                             "cap=10u,22u,47u,100u,220u,470u", "--param", "distance=2,3,4", "--max-time",
                             "30",
                             "--jobs", "2", "--out", str(out)], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, start_new_session=True)
    try:
        for _ in range(900):
            if (out / "sweep.json").exists():
                break
            time.sleep(0.1)
        time.sleep(1.0)
        os.killpg(proc.pid, signal.SIGINT)        # as a terminal does: the whole process group
        _, err = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    text = err.decode()
    assert proc.returncode == 130, text
    assert "Traceback" not in text and "KeyboardInterrupt" not in text
    assert text.strip().splitlines()[-1] == "msp430emu: interrupted"
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]


def test_plan_spec_refuses_a_negative_seed():
    with pytest.raises(ConfigError, match="--seed"):
        PlanSpec("random", seed=-1)
