"""Snapshots: explicit, versioned, per component.

A snapshot is the state of each component of a run at one moment, with the component's snapshot version:
the machine's own parts (``cpu``: the flat state arrays; ``host``: time, records, power/suspend flags;
``clocks``; ``irq``; ``peripheral:<i>:<name>`` for each peripheral) and whatever else the caller names (the
session adds ``power``, ``checkpoint`` and ``strategy``: :meth:`msp430emu.session.Run.snapshot`).

    snap = take(machine, power=run.energy.power)        # or run.snapshot()
    ...                                                 # run on, inject a failure, ...
    restore(machine, snap, power=run.energy.power)      # back to that moment, exactly

A component other than the machine's takes part by being :class:`Snapshottable`: its state is its instance
attributes except the ones named in ``SNAPSHOT_WIRING`` (references to other components, listeners, caches
derived from configuration), copied deeply; ``SNAPSHOT_VERSION`` changes when that state's meaning changes,
and restoring a snapshot of another version is refused. The arrays of the machine are copied in place on
restore, because the core and the peripherals keep references to them.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field

import numpy as np

from msp430emu.cpu.state import MachineState
from msp430emu.errors import ConfigError

# host attributes that make up the machine's own state (everything else is wiring or configuration)
HOST_FIELDS = ("uart", "gpio_events", "warnings", "resets", "io_locked", "powered", "suspended", "_seg_t",
               "_seg_cycles", "_mclk", "_pending_reset", "_short_resets", "_last_reset_insns", "stop_request",
               "_mode", "_next_at", "core_calls")
CLOCK_FIELDS = ("rates", "gating_sr", "nwaits")
PERIPHERAL_WIRING = frozenset(("spec", "host", "mem", "name", "base"))
MACHINE_VERSIONS = {"cpu": 1, "host": 2, "clocks": 1, "irq": 1, "peripheral": 1}


class Snapshottable:
    """Mixin: the component's state is ``vars(self)`` less ``SNAPSHOT_WIRING``, copied deeply."""

    SNAPSHOT_VERSION = 1
    SNAPSHOT_WIRING: frozenset[str] = frozenset()

    def snapshot_state(self) -> dict:
        return copy.deepcopy({k: v for k, v in vars(self).items() if k not in self.SNAPSHOT_WIRING})

    def restore_state(self, state: dict) -> None:
        vars(self).update(copy.deepcopy(state))


@dataclass
class Snapshot:
    """``parts[name] = (version, state)`` for each component."""

    parts: dict[str, tuple[int, object]] = field(default_factory=dict)

    def versions(self) -> dict[str, int]:
        return {name: version for name, (version, _) in self.parts.items()}

    @property
    def state(self) -> MachineState:
        """The flat machine state (the ``cpu`` part): registers, memory, counters at that moment."""
        return self.parts["cpu"][1]


def _peripheral_state(p) -> dict:
    return copy.deepcopy({k: v for k, v in vars(p).items() if k not in PERIPHERAL_WIRING})


def take(machine, **components: Snapshottable | None) -> Snapshot:
    """The machine's state and each named component's (None: left out)."""
    v = MACHINE_VERSIONS
    snap = Snapshot()
    snap.parts["cpu"] = (v["cpu"], machine.state.copy())
    snap.parts["host"] = (v["host"], {k: copy.deepcopy(getattr(machine, k)) for k in HOST_FIELDS})
    snap.parts["clocks"] = (v["clocks"], {k: copy.deepcopy(getattr(machine.clocks, k)) for k in CLOCK_FIELDS})
    snap.parts["irq"] = (v["irq"], (list(machine.irq.pending), machine.irq.current))
    for i, p in enumerate(machine.peripherals):
        snap.parts[f"peripheral:{i}:{p.name}"] = (v["peripheral"], _peripheral_state(p))
    for name, component in components.items():
        if component is not None:
            snap.parts[name] = (type(component).SNAPSHOT_VERSION, component.snapshot_state())
    return snap


def _check(snap: Snapshot, name: str, version: int) -> object:
    if name not in snap.parts:
        raise ConfigError(f"snapshot: it has no {name!r} part (taken of another kind of run)")
    got, state = snap.parts[name]
    if got != version:
        raise ConfigError(f"snapshot: its {name!r} part is version {got}; this build reads version {version}")
    return state


def restore(machine, snap: Snapshot, **components: Snapshottable | None) -> None:
    """Put the machine and each named component back to ``snap`` (every part checked before any is
    changed: a snapshot of another version, or one without a part asked for, changes nothing)."""
    v = MACHINE_VERSIONS
    st_snap: MachineState = _check(snap, "cpu", v["cpu"])
    host = _check(snap, "host", v["host"])
    clocks = _check(snap, "clocks", v["clocks"])
    pending, current = _check(snap, "irq", v["irq"])
    saved_peripherals = [_check(snap, f"peripheral:{i}:{p.name}", v["peripheral"])
                         for i, p in enumerate(machine.peripherals)]
    saved_components = {name: _check(snap, name, type(c).SNAPSHOT_VERSION)
                        for name, c in components.items() if c is not None}
    st = machine.state
    for name in ("mem", "attr", "regs", "ctl"):
        np.copyto(getattr(st, name), getattr(st_snap, name))
    for k, value in host.items():
        value = copy.deepcopy(value)
        if k == "_next_at":                 # the loop holds a reference to this list: update it in place
            machine._next_at[:] = value
        else:
            setattr(machine, k, value)
    for k, value in clocks.items():
        setattr(machine.clocks, k, copy.deepcopy(value))
    machine.irq.pending[:] = pending
    machine.irq.current = current
    for p, saved in zip(machine.peripherals, saved_peripherals, strict=True):
        vars(p).update(copy.deepcopy(saved))
    for name, state in saved_components.items():
        components[name].restore_state(state)


__all__ = ["HOST_FIELDS", "MACHINE_VERSIONS", "Snapshot", "Snapshottable", "restore", "take"]
