"""The WAR detector on real firmware: designs/firmware/examples/war_counter.c (a persistent counter updated
read-modify-write) and war_counter_fixed.c, on continuous power, on intermittent power with no
checkpointing (each boot resumes from 0), and with hand-driven Mementos-style checkpoints (the bundle of
msp430emu/checkpoint); SDK apps for the absence of false alarms. Sites are checked against LLVM's own
tools (llvm-objdump-14, llvm-symbolizer-14), not against the emulator's disassembler or line table."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as hs
from machine_programs import build_app

from energy import Capacitor, EnergySystem, PowerSwitch, mcu_model, parse_harvester
from msp430emu.checkpoint import apply_writes, find_latest_valid, layout_for, plan_save, restore
from msp430emu.cpu.state import C_IO_PASS
from msp430emu.machine.machine import Machine
from msp430emu.power.intermittent import IntermittentPower
from msp430emu.toolchain import sdk
from msp430emu.toolchain.loader import load_image
from msp430emu.war.detector import WarDetector
from msp430emu.war.report import war_fields, war_summary_rows

EXAMPLES = sdk.FIRMWARE_DIR / "examples"
HAVE_LLVM = all(shutil.which(t) for t in ("clang-14", "ld.lld-14", "llvm-objdump-14", "llvm-symbolizer-14"))
pytestmark = pytest.mark.skipif(not HAVE_LLVM, reason="clang-14 / lld-14 / llvm-14 tools not installed")

M16 = 0xFFFF
N_SAMPLES = 400
CHECKPOINT_REGION = (0x10000, 0x14000)


def _sample(i: int) -> int:
    """sample(i) of the apps' header comment: 16 rounds of xorshift16 (7, 9, 8), low 12 bits."""
    x = (0xACE1 ^ ((i << 5) & M16) ^ i) & M16
    for _ in range(16):
        x ^= (x << 7) & M16
        x ^= x >> 9
        x ^= (x << 8) & M16
    return x & 0x0FFF


EXPECTED_TOTAL = sum(_sample(i) for i in range(N_SAMPLES))


@pytest.fixture(scope="module")
def elves(tmp_path_factory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("war-apps")
    return {name: sdk.build([EXAMPLES / f"{name}.c"], out / f"{name}.elf")
            for name in ("war_counter", "war_counter_fixed")}


def _bug_line() -> int:
    lines = (EXAMPLES / "war_counter.c").read_text().splitlines()
    return next(i + 1 for i, text in enumerate(lines) if "war_total += s;" in text)


def _total(machine: Machine, image) -> int:
    addr = image.symbol("war_total")
    return machine.state.read_word(addr) | (machine.state.read_word(addr + 2) << 16)


def _setup(path: Path, harvest: str | None = None):
    image = load_image(path)
    power = None
    if harvest is not None:      # the wisp4-mementos preset: 10 uF, on at 3.0 V, off at 1.8 V
        system = EnergySystem(Capacitor(10e-6, 3.0), parse_harvester(harvest), PowerSwitch(3.0, 1.8))
        power = IntermittentPower(system, mcu_model("fr5969"))
    machine = Machine("fr5969", image, vcc=power.supply_voltage if power else 3.0)
    detector = WarDetector(machine, image, exclude=[CHECKPOINT_REGION])
    detector.attach()
    if power is not None:
        power.listeners.append(detector)    # strategy none: each boot resumes from the start
        power.attach(machine)
    return machine, detector, image, power


@pytest.fixture(scope="module")
def rising_power(tmp_path_factory) -> str:
    """100 uW for 0.6 s (the device fails and reboots), then 2 mW (it runs to the end)."""
    path = tmp_path_factory.mktemp("war-trace") / "rising.txt"
    path.write_text("# t_ms power_uW\n0 100\n600 100\n601 2000\n1000000 2000\n")
    return f"trace:{path},unit=uW,gaps=hold"


def test_reference_total_matches_the_header_comment():
    assert EXPECTED_TOTAL == 818544          # the value the apps' comments and WAR_EXPECTED state


@pytest.mark.parametrize("name", ["war_counter", "war_counter_fixed"])
def test_continuous_power_right_result_no_hazard(elves, name):
    machine, detector, image, _ = _setup(elves[name])
    result = machine.run(max_cycles=5_000_000)
    assert (result.exit, result.exit_code) == ("halt", 0)
    assert _total(machine, image) == EXPECTED_TOTAL
    assert detector.hazards() == []
    potential = detector.potential()
    if name == "war_counter_fixed":
        assert potential == []
        return
    # the read-modify-write of the 32-bit counter: one entry per 16-bit half, once (one interval)
    assert sorted(p["symbol"] for p in potential) == ["war_total", "war_total+0x2"]
    for p in potential:
        assert p["count"] == 1
        for site in (p["read"], p["write"]):
            assert (site["function"], Path(site["file"]).name, site["line"]) == \
                ("main", "war_counter.c", _bug_line())


def test_no_checkpoints_buggy_counter_is_wrong_and_reported(elves, rising_power):
    machine, detector, image, power = _setup(elves["war_counter"], rising_power)
    result = machine.run(max_cycles=50_000_000)
    assert power.failures >= 1 and result.exit == "halt"
    assert result.exit_code == 1 and _total(machine, image) != EXPECTED_TOTAL
    hazards = detector.hazards()
    assert hazards and {h["symbol"] for h in hazards} <= {"war_total", "war_total+0x2"}
    first = hazards[0]
    assert first["symbol"] == "war_total" and first["checkpoint"] == 0
    assert (first["function"], Path(first["file"]).name, first["line"]) == ("main", "war_counter.c",
                                                                             _bug_line())
    assert first["written_by"]["line"] == _bug_line()
    rows = war_summary_rows(war_fields(detector))
    assert rows[0][0] == "WAR hazards" and "war_total" in rows[0][1] and "war_counter.c" in rows[0][1]


def test_no_checkpoints_fixed_counter_is_right_and_clean(elves, rising_power):
    machine, detector, image, power = _setup(elves["war_counter_fixed"], rising_power)
    result = machine.run(max_cycles=50_000_000)
    assert power.failures >= 1
    assert (result.exit, result.exit_code) == ("halt", 0) and _total(machine, image) == EXPECTED_TOTAL
    assert detector.hazards() == [] and detector.potential() == []


def _llvm_sites(path: Path, image) -> tuple[set[int], dict[int, tuple[str, int]]]:
    """Addresses of main's instructions that name war_total (llvm-objdump-14), and llvm-symbolizer-14's
    file:line for each."""
    text = subprocess.run(["llvm-objdump-14", "-d", "--no-show-raw-insn", "--disassemble-symbols=main",
                           str(path)], capture_output=True, text=True, check=True).stdout
    total = image.symbol("war_total")
    targets = {f"&{total}", f"&{total + 2}", f"&0x{total:x}", f"&0x{total + 2:x}"}
    sites = set()
    for line in text.splitlines():
        m = re.match(r"\s*([0-9a-f]+):\s+(.*)", line)
        if m and any(re.search(re.escape(t) + r"\b", m.group(2)) for t in targets):
            sites.add(int(m.group(1), 16))
    lines = {}
    for addr in sites:
        out = subprocess.run(["llvm-symbolizer-14", "--obj", str(path), f"0x{addr:x}"], capture_output=True,
                             text=True, check=True).stdout.splitlines()
        file, line, _col = out[1].rsplit(":", 2)
        lines[addr] = (Path(file).name, int(line))
    return sites, lines


def test_sites_agree_with_llvm_tools(elves, rising_power):
    path = elves["war_counter"]
    machine, detector, image, _ = _setup(path, rising_power)
    machine.run(max_cycles=50_000_000)
    sites, lines = _llvm_sites(path, image)
    hazards = detector.hazards()
    assert hazards
    for h in hazards:
        assert h["pc"] in sites                # a read of war_total, by llvm-objdump's disassembly
        assert (Path(h["file"]).name, h["line"]) == lines[h["pc"]]
        assert h["written_by"]["pc"] in sites


# failure after k cycles, then an immediate reboot with no checkpoint: the buggy counter is right exactly
# when the failure came before its first write of war_total, and the detector reports exactly then
@pytest.mark.parametrize("k, wrote_before", [(100, False), (200, False), (400, True), (5_000, True),
                                             (33_333, True), (120_000, True), (250_000, True)])
def test_detector_flags_exactly_the_wrong_runs(elves, k, wrote_before):
    machine, detector, image, _ = _setup(elves["war_counter"])
    detector.on_boot(machine.now())
    machine.run(max_cycles=k)
    wrote = _total(machine, image) != 0
    assert wrote == wrote_before
    machine.power_off()
    machine.power_on()
    detector.on_boot(machine.now())
    result = machine.run(max_cycles=5_000_000)
    assert result.exit == "halt"
    right = _total(machine, image) == EXPECTED_TOTAL
    assert right == (not wrote) == (detector.hazards() == [])


# failures at arbitrary moments, each followed by a restart (no checkpoint): the fixed counter is always
# right and clean; the buggy one is right exactly when the detector reports nothing
@settings(max_examples=12, deadline=None, database=None)   # no .hypothesis/ in the tree
@given(cuts=hs.lists(hs.integers(1, 500_000), min_size=1, max_size=3))
def test_restarts_anywhere(elves, cuts):
    for name in ("war_counter", "war_counter_fixed"):
        machine, detector, image, _ = _setup(elves[name])
        detector.on_boot(machine.now())
        for k in cuts:
            machine.run(max_cycles=k)
            machine.power_off()
            machine.power_on()
            detector.on_boot(machine.now())
        assert machine.run(max_cycles=5_000_000).exit == "halt"
        right = _total(machine, image) == EXPECTED_TOTAL
        if name == "war_counter_fixed":
            assert right and detector.hazards() == []
        else:
            assert right == (detector.hazards() == [])


def _mementos_run(path: Path, checkpoint_after: int, fail_after: str):
    """Checkpoint (the bundle of msp430emu/checkpoint) at the entry of sample() of iteration
    ``checkpoint_after``, run on to ``fail_after`` (a function of the same iteration), lose power, reboot,
    let crt0 run to main, restore the checkpoint, run to the end."""
    image = load_image(path)
    machine = Machine("fr5969", image)
    layout = layout_for(image, machine.device)
    detector = WarDetector(machine, image, exclude=[(layout.region_start, layout.region_end)])
    detector.attach()
    detector.on_boot(machine.now())
    for i in range(checkpoint_after + 1):
        machine.state.ctl[C_IO_PASS] = 1 if i else 0      # step over the break where the last run stopped
        machine.run(until="sample", max_cycles=1_000_000)
    plan = plan_save(machine.state, layout)
    apply_writes(machine.state, plan)
    detector.on_checkpoint(machine.now(), plan.sequence)
    machine.run(until=fail_after, max_cycles=1_000_000)
    machine.power_off()
    machine.power_on()
    slot = find_latest_valid(machine.state.mem, layout)
    detector.on_resume(machine.now(), slot.sequence)
    machine.run(until="main", max_cycles=1_000_000)    # crt0: watchdog off, .data/.bss set up
    restore(machine.state, layout, slot)
    result = machine.run(max_cycles=5_000_000)
    return machine, detector, image, result, plan.sequence


def test_mementos_checkpoint_buggy_counter_adds_a_sample_twice(elves):
    machine, detector, image, result, sequence = _mementos_run(elves["war_counter"], 5, "process")
    assert result.exit_code == 1
    assert _total(machine, image) == EXPECTED_TOTAL + _sample(5)
    hazards = detector.hazards()
    assert [(h["symbol"], h["checkpoint"], h["count"], h["line"]) for h in hazards] == \
        [("war_total", sequence, 1, _bug_line()), ("war_total+0x2", sequence, 1, _bug_line())]
    low = hazards[0]      # the low word: read with sample(5) already added, a run from the checkpoint reads
    assert low["expected"] == sum(_sample(i) for i in range(5)) & M16     # the sum of samples 0..4
    assert low["value"] == sum(_sample(i) for i in range(6)) & M16


def test_mementos_checkpoint_fixed_counter_is_right_and_clean(elves):
    machine, detector, image, result, _ = _mementos_run(elves["war_counter_fixed"], 5, "process")
    assert result.exit_code == 0 and _total(machine, image) == EXPECTED_TOTAL
    assert detector.hazards() == []


@pytest.mark.parametrize("app", ["crc", "ar"])
def test_sdk_apps_report_nothing(app, rising_power):
    path = build_app(app)
    for harvest in (None, rising_power):
        machine, detector, _, power = _setup(path, harvest)
        result = machine.run(max_cycles=100_000_000)
        assert result.exit == "halt"
        if power is not None:
            assert power.failures >= 1
        assert detector.hazards() == [] and detector.potential() == []
