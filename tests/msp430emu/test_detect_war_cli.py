"""``msp430emu run --detect-war`` wired to the checkpoint strategies: the buggy persistent-counter example is
reported (symbol, C line) and gives a wrong result under Mementos checkpoints; its fixed version is clean."""

from __future__ import annotations

import pytest

from msp430emu.cli.run import run_json
from msp430emu.toolchain.sdk import build

EXAMPLES = "designs/firmware/examples"
ENERGY = ["--preset", "wisp4-mementos", "--harvest", "rfid:5", "--max-time", "30", "--detect-war"]


@pytest.fixture(scope="module")
def elfs(tmp_path_factory):
    from pathlib import Path

    root = Path(__file__).resolve().parents[2] / EXAMPLES
    out = tmp_path_factory.mktemp("war")
    built = {}
    for name in ("war_counter", "war_counter_fixed"):
        built[name] = out / f"{name}.elf"
        build([root / f"{name}.c"], built[name], "-O2")
    return built


def test_mementos_run_reports_the_counter_and_its_line(elfs):
    d = run_json([str(elfs["war_counter"]), *ENERGY, "--strategy", "mementos-loop"])
    assert d["exit"] == "halt" and d["exit_code"] != 0            # the hazard made the total wrong
    assert d["restores"] >= 1 and d["war_hazards"]
    first = d["war_hazards"][0]
    assert first["symbol"].startswith("war_total") and first["file"].endswith("war_counter.c")
    assert first["checkpoint"] >= 1 and first["line"] > 0


def test_fixed_counter_completes_without_hazards_under_every_strategy(elfs):
    for strategy in ("mementos-loop", "mementos-timer", "hibernus", "periodic:20000", "oracle"):
        d = run_json([str(elfs["war_counter_fixed"]), *ENERGY, "--strategy", strategy])
        assert d["exit"] == "halt" and d["exit_code"] == 0, strategy
        assert d["war_hazards"] == [], strategy


def test_continuous_power_reports_potential_hazards_only(elfs):
    d = run_json([str(elfs["war_counter"]), "--detect-war"])
    assert d["exit_code"] == 0 and d["war_hazards"] == []
    assert any(p["symbol"].startswith("war_total") for p in d["war_potential"])
