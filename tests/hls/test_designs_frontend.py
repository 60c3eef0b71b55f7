"""The pass's front half (hls.analysis.liveness.load_design) on every benchmark design, against the ground
truth of
design.json (FSM written by hand, checked in simulation) and the hand-derived liveness of docs/rtl-designs.md.

Liveness is checked for soundness only: what the hand analysis finds live must be live for the pass too (the
pass may find more; docs/rtl-designs.md explains where a path-insensitive analysis does).
"""

from __future__ import annotations

import shutil

import pytest

from designs.rtl.catalog import design_names, load_design

liveness = pytest.importorskip("hls.analysis.liveness")

pytestmark = pytest.mark.skipif(
    shutil.which("iverilog") is None, reason="the front end preprocesses with iverilog"
)


# designs with a construct the pass does not handle yet: expected to fail until it does (strict: an
# unexpected pass fails too, so the marker is removed when the gap closes)
KNOWN_GAPS: dict[str, str] = {}


def _names() -> list:
    return [
        pytest.param(name, marks=pytest.mark.xfail(strict=True, reason=KNOWN_GAPS[name]))
        if name in KNOWN_GAPS
        else name
        for name in design_names()
    ]


def _analyse(name: str):
    design = load_design(name)
    return liveness.load_design([str(source) for source in design.sources], top=design.top)


@pytest.mark.parametrize("name", _names())
def test_front_end_finds_the_fsm_of_design_json(name: str) -> None:
    expected = load_design(name).fsm
    fsm = _analyse(name).fsm
    assert fsm.register == expected.register
    assert str(getattr(fsm.encoding, "value", fsm.encoding)) == expected.encoding
    assert fsm.states == expected.states
    assert fsm.reset_state == expected.reset_state
    assert {(t.source, t.target) for t in fsm.transitions} == expected.transitions


def _states(first: int, last: int) -> list[str]:
    return [f"ap_ST_fsm_state{i}" for i in range(first, last + 1)]


# register -> states where it is live on entry (path-sensitive, by hand: docs/rtl-designs.md)
HAND_LIVE = {
    "gcd": {
        "a_assign_reg_62": _states(2, 6),
        "b_assign_reg_74": _states(2, 6),
        "shift_reg_86": _states(2, 6),
        "retval_reg_98": _states(7, 7),
    },
    "sobel": {
        "y_0_reg_96": _states(2, 12),
        "x_0_reg_108": _states(3, 12),
        "base_reg_262": _states(4, 10),
        "out_addr_reg_268": _states(4, 12),
        "gx_reg_274": _states(5, 12),
        "gy_reg_281": _states(5, 12),
    },
}


def _sha256_unrolled_w_live() -> dict[str, list[str]]:
    """W_i live on entry to round t (state 19 + t) when a later round reads it before rewriting it."""
    reads = {t: {t} if t < 16 else {(t - k) % 16 for k in (2, 7, 15, 16)} for t in range(64)}
    live: dict[str, list[str]] = {f"W_{i}_reg_{400 + 12 * i}": [] for i in range(16)}
    after: set[int] = set()
    for t in reversed(range(64)):
        after = reads[t] | (after - ({t % 16} if t >= 16 else set()))
        for i in after:
            live[f"W_{i}_reg_{400 + 12 * i}"].append(f"ap_ST_fsm_state{19 + t}")
    return live


HAND_LIVE["sha256_unrolled"] = _sha256_unrolled_w_live()


@pytest.mark.parametrize("name", sorted(HAND_LIVE))
def test_front_end_liveness_covers_the_hand_analysis(name: str) -> None:
    live_in = _analyse(name).liveness.live_in
    missing = [
        (register, state)
        for register, states in HAND_LIVE[name].items()
        for state in states
        if register not in live_in[state]
    ]
    assert not missing, f"live by hand but not for the pass: {missing[:5]}"


def test_hand_liveness_of_sha256_unrolled_falls_in_the_last_rounds() -> None:
    # the counts stated in docs/rtl-designs.md: 16 live W registers up to round 56, then 15 .. 4
    live = _sha256_unrolled_w_live()
    counts = [sum(f"ap_ST_fsm_state{19 + t}" in states for states in live.values()) for t in range(56, 64)]
    assert counts == [16, 15, 14, 13, 11, 9, 7, 4]
