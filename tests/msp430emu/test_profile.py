"""``--profile`` / ``--trace-events``: the per-function accounting against an exact per-instruction
reference and the checkpoint engine's own counters, the files against their formats (speedscope's JSON
schema, Go's pprof reader, the trace-event keys), and the run left unchanged."""

from __future__ import annotations

import gzip
import json
import shutil
import subprocess
from pathlib import Path

import pytest

from msp430emu.cli import main
from msp430emu.cli.run import run_json
from msp430emu.cpu.state import C_CYCLES, PC
from msp430emu.machine.machine import Machine
from msp430emu.profile import Profiler
from msp430emu.profile.functions import FunctionTable
from msp430emu.toolchain.loader import load_image
from msp430emu.toolchain.sdk import build

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "designs/firmware/examples/war_counter.c"
SCHEMA = ROOT / "tests/data/speedscope/file-format-schema.json"
ENERGY = ["--preset", "wisp4-mementos", "--harvest", "rfid:5", "--max-time", "30"]


@pytest.fixture(scope="module")
def elfs(tmp_path_factory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("prof")
    built = {}
    for name, flags in (("war100", ["-DN_SAMPLES=100"]), ("war400", [])):
        built[name] = out / f"{name}.elf"
        build([EXAMPLE], built[name], "-O2", extra_cflags=flags)
    return built


class ExactCycles:
    """A tracer (the run loop's per-instruction hook): cycles of each instruction to its function."""

    def __init__(self, table: FunctionTable) -> None:
        self.table, self.cycles, self._pc, self._c = table, {}, 0, 0

    def before(self, m) -> None:
        self._pc, self._c = int(m.state.regs[PC]), int(m.state.ctl[C_CYCLES])

    def after(self, m, stop) -> None:
        f = self.table.name(self.table.index(self._pc))
        self.cycles[f] = self.cycles.get(f, 0) + int(m.state.ctl[C_CYCLES]) - self._c


def test_sampled_cycles_match_the_exact_split(elfs):
    image = load_image(elfs["war100"])
    m = Machine("fr5969", image)
    exact = ExactCycles(FunctionTable(image))
    ref = m.run(max_cycles=10**8, tracer=exact)
    m = Machine("fr5969", image)
    prof = Profiler(m, image, sample_cycles=100)
    result = m.run(max_cycles=10**8)
    prof.close()
    assert result.cycles == ref.cycles                                     # profiling changes nothing
    got = {prof.table.name(i): s.cycles for i, s in prof.rows() if s.cycles}
    assert sum(got.values()) == ref.cycles                                 # every cycle charged once
    total = ref.cycles
    for name in ("sample", "process", "main"):
        assert abs(got.get(name, 0) - exact.cycles.get(name, 0)) / total < 0.06, (name, got, exact.cycles)
    assert abs(got["process"] - exact.cycles["process"]) / exact.cycles["process"] < 0.1


def test_intermittent_accounting_matches_the_engine(elfs, tmp_path):
    plain = run_json([str(elfs["war400"]), *ENERGY, "--strategy", "mementos-loop"])
    d = run_json([str(elfs["war400"]), *ENERGY, "--strategy", "mementos-loop",
                  "--profile", str(tmp_path / "p.json"), "--trace-events", str(tmp_path / "t.json")])
    for key in ("exit", "cycles", "instructions", "power_failures", "boots", "checkpoints", "restores",
                "wasted_cycles", "save_cycles", "restore_cycles"):
        assert d[key] == plain[key], key                                   # the run is not disturbed
    assert d["energy_consumed_j"] == pytest.approx(plain["energy_consumed_j"], rel=1e-12)
    funcs = d["profile"]["functions"]
    assert d["power_failures"] > 0 and d["wasted_cycles"] > 0
    assert sum(f["cycles"] for f in funcs) == d["cycles"]
    assert sum(f["wasted_cycles"] for f in funcs) == d["wasted_cycles"]   # exact: the engine's own count
    assert sum(f["saves"] for f in funcs) == d["checkpoints"]
    assert sum(f["save_cycles"] for f in funcs) == d["save_cycles"]
    assert sum(f["restores"] for f in funcs) == d["restores"]
    assert sum(f["restore_cycles"] for f in funcs) == d["restore_cycles"]
    assert sum(f["failures"] for f in funcs) == d["power_failures"]
    assert sum(f["off_s"] for f in funcs) == pytest.approx(d["off_time_s"], rel=1e-9)
    assert sum(f["energy_j"] for f in funcs) == pytest.approx(d["energy_consumed_j"], rel=1e-9)
    by_name = {f["function"]: f for f in funcs}
    assert by_name["main"]["saves"] == d["checkpoints"]                   # Mementos loop triggers: in main
    assert by_name["process"]["energy_j"] > by_name["sample"]["energy_j"]  # 48 rounds vs 16


def test_speedscope_file_matches_the_schema(elfs, tmp_path):
    jsonschema = pytest.importorskip("jsonschema")
    out = tmp_path / "p.json"
    run_json([str(elfs["war400"]), *ENERGY, "--profile", str(out)])
    doc = json.loads(out.read_text())
    jsonschema.validate(doc, json.loads(SCHEMA.read_text()))
    frames = doc["shared"]["frames"]
    names = [f["name"] for f in frames]
    assert {"main", "sample", "process"} <= set(names)
    for p in doc["profiles"]:
        assert len(p["samples"]) == len(p["weights"])
        assert all(0 <= s[0] < len(frames) for s in p["samples"])
        assert p["endValue"] == pytest.approx(sum(p["weights"]))
    cycles = doc["profiles"][0]
    d = run_json([str(elfs["war400"]), *ENERGY])
    assert cycles["endValue"] == d["cycles"]
    stacks = {tuple(names[i] for i in stack) for stack in cycles["samples"]}
    assert ("__crt0_start", "main", "process") in stacks                # call stacks from the stack
    assert ("__crt0_start", "main", "sample") in stacks
    main_frame = frames[names.index("main")]
    assert main_frame["file"].endswith("war_counter.c") and main_frame["line"] > 0


@pytest.mark.skipif(shutil.which("go") is None, reason="Go's pprof (golang-go) is not installed")
def test_pprof_file_reads_with_go_pprof(elfs, tmp_path):
    out = tmp_path / "p.pb.gz"
    d = run_json([str(elfs["war400"]), *ENERGY, "--strategy", "mementos-loop", "--profile", str(out)])
    assert gzip.decompress(out.read_bytes())
    raw = subprocess.run(["go", "tool", "pprof", "-raw", str(out)], capture_output=True, text=True,
                         timeout=300, env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin",
                                           "GOCACHE": str(tmp_path / "gocache")})
    assert raw.returncode == 0, raw.stderr
    text = raw.stdout
    assert "cycles/count energy/nanojoules wasted/cycles checks/count saves/count restores/count " \
           "off/nanoseconds" in text
    rows = [line.split(":")[0].split() for line in text.split("Samples:")[1].split("Locations")[0]
            .strip().splitlines()[1:]]
    assert sum(int(r[0]) for r in rows) == d["cycles"]
    assert sum(int(r[2]) for r in rows) == d["wasted_cycles"]
    assert sum(int(r[4]) for r in rows) == d["checkpoints"]
    top = subprocess.run(["go", "tool", "pprof", "-top", "-sample_index=energy", str(out)],
                         capture_output=True, text=True, timeout=300,
                         env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin",
                              "GOCACHE": str(tmp_path / "gocache")})
    assert top.returncode == 0 and "process" in top.stdout and "war_counter.c" not in top.stderr


def test_trace_events_file(elfs, tmp_path):
    out = tmp_path / "t.json"
    d = run_json([str(elfs["war400"]), *ENERGY, "--strategy", "mementos-loop", "--trace-events", str(out),
                  "--trace-spans"])
    doc = json.loads(out.read_text())
    events = doc["traceEvents"]
    for e in events:
        assert {"ph", "ts", "pid", "tid", "name"} <= set(e)
        assert e["ph"] in ("M", "C", "X", "i")
        if e["ph"] == "X":
            assert e["dur"] >= 0
        if e["ph"] == "C":
            assert isinstance(e["args"]["V"], float) and 0.0 <= e["args"]["V"] <= 3.7
    names = [e["name"] for e in events if e["ph"] == "i"]
    assert names.count("failure") == d["power_failures"] and names.count("boot") == d["boots"]
    assert names.count("checkpoint") == d["checkpoints"] and names.count("restore") == d["restores"]
    states = {e["name"] for e in events if e["ph"] == "X" and e["tid"] == 1}
    assert {"active", "off"} <= states
    spans = [e for e in events if e["ph"] == "X" and e["tid"] == 3]
    assert {"process", "sample"} <= {e["name"] for e in spans}
    end = max(e["ts"] + e.get("dur", 0) for e in events)
    assert end == pytest.approx(d["device_time_s"] * 1e6, rel=1e-9)


def test_summary_rows_and_errors(elfs, tmp_path, capsys):
    assert main(["run", str(elfs["war400"]), *ENERGY, "--profile", str(tmp_path / "p.json")]) == 0
    out = capsys.readouterr().out
    assert "top energy     process:" in out and "top wasted     process:" in out
    assert main(["run", str(elfs["war400"]), "--profile", str(tmp_path / "p.txt")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("msp430emu: error: --profile") and err.count("\n") == 1
    assert not (tmp_path / "p.txt").exists()
    assert main(["run", str(elfs["war400"]), "--trace-spans"]) == 2
    assert "--trace-spans needs --trace-events" in capsys.readouterr().err


def test_continuous_power_and_an_image_without_symbols(elfs, tmp_path, capsys):
    assert main(["run", str(elfs["war100"]), "--profile", str(tmp_path / "p.json")]) == 0
    out = capsys.readouterr().out
    assert "top energy     process:" in out and "top wasted     none" in out    # energy from the MCU model
    hex_path = tmp_path / "war100.hex"
    subprocess.run(["llvm-objcopy-14", "-O", "ihex", str(elfs["war100"]), str(hex_path)], check=True)
    d = run_json([str(hex_path), "--profile", str(tmp_path / "h.json")])
    funcs = d["profile"]["functions"]
    assert [f["function"] for f in funcs] == ["(unknown)"] and funcs[0]["cycles"] == d["cycles"]
    assert main(["run", str(elfs["war100"]), "--trace-events", str(tmp_path / "no" / "t.json")]) == 2
    assert "directory" in capsys.readouterr().err
