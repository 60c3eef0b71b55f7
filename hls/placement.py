"""Checkpoint placement: an exact dynamic program over the FSM graph (docs/hls-pass.md, "Placement").

Model. ``G = (V, E)`` with entry ``r``; state ``v`` costs ``w(v) >= 1`` cycles per visit. A checkpoint set
``K`` (``r`` in ``K``: the power-up state is where execution restarts when no checkpoint is valid) defines
``A(v) = w(v)`` for ``v`` in ``K`` and ``A(v) = w(v) + max_{u -> v} A(u)`` otherwise: the worst-case cycles
run since the last checkpoint when ``v`` ends. ``K`` is feasible iff ``A`` is finite (every cycle of G holds a
checkpoint: the trip count of an FSM loop is unknown, so a loop without one has unbounded ``A``) and
``A(v) <= budget`` for every ``v``. The cost is

    sum_{k in K} c(k)  +  sum_{v in V} g(v) * F(v)

with ``c(k)`` the cost of choosing ``k`` (checkpoint writes per run plus controller overhead) and ``g(v)`` the
expected re-execution weight of ``v`` (expected failures during ``v`` per run times the energy of a cycle);
``F(v)`` is ``A(v)`` computed over the forward edges of the vertex order only (the loss of a failure in the
first iteration through a loop; later iterations restart from the loop's own checkpoint).

Algorithm. Vertices are decided in reverse post-order. After deciding a prefix ``P`` only its *boundary*
(vertices with a neighbour outside ``P``) can interact with the rest, through longest-path summaries:
``In(x)`` (longest checkpoint-to-``x`` path inside ``P``), ``M[a][x]`` (longest non-checkpoint path from
entry ``a`` to exit ``x``), ``T(a)`` (longest non-checkpoint path from entry ``a``) and ``F(x)``. Two prefixes
with the same summary have the same feasible completions at the same extra cost, so the DP keeps the cheapest
per summary (a path-decomposition DP; exponential only in the boundary size, which stays small for FSMs of
structured programs). Adding a vertex closes new paths only through it, so one closure step keeps the
summary exact.
"""

from __future__ import annotations

from dataclasses import dataclass

from hls.errors import HlsError
from hls.ir import Checkpoint, CostBreakdown, Design, Plan

NEG = -1  # "no path"


@dataclass(frozen=True)
class Problem:
    """A placement instance on plain integers: vertices ``0..n-1``, ``root`` must be a checkpoint."""

    succ: tuple[tuple[int, ...], ...]
    weight: tuple[int, ...]
    cost: tuple[float, ...]
    reexec: tuple[float, ...]
    budget: int
    root: int = 0

    @property
    def n(self) -> int:
        return len(self.succ)


@dataclass(frozen=True)
class Solution:
    """``optimal`` is False when the DP had to cap a layer (``max_layer``): the set is feasible, the cost
    the best found."""

    checkpoints: frozenset[int]
    cost: float
    states_explored: int = 0
    optimal: bool = True


def vertex_order(p: Problem) -> list[int]:
    """Reverse post-order of a depth-first search from the root (unreachable vertices are left out).

    Successors are visited from the highest number down: the last one visited comes first in the order, so
    with states numbered in program order (HLS tools number them so) a loop's body follows its header and
    the loop closes before the code after it starts, which keeps the DP's boundary small."""
    seen = [False] * p.n
    post: list[int] = []
    stack: list[tuple[int, int]] = [(p.root, 0)]
    seen[p.root] = True
    while stack:
        v, i = stack.pop()
        succ = sorted(p.succ[v], reverse=True)
        if i < len(succ):
            stack.append((v, i + 1))
            s = succ[i]
            if not seen[s]:
                seen[s] = True
                stack.append((s, 0))
        else:
            post.append(v)
    return post[::-1]


def evaluate(p: Problem, checkpoints: frozenset[int] | set[int]) -> float | None:
    """Cost of a checkpoint set, or None when it is infeasible (the definition the DP is tested against)."""
    order = vertex_order(p)
    if p.root not in checkpoints:
        return None
    pos = {v: i for i, v in enumerate(order)}
    preds: dict[int, list[int]] = {v: [] for v in order}
    for u in order:
        for v in p.succ[u]:
            preds[v].append(u)
    # longest paths in G - K: must be acyclic
    a = _longest(order, preds, p.weight, checkpoints, p.budget)
    if a is None:
        return None
    f: dict[int, int] = {}
    for v in order:
        if v in checkpoints:
            f[v] = p.weight[v]
        else:
            f[v] = p.weight[v] + max(f[u] for u in preds[v] if pos[u] < pos[v])
    return sum(p.cost[k] for k in checkpoints if k in pos) + sum(p.reexec[v] * f[v] for v in order)


def _longest(order: list[int], preds: dict[int, list[int]], w: tuple[int, ...], K: frozenset[int] | set[int],
             budget: int) -> dict[int, int] | None:
    state: dict[int, int] = {}  # 0 unvisited, 1 in progress, 2 done
    a: dict[int, int] = {}

    def visit(v: int) -> bool:
        stack = [(v, 0)]
        state[v] = 1
        while stack:
            x, i = stack.pop()
            ps = [] if x in K else preds[x]
            if i < len(ps):
                stack.append((x, i + 1))
                u = ps[i]
                s = state.get(u, 0)
                if s == 1:
                    return False
                if s == 0:
                    state[u] = 1
                    stack.append((u, 0))
            else:
                a[x] = w[x] + max((a[u] for u in ps), default=0)
                state[x] = 2
        return True

    for v in order:
        if state.get(v, 0) == 0 and not visit(v):
            return None
    return a if all(a[v] <= budget for v in order) else None


def exhaustive(p: Problem) -> Solution | None:
    """Best checkpoint set by trying every subset (for tests on small graphs)."""
    order = vertex_order(p)
    others = [v for v in order if v != p.root]
    best: Solution | None = None
    for mask in range(1 << len(others)):
        K = {p.root} | {v for i, v in enumerate(others) if mask >> i & 1}
        c = evaluate(p, K)
        if c is not None and (best is None or c < best.cost - 1e-12):
            best = Solution(frozenset(K), c)
    return best


# -------------------------------------------------------------------------------------------- the DP


@dataclass(frozen=True, slots=True)
class _Summary:
    """Boundary summary of a decided prefix (every tuple is sorted by vertex)."""

    in_k: tuple[int, ...]                          # boundary vertices that are checkpoints
    exits: tuple[tuple[int, int, int], ...]        # (x, In(x), F(x)) for boundary exits not in K
    entries: tuple[tuple[int, int, tuple[int, ...]], ...]  # (a, T(a), M[a][x] per exit in `exits` order)


def solve(p: Problem, max_layer: int = 4000) -> Solution:
    """Optimal checkpoint set by the path-decomposition dynamic program (raises HlsError if none).

    When the budget is at least the weight of all states together, no checkpoint-free path can exceed it, so
    path lengths are dropped from the summaries (only "a path exists" remains). A layer with more than
    ``max_layer`` summaries keeps the cheapest ones (then ``optimal`` is False)."""
    order = vertex_order(p)
    pos = {v: i for i, v in enumerate(order)}
    preds: dict[int, list[int]] = {v: [] for v in order}
    for u in order:
        for v in p.succ[u]:
            preds[v].append(u)
    if any(p.weight[v] > p.budget for v in order):
        raise HlsError(f"budget of {p.budget} cycles is smaller than one state (max {max(p.weight)} cycles)")
    # last position of a vertex's predecessors / successors: while it is ahead, the vertex is on the boundary
    last = ({v: max([-1] + [pos[u] for u in preds[v]]) for v in order},
            {v: max([-1] + [pos[u] for u in p.succ[v] if u in pos]) for v in order})
    layer: dict[_Summary, tuple[float, tuple]] = {_Summary((), (), ()): (0.0, ())}
    explored = 0
    optimal = True
    lengths_matter = p.budget < sum(p.weight[v] for v in order)
    for i, v in enumerate(order):
        nxt: dict[_Summary, tuple[float, tuple]] = {}
        for summary, (cost, trail) in layer.items():
            for take in ((True,) if v == p.root else (False, True)):
                res = _extend(p, summary, v, take, i, pos, preds, last)
                explored += 1
                if res is None:
                    continue
                new_summary, extra = res
                if not lengths_matter:
                    new_summary = _presence_only(new_summary)
                total = cost + extra
                old = nxt.get(new_summary)
                if old is None or total < old[0] - 1e-12:
                    nxt[new_summary] = (total, (trail, v) if take else trail)
        layer = _prune_dominated(nxt)
        if not layer:
            raise HlsError(f"no feasible checkpoint placement within {p.budget} cycles")
        if len(layer) > max_layer:
            optimal = False
            layer = dict(sorted(layer.items(), key=lambda kv: kv[1][0])[:max_layer])
    (cost, trail), = layer.values()
    chosen: set[int] = set()
    while trail:
        trail, v = trail
        chosen.add(v)
    return Solution(frozenset(chosen), cost, explored, optimal)


def _presence_only(s: _Summary) -> _Summary:
    return _Summary(
        s.in_k,
        tuple((x, 0, f) for x, _, f in s.exits),
        tuple((a, 0, tuple(NEG if m == NEG else 0 for m in row)) for a, _, row in s.entries),
    )


def _extend(p: Problem, s: _Summary, v: int, take: bool, i: int, pos: dict[int, int],
            preds: dict[int, list[int]],
            last: tuple[dict[int, int], dict[int, int]]) -> tuple[_Summary, float] | None:
    w = p.weight[v]
    budget = p.budget
    in_k = set(s.in_k)
    exits = {x: (inx, fx) for x, inx, fx in s.exits}
    exit_order = [x for x, _, _ in s.exits]
    entries = {a: (t, dict(zip(exit_order, row, strict=True))) for a, t, row in s.entries}
    decided_preds = [u for u in preds[v] if pos[u] < i]
    back_succ = [x for x in p.succ[v] if pos[x] < i and x not in in_k]  # edges into decided non-K vertices
    extra = 0.0
    if take:
        in_v, f_v = w, w
        extra += p.cost[v]
        in_k.add(v)
        # paths stop at v; v starts paths into decided entries through its back edges
        for x in back_succ:
            t, row = entries[x]
            if w + t > budget:
                return None
            for y, m in row.items():
                if m != NEG:
                    inx, fx = exits[y]
                    exits[y] = (max(inx, w + m), fx)
    else:
        if v in p.succ[v]:
            return None  # a self-loop without a checkpoint
        # every decided vertex is reached from the root inside the prefix (its DFS parent comes first)
        in_v = w + max(_in_of(u, in_k, exits, p) for u in decided_preds)
        f_v = w + max(_f_of(u, in_k, exits, p) for u in decided_preds)
        if in_v > budget:
            return None
        # longest non-K path from each entry a to v
        reach_v = {a: max((row.get(u, NEG) for u in decided_preds if u not in in_k), default=NEG)
                   for a, (_, row) in entries.items()}
        reach_v = {a: m + w for a, m in reach_v.items() if m != NEG}
        # longest non-K path from v (inclusive) through its back edges
        tail_v = w
        out_v: dict[int, int] = {}
        for x in back_succ:
            if x in reach_v:
                return None  # a cycle without a checkpoint
            t, row = entries[x]
            tail_v = max(tail_v, w + t)
            for y, m in row.items():
                if m != NEG:
                    out_v[y] = max(out_v.get(y, NEG), w + m)
        if in_v + tail_v - w > budget:
            return None
        for y, m in out_v.items():
            inx, fx = exits[y]
            exits[y] = (max(inx, in_v + m - w), fx)
        for a, r in reach_v.items():
            t, row = entries[a]
            t = max(t, r + tail_v - w)
            for y, m in out_v.items():
                row[y] = max(row.get(y, NEG), r + m - w)
            row[v] = r
            entries[a] = (t, row)
        exits[v] = (in_v, f_v)
        if any(pos[u] > i for u in preds[v]):
            entries[v] = (tail_v, {v: w, **out_v})
    extra += p.reexec[v] * f_v
    # any In(x) above the budget after the update is infeasible
    for inx, _ in exits.values():
        if inx > budget:
            return None
    # drop vertices with no undecided neighbour left
    last_pred, last_succ = last
    keep_entries = sorted(a for a in entries if last_pred[a] > i)
    keep_exits = sorted(x for x in exits if last_succ[x] > i)
    keep_k = tuple(sorted(x for x in in_k if last_pred[x] > i or last_succ[x] > i))
    new = _Summary(
        keep_k,
        tuple((x, exits[x][0], exits[x][1]) for x in keep_exits),
        tuple(
            (a, entries[a][0], tuple(entries[a][1].get(x, NEG) for x in keep_exits))
            for a in keep_entries
        ),
    )
    return new, extra


def _prune_dominated(layer: dict[_Summary, tuple[float, tuple]]) -> dict[_Summary, tuple[float, tuple]]:
    """Drop summaries that another summary of the same shape beats on cost and on every path length:
    feasibility and future cost only grow with In, F, T and M, so a dominated prefix never wins."""
    import numpy as np

    groups: dict[tuple, list[tuple[float, tuple[int, ...], _Summary]]] = {}
    for summary, (cost, _) in layer.items():
        shape = (summary.in_k, tuple(x for x, _, _ in summary.exits), tuple(a for a, _, _ in summary.entries))
        values = tuple(v for _, i, f in summary.exits for v in (i, f)) + tuple(
            v for _, t, row in summary.entries for v in (t, *row))
        groups.setdefault(shape, []).append((cost, values, summary))
    out: dict[_Summary, tuple[float, tuple]] = {}
    for members in groups.values():
        if len(members) == 1:
            out[members[0][2]] = layer[members[0][2]]
            continue
        members.sort(key=lambda m: (m[0], m[1]))
        values = np.array([m[1] for m in members], dtype=np.int64).reshape(len(members), -1)
        kept: list[int] = []
        for j, (_, _, summary) in enumerate(members):
            if kept and bool((values[kept] <= values[j]).all(axis=1).any()):
                continue
            kept.append(j)
            out[summary] = layer[summary]
    return out


def _in_of(u: int, in_k: set[int], exits: dict[int, tuple[int, int]], p: Problem) -> int:
    return p.weight[u] if u in in_k else exits[u][0]


def _f_of(u: int, in_k: set[int], exits: dict[int, tuple[int, int]], p: Problem) -> int:
    return p.weight[u] if u in in_k else exits[u][1]


# ------------------------------------------------------------------------------------- design -> plan

# NVM write energy per bit (pJ), commercial-product figures compiled in Sci. Rep. 2 (2012) 706, table 1
NVM_WRITE_PJ_PER_BIT: dict[str, float] = {"stt-mram": 0.1, "feram": 0.03, "mram": 70.0}


@dataclass(frozen=True)
class CostModel:
    """Parameters of the placement objective (docs/hls-pass.md, "Cost model")."""

    write_pj_per_bit: float = NVM_WRITE_PJ_PER_BIT["stt-mram"]
    cycle_pj: float = 100.0          # design energy per clock cycle (100 uW at 1 MHz)
    controller_pj: float = 1.0       # per chosen state and run: its decode and save-enable logic
    failure_per_cycle: float | None = None  # P(power fails in a cycle); None: 1 / budget (once a charge)
    trip_count: float = 8.0          # assumed iterations of a loop whose bound is unknown
    max_layer: int | None = None     # DP layer cap (None: 24000 / states, at least 40); see solve()

    def as_dict(self) -> dict[str, float]:
        return {k: float(v) for k, v in self.__dict__.items() if v is not None}


def budget_from_energy(capacitance: float, v_on: float, v_off: float, cycle_pj: float,
                       margin: float = 0.1) -> int:
    """Cycles one charge runs: usable capacitor energy C (v_on^2 - v_off^2) / 2 (energy.Capacitor) over the
    energy of a cycle, less a safety ``margin`` (fraction) for the save itself and model error."""
    from energy import Capacitor, EnergyError

    if not (0.0 <= margin < 1.0) or cycle_pj <= 0.0 or not v_on > v_off >= 0.0:
        raise HlsError(f"energy budget needs v_on > v_off >= 0, cycle energy > 0 and 0 <= margin < 1 "
                       f"(got v_on={v_on}, v_off={v_off}, cycle={cycle_pj} pJ, margin={margin})")
    try:
        usable = Capacitor(capacitance, v_on).stored - Capacitor(capacitance, v_off).stored
    except EnergyError as err:
        raise HlsError(str(err)) from None
    return int(usable * (1.0 - margin) / (cycle_pj * 1e-12))


def visit_frequencies(succ: tuple[tuple[int, ...], ...], root: int, trip_count: float) -> list[float]:
    """Expected visits of each state per run: from the root until the FSM comes back to the root, or, for a
    design that never returns there, to the head of its main loop (the first back-edge target that dominates
    every state after it).

    Branch probabilities: an edge that stays inside the state's loop (its strongly connected component once
    the run-ending edges are removed) is taken with total probability 1 - 1/trip_count, the exits share the
    rest; a state whose edges are all of one kind picks them uniformly."""
    import numpy as np

    n = len(succ)
    p = Problem(succ, (1,) * n, (0.0,) * n, (0.0,) * n, 1, root)
    order = vertex_order(p)
    pos = {v: i for i, v in enumerate(order)}
    returns = any(root in succ[u] for u in order if u != root)
    back_targets = {v for u in order for v in succ[u] if pos[v] <= pos[u]}
    heads = [h for h in _spine(succ, order) if h != root and h in back_targets]
    ends = {(u, h) for h in [root] + ([] if returns else heads[:1]) for u in order
            if h in succ[u] and pos[h] <= pos[u]}
    inner = {u: [v for v in succ[u] if (u, v) not in ends] for u in order}
    comp = _components(order, inner)
    import warnings

    from scipy.sparse import csc_matrix, identity
    from scipy.sparse.linalg import MatrixRankWarning, spsolve

    rows: list[int] = []
    cols: list[int] = []
    vals: list[float] = []
    stay = 1.0 - 1.0 / max(trip_count, 1.0)
    for u in order:
        cont = [v for v in inner[u] if comp[v] == comp[u]]
        exits = [v for v in succ[u] if v not in cont and v != u]  # a waiting self-loop is not a branch
        for group, share in ((cont, stay if exits else 1.0), (exits, 1.0 - stay if cont else 1.0)):
            for v in group:
                if (u, v) not in ends:
                    rows.append(v)  # transposed: flow into v from u
                    cols.append(u)
                    vals.append(share / len(group))
    qt = csc_matrix((vals, (rows, cols)), shape=(n, n))
    e = np.zeros(n)
    e[root] = 1.0
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", MatrixRankWarning)
        f = spsolve((identity(n, format="csc") - qt).tocsc(), e)
        if not np.all(np.isfinite(f)):  # a closed loop with no way out: damp it
            f = spsolve(((1 + 1e-6) * identity(n, format="csc") - qt).tocsc(), e)
    return [max(float(x), 0.0) if i in pos else 0.0 for i, x in enumerate(f)]


def _components(order: list[int], succ: dict[int, list[int]]) -> dict[int, int]:
    """Strongly connected components (Kosaraju): vertex -> component number."""
    seen: set[int] = set()
    finish: list[int] = []
    for s0 in order:
        if s0 in seen:
            continue
        seen.add(s0)
        stack = [(s0, iter(succ[s0]))]
        while stack:
            v, it = stack[-1]
            for w in it:
                if w not in seen:
                    seen.add(w)
                    stack.append((w, iter(succ[w])))
                    break
            else:
                stack.pop()
                finish.append(v)
    preds: dict[int, list[int]] = {v: [] for v in order}
    for u in order:
        for v in succ[u]:
            preds[v].append(u)
    comp: dict[int, int] = {}
    for s0 in reversed(finish):
        if s0 in comp:
            continue
        comp[s0] = s0
        todo = [s0]
        while todo:
            v = todo.pop()
            for u in preds[v]:
                if u not in comp:
                    comp[u] = s0
                    todo.append(u)
    return comp


def _spine(succ: tuple[tuple[int, ...], ...], order: list[int]) -> list[int]:
    """States that dominate every state after them in ``order`` (dominators by the iterative algorithm of
    Cooper, Harvey and Kennedy over the reverse post-order)."""
    pos = {v: i for i, v in enumerate(order)}
    preds: dict[int, list[int]] = {v: [] for v in order}
    for u in order:
        for v in succ[u]:
            preds[v].append(u)
    idom = {order[0]: order[0]}

    def intersect(a: int, b: int) -> int:
        while a != b:
            while pos[a] > pos[b]:
                a = idom[a]
            while pos[b] > pos[a]:
                b = idom[b]
        return a

    changed = True
    while changed:
        changed = False
        for v in order[1:]:
            done = [u for u in preds[v] if u in idom]
            new = done[0]
            for u in done[1:]:
                new = intersect(u, new)
            if idom.get(v) != new:
                idom[v] = new
                changed = True
    # h dominates exactly the states of its dominator subtree, all after it in the order: h is on the spine
    # iff that subtree holds every later state
    size = dict.fromkeys(order, 1)
    for v in reversed(order[1:]):
        size[idom[v]] += size[v]
    return [h for i, h in enumerate(order) if size[h] == len(order) - i]


def plan_checkpoints(design: Design, budget_cycles: int, model: CostModel | None = None) -> Plan:
    """Optimal checkpoint states of ``design`` for a budget of ``budget_cycles`` between checkpoints."""
    model = model or CostModel()
    if budget_cycles < 1:
        raise HlsError(f"the budget must be at least 1 cycle (got {budget_cycles})")
    fsm = design.fsm
    names = sorted(fsm.states, key=lambda s: (s != fsm.reset_state, fsm.states[s]))
    idx = {s: i for i, s in enumerate(names)}
    succ = tuple(tuple(sorted({idx[t] for t in fsm.successors(s) if t in idx})) for s in names)
    freq = visit_frequencies(succ, 0, model.trip_count)
    overhead_bits = fsm.width + 1  # the state and the valid bit go with every save
    bits = [design.live_bits(s) for s in names]
    cost = tuple(freq[i] * (bits[i] + overhead_bits) * model.write_pj_per_bit + model.controller_pj
                 for i in range(len(names)))
    failure = model.failure_per_cycle if model.failure_per_cycle is not None else 1.0 / budget_cycles
    reexec = tuple(freq[i] * failure * model.cycle_pj for i in range(len(names)))
    problem = Problem(succ, (1,) * len(names), cost, reexec, budget_cycles, 0)
    cap = model.max_layer if model.max_layer is not None else max(40, 24000 // max(1, len(names)))
    solution = solve(problem, cap)

    def breakdown(chosen: frozenset[int]) -> CostBreakdown:
        total = evaluate(problem, chosen)
        if total is None:
            raise HlsError("internal: a baseline checkpoint set is infeasible")
        write = sum(freq[k] * (bits[k] + overhead_bits) * model.write_pj_per_bit for k in chosen)
        ctl = model.controller_pj * len(chosen)
        return CostBreakdown(write, ctl, total - write - ctl, len(chosen),
                             _shadow_bits(design, names, chosen))

    every_state = frozenset(range(len(names)))
    run_cycles = sum(freq)
    union_bits = _shadow_bits(design, names, every_state) - overhead_bits
    k = budget_cycles
    periodic = CostBreakdown(
        write=run_cycles / k * (union_bits + overhead_bits) * model.write_pj_per_bit,
        controller=2 * model.controller_pj,  # a cycle counter and its trigger
        reexecution=run_cycles * failure * model.cycle_pj * k,
        checkpoints=0,
        saved_bits=union_bits + overhead_bits + max(1, k.bit_length()),
    )
    chosen = sorted(solution.checkpoints, key=lambda i: fsm.states[names[i]])
    checkpoints = tuple(
        Checkpoint(names[i], design.saved_registers(names[i]), bits[i]) for i in chosen
    )
    params = model.as_dict() | {"failure_per_cycle": failure, "max_layer": float(cap),
                                "optimal": float(solution.optimal),
                                "run_cycles": run_cycles,
                                "dp_states": float(solution.states_explored)}
    return Plan(budget_cycles, checkpoints, breakdown(solution.checkpoints),
                {"every_state": breakdown(every_state), "every_k_cycles": periodic},
                _shadow_bits(design, names, solution.checkpoints), params)


def _shadow_bits(design: Design, names: list[str], chosen: frozenset[int]) -> int:
    saved = {r for i in chosen for r in design.saved_registers(names[i])}
    return sum(design.width_of(r) for r in saved) + design.fsm.width + 1


def plan_design(design: Design, budget_cycles: int, model: CostModel | None = None) -> Plan:
    """Alias of :func:`plan_checkpoints` (the name hls.cli_insert uses)."""
    return plan_checkpoints(design, budget_cycles, model)
