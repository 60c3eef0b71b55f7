"""Expected visits of each FSM state per run, the weights of the placement's cost (docs/hls-pass.md,
"Cost"): a sparse linear solve over branch probabilities set from loop structure and an assumed trip count."""

from __future__ import annotations

from hls.placement.dp import Problem, vertex_order


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
