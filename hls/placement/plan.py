"""Checkpoint placement for a design: its FSM graph, visit frequencies and live bits turned into a
:class:`hls.placement.dp.Problem`, solved exactly, and reported as a :class:`hls.ir.Plan` with its cost
breakdown and the baselines (docs/hls-pass.md, "Placement")."""

from __future__ import annotations

from dataclasses import dataclass

from hls.analysis.frequencies import visit_frequencies
from hls.analysis.war import forced_checkpoints, plan_hazards, refuse_same_state
from hls.errors import HlsError
from hls.ir import Checkpoint, CostBreakdown, Design, Plan
from hls.placement.dp import Problem, evaluate, solve

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


def plan_checkpoints(design: Design, budget_cycles: int, model: CostModel | None = None,
                     allow_war: bool = False) -> Plan:
    """Optimal checkpoint states of ``design`` for a budget of ``budget_cycles`` between checkpoints.

    Write states of non-volatile memories that a read reaches with no checkpoint in between are forced
    into the plan (hls/war.py); a memory read and written in one state is refused unless ``allow_war``."""
    model = model or CostModel()
    refuse_same_state(design, allow_war)
    forced_states = forced_checkpoints(design)
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
    problem = Problem(succ, (1,) * len(names), cost, reexec, budget_cycles, 0,
                      frozenset(idx[s] for s in forced_states))
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
    left = [h for h in plan_hazards(design, [names[i] for i in chosen]) if not h.same_state]
    if left:
        raise HlsError(f"internal: the plan leaves a write-after-read hazard ({left[0].describe()})")
    checkpoints = tuple(
        Checkpoint(names[i], design.saved_registers(names[i]), bits[i]) for i in chosen
    )
    params = model.as_dict() | {"failure_per_cycle": failure, "max_layer": float(cap),
                                "optimal": float(solution.optimal),
                                "forced_checkpoints": float(len(forced_states)),
                                "run_cycles": run_cycles,
                                "dp_states": float(solution.states_explored)}
    return Plan(budget_cycles, checkpoints, breakdown(solution.checkpoints),
                {"every_state": breakdown(every_state), "every_k_cycles": periodic},
                _shadow_bits(design, names, solution.checkpoints), params)


def _shadow_bits(design: Design, names: list[str], chosen: frozenset[int]) -> int:
    saved = {r for i in chosen for r in design.saved_registers(names[i])}
    return sum(design.width_of(r) for r in saved) + design.fsm.width + 1


def plan_design(design: Design, budget_cycles: int, model: CostModel | None = None,
                allow_war: bool = False) -> Plan:
    """Alias of :func:`plan_checkpoints` (the name hls.cli.insert uses)."""
    return plan_checkpoints(design, budget_cycles, model, allow_war)


def resave_periods(design: Design, states: list[str], budget_cycles: int) -> dict[str, int]:
    """Cycles since the last save before a checkpoint state saves again (``--resave budget``).

    Checkpoint state ``s`` saves (on entry, or while the FSM stays there) only once ``P(s)`` cycles have
    run since the last save, ``P(s) = B - L(s)``, ``L(s)`` the longest checkpoint-free path after ``s``
    (states outside the plan and the reset state, one cycle each). Invariant: the cycles since the last
    save never exceed the budget ``B`` - skipping at ``s`` leaves at most ``P(s) - 1 + 1 + L(s) = B`` at
    the next checkpoint state - so a failure still loses at most ``B`` cycles, the bound the placement
    enforced, while a loop through ``s`` is saved about once per ``P(s)`` cycles instead of every
    iteration. The reset state and the write states forced by the write-after-read rule (hls/war.py) get
    0: saved on every entry (the hazard argument needs it). Without a budget (``B`` = 0, a ``--states``
    plan) every state gets 0."""
    from hls.analysis.war import forced_checkpoints

    fsm = design.fsm
    if budget_cycles < 1:
        return {}
    chosen = set(states) | {fsm.reset_state}
    forced = set(forced_checkpoints(design))
    memo: dict[str, int] = {}

    def longest(state: str, stack: frozenset[str]) -> int:
        """Cycles of the longest path starting at ``state`` before the next checkpoint state."""
        if state in chosen:
            return 0
        if state in memo:
            return memo[state]
        if state in stack:  # a checkpoint-free cycle: unbounded (a feasible plan has none)
            return budget_cycles
        best = 1 + max((longest(t, stack | {state}) for t in fsm.successors(state)), default=0)
        memo[state] = min(best, budget_cycles)
        return memo[state]

    periods: dict[str, int] = {}
    working_reset = len(fsm.states) == 1  # a one-state FSM (Vitis pipelined loop) computes in its reset state
    for state in states:
        if (state == fsm.reset_state and not working_reset) or state in forced:
            continue
        after = max((longest(t, frozenset()) for t in fsm.successors(state) if t != state), default=0)
        periods[state] = max(1, budget_cycles - after)
    return periods
