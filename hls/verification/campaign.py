"""``hls-ckpt verify``: the original design on continuous power vs the instrumented one under power failures.

Both designs are simulated by Icarus through cocotb (:mod:`hls.verification.tb` is the simulator-side code)
in a temporary build directory. The golden simulation draws random stimuli and records outputs; the
instrumented design replays each stimulus twice (in two simulations run side by side when the golden calls
last 50,000 cycles or more): once without failures (cycle overhead) and once with its share of the
failures, planned here from the golden cycle counts. A run matches when the outputs sampled at ``done`` (or
when their ``_ap_vld`` strobe was last high) and the final contents of every written memory are equal.

Failure kinds: ``cycle`` (after a random number of powered cycles), ``save`` (in a random cycle of a save in
progress, before or at its commit), ``commit`` (in the cycle whose clock edge would write the valid bit) and
``boot`` (immediately after the restore that follows a failure).
"""

from __future__ import annotations

import os
import random
import re
import shutil
import tempfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from functools import partial
from pathlib import Path

from hls.emit.calyx import calyx_memories, calyx_ports
from hls.emit.instrument import Instrumented
from hls.emit.modules import ModuleText, scan_modules
from hls.emit.ports import axi_lite_control, axi_master_interfaces, memory_interfaces, stream_interfaces
from hls.emit.scan import assignments, tokenize
from hls.errors import HlsError
from hls.verification.asserts import disarm_design_finish, guard_design_finish
from hls.verification.axi_host import check_axi_bounds
from hls.verification.calyx_data import bind_data_dir, host_memories, host_memory_files
from hls.verification.env import MAX_WORDS_LOG2, WINDOW_GROWTH_LOG2, WINDOW_LOG2
from hls.verification.mif import bind_mif_readmem, mif_data_files
from hls.verification.sim import simulate

NEW_PORTS = ("ckpt_low_voltage", "ckpt_busy")
TIE_HIGH = ("ap_continue", "ap_ce")  # ap_ctrl_chain: results always accepted; clock enable on
TIE_HIGH_SUFFIXES = ("_ap_vld", "_ap_ack")  # inputs always valid, outputs always acknowledged
# stall requests held low: LegUp's Avalon `waitrequest` (a random 1 stalls the memory controller forever)
TIE_LOW = ("waitrequest",)
COLD_STARTS = ("power-on", "random")
PARALLEL_CYCLES = 50_000  # golden cycles from which the clean and the faulty pass run as two simulations
TIE_LOW_SUFFIXES = ("_waitrequest",)


@dataclass(frozen=True)
class Handshake:
    """Names of the control ports the harness drives and watches."""

    clock: str
    reset: str
    reset_active_low: bool
    start: str | None  # None (with done None): a free-running design, compared over a fixed run
    done: str | None


@dataclass
class HarnessPorts:
    """What the harness drives (scalar inputs), serves (ap_memory arrays) and compares (outputs)."""

    handshake: Handshake
    inputs: list[str]
    outputs: list[str]
    valid: dict[str, str]
    memories: list[dict]
    tie_high: list[str] = field(default_factory=list)
    streams: list[dict] = field(default_factory=list)
    axi: dict | None = None  # AXI4-Lite control slave driven instead of start/done ports (axi_lite_map)
    tie_low: list[str] = field(default_factory=list)
    axi_masters: list[dict] = field(default_factory=list)  # AXI4 slave memories (axi_host.py)


@dataclass(frozen=True)
class Campaign:
    runs: int = 10
    failures: int = 20
    seed: int = 1
    max_cycles: int = 20_000
    off_cycles: tuple[int, int] = (1, 4)
    free_cycles: int = 200  # free-running designs: cycles of one golden run
    # a restart with no checkpoint stored: "power-on" = from the state the golden run started from (initial
    # values, x in registers without reset; an FPGA reloads it at power-up); "random" = random bits (an ASIC)
    cold_start: str = "power-on"
    # let the simulator run the cycles in which the harness has nothing to do (hls.verification.tb); off: the
    # harness looks at every cycle (the same results, slower; tests compare the two)
    fast_forward: bool = True


@dataclass
class VerifyReport:
    """The campaign's outcome: what ``hls-ckpt verify`` prints (``--json`` gives this as an object)."""

    runs: int
    failures_planned: int
    failures_injected: int
    failures_during_save: int
    restores: int
    mismatches: int
    unfinished: int
    golden_cycles: int
    instrumented_cycles: int
    cycle_overhead_pct: float
    saves: int
    nvm_words_written: int
    checkpoint_states: list[str]
    saved_bits: dict[str, int]
    nv_bits: int
    design_flop_bits: int
    controller_flop_bits: int
    flop_overhead_pct: float
    mismatch_details: list[str] = field(default_factory=list)
    unreachable_registers: list[str] = field(default_factory=list)
    spurious_done: int = 0  # cycles where done was high before it had been low since power-up: ignored
    undefined_outputs: list[str] = field(default_factory=list)  # outputs x/z in every golden call
    power_on_registers: list[str] = field(default_factory=list)  # flip-flops with an initial value
    lost_at_failure: list[str] = field(default_factory=list)  # of those, saved at no checkpoint
    reset_cycles: int = 1  # reset held at least this long at every power-up (the design's reset depth)
    cold_starts: int = 0  # failures before any checkpoint was stored (restarted as --cold-start says)
    cold_start: str = "power-on"
    axi_memories: list[dict] = field(default_factory=list)  # AXI4 slave memories: bundle, protocol, pointers
    free_running: str = ""  # a free-running design: what its runs compared ("" with a start/done handshake)

    @property
    def untested(self) -> str | None:
        """What the campaign did not check although failures were injected: no failure resumed from a stored
        checkpoint, so no restore was compared (what was checked: restarts from the power-on state, torn
        saves ignored). Reported beside the verdict (``hls-ckpt verify`` prints it as a warning)."""
        if self.failures_injected == 0 or self.restores > 0:
            return None
        return (f"none of the {self.failures_injected} injected power failures resumed from a stored "
                f"checkpoint ({self.failures_during_save} came during a save, {self.cold_starts} before the "
                f"first checkpoint): no restore was checked; inject more failures (--failures) or runs "
                f"(--runs)")

    @property
    def passed(self) -> bool:
        return self.mismatches == 0 and self.unfinished == 0

    def to_json(self) -> dict:
        data = asdict(self)
        data["passed"] = self.passed
        data["untested"] = self.untested
        return data


_AXI_ADDRESS = re.compile(r"\bADDR_(\w+?)_DATA_0\s*=\s*\d*\s*'h([0-9a-fA-F]+)")
_AXI_RETURN = re.compile(r"\bADDR_AP_RETURN_0\s*=\s*\d*\s*'h([0-9a-fA-F]+)")
_AXI_CTRL = re.compile(r"\bADDR_AP_CTRL\s*=\s*\d*\s*'h([0-9a-fA-F]+)")


def axi_lite_map(text: str, top: str) -> dict | None:
    """The AXI4-Lite control slave of ``top`` (Vivado/Vitis ``s_axi_<bundle>_<CHANNEL>`` ports, every
    channel but WSTRB present): its ports, the control register's address (``ADDR_AP_CTRL``, else 0x00:
    bit 0 ap_start, bit 1 ap_done, clear on read) and the scalar arguments' data registers
    (``ADDR_<NAME>_DATA_0`` localparams of the slave module), written before the start; those and
    ``ADDR_AP_RETURN_0`` are read back after ap_done and compared (``reads``)."""
    modules = scan_modules(tokenize(text))
    module = modules.get(top)
    if module is None:
        return None
    control = axi_lite_control(module)           # the same bundle the analysis found (hls/emit/ports.py)
    if control is None:
        return None
    bundle = control.bundle
    tokens = tokenize(text)
    slaves = [m for m in modules.values() if m.name.endswith("_s_axi") and bundle in m.name] or [
        m for m in modules.values() if m.name.endswith("_s_axi")
    ]
    ctrl = 0
    args: list[dict] = []
    reads: list[dict] = []
    for slave in slaves[:1]:
        body = " ".join(t.text for t in tokens[slave.start_index : slave.end_index])
        found = _AXI_CTRL.search(body)
        ctrl = int(found.group(1), 16) if found else 0
        for name, address in _AXI_ADDRESS.findall(body):
            entry = {"name": name.lower(), "address": int(address, 16)}
            high = re.search(rf"\bADDR_{name}_DATA_1\s*=\s*\d*\s*'h([0-9a-fA-F]+)", body)
            if high and name != "AP_RETURN":  # a 64-bit argument (a pointer): its upper word is written too
                entry["high"] = int(high.group(1), 16)
            reads.append(entry)  # read back after ap_done and compared (ap_return, output arguments)
            if name != "AP_RETURN":
                args.append(entry)
        returned = _AXI_RETURN.search(body)  # Vivado: ADDR_AP_RETURN_0 (no _DATA_)
        if returned:
            reads.append({"name": "ap_return", "address": int(returned.group(1), 16)})
    return {"bundle": bundle, "ports": dict(control.ports), "ctrl": ctrl, "start_bit": 0, "done_bit": 1,
            "args": args, "reads": reads}


def harness_ports(text: str, top: str, handshake: Handshake) -> HarnessPorts:
    """Classify the top's ports: handshake, ap_memory groups, scalar inputs, compared outputs. A top whose
    start/done are not ports but that has an AXI4-Lite control slave is driven through it."""
    modules = scan_modules(tokenize(text))
    if top not in modules:
        raise HlsError(f"top module {top!r} not found")
    directions = modules[top].directions
    axi = None
    free = handshake.start is None and handshake.done is None
    if not free and (handshake.start not in directions or handshake.done not in directions):
        axi = axi_lite_map(text, top)
    roles = [("clock", handshake.clock), ("reset", handshake.reset)]
    if axi is None and not free:
        roles += [("start", handshake.start), ("done", handshake.done)]
    for role, name in roles:
        if name not in directions:
            raise HlsError(f"{role} port {name!r} is not a port of {top} (use --{role} to name it)")
    want = {handshake.clock: "input", handshake.reset: "input"}
    if axi is None and not free:
        want[handshake.start] = "input"
        want[handshake.done] = "output"
    for name, direction in want.items():
        if directions[name] != direction:
            raise HlsError(f"port {name} of {top} is an {directions[name]}; needs an {direction}")
    memories = memory_interfaces(modules[top])
    memory_ports = {port for memory in memories for entry in memory["ports"] for port in entry.values()}
    calyx = calyx_memories(directions)  # Calyx's external memories (combinational read, write done)
    memories += calyx
    memory_ports |= {port for entry in calyx for port in calyx_ports(entry)}
    streams = stream_interfaces(modules[top])
    memory_ports |= {port for stream in streams for port in stream["ports"]}
    # AXI4 masters: every m_axi_<bundle>_* port belongs to the slave memory model, none is compared
    memory_ports |= {name for bundle in axi_master_interfaces(modules[top]) for name in directions
                     if name.startswith(f"m_axi_{bundle}_")}
    control = {handshake.clock, handshake.reset, handshake.start, handshake.done, "ap_idle", "ap_ready"}
    if axi is not None:
        control |= set(axi["ports"].values()) | {"interrupt"}
    inputs_all = [n for n, d in directions.items() if d == "input"]
    tied = [n for n in inputs_all if n in TIE_HIGH or n.endswith(TIE_HIGH_SUFFIXES)]
    tied_low = [n for n in inputs_all if n in TIE_LOW or n.endswith(TIE_LOW_SUFFIXES)]
    control |= set(tied) | set(tied_low)
    inputs = [n for n, d in directions.items() if d == "input" and n not in control | memory_ports]
    outputs = [n for n, d in directions.items() if d == "output" and n not in control | memory_ports]
    if any(d == "inout" for d in directions.values()):
        raise HlsError(f"{top} has inout ports; the verification harness drives only inputs and outputs")
    valid = {name: f"{name}_ap_vld" for name in outputs if f"{name}_ap_vld" in outputs}
    outputs = [name for name in outputs if not name.endswith("_ap_vld") and name not in NEW_PORTS]
    inputs = [name for name in inputs if name not in NEW_PORTS]
    if free and any(stream["direction"] == "out" for stream in streams):
        outputs = []  # compared by what its output streams carry: port values have no call boundary
    elif free and not outputs and not memories:
        raise HlsError(f"{top} has no start/done handshake and no output port, stream or memory: a "
                       "free-running design is compared by what it outputs over a fixed run")
    return HarnessPorts(handshake, inputs, outputs, valid, memories, tied, streams, axi, tied_low)


def readmem_files(text: str, sources: list[Path]) -> dict[str, Path]:
    """Files the design loads with ``$readmemh``/``$readmemb``: the path as written -> the file found
    (absolute, or relative to a source file's folder or the working directory). A missing file is an
    error: the design would simulate with x contents."""
    found: dict[str, Path] = {}
    folders = [Path(source).resolve().parent for source in sources] + [Path.cwd()]
    tokens = tokenize(text)
    named = [
        tokens[i + 2].text[1:-1]
        for i in range(len(tokens) - 2)
        if tokens[i].kind == "sysname" and tokens[i].text in ("$readmemh", "$readmemb")
        and tokens[i + 1].text == "(" and tokens[i + 2].kind == "string"
    ]
    for written in dict.fromkeys(named):
        candidates = [Path(written)] if Path(written).is_absolute() else [f / written for f in folders]
        hit = next((c for c in candidates if c.is_file()), None)
        if hit is None:
            where = ", ".join(dict.fromkeys(str(f) for f in folders))
            raise HlsError(f"$readmem file {written!r} not found (looked in {where}); the design's memory "
                           "would be x")
        found[written] = hit
    return found


def reset_cycles(text: str, top: str, reset: str) -> int:
    """Cycles the reset must be held so that it reaches the whole design: 1 + the length of the chain of
    registers the top pipes its reset port through (Vivado's ``ap_rst_reg_2 <= ~ap_rst_n;
    ap_rst_reg_1 <= ap_rst_reg_2; ap_rst_n_inv <= ap_rst_reg_1``)."""
    tokens = tokenize(text)
    module = scan_modules(tokens).get(top)
    if module is None:
        return 1
    depth = {reset: 0}
    stages: list[tuple[str, set[str]]] = []
    for block in module.always:
        if not block.clocked:
            continue
        found = assignments(tokens, block.stmt_start, block.stmt_end)
        if len(found) != 1 or len(found[0][0]) != 1:
            continue
        _, first, semi = found[0]
        ops = [i for i in range(first, semi) if tokens[i].text in ("<=", "=")]
        if not ops:
            continue
        rhs = tokens[ops[0] + 1 : semi]
        if any(t.kind not in ("ident", "escaped") and t.text not in ("~", "!", "(", ")") for t in rhs):
            continue
        stages.append((found[0][0][0], {t.text for t in rhs if t.kind in ("ident", "escaped")}))
    changed = True
    while changed:
        changed = False
        for name, reads in stages:
            if name not in depth and reads and reads <= depth.keys():
                depth[name] = 1 + max(depth[r] for r in reads)
                changed = True
    return 1 + max(depth.values())


_RESET_NAME = re.compile(r"rst|reset", re.IGNORECASE)


def power_on_registers(
    text: str, top: str, saved: frozenset[str] = frozenset()
) -> tuple[list[str], list[str]]:
    """Flip-flops without a reset whose power-on value comes from an ``initial`` block or an initialiser
    (C statics), as dotted paths; and those of them no checkpoint saves (``saved``: dotted paths), which a
    power failure loses on a real chip (no reset re-establishes an initial value)."""
    tokens = tokenize(text)
    modules = scan_modules(tokens)
    found: list[str] = []

    def reset_free(module: ModuleText) -> set[str]:
        """Flip-flops no clocked block with a reset (a name containing rst/reset) assigns."""
        reset = set()
        for block in module.always:
            span = tokens[block.stmt_start : block.stmt_end]
            if block.clocked and any(_RESET_NAME.search(t.text) for t in span if t.kind == "ident"):
                reset |= block.assigned
        return module.flops() - reset

    def walk(path: list[str], name: str) -> None:
        module = modules[name]
        for reg in sorted(reset_free(module) & module.initialised):
            if reg in module.regs:
                found.append(".".join([*path, reg.lstrip("\\").rstrip()]))
        for inst in module.instances:
            if inst.module in modules:
                walk([*path, inst.name.lstrip("\\").rstrip()], inst.module)

    if top in modules:
        walk([], top)
    return found, [name for name in found if name not in saved]


def plan_failures(
    golden_cycles: list[int], total: int, campaign: Campaign, low_voltage: bool, save_cycles: int = 0
) -> list[list[dict]]:
    """Spread ``total`` failures over the runs: kinds, delays (in powered cycles), power-off lengths.
    ``save_cycles``: the longest checkpoint save (NVM words, one a cycle); when it is at least the
    original's length, delays reach that far past it, so that a design whose first save outlasts its whole
    computation (LegUp's memory-holding checkpoints) still sees failures after a checkpoint was stored,
    i.e. real restores."""
    rng = random.Random(campaign.seed * 7919 + 1)
    runs = len(golden_cycles)
    plans: list[list[dict]] = [[] for _ in range(runs)]
    for index in range(total):
        run = index % runs
        length = golden_cycles[run]
        if save_cycles >= length:  # a save as long as the call: failures must also come after it
            length += save_cycles
        length = max(2, length)
        roll = rng.random()
        kind = "cycle" if roll < 0.45 else "save" if roll < 0.75 else "commit" if roll < 0.9 else "boot"
        if kind == "boot" and not plans[run]:
            kind = "cycle"
        event = {
            "kind": kind,
            "delay": rng.randint(1, length),
            "off": rng.randint(*campaign.off_cycles),
            "save_cycle": rng.randint(1, 4),
            "warn": rng.randint(1, max(1, length // 2)) if low_voltage else 0,
        }
        if low_voltage and rng.random() < 0.75:
            # a supervisor sized for the save (docs/hls-instrumentation.md): the warning leaves the save's
            # cycles on top of the run to the checkpoint state, so that most failures find a completed
            # save to resume from; the rest warn late and tear their save
            event["warn"] += save_cycles + 2
            # and the power stays on that long: a failure due before the margin is over would put the
            # warning before power-up, and every save it starts would be torn (Groestl and JH, whose 53-word
            # save is as long as a call, never completed one)
            event["delay"] = max(event["delay"], event["warn"] + 1)
        plans[run].append(event)
    return plans


def _flop_entries(
    text: str, top: str, nv_module: str | None, controller: str | None, keep: frozenset[str] = frozenset()
) -> list[dict]:
    """Hierarchical paths of every volatile flip-flop (registers of clocked always blocks) under ``top``;
    ``keep`` lists dotted paths of arrays declared non-volatile (left alone like the store)."""
    modules = scan_modules(tokenize(text))
    entries: list[dict] = []

    def walk(path: list[str], name: str, group: str) -> None:
        module: ModuleText = modules[name]
        for reg in sorted(module.flops()):
            decl = module.regs.get(reg)
            if decl is None:
                continue  # integers and other variables: loop counters, not state
            local = reg.lstrip("\\").rstrip()
            if ".".join([*path, local]) in keep:
                continue
            blocks = decl.block.split(".")[:-1]  # the generate blocks it is declared in
            entries.append({"path": [*path, *blocks], "name": local, "array": bool(decl.unpacked),
                            "group": group})
        for inst in module.instances:
            if inst.module not in modules or inst.module == nv_module:
                continue
            child_group = "controller" if inst.module == controller else group
            walk([*path, *inst.block.split(".")[:-1], inst.name.lstrip("\\").rstrip()], inst.module,
                 child_group)

    walk([], top, "design")
    return entries


def run_campaign(
    original: str,
    instrumented: Instrumented,
    ports: HarnessPorts,
    campaign: Campaign,
    mode: str = "always",
    keep_dir: Path | None = None,
    non_volatile: frozenset[str] = frozenset(),
    sources: list[Path] | None = None,
    saved: frozenset[str] = frozenset(),
    array_shapes: dict[str, tuple[int, int]] | None = None,
) -> VerifyReport:
    """Golden simulation, then the instrumented one with failures; compares and summarises.
    ``non_volatile``: dotted instance paths of reg arrays declared non-volatile (never corrupted);
    ``sources``: the design's files (``$readmem`` data is looked up next to them); ``saved``: dotted paths of
    the registers some checkpoint saves (to say which power-on state a failure loses); ``array_shapes``:
    (width, depth) of the design's reg arrays (Calyx's host memories get random ``+DATA`` files)."""
    if campaign.runs < 1:
        raise HlsError("--runs must be at least 1")
    if campaign.failures < 0:
        raise HlsError("--failures must not be negative")
    if campaign.free_cycles < 1:
        raise HlsError(f"--free-cycles must be at least 1, not {campaign.free_cycles}")
    if campaign.cold_start not in COLD_STARTS:
        raise HlsError(f"--cold-start must be one of {', '.join(COLD_STARTS)}, not {campaign.cold_start!r}")
    top = instrumented.top
    hs = ports.handshake
    data_files = readmem_files(original, list(sources or []))
    depth = reset_cycles(original, top, hs.reset)
    initialised, lost = power_on_registers(original, top, saved)
    memories = [dict(memory) for memory in ports.memories]  # a bram window may grow (grow_windows)
    base = {
        "clock": hs.clock,
        "reset": hs.reset,
        "reset_active_low": hs.reset_active_low,
        "start": hs.start,
        "done": hs.done,
        "inputs": ports.inputs,
        "outputs": ports.outputs,
        "valid": ports.valid,
        "memories": memories,
        "tie_high": ports.tie_high,
        "tie_low": ports.tie_low,
        "streams": ports.streams,
        "axi": ports.axi,
        "axi_masters": ports.axi_masters,
        "free_cycles": campaign.free_cycles if hs.start is None and hs.done is None else None,
        "runs": campaign.runs,
        "seed": campaign.seed,
        "max_cycles": campaign.max_cycles,
        "reset_cycles": depth,
        "cold_start": campaign.cold_start,
        "fast_forward": campaign.fast_forward,
    }
    tmp = tempfile.mkdtemp(prefix="hls-ckpt-verify-", dir=keep_dir.resolve() if keep_dir else None)
    work = Path(tmp)
    try:
        host = host_memories(original)  # Calyx: memories loaded from +DATA files, compared after each call
        if host:
            files, observed = host_memory_files(host, array_shapes or {}, work / "calyx_data", campaign.seed)
            data_files = {**data_files, **files}
            base["observed_arrays"] = observed
        scramble = _flop_entries(original, top, None, None, non_volatile)
        golden_cfg = {**base, "mode": "golden", "scramble": scramble}
        # LegUp/Altera RAM models: their .mif files converted for $readmemh (hls/mif.py)
        data_files = {**data_files, **mif_data_files(original, list(sources or []), work / "mif")}
        guard = partial(guard_design_finish, top=top, reset=hs.reset, reset_active_low=hs.reset_active_low)
        golden_text = guard(bind_data_dir(bind_mif_readmem(original)))
        golden = simulate(work, "golden", golden_text, top, golden_cfg, data_files)
        attempt = 1
        while grow_windows(golden, memories):  # a bram array written beyond its window: a larger one
            attempt += 1
            golden = simulate(work, f"golden-{attempt}", golden_text, top, golden_cfg, data_files)
        undefined = check_golden_defined(golden, ports)
        check_memory_bounds(golden, memories)
        check_axi_bounds(golden)
        unfinished_golden = [i for i, run in enumerate(golden["runs"]) if not run["finished"]]
        if unfinished_golden:
            raise HlsError(
                f"the original design did not reach {hs.done} within {campaign.max_cycles} cycles "
                f"(run {unfinished_golden[0]}); raise --max-cycles or check the handshake ports"
            )
        cycles = [run["cycles"] for run in golden["runs"]]
        longest_save = max(instrumented.words.values(), default=0)
        plans = plan_failures(cycles, campaign.failures, campaign, mode == "low_voltage", longest_save)
        worst = max(cycles)
        limit = campaign.max_cycles + (campaign.failures + 2) * (worst * 4 + 64)
        instr_cfg = {
            **base,
            "mode": "instrumented",
            "max_cycles": limit,
            "golden": golden["runs"],
            "busy": "ckpt_busy",
            "low_voltage": "ckpt_low_voltage",
            "nv_valid": ["ckpt_nv", "valid_q"],
            "nv_valid_wire": "ckpt_nv_valid",
            "nv_write_wire": "ckpt_nv_wr_en",
            "nv_commit_wire": "ckpt_nv_commit",
            "scramble": _flop_entries(
                instrumented.text, top, instrumented.nv_module, instrumented.controller_module, non_volatile
            ),
        }
        # two passes, each from a fresh power-on replaying the golden call sequence (calls may carry state
        # from one to the next): without failures (overhead), then with them. A long campaign runs them as
        # two simulations side by side (two simulator processes); a short one as one simulation (a process
        # costs more to start than the short pass it would save)
        instr_text = disarm_design_finish(bind_data_dir(bind_mif_readmem(instrumented.text)))
        clean_plans = [[] for _ in plans]
        if sum(cycles) >= PARALLEL_CYCLES and (os.cpu_count() or 1) > 1:
            jobs = {"instrumented": clean_plans, "instrumented-faulty": plans}
            with ThreadPoolExecutor(max_workers=2) as pool:
                futures = {name: pool.submit(simulate, work, name, instr_text, top,
                                             {**instr_cfg, "passes": [plan]}, data_files)
                           for name, plan in jobs.items()}
                done = {name: future.result() for name, future in futures.items()}
            passes = {**done["instrumented"],
                      "passes": [*done["instrumented"]["passes"], *done["instrumented-faulty"]["passes"]]}
        else:
            passes = simulate(work, "instrumented", instr_text, top,
                              {**instr_cfg, "passes": [clean_plans, plans]}, data_files)
    finally:
        if keep_dir is None:
            shutil.rmtree(work, ignore_errors=True)
    clean, faulty = passes["passes"]
    result = {
        "runs": [{"clean": c, "faulty": f} for c, f in zip(clean, faulty, strict=True)],
        "flop_bits": passes["flop_bits"],
        "unreachable": passes["unreachable"],
    }
    report = _summarise(golden, result, instrumented, campaign)
    report.undefined_outputs = undefined
    report.power_on_registers = initialised
    report.lost_at_failure = lost
    report.reset_cycles = depth
    report.cold_start = campaign.cold_start
    if hs.start is None and hs.done is None:
        out_streams = [s["name"] for s in ports.streams if s["direction"] == "out"]
        report.free_running = (
            f"output streams {', '.join(out_streams)} over golden runs of {campaign.free_cycles} cycles"
            if out_streams else
            f"output ports {', '.join(ports.outputs) or 'none'} in each of {campaign.free_cycles} cycles of "
            "progress a run (powered, not frozen by a save or restore)")
    return report


def _defined(value: str | None) -> bool:
    return value is not None and any(bit in "01" for bit in value)


def _beyond(golden: dict) -> dict[str, int]:
    beyond: dict[str, int] = {}
    for run in golden["runs"]:
        for name, count in run.get("memory_beyond", {}).items():
            beyond[name] = beyond.get(name, 0) + count
    return beyond


def grow_windows(golden: dict, memories: list[dict]) -> bool:
    """A byte-addressed (bram) interface is modelled with a window of words (its address does not give the C
    array's size; reads beyond it get a fixed function of the address): when a golden call *wrote* beyond
    it, the window of that memory grows 16 times (``window_log2`` in its entry), up to MAX_WORDS_LOG2; True
    when one grew (the golden run is to be simulated again)."""
    grown = False
    for memory in memories:
        window = memory.get("window_log2", WINDOW_LOG2)
        if memory["name"] in _beyond(golden) and memory.get("byte_addressed") and window < MAX_WORDS_LOG2:
            memory["window_log2"] = min(window + WINDOW_GROWTH_LOG2, MAX_WORDS_LOG2)
            grown = True
    return grown


def check_memory_bounds(golden: dict, memories: list[dict] | None = None) -> None:
    """A golden call that wrote beyond the words a memory's model holds (a bram window already grown to
    2**MAX_WORDS_LOG2 words) is an error, not a pass: its data would be lost."""
    beyond = _beyond(golden)
    if beyond:
        name, count = next(iter(beyond.items()))
        window = next((m.get("window_log2", WINDOW_LOG2) for m in memories or [] if m["name"] == name),
                      MAX_WORDS_LOG2)
        raise HlsError(f"memory {name}: the original design wrote {count} times beyond the "
                       f"{1 << window} words the harness models behind a byte-addressed interface")


def check_golden_defined(golden: dict, ports: HarnessPorts) -> list[str]:
    """The golden calls must produce something defined to compare against: an output with a 0/1 bit, a
    memory write of 0/1 data, or an output stream element. All x (a ``$readmemh`` file not found, an
    undriven result) is an error; returns the outputs that are x/z in every call (reported)."""
    runs = [run for run in golden["runs"] if run["finished"]]
    names = list(dict.fromkeys([*ports.outputs, *(k for r in runs for k in r["outputs"])]))
    undefined = [name for name in names if not any(_defined(r["outputs"].get(name)) for r in runs)
                 and not any(_defined(v) for r in runs for v in r.get("trace", {}).get(name, []))]
    memory_ok = any(counts[0] for r in runs for counts in r.get("memory_writes", {}).values())
    stream_ok = any(items for r in runs for items in r.get("streams", {}).values())
    if runs and len(undefined) == len(names) and not memory_ok and not stream_ok:
        what = ", ".join(names) or "no outputs"
        if any(counts[1] for r in runs for counts in r.get("memory_writes", {}).values()):
            what += "; memory writes carry only x data"
        raise HlsError(f"the original design's outputs are all x in every call ({what}): nothing to compare "
                       "against (uninitialised memory? a $readmem file missing?)")
    return undefined


def _same(golden: str | None, value: str | None) -> bool:
    """Equal where the original design's value is defined: its x/z bits are don't-cares."""
    if golden is None or value is None:
        return golden == value
    if len(golden) != len(value):
        return False
    return all(g not in "01" or g == v for g, v in zip(golden.lower(), value.lower(), strict=True))


def _differences(gold: dict, run: dict) -> list[str]:
    diff = [k for k, v in gold["outputs"].items() if not _same(v, run["outputs"].get(k))]
    for name, values in gold.get("trace", {}).items():  # a free-running design's outputs, cycle by cycle
        got = run.get("trace", {}).get(name, [])
        bad = next((k for k, v in enumerate(values) if k >= len(got) or not _same(v, got[k])), None)
        if bad is not None and name not in diff:
            diff.append(f"{name} (cycle {bad + 1} of {len(values)})")
    diff += [f"memory {k}" for k, v in gold["memories"].items() if run["memories"].get(k) != v]
    diff += [f"stream {k}" for k, v in gold.get("streams", {}).items() if run.get("streams", {}).get(k) != v]
    return diff


def _summarise(golden: dict, result: dict, instrumented: Instrumented, campaign: Campaign) -> VerifyReport:
    mismatches = unfinished = injected = during_save = restores = 0
    clean_cycles = saves = words = 0
    details: list[str] = []
    for index, (gold, pair) in enumerate(zip(golden["runs"], result["runs"], strict=True)):
        for label in ("clean", "faulty"):
            run = pair[label]
            if not run["finished"]:
                unfinished += 1
                details.append(f"run {index} ({label}): no done within {run['cycles']} cycles")
                continue
            diff = _differences(gold, run)
            if diff:
                mismatches += 1
                details.append(f"run {index} ({label}): differs in {', '.join(diff)}")
        clean_cycles += pair["clean"]["cycles"]
        saves += pair["clean"]["saves"]
        words += pair["clean"]["nvm_words"]
        injected += pair["faulty"]["injected"]
        during_save += pair["faulty"]["during_save"]
        restores += pair["faulty"]["restores"]
    golden_cycles = sum(run["cycles"] for run in golden["runs"])
    design_bits = golden["flop_bits"].get("design", 0)
    controller_bits = result["flop_bits"].get("controller", 0)
    added = controller_bits + instrumented.nv_bits
    return VerifyReport(
        runs=len(golden["runs"]),
        failures_planned=campaign.failures,
        failures_injected=injected,
        failures_during_save=during_save,
        restores=restores,
        mismatches=mismatches,
        unfinished=unfinished,
        golden_cycles=golden_cycles,
        instrumented_cycles=clean_cycles,
        cycle_overhead_pct=round(100.0 * (clean_cycles - golden_cycles) / max(1, golden_cycles), 2),
        saves=saves,
        nvm_words_written=words,
        checkpoint_states=list(instrumented.saved_bits),
        saved_bits=instrumented.saved_bits,
        nv_bits=instrumented.nv_bits,
        design_flop_bits=design_bits,
        controller_flop_bits=controller_bits,
        flop_overhead_pct=round(100.0 * added / max(1, design_bits), 2),
        mismatch_details=details[:20],
        unreachable_registers=result.get("unreachable", []),
        spurious_done=sum(pair["faulty"].get("spurious_done", 0) + pair["clean"].get("spurious_done", 0)
                          for pair in result["runs"]),
        cold_starts=sum(pair["faulty"].get("cold_starts", 0) for pair in result["runs"]),
    )
