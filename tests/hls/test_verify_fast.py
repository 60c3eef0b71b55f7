"""The verification harness's fast path (hls/verification/env.py, tb.py): memory models simulated in Verilog,
and the cycles in which the harness has nothing to do run by the simulator without a Python callback each.
It must change nothing but the time: a campaign run with the harness looking at every cycle
(``Campaign.fast_forward=False``) gives the very same report, failures, restores, NVM words and all."""

from __future__ import annotations

import functools
import json
import shutil
from pathlib import Path

import pytest

import hls
from hls.errors import HlsError
from hls.verification import campaign as campaign_module
from hls.verification.campaign import check_memory_bounds, grow_windows
from hls.verification.tb import quiet_cycles

REAL = Path(__file__).resolve().parents[1] / "data" / "hls_real"

NO_ICARUS = shutil.which("iverilog") is None


def _report(monkeypatch, fast: bool, files: list[Path], top: str, failures: int, runs: int,
            seed: int) -> dict:
    monkeypatch.setattr(campaign_module, "Campaign",
                        functools.partial(campaign_module.Campaign, fast_forward=fast))
    report = hls.verify(files, top=top, budget_cycles=50, failures=failures, runs=runs, seed=seed)
    monkeypatch.undo()
    return report.to_json()


@pytest.mark.parametrize("name, files, top, failures, runs, seed", [
    # two-port ap_memory array, written and read back
    ("gsm", ["vivado_gsm_lar/gsm_lar.v"], "Gsm_LPC_Analysis_Transformation_to_Log_Area_Ratios", 12, 3, 2),
    # a bram array: byte addresses, byte write enables, written results compared
    ("list_multiply", ["vivado_bram_list_multiply/list_multiply.v",
                       "vivado_bram_list_multiply/list_multiply_muxbkb.v"], "list_multiply", 12, 3, 1),
])
@pytest.mark.slow
@pytest.mark.iverilog
@pytest.mark.skipif(NO_ICARUS, reason="needs Icarus Verilog")
def test_fast_forward_gives_the_same_report_as_looking_at_every_cycle(monkeypatch, name, files, top,
                                                                       failures, runs, seed) -> None:
    paths = [REAL / f for f in files]
    fast = _report(monkeypatch, True, paths, top, failures, runs, seed)
    slow = _report(monkeypatch, False, paths, top, failures, runs, seed)
    assert fast == slow
    assert fast["passed"] and fast["failures_injected"] > 0 and fast["restores"] > 0
    assert fast["nvm_words_written"] > 0 and fast["saves"] > 0  # counted by the environment, not Python


class _Harness:
    def __init__(self, low_voltage: bool, commit: bool) -> None:
        self.low_voltage = object() if low_voltage else None
        self.nv_commit = object() if commit else None


def test_quiet_cycles_stop_before_every_cycle_an_event_can_act_in() -> None:
    golden = _Harness(False, False)
    assert quiet_cycles(golden, None, 5, 1000) == (1000, False, False)  # nothing pending: up to the budget
    h = _Harness(True, True)
    # a `cycle` failure at since_power 40, the warning 10 cycles before: cycles 1..29 are quiet
    assert quiet_cycles(h, {"kind": "cycle", "delay": 40, "warn": 10}, 0, 1000) == (29, False, False)
    assert quiet_cycles(h, {"kind": "cycle", "delay": 40, "warn": 10}, 30, 1000) == (9, False, False)
    # a `save` failure counts busy cycles once since_power > delay: up to delay quiet, then wake on busy
    assert quiet_cycles(h, {"kind": "save", "delay": 7}, 0, 1000) == (6, False, False)
    assert quiet_cycles(h, {"kind": "save", "delay": 7}, 7, 1000) == (1000, True, False)
    assert quiet_cycles(h, {"kind": "commit", "delay": 3}, 3, 1000) == (1000, False, True)
    # `boot` fires only in the first cycle after power-up
    assert quiet_cycles(h, {"kind": "boot", "delay": 3}, 0, 1000)[0] == 0
    assert quiet_cycles(_Harness(False, True), {"kind": "boot", "delay": 3}, 1, 1000)[0] == 1000
    assert quiet_cycles(golden, None, 0, 0) == (0, False, False)


def test_a_golden_write_beyond_the_window_grows_it_up_to_the_cap_then_is_refused_in_one_line() -> None:
    golden = {"runs": [{"memory_beyond": {"r": 3}}, {"memory_beyond": {"r": 1}}]}
    memories = [{"name": "r", "byte_addressed": True}, {"name": "y", "byte_addressed": True}]
    assert grow_windows(golden, memories) and memories[0]["window_log2"] == 16
    assert "window_log2" not in memories[1]
    assert grow_windows(golden, memories) and memories[0]["window_log2"] == 20
    assert not grow_windows(golden, memories)  # at the cap: the golden run is not repeated
    with pytest.raises(HlsError, match=r"^memory r: the original design wrote 4 times beyond the 1048576 "):
        check_memory_bounds(golden, memories)
    check_memory_bounds({"runs": [{"memory_beyond": {}}]}, memories)
    assert not grow_windows({"runs": [{"memory_beyond": {"x": 1}}]}, [{"name": "x", "byte_addressed": False}])


FILTERBANK = REAL / "vivado_bram_filterbank"


@pytest.mark.slow
@pytest.mark.iverilog
@pytest.mark.skipif(NO_ICARUS, reason="needs Icarus Verilog")
def test_filterbank_passes_verify_with_injected_failures(tmp_path) -> None:
    """TACLe filterbank (Vivado HLS 2016.4, 5,883 lines, 127 states, four bram arrays and four internal RAMs;
    one call lasts 106,140 cycles; its loops read `r` speculatively far beyond the array). Its plan saves
    about 29,000 bits (the internal RAMs) at write states saved on every entry; with the parallel save path's
    word multiplexer the instrumented design simulates at the original's speed (it used to carry 30,016-bit
    vectors, 15 times slower). 1,024-bit NVM words keep the number of save cycles (30 a save instead of 905)
    within the test suite's time; docs/hls-pass.md has the 32-bit campaign's figures."""
    files = sorted(FILTERBANK.glob("*.v"))
    report = hls.verify(files, top="filterbank_core_hwa", budget_cycles=20_000, word_bits=1024, failures=2,
                        runs=1, seed=1, max_cycles=400_000, keep=tmp_path)
    assert report.passed, report.mismatch_details
    assert report.failures_injected == 2 and report.restores > 0  # resumed from a completed save
    assert report.untested is None
    assert report.golden_cycles == 106_140
    (kept,) = tmp_path.iterdir()
    run = json.loads((kept / "golden" / "results.json").read_text())["runs"][0]
    assert run["memory_writes"]["y"][0] > 0 and run["memory_writes"]["y"][1] == 0  # y written, defined
    assert set(run["memories"]) == {"r", "y", "H", "F"}  # every array with a write port is compared
