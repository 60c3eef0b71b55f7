"""msp430emu torture: campaigns on crc with every strategy, --every over a tiny program, saves cut inside,
a deliberately broken checkpoint caught, determinism, and one-line errors."""

from __future__ import annotations

import dataclasses
import json
import shutil

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as hs
from machine_programs import build_app

from msp430emu.cli.main import main
from msp430emu.cli.parser import build_parser
from msp430emu.cli.torture import run_from_args
from msp430emu.toolchain import sdk

HAVE_TOOLS = all(shutil.which(t) for t in ("clang-14", "ld.lld-14"))
pytestmark = pytest.mark.skipif(not HAVE_TOOLS, reason="needs clang-14 and ld.lld-14")

TINY_C = """#include "sdk.h"
static uint16_t acc[4];
volatile uint16_t result;
int main(void) {
    for (uint16_t i = 0; i < 24; i++)
        acc[i & 3] += (uint16_t)(i * 3 + 1);
    result = acc[0] ^ (acc[1] << 1) ^ (acc[2] << 2) ^ (acc[3] << 3);
    return result;
}
"""
STRATEGIES = ("none", "mementos-loop", "mementos-return", "mementos-timer", "hibernus", "periodic:5000",
              "oracle")


@pytest.fixture(scope="module")
def crc() -> str:
    return str(build_app("crc", "-O2"))


@pytest.fixture(scope="module")
def tiny(tmp_path_factory) -> str:
    folder = tmp_path_factory.mktemp("tiny")
    source = folder / "tiny.c"
    source.write_text(TINY_C)
    return str(sdk.build([source], folder / "tiny.elf", opt="-O2"))


def campaign(argv: list[str], prepare=None):
    args = build_parser().parse_args(["torture", *argv])
    return run_from_args(args, prepare=prepare)


def torture_json(capsys, argv: list[str]) -> tuple[int, dict]:
    rc = main(["torture", *argv, "--json"])
    out = capsys.readouterr().out
    return rc, json.loads(out)


@pytest.mark.parametrize("strategy", STRATEGIES)
def test_crc_under_every_strategy_has_no_mismatch(capsys, crc, strategy):
    trials = 1 if strategy == "mementos-loop" else 3          # mementos-loop saves at every latch below 2.7 V
    rc, d = torture_json(capsys, [crc, "--strategy", strategy, "--failures", "3", "--seed", "7",
                                  "--trials", str(trials)])
    assert rc == 0
    assert (d["trials"], d["completed"], d["mismatches"], d["no_progress"]) == (trials, trials, 0, 0)
    assert d["first_mismatch"] is None
    assert d["failures_injected"] == 3 * trials
    assert d["power_failures"] == 3 * trials         # the default energy never fails on its own
    assert d["reference"]["exit_code"] == -9960 and d["reference"]["uart"] == "crc f0a9\n"
    if strategy in ("none", "mementos-return"):       # crc: no call returns after V falls below 2.7 V
        assert d["checkpoints"] == 0 and d["restores"] == 0
    else:
        assert d["checkpoints"] > 0 and d["restores"] > 0
    if strategy == "oracle":   # a free save at every failure, except one that lands in crt0 after a boot
        assert 0 < d["checkpoints"] <= d["failures_injected"] and d["restores"] >= d["checkpoints"]


def test_summary_table(capsys, crc):
    rc = main(["torture", crc, "--strategy", "oracle", "--failures", "2", "--trials", "2"])
    out = capsys.readouterr().out
    assert rc == 0
    assert "2: 2 completed, 0 mismatches, 0 no progress" in out
    assert "4 injected at instructions" in out
    assert out.rstrip().endswith("OK: 0 of 2 trials differ from the continuous-power run")


def _no_globals(machine, checkpointing, power):
    """A broken checkpoint: the bundle holds no globals (restore leaves crt0's initial values)."""
    ckpt = checkpointing.ckpt
    ckpt.layout = dataclasses.replace(ckpt.layout, globals_len=0)


def test_a_checkpoint_without_the_globals_is_caught(crc):
    report = campaign([crc, "--strategy", "periodic:5000", "--failures", "2", "--seed", "3", "--trials", "4"],
                      prepare=_no_globals)
    d = report.to_dict()
    assert d["mismatches"] > 0 and report.mismatches == d["mismatches"]
    first = d["first_mismatch"]
    assert first["trial"] == d["mismatch_trials"][0]
    assert first["restores"] > 0 and len(first["injected"]) == 2
    assert any(diff.startswith(("globals:", "exit code")) for diff in first["differences"])
    # the same campaign with the real bundle is clean
    clean = campaign([crc, "--strategy", "periodic:5000", "--failures", "2", "--seed", "3", "--trials", "4"])
    assert clean.mismatches == 0


def test_a_short_layout_makes_the_command_fail(capsys, crc, monkeypatch):
    from msp430emu.checkpoint import engine

    real = engine.layout_for

    def short(image, device, region=None):
        layout = real(image, device, region)
        return dataclasses.replace(layout, globals_start=layout.globals_start + 2,
                                   globals_len=layout.globals_len - 2)     # .data's first word is not saved

    monkeypatch.setattr(engine, "layout_for", short)
    tiny_stack = [crc, "--strategy", "periodic:5000", "--failures", "2", "--seed", "3", "--trials", "4"]
    rc, d = torture_json(capsys, tiny_stack)
    # crc's first global is buffer[0], written before the first checkpoint: losing it changes the CRC
    assert rc == 1 and d["mismatches"] > 0


@pytest.mark.parametrize("strategy,extra", [("oracle", []), ("none", []),
                                            ("mementos-loop", ["--v-thresh", "3.5"])])
def test_every_instruction_of_a_tiny_program(tiny, strategy, extra):
    report = campaign([tiny, "--strategy", strategy, "--every", *extra])
    d = report.to_dict()
    n = d["reference"]["instructions"]
    assert 100 < n < 2000
    assert (d["trials"], d["completed"], d["mismatches"]) == (n, n, 0)
    assert [r.injected for r in report.results] == [[i] for i in range(n)]
    if strategy != "none":
        assert d["checkpoints"] > 0 and d["restores"] > 0


def test_every_with_a_step(tiny):
    report = campaign([tiny, "--strategy", "oracle", "--every", "--step", "7"])
    n = report.reference.instructions
    assert [r.points for r in report.results] == [(i,) for i in range(0, n, 7)]
    assert report.mismatches == 0


class Events:
    """Listener of the checkpointer and the power: the order of commits, failures and resumes."""

    def __init__(self) -> None:
        self.log: list[tuple[str, int]] = []

    def on_checkpoint(self, now: float, sequence: int) -> None:
        self.log.append(("checkpoint", sequence))

    def on_resume(self, now: float, sequence: int) -> None:
        self.log.append(("resume", sequence))

    def on_failure(self, now: float) -> None:
        self.log.append(("failure", 0))

    def on_boot(self, now: float) -> None:
        pass


def test_saves_cut_inside_leave_the_previous_checkpoint(crc):
    logs: list[Events] = []

    def listen(machine, checkpointing, power):
        events = Events()
        checkpointing.ckpt.listeners.append(events)
        power.listeners.append(events)
        logs.append(events)

    report = campaign([crc, "--strategy", "periodic:3000", "--failures", "2", "--in-saves", "0.05",
                       "--seed", "11", "--trials", "4"], prepare=listen)
    d = report.to_dict()
    assert d["mismatches"] == 0 and d["completed"] == 4
    assert d["save_faults_injected"] > 0 and d["checkpoints_torn"] >= d["save_faults_injected"]
    assert d["power_failures"] == d["failures_injected"] + d["save_faults_injected"]
    resumed_after_cut = 0
    for result, events in zip(report.results, logs, strict=True):
        committed, expected = 0, [0]          # the first boot starts afresh
        for kind, seq in events.log:
            if kind == "checkpoint":
                committed = seq
            elif kind == "failure":
                expected.append(committed)
            else:
                assert seq == expected[-1]          # the newest committed checkpoint, never a torn one
        resumed_after_cut += bool(result.save_faults)
        assert result.restores == sum(1 for kind, seq in events.log if kind == "resume" and seq > 0)
        for k, n in result.save_faults:
            assert 0 <= k < n
    assert resumed_after_cut > 0


def test_only_saves_cut(crc):
    report = campaign([crc, "--strategy", "periodic:5000", "--failures", "0", "--in-saves", "1",
                       "--trials", "2"])
    d = report.to_dict()
    assert d["failures_injected"] == 0 and d["save_faults_injected"] == 2   # one cut per trial (the budget)
    assert d["checkpoints_torn"] == 2 and d["mismatches"] == 0


def test_at_given_points(crc):
    report = campaign([crc, "--strategy", "mementos-timer", "--at", "0,1,50000,200000"])
    (result,) = report.results
    assert result.injected == [0, 1, 50000, 200000] and result.outcome == "ok"


def test_campaigns_are_deterministic(crc):
    argv = [crc, "--strategy", "periodic:4000", "--failures", "3", "--in-saves", "0.1", "--seed", "5",
            "--trials", "3"]

    def fingerprint(report):
        return [(r.points, r.injected, r.save_faults, r.checkpoints, r.restores, r.power_failures)
                for r in report.results]

    first, again = campaign(argv), campaign(argv)
    assert fingerprint(first) == fingerprint(again)
    other = campaign([*argv[:-3], "6", "--trials", "3"])
    assert [r.points for r in other.results] != [r.points for r in first.results]
    for r in first.results:
        assert len(set(r.points)) == 3 and list(r.points) == sorted(r.points)
        assert all(0 <= p < first.reference.instructions for p in r.points)


@pytest.mark.parametrize("argv,message", [
    (["--strategy", "oracle", "--at", "5", "--every"], "--at and --every"),
    (["--strategy", "oracle", "--step", "3"], "--step goes with --every"),
    (["--strategy", "oracle", "--every", "--step", "0"], "--step: 0 must be >= 1"),    # was silently 1
    (["--strategy", "oracle", "--every", "--step", "-2"], "--step: -2 must be >= 1"),
    (["--strategy", "oracle", "--at", "3", "--trials", "0"], "--trials: 0 is outside"),      # was silently 1
    (["--strategy", "oracle", "--every", "--trials", "3"], "not with --trials"),
    (["--strategy", "oracle", "--failures", "2", "--at", "3"], "not with --at or --every"),
    (["--strategy", "oracle", "--in-saves", "1.5"], "--in-saves"),
    (["--strategy", "oracle", "--failures", "0"], "injects nothing"),
    (["--strategy", "oracle", "--trials", "0"], "--trials"),
    (["--strategy", "oracle", "--at", "3,x"], "--at"),
    (["--strategy", "oracle", "--failures", "1000000"], "has only"),
    (["--strategy", "bogus"], "not a strategy"),
    (["--strategy", "oracle", "--harvest", "bogus:1"], "--harvest"),
    (["--strategy", "oracle", "--timeline", "t.csv"], "--timeline"),
    (["--strategy", "oracle", "--detect-war"], "--detect-war"),
    (["--strategy", "oracle", "--max-cycles", "0"], "--max-cycles"),
    (["--strategy", "periodic:100", "--check-cycles", "-3"], "--check-cycles"),
    (["--failures", "2"], "--strategy"),
])
def test_bad_options_are_one_line(capsys, tiny, tmp_path, monkeypatch, argv, message):
    monkeypatch.chdir(tmp_path)
    rc = main(["torture", tiny, *argv])
    err = capsys.readouterr().err
    assert rc == 2
    assert err.startswith("msp430emu: error: ") and err.count("\n") == 1 and message in err
    assert list(tmp_path.iterdir()) == []


def test_a_missing_file_is_one_line(capsys, tmp_path):
    rc = main(["torture", str(tmp_path / "none.elf"), "--strategy", "oracle"])
    err = capsys.readouterr().err
    assert rc == 2 and err.count("\n") == 1 and "no such file" in err


def test_trials_that_cannot_end_are_no_progress(capsys, crc):
    # 5 m from the reader with 10 uF, crc needs more than one charge: without checkpoints it restarts forever
    rc, d = torture_json(capsys, [crc, "--strategy", "none", "--failures", "1", "--trials", "2",
                                  "--preset", "wisp4-mementos", "--harvest", "rfid:5"])
    assert rc == 0                                   # not a wrong result
    assert (d["trials"], d["completed"], d["mismatches"], d["no_progress"]) == (2, 0, 0, 2)
    assert d["no_progress_trials"] == [0, 1]
    stuck = d["first_no_progress"]
    assert stuck["exit"] == "no-progress" and stuck["outcome"] == "no-progress" and stuck["differences"] == []
    assert d["energy"] == "preset wisp4-mementos, cap 10u, harvest rfid:5"
    assert d["power_failures"] > d["failures_injected"] == 2


def test_an_image_without_sdk_symbols_is_refused(capsys, tiny, tmp_path):
    import subprocess

    hex_file = tmp_path / "tiny.hex"
    subprocess.run(["llvm-objcopy-14", "-O", "ihex", tiny, str(hex_file)], check=True)
    rc = main(["torture", str(hex_file), "--strategy", "oracle"])
    err = capsys.readouterr().err
    assert rc == 2 and err.count("\n") == 1 and "__data_start" in err


@pytest.mark.parametrize("name,strategy", [("war_counter", "mementos-loop"), ("war_counter", "none"),
                                           ("war_counter_fixed", "mementos-loop"),
                                           ("war_counter_fixed", "none")])
def test_the_war_example_is_caught_and_its_fix_is_clean(tmp_path, name, strategy):
    source = sdk.FIRMWARE_DIR / "examples" / f"{name}.c"
    fw = str(sdk.build([source], tmp_path / f"{name}.elf", opt="-O2"))
    report = campaign([fw, "--strategy", strategy, "--failures", "2", "--seed", "1", "--trials", "3"])
    d = report.to_dict()
    assert d["completed"] == 3
    if name == "war_counter":               # the counter in FRAM counts re-executed samples twice
        assert d["mismatches"] == 3
        assert "exit code 1 instead of 0" in d["first_mismatch"]["differences"]
        assert any(diff.startswith("persistent:") and "war_total" in diff
                   for diff in d["first_mismatch"]["differences"])
    else:
        assert d["mismatches"] == 0


def test_the_reference_is_the_independent_python_result(crc):
    """The result every trial must reproduce equals crc's specification computed in Python
    (tests/firmware_build.py), not only the emulator's own continuous-power run."""
    from machine_programs import _firmware_build

    from msp430emu.campaigns.torture.campaign import reference_run
    from msp430emu.toolchain.loader import load_image

    want = _firmware_build().expected_crc()
    image = load_image(crc)
    ref = reference_run(image, "fr5969", None, 10**8)
    assert ref.exit_code == (want.exit_code - 0x10000 if want.exit_code & 0x8000 else want.exit_code)
    (globals_span,) = [s for s in ref.spans if s.name == "globals"]
    for name, data in want.memory.items():
        offset = image.symbols[name] - globals_span.start
        assert globals_span.data[offset:offset + len(data)] == data


@pytest.mark.parametrize("strategy,trials", [("hibernus", 3), ("mementos-timer", 3), ("mementos-loop", 1)])
def test_saves_cut_under_each_saving_strategy(crc, strategy, trials):
    report = campaign([crc, "--strategy", strategy, "--failures", "2", "--in-saves", "0.3", "--seed", "2",
                       "--trials", str(trials)])
    d = report.to_dict()
    assert (d["completed"], d["mismatches"]) == (trials, 0)
    assert d["save_faults_injected"] > 0 and d["checkpoints_torn"] >= d["save_faults_injected"]


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=hs.integers(0, 2**31), failures=hs.integers(0, 4), p=hs.floats(0.05, 1.0))
def test_property_any_failures_and_cuts_give_the_reference(tiny, seed, failures, p):
    report = campaign([tiny, "--strategy", "mementos-loop", "--v-thresh", "3.5", "--failures", str(failures),
                       "--in-saves", repr(p), "--seed", str(seed), "--trials", "2"])
    d = report.to_dict()
    assert (d["completed"], d["mismatches"]) == (2, 0)
    assert d["failures_injected"] == 2 * failures


def test_an_emulator_error_in_a_trial_is_a_mismatch(tiny):
    """A run the emulator gives up on (here an event source that never advances, added by the test) is a
    trial that did not reproduce the result: a mismatch with the error, not a crash of the campaign."""

    class Stuck:
        def next_event_time(self, now):
            return now if now > 1e-5 else float("inf")

        def on_event(self, now):
            pass

    report = campaign([tiny, "--strategy", "oracle", "--at", "100"],
                      prepare=lambda machine, checkpointing, power: machine.add_event_source(Stuck()))
    (result,) = report.results
    assert result.outcome == "mismatch" and result.exit == "error"
    assert result.differences == [f"the run stopped with an error: {result.message}"]
    assert "does not advance" in result.message and report.mismatches == 1


@pytest.mark.parametrize("fields", [dict(step="2"), dict(trials=2.5), dict(seed=None), dict(in_saves="0.5"),
                                    dict(at=(1, "x")), dict(at="12")])
def test_plan_fields_of_the_wrong_type_are_config_errors(fields):
    from msp430emu.campaigns.torture.plan import PlanSpec
    from msp430emu.errors import ConfigError

    mode = "at" if "at" in fields else "every" if "step" in fields else "random"
    with pytest.raises(ConfigError, match=r"^--(step|trials|seed|in-saves|at): .* is not "):
        PlanSpec(mode, **fields)


def test_every_is_bounded_by_the_trial_limit():
    from msp430emu.campaigns.torture.plan import MAX_TRIALS, PlanSpec
    from msp430emu.errors import ConfigError

    assert len(list(PlanSpec("every", step=4).plans(4 * MAX_TRIALS))) == MAX_TRIALS
    with pytest.raises(ConfigError, match=r"^--every: 10,000,001 trials .* give a larger --step$"):
        next(PlanSpec("every", step=1).plans(MAX_TRIALS + 1))
