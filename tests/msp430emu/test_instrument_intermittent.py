"""Instrumented firmware (``msp430emu instrument``) on harvested energy with ``--strategy none``: the program
checkpoints itself and completes with exactly the continuous-power result, through power failures, under
RFID distances and the real Mementos RF traces, while the uninstrumented build makes no progress."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from firmware_build import build_app, expected

from msp430emu.cli.run import run_json
from msp430emu.toolchain import sdk
from msp430emu.toolchain.instrument import instrument
from msp430emu.toolchain.loader import load_image

HAVE_TOOLS = all(shutil.which(t) for t in ("clang-14", "ld.lld-14"))
pytestmark = pytest.mark.skipif(not HAVE_TOOLS, reason="needs clang-14 and ld.lld-14")
TRACES = Path(__file__).resolve().parent.parent / "data" / "traces" / "mementos-rf"
APPS = ("crc", "sense", "rsa", "bc", "ar", "cf", "aes128", "fft")
COUNTERS = ("__mementos_saves", "__mementos_restores")


def trace(n: int) -> str:
    return f"trace:{TRACES / f'{n}.txt'},time=clock"


@pytest.fixture(scope="module")
def build(tmp_path_factory):
    root = tmp_path_factory.mktemp("instrumented")
    cache: dict[tuple[str, str, str], Path] = {}

    def get(app: str, mode: str, opt: str = "-O2") -> Path:
        if (app, mode, opt) not in cache:
            out = root / f"{app}-{mode.replace(':', '_')}{opt}.elf"
            instrument([sdk.app_source(app)], out, mode, opt)
            cache[app, mode, opt] = out
        return cache[app, mode, opt]
    return get


def energy_run(elf: Path, app: str, harvest: str, max_time: str = "200") -> tuple[dict, dict[str, bytes]]:
    """``msp430emu run ELF --preset wisp4-mementos --harvest H --strategy none --json`` with the app's result
    globals (and the runtime's counters, if present) dumped; returns the JSON and the dumped bytes."""
    image = load_image(elf)
    names = [*expected(app).memory, *(n for n in COUNTERS if n in image.symbols)]
    sizes = {**{k: len(v) for k, v in expected(app).memory.items()}, **dict.fromkeys(COUNTERS, 2)}
    dumps = [a for n in names for a in ("--dump", f"0x{image.symbols[n]:X}:{sizes[n]}")]
    d = run_json([str(elf), "--preset", "wisp4-mementos", "--harvest", harvest, "--strategy", "none",
                  "--max-time", max_time, *dumps])
    return d, {n: bytes.fromhex(x["hex"]) for n, x in zip(names, d["dumps"], strict=True)}


def assert_completed_through_failures(d: dict, memory: dict[str, bytes], app: str) -> None:
    exp = expected(app)
    assert d["exit"] == "halt", d["message"]
    assert d["exit_code"] & 0xFFFF == exp.exit_code
    for name, data in exp.memory.items():
        assert memory[name] == data, name
    saves = int.from_bytes(memory["__mementos_saves"], "little")
    restores = int.from_bytes(memory["__mementos_restores"], "little")
    assert d["power_failures"] > 0
    assert 1 <= restores <= d["power_failures"] and saves >= restores


@pytest.mark.parametrize("app", APPS)
def test_every_app_in_loop_mode_completes_at_4_m_from_the_reader(build, app: str) -> None:
    d, memory = energy_run(build(app, "loop"), app, "rfid:4")
    assert_completed_through_failures(d, memory, app)


@pytest.mark.parametrize(("app", "mode", "opt", "harvest"), [
    ("crc", "loop", "-O2", trace(2)),
    ("rsa", "loop", "-O2", trace(1)),
    ("rsa", "loop", "-O2", trace(3)),
    ("sense", "loop", "-O2", trace(4)),
    ("fft", "loop", "-O2", trace(5)),
    ("crc", "loop", "-O0", "rfid:5"),
    ("crc", "timer", "-O2", "rfid:4"),
    ("ar", "timer", "-O2", "rfid:4"),
    ("fft", "timer:10000", "-O2", "rfid:4"),
    ("ar", "return", "-O2", trace(2)),
    ("aes128", "return", "-O2", trace(2)),
])
def test_trigger_modes_complete_under_traces_and_distances(build, app, mode, opt, harvest) -> None:
    d, memory = energy_run(build(app, mode, opt), app, harvest)
    assert_completed_through_failures(d, memory, app)


def test_without_the_runtime_the_same_program_makes_no_progress(build) -> None:
    plain, _ = energy_run(build_app("crc", "-O2"), "crc", "rfid:4")
    assert plain["exit"] == "no-progress" and plain["power_failures"] >= 20
    d, memory = energy_run(build("crc", "loop"), "crc", "rfid:4")
    assert_completed_through_failures(d, memory, "crc")


@pytest.mark.parametrize(("example", "code_under_failures"), [("war_counter", 1), ("war_counter_fixed", 0)])
def test_fram_data_is_not_checkpointed_the_war_example_goes_wrong(tmp_path, example, code_under_failures):
    # the runtime saves registers and SRAM only: war_counter's read-modify-write of a PERSISTENT total is
    # re-executed after a resume and counts a sample twice (exit 1); the fixed version stays right (exit 0)
    elf = tmp_path / f"{example}.elf"
    instrument([sdk.FIRMWARE_DIR / "examples" / f"{example}.c"], elf, "loop")
    assert run_json([str(elf)])["exit_code"] == 0
    d = run_json([str(elf), "--preset", "wisp4-mementos", "--harvest", "rfid:4", "--strategy", "none",
                  "--max-time", "100"])
    assert d["exit"] == "halt" and d["power_failures"] > 0
    assert d["exit_code"] == code_under_failures


def test_a_program_stuck_between_two_checkpoints_is_reported_as_no_progress(build) -> None:
    # crc -O0 in return mode checks only after its crc16_ccitt calls, more work apart than one charge at
    # 5 m gives: every boot resumes the same bundle and dies before the next one; the runtime then writes
    # nothing to FRAM, so the emulator's no-progress rule sees the repeats
    d, memory = energy_run(build("crc", "return", "-O0"), "crc", "rfid:5", max_time="300")
    assert d["exit"] == "no-progress" and d["device_time_s"] < 60
    assert int.from_bytes(memory["__mementos_saves"], "little") >= 1
    assert int.from_bytes(memory["__mementos_restores"], "little") >= 1
