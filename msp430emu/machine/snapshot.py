"""Snapshots of a whole machine: the flat state, the host's time and records, and every peripheral.

``snap = take(machine)`` and ``restore(machine, snap)`` let a caller go back to an earlier moment of the
same machine (failure injection at many points of one run, what-if runs from a common prefix) without
re-running the prefix. The arrays are copied in place on restore, because the core and the peripherals keep
references to them. A peripheral's state is its instance attributes except its wiring (``spec``, ``host``,
``mem``, names): copied deeply. External event sources (e.g. the energy model) are not part of the machine
and keep their own state.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass

import numpy as np

from msp430emu.cpu.state import MachineState

# host attributes that make up the machine's own state (everything else is wiring or configuration)
HOST_FIELDS = ("uart", "gpio_events", "warnings", "resets", "io_locked", "powered", "_seg_t", "_seg_cycles",
               "_mclk", "_pending_reset", "_short_resets", "_last_reset_insns", "stop_request", "_mode",
               "_next_at", "core_calls")
CLOCK_FIELDS = ("rates", "gating_sr", "nwaits")
WIRING = frozenset(("spec", "host", "mem", "name", "base"))


@dataclass
class Snapshot:
    state: MachineState
    host: dict
    clocks: dict
    irq: tuple[list[int], int]
    peripherals: list[dict]


def _peripheral_state(p) -> dict:
    return copy.deepcopy({k: v for k, v in vars(p).items() if k not in WIRING})


def take(machine) -> Snapshot:
    return Snapshot(
        state=machine.state.copy(),
        host={k: copy.deepcopy(getattr(machine, k)) for k in HOST_FIELDS},
        clocks={k: copy.deepcopy(getattr(machine.clocks, k)) for k in CLOCK_FIELDS},
        irq=(list(machine.irq.pending), machine.irq.current),
        peripherals=[_peripheral_state(p) for p in machine.peripherals],
    )


def restore(machine, snap: Snapshot) -> None:
    st = machine.state
    for name in ("mem", "attr", "regs", "ctl"):
        np.copyto(getattr(st, name), getattr(snap.state, name))
    for k, v in snap.host.items():
        value = copy.deepcopy(v)
        if k == "_next_at":                 # the loop holds a reference to this list: update it in place
            machine._next_at[:] = value
        else:
            setattr(machine, k, value)
    for k, v in snap.clocks.items():
        setattr(machine.clocks, k, copy.deepcopy(v))
    machine.irq.pending[:] = snap.irq[0]
    machine.irq.current = snap.irq[1]
    for p, saved in zip(machine.peripherals, snap.peripherals, strict=True):
        vars(p).update(copy.deepcopy(saved))
