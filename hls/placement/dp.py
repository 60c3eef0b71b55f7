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

NEG = -1  # "no path"


@dataclass(frozen=True)
class Problem:
    """A placement instance on plain integers: vertices ``0..n-1``; ``root`` and every ``forced`` vertex
    must be checkpoints."""

    succ: tuple[tuple[int, ...], ...]
    weight: tuple[int, ...]
    cost: tuple[float, ...]
    reexec: tuple[float, ...]
    budget: int
    root: int = 0
    forced: frozenset[int] = frozenset()  # vertices that must hold a checkpoint (write-after-read cuts)

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
    pos = {v: i for i, v in enumerate(order)}
    if p.root not in checkpoints or any(v in pos and v not in checkpoints for v in p.forced):
        return None  # an unreachable forced vertex needs nothing
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
            for take in ((True,) if v == p.root or v in p.forced else (False, True)):
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
