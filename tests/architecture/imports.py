"""The project's import graph, read from the source (ast), for the architecture tests."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("msp430emu", "energy", "hls")


def module_name(path: Path) -> str:
    rel = path.relative_to(ROOT).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def modules() -> dict[str, Path]:
    out = {}
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            if "sim_build" in path.parts:
                continue
            out[module_name(path)] = path
    return out


def _resolve(name: str, known: dict[str, Path]) -> str | None:
    """The project module ``name`` refers to (the longest known prefix: ``a.b.c`` -> ``a.b`` if c is an
    attribute)."""
    while name:
        if name in known:
            return name
        name = name.rpartition(".")[0]
    return None


def imports(top_level_only: bool = False) -> dict[str, set[str]]:
    """module -> the project modules it imports (``top_level_only``: at import time, not inside functions;
    ``if TYPE_CHECKING`` blocks are left out)."""
    known = modules()
    graph: dict[str, set[str]] = {}
    for name, path in known.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        is_package = path.name == "__init__.py"
        nodes = _top_level(tree) if top_level_only else ast.walk(tree)
        targets = set()
        for node in nodes:
            if isinstance(node, ast.Import):
                for alias in node.names:
                    targets.add(_resolve(alias.name, known))
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    pkg = name.split(".") if is_package else name.split(".")[:-1]
                    pkg = pkg[: len(pkg) - node.level + 1]
                    base = ".".join([*pkg, base] if base else pkg)
                for alias in node.names:
                    targets.add(_resolve(f"{base}.{alias.name}", known) or _resolve(base, known))
        graph[name] = {t for t in targets if t is not None and t != name}
    return graph


def _top_level(tree: ast.Module):
    """Statements run at import time: the module body, descending into if/try/with but not into functions
    or classes' methods, and not into ``if TYPE_CHECKING:``."""
    stack = list(tree.body)
    while stack:
        node = stack.pop()
        yield node
        if isinstance(node, ast.If):
            test = node.test
            if isinstance(test, ast.Name) and test.id == "TYPE_CHECKING":
                continue
            stack += node.body + node.orelse
        elif isinstance(node, (ast.Try, ast.With)):
            stack += node.body + getattr(node, "orelse", []) + getattr(node, "finalbody", [])
            for handler in getattr(node, "handlers", []):
                stack += handler.body
        elif isinstance(node, ast.ClassDef):
            stack += [n for n in node.body if not isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))]


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    out: list[list[str]] = []
    counter = [0]

    def visit(v: str) -> None:
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        for w in graph.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                out.append(sorted(component))

    import sys

    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(limit, 10_000))
    try:
        for v in sorted(graph):
            if v not in index:
                visit(v)
    finally:
        sys.setrecursionlimit(limit)           # (other tests in this process rely on the default)
    return out
