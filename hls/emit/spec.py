"""What the instrumenter is asked to do: the checkpoint sites, the bits saved at each, and the NVM layout.

:class:`InstrumentSpec` is independent of how the plan was found (the placement's :class:`hls.ir.Plan`, or a
hand-written list in tests); :func:`spec_from_plan` converts the analyses' result into it.

NVM slot layout of checkpoint site k (bit 0 first): the site id in ``id_bits`` bits, then each saved variable
in the order listed (an array as its words, word 0 lowest). A slot is as wide as the largest site, rounded up
to whole NVM words; the store keeps two slots (see docs/hls-instrumentation.md).

With ``save_path="scan"`` every site uses one layout: the union of the variables saved anywhere, from bit 0
(no site id: the store keeps the id of the committed checkpoint beside its valid bit), each variable at the
same offset at every site. The registers then form a word-wide shift chain (hls.emit.controller): no
per-site multiplexer on the save or the restore path, one restore multiplexer per saved bit.
"""

from __future__ import annotations

from dataclasses import dataclass

from hls import ir
from hls.emit.controller import SAVE_PATHS, ControllerConfig
from hls.emit.scan import verilog_name
from hls.errors import HlsError


@dataclass(frozen=True)
class SavedVar:
    """A register (``depth`` None) or reg array saved at a site; ``scope``: its instance path from the top."""

    scope: tuple[str, ...]
    local_name: str
    width: int
    depth: int | None = None
    port: bool = False  # an ap_memory read-data input of the top (its value is held for the design)
    block: str = ""  # the named generate blocks around it ("gen_x[0]."), as the analysis names them

    def __post_init__(self) -> None:
        object.__setattr__(self, "local_name", verilog_name(self.local_name))

    @property
    def bits(self) -> int:
        return self.width * (self.depth or 1)

    @property
    def path(self) -> str:
        return ".".join((*self.scope, self.block + self.local_name))

    @property
    def key(self) -> str:
        """Its name inside its module: generate-block label and name (``could_multi_bursts.araddr_buf``)."""
        return self.block + self.local_name


def _block_label(var: ir.Register | ir.Memory) -> str:
    """The generate-block label between an analysed variable's instance path and its local name."""
    local = var.local_name
    inner = var.name[len(".".join(var.scope)) + 1:] if var.scope else var.name
    return inner[: -len(local)] if local and inner.endswith("." + local) else ""


@dataclass(frozen=True)
class MemoryPort:
    """One access port of an ap_memory interface of the top: enables gated while frozen, read data held."""

    ce: str
    we: str | None
    q: str | None
    width: int


@dataclass(frozen=True)
class Site:
    """One checkpoint state: its name, its encoding in the state register, and what is saved there."""

    state: str
    value: int
    saved: tuple[SavedVar, ...]


@dataclass(frozen=True)
class InstrumentSpec:
    """Everything the emitter needs besides the Verilog text."""

    top: str
    clock: str
    reset: str
    reset_active_low: bool
    done: str
    state_scope: tuple[str, ...]
    state_local: str
    state_width: int
    sites: tuple[Site, ...]
    mode: str = "always"
    word_bits: int = 32
    memory_ports: tuple[MemoryPort, ...] = ()
    resave: str = "iteration"
    idle_state: str | None = None  # the FSM's reset state: saved once per stay (see hls.emit.controller)
    nv_arrays: tuple[tuple[tuple[str, ...], str], ...] = ()  # (scope, name) of arrays declared non-volatile
    axi_idle: tuple[str, ...] = ()  # Vitis m_axi adapters: save only while no transaction is in flight
    periods: tuple[tuple[str, int], ...] = ()  # resave="budget": (state, cycles between saves in a self-loop)
    save_path: str = "parallel"  # "scan": one layout for all sites, saved and restored as a shift chain

    def __post_init__(self) -> None:
        object.__setattr__(self, "state_local", verilog_name(self.state_local))
        if self.save_path not in SAVE_PATHS:
            raise HlsError(f"save path must be one of {', '.join(SAVE_PATHS)}, not {self.save_path!r}")
        if not self.sites:
            raise HlsError("the plan has no checkpoint state: nothing to instrument")
        names = [site.state for site in self.sites]
        if len(set(names)) != len(names):
            raise HlsError(f"a checkpoint state is listed twice in {names}")
        for site in self.sites:
            if site.value >= 1 << self.state_width or site.value < 0:
                raise HlsError(f"state {site.state} value {site.value} does not fit {self.state_width} bits")

    @property
    def id_bits(self) -> int:
        return max(1, (len(self.sites) - 1).bit_length())

    @property
    def scan(self) -> bool:
        return self.save_path == "scan"

    def scan_layout(self) -> list[tuple[SavedVar, int]]:
        """The union of the variables saved at any site, each with its one offset (scan save path)."""
        placed: list[tuple[SavedVar, int]] = []
        seen: set[SavedVar] = set()
        offset = 0
        for site in self.sites:
            for var in site.saved:
                if var not in seen:
                    seen.add(var)
                    placed.append((var, offset))
                    offset += var.bits
        return placed

    def site_bits(self, k: int) -> int:
        if self.scan:
            return max(1, sum(var.bits for var, _ in self.scan_layout()))
        return self.id_bits + sum(var.bits for var in self.sites[k].saved)

    @property
    def controller(self) -> ControllerConfig:
        words = tuple(-(-self.site_bits(k) // self.word_bits) for k in range(len(self.sites)))
        idle = tuple(k for k, site in enumerate(self.sites) if site.state == self.idle_state)
        period = dict(self.periods)
        periods = tuple(period.get(site.state, 0) for site in self.sites) if self.periods else ()
        return ControllerConfig(words, self.word_bits, self.mode, self.resave, idle, periods, self.scan)

    @property
    def slot_bits(self) -> int:
        return self.controller.slot_bits

    def offsets(self, k: int) -> list[tuple[SavedVar, int]]:
        """Each variable saved at site k with its bit offset in the slot."""
        if self.scan:
            offset_of = dict(self.scan_layout())
            return [(var, offset_of[var]) for var in self.sites[k].saved]
        placed: list[tuple[SavedVar, int]] = []
        offset = self.id_bits
        for var in self.sites[k].saved:
            placed.append((var, offset))
            offset += var.bits
        return placed

    @property
    def saved_bits(self) -> dict[str, int]:
        """Bits written to NVM per checkpoint state (site id included)."""
        return {site.state: self.site_bits(k) for k, site in enumerate(self.sites)}


def spec_from_plan(
    design: ir.Design,
    plan: ir.Plan,
    *,
    clock: str,
    reset: str,
    reset_active_low: bool,
    done: str,
    mode: str = "always",
    word_bits: int = 32,
    memory_ports: tuple[MemoryPort, ...] = (),
    resave: str = "iteration",
    periods: dict[str, int] | None = None,
    save_path: str = "parallel",
) -> InstrumentSpec:
    """The instrumentation for ``plan`` on ``design``: registers and arrays to save at each chosen state.

    The state register itself is never saved as data (the site id restores it); ``ap_memory`` interfaces and
    arrays declared non-volatile live outside the volatile domain and are not saved. The read data of every
    ``memory_ports`` entry is saved at the sites where it is live (:func:`read_data_liveness`): a state may
    consume a read issued before the checkpoint.
    """
    fsm = design.fsm
    live_reads = read_data_liveness(design, memory_ports)
    sites: list[Site] = []
    for checkpoint in plan.checkpoints:
        if checkpoint.state not in fsm.states:
            raise HlsError(f"plan state {checkpoint.state} is not a state of FSM {fsm.register}")
        saved: list[SavedVar] = []
        for name in checkpoint.registers:
            if name in (fsm.register, fsm.next_register):
                continue
            if name in design.registers:
                reg = design.registers[name]
                saved.append(SavedVar(reg.scope, verilog_name(reg.local_name or name), reg.width,
                                      block=_block_label(reg)))
            elif name in design.memories:
                memory = design.memories[name]
                if memory.kind == "ap_memory" or memory.non_volatile:
                    continue
                local = verilog_name(memory.local_name or name)
                saved.append(SavedVar(memory.scope, local, memory.width, memory.depth,
                                      block=_block_label(memory)))
            else:
                raise HlsError(f"plan saves {name!r} at {checkpoint.state}: no register of the design")
        held = tuple(
            SavedVar((), port.q, port.width, port=True)
            for port in memory_ports
            if port.q and checkpoint.state in live_reads[port.q]
        )
        sites.append(Site(checkpoint.state, fsm.states[checkpoint.state], tuple(saved) + held))
    return InstrumentSpec(
        top=design.top,
        clock=clock,
        reset=reset,
        reset_active_low=reset_active_low,
        done=done,
        state_scope=fsm.scope,
        state_local=verilog_name(fsm.local_name or fsm.register),
        state_width=fsm.width,
        sites=tuple(sites),
        mode=mode,
        word_bits=word_bits,
        memory_ports=memory_ports,
        resave=resave,
        periods=tuple(sorted((periods or {}).items())),
        save_path=save_path,
        # a one-state FSM (a Vitis pipelined loop's ap_ST_fsm_pp0_stage0) works in its reset state: no idle
        idle_state=fsm.reset_state if len(fsm.states) > 1 else None,
        axi_idle=design.axi_adapters,
        nv_arrays=tuple(
            (memory.scope, verilog_name(memory.local_name or name))
            for name, memory in design.memories.items()
            if memory.kind == "array" and memory.non_volatile
        ),
    )


def read_data_liveness(design: ir.Design, ports: tuple[MemoryPort, ...]) -> dict[str, frozenset[str]]:
    """States on entry to which a memory port's read data may still be consumed before the port's next read.

    Backward dataflow over the FSM graph: ``live(S) = reads_q(S) or (not surely_ce(S) and live(succ))``. A
    state that surely issues a read on the port refreshes the data for its successors (a block RAM's output
    changes only on a read); the data it sees itself is the old one, hence ``reads_q(S)`` first.
    """
    readers = [port for port in ports if port.q]
    if not readers:
        return {}
    from hls.analysis.access import AccessAnalysis  # the analyses' per-state access masks
    from hls.ir import Ref

    fsm = design.fsm
    access = design.access_analysis
    if access is None or access.netlist is not design.netlist or access.fsm is not fsm:
        access = AccessAnalysis(design.netlist, fsm)
    order = access.states
    result: dict[str, frozenset[str]] = {}
    for port in readers:
        read_mask = access.read.get(port.q, 0)
        surely_ce = access.may_be_true(Ref(port.ce))[2] if port.ce in design.netlist.signals else 0
        live = {s for k, s in enumerate(order) if read_mask >> k & 1}
        changed = True
        while changed:
            changed = False
            for k, state in enumerate(order):
                if state in live or surely_ce >> k & 1:
                    continue
                if any(succ in live for succ in fsm.successors(state)):
                    live.add(state)
                    changed = True
        result[port.q] = frozenset(live)
    return result
