"""Shared cocotb harness for the RTL benchmark designs (designs/rtl/) under Icarus.

Host side (pytest): :func:`simulate` builds one design with cocotb's Icarus runner in a per-test directory and
runs the ``@cocotb.test`` coroutines of the calling test module, failing the pytest test if any of them fails.

Simulator side (cocotb): :func:`reset_design`, :func:`call_design` (one call through the ap_start/ap_done
handshake, serving the design's ap_memory ports from Python lists) and :func:`check_random_calls` (random
stimulus from the design's reference model, outputs compared with it).
"""

from __future__ import annotations

import json
import os
import random
import shutil
import sys
from pathlib import Path

import cocotb
from cocotb.clock import Clock
from cocotb.triggers import FallingEdge, ReadOnly, RisingEdge, Timer

from designs.rtl.catalog import Design, Memories, Memory, Scalars, Stream, load_design

REPO_ROOT = Path(__file__).resolve().parents[2]
TRANSITIONS_FILE = "observed_transitions.json"
CLOCK_PERIOD_NS = 10
DEFAULT_SEED = 20261121


def icarus_available() -> bool:
    """Whether Icarus Verilog (iverilog and vvp) is on PATH."""
    return shutil.which("iverilog") is not None and shutil.which("vvp") is not None


def simulate(design_name: str, test_module: str, build_root: Path, seed: int = DEFAULT_SEED) -> None:
    """Build ``design_name`` under ``build_root``, run ``test_module``'s cocotb tests, assert all pass."""
    from cocotb_tools.check_results import get_results
    from cocotb_tools.runner import get_runner

    design = load_design(design_name)
    runner = get_runner("icarus")
    build_dir = build_root / "sim_build"
    runner.build(
        sources=list(design.sources),
        hdl_toplevel=design.top,
        build_dir=build_dir,
        timescale=("1ns", "1ps"),
        always=True,
    )
    python_path = os.pathsep.join([str(REPO_ROOT), str(Path(__file__).resolve().parent), *sys.path])
    results_file = build_root / "results.xml"
    try:
        results = runner.test(
            test_module=test_module,
            hdl_toplevel=design.top,
            build_dir=build_dir,
            test_dir=build_root,
            seed=seed,
            extra_env={"PYTHONPATH": python_path, "RTL_TEST_SEED": str(seed)},
            results_xml=str(results_file),
        )
    except SystemExit:  # the runner exits when a cocotb test failed; the results file says which
        results = results_file
    tests, failed = get_results(results)
    assert tests > 0, f"no cocotb test ran for {design_name}"
    assert failed == 0, f"{failed} of {tests} cocotb tests failed for {design_name} (log under {build_root})"
    observed = read_observed_transitions(build_root)
    unexpected = sorted(observed - design.fsm.transitions)
    missing = sorted(design.fsm.transitions - observed)
    assert not unexpected, f"{design_name}: FSM took transitions missing from design.json: {unexpected}"
    assert not missing, f"{design_name}: transitions of design.json never taken in simulation: {missing}"


def read_observed_transitions(directory: Path) -> set[tuple[str, str]]:
    """The FSM transitions recorded by :class:`TransitionMonitor` in ``directory`` (empty if none)."""
    path = directory / TRANSITIONS_FILE
    if not path.is_file():
        return set()
    return {(source, target) for source, target in json.loads(path.read_text())}


def _bit(signal) -> bool:
    return str(signal.value) == "1"


def _word(signal, what: str) -> int:
    value = signal.value
    if not value.is_resolvable:
        raise AssertionError(f"{what} is {value} (X/Z)")
    return int(value)


class MemoryModel:
    """One ap_memory port: sampled mid-cycle, written at the rising edge, read data (q) one cycle later."""

    def __init__(self, dut, memory: Memory, words: list[int]) -> None:
        if len(words) != memory.depth:
            raise ValueError(f"memory {memory.name}: {len(words)} words given, depth is {memory.depth}")
        self.memory = memory
        self.words = list(words)
        self.mask = (1 << memory.width) - 1
        self.address = getattr(dut, memory.address)
        self.ce = getattr(dut, memory.ce)
        self.q = getattr(dut, memory.q) if memory.q else None
        self.we = getattr(dut, memory.we) if memory.we else None
        self.d = getattr(dut, memory.d) if memory.d else None
        self.reads = 0
        self.writes = 0

    async def serve(self, clock) -> None:
        name = self.memory.name
        while True:
            await FallingEdge(clock)
            if not _bit(self.ce):
                continue
            address = _word(self.address, f"{name} address")
            if not 0 <= address < self.memory.depth:
                raise AssertionError(f"{name}: address {address} outside 0..{self.memory.depth - 1}")
            writing = self.we is not None and _bit(self.we)
            data = _word(self.d, f"{name} write data") & self.mask if writing else 0
            await RisingEdge(clock)
            await Timer(1, "ns")
            if writing:
                self.words[address] = data
                self.writes += 1
            elif self.q is not None:
                self.q.value = self.words[address]
                self.reads += 1


class StreamSource:
    """Drives an input AXI4-Stream: offers the words in order (data stable while valid is unanswered)."""

    def __init__(self, dut, stream: Stream, words: list[int], stall_rng: random.Random | None) -> None:
        self.stream = stream
        self.words = list(words)
        self.stall_rng = stall_rng
        self.data = getattr(dut, stream.data)
        self.valid = getattr(dut, stream.valid)
        self.ready = getattr(dut, stream.ready)

    async def drive(self, clock) -> None:
        offering = False
        while True:
            if not offering:
                offering = bool(self.words) and (self.stall_rng is None or self.stall_rng.random() < 0.7)
            self.valid.value = int(offering)
            self.data.value = self.words[0] if offering else 0
            await ReadOnly()
            if offering and _bit(self.ready):  # the transfer happens at the next rising edge
                self.words.pop(0)
                offering = False
            await FallingEdge(clock)

    def stop(self) -> None:
        self.valid.value = 0


class StreamSink:
    """Accepts an output AXI4-Stream, with ready high at random when stalls are asked for."""

    def __init__(self, dut, stream: Stream, stall_rng: random.Random | None) -> None:
        self.stream = stream
        self.words: list[int] = []
        self.stall_rng = stall_rng
        self.data = getattr(dut, stream.data)
        self.valid = getattr(dut, stream.valid)
        self.ready = getattr(dut, stream.ready)

    async def drive(self, clock) -> None:
        while True:
            ready = self.stall_rng is None or self.stall_rng.random() < 0.7
            self.ready.value = int(ready)
            await ReadOnly()
            if ready and _bit(self.valid):
                self.words.append(_word(self.data, f"{self.stream.name} data"))
            await FallingEdge(clock)

    def stop(self) -> None:
        self.ready.value = 0


def hierarchical_handle(dut, path: str):
    """The simulator object at dotted ``path`` below ``dut`` (names may start with an underscore)."""
    handle = dut
    for part in path.split("."):
        handle = handle._id(part, extended=False)
    return handle


class TransitionMonitor:
    """Records every (state, next state) pair of the design's FSM register at each clock edge out of reset.

    The state register's value must always be one of the states of design.json; new pairs are merged into
    ``observed_transitions.json`` in the simulation's working directory as soon as they are seen.
    """

    def __init__(self, dut, design: Design) -> None:
        self.design = design
        self.register = hierarchical_handle(dut, design.fsm.register)
        self.clock = getattr(dut, design.clock)
        self.reset = getattr(dut, design.reset)
        self.observed: set[tuple[str, str]] = set()

    def _save(self) -> None:
        path = Path.cwd() / TRANSITIONS_FILE
        merged = read_observed_transitions(Path.cwd()) | self.observed
        path.write_text(json.dumps(sorted(merged)))

    async def run(self) -> None:
        previous: str | None = None
        while True:
            await RisingEdge(self.clock)
            await ReadOnly()
            value = self.register.value
            if not value.is_resolvable:
                previous = None
                continue
            state = self.design.fsm.state_named(int(value))
            if state is None:
                raise AssertionError(f"{self.design.name}: {self.design.fsm.register} = {value}, not a state")
            if not _bit(self.reset) and previous is not None and (previous, state) not in self.observed:
                self.observed.add((previous, state))
                self._save()
            previous = state


async def reset_design(dut, design: Design) -> None:
    """Start the clock and the FSM monitor, hold reset three cycles with ap_start low, check idle after."""
    clock = getattr(dut, design.clock)
    cocotb.start_soon(Clock(clock, CLOCK_PERIOD_NS, unit="ns").start())
    cocotb.start_soon(TransitionMonitor(dut, design).run())
    getattr(dut, design.start).value = 0
    for port in design.inputs:
        getattr(dut, port).value = 0
    for memory in design.memories:
        if memory.q is not None:
            getattr(dut, memory.q).value = 0
    for stream in design.streams:
        driven = (stream.data, stream.valid) if stream.direction == "in" else (stream.ready,)
        for port in driven:
            getattr(dut, port).value = 0
    getattr(dut, design.reset).value = 1
    for _ in range(3):
        await RisingEdge(clock)
    await FallingEdge(clock)
    getattr(dut, design.reset).value = 0
    await FallingEdge(clock)
    assert not _bit(getattr(dut, design.done)), f"{design.name}: {design.done} high after reset"
    if design.idle is not None:
        assert _bit(getattr(dut, design.idle)), f"{design.name}: {design.idle} low after reset with no start"


async def call_design(
    dut,
    design: Design,
    inputs: Scalars,
    memories: Memories,
    max_cycles: int = 100_000,
    idle_cycles: int = 0,
    stall_rng: random.Random | None = None,
) -> tuple[Scalars, Memories, int]:
    """One call through the handshake after ``idle_cycles`` cycles with ap_start low: returns (outputs, final
    memories and streams, cycles from ap_start to ap_done). With ``stall_rng`` the streams stall at random."""
    clock = getattr(dut, design.clock)
    for _ in range(idle_cycles):
        await FallingEdge(clock)
    models = [MemoryModel(dut, memory, memories[memory.name]) for memory in design.memories]
    servers = [cocotb.start_soon(model.serve(clock)) for model in models]
    streams = [
        StreamSource(dut, stream, memories[stream.name], stall_rng)
        if stream.direction == "in"
        else StreamSink(dut, stream, stall_rng)
        for stream in design.streams
    ]
    servers += [cocotb.start_soon(stream.drive(clock)) for stream in streams]
    for port, value in inputs.items():
        getattr(dut, port).value = value
    start = getattr(dut, design.start)
    done = getattr(dut, design.done)
    start.value = 1
    cycles = 0
    while True:
        await FallingEdge(clock)
        cycles += 1
        if _bit(done):
            break
        if cycles >= max_cycles:
            raise AssertionError(f"{design.name}: no {design.done} within {max_cycles} cycles")
    if design.ready is not None:
        assert _bit(getattr(dut, design.ready)), f"{design.name}: {design.ready} low when {design.done} high"
    outputs = {port: _word(getattr(dut, port), f"output {port}") for port in design.outputs}
    start.value = 0
    await RisingEdge(clock)
    await Timer(2, "ns")
    for server in servers:
        server.cancel()
    for stream in streams:
        stream.stop()
    await FallingEdge(clock)
    assert not _bit(done), f"{design.name}: {design.done} high for more than one cycle"
    final = {model.memory.name: model.words for model in models}
    final.update({stream.stream.name: stream.words for stream in streams})
    return outputs, final, cycles


def test_seed() -> int:
    """The seed of this simulation run (set by :func:`simulate`)."""
    return int(os.environ.get("RTL_TEST_SEED", DEFAULT_SEED))


async def check_call(
    dut,
    design: Design,
    inputs: Scalars,
    memories: Memories,
    idle_cycles: int = 1,
    stall_rng: random.Random | None = None,
) -> int:
    """One call compared with the reference model; returns its cycle count."""
    expected_outputs, expected_memories = design.run_reference(inputs, memories)
    outputs, final_memories, cycles = await call_design(
        dut, design, inputs, memories, idle_cycles=idle_cycles, stall_rng=stall_rng
    )
    where = f"{design.name}{inputs}"
    assert outputs == expected_outputs, f"{where}: outputs {outputs} != reference {expected_outputs}"
    for name, words in expected_memories.items():
        assert final_memories[name] == words, f"{where}: memory {name} != reference"
    return cycles


async def check_random_calls(dut, design_name: str, calls: int) -> list[int]:
    """Reset, then ``calls`` back-to-back random calls checked against the reference; returns cycle counts."""
    design = load_design(design_name)
    rng = random.Random(test_seed())
    await reset_design(dut, design)
    cycle_counts = []
    for _ in range(calls):
        inputs, memories = design.random_case(rng)
        cycle_counts.append(
            await check_call(dut, design, inputs, memories, idle_cycles=rng.randrange(3), stall_rng=rng)
        )
    dut._log.info(
        "%s: %d random calls, cycles min %d max %d", design_name, calls, min(cycle_counts), max(cycle_counts)
    )
    return cycle_counts
