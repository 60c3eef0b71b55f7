"""The scan save path (``--save-path scan``): one slot layout for every checkpoint, saved and restored as a
word-wide shift chain. Checked by the controller's own trace and by Icarus with power failures (verify)."""

from __future__ import annotations

import json
import shutil

import pytest

from designs.rtl.catalog import load_design
from hls.emit.controller import ControllerConfig
from hls.errors import HlsError

cli = pytest.importorskip("hls.cli")


def test_scan_controller_needs_one_word_count() -> None:
    with pytest.raises(HlsError, match="same words at every checkpoint"):
        ControllerConfig((2, 3), 32, scan=True)
    assert ControllerConfig((3, 3), 32, scan=True).slot_words == 3


def test_scan_layout_gives_each_register_one_offset(tmp_path) -> None:
    design = load_design("md5")
    out = tmp_path / "md5_scan.v"
    argv = ["insert", *map(str, design.sources), "--top", design.top, "--budget-cycles", "40",
            "--save-path", "scan", "-o", str(out), "--json"]
    assert cli.main(argv) == 0
    text = out.read_text()
    # no restore value depends on the checkpoint id, and the write data is a plain concatenation
    # (the state register alone is restored from the checkpoint id)
    lines = text.splitlines()
    restores = [line for line in lines if line.startswith("assign ckpt_rv_") and "state" not in line]
    assert restores and all("ckpt_id" not in line for line in restores)
    assert "assign ckpt_rdata = {ckpt_shift_in, ckpt_chain[" in text
    assert "rd_word" in text and "commit_id" in text


@pytest.mark.slow
@pytest.mark.iverilog
@pytest.mark.skipif(shutil.which("iverilog") is None, reason="needs Icarus Verilog")
@pytest.mark.parametrize(
    "name,mode", [("md5", "always"), ("sha256", "low_voltage"), ("dct", "always"), ("keccak", "always")]
)
def test_scan_instrumented_design_survives_power_failures(name, mode, tmp_path, monkeypatch, capsys) -> None:
    design = load_design(name)
    monkeypatch.chdir(tmp_path)
    argv = ["verify", *map(str, design.sources), "--top", design.top, "--budget-cycles", "40",
            "--save-path", "scan", "--mode", mode, "--failures", "8", "--runs", "2", "--seed", "3", "--json"]
    status = cli.main(argv)
    captured = capsys.readouterr()
    assert status in (0, 1), captured.err.strip()
    report = json.loads(captured.out)["verify"]
    assert status == 0 and report["passed"], report["mismatch_details"][:3]
    assert report["mismatches"] == 0 and report["unfinished"] == 0
    assert report["failures_injected"] > 0 and report["failures_during_save"] > 0 and report["restores"] > 0
