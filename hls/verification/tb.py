"""cocotb side of ``hls-ckpt verify``: drives one design through its start/done handshake under Icarus.

Loaded by the simulator (never imported by the host code). The host writes a JSON configuration and passes
its path in ``HLS_VERIFY_CONFIG``; this module writes the results JSON named there. Two kinds of run:

* ``golden`` - the original design on continuous power: draws random stimuli (scalar inputs, initial contents
  of every ap_memory array), records outputs, final memories and cycles;
* ``instrumented`` - the checkpointed design replays the golden calls in order, once per pass (a clean pass
  that measures overhead, then a pass with the planned power failures), with a fresh power-on in between.
  At a failure every volatile flip-flop gets random bits and reset is held for a few cycles; the
  non-volatile store is left alone; memory ports are ignored while power is off.

ap_memory and bram arrays are served by memory models simulated in Verilog next to the design
(:mod:`hls.verification.env`: requests sampled mid-cycle, writes at the rising edge, read data one cycle after
the request, like a block RAM with read latency 1); Calyx's memories and streams are served from Python.
When nothing the harness does depends on a cycle (no stream, AXI-lite host, ``_ap_vld`` output or Calyx
memory; no failure due), the harness lets the simulator run up to the next cycle that matters without a
Python callback per cycle (the environment's monitor wakes it: ``done``, a save, a commit).
"""

from __future__ import annotations

import json
import os
import random

import cocotb
from cocotb.clock import Clock
from cocotb.triggers import FallingEdge, RisingEdge, Timer, ValueChange

from hls.verification.axi_mem import MAX_PAGES, PAGE, AxiSlaveMemory
from hls.verification.env import ENV_MODULE
from hls.verification.models import (
    AccessPort,
    AxiLiteMaster,
    CalyxMemoryModel,
    StreamModel,
    VerilogMemory,
    bit_of,
)

PERIOD_NS = 10
SHRINK_BITS = (None, 16, 8, 4)  # golden stimuli are redrawn narrower when a call does not finish
STREAM_ITEMS = 64  # elements offered on every input stream per call (golden: 4x more while one runs dry)
MAX_STREAM_ITEMS = 4096


class Harness:
    """One design under test: handles, memories, power state."""

    def __init__(self, dut, cfg: dict) -> None:
        self.dut = dut
        self.cfg = cfg
        self.clock = dut[cfg["clock"]]
        self.reset = dut[cfg["reset"]]
        axi = cfg.get("axi")
        self.axi = (
            AxiLiteMaster({ch: dut[port] for ch, port in axi["ports"].items()}, axi["ctrl"], axi["start_bit"],
                          axi["done_bit"])
            if axi else None
        )
        self.axi_args = [(arg["name"], arg["address"]) for arg in axi["args"]] if axi else []
        self.axi_high = {arg["name"]: arg["high"] for arg in axi["args"] if "high" in arg} if axi else {}
        # AXI4 slave memories behind the m_axi masters (hls/verification/axi_mem.py), and their pointers
        self.axi_masters = [
            AxiSlaveMemory(m["name"], {ch: dut[port] for ch, port in m["ports"].items()}, m["vitis"],
                           [(p["base"], p["size"]) for p in m["pointers"]], m.get("stall", 0.0))
            for m in cfg.get("axi_masters", [])
        ]
        self.pointers = {p.get("input") or p.get("axi"): p["base"]
                         for m in cfg.get("axi_masters", []) for p in m["pointers"]}
        for master in self.axi_masters:
            master.load(0, None)  # outputs driven (nothing valid) from the first cycle
        if self.axi is not None:
            self.axi.readback = [(read["name"], read["address"]) for read in axi.get("reads", [])]
        self.free_cycles = cfg.get("free_cycles")  # a free-running design: no start, no done
        self.free_target: dict[str, int] | None = None  # instrumented: golden's output-stream lengths
        # a free-running design with plain output ports (Catapult's mgc_out_stdreg) and no output stream: run
        # for free_cycles cycles of progress (powered, not frozen by a save or restore), its outputs traced
        # in each; a restore rewinds the progress to the committed checkpoint's, a cold start to 0
        self.free_plain = bool(self.free_cycles) and not any(
            s["direction"] == "out" for s in cfg.get("streams", []))
        self.progress = self.progress_commit = 0
        self.call_cycles = 0
        self.start = None if axi or self.free_cycles else dut[cfg["start"]]
        self.done = None if axi or self.free_cycles else dut[cfg["done"]]
        self.inputs = {name: dut[name] for name in cfg["inputs"]}
        self.tie_high = [dut[name] for name in cfg.get("tie_high", [])]
        self.tie_low = [dut[name] for name in cfg.get("tie_low", [])]
        self.outputs = {name: dut[name] for name in cfg["outputs"]}
        self.valid = {name: dut[vld] for name, vld in cfg["valid"].items()}
        self.busy = dut[cfg["busy"]] if cfg.get("busy") else None
        self.low_voltage = dut[cfg["low_voltage"]] if cfg.get("low_voltage") else None
        self.nv_valid = dut[cfg["nv_valid_wire"]] if cfg.get("nv_valid_wire") else None
        self.nv_write = dut[cfg["nv_write_wire"]] if cfg.get("nv_write_wire") else None
        self.nv_commit = dut[cfg["nv_commit_wire"]] if cfg.get("nv_commit_wire") else None
        self.env = cocotb.tops[ENV_MODULE.casefold()]
        self.serving = False  # the environment's memory models serve requests (mirrors env.active)
        self.memories: dict[str, VerilogMemory] = {}  # served in Verilog
        self.calyx: dict[str, CalyxMemoryModel] = {}  # served from Python
        folder = cfg.get("env_folder", ".")
        for memory in cfg["memories"]:
            if memory.get("style") == "calyx":
                self.calyx[memory["name"]] = self._calyx_memory(memory)
                continue
            k = memory["env_index"]
            model = self.env[f"m{k}"]
            self.memories[memory["name"]] = VerilogMemory(
                memory["name"], model, (f"{folder}/mem_{k}.hex", f"{folder}/mem_{k}.out"),
                1 << memory["depth_log2"], memory["data_bits"], any(p.get("we") for p in memory["ports"]),
                [model[f"q{p}"] for p, port in enumerate(memory["ports"]) if port.get("q")])
        self.streams = [
            StreamModel(s["name"], s["direction"], dut[s["data"]], dut[s["flag"]], dut[s["handshake"]])
            for s in cfg.get("streams", [])
        ]
        for stream in cfg.get("streams", []):
            for port, level in stream["ties"].items():
                handle = dut[port]
                handle.value = (1 << len(handle)) - 1 if level == "ones" else 0
        self.scramble = self._scramble_handles(cfg.get("scramble", []))
        # memories the design holds for the host (Calyx's +DATA memories): compared after every call
        self.observed = [(entry["name"], self._handle([*entry["path"], entry["array"]]))
                         for entry in cfg.get("observed_arrays", [])]
        self.observed_start: list[list[object]] = []
        self.active = 0 if cfg["reset_active_low"] else 1
        self.reset_cycles = max(1, int(cfg.get("reset_cycles", 1)))  # cycles the design's reset needs
        self.fresh = False  # just out of a power-on reset, at a falling edge: the current cycle is unsampled
        self.armed = False  # done was seen low since the last power-up (a done stuck high is no finish)
        self.power_on: list[object] | None = None  # the first power-on's flip-flop values (C statics...)
        # nothing the harness does depends on a single cycle but failures and done: fast-forward allowed
        # (AXI4 slave memories answer every cycle from Python: no fast-forward with one)
        self.fast = (cfg.get("fast_forward", True) and self.start is not None and not self.streams
                     and not self.valid and not self.calyx and not self.axi_masters)

    def set_active(self, on: bool) -> None:
        """The environment's memory models serve this cycle's requests (powered, in a call) or not."""
        if on != self.serving:
            self.serving = on
            self.env.active.value = int(on)

    def _calyx_memory(self, memory: dict) -> CalyxMemoryModel:
        dut = self.dut
        addrs = [dut[name] for name in memory["addr"]]
        view = AccessPort(addrs[0], dut[memory["write_en"]], None,
                          dut[memory["write_data"]] if memory.get("write_data") else None,
                          dut[memory["read_data"]])
        depth = 1 << sum(len(handle) for handle in addrs)
        done = dut[memory["done"]] if memory.get("done") else None
        if done is not None:
            done.value = 0
        return CalyxMemoryModel(memory["name"], [0] * depth, [view], addrs, done, self.busy,
                                bool(memory.get("write_data")))

    def _handle(self, parts: list[str]) -> object:
        handle = self.dut
        for part in parts:
            handle = handle[part]
        return handle

    def observed_words(self) -> dict[str, list[int | None]]:
        """Each observed memory's words by address (word 0 first; Calyx declares ``mem[SIZE-1:0]``)."""
        out: dict[str, list[int | None]] = {}
        for name, handle in self.observed:
            try:
                words = [handle[i] for i in range(len(handle))]
            except (IndexError, KeyError):
                words = list(handle)
            out[name] = [int(word.value) if word.value.is_resolvable else None for word in words]
        return out

    def _scramble_handles(self, entries: list[dict]) -> list[tuple[object, bool, str]]:
        handles = []
        self.unreachable: list[str] = []
        for entry in entries:
            handle = self.dut
            try:
                for part in [*entry["path"], entry["name"]]:
                    handle = handle[part]
            except (KeyError, AttributeError):
                self.unreachable.append(".".join([*entry["path"], entry["name"]]))
                continue
            handles.append((handle, bool(entry["array"]), entry.get("group", "design")))
        return handles

    def flop_bits(self) -> dict[str, int]:
        """Volatile flip-flop bits per group (design, controller), measured on the simulator's handles."""
        totals: dict[str, int] = {}
        for handle, array, group in self.scramble:
            bits = sum(len(word) for word in handle) if array else len(handle)
            totals[group] = totals.get(group, 0) + bits
        return totals

    def set_start(self, high: bool, writes: list[tuple[int, int]] | None = None) -> None:
        """Raise or drop start: the port, or through the AXI4-Lite slave (arguments, then ap_start)."""
        if self.free_cycles:
            return
        if self.axi is None:
            self.start.value = int(high)
        elif high:
            self.axi.begin(self.axi.writes if writes is None else writes)
        else:
            self.axi.stop()

    def done_now(self) -> bool:
        if self.free_plain:
            return self.progress >= self.free_cycles
        if self.free_cycles:
            if self.free_target is None:  # golden: a fixed number of cycles, and at least one result
                # (a Vitis 2024.2 FIR's first output comes after 402 cycles: 200 gave nothing to compare)
                return self.call_cycles >= self.free_cycles and any(
                    s.items for s in self.streams if s.direction == "out")
            outs = {s.name: len(s.items) for s in self.streams if s.direction == "out"}
            return all(outs[name] >= count for name, count in self.free_target.items())
        return self.axi.done_seen if self.axi is not None else bit_of(self.done)

    def set_reset(self, active: bool) -> None:
        self.reset.value = self.active if active else 1 - self.active

    async def power_on_reset(self, cycles: int = 3) -> None:
        """Reset held for ``cycles`` (at least the design's reset depth), released at a falling edge; the
        cycle that follows is left for the next call to sample (its memory reads included)."""
        self.set_reset(True)
        for _ in range(max(cycles, self.reset_cycles)):
            await RisingEdge(self.clock)
        await FallingEdge(self.clock)
        self.set_reset(False)
        await Timer(1, "ns")
        self.armed = not self.done_now()
        self.fresh = True

    def snapshot(self) -> list[object]:
        """The current values of every volatile flip-flop (x bits included)."""
        return [
            [word.value for word in handle] if array else handle.value for handle, array, _ in self.scramble
        ]

    def restore_snapshot(self, values: list[object]) -> None:
        for (handle, array, _), value in zip(self.scramble, values, strict=True):
            if array:
                for word, item in zip(handle, value, strict=True):
                    word.value = item
            else:
                handle.value = value

    def sample_traffic(self) -> None:
        """Memory and stream models read the design's requests of this cycle (before the edge)."""
        for model in self.calyx.values():
            model.sample()
        for stream in self.streams:
            stream.sample()
        if self.axi is not None:
            self.axi.sample()
        for master in self.axi_masters:
            master.sample()

    async def clock_edge(self, committing: bool = False) -> None:
        """The rising edge, then the models answer the sampled requests; ``committing``: the checkpoint
        written at this edge becomes the streams' rewind point."""
        await RisingEdge(self.clock)
        await Timer(1, "ns")
        for model in self.calyx.values():
            model.apply()
        for stream in self.streams:
            stream.apply()
            if committing:
                stream.commit()
        if self.axi is not None:
            self.axi.apply()
        for master in self.axi_masters:
            master.apply()
            if committing:
                master.commit()

    def scramble_volatile(self, rng: random.Random) -> None:
        """Power loss: random bits in every volatile flip-flop, and in the memories' read-data registers."""
        for memory in self.memories.values():
            for q in memory.q:
                q.value = rng.getrandbits(memory.data_bits)
        for model in self.calyx.values():
            for port in model.ports:
                port.pending = None
                if port.q is not None:
                    port.q.value = rng.getrandbits(len(port.q))
            model.power_loss()
        for master in self.axi_masters:
            master.power_loss()
        for handle, array, _ in self.scramble:
            if array:
                for word in handle:
                    word.value = rng.getrandbits(len(word))
            else:
                handle.value = rng.getrandbits(len(handle))


async def call(h: Harness, stimulus: dict, failures: list[dict], max_cycles: int, rng: random.Random) -> dict:
    """One call through the handshake, injecting ``failures`` (in order); returns what it produced."""
    for name, value in stimulus["inputs"].items():
        h.inputs[name].value = value
    for name, words in stimulus["memories"].items():
        if name in h.calyx:
            h.calyx[name].words = list(words)
        else:
            h.memories[name].load(words)  # and clears the model's counts
    for model in h.calyx.values():
        model.defined_writes = model.undefined_writes = 0
    h.env.nvm_words.value = 0
    h.env.commits.value = 0
    for stream in h.streams:
        stream.load(stimulus.get("streams", {}).get(stream.name, []))
    for master in h.axi_masters:
        master.load(*stimulus.get("axi_mem", {}).get(master.name, (0, None)))
    latched = {name: None for name in h.valid}
    before = h.observed_words()
    if not h.done_now():
        h.armed = True  # done low before this call's start: a done from now on is this call's
    writes = [(address, stimulus.get("axi", {}).get(name, 0) & 0xFFFFFFFF) for name, address in h.axi_args]
    writes += [(high, stimulus.get("axi", {}).get(name, 0) >> 32) for name, high in h.axi_high.items()]
    h.set_start(True, writes)
    cycles = since_power = 0
    last_produced = last_output_cycle = 0  # output-stream elements so far, and the cycle of the last one
    events = list(failures)
    injected = during_save = restores = spurious = cold_starts = 0
    finished = False
    powered_up = False  # power came back at the last falling edge: the next cycle is not skipped
    nv_counts: tuple[int, int] | None = None
    if h.free_cycles:
        h.armed = True  # no done signal to be stuck high
    h.progress = h.progress_commit = 0
    trace: dict[str, list[str]] = {name: [] for name in h.outputs} if h.free_plain else {}
    while cycles < max_cycles:
        event = events[0] if events else None
        quiet = (0, False, False) if h.fresh or powered_up or not h.fast else quiet_cycles(
            h, event, since_power, max_cycles - cycles - 1)
        powered_up = False
        if h.fresh:  # power-on reset released at the last falling edge: this cycle's reads count too
            h.fresh = False
            await Timer(1, "ns")
        elif quiet[0] > 0:  # cycles in which nothing can happen: the environment runs them, wakes us after
            h.set_active(True)
            env = h.env
            env.passed.value = 0
            env.done_low.value = 0
            env.watch_busy.value = int(quiet[1])
            env.watch_commit.value = int(quiet[2])
            env.skip.value = quiet[0]
            await ValueChange(env.wake)
            passed = int(env.passed.value)
            cycles += passed
            since_power += passed
            if int(env.done_low.value):
                h.armed = True
        else:
            await FallingEdge(h.clock)
        h.set_active(True)
        cycles += 1
        h.call_cycles = cycles
        since_power += 1
        busy = h.busy is not None and bit_of(h.busy)
        if h.axi is not None:
            h.axi.drive(busy)
            await Timer(1, "ns")
        fail = False
        if event is not None:
            kind = event["kind"]
            if kind == "cycle" and since_power >= event["delay"]:
                fail = True
            elif kind == "boot" and since_power == 1 and event.get("armed"):
                fail = True
            elif kind == "save" and since_power > event["delay"] and busy and since_power > 1:
                event["seen"] = event.get("seen", 0) + 1
                fail = event["seen"] >= event["save_cycle"]
            elif kind == "commit" and since_power > event["delay"] and h.nv_commit is not None:
                fail = bit_of(h.nv_commit)  # power lost in the very cycle the valid bit would be written
            if h.low_voltage is not None:
                warn_from = event["delay"] - event.get("warn", 0) if kind == "cycle" else event["delay"]
                warning = int(since_power >= warn_from)
                if h.free_plain and warning and not busy and not fail:
                    # the warning can freeze the design in this very cycle (a save starts): see it before
                    # counting the cycle as progress
                    h.low_voltage.value = warning
                    await Timer(1, "ns")
                    busy = bit_of(h.busy)
                h.low_voltage.value = warning
        done = h.done_now()
        if not fail and done and not busy:
            if h.armed:
                finished = True  # the done cycle's own memory and stream traffic still lands at its edge
                nv_counts = (int(h.env.nvm_words.value), int(h.env.commits.value))  # up to the last cycle
                if not h.free_cycles:  # a free-running run ends before this cycle
                    h.sample_traffic()
                break
            spurious += 1  # done high since power-up (a register the reset did not reach): not a finish
        if not done:
            h.armed = True
        if fail:
            h.set_active(False)  # the memories ignore the unpowered design
            powered_up = True
            injected += 1
            during_save += int(busy and since_power > 1)
            events.pop(0)
            if events and events[0]["kind"] == "boot":
                events[0]["armed"] = True
            h.set_reset(True)
            h.set_start(False)  # the environment's start is irrelevant while the design is unpowered
            cold = h.nv_valid is not None and not bit_of(h.nv_valid)  # no checkpoint stored yet
            cold_starts += int(cold)
            h.scramble_volatile(rng)
            if cold and h.power_on is not None and h.cfg.get("cold_start", "power-on") == "power-on":
                # the restart redoes the call from the first power-on's state, the one the golden run
                # started from (x in registers without reset, initial values), as an FPGA reloads it; after
                # a restore, random bits stay (the checkpoint must cover every register that matters)
                h.restore_snapshot(h.power_on)
            if h.low_voltage is not None:
                h.low_voltage.value = 0
            for _ in range(max(event["off"], h.reset_cycles)):
                await RisingEdge(h.clock)
            await FallingEdge(h.clock)
            h.set_reset(False)
            await Timer(1, "ns")
            h.armed = not h.done_now() or bool(h.free_cycles)
            h.set_start(True)  # AXI: the host writes the arguments and ap_start again
            restored = h.nv_valid is not None and bit_of(h.nv_valid)
            restores += int(restored)  # the power-up cycle restores the stored checkpoint
            h.progress = h.progress_commit if restored else 0  # re-executes from the checkpoint's cycle
            for stream in h.streams:
                stream.rewind(restored)
            for master in h.axi_masters:
                master.rewind(restored)
            since_power = 0
            continue
        # the store's words and commits of this cycle are counted by the environment (hls.verification.env)
        committing = bool(h.streams or h.axi_masters) and h.nv_commit is not None and bit_of(h.nv_commit)
        if h.free_plain:
            if h.nv_commit is not None and bit_of(h.nv_commit):
                h.progress_commit = h.progress  # frozen: the checkpoint holds this cycle's state
            if not busy:  # a cycle of progress: its outputs are the golden run's in the same cycle
                for name, handle in h.outputs.items():
                    del trace[name][h.progress:]
                    trace[name].append(str(handle.value))
                h.progress += 1
        h.sample_traffic()
        for name, vld in h.valid.items():
            if bit_of(vld):
                latched[name] = str(h.outputs[name].value)
        await h.clock_edge(committing)
        produced = sum(len(st.items) for st in h.streams if st.direction == "out")
        if produced > last_produced:
            last_produced, last_output_cycle = produced, cycles
    if finished and h.free_cycles and h.free_target is None and last_output_cycle:
        # a free-running golden run lasts a fixed number of cycles, but its work ends with its last output
        # element: an instrumented run ends when it has produced as many (the cycle after), so that is the
        # length to compare with (and to place failures in)
        cycles = last_output_cycle + 1
    if finished and h.free_plain:
        cycles -= 1  # the cycle it stopped in did no work
    outputs = {}
    if finished:
        for name, handle in h.outputs.items():
            if name in h.valid:
                outputs[name] = str(handle.value) if bit_of(h.valid[name]) else latched[name]
            else:
                outputs[name] = str(handle.value)
        if h.axi is not None:
            outputs.update({f"axi.{name}": value for name, value in h.axi.results.items()})
    h.set_start(False)
    if h.low_voltage is not None:
        h.low_voltage.value = 0
    if finished:
        await h.clock_edge()
    h.set_active(False)
    if nv_counts is None:
        nv_counts = (int(h.env.nvm_words.value), int(h.env.commits.value))
    words_written, commits = nv_counts
    final: dict[str, list[int]] = {}
    counts = {name: m.counts() for name, m in h.memories.items()}
    if finished:
        writable = [m for m in h.memories.values() if m.writable]
        if writable:
            await Timer(1, "ps")  # after the models' last write (1 ns after the edge, as this callback)
            for memory in writable:
                memory.request_dump()
            await Timer(1, "ps")  # the models have written their files
        final = {m.name: m.dumped() for m in writable}
    after = h.observed_words()
    changed = {name: [(a, b) for a, b in zip(before[name], words, strict=True) if a != b]
               for name, words in after.items()}
    return {
        "finished": finished,
        "cycles": cycles,
        "outputs": outputs,
        "memories": {**final, **{name: list(m.words) for name, m in h.calyx.items() if m.writable}, **after,
                     **{m.name: m.written_pages() for m in h.axi_masters}},
        "streams": {
            s.name: list(s.items)[: (h.free_target or {}).get(s.name, len(s.items))]
            for s in h.streams
            if s.direction == "out"
        },
        "trace": trace,
        "injected": injected,
        "during_save": during_save,
        "restores": restores,
        "nvm_words": words_written,
        "saves": commits,
        "spurious_done": spurious,
        "cold_starts": cold_starts,
        "memory_writes": {
            **{name: [counts[name][0], counts[name][1]] for name, m in h.memories.items() if m.writable},
            **{name: [m.defined_writes, m.undefined_writes] for name, m in h.calyx.items() if m.writable},
            **{name: [sum(b is not None for _, b in diff), sum(b is None for _, b in diff)]
               for name, diff in changed.items()},
            **{m.name: [m.defined_writes, m.undefined_writes] for m in h.axi_masters},
        },
        "axi_bounds": {m.name: {"beyond": m.beyond, "too_large": m.too_large, "cap": MAX_PAGES * PAGE}
                       for m in h.axi_masters if m.beyond or m.too_large},
        "memory_beyond": {name: counts[name][2] for name in h.memories if counts[name][2]},
    }


def quiet_cycles(h: Harness, event: dict | None, since_power: int, room: int) -> tuple[int, bool, bool]:
    """How many of the coming cycles the harness may leave to the environment (none can inject the pending
    failure, change the low-voltage warning or count a save/commit event), and whether the environment must
    wake it at a cycle where the design is saving (``busy``) or committing: ``(cycles, busy, commit)``.
    ``done`` always wakes it. ``room``: cycles left in the call's budget."""
    room = min(room, (1 << 31) - 1)  # the monitor's 32-bit counters
    if event is None:
        return max(0, room), False, False
    kind, delay = event["kind"], event["delay"]
    limit, busy, commit = room, False, False
    if kind == "cycle":
        limit = min(limit, delay - since_power - 1)  # fires once since_power reaches delay
    elif kind == "boot":
        limit = limit if since_power >= 1 else 0  # fires only in the first cycle after power-up
    elif kind == "save":
        ready = max(delay, 1)  # counts busy cycles once since_power > delay (and > 1)
        if since_power + 1 > ready:
            busy = True
        else:
            limit = min(limit, ready - since_power)
    elif kind == "commit" and h.nv_commit is not None:
        if since_power + 1 > delay:
            commit = True
        else:
            limit = min(limit, delay - since_power)
    if h.low_voltage is not None:  # the warning rises at since_power == warn_from: that cycle is ours
        warn_from = delay - event.get("warn", 0) if kind == "cycle" else delay
        if since_power < warn_from:
            limit = min(limit, warn_from - since_power - 1)
    return max(0, limit), busy, commit


def draw_stimulus(h: Harness, rng: random.Random, bits: int | None, items: int = STREAM_ITEMS) -> dict:
    inputs = {}
    for name, handle in h.inputs.items():
        width = len(handle)
        inputs[name] = rng.getrandbits(min(width, bits) if bits else width)
    memories = {}
    for name, memory in h.memories.items():
        width = memory.data_bits
        memories[name] = [rng.getrandbits(min(width, bits) if bits else width) for _ in range(memory.words)]
    for name, model in h.calyx.items():
        ports = model.ports[0]
        data = ports.q if ports.q is not None else ports.d
        width = len(data) if data is not None else 32
        memories[name] = [rng.getrandbits(min(width, bits) if bits else width) for _ in model.words]
    streams = {}
    for stream in h.streams:
        if stream.direction == "in":
            width = len(stream.data)
            streams[stream.name] = [
                rng.getrandbits(min(width, bits) if bits else width) for _ in range(items)
            ]
    axi = {name: rng.getrandbits(bits if bits else 32) for name, _ in h.axi_args}
    for name, base in h.pointers.items():  # pointer arguments: their region of the AXI4 memory
        if name in inputs:
            inputs[name] = base
        if name in axi:
            axi[name] = base
    axi_mem = {m.name: (rng.getrandbits(32), bits) for m in h.axi_masters}
    return {"inputs": inputs, "memories": memories, "streams": streams, "axi": axi, "axi_mem": axi_mem}


async def power_cycle(h: Harness, rng: random.Random) -> None:
    """A fresh start between passes: the first power-on's state again (what the golden run started from:
    initial values of C statics, x in registers without reset), no stored checkpoint, reset pulsed."""
    h.set_start(False)
    h.set_reset(True)
    if h.power_on is not None:
        h.restore_snapshot(h.power_on)
    else:
        h.scramble_volatile(rng)
    for (_, handle), words in zip(h.observed, h.observed_start, strict=True):
        for word, value in zip(handle, words, strict=True):
            word.value = value  # the host memories as loaded: each pass replays the calls on the same data
    await recover(h)


async def recover(h: Harness) -> None:
    """After a call that never finished: power-cycle and discard any stored checkpoint."""
    h.set_start(False)
    if h.cfg.get("nv_valid"):
        handle = h.dut
        for part in h.cfg["nv_valid"]:
            handle = handle[part]
        handle.value = 0
    await h.power_on_reset()


@cocotb.test()
async def campaign(dut) -> None:
    """Runs the whole campaign described by $HLS_VERIFY_CONFIG and writes its results file."""
    with open(os.environ["HLS_VERIFY_CONFIG"]) as handle:
        cfg = json.load(handle)
    try:
        summary = await _campaign(dut, cfg)
    except Exception as err:  # reported to the host as one line; the simulation log has the traceback
        summary = {"error": f"{type(err).__name__}: {err}"}
        dut._log.exception("campaign failed")
    with open(cfg["results"], "w") as handle:
        json.dump(summary, handle)


async def _campaign(dut, cfg: dict) -> dict:
    h = Harness(dut, cfg)
    h.set_reset(True)
    h.set_start(False)
    for handle in h.inputs.values():
        handle.value = 0
    for handle in h.tie_high:
        handle.value = (1 << len(handle)) - 1
    for handle in h.tie_low:
        handle.value = 0
    for model in h.calyx.values():
        for port in model.ports:
            if port.q is not None:
                port.q.value = 0
    if h.low_voltage is not None:
        h.low_voltage.value = 0
    await Timer(1, "ns")  # initial blocks have run, no clock edge yet: the power-on state
    h.power_on = h.snapshot()
    h.observed_start = [[word.value for word in handle] for _, handle in h.observed]
    # the clock toggled by cocotb's C layer (GPI), not a Python coroutine woken twice a cycle
    cocotb.start_soon(Clock(h.clock, PERIOD_NS, unit="ns", impl="gpi").start())
    await h.power_on_reset()
    rng = random.Random(cfg["seed"])
    runs: list[dict] = []
    if cfg["mode"] == "golden":
        narrowest = 0  # once a width had to be narrowed, later runs start there
        items = STREAM_ITEMS  # once an input stream ran dry, later runs offer as many elements
        for _ in range(cfg["runs"]):
            index = narrowest
            while index < len(SHRINK_BITS):
                if h.free_cycles:
                    await power_cycle(h, rng)  # every free-running run starts from power-on
                stimulus = draw_stimulus(h, rng, SHRINK_BITS[index], items)
                result = await call(h, stimulus, [], cfg["max_cycles"], rng)
                # an AXI4 memory reached outside its pointers' regions (an index input drawn too wide):
                # redrawn narrower like a call that does not finish
                if result["finished"] and (not result["axi_bounds"] or index == len(SHRINK_BITS) - 1):
                    narrowest = index
                    break
                dry = any(st.direction == "in" and st.position >= len(st.items) for st in h.streams)
                await recover(h)
                if (not result["finished"] and dry and items < MAX_STREAM_ITEMS
                        and index == len(SHRINK_BITS) - 1):
                    # still waiting on an input stream it emptied at the narrowest inputs (a Vitis loop of
                    # 100 reads, whatever its arguments): offer more elements, from the widest inputs again
                    items *= 4
                    index = narrowest
                    continue
                index += 1
            result["stimulus"] = stimulus
            runs.append(result)
    else:
        passes = []
        for number, plans in enumerate(cfg["passes"]):
            if number:
                await power_cycle(h, rng)
            runs = []
            for golden, plan in zip(cfg["golden"], plans, strict=True):
                events = [dict(event) for event in plan]
                if h.free_cycles:
                    await power_cycle(h, rng)
                    h.free_target = {name: len(items) for name, items in golden["streams"].items()}
                result = await call(h, golden["stimulus"], events, cfg["max_cycles"], rng)
                if not result["finished"]:
                    await recover(h)
                runs.append(result)
            passes.append(runs)
        return {"passes": passes, "flop_bits": h.flop_bits(), "unreachable": h.unreachable}
    return {"runs": runs, "flop_bits": h.flop_bits(), "unreachable": h.unreachable}
