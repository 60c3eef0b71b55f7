"""Write-after-read hazards on non-volatile memories (docs/hls-pass.md, "Non-volatile memories").

A memory that keeps its contents through a power failure (an array declared with ``--nv-memory`` /
``--nv-memories``, or an ap_memory array outside the design) is not rolled back when execution restarts at the
last committed checkpoint ``c`` (or at the reset state when none is valid). The re-execution from ``c`` reads
what the failed attempt wrote. With ``K`` the checkpoint states plus the reset state, a hazard is a path
``c = v0, v1, ..., vn`` (``c`` in ``K``, ``v1..vn`` not in ``K``) holding a read of the memory at ``v_i``
and a write at ``v_j`` with ``i <= j``: equivalently, for a read state ``r`` and a write state ``w``,

* ``r == w`` (read and written in one state): no placement separates them - refused;
* or a path ``r -> ... -> w`` of at least one edge whose vertices after ``r`` are all outside ``K``.

The placement cuts the second kind by forcing checkpoints at write states (a checkpoint on entry of ``w``
ends every such path at ``w``); :func:`plan_hazards` checks any checkpoint set exactly.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from hls.analysis.access import AccessAnalysis
from hls.analysis.axi import axi_reads_writes
from hls.analysis.netindex import NetIndex
from hls.analysis.statevalue import implied, satisfiable, simplify
from hls.analysis.transitions import transition_paths
from hls.errors import HlsError
from hls.ir import Assign, Binary, Design, Expr, Liveness, Memory, Ref, RegisterAccess, Unary
from hls.memstyles import memory_groups


@dataclass(frozen=True, slots=True)
class WarHazard:
    """``memory`` is read in ``read_state`` and written in ``write_state`` (the same state, or a later one
    reached with no checkpoint in between)."""

    memory: str
    read_state: str
    write_state: str

    @property
    def same_state(self) -> bool:
        return self.read_state == self.write_state

    def describe(self) -> str:
        if self.same_state and self.memory.startswith("m_axi_"):  # off-chip: it cannot be made volatile
            return (f"non-volatile memory {self.memory} is read and written in the same state "
                    f"{self.read_state}: re-execution after a power failure would read the value it already "
                    "wrote, if the addresses overlap (the analysis does not compare AXI4 addresses)")
        if self.same_state:
            return (f"non-volatile memory {self.memory} is read and written in the same state "
                    f"{self.read_state}: re-execution after a power failure would read the value it already "
                    f"wrote; keep {self.memory} volatile (saved at checkpoints)")
        keep = "" if self.memory.startswith("m_axi_") else f" (or keep {self.memory} volatile)"
        return (f"non-volatile memory {self.memory} is read in {self.read_state} and written later in "
                f"{self.write_state} with no checkpoint in between: re-execution after a power failure would "
                f"read the value already written; checkpoint {self.write_state}{keep}")


def memory_access(acc: AccessAnalysis, memories: dict[str, Memory], liveness: Liveness,
                  tracked: Iterable[str],
                  read_edges: dict[str, dict[str, frozenset[str]]] | None = None,
                  ) -> dict[str, RegisterAccess]:
    """States in which each memory's old contents may be read (and the value used) and may be written.

    A reg array: read where a condition or index reads it, or where an assignment reads it into a target
    that is live after the state (``tracked``: the names the liveness knows; others count as live) - a
    read-first RAM's ``q <= ram[a]`` in a write cycle whose ``q`` nobody uses is no read. An ap_memory array,
    over its ports ``i``: read where ``ce_i & !we_i`` may be 1 and the read data ``q_i`` may be consumed
    afterwards (before the port's next read: the read-data liveness of docs/hls-instrumentation.md); written
    where ``ce_i & we_i`` may be 1.

    ``read_edges`` (filled when given): for an external memory's read state whose reads never share a cycle
    with one of its writes (one port, or ports whose read and write enables exclude each other there), the
    successors on whose transitions a read may be issued with its data used afterwards (a read on the exit
    path of a write loop is then placed on the exit edge, not in the loop)."""
    signals = acc.netlist.signals
    order = acc.states
    known = set(tracked)
    groups = memory_groups({p.name: p.direction for p in acc.netlist.ports})

    def live_after(target: str) -> int:
        if target not in known:
            return acc.full
        return sum(1 << k for k, s in enumerate(order) if target in liveness.live_out[s])

    table: dict[str, RegisterAccess] = {}
    for name, mem in memories.items():
        if mem.kind == "calyx":  # Calyx's external memory: the read data is mem[addr] in the same cycle
            write_en = f"{name}_write_en"  # undriven (z) in a read-only memory: never written
            writes = acc.may_be_true(Ref(write_en))[0] if write_en in acc.index.comb else 0
            reads = acc.read.get(f"{name}_read_data", 0)
        elif mem.kind == "m_axi":  # an AXI4 master's memory: R beats taken, W beats sent
            channels = {port[len(name) + 1:]: port for port in mem.ports}
            reads, writes = axi_reads_writes(acc, name, channels)
        elif mem.kind == "array":
            writes = acc.may_write.get(name, 0)
            reads = acc.control_reads.get(name, 0)
            for target, mask in acc.value_reads.get(name, {}).items():
                reads |= mask & live_after(target)
        else:
            reads = writes = 0
            port_reads: list[tuple[int, Expr, int, int]] = []  # (port, read condition, states, q live)
            port_writes: list[tuple[int, Expr]] = []
            for n, access_port in enumerate(groups.get(name, [])):
                roles = access_port.roles
                ce, we, q = Ref(roles["ce"]), roles.get("we", ""), roles.get("q", "")
                read_cond = Binary("&&", ce, Unary("!", Ref(we))) if we in signals else ce
                issued = acc.may_be_true(read_cond)[0]
                if we in signals:  # a state whose every enabled cycle writes issues no read (ce implies we)
                    issued &= ~sum(1 << k for k in range(len(order))
                                   if issued >> k & 1 and _enable_implies_write(acc, k, ce, Ref(we)))
                if q in signals:
                    live_q = _live_data(acc, acc.read.get(q, 0), acc.may_be_true(ce)[2])
                    reads |= issued & _after_live(acc, live_q)
                    port_reads.append((n, read_cond, issued, live_q))
                if we in signals:
                    write_cond = Binary("&&", ce, Ref(we))
                    writes |= acc.may_be_true(write_cond)[0]
                    port_writes.append((n, write_cond))
            if read_edges is not None and reads & writes:
                found = _read_edges(acc, reads & writes, port_reads, port_writes)
                if found:
                    read_edges[name] = found
        table[name] = RegisterAccess(name, acc.states_of(writes), acc.states_of(reads))
    return table


def _enable_implies_write(acc: AccessAnalysis, k: int, ce: Expr, we: Expr) -> bool:
    """In state number ``k``, ``ce -> we`` for every value of the signals left once the state is fixed
    (continuous assignments inlined: Bambu's ``ce = LOAD | STORE``, ``we = STORE`` with LOAD 0 in a store
    state), or by the cone check of :func:`hls.analysis.statevalue.implied`."""
    c = simplify(acc.ev, _inline(acc.index, ce), k)
    w = simplify(acc.ev, _inline(acc.index, we), k)
    if not satisfiable([c, Unary("!", w)], acc.index.width_of):
        return True
    return implied(acc.ev, k, [ce], we)


def _inline(index: NetIndex, e: Expr, depth: int = 8) -> Expr:
    """``e`` with signals driven by one continuous assignment replaced by its value (``depth`` levels)."""
    if depth == 0:
        return e
    if isinstance(e, Ref):
        drivers = index.comb.get(e.name) or []
        if len(drivers) == 1 and len(drivers[0].body) == 1:
            stmt = drivers[0].body[0]
            if isinstance(stmt, Assign) and stmt.target == e:
                return _inline(index, stmt.value, depth - 1)
        return e
    if isinstance(e, Unary):
        return Unary(e.op, _inline(index, e.operand, depth))
    if isinstance(e, Binary):
        return Binary(e.op, _inline(index, e.left, depth), _inline(index, e.right, depth))
    return e


def _read_edges(acc: AccessAnalysis, states: int, port_reads: list[tuple[int, Expr, int, int]],
                port_writes: list[tuple[int, Expr]]) -> dict[str, frozenset[str]]:
    """For each state of ``states`` (read and written) in which no read of one port can share a cycle with a
    write of another (one port's read ``ce & !we`` and write ``ce & we`` exclude each other by
    construction), the successors reached by a transition path on which some port's read may be issued
    and its data be live at the successor. A path issues no read of a port when the read condition is
    unsatisfiable with the path's conditions or implied false by them (:func:`implied`); unknown counts as
    a read."""
    order = acc.states
    index = {s: k for k, s in enumerate(order)}
    out: dict[str, frozenset[str]] = {}
    for k in range(len(order)):
        if not states >> k & 1:
            continue
        if any(n != m for n, *_ in port_reads for m, _w in port_writes):
            here_writes = [(m, simplify(acc.ev, w, k)) for m, w in port_writes]
            if any(satisfiable([simplify(acc.ev, r, k), w], acc.index.width_of)
                   for n, r, issued, _live in port_reads if issued >> k & 1
                   for m, w in here_writes if m != n):
                continue  # a read and a write of different ports may share a cycle: the whole state
        targets: set[str] = set()
        for path, value in transition_paths(acc.index, acc.fsm, acc.ev, k):
            t = acc.fsm.state_of_value(value)
            if t is None:
                targets.add(order[k])  # an unknown next state: keep the read on the state (self edge)
                continue
            for _n, cond, issued, live in port_reads:
                if not issued >> k & 1 or not live >> index[t] & 1:
                    continue
                c = simplify(acc.ev, cond, k)
                if satisfiable(path + [c], acc.index.width_of) and not implied(acc.ev, k, path,
                                                                               Unary("!", cond)):
                    targets.add(t)
                    break
        out[order[k]] = frozenset(targets)
    return out


def _after_live(acc: AccessAnalysis, live: int) -> int:
    """States with a successor in ``live``."""
    index = {s: k for k, s in enumerate(acc.states)}
    return sum(1 << k for k, s in enumerate(acc.states)
               if any(live >> index[t] & 1 for t in acc.fsm.successors(s)))


def _live_data(acc: AccessAnalysis, reads_q: int, surely_ce: int) -> int:
    """States at whose entry a port's read data may still be used:
    ``live(t) = reads_q(t) or (not surely_ce(t) and live(succ(t)))``."""
    fsm, order = acc.fsm, acc.states
    index = {s: k for k, s in enumerate(order)}
    live = reads_q
    changed = True
    while changed:
        changed = False
        for k, s in enumerate(order):
            if live >> k & 1 or surely_ce >> k & 1:
                continue
            if any(live >> index[t] & 1 for t in fsm.successors(s)):
                live |= 1 << k
                changed = True
    return live


# read state -> the successors its reads are placed on (None: anywhere in the state)
_Reads = dict[str, frozenset[str] | None]


def _nv_accesses(design: Design) -> list[tuple[str, _Reads, frozenset[str]]]:
    """(memory, reads, write states) of every non-volatile memory that is both read and written; a read
    state maps to the successors on whose transitions its reads happen (``Design.memory_read_edges``: its
    reads never share a cycle with a write) or to None (anywhere in the state)."""
    out = []
    for name in sorted(design.memories):
        access = design.memory_access.get(name)
        if design.memories[name].non_volatile and access is not None and access.read and access.written:
            edges = design.memory_read_edges.get(name, {})
            reads: _Reads = {r: edges.get(r) for r in access.read}
            out.append((name, {r: t for r, t in reads.items() if t is None or t}, access.written))
    return out


def _reached(succ: dict[str, list[str]], starts: Iterable[str], stops: set[str]) -> set[str]:
    """States reached from ``starts`` by a path of at least one edge that continues only through states
    outside ``stops`` (a state in ``stops`` may end a path: it is reached, not passed)."""
    return _reached_from(succ, [t for s in starts for t in succ[s]], stops)


def _reached_from(succ: dict[str, list[str]], first: Iterable[str], stops: set[str]) -> set[str]:
    """``first`` and the states reached from them through states outside ``stops``."""
    seen: set[str] = set()
    stack = list(first)
    while stack:
        v = stack.pop()
        if v in seen:
            continue
        seen.add(v)
        if v not in stops:
            stack.extend(succ[v])
    return seen


def _later_writes(succ: dict[str, list[str]], r: str, targets: frozenset[str] | None, writes: frozenset[str],
                  stops: set[str]) -> set[str]:
    """Write states other than a same-state hazard that a walk from the read in ``r`` reaches before a
    checkpoint (a state in ``stops`` ends the walk on entry; a stay in ``r`` is saved once, so a read on its
    self-loop is followed by everything ``r`` reaches)."""
    if targets is None:
        return {w for w in writes if w != r and w not in stops and w in _reached(succ, (r,), stops)}
    after = _reached_from(succ, targets, stops)
    if r in targets:  # a read on the self-loop: the stay goes on, unsaved, and may leave to any successor
        after |= _reached(succ, (r,), stops)
    return {w for w in writes if w not in stops and w in after and not (w == r and r in targets)}


def _successors(design: Design) -> dict[str, list[str]]:
    return {s: design.fsm.successors(s) for s in design.fsm.states}


def same_state_hazards(design: Design) -> list[WarHazard]:
    """Non-volatile memories read and written in one state (in one cycle, or a read on the state's own
    self-loop: the next iteration writes before any checkpoint): no checkpoint placement is sound for them."""
    order = design.fsm.states
    return [WarHazard(name, s, s) for name, reads, writes in _nv_accesses(design)
            for s in sorted(set(reads) & writes, key=lambda s: order[s])
            if reads[s] is None or s in reads[s]]


def plan_hazards(design: Design, states: Iterable[str]) -> list[WarHazard]:
    """Every hazard left by checkpoints at ``states`` (the reset state counts as one: execution restarts
    there when no checkpoint is valid), same-state hazards included. Empty means the plan is sound for
    the non-volatile memories."""
    stops = set(states) | {design.fsm.reset_state}
    order = design.fsm.states
    succ = _successors(design)
    found = same_state_hazards(design)
    for name, reads, writes in _nv_accesses(design):
        for r in sorted(reads, key=lambda s: order[s]):
            later = _later_writes(succ, r, reads[r], writes, stops)
            found.extend(WarHazard(name, r, w) for w in sorted(later, key=lambda s: order[s]))
    return found


def forced_checkpoints(design: Design) -> dict[str, WarHazard]:
    """Write states that must hold a checkpoint, each with the hazard that forced it.

    Write states are taken in state order; one is forced when some read still reaches it through states
    that are neither the reset state nor already forced (a forced state ends every path into it, so later
    writes behind it need nothing). The result leaves no cross-state hazard: ``plan_hazards(design,
    forced)`` holds only same-state ones. Not necessarily the smallest cut (a checkpoint between the read
    and the write would do as well); the placement then picks the cheapest plan containing these states."""
    order = design.fsm.states
    succ = _successors(design)
    stops = {design.fsm.reset_state}
    forced: dict[str, WarHazard] = {}
    pairs = sorted(((w, name, reads) for name, reads, writes in _nv_accesses(design) for w in writes),
                   key=lambda t: (order[t[0]], t[1]))
    for w, name, reads in pairs:
        if w in stops:
            continue
        r = next((r for r in sorted(reads, key=lambda s: order[s])
                  if w in _later_writes(succ, r, reads[r], frozenset((w,)), stops)), None)
        if r is None:
            continue
        forced[w] = WarHazard(name, r, w)  # the first read it cuts
        stops.add(w)
    return forced


def refuse_same_state(design: Design, allow: bool) -> list[str]:
    """Raise :class:`HlsError` on the first same-state hazard, or with ``allow`` return their warnings."""
    hazards = same_state_hazards(design)
    if hazards and not allow:
        raise HlsError(hazards[0].describe() + " (or pass --allow-war to accept it)")
    return [h.describe() for h in hazards]


def check_plan(design: Design, states: Iterable[str], allow: bool, low_voltage: bool = False) -> list[str]:
    """Refuse (``HlsError``, one line naming the memory and states) a checkpoint set that leaves a
    write-after-read hazard on a non-volatile memory; with ``allow`` return the warnings instead.

    ``low_voltage``: saves happen only while the supply warning is high, so any checkpoint state may be
    passed without a save: only the reset state can be relied on."""
    hazards = plan_hazards(design, () if low_voltage else states)
    if not hazards:
        return []
    if allow:
        return [h.describe() for h in hazards]
    first = hazards[0]
    if low_voltage and not first.same_state:
        raise HlsError(f"--mode low_voltage saves only while the supply is low, so a checkpoint at "
                       f"{first.write_state} (needed between the read of non-volatile memory {first.memory} "
                       f"in {first.read_state} and its write in {first.write_state}) may be skipped; use "
                       f"--mode always or keep {first.memory} volatile (or pass --allow-war to accept it)")
    raise HlsError(first.describe() + " (or pass --allow-war to accept it)")
