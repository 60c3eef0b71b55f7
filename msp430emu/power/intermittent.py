"""Intermittent power: the energy model (``energy.EnergySystem``) as an event source of the machine.

The capacitor advances with the executed cycles, block by block. :class:`IntermittentPower` predicts, in
closed form, the next moment the run loop must stop for - the supply crossing V_off (while powered) or V_on
(while off), or the end of a look-ahead window of harvester segments - and the loop runs the core up to
that cycle. Between two such events nothing about the energy is checked. At each event (or whenever the
MCU's mode changes, or the ADC reads the supply) the capacitor is committed exactly up to the machine's
time with the load of the mode that was in force: ``mcu.load(mode, MCLK)`` while powered, none while off.

Failure semantics (docs/intermittent.md): the core stops at the first instruction boundary at or after the
cycle at which V reaches V_off, so a failure always falls *between* instructions; the instruction during
which V crossed completes and its overshoot (at most one instruction's cycles) is charged at the active
current. Then registers, SRAM, peripherals and pending interrupts are lost: SRAM is refilled with
:func:`garbage` (never 0x00, never the byte it replaces), the peripherals are held in reset, FRAM keeps
every byte. Off periods cost no CPU stepping: time jumps from event to event until V_on; then the MCU
boots through its reset vector (a BOR) and the datasheet's reset charge is drawn from the capacitor.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

import numpy as np

from energy import NO_LOAD, EnergyError, EnergySystem, Load, McuPowerModel
from energy import powered_walk as _powered_walk
from energy import walk as _walk
from energy.aot import LIBRARY
from energy.capacitor import Source, Trajectory
from energy.charge_table import OffChargeTable
from energy.powered_walk import STOP_HANDOFF, PoweredWalk
from energy.walk import (
    KIND_NONE,
    KIND_THRESHOLD,
    TracePath,
    TraceWalk,
    advance_free,
    predict_steps,
)
from energy.walk import crossing_time as walk_crossing
from msp430emu.cpu.state import C_INSNS, C_LAST_PC
from msp430emu.errors import ConfigError
from msp430emu.machine.snapshot import Snapshottable
from msp430emu.machine.timing import EPS_REL, EPS_T
from msp430emu.power.garbage_fill import fill_garbage

INF = math.inf
PLAN_SEGMENTS = 256          # harvester segments predicted per look-ahead (one loop event per window at most)
GARBAGE_SEED = 0x5A17        # seeds the SRAM garbage generator (with the failure number): reproducible runs


def path_a(cap, load: Load) -> float:
    """The constant-current term of a power trace's segments under ``load`` (as ``Capacitor.trajectory``)."""
    return 0.0 - load.current - cap.leak_current


DIRECT_KERNELS = True     # the per-event compiled walks called without their argument check (False: checked)


class _Kernels:
    """The compiled walks this bridge calls once or more per event (~2 us of Python saved a call): without
    the argument check of ``energy.compiled.Export.guard`` when the ahead-of-time extension is current and
    ``DIRECT_KERNELS`` (the bridge passes exactly the exported types: floats, ints and bools, C-contiguous
    float64 arrays); else the kernels as ``energy`` exposes them (checked, or jitted)."""

    __slots__ = ("walk_powered", "scan", "advance_free")

    def __init__(self) -> None:
        def direct(module: str, name: str) -> Callable | None:
            return LIBRARY.function(module, name) if DIRECT_KERNELS else None

        self.walk_powered = (direct("energy.powered_walk", "walk_powered")
                             or (lambda *args: _powered_walk.walk_powered(*args)))
        self.scan = direct("energy.walk", "_scan") or (lambda *args: _walk._scan(*args))
        self.advance_free = (direct("energy.walk", "_advance_free")
                             or (lambda *args: _walk._advance_free(*args)))


def _not_before(found: int, t: float, now: float) -> tuple[float, float]:
    """A plan scan's answer as (crossing time, time looked to), never before ``now`` (the committed state
    may lie inside the segment whose start the scan went from)."""
    t = max(t, now)
    return (t, t) if found == 1 else (INF, t)


class PowerListener(Protocol):
    """Told about every boot and power failure (the no-progress monitor, the timeline)."""

    def on_boot(self, now: float) -> None: ...
    def on_failure(self, now: float) -> None: ...


def garbage(old: np.ndarray, failure_index: int) -> np.ndarray:
    """The SRAM contents after power failure number ``failure_index``: pseudo-random bytes (PCG64 seeded
    with GARBAGE_SEED and the failure number), each one different from 0x00 and from the byte it replaces."""
    out = np.array(old, dtype=np.uint8)                  # (a contiguous copy)
    garbage_into(out, failure_index)
    return out


def garbage_into(mem: np.ndarray, failure_index: int) -> None:
    """:func:`garbage` written over ``mem`` (contiguous uint8, e.g. a slice of the machine's memory)."""
    # = np.random.default_rng([GARBAGE_SEED, i]).integers(1, 256, n, dtype=np.uint8) with the clashes fixed
    # (what this was until issue 15: it stays the reference, tests/msp430emu/test_garbage.py), computed by
    # one compiled call (garbage_fill.py: numpy's SeedSequence, PCG64 and bounded draw re-implemented)
    if 0 <= failure_index < 1 << 32:
        fill_garbage(mem, GARBAGE_SEED, failure_index)
        return
    rng = np.random.default_rng([GARBAGE_SEED, failure_index])   # (a two-word entropy: numpy's own draw)
    fill = rng.integers(1, 256, size=mem.shape[0], dtype=np.uint8)
    clash = fill == mem
    fill[clash] = np.where(mem[clash] == 0xFF, 0x5A, mem[clash] ^ 0xFF)
    mem[:] = fill


@dataclass(slots=True)
class _Plan:
    """The predicted path from the committed state: whole segments, then the event that ends it."""

    steps: list[tuple[float, Source, Trajectory, float]] = field(default_factory=list)  # t_end, src, traj, V
    t_event: float = INF        # absolute time of the event (INF: none)
    kind: str = "none"          # "threshold" | "window" | "none"
    threshold: float = 0.0
    traj: Trajectory | None = None
    source: Source | None = None
    dt: float = 0.0             # from the last step's end to the threshold
    index: int = 0              # steps already committed
    fast_n: int = 0             # whole segments from the compiled walk (energy.powered_walk)
    fast_index: int = 0         # of which already committed
    fast: tuple | None = None   # (end times, end voltages, cumulative harvested, cumulative integral V dt)
    path: TracePath | None = None   # whole segments of the compiled exact walk (energy.walk)
    anchor: tuple | None = None  # the committed state is inside a segment: the state at the segment's start


class IntermittentPower(Snapshottable):
    """The capacitor + harvester + power switch of ``system`` driving a
    :class:`msp430emu.machine.machine.Machine`.

    Create it, build the machine with ``vcc=power.supply_voltage`` (the ADC's battery channel then reads
    the capacitor), then :meth:`attach`. ``charges`` draws the datasheet's reset and LPM wake-up charges;
    ``max_step`` bounds the time between two events (a timeline's resolution)."""

    SNAPSHOT_WIRING = frozenset(("machine", "listeners", "recorder", "mcu",      # references, not state
                                 "_bulk", "_fast", "trace_walk",    # the harvester's tables (never change)
                                 "_k"))                             # the compiled walks it calls
    TIMES_FIXED = True     # its event times do not move with the cycle count (msp430emu/cpu/ticks.py)
    SNAPSHOT_VERSION = 2      # 2: the plan is state (a commit inside a segment keeps it, with its anchor)

    def __init__(self, system: EnergySystem, mcu: McuPowerModel, *, charges: bool = True,
                 max_step: float = INF) -> None:
        if not max_step > 0.0:
            raise ConfigError(f"the longest energy step must be > 0 s (got {max_step})")
        self.system = system
        self.mcu = mcu
        self.charges = charges
        self.max_step = float(max_step)
        self.machine = None
        self.listeners: list[PowerListener] = []
        self.recorder: Callable[[float, float, str, str], None] | None = None   # (t, V, state, event)
        self.v_start = system.capacitor.voltage
        self.failures = 0
        self.boots = 0
        self.on_time = 0.0
        self.off_time = 0.0
        self.failure_log: list[dict] = []     # {"t", "pc", "instructions"} per failure (first 1000)
        self.powered = False
        self._t_mark = system.time
        self._mode, self._mclk = "off", 0.0
        self._load = NO_LOAD
        self._plan: _Plan | None = None
        self._due: str | None = None          # "failure" | "boot": a switch change waiting for on_event
        self._due_t = INF
        self._sram: list[tuple[int, int]] = []
        cap = system.capacitor
        exact_off = cap.leak_current == 0.0 and cap.leak_resistance == INF and max_step == INF
        self._bulk = OffChargeTable.from_harvester(system.harvester) if exact_off else None
        self._fast = PoweredWalk.from_harvester(system.harvester) if cap.leak_resistance == INF else None
        self.trace_walk = TraceWalk.from_harvester(system.harvester)   # exact compiled walks (energy.walk)
        self._k = _Kernels()
        self._in_transition = False
        self.touches_peripherals = True       # of the last on_event (Machine._fire_events reads it after)
        self.state_serial = 0                 # +1 whenever the trajectory jumps: a new load, a drawn charge

    # --- set-up -----------------------------------------------------------------------------------------
    def attach(self, machine) -> None:
        """Plug into ``machine`` (built with ``vcc=self.supply_voltage``) at its present time."""
        self.machine = machine
        self._sram = [(r.start, r.end + 1) for r in machine.device.memory if r.volatile]
        now = machine.now()
        self.system.time = now
        self._t_mark = now
        self._mode, self._mclk = machine.mode(), machine.clocks.mclk
        machine.add_event_source(self)
        if self.system.switch.is_on:
            self.powered = True
            self._set_load()
            self._booted(now)
        else:
            self._note(now, "start")
            self._fill_garbage()
            self._in_transition = True
            machine.power_off(now)
            self._in_transition = False
            self._check_starved(now)

    # --- event-source protocol --------------------------------------------------------------------------
    def next_event_time(self, now: float) -> float:
        if self._due is not None:
            return self._due_t
        if self._plan is None:
            self._plan = self._predict()
        return self._plan.t_event

    def on_event(self, now: float) -> None:
        self._commit(now)
        # a failure or a boot resets peripherals; the end of a look-ahead window or a walk changes none
        self.touches_peripherals = self._due is not None
        if self._due == "failure":
            self._failure(now)
        elif self._due == "boot":
            self._boot(now)
        if not self.powered:
            self._check_starved(now)

    def on_mode_change(self, now: float, mode: str, mclk_hz: float) -> None:
        if (mode, mclk_hz) == (self._mode, self._mclk):
            return
        self._commit(now)
        old = self._mode
        self._mode, self._mclk = mode, mclk_hz
        self._set_load()
        if self._in_transition:
            return                                 # power_off / power_on: noted as failure / boot
        if self.charges and self.powered and mode == "active" and old.startswith("lpm"):
            self._draw(self.mcu.charges_nas.get(f"wake_{old}", 0.0) * 1e-9, now)
        self._note(now, "")

    def supply_voltage(self, now: float) -> float:
        """The capacitor voltage at ``now`` (the machine's Vcc; the ADC battery channel reads it)."""
        if self.machine is not None:
            self._commit(now)
        return self.system.capacitor.voltage

    # --- queries ----------------------------------------------------------------------------------------
    def state_name(self) -> str:
        return self._mode if self.powered else "off"

    @property
    def trajectory_token(self) -> int:
        """Changes whenever the capacitor's path stops following the closed forms from the committed state
        (a new load, a drawn charge, an injected failure): predictions made since stay valid until then."""
        return self.state_serial

    @property
    def load(self) -> Load:
        """The load now drawn from the capacitor (the MCU's mode and MCLK; none while off)."""
        return self._load

    def crossing(self, v: float, t_limit: float = INF, segments: int = 512,
                 past_plan: bool = False) -> tuple[float, float]:
        """(the first time at or after the committed state at which V reaches ``v`` under the present
        load, how far the look went), as ``energy.walk.crossing_time`` from the committed state: (INF,
        t_walked) when not within ``segments`` segments or by ``t_limit``. Answered from the look-ahead
        plan's stored segment ends where it covers the crossing (no segment walked again), then by walking
        on from the plan's last segment end (docs/intermittent.md, "The look-ahead plan"). With no
        ``t_limit``, the look stops at the end of the plan's window (ask again from there) unless
        ``past_plan`` (a question about a time beyond the next event: in-core saves' V_off)."""
        system = self.system
        cap, load = system.capacitor, self._load
        now, volt = system.time, cap.voltage
        if volt == v:
            return now, now
        plan = self._plan
        if plan is None and self.machine is not None and self._due is None:
            plan = self._plan = self._predict()
        if plan is None or plan.kind == "bulk":
            return walk_crossing(system.harvester, cap, load, now, v, t_limit, segments, self.trace_walk)
        # segment by segment from the start of the one the committed state is in (its crossing test from
        # the committed voltage, its crossing time from the segment's start, as the plan walked it)
        v_test = volt
        t, volt = plan.anchor[:2] if plan.anchor is not None else (now, volt)
        c, a, v_max = cap.capacitance, path_a(cap, load), cap.v_max
        looked = 0
        if plan.fast_index < plan.fast_n:
            t_ends, v_ends = plan.fast[0], plan.fast[1]
            fw = self._fast
            found, hit, t, volt, k = self._k.scan(fw.times, fw.power, fw.end, fw.loop, t_ends, v_ends,
                                                  plan.fast_index, plan.fast_n, t, volt, v_test, c, a, 0.0,
                                                  v_max, v, t_limit)
            looked += k
            if found:
                return _not_before(found, hit, now)
            v_test = volt if k else v_test
        path = plan.path
        if path is not None and path.index < path.n:
            tw = self.trace_walk
            found, hit, t, volt, k = self._k.scan(tw.times, tw.power, tw.end, tw.loop, path.t_ends,
                                                  path.v_ends, path.index, path.n, t, volt, v_test, c, a, 0.0,
                                                  v_max, v, t_limit)
            looked += k
            if found:
                return _not_before(found, hit, now)
            v_test = volt if k else v_test
        for t_end, _src, traj, v_end in plan.steps[plan.index:]:
            if t >= t_limit:
                return _not_before(2, t, now)
            looked += 1
            if (v_end - v) * (v_test - v) <= 0.0:
                hit = t + min(traj.time_to(v), t_end - t)
                return _not_before(1, hit, now) if hit <= t_limit else _not_before(2, t_limit, now)
            if t_end >= t_limit:
                return _not_before(2, t_limit, now)
            t, volt, v_test = t_end, v_end, v_end
        if plan.kind == "threshold":              # the event's segment: from (t, volt) to the threshold
            th = plan.threshold
            if t >= t_limit:
                return _not_before(2, t, now)
            if (th - v) * (v_test - v) <= 0.0:
                hit = plan.t_event if v == th else t + min(plan.traj.time_to(v), plan.t_event - t)
                return _not_before(1, hit, now) if hit <= t_limit else _not_before(2, t_limit, now)
            t_end = plan.t_event
        else:
            t_end = t if plan.kind == "window" else INF
        if t_end != INF and t_limit == INF and not past_plan:   # not before the plan's event: ask again then
            return _not_before(2, t_end, now)
        if looked >= segments:
            return INF, max(t, now)
        if looked == 0 and plan.anchor is not None:
            t, volt = now, v_test                 # still in the segment the state is in: walk from the state
        hit, walked = walk_crossing(system.harvester, cap, load, t, v, t_limit, segments - looked,
                                    self.trace_walk, volt=volt)
        return max(hit, now), max(walked, now)

    def force_failure(self, now: float) -> None:
        """An injected power failure at ``now`` (failure-injection campaigns): the switch opens as if V had
        reached V_off, whatever the capacitor holds; the MCU boots again once V reaches V_on."""
        if not self.powered or self._due is not None:
            return
        self._commit(now)
        self.system.switch.is_on = False
        self._plan = None
        self.state_serial += 1
        self._due, self._due_t = "failure", now

    def set_voltage(self, v: float, now: float) -> float:
        """Set the capacitor to ``v`` volts at ``now`` (a debugger's ``charge`` / ``discharge``, EDB-style).
        The energy this adds or removes is outside the ledger (returned, in J); the switch's hysteresis
        applies at the next loop turn (a failure below V_off, a boot above V_on)."""
        self._commit(now)
        cap = self.system.capacitor
        before = cap.stored
        cap.voltage = min(max(float(v), 0.0), cap.v_max)
        self._plan = None
        self.state_serial += 1
        self._set_load()
        self._switch_check(now)
        self._note(now, "charge" if cap.stored >= before else "discharge")
        return cap.stored - before

    def finish(self, now: float) -> None:
        """Commit the energy state up to the end of the run (before reading the ledger)."""
        self._commit(now)
        self._account(now)

    # --- the energy path --------------------------------------------------------------------------------
    def _set_load(self) -> None:
        if not self.powered or self._mode == "off":
            self._load = NO_LOAD
        else:
            m = self.mcu
            vcc = min(max(self.system.capacitor.voltage, m.vcc_min), m.vcc_max)
            try:
                self._load = m.load(self._mode, self._mclk, vcc)
            except EnergyError as exc:
                raise ConfigError(str(exc)) from None
        self._plan = None
        self.state_serial += 1

    def _trajectory(self, source: Source, load: Load, v: float) -> Trajectory:
        cap = self.system.capacitor      # the same expressions as Capacitor.trajectory (bit-identical)
        a = source.current - load.current - cap.leak_current
        b = 1.0 / load.resistance + 1.0 / cap.leak_resistance
        return Trajectory(cap.capacitance, source.power, a, b, v, cap.v_max)

    def _predict(self) -> _Plan:
        """Walk the harvester's segments from the committed state (without changing it) up to the switch
        threshold's crossing, PLAN_SEGMENTS segments, or max_step seconds."""
        system = self.system
        if self._bulk is not None and not self.powered:
            return self._predict_bulk()
        harvester, load = system.harvester, self._load
        th = system.switch.threshold
        t, v = system.time, system.capacitor.voltage
        horizon = t + self.max_step
        plan = _Plan()
        steps = plan.steps
        cap = system.capacitor
        # the same expressions as Capacitor.trajectory, hoisted (bit-identical trajectories)
        c, i_load, i_leak, v_max = cap.capacitance, load.current, cap.leak_current, cap.v_max
        b = 1.0 / load.resistance + 1.0 / cap.leak_resistance
        todo = PLAN_SEGMENTS
        if self._fast is not None and self.powered and b == 0.0:
            fw, out = self._fast, np.empty((4, PLAN_SEGMENTS), dtype=np.float64)
            t_ends, v_ends = out[0], out[1]
            n, stop = self._k.walk_powered(fw.times, fw.power, fw.end, fw.loop, t, v, c,
                                           0.0 - i_load - i_leak, v_max, th, horizon, PLAN_SEGMENTS, t_ends,
                                           v_ends, out[2], out[3])
            if n:
                plan.fast_n, plan.fast = n, (t_ends, v_ends, out[2], out[3])
                t, v = float(t_ends[n - 1]), float(v_ends[n - 1])
                todo -= n
                if stop != STOP_HANDOFF:
                    plan.t_event, plan.kind = t, "window"
                    return plan
        if self.trace_walk is not None and b == 0.0:
            return self._predict_path(plan, t, v, c, 0.0 - i_load - i_leak, b, v_max, th, horizon, todo)
        walk = predict_steps(harvester, c, i_load, i_leak, b, v_max, t, v, th, horizon, self.powered, todo)
        steps.extend(walk.steps)
        if walk.kind == "threshold":
            plan.t_event, plan.kind, plan.threshold = walk.t_event, "threshold", th
            plan.traj, plan.source, plan.dt = walk.traj, walk.source, walk.dt
        elif walk.kind == "window":
            plan.t_event, plan.kind = walk.t_event, "window"
        return plan

    def _predict_path(self, plan: _Plan, t: float, v: float, c: float, a: float, b: float, v_max: float,
                      th: float, horizon: float, todo: int) -> _Plan:
        """The rest of ``_predict``'s walk compiled (energy.walk: the same steps, bit for bit)."""
        path = self.trace_walk.predict(t, v, c, a, b, v_max, th, horizon, self.powered, todo)
        plan.path = path
        if path.kind == KIND_NONE:
            return plan
        if path.kind == KIND_THRESHOLD:
            plan.t_event, plan.kind, plan.threshold = path.t_event, "threshold", th
            plan.traj = Trajectory(c, path.power, a, b, path.v_start, v_max)
            plan.source, plan.dt = Source(power=path.power), path.dt
            return plan
        plan.t_event, plan.kind = path.t_event, "window"
        return plan

    def _predict_bulk(self) -> _Plan:
        """Off, no leakage, a power trace: the time V_on is reached, from the cumulative energy table."""
        system = self.system
        cap, v_on = system.capacitor, system.switch.v_on
        need = 0.5 * cap.capacitance * (v_on * v_on - cap.voltage * cap.voltage)
        t_on = self._bulk.time_for_energy(system.time, need)
        return _Plan(t_event=t_on, kind="bulk", threshold=v_on)

    def _commit_bulk(self, plan: _Plan, now: float, due_at: float) -> None:
        system = self.system
        cap, table = system.capacitor, self._bulk
        led = cap.ledger
        if plan.t_event <= due_at:                  # V_on: land on it exactly
            led.harvested += table.energy_at(plan.t_event) - table.energy_at(system.time)
            led.time += plan.t_event - system.time
            cap.voltage, system.time = plan.threshold, plan.t_event
            self._plan = None
            self._switch_check(now)
            if system.time < now:
                self._advance_free(now, self._load)
        elif system.time < now:
            energy = table.energy_at(now) - table.energy_at(system.time)
            v0 = cap.voltage
            v1 = min(math.sqrt(v0 * v0 + 2.0 * energy / cap.capacitance), plan.threshold)
            led.harvested += 0.5 * cap.capacitance * (v1 * v1 - v0 * v0)
            led.time += now - system.time
            cap.voltage, system.time = v1, now
        else:
            return
        if self.recorder is not None:
            self.recorder(system.time, cap.voltage, self.state_name(), "")

    def _commit(self, now: float) -> None:
        """Advance the capacitor exactly to ``now`` along the plan (landing on a due threshold): whole
        segments from the plan; inside a segment, a partial step from the segment's start that the next
        commit takes back (``_rewind``), so the plan stays valid (docs/intermittent.md, "The look-ahead
        plan"); past the end of a window, on along the next window from its exact start."""
        while self._commit_once(now):
            pass

    def _commit_once(self, now: float) -> bool:
        """One plan's part of ``_commit``; True: the plan's window ended before ``now`` (a new plan is set:
        commit again)."""
        system = self.system
        cap = system.capacitor
        plan = self._plan
        if plan is None:
            if system.time >= now:
                return False
            plan = self._plan = self._predict()
        elif plan.anchor is not None:
            if system.time >= now:
                return False
            self._rewind(plan)
        due_at = now + EPS_T + now * EPS_REL       # the run loop's tolerance for a due event
        if plan.kind == "bulk":
            self._commit_bulk(plan, now, due_at)
            return False
        load = self._load
        steps, rec = plan.steps, self.recorder
        if plan.fast_index < plan.fast_n:
            self._commit_fast(plan, due_at)
            if plan.fast_index < plan.fast_n:
                steps = ()                         # the compiled block is not finished: no step is due
        path = plan.path
        if (path is not None and plan.fast_index == plan.fast_n and path.index < path.n
                and path.t_ends[path.index] <= due_at):
            j = path.index
            system.time = TraceWalk.commit(path, cap, system.time, due_at, path_a(cap, load), 0.0, load)
            if rec is not None:
                state = self.state_name()
                for i in range(j, path.index):
                    rec(float(path.t_ends[i]), float(path.volts[i]), state, "")
        path_done = path is None or path.index == path.n
        while plan.index < len(steps) and steps[plan.index][0] <= due_at:
            t_end, src, traj, v_end = steps[plan.index]
            plan.index += 1
            if traj.v0 != cap.voltage:            # never expected (the plan chains exact floats): rebuild
                traj, v_end = self._trajectory(src, load, cap.voltage), -1.0
            cap.advance(t_end - system.time, src, load, v_end=v_end if traj.reachable(v_end) else None,
                        trajectory=traj)
            system.time = t_end
            if rec is not None:
                rec(t_end, cap.voltage, self.state_name(), "")
        if (plan.index == len(plan.steps) and plan.t_event <= due_at and plan.fast_index == plan.fast_n
                and path_done):
            if plan.kind == "threshold" and plan.traj.v0 == cap.voltage:
                cap.advance(plan.dt, plan.source, load, v_end=plan.threshold, trajectory=plan.traj)
                system.time = plan.t_event
                self._switch_check(now)
            elif plan.kind == "window" and system.time < now and self._due is None:
                self._plan = self._predict()       # the next window, from the exact end of this one
                return True
            self._plan = None
        if system.time < now:
            if self._plan is plan:                 # inside the plan's next segment: keep the plan
                led = cap.ledger
                plan.anchor = (system.time, cap.voltage, led.harvested, led.consumed, led.leaked, led.clamped,
                               led.time)
            self._advance_free(now, load)
            self._switch_check(now)
            if rec is not None:
                rec(now, cap.voltage, self.state_name(), "")
        return False

    def _rewind(self, plan: _Plan) -> None:
        """Back to the start of the segment the committed state is inside (its exact floats: the voltage,
        the time and the ledger as they were before the partial step), to commit from there again."""
        system = self.system
        cap = system.capacitor
        led = cap.ledger
        system.time, cap.voltage, led.harvested, led.consumed, led.leaked, led.clamped, led.time = plan.anchor
        plan.anchor = None

    def _commit_fast(self, plan: _Plan, due_at: float) -> None:
        """Commit the compiled walk's whole segments that end by ``due_at`` (ledger terms in bulk)."""
        t_ends, v_ends, cum_h, cum_m = plan.fast
        j, n = plan.fast_index, plan.fast_n
        if t_ends[j] > due_at:                     # (a read inside the next segment: nothing whole is due)
            return
        if t_ends[n - 1] <= due_at:                # the whole window: what the search would find
            k = n
        else:
            k = int(np.searchsorted(t_ends[:n], due_at, side="right"))
            if k <= j:
                return
        system = self.system
        cap = system.capacitor
        led = cap.ledger
        h0, m0 = (float(cum_h[j - 1]), float(cum_m[j - 1])) if j else (0.0, 0.0)
        m1 = float(cum_m[k - 1]) - m0
        t_new = float(t_ends[k - 1])
        led.harvested += float(cum_h[k - 1]) - h0
        led.consumed += self._load.current * m1
        led.leaked += cap.leak_current * m1
        led.time += t_new - system.time
        cap.voltage, system.time = float(v_ends[k - 1]), t_new
        plan.fast_index = k
        rec = self.recorder
        if rec is not None:
            state = self.state_name()
            for i in range(j, k):
                rec(float(t_ends[i]), float(v_ends[i]), state, "")

    def _advance_free(self, target: float, load: Load) -> None:
        """Advance to ``target`` through segment ends without landing on thresholds (partial steps and
        the overshoot of the instruction that crossed V_off)."""
        system = self.system
        cap, walk, t = system.capacitor, self.trace_walk, system.time
        if walk is not None and t < target:       # energy.walk.advance_free's compiled case, called directly
            b = 1.0 / load.resistance + 1.0 / cap.leak_resistance
            if b == 0.0:
                led = cap.ledger
                (cap.voltage, system.time, led.harvested, led.consumed, led.leaked, led.clamped,
                 led.time) = self._k.advance_free(
                    walk.times, walk.power, walk.end, walk.loop, t, target, cap.voltage, cap.capacitance,
                    0.0 - load.current - cap.leak_current, b, cap.v_max, load.current, load.resistance,
                    cap.leak_current, cap.leak_resistance, led.harvested, led.consumed, led.leaked,
                    led.clamped, led.time)
                return
        system.time = advance_free(system.harvester, cap, load, t, target, walk)

    def _switch_check(self, now: float) -> None:
        """Apply the switch's hysteresis; a disagreement with the machine's power is due at ``now``."""
        switch = self.system.switch
        switch.update(self.system.capacitor.voltage)
        if self._due is None and self.powered != switch.is_on:
            self._due, self._due_t = ("failure" if self.powered else "boot"), now

    def _draw(self, charge: float, now: float) -> None:
        """Take an instantaneous charge (C) from the capacitor (reset, wake-up), booked as consumed."""
        if charge <= 0.0:
            return
        cap = self.system.capacitor
        v0 = cap.voltage
        v1 = max(0.0, v0 - charge / cap.capacitance)
        cap.voltage = v1
        cap.ledger.consumed += 0.5 * cap.capacitance * (v0 * v0 - v1 * v1)
        self._plan = None
        self.state_serial += 1
        self._switch_check(now)

    # --- power transitions ------------------------------------------------------------------------------
    def _account(self, now: float) -> None:
        if self.powered:
            self.on_time += now - self._t_mark
        else:
            self.off_time += now - self._t_mark
        self._t_mark = max(self._t_mark, now)

    def _failure(self, now: float) -> None:
        machine = self.machine
        self._due = None
        self._account(now)
        self.failures += 1
        if len(self.failure_log) < 1000:
            self.failure_log.append({"t": now, "pc": int(machine.state.ctl[C_LAST_PC]),
                                     "instructions": int(machine.state.ctl[C_INSNS])})
        for listener in self.listeners:
            listener.on_failure(now)
        self.powered = False
        self._fill_garbage()
        self._in_transition = True
        machine.power_off(now)
        self._in_transition = False
        self._set_load()
        self._note(now, "failure")

    def _boot(self, now: float) -> None:
        machine = self.machine
        self._due = None
        self._account(now)
        self.powered = True
        self._in_transition = True
        machine.power_on(now, keep_volatile=True)   # the failure's garbage stays in SRAM (not the fill)
        self._in_transition = False
        self._set_load()
        self._booted(now)

    def _booted(self, now: float) -> None:
        self.boots += 1
        if self.charges:
            self._draw(self.mcu.charges_nas.get("reset", 0.0) * 1e-9, now)
        for listener in self.listeners:
            listener.on_boot(now)
        self._note(now, "boot")

    def _fill_garbage(self) -> None:
        mem = self.machine.state.mem
        for start, end in self._sram:
            garbage_into(mem[start:end], self.failures)

    def _check_starved(self, now: float) -> None:
        """Powered off and V_on can never be reached again: end the run with exit no-energy."""
        if self._due is not None:
            return
        v, v_on = self.system.capacitor.voltage, self.system.switch.v_on
        why = self.system.why_unreachable(v_on)          # known at once (a reader too far, no harvester)
        if why is None and self.next_event_time(now) != INF:
            return
        source = self.system.harvester.describe()
        self.machine.request_stop("no-energy", f"powered off at {v:.4f} V and the capacitor can never "
                                               f"reach V_on = {v_on:g} V" + (f": {why}" if why else "")
                                               + f" (harvester: {source})")

    def note(self, now: float, event: str) -> None:
        """Record an event of another part (a checkpoint, a restore) on the timeline at ``now``."""
        if self.recorder is not None:
            self._commit(now)
            self._note(now, event)

    def _note(self, now: float, event: str) -> None:
        if self.recorder is not None:
            self.recorder(now, self.system.capacitor.voltage, self.state_name(), event)
