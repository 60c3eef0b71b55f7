"""The WAR detector wired to the run's real checkpoint strategies (msp430emu/war_cli.py): the checkpoint
engine tells it about saves and restores. For every strategy, the fixed counter is right and clean, and the
buggy counter is wrong exactly when a hazard is reported; with Mementos loop and timer checkpoints on a
constant 100 uW the bug shows (sites named), as the example's comment says."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from msp430emu.cli.parser import build_parser
from msp430emu.cli.run import config_from_args
from msp430emu.session import Run
from msp430emu.toolchain import sdk
from msp430emu.war.attach import attach_war_detector

pytestmark = pytest.mark.skipif(not (shutil.which("clang-14") and shutil.which("ld.lld-14")),
                                reason="clang-14 / lld-14 not installed")

EXAMPLES = sdk.FIRMWARE_DIR / "examples"
ENERGY = ["--preset", "wisp4-mementos", "--harvest", "power:100u"]


@pytest.fixture(scope="module")
def elves(tmp_path_factory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("war-strategies")
    return {name: sdk.build([EXAMPLES / f"{name}.c"], out / f"{name}.elf")
            for name in ("war_counter", "war_counter_fixed")}


def _bug_line() -> int:
    lines = (EXAMPLES / "war_counter.c").read_text().splitlines()
    return next(i + 1 for i, text in enumerate(lines) if "war_total += s;" in text)


def _run(path: Path, argv: list[str]):
    """``msp430emu run`` set up as cli_run.execute_run does it, plus the detector."""
    run = Run(config_from_args(build_parser().parse_args(["run", str(path), *argv])))
    machine, image, checkpointing, energy = run.machine, run.image, run.checkpointing, run.energy
    detector = attach_war_detector(machine, image, checkpointing, energy)
    result = machine.run(max_cycles=20_000_000)
    return result, detector, checkpointing, energy


STRATEGIES = ["mementos-loop", "mementos-return", "mementos-timer", "hibernus", "oracle", "periodic:20000"]


@pytest.mark.parametrize("strategy", STRATEGIES)
def test_fixed_counter_is_right_and_clean_under_every_strategy(elves, strategy):
    result, detector, _, energy = _run(elves["war_counter_fixed"], [*ENERGY, "--strategy", strategy])
    assert (result.exit, result.exit_code) == ("halt", 0)
    assert detector.hazards() == [] and detector.potential() == []


@pytest.mark.parametrize("strategy", STRATEGIES)
def test_buggy_counter_is_wrong_exactly_when_reported(elves, strategy):
    result, detector, checkpointing, energy = _run(elves["war_counter"], [*ENERGY, "--strategy", strategy])
    assert result.exit == "halt"
    hazards = detector.hazards()
    assert (result.exit_code == 1) == bool(hazards)
    assert detector.checkpoints == checkpointing.ckpt.checkpoints
    for h in hazards:
        assert h["symbol"] in ("war_total", "war_total+0x2") and h["line"] == _bug_line()
        assert h["checkpoint"] >= 1                  # a real checkpoint: the program did not start over


@pytest.mark.parametrize("strategy", ["mementos-loop", "mementos-timer"])
def test_mementos_checkpoints_do_not_protect_fram(elves, strategy):
    result, detector, _, energy = _run(elves["war_counter"], [*ENERGY, "--strategy", strategy])
    assert energy.power.failures >= 1
    assert result.exit_code == 1
    first = detector.hazards()[0]
    assert (first["symbol"], first["function"], Path(first["file"]).name, first["line"]) == \
        ("war_total", "main", "war_counter.c", _bug_line())


def test_checkpoint_region_is_not_watched(elves):
    _, detector, checkpointing, _ = _run(elves["war_counter_fixed"], [*ENERGY, "--strategy", "oracle"])
    layout = checkpointing.ckpt.layout
    assert not detector.mask[layout.region_start:layout.region_end].any()


def test_strategy_none_listens_to_the_power_model(elves):
    result, detector, checkpointing, energy = _run(elves["war_counter"], ENERGY)
    assert checkpointing is None
    assert detector in energy.power.listeners
    assert result.exit == "max-cycles"        # a constant 100 uW never lets one boot finish the program
    assert detector.resumes == energy.power.failures        # attached after the first boot: one per reboot
    assert {h["checkpoint"] for h in detector.hazards()} == {0}


def test_continuous_power_records_potential_only(elves):
    result, detector, checkpointing, energy = _run(elves["war_counter"], [])
    assert (result.exit_code, checkpointing, energy) == (0, None, None)
    assert detector.hazards() == [] and len(detector.potential()) == 2
