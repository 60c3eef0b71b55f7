"""``msp430emu sweep --dask ADDRESS`` against a real local cluster: a ``dask scheduler`` and a ``dask worker``
started here as processes (random ports, files in tmp_path, torn down after), the same grid run locally;
the rows must be the same, and the scheduler must have run every point."""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from firmware_build import build_app
from oracles.asm import HAVE_TOOLS

from msp430emu.cli.main import main

DASK = shutil.which("dask", path=str(Path(sys.executable).parent)) or shutil.which("dask")
START_TIMEOUT_S = 90

pytestmark = [pytest.mark.skipif(not HAVE_TOOLS, reason="clang-14 / ld.lld-14 not installed"),
              pytest.mark.skipif(DASK is None, reason="the dask command (dask[distributed]) is missing")]


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=20)


@pytest.fixture()
def cluster(tmp_path):
    """The address of a one-worker local cluster; its logs are in tmp_path/dask."""
    folder = tmp_path / "dask"
    folder.mkdir()
    scheduler_file = folder / "scheduler.json"
    processes = []

    def start(name: str, *argv: str) -> subprocess.Popen:
        log = open(folder / f"{name}.log", "w")          # noqa: SIM115 - closed with the process
        process = subprocess.Popen([DASK, *argv], cwd=folder, stdout=log, stderr=subprocess.STDOUT)
        processes.append((process, log))
        return process

    try:
        scheduler = start("scheduler", "scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard",
                          "--scheduler-file", str(scheduler_file))
        deadline = time.monotonic() + START_TIMEOUT_S
        while not scheduler_file.is_file() or not scheduler_file.read_text().strip():
            assert scheduler.poll() is None, (folder / "scheduler.log").read_text()
            assert time.monotonic() < deadline, "the dask scheduler did not start"
            time.sleep(0.2)
        address = json.loads(scheduler_file.read_text())["address"]
        start("worker", "worker", address, "--nworkers", "1", "--nthreads", "1", "--no-dashboard",
              "--local-directory", str(folder / "worker"), "--name", "test-worker")
        from distributed import Client

        with Client(address, timeout=START_TIMEOUT_S) as client:
            client.wait_for_workers(1, timeout=START_TIMEOUT_S)
        yield address
    finally:
        for process, log in reversed(processes):
            _stop(process)
            log.close()


def point_keys_run(address: str) -> set[str]:
    """The sweep's tasks (msp430emu-point-<index>-<nonce>) that the scheduler moved to memory."""
    from distributed import Client

    def finished(dask_scheduler):
        return sorted({str(entry[0]) for entry in dask_scheduler.transition_log
                       if str(entry[0]).startswith("msp430emu-point-") and entry[2] == "memory"})

    with Client(address, timeout=START_TIMEOUT_S) as client:
        return set(client.run_on_scheduler(finished))


def rows(path: Path) -> list[dict[str, str]]:
    with open(path / "results.csv", newline="") as f:
        return [{k: v for k, v in row.items() if k != "wall_s"} for row in csv.DictReader(f)]


def test_a_sweep_on_a_dask_cluster_gives_the_local_rows(capsys, tmp_path, cluster):
    crc = str(build_app("crc", "-O2"))
    grid = ["--param", "distance=1,5", "--param", "strategy=none,mementos-loop,sometimes", "--max-time", "1"]
    assert main(["sweep", crc, *grid, "--out", str(tmp_path / "local")]) == 0
    capsys.readouterr()
    code = main(["sweep", crc, *grid, "--dask", cluster, "--jobs", "2", "--out", str(tmp_path / "dask")])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert err == "msp430emu: note: --jobs is ignored with --dask (the cluster's workers run the points)\n"
    assert "6 points (2 with errors)" in out
    local, remote = rows(tmp_path / "local"), rows(tmp_path / "dask")
    assert remote == local
    assert [r["status"] for r in remote] == ["ok", "ok", "error"] * 2
    assert "is not a strategy" in remote[2]["error"]
    keys = point_keys_run(cluster)
    assert {k.rsplit("-", 1)[0] for k in keys} == {f"msp430emu-point-{i}" for i in range(6)}
    assert (tmp_path / "dask" / "summary.png").stat().st_size > 10_000
