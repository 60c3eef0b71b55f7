"""The pass's own intermediate representation: a flattened netlist, the control FSM, and the plan.

pyverilog's AST is read once, by :mod:`hls.frontend`, and turned into the netlist below; every analysis
(:mod:`hls.fsm`, :mod:`hls.liveness`, :mod:`hls.placement`) and the instrumentation work on these types only.

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

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

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
    kind: Literal["array", "ap_memory"]
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


# ------------------------------------------------------------------------------------ expression helpers

_COMPARE = {"==", "!=", "===", "!==", "<", "<=", ">", ">=", "&&", "||"}
_REDUCE = {"&", "~&", "|", "~|", "^", "~^", "!"}


def refs(e: Expr) -> list[str]:
    """Names of the signals an expression reads (with repetition, in order)."""
    out: list[str] = []
    stack: list[Expr] = [e]
    while stack:
        x = stack.pop()
        if isinstance(x, Ref):
            out.append(x.name)
        elif isinstance(x, Index):
            stack += (x.base, x.index)
        elif isinstance(x, Slice):
            stack.append(x.base)
        elif isinstance(x, DynSlice):
            stack += (x.base, x.start)
        elif isinstance(x, Concat | Call):
            stack += x.parts if isinstance(x, Concat) else x.args
        elif isinstance(x, Repeat):
            stack.append(x.expr)
        elif isinstance(x, Unary):
            stack.append(x.operand)
        elif isinstance(x, Binary):
            stack += (x.left, x.right)
        elif isinstance(x, Ternary):
            stack += (x.cond, x.then, x.other)
    return out


def target_name(e: Expr) -> str | None:
    """The signal an lvalue assigns (None for a concatenation of several)."""
    while isinstance(e, Index | Slice | DynSlice):
        e = e.base
    return e.name if isinstance(e, Ref) else None


def target_names(e: Expr) -> list[str]:
    if isinstance(e, Concat):
        return [n for p in e.parts for n in target_names(p)]
    name = target_name(e)
    return [name] if name else []


def index_refs(e: Expr) -> list[str]:
    """Signals read by an lvalue's index expressions (``m[i] <= x`` reads ``i``)."""
    if isinstance(e, Concat):
        return [n for p in e.parts for n in index_refs(p)]
    if isinstance(e, Index):
        return refs(e.index) + index_refs(e.base)
    if isinstance(e, DynSlice):
        return refs(e.start) + index_refs(e.base)
    if isinstance(e, Slice):
        return index_refs(e.base)
    return []


def expr_width(e: Expr, width_of: Callable[[str], int]) -> int:
    """Self-determined width of an expression (Verilog rules, simplified: no context propagation)."""
    if isinstance(e, Const):
        return e.width or 32
    if isinstance(e, Ref):
        return width_of(e.name)
    if isinstance(e, Index):
        return width_of(e.base.name) if isinstance(e.base, Ref) and _is_memory_ref(e, width_of) else 1
    if isinstance(e, Slice):
        return e.msb - e.lsb + 1
    if isinstance(e, DynSlice):
        return e.width
    if isinstance(e, Concat):
        return sum(expr_width(p, width_of) for p in e.parts)
    if isinstance(e, Repeat):
        return e.count * expr_width(e.expr, width_of)
    if isinstance(e, Unary):
        return 1 if e.op in _REDUCE else expr_width(e.operand, width_of)
    if isinstance(e, Binary):
        if e.op in _COMPARE:
            return 1
        if e.op in ("<<", ">>", "<<<", ">>>", "**"):
            return expr_width(e.left, width_of)
        return max(expr_width(e.left, width_of), expr_width(e.right, width_of))
    if isinstance(e, Ternary):
        return max(expr_width(e.then, width_of), expr_width(e.other, width_of))
    return 32


def _is_memory_ref(e: Index, width_of: Callable[[str], int]) -> bool:
    return getattr(width_of, "is_memory", lambda _n: False)(e.base.name)  # type: ignore[union-attr]


def evaluate(e: Expr, value_of: Callable[[str], int | None], width_of: Callable[[str], int]) -> int | None:
    """Value of ``e`` given signal values (None = unknown, propagated; 0/1 short-circuits are exact)."""
    if isinstance(e, Const):
        return None if e.xmask else e.value
    if isinstance(e, Ref):
        return value_of(e.name)
    if isinstance(e, Binary):
        op = e.op
        a = evaluate(e.left, value_of, width_of)
        if op in ("&&", "||"):
            if a is not None and (bool(a) == (op == "||")):
                return int(op == "||")
            b = evaluate(e.right, value_of, width_of)
            if b is not None and (bool(b) == (op == "||")):
                return int(op == "||")
            return None if a is None or b is None else int(bool(a) and bool(b)) if op == "&&" else int(
                bool(a) or bool(b))
        b = evaluate(e.right, value_of, width_of)
        w = expr_width(e, width_of)
        if op in ("&", "|") and w == 1:
            for v in (a, b):
                if v is not None and (v & 1) == (op == "|"):
                    return int(op == "|")
        if a is None or b is None:
            return None
        return _binary(op, a, b, w)
    if isinstance(e, Unary):
        a = evaluate(e.operand, value_of, width_of)
        if a is None:
            return None
        w = expr_width(e.operand, width_of)
        return _unary(e.op, a, w)
    if isinstance(e, Ternary):
        c = evaluate(e.cond, value_of, width_of)
        if c is None:
            t = evaluate(e.then, value_of, width_of)
            return t if t is not None and t == evaluate(e.other, value_of, width_of) else None
        return evaluate(e.then if c else e.other, value_of, width_of)
    if isinstance(e, Index):
        if isinstance(e.base, Ref) and _is_memory_ref(e, width_of):
            return None
        a = evaluate(e.base, value_of, width_of)
        i = evaluate(e.index, value_of, width_of)
        return None if a is None or i is None else (a >> i) & 1
    if isinstance(e, Slice):
        a = evaluate(e.base, value_of, width_of)
        return None if a is None else (a >> e.lsb) & ((1 << (e.msb - e.lsb + 1)) - 1)
    if isinstance(e, DynSlice):
        a = evaluate(e.base, value_of, width_of)
        s = evaluate(e.start, value_of, width_of)
        return None if a is None or s is None else (a >> s) & ((1 << e.width) - 1)
    if isinstance(e, Concat):
        value = 0
        for p in e.parts:
            v = evaluate(p, value_of, width_of)
            if v is None:
                return None
            w = expr_width(p, width_of)
            value = (value << w) | (v & ((1 << w) - 1))
        return value
    if isinstance(e, Repeat):
        v = evaluate(e.expr, value_of, width_of)
        if v is None:
            return None
        w = expr_width(e.expr, width_of)
        return sum((v & ((1 << w) - 1)) << (w * k) for k in range(e.count))
    if isinstance(e, Call) and e.name == "$clog2" and len(e.args) == 1:
        v = evaluate(e.args[0], value_of, width_of)
        return None if v is None else max(v - 1, 0).bit_length()
    return None


def _binary(op: str, a: int, b: int, w: int) -> int | None:
    mask = (1 << w) - 1
    if op in ("==", "==="):
        return int(a == b)
    if op in ("!=", "!=="):
        return int(a != b)
    simple: dict[str, Callable[[int, int], int]] = {
        "<": lambda x, y: int(x < y), "<=": lambda x, y: int(x <= y), ">": lambda x, y: int(x > y),
        ">=": lambda x, y: int(x >= y), "+": lambda x, y: x + y, "-": lambda x, y: x - y,
        "*": lambda x, y: x * y, "&": lambda x, y: x & y, "|": lambda x, y: x | y, "^": lambda x, y: x ^ y,
        "~^": lambda x, y: ~(x ^ y), "<<": lambda x, y: x << y if y < 4096 else 0,
        "<<<": lambda x, y: x << y if y < 4096 else 0, ">>": lambda x, y: x >> y, ">>>": lambda x, y: x >> y,
    }
    if op in simple:
        return simple[op](a, b) & mask
    if op in ("/", "%"):
        return None if b == 0 else ((a // b) if op == "/" else (a % b)) & mask
    if op == "**":
        return pow(a, b, 1 << w) if b < 4096 else None
    return None


def _unary(op: str, a: int, w: int) -> int:
    mask = (1 << w) - 1
    a &= mask
    table: dict[str, Callable[[int], int]] = {
        "!": lambda x: int(x == 0), "~": lambda x: ~x & mask, "-": lambda x: -x & mask, "+": lambda x: x,
        "&": lambda x: int(x == mask), "~&": lambda x: int(x != mask), "|": lambda x: int(x != 0),
        "~|": lambda x: int(x == 0), "^": lambda x: bin(x).count("1") & 1,
        "~^": lambda x: 1 - (bin(x).count("1") & 1),
    }
    return table[op](a)


def const_value(e: Expr) -> Const | None:
    """Fold an expression without signal references to a :class:`Const` (None if it reads signals)."""
    if isinstance(e, Const):
        return e
    try:
        v = evaluate(e, _no_signal, _no_width)
    except _NotConstant:
        return None
    if v is None:
        return None
    return Const(v, None)


class _NotConstant(Exception):
    pass


def _no_signal(name: str) -> int | None:
    raise _NotConstant(name)


def _no_width(name: str) -> int:
    raise _NotConstant(name)


def to_verilog(e: Expr) -> str:
    """Verilog text of an expression (flattened names; fully parenthesised binary operations)."""
    if isinstance(e, Const):
        if e.name:
            return e.name
        if e.xmask:
            return f"{e.width or ''}'bx"
        return f"{e.width}'d{e.value}" if e.width else str(e.value)
    if isinstance(e, Ref):
        return e.name
    if isinstance(e, Index):
        return f"{to_verilog(e.base)}[{to_verilog(e.index)}]"
    if isinstance(e, Slice):
        return f"{to_verilog(e.base)}[{e.msb}:{e.lsb}]"
    if isinstance(e, DynSlice):
        return f"{to_verilog(e.base)}[{to_verilog(e.start)} +: {e.width}]"
    if isinstance(e, Concat):
        return "{" + ", ".join(to_verilog(p) for p in e.parts) + "}"
    if isinstance(e, Repeat):
        return "{" + f"{e.count}{{{to_verilog(e.expr)}}}" + "}"
    if isinstance(e, Unary):
        return f"{e.op}{to_verilog(e.operand)}" if isinstance(e.operand, Ref | Const) else (
            f"{e.op}({to_verilog(e.operand)})")
    if isinstance(e, Binary):
        return f"({to_verilog(e.left)} {e.op} {to_verilog(e.right)})"
    if isinstance(e, Ternary):
        return f"({to_verilog(e.cond)} ? {to_verilog(e.then)} : {to_verilog(e.other)})"
    if isinstance(e, Call):
        return f"{e.name}(" + ", ".join(to_verilog(a) for a in e.args) + ")"
    raise TypeError(e)
