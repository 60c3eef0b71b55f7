"""The pass's own intermediate representation: a flattened netlist, the control FSM, and the plan.

pyverilog's AST is read once, by :mod:`hls.frontend`, and turned into the netlist below; every analysis
(:mod:`hls.analysis.fsm`, :mod:`hls.analysis.liveness`, :mod:`hls.placement`) and the instrumentation work
on these types only.
Functions over expressions (the signals they read, their value, their Verilog text) are in :mod:`hls.exprs`.

Naming: the design is flattened from the top module. A signal of the top module keeps its name (``acc``); a
signal inside instance ``u_ctrl`` of the top is ``u_ctrl.acc`` (instance path joined with dots). ``scope`` is
the instance path as a tuple and ``local_name`` the name inside its own module, for code that edits the
original module text.

Bit and state conventions: a state named ``S`` of a one-hot FSM has the whole register value (``1 << k``) in
:attr:`Fsm.states`. "Written in S" means the register is assigned at the clock edge that ends a cycle spent in
S; "read in S" means its value is used by logic evaluated while the FSM is in S. ``Liveness.live_in[S]`` are
the registers whose value at the start of S may still be read (in S or later) before being overwritten:
exactly what a checkpoint taken on entering S must save.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Direction = Literal["input", "output", "inout"]
Encoding = Literal["binary", "onehot"]
ProcessKind = Literal["comb", "seq", "initial"]

# --------------------------------------------------------------------------------------------- expressions


@dataclass(frozen=True, slots=True)
class Const:
    """An integer literal; ``xmask`` marks x/z bits; ``width`` is None for unsized literals; ``name`` is the
    parameter the value came from, if any (kept for state names, ignored by equality)."""

    value: int
    width: int | None = None
    xmask: int = 0
    name: str | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class Ref:
    """A use of a flattened signal (or a whole memory)."""

    name: str


@dataclass(frozen=True, slots=True)
class Index:
    """``base[index]``: a bit select of a vector, or a word of a memory."""

    base: Expr
    index: Expr


@dataclass(frozen=True, slots=True)
class Slice:
    """``base[msb:lsb]`` with constant bounds (bit positions relative to bit 0 of ``base``)."""

    base: Expr
    msb: int
    lsb: int


@dataclass(frozen=True, slots=True)
class DynSlice:
    """``base[start +: width]`` (or ``-:``, normalised to ``+:``) with a run-time start."""

    base: Expr
    start: Expr
    width: int


@dataclass(frozen=True, slots=True)
class Concat:
    parts: tuple[Expr, ...]


@dataclass(frozen=True, slots=True)
class Repeat:
    count: int
    expr: Expr


@dataclass(frozen=True, slots=True)
class Unary:
    """``op`` is the Verilog operator text: ``~ ! - + & | ^ ~& ~| ~^``."""

    op: str
    operand: Expr


@dataclass(frozen=True, slots=True)
class Binary:
    """``op`` is the Verilog operator text (``+ - * / % == != === !== < <= > >= && || & | ^ ~^ << >>``...)."""

    op: str
    left: Expr
    right: Expr


@dataclass(frozen=True, slots=True)
class Ternary:
    cond: Expr
    then: Expr
    other: Expr


@dataclass(frozen=True, slots=True)
class Call:
    """A system or user function call; its value is unknown to the analyses."""

    name: str
    args: tuple[Expr, ...]


Expr = Const | Ref | Index | Slice | DynSlice | Concat | Repeat | Unary | Binary | Ternary | Call

# ---------------------------------------------------------------------------------------------- statements


@dataclass(frozen=True, slots=True)
class Assign:
    target: Expr
    value: Expr
    blocking: bool


@dataclass(frozen=True, slots=True)
class If:
    cond: Expr
    then: tuple[Stmt, ...]
    other: tuple[Stmt, ...]


@dataclass(frozen=True, slots=True)
class CaseItem:
    """One arm of a case; an empty ``labels`` tuple is the ``default`` arm."""

    labels: tuple[Expr, ...]
    body: tuple[Stmt, ...]


@dataclass(frozen=True, slots=True)
class Case:
    subject: Expr
    items: tuple[CaseItem, ...]
    kind: Literal["case", "casez", "casex"] = "case"


@dataclass(frozen=True, slots=True)
class Loop:
    """A for/while/repeat loop: ``body`` may run any number of times (analyses treat it conservatively)."""

    init: tuple[Stmt, ...]
    cond: Expr
    body: tuple[Stmt, ...]


Stmt = Assign | If | Case | Loop

# ------------------------------------------------------------------------------------------------ netlist


@dataclass(frozen=True, slots=True)
class Signal:
    """A flattened net, variable or memory. ``depth`` is set for memories (``reg [w-1:0] m [0:depth-1]``)."""

    name: str
    width: int
    kind: Literal["reg", "wire", "integer"]
    scope: tuple[str, ...] = ()
    local_name: str = ""
    module: str = ""
    signed: bool = False
    depth: int | None = None
    port: Direction | None = None
    lsb: int = 0
    init: int | None = None


@dataclass(frozen=True, slots=True)
class Process:
    """An always block, a continuous assignment (a ``comb`` process of one Assign) or an initial block."""

    kind: ProcessKind
    body: tuple[Stmt, ...]
    scope: tuple[str, ...] = ()
    clock: str | None = None
    resets: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Port:
    name: str
    direction: Direction
    width: int
    signed: bool = False


@dataclass(frozen=True, slots=True)
class Instance:
    """A module instance met while flattening (kept for reference: module name per instance path)."""

    path: tuple[str, ...]
    module: str
    black_box: bool = False


@dataclass
class Netlist:
    top: str
    ports: tuple[Port, ...]
    signals: dict[str, Signal]
    processes: list[Process]
    instances: list[Instance] = field(default_factory=list)
    files: tuple[str, ...] = ()
    # instances of modules no file defines, as (module, instance, line)
    undefined: tuple[tuple[str, str, int], ...] = ()


# --------------------------------------------------------------------------------------- analysis results


@dataclass(frozen=True, slots=True)
class Register:
    """A datapath register: a reg assigned in a clocked process."""

    name: str
    width: int
    scope: tuple[str, ...] = ()
    local_name: str = ""
    module: str = ""
    signed: bool = False


@dataclass(frozen=True, slots=True)
class Memory:
    """An array (``kind="array"``: a reg array inside the design) or an ``ap_memory`` interface (``kind=
    "ap_memory"``: the storage is outside the design, reached through ``<name>_address0/_ce0/_q0...``
    ports). ``non_volatile`` is True when declared non-volatile by option (then it is never saved)."""

    name: str
    width: int
    depth: int
    kind: Literal["array", "ap_memory", "calyx", "m_axi"]  # "calyx": a Calyx external memory (hls.emit.calyx)
    scope: tuple[str, ...] = ()
    local_name: str = ""
    module: str = ""
    ports: tuple[str, ...] = ()
    non_volatile: bool = False

    @property
    def bits(self) -> int:
        return self.width * self.depth


@dataclass(frozen=True, slots=True)
class Transition:
    """``condition`` is Verilog text over flattened names, None when the transition is unconditional."""

    source: str
    target: str
    condition: str | None = None


@dataclass(frozen=True)
class Fsm:
    register: str
    width: int
    encoding: Encoding
    states: dict[str, int]
    reset_state: str
    transitions: tuple[Transition, ...]
    scope: tuple[str, ...] = ()
    local_name: str = ""
    module: str = ""
    next_register: str | None = None

    def successors(self, state: str) -> list[str]:
        seen: dict[str, None] = {}
        for t in self.transitions:
            if t.source == state:
                seen.setdefault(t.target)
        return list(seen)

    def state_of_value(self, value: int) -> str | None:
        for name, v in self.states.items():
            if v == value:
                return name
        return None


@dataclass(frozen=True, slots=True)
class RegisterAccess:
    """States in which a register (or memory) is written / read. ``must_write`` are the states in which
    it is written on every path through the state's logic (the write kills the old value)."""

    name: str
    written: frozenset[str]
    read: frozenset[str]
    must_write: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Liveness:
    live_in: dict[str, frozenset[str]]
    live_out: dict[str, frozenset[str]]


@dataclass
class Design:
    """Everything the analyses found in one design: what ``hls-ckpt analyze`` reports."""

    netlist: Netlist
    fsm: Fsm
    registers: dict[str, Register]
    memories: dict[str, Memory]
    access: dict[str, RegisterAccess]
    liveness: Liveness
    # per memory: the states whose logic may read its contents / may write them (for an ap_memory port,
    # ce & !we and ce & we): what the write-after-read analysis of non-volatile memories needs (hls/war.py)
    memory_access: dict[str, RegisterAccess] = field(default_factory=dict)
    # per memory, per read state: the successors on whose transition the read may be issued and its data
    # used, for a read state whose reads never share a cycle with a write of that memory (hls/analysis/war.py:
    # the read's walk position is then the transition's, not the whole state's); absent: the whole state
    memory_read_edges: dict[str, dict[str, frozenset[str]]] = field(default_factory=dict)
    # the hls.analysis.access.AccessAnalysis these results came from (its per-state masks are reused by the
    # instrumenter's read-data liveness instead of being computed again); None for a hand-built design
    access_analysis: Any = field(default=None, repr=False, compare=False)
    # Vitis m_axi adapter instances of the top (hls/analysis/axi.py): their state is not saved, checkpoints
    # wait until no AXI4 transaction is in flight
    axi_adapters: tuple[str, ...] = ()

    @property
    def top(self) -> str:
        return self.netlist.top

    @property
    def ports(self) -> tuple[Port, ...]:
        return self.netlist.ports

    def width_of(self, name: str) -> int:
        """Bits of a register or memory (whole array) named ``name``."""
        if name in self.registers:
            return self.registers[name].width
        if name in self.memories:
            return self.memories[name].bits
        raise KeyError(name)

    def is_volatile(self, name: str) -> bool:
        return not (name in self.memories and self.memories[name].non_volatile)

    def saved_registers(self, state: str) -> tuple[str, ...]:
        """Volatile registers and memories live at entry of ``state``: what a checkpoint there saves."""
        return tuple(sorted(r for r in self.liveness.live_in[state] if self.is_volatile(r)))

    def live_bits(self, state: str) -> int:
        return sum(self.width_of(r) for r in self.saved_registers(state))


# ---------------------------------------------------------------------------------------------------- plan


@dataclass(frozen=True, slots=True)
class Checkpoint:
    """Save ``registers`` (live at entry of ``state``) when the FSM enters ``state``."""

    state: str
    registers: tuple[str, ...]
    bits: int


@dataclass(frozen=True, slots=True)
class CostBreakdown:
    """Costs per run, in picojoules: checkpoint writes, controller overhead, expected re-execution."""

    write: float
    controller: float
    reexecution: float
    checkpoints: int
    saved_bits: int

    @property
    def total(self) -> float:
        return self.write + self.controller + self.reexecution


@dataclass(frozen=True)
class Plan:
    budget_cycles: int
    checkpoints: tuple[Checkpoint, ...]
    cost: CostBreakdown
    baselines: dict[str, CostBreakdown]
    shadow_bits: int
    parameters: dict[str, float] = field(default_factory=dict)

    @property
    def states(self) -> tuple[str, ...]:
        return tuple(c.state for c in self.checkpoints)
