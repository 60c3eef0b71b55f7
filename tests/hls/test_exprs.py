"""Expression evaluation (hls/exprs.py): values, and the cost of widths on deep trees."""

from __future__ import annotations

from hls.exprs import evaluate, expr_width
from hls.ir import Binary, Const, Ref, Ternary, Unary


class _Counting:
    """A width function that counts its calls."""

    def __init__(self, widths: dict[str, int]) -> None:
        self.widths, self.calls = widths, 0

    def __call__(self, name: str) -> int:
        self.calls += 1
        return self.widths[name]


def _chain(n: int):
    """``((a0 | a1) | a2) | ... | a(n-1)`` over 1-bit signals, with one wide leaf at the bottom."""
    e = Binary("|", Ref("w"), Ref("a0"))
    for i in range(1, n):
        e = Binary("|", e, Ref(f"a{i}"))
    return e


def test_evaluate_asks_each_leaf_width_once_on_a_deep_chain() -> None:
    # evaluate needs the width of every operator; recomputing it per operator made evaluation quadratic in
    # the depth (Vivado's filterbank: 22 million expr_width calls for 3.4 million evaluated nodes)
    n = 300  # within Python's default recursion limit
    e = _chain(n)
    widths = _Counting({"w": 8, **{f"a{i}": 1 for i in range(n)}})
    values = {"w": 0b1000_0000, **{f"a{i}": 0 for i in range(n)}}
    values["a7"] = 1
    assert evaluate(e, values.get, widths) == 0b1000_0001
    assert widths.calls <= n + 1  # one per leaf (was about n * n / 2)


def test_memoised_widths_equal_the_plain_ones() -> None:
    widths = {"a": 4, "b": 9, "c": 1}.__getitem__
    exprs = [Binary("+", Ref("a"), Ref("b")), Binary("==", Ref("a"), Ref("b")), Unary("~", Ref("b")),
             Unary("|", Ref("b")), Ternary(Ref("c"), Ref("a"), Const(3, 2)), Binary("<<", Ref("a"), Ref("b"))]
    for e in exprs:
        assert expr_width(e, widths, {}) == expr_width(e, widths)
    assert evaluate(Binary("+", Ref("a"), Ref("b")), {"a": 15, "b": 511}.get, widths) == (15 + 511) & 511
    assert evaluate(Unary("~", Ref("a")), {"a": 5}.get, widths) == 0b1010
