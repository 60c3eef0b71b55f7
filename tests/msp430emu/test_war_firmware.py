"""The WAR detector on firmware that checkpoints itself (``msp430emu instrument``, strategy none): the
runtime's commits and resumes are the detector's checkpoints and resumes (msp430emu/war_firmware.py), its
own FRAM state is not watched. Cross-checked with the runtime's own FRAM counters of saves and restores."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from test_war_strategies import _bug_line, _run

from msp430emu.toolchain import sdk
from msp430emu.toolchain.instrument import instrument
from msp430emu.toolchain.loader import load_image
from msp430emu.war.firmware import runtime_layout

pytestmark = pytest.mark.skipif(not (shutil.which("clang-14") and shutil.which("ld.lld-14")
                                     and shutil.which("llvm-mc-14")), reason="LLVM 14 tools not installed")

EXAMPLES = sdk.FIRMWARE_DIR / "examples"
ENERGY = ["--preset", "wisp4-mementos", "--harvest", "power:100u"]
MODES = ["loop", "return", "timer"]


@pytest.fixture(scope="module")
def instrumented(tmp_path_factory) -> dict[tuple[str, str], Path]:
    out = tmp_path_factory.mktemp("war-firmware")
    elves = {}
    for name in ("war_counter", "war_counter_fixed"):
        for mode in MODES:
            path = out / f"{name}-{mode}.elf"
            instrument([EXAMPLES / f"{name}.c"], path, mode=mode)
            elves[name, mode] = path
    return elves


def _counters(machine, image) -> tuple[int, int]:
    st = machine.state
    return st.read_word(image.symbol("__mementos_saves")), st.read_word(image.symbol("__mementos_restores"))


@pytest.mark.parametrize("mode", MODES)
def test_self_checkpointing_firmware(instrumented, mode):
    for name in ("war_counter", "war_counter_fixed"):
        result, detector, checkpointing, energy = _run(instrumented[name, mode], ENERGY)
        assert checkpointing is None and result.exit == "halt"
        failures = energy.power.failures
        assert failures >= 1
        firmware = detector.firmware
        image = load_image(instrumented[name, mode])
        saves, restores = _counters(machine=detector.machine, image=image)
        # the runtime counts a save after its commit and a restore before resuming: a failure in between
        assert saves <= firmware.saves <= saves + failures
        assert firmware.resumes <= restores <= firmware.resumes + failures
        assert firmware.resumes >= 1 and detector.checkpoints == firmware.saves
        hazards = detector.hazards()
        if name == "war_counter_fixed":
            assert result.exit_code == 0 and hazards == [] and detector.potential() == []
            continue
        assert (result.exit_code == 1) == bool(hazards)
        for h in hazards:
            assert h["symbol"] in ("war_total", "war_total+0x2") and h["line"] == _bug_line()
            assert h["checkpoint"] >= 1 and h["function"] == "__mementos_main"


def test_runtime_state_is_not_watched(instrumented):
    path = instrumented["war_counter", "loop"]
    result, detector, _, _ = _run(path, ENERGY)
    layout = runtime_layout(load_image(path))
    assert len(layout["exclude"]) == 4             # slots, saves, restores, last_resumed
    for start, end in layout["exclude"]:
        assert not detector.mask[start:end].any()
    assert detector.mask[load_image(path).symbol("war_total")]


def test_plain_images_have_no_runtime(tmp_path):
    path = sdk.build([EXAMPLES / "war_counter.c"], tmp_path / "plain.elf")
    assert runtime_layout(load_image(path)) is None
