"""Per-state reads and writes of every signal, as bitsets over the FSM's states (used by the liveness).

Access (docs/hls-pass.md, "Liveness"): every clocked process is walked once with a *state mask* (a bitset of
FSM states) refined at each branch by evaluating the condition in every state (:class:`StateEvaluator`).
An assignment in mask M writes its target in M (a *must* write, which kills the old value, when the path is
taken in that state whatever the inputs and the whole register is assigned); every signal its right-hand side,
conditions and indices read is read in M. Reads through combinational logic are resolved by a *support* map:
for a combinational signal w, ``support(w)[r]`` is the set of states in which reading w reads register r
(muxes whose select is decided by the state contribute only their selected side).

Top-level outputs are read by the environment: an output is observed in the states where its qualifier may be
1 (``OBSERVATION_RULES``: ``ap_return``/``ap_done``, ``x_address0``/``x_ce0``, ...), in every state otherwise.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from hls.analysis.fsm import reset_levels
from hls.analysis.netindex import NetIndex
from hls.analysis.statevalue import StateEvaluator, case_table, implied, satisfiable, simplify
from hls.analysis.transitions import transition_paths
from hls.exprs import assigned_in, children, expr_width, index_refs, label_match, refs, target_names
from hls.ir import (
    Assign,
    Binary,
    Call,
    Case,
    Const,
    Expr,
    Fsm,
    If,
    Loop,
    Netlist,
    Process,
    Ref,
    Stmt,
    Ternary,
    Unary,
)
from hls.memstyles import observation_rules

# (output port pattern, qualifier port template): the port is observed only when the qualifier may be 1
OBSERVATION_RULES: tuple[tuple[str, str], ...] = (
    (r"^ap_return(?:_\d+)?$", "ap_done"),
    *observation_rules(),  # memory interfaces (ap_memory, bram): address when enabled, data when written
    (r"^(?P<m>.+)_din$", "{m}_write"),
    (r"^(?P<m>.+)_T(?:DATA|LAST|KEEP|STRB|USER|ID|DEST)$", "{m}_TVALID"),  # AXI4-Stream
    (r"^return_port$", "done_port"),
    (r"^return_val$", "finish"),
    (r"^(?P<m>.+)$", "{m}_ap_vld"),
)


class AccessAnalysis:
    """Reads and writes of every signal per FSM state (bitsets over ``states``)."""

    def __init__(self, netlist: Netlist, fsm: Fsm, index: NetIndex | None = None) -> None:
        self.netlist = netlist
        self.fsm = fsm
        self.index = index or NetIndex(netlist)
        self.states = sorted(fsm.states, key=lambda s: fsm.states[s])
        values = [fsm.states[s] for s in self.states]
        self.full = (1 << len(values)) - 1
        self.ev = StateEvaluator(self.index, fsm.register, values, reset_levels(self.index, fsm))
        self.read: dict[str, int] = {}
        self.may_write: dict[str, int] = {}
        self.must_write: dict[str, int] = {}
        # arrays only: states in which an array is read into an assignment's targets / read otherwise
        self.value_reads: dict[str, dict[str, int]] = {}
        self.control_reads: dict[str, int] = {}
        self._support: dict[str, dict[str, int]] = {}
        self._busy: set[str] = set()
        self._masks: dict[int, tuple[Expr, tuple[int, int, int, int]]] = {}
        # full-register writes that are not sure in some states: (register, path conditions, states)
        self.cond_writes: list[tuple[str, tuple[Expr, ...], int]] = []
        for p in netlist.processes:
            if p.kind == "seq":
                self._walk(p.body, self.full, self.full, ())
            elif p.kind == "comb":
                self._black_box_reads(p)
        for port in netlist.ports:
            if port.direction != "input":
                self._read(Ref(port.name), self.observed(port.name))

    # ------------------------------------------------------------------------------------------ masks
    def may_be_true(self, e: Expr) -> tuple[int, int, int, int]:
        """(may be true, may be false, surely true, surely false) state masks of a condition."""
        cached = self._masks.get(id(e))
        if cached is not None and cached[0] is e:
            return cached[1]
        result = self._may_be_true(e)
        self._masks[id(e)] = (e, result)
        return result

    def _may_be_true(self, e: Expr) -> tuple[int, int, int, int]:
        if not self.ev.depends(e):
            v = self.ev.value(e, None)
            if v is None:
                return self.full, self.full, 0, 0
            return (self.full, 0, self.full, 0) if v else (0, self.full, 0, self.full)
        return _truth_masks((1 << k, v) for k, v in enumerate(self.ev.per_state(e)))

    def observed(self, port: str) -> int:
        for pattern, template in OBSERVATION_RULES:
            m = re.match(pattern, port)
            if not m:
                continue
            qualifier = template.format(**m.groupdict())
            if qualifier in self.netlist.signals and qualifier != port:
                return self.may_be_true(Ref(qualifier))[0]
        return self.full

    # -------------------------------------------------------------------------------------------- walk
    def _read(self, e: Expr, mask: int, into: list[str] | None = None) -> None:
        """Record what ``e`` reads in ``mask``; ``into``: the targets of the assignment whose value ``e`` is
        (None: a condition, case subject or index). For arrays the two are kept apart as well
        (``value_reads``, ``control_reads``): the write-after-read analysis needs to know where a value read
        from a memory goes."""
        for name, m0 in self.reads(e, mask):
            for base, m in self.support(name).items():
                if m & m0:
                    self.read[base] = self.read.get(base, 0) | (m & m0)
                    sig = self.netlist.signals.get(base)
                    if sig is None or sig.depth is None:
                        continue
                    if into is None:
                        self.control_reads[base] = self.control_reads.get(base, 0) | (m & m0)
                    else:
                        per_target = self.value_reads.setdefault(base, {})
                        for t in into:
                            per_target[t] = per_target.get(t, 0) | (m & m0)

    def reads(self, e: Expr, mask: int) -> list[tuple[str, int]]:
        """(signal, states) pairs read by ``e`` evaluated in ``mask``: an operand of ``&&``/``||`` (or a 1-bit
        ``&``/``|``) is not read in states where the other operand already decides the result, and a ternary
        reads only the side its condition may select."""
        if not mask:
            return []
        if isinstance(e, Binary) and e.op in ("&&", "||", "&", "|") and (
            e.op in ("&&", "||") or expr_width(e, self.index.width_of) == 1
        ):
            lt, lf, lst, lsf = self.may_be_true(e.left)
            rt, rf, rst, rsf = self.may_be_true(e.right)
            decided_by_left = lsf if e.op in ("&&", "&") else lst
            decided_by_right = rsf if e.op in ("&&", "&") else rst
            return (self.reads(e.left, mask & ~(decided_by_right & ~decided_by_left))
                    + self.reads(e.right, mask & ~decided_by_left))
        if isinstance(e, Ternary):
            t, f, _, _ = self.may_be_true(e.cond)
            return self.reads(e.cond, mask) + self.reads(e.then, mask & t) + self.reads(e.other, mask & f)
        if isinstance(e, Ref):
            return [(e.name, mask)]
        if not self.ev.depends(e) or isinstance(e, Const):
            return [(n, mask) for n in refs(e)]
        return [(n, m) for child in children(e) for n, m in self.reads(child, mask)]

    def support(self, name: str) -> dict[str, int]:
        """Registers (and inputs) read, per state mask, when combinational signal ``name`` is read."""
        if name in self._support:
            return self._support[name]
        drivers = self.index.comb.get(name)
        if not drivers:
            return {name: self.full}
        if name in self._busy:
            return {}
        self._busy.add(name)
        acc: dict[str, dict[str, int]] = {}
        for p in drivers:
            self._comb_support(p.body, self.full, acc)
        self._busy.discard(name)
        for target, sup in acc.items():
            if target not in self._support and target not in self._busy:
                self._support[target] = sup
        return self._support.setdefault(name, acc.get(name, {}))

    def _add(self, acc: dict[str, dict[str, int]], targets: list[str], e: Expr, mask: int) -> None:
        for name, m0 in self.reads(e, mask):
            for base, m in self.support(name).items():
                if m & m0:
                    for t in targets:
                        d = acc.setdefault(t, {})
                        d[base] = d.get(base, 0) | (m & m0)

    def _comb_support(self, stmts: tuple[Stmt, ...], mask: int, acc: dict[str, dict[str, int]]) -> None:
        for s in stmts:
            if isinstance(s, Assign):
                targets = target_names(s.target)
                for t in targets:
                    acc.setdefault(t, {})
                self._add(acc, targets, s.value, mask)
                for n in index_refs(s.target):
                    self._add(acc, targets, Ref(n), mask)
            elif isinstance(s, If):
                t, f, _, _ = self.may_be_true(s.cond)
                self._add(acc, assigned_in(s.then + s.other), s.cond, mask)
                self._comb_support(s.then, mask & t, acc)
                self._comb_support(s.other, mask & f, acc)
            elif isinstance(s, Case):
                inner = [b for item in s.items for b in item.body]
                self._add(acc, assigned_in(tuple(inner)), s.subject, mask)
                for item, m, _ in self._case_masks(s, mask, mask):
                    self._comb_support(item.body, m, acc)
            elif isinstance(s, Loop):
                targets = assigned_in(s.init + s.body)
                self._add(acc, targets, s.cond, mask)
                self._comb_support(s.init + s.body, mask, acc)

    def _case_masks(self, s: Case, may: int, must: int) -> list[tuple]:
        table = case_table(s)
        if table is not None:
            return self._table_case_masks(s, table, may, must)
        out = []
        # "case (1'b1) state[RUN]: ..." depends on the state through its labels
        dep = self.ev.depends(s.subject) or any(self.ev.depends(lb) for it in s.items for lb in it.labels)
        default = next((it for it in s.items if not it.labels), None)  # taken when no label matched,
        for item in s.items:                                              # wherever it is written
            if not item.labels:
                continue
            hit, miss, sure_hit, sure_miss = _truth_masks(
                (1 << k, self.ev.case_match(s, item.labels, k if dep else None))
                for k in range(len(self.states))
                if may >> k & 1
            )
            out.append((item, hit, must & sure_hit))
            may &= miss
            must &= sure_miss
        if default is not None:
            out.append((default, may, must))
        return out

    def _table_case_masks(self, s: Case, table: tuple[dict[int, int], int | None], may: int,
                          must: int) -> list[tuple]:
        """Arm masks of a constant-label case in one pass over the states."""
        labels, default = table
        hits: dict[int, int] = {}
        unknown = 0
        for k, v in enumerate(self.ev.per_state(s.subject)):
            bit = 1 << k
            if not may & bit:
                continue
            if v is None:
                unknown |= bit
            else:
                j = labels.get(v, default)
                if j is not None:
                    hits[j] = hits.get(j, 0) | bit
        return [(item, hits.get(j, 0) | unknown, must & hits.get(j, 0)) for j, item in enumerate(s.items)]

    def _walk(self, stmts: tuple[Stmt, ...], may: int, must: int, conds: tuple[Expr, ...] | None) -> None:
        """``conds``: the path's conditions (None inside loops, where writes are never sure)."""
        for s in stmts:
            if not may:
                return
            if isinstance(s, Assign):
                self._read(s.value, may, target_names(s.target))
                for n in index_refs(s.target):
                    self._read(Ref(n), may)
                for n in target_names(s.target):
                    self.may_write[n] = self.may_write.get(n, 0) | may
                    if isinstance(s.target, Ref):
                        self.must_write[n] = self.must_write.get(n, 0) | must
                        if conds is not None and may & ~must:
                            self.cond_writes.append((n, conds, may & ~must))
            elif isinstance(s, If):
                self._read(s.cond, may)
                t, f, st, sf = self.may_be_true(s.cond)
                self._walk(s.then, may & t, must & st, _more(conds, s.cond))
                self._walk(s.other, may & f, must & sf, _more(conds, Unary("!", s.cond)))
            elif isinstance(s, Case):
                self._read(s.subject, may)
                for item in s.items:
                    for label in item.labels:
                        self._read(label, may)
                # path conditions of an arm: no earlier labelled arm matched, and its own labels did;
                # the default arm: no labelled arm matched at all
                matches = {id(it): label_match(s.subject, it.labels, s.kind) for it in s.items if it.labels}
                labelled = [it for it in s.items if it.labels]
                order = {id(it): n for n, it in enumerate(labelled)}
                for item, m, mm in self._case_masks(s, may, must):
                    if item.labels:
                        earlier = labelled[:order[id(item)]]
                        here = tuple(Unary("!", matches[id(it)]) for it in earlier) + (matches[id(item)],)
                    else:
                        here = tuple(Unary("!", matches[id(it)]) for it in labelled)
                    self._walk(item.body, m, mm, None if conds is None else conds + here)
            elif isinstance(s, Loop):
                self._walk(s.init, may, must, conds)
                self._read(s.cond, may)
                self._walk(s.body, may, 0, None)

    def edge_kills(self) -> dict[tuple[str, str], frozenset[str]]:
        """Registers surely written when the FSM takes transition (s, t) although not surely in state s:
        the write's path conditions are implied by every path of the transition (checked exhaustively over
        the signals the simplified conditions read; unknown counts as not implied)."""
        by_state: dict[int, list[tuple[str, tuple[Expr, ...]]]] = {}
        for name, conds, mask in self.cond_writes:
            for k in range(len(self.states)):
                if mask >> k & 1:
                    by_state.setdefault(k, []).append((name, conds))
        value_to_state = {self.fsm.states[s]: s for s in self.states}
        out: dict[tuple[str, str], frozenset[str]] = {}
        for k, writes in by_state.items():
            targets: dict[str, list[list[Expr]]] = {}
            for path, value in transition_paths(self.index, self.fsm, self.ev, k):
                targets.setdefault(value_to_state[value], []).append(path)
            for t, paths in targets.items():
                killed = set()
                for name, conds in writes:
                    written: Expr = Const(1, 1)
                    for c in conds:
                        written = Binary("&&", written, simplify(self.ev, c, k))
                    if all(not satisfiable(p + [Unary("!", written)], self.index.width_of)
                           or implied(self.ev, k, p, written) for p in paths):
                        killed.add(name)
                if killed:
                    out[(self.states[k], t)] = frozenset(killed)
        return out

    def _black_box_reads(self, p: Process) -> None:
        for s in p.body:
            if isinstance(s, Assign) and isinstance(s.value, Call) and s.value.name == "$blackbox":
                self._read(s.value, self.full)

    def states_of(self, mask: int) -> frozenset[str]:
        return frozenset(s for k, s in enumerate(self.states) if mask >> k & 1)


def _truth_masks(values: Iterable[tuple[int, int | bool | None]]) -> tuple[int, int, int, int]:
    """(may be true, may be false, surely true, surely false) masks from (state bit, value) pairs, None
    standing for unknown."""
    t = f = st = sf = 0
    for bit, v in values:
        if v is None:
            t |= bit
            f |= bit
        elif v:
            t |= bit
            st |= bit
        else:
            f |= bit
            sf |= bit
    return t, f, st, sf


def _more(conds: tuple[Expr, ...] | None, c: Expr) -> tuple[Expr, ...] | None:
    return None if conds is None else conds + (c,)
