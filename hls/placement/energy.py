"""Idetic's energy-driven checkpointing as a model: overheads per capacitor charge
(docs/hls-instrumentation.md, "Energy-driven mode").

In ``--mode low_voltage`` the instrumented design saves only when a voltage supervisor warns that the
capacitor is nearly empty: once per warning, at the first checkpoint state reached (hls.emit.controller). The
warning threshold must leave enough energy to reach a checkpoint state and finish the save. Per charge
(``E_u = C (V_on^2 - V_off^2) / 2``) the design pays one restore at power-up, one save, and the cycles it runs
between the save and the power loss (re-executed after the restore). This module turns a plan, the design's
energy per cycle and the NVM figures into time and energy overheads.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from hls.analysis.frequencies import visit_frequencies
from hls.errors import HlsError
from hls.ir import Design

# Phase-change memory, per bit (array write / read), as given by B. C. Lee, E. Ipek, O. Mutlu, D. Burger,
# "Architecting phase change memory as a scalable DRAM alternative", ISCA 2009 (table of PCM parameters).
PCM_WRITE_PJ_PER_BIT = 16.82
PCM_READ_PJ_PER_BIT = 2.47


@dataclass(frozen=True)
class EnergySetup:
    """The supply: Idetic's (PerCom 2013) 3.3 uF capacitor, on at 5.4 V, off at 3 V, PCM shadow storage."""

    capacitance: float = 3.3e-6
    v_on: float = 5.4
    v_off: float = 3.0
    write_pj_per_bit: float = PCM_WRITE_PJ_PER_BIT
    read_pj_per_bit: float = PCM_READ_PJ_PER_BIT
    word_bits: int = 32

    @property
    def usable_j(self) -> float:
        return self.capacitance * (self.v_on**2 - self.v_off**2) / 2.0


@dataclass(frozen=True)
class ChargeOverhead:
    """What one charge costs in the energy-driven mode (cycles at the design's clock, energies in J)."""

    cycles_per_charge: float  # every cycle the charge powers (useful + overhead)
    useful_cycles: float
    save_cycles: int  # frozen cycles of the save (words + commit)
    restore_cycles: int  # the frozen power-up cycles (1, or W for a scan chain)
    lost_cycles: float  # run after the save, before the power is gone: re-executed
    reach_cycles: float  # mean cycles from the warning to a checkpoint state (useful work)
    reserve_j: float  # energy kept below the warning threshold
    warning_v: float  # the supervisor's threshold
    nvm_j: float  # save writes + restore reads (+ the save/restore-only logic's switching)
    time_overhead_pct: float
    energy_overhead_pct: float


def distances(design: Design, states: list[str]) -> dict[str, int]:
    """Per FSM state, the most cycles (this state's included) run before the next checkpoint state or the
    reset state is entered: the longest checkpoint-free path, finite for a feasible plan."""
    fsm = design.fsm
    chosen = set(states) | {fsm.reset_state}
    memo: dict[str, int] = {}

    def walk(state: str, stack: frozenset[str]) -> int:
        if state in memo:
            return memo[state]
        if state in stack:
            raise HlsError(f"the plan leaves a loop through {state} without a checkpoint")
        after = [walk(t, stack | {state}) for t in fsm.successors(state) if t not in chosen]
        memo[state] = 1 + max(after, default=0)
        return memo[state]

    return {state: walk(state, frozenset()) for state in fsm.states}


def charge_overhead(
    design: Design,
    states: list[str],
    words: dict[str, int],
    cycle_j: float,
    added_cycle_j: float,
    setup: EnergySetup | None = None,
    trip_count: float = 8.0,
    *,
    restore_cycles: int = 1,
    save_cycle_j: float = 0.0,
) -> ChargeOverhead:
    """Overheads of the energy-driven mode for the plan ``states`` saving ``words[s]`` NVM words at each.

    ``cycle_j``: the original design's energy per cycle; ``added_cycle_j``: what the instrumentation adds to
    every cycle (clocking of its flip-flops, leakage of all its cells, switching of the logic in the design's
    data paths); ``save_cycle_j``: what its save/restore-only logic switches in each save or restore cycle;
    ``restore_cycles``: cycles of the power-up restore (1 parallel, ``W`` for a scan chain). Equations
    (docs/hls-instrumentation.md)::

        D      = max_v dist(v)                      longest run to the next checkpoint
        W      = max_s words(s)                     the largest save
        R      = restore_cycles
        E_res  = (D + W + 1) e' + W (b e_w + e_s)   reserve below the warning, e' = e + e_ctl
        d      = sum_v f(v) dist(v) / sum_v f(v)    mean run from the warning to a checkpoint
        E_nvm  = W b (e_w + e_r) + (W + R) e_s      one save, one restore
        T      = (E_u - E_nvm) / e'                 cycles a charge powers
        O      = R + (W + 1) + (D - d)              restore, save, lost (run after the save)
        U      = T - O                              useful cycles
        time   = O / U,   energy = (E_u - U e) / (U e)
    """
    setup = setup or EnergySetup()
    if not states:
        raise HlsError("the energy-driven model needs at least one checkpoint state")
    if cycle_j <= 0 or added_cycle_j < 0 or save_cycle_j < 0:
        raise HlsError("energy per cycle must be positive")
    if restore_cycles < 1:
        raise HlsError(f"a restore takes at least one cycle, not {restore_cycles}")
    fsm = design.fsm
    dist = distances(design, states)
    names = sorted(fsm.states, key=lambda s: (s != fsm.reset_state, fsm.states[s]))
    index = {s: i for i, s in enumerate(names)}
    succ = tuple(tuple(sorted({index[t] for t in fsm.successors(s) if t in index})) for s in names)
    freq = visit_frequencies(succ, 0, trip_count)
    reach = sum(f * dist[s] for s, f in zip(names, freq, strict=True)) / max(sum(freq), 1e-30)
    bits = setup.word_bits
    e = cycle_j
    e_all = cycle_j + added_cycle_j
    w_max = max(words[s] for s in states)
    d_max = max(dist.values())
    e_w = setup.write_pj_per_bit * 1e-12
    e_r = setup.read_pj_per_bit * 1e-12
    reserve = (d_max + w_max + 1) * e_all + w_max * (bits * e_w + save_cycle_j)
    usable = setup.usable_j
    if reserve >= usable / 2:
        raise HlsError(f"the reserve to reach a checkpoint ({reserve:.3g} J) is not small against one charge "
                       f"({usable:.3g} J): checkpoint more states")
    nvm = w_max * bits * (e_w + e_r) + (w_max + restore_cycles) * save_cycle_j
    total = (usable - nvm) / e_all
    lost = d_max - reach
    overhead = restore_cycles + (w_max + 1) + lost
    useful = total - overhead
    warning = math.sqrt(setup.v_off**2 + 2 * reserve / setup.capacitance)
    return ChargeOverhead(
        cycles_per_charge=total,
        useful_cycles=useful,
        save_cycles=w_max + 1,
        restore_cycles=restore_cycles,
        lost_cycles=lost,
        reach_cycles=reach,
        reserve_j=reserve,
        warning_v=warning,
        nvm_j=nvm,
        time_overhead_pct=100.0 * overhead / useful,
        energy_overhead_pct=100.0 * (usable - useful * e) / (useful * e),
    )


__all__ = ["PCM_READ_PJ_PER_BIT", "PCM_WRITE_PJ_PER_BIT", "ChargeOverhead", "EnergySetup", "charge_overhead",
           "distances"]
