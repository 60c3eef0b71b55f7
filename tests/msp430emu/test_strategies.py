"""Every SDK app under every checkpoint strategy on real RF traces and at an RFID distance: the run completes
with exactly the continuous-power result (exit code, UART, globals, .persistent), or, where a strategy
cannot make progress, ends the documented way. Focused checks of each strategy's behaviour and of the
report fields.

Energy: the Mementos paper's platform (preset wisp4-mementos: 10 uF, V_on 3.0 V, V_off 1.8 V, V_thresh
2.7 V) on Mementos's own RF traces 1 and 5 (tests/data/traces/mementos-rf, PROVENANCE.md; ``time=clock``)
and 4 m and 5 m from a 4 W EIRP reader (rfid:4, rfid:5): up to 90 power failures per run.
"""

from __future__ import annotations

import math
import shutil
from pathlib import Path

import pytest
from machine_programs import build_app

from msp430emu.campaigns.torture.compare import result_spans
from msp430emu.checkpoint import strategies
from msp430emu.cli.parser import build_parser
from msp430emu.cli.run import config_from_args, run_json
from msp430emu.cpu.state import C_TRIG_ARM
from msp430emu.session import Run
from msp430emu.toolchain.loader import load_image

HAVE_TOOLS = all(shutil.which(t) for t in ("clang-14", "ld.lld-14"))
pytestmark = pytest.mark.skipif(not HAVE_TOOLS, reason="needs clang-14 and ld.lld-14")

TRACES = Path(__file__).resolve().parent.parent / "data" / "traces" / "mementos-rf"
APPS = ("crc", "sense", "rsa", "bc", "ar", "cf", "aes128", "fft")
STRATEGIES = ("none", "mementos-loop", "mementos-return", "mementos-timer", "hibernus", "periodic:20000",
              "oracle")
ENERGIES = {"trace1": f"trace:{TRACES / '1.txt'},time=clock",
            "trace5": f"trace:{TRACES / '5.txt'},time=clock",
            "rfid4": "rfid:4", "rfid5": "rfid:5"}
PLATFORM = ["--preset", "wisp4-mementos", "--max-time", "120"]
ALL = frozenset(APPS)
# Runs that cannot complete, and how they end. Without checkpoints (none), and with mementos-return where
# the long loops make no call (no trigger point runs while V is below V_thresh), a program that needs
# more than one charge restarts from main at every boot: "no-progress" (the same boot-to-failure path
# 20 times), or "no-energy" when the trace ends first (the capacitor can never reach V_on again).
NOT_COMPLETING = {
    ("rfid4", "none"): ("no-progress", ALL),
    ("rfid4", "mementos-return"): ("no-progress", ALL - {"ar", "aes128"}),
    ("rfid5", "none"): ("no-progress", ALL),
    ("rfid5", "mementos-return"): ("no-progress", ALL - {"ar", "aes128"}),
    ("trace1", "none"): ("no-energy", {"rsa"}),
    ("trace1", "mementos-return"): ("no-energy", {"rsa"}),
    ("trace5", "none"): ("no-energy", {"rsa", "ar", "fft"}),
    ("trace5", "mementos-return"): ("no-energy", {"rsa", "fft"}),
}
_references: dict[str, tuple[str, list[str], dict]] = {}


def reference(app: str) -> tuple[str, list[str], dict]:
    """(ELF, --dump options, continuous-power result) of ``app`` at -O2."""
    if app not in _references:
        elf = str(build_app(app, "-O2"))
        dumps = []
        for _, start, end in result_spans(load_image(elf)):
            dumps += ["--dump", f"{start:#x}:{end - start}"]
        _references[app] = elf, dumps, run_json([elf, *dumps])
    return _references[app]


def same_result(run: dict, ref: dict) -> bool:
    return (run["exit"], run["exit_code"], run["uart"], run["dumps"]) == \
           ("halt", ref["exit_code"], ref["uart"], ref["dumps"])


def check_fields(r: dict) -> None:
    """The report fields of a run with a strategy: present and consistent."""
    assert r["overhead_cycles"] == r["check_cycles"] + r["save_cycles"] + r["restore_cycles"]
    assert 0.0 <= r["overhead_cycles_pct"] <= 100.0
    assert math.isclose(r["overhead_cycles_pct"], 100.0 * r["overhead_cycles"] / r["cycles"])
    assert 0.0 <= r["overhead_energy_pct"] <= 100.0 and r["overhead_energy_j"] >= 0.0
    assert r["overhead_energy_j"] <= r["energy_consumed_j"]
    assert r["restores"] + r["fresh_starts"] <= r["boots"]
    assert (r["checkpoint_bytes"] > 0) == (r["checkpoints"] + r["checkpoints_torn"] > 0)
    assert r["restores"] == 0 or r["checkpoints"] > 0
    assert r["wasted_cycles"] >= 0 and r["checkpoints_skipped"] == 0
    assert r["restores"] == 0 or r["restore_cycles"] > 0
    assert r["restore_cycles"] == 0 or r["restores"] > 0 or r["power_failures"] > 0   # a restore cut short


@pytest.mark.parametrize("energy", sorted(ENERGIES))
@pytest.mark.parametrize("strategy", STRATEGIES)
@pytest.mark.parametrize("app", APPS)
def test_every_app_and_strategy(app, strategy, energy):
    elf, dumps, ref = reference(app)
    r = run_json([elf, *dumps, *PLATFORM, "--harvest", ENERGIES[energy], "--strategy", strategy])
    outcome, apps = NOT_COMPLETING.get((energy, strategy), ("", ()))
    if app in apps:
        assert r["exit"] == outcome
        return
    assert same_result(r, ref), (r["exit"], r["message"])
    assert r["power_failures"] >= 1 or strategy == "hibernus"
    if strategy != "none":
        check_fields(r)


def run_machine(argv: list[str], listen=None):
    """``msp430emu run ARGV`` built by hand: (result, fields, checkpoint set-up); ``listen(machine, setup,
    power)`` is called before the run."""
    run = Run(config_from_args(build_parser().parse_args(["run", *argv])))
    machine, setup, energy = run.machine, run.checkpointing, run.energy
    powered = energy is not None and energy.power is not None
    if listen is not None:
        listen(machine, setup, energy.power if powered else None)
    result = machine.run(max_cycles=10**9)
    fields = energy.finish(machine, result) if energy is not None else {}
    fields.update(setup.fields(machine, fields))
    return result, fields, setup


class CheckAtEveryTrigger(strategies.MementosVoltage):
    """Mementos without the prediction: every trigger point stops to the host, which reads the voltage."""

    def attach(self, ckpt) -> None:
        super().attach(ckpt)
        self._arm()

    def next_event_time(self, now: float) -> float:
        return math.inf

    def _disarm(self) -> None:
        self.armed = True
        self.machine.state.ctl[C_TRIG_ARM] = 0


@pytest.mark.parametrize("app,energy,kind", [
    ("sense", "trace1", "loop"), ("fft", "trace1", "loop"),
    ("ar", "rfid5", "return"), ("ar", "trace5", "return"),
    # crossings that fall inside a trigger's 34-cycle check (crc: cycle ~219,664 in the check that ends
    # at 219,685): C_TRIG_ARM is the crossing's cycle, compared after the check is charged
    ("crc", "rfid5", "loop"), ("aes128", "rfid5", "return"),
])
def test_mementos_prediction_equals_checking_every_trigger(monkeypatch, app, energy, kind):
    elf, dumps, ref = reference(app)
    argv = [elf, *dumps, *PLATFORM, "--harvest", ENERGIES[energy], "--strategy", f"mementos-{kind}"]
    predicted = run_json(argv)
    monkeypatch.setattr("msp430emu.checkpoint.strategies.MementosVoltage", CheckAtEveryTrigger)
    checked = run_json(argv)
    keys = ("exit", "exit_code", "uart", "dumps", "cycles", "instructions", "power_failures", "checks",
            "checkpoints", "checkpoints_torn", "restores", "checkpoint_bytes", "wasted_cycles")
    assert {k: checked[k] for k in keys} == {k: predicted[k] for k in keys}
    assert predicted["checkpoints"] > 0 and predicted["restores"] > 0


@pytest.mark.parametrize("app", ["crc", "bc", "aes128"])
def test_hibernus_hibernates_and_wakes_without_restore(app):
    elf, dumps, ref = reference(app)
    r = run_json([elf, *dumps, *PLATFORM, "--harvest", ENERGIES["trace1"], "--strategy", "hibernus"])
    assert same_result(r, ref)
    assert r["hibernations"] > 0 and r["wakeups_without_restore"] > 0
    assert r["power_failures"] == 0 and r["restores"] == 0
    assert r["checkpoints"] == r["hibernations"]
    check_fields(r)


@pytest.mark.parametrize("app,energy", [("crc", "rfid5"), ("rsa", "trace1"), ("fft", "rfid5"),
                                        ("ar", "trace5")])
def test_oracle_saves_at_each_failure_and_wastes_nothing(app, energy):
    elf, dumps, ref = reference(app)
    r = run_json([elf, *dumps, *PLATFORM, "--harvest", ENERGIES[energy], "--strategy", "oracle"])
    assert same_result(r, ref)
    assert r["power_failures"] >= 2
    assert r["checkpoints"] == r["restores"] == r["power_failures"]
    assert r["wasted_cycles"] == 0 and r["save_cycles"] == 0
    check_fields(r)


@pytest.mark.parametrize("period", [5_000, 20_000, 64_000])
def test_periodic_saves_every_n_cycles_on_continuous_power(period):
    elf, _, ref = reference("crc")
    marks: list[tuple[int, int]] = []

    def listen(machine, setup, power):
        ckpt = setup.ckpt

        class Marks:
            def on_checkpoint(self, now, sequence):
                marks.append((int(machine.state.ctl[0]), ckpt.save_cycles))

            def on_resume(self, now, sequence):
                pass

        ckpt.listeners.append(Marks())

    result, fields, _ = run_machine([elf, "--strategy", f"periodic:{period}"], listen)
    assert result.exit == "halt" and result.exit_code == ref["exit_code"]
    end, spent = 0, 0
    for after, save_total in marks:
        start = after - (save_total - spent)        # the save began here
        assert period <= start - end < period + 8   # N cycles of program after the last save (+ the
        end, spent = after, save_total             # instruction that crossed the mark)
    assert len(marks) == fields["checkpoints"] == ref["cycles"] // period
    assert fields["restores"] == 0 and fields["checkpoints_torn"] == 0


def test_torn_saves_are_never_restored():
    elf, dumps, ref = reference("crc")
    log: list[tuple[str, int]] = []

    def listen(machine, setup, power):
        class Log:
            def on_checkpoint(self, now, sequence):
                log.append(("checkpoint", sequence))

            def on_resume(self, now, sequence):
                log.append(("resume", sequence))

            def on_failure(self, now):
                log.append(("failure", 0))

            def on_boot(self, now):
                pass

        setup.ckpt.listeners.append(Log())
        power.listeners.append(Log())

    result, fields, _ = run_machine([elf, *PLATFORM, "--harvest", ENERGIES["trace1"], "--strategy",
                                     "mementos-loop"], listen)
    assert result.exit == "halt" and result.exit_code == ref["exit_code"] and result.uart == ref["uart"]
    assert fields["checkpoints_torn"] > 0 and fields["restores"] > 0
    committed, at_failure = 0, [0]
    for kind, seq in log:
        if kind == "checkpoint":
            committed = seq
        elif kind == "failure":
            at_failure.append(committed)
        else:
            assert seq == at_failure[-1]           # the newest committed checkpoint: never the torn one
