"""Checkpoint strategies: *when* the :class:`~msp430emu.checkpoint.engine.Checkpointer` saves.

==================  ==========================================================================================
``none``            no checkpoint (the program restarts from ``main`` at each boot)
``mementos-loop``   a voltage check at each loop latch of the program (found in the binary, triggers.py);
``mementos-return`` ... or after each call returns (calls into the SDK runtime excluded);
                    a checkpoint when the check sees V < V_thresh, then execution goes on (Mementos checks
                    again at the next trigger point, and saves again while V stays below V_thresh)
``mementos-timer``  the loop latches test a flag that a timer interrupt sets every CYCLES (default 20,000)
                    cycles; only then the check (and maybe a checkpoint) runs
``hibernus``        one save when a comparator sees V fall to V_hibernate, then sleep (LPM4) until V_restore:
                    if power held, execution continues without a restore
``periodic:N``      a save every N active cycles, whatever the voltage
``oracle``          an ideal save (no time, no energy) at the instant of each power failure: an upper bound
==================  ==========================================================================================

The compiled core charges a trigger point's check inline (``ctl[C_TRIG_COST]``) and stops to the host only
when armed (``ctl[C_TRIG_ARM]``). Mementos arms the trigger points at the moment the supply is predicted to
fall below V_thresh (``power_watch.crossing_time``), so the core runs at full speed while the voltage is high
and every check after the crossing sees the true voltage. docs/checkpointing.md has the costs and sources.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass

import numpy as np

from msp430emu.checkpoint.registry import DEFAULT_TIMER_CYCLES, StrategySpec
from msp430emu.checkpoint.triggers import find_triggers
from msp430emu.cpu.state import (
    A_TRIGGER,
    C_CYCLES,
    C_FRAM_WRITES,
    C_SAVE_COUNT,
    C_SAVE_FAIL,
    C_SAVE_ON,
    C_SAVE_RISE,
    C_TFLAG_ABOVE,
    C_TFLAG_CHECK,
    C_TFLAG_COUNT,
    C_TICK_CAP,
    C_TICK_COUNT,
    C_TICK_ISR,
    C_TICK_NEXT,
    C_TICK_ON,
    C_TICK_PERIOD,
    C_TICK_SAVE,
    C_TICK_SEG,
    C_TRIG_ARM,
    C_TRIG_COST,
    NEVER,
    SAVE_BUF,
    SB_SIZE,
    TFLAG_BUF,
    TK_MCLK,
    TK_OTHER,
    TK_SEG_T,
)
from msp430emu.errors import ConfigError, EmuError
from msp430emu.machine.snapshot import Snapshottable
from msp430emu.power.watch import WALK_SEGMENTS, crossing_time

INF = math.inf
FLAG_TEST_CYCLES = 6                # `tst.b &flag` (CMP.B #0,&flag: 4, SLAU367 Table 4-10) + `jz` (2)
TIMER_ISR_CYCLES = 15               # entry (6) + `mov.b #1,&flag` (4) + RETI (5)
COMPARATOR_ISR_CYCLES = 6           # Hibernus: interrupt entry before its save routine
# mementos-timer's ticks fired inside the core (msp430emu/cpu/ticks.py); MSP430EMU_HOST_TICKS=1: each tick
# stops the core and fires on the host, as before (the equivalence tests and benchmarks compare the two)
CORE_TICKS = not os.environ.get("MSP430EMU_HOST_TICKS")
CORE_CHECKS = True                  # ... and its flagged checks that find V above V_thresh
GUARD_CYCLES = 2                    # margin before a predicted crossing: float rounding never decides a check


def _load_ticker(machine, next_cycle: int, period: int, isr_cycles: int, t_other: float, cap: int) -> None:
    """Hand the core a cycle-scheduled event for its next run (msp430emu/cpu/ticks.py): the next cycle, the
    period, the cycles it charges, the run loop's time segment and MCLK, the earliest time of every other
    event source and the run's cycle cap."""
    ctl = machine.state.ctl
    ctl[C_TICK_NEXT] = next_cycle
    ctl[C_TICK_PERIOD] = period
    ctl[C_TICK_ISR] = isr_cycles
    ctl[C_TICK_COUNT] = 0
    ctl[C_TICK_SEG] = machine._seg_cycles
    ctl[C_TICK_CAP] = cap
    f = ctl.view(np.float64)
    f[TK_SEG_T] = machine._seg_t
    f[TK_MCLK] = machine._mclk
    f[TK_OTHER] = t_other


class Strategy(Snapshottable):
    """Base: hooks the engine calls (``on_boot`` after each power-on, ``before_failure`` at each failure,
    before the state is lost) and the event-source protocol (no event by default)."""

    SNAPSHOT_WIRING = frozenset(("ckpt", "machine", "power", "trigger_hook"))   # references, not state

    name = "none"

    def __init__(self) -> None:
        self.ckpt = None
        self.machine = None
        self.power = None

    def attach(self, ckpt) -> None:
        self.ckpt, self.machine, self.power = ckpt, ckpt.machine, ckpt.power
        ckpt.strategy = self

    def on_boot(self, now: float) -> None:
        pass

    def before_failure(self, now: float) -> None:
        pass

    def fields(self) -> dict:
        return {}

    def _time_of_cycle(self, now: float, cycle: int) -> float:
        """When the machine, running from ``now``, reaches cycle ``cycle`` (INF while it does not run)."""
        if not self._active():
            return INF
        cycles = int(self.machine.state.ctl[C_CYCLES])
        return now + max(0, cycle - cycles) / self.machine.clocks.mclk

    def _active(self) -> bool:
        m = self.machine
        return m.powered and not m.suspended and (self.power is None or self.power.powered)


class MementosVoltage(Strategy):
    """mementos-loop / mementos-return: a check at every trigger point; the core stops to the host only
    after the supply is predicted to have fallen below ``v_thresh``."""

    def __init__(self, kind: str, v_thresh: float, check_cycles: int) -> None:
        super().__init__()
        self.name = f"mementos-{kind}"
        self.kind, self.v_thresh, self.check_cycles = kind, v_thresh, check_cycles
        self.armed = False
        self.trigger_count = 0
        self._key: object = ()
        self._t_walk = INF                 # the end of a prediction walk that found no crossing

    def attach(self, ckpt) -> None:
        super().attach(ckpt)
        machine = self.machine
        addresses = trigger_addresses(ckpt.image, self.kind)
        self.trigger_count = len(addresses)
        for addr in addresses:
            machine.state.attr[addr] |= A_TRIGGER
        machine.state.ctl[C_TRIG_COST] = self.check_cycles
        ckpt.check_cycles = self.check_cycles
        self.trigger_hook = machine.on_trigger.add(self.on_trigger)
        if self.power is not None:
            machine.add_event_source(self)
        elif machine.supply_voltage(machine.now()) < self.v_thresh:
            self._arm()

    def _arm(self) -> None:
        self.armed = True
        self.machine.state.ctl[C_TRIG_ARM] = 0

    def _disarm(self) -> None:
        self.armed = False
        self.machine.state.ctl[C_TRIG_ARM] = NEVER
        self._key = ()

    # the arming: ctl[C_TRIG_ARM] = the cycle at which V reaches V_thresh (the core compares it with the
    # cycle count after charging a check, so a check that ends past the crossing stops and reads V)
    def next_event_time(self, now: float) -> float:
        if self.armed or not self._active():
            return INF
        power = self.power
        key = power.trajectory_token
        if key != self._key:
            self._key = key
            ctl = self.machine.state.ctl
            if power.system.capacitor.voltage < self.v_thresh:
                t = power.system.time
            else:
                # crossing_time(power, v_thresh) without its result object (once per window end)
                t, self._t_walk = power.crossing(self.v_thresh, INF, WALK_SEGMENTS)
            if t == INF:
                ctl[C_TRIG_ARM] = NEVER            # look again where the walk ended (an event there)
            else:
                self._t_walk = INF
                ahead = math.ceil((t - now) * self.machine.clocks.mclk - 1e-9)
                ctl[C_TRIG_ARM] = int(ctl[C_CYCLES]) + max(0, ahead)
                self.ckpt.offer_core_saves(self.v_thresh, t)   # the checks below V_thresh: in the core
        return self._t_walk

    touches_peripherals = False     # its event only asks for a new walk (Machine._fire_events)

    def on_event(self, now: float) -> None:
        self._key = ()             # the end of a walk that found no crossing: look again from here

    def on_trigger(self, machine, now: float) -> None:
        v = self.power.supply_voltage(now) if self.power is not None else machine.supply_voltage(now)
        if v < self.v_thresh:
            if self.ckpt.save(now) and self.power is not None:
                self.ckpt.offer_core_saves(self.v_thresh)   # the next checks below V_thresh: in the core
        elif self.power is not None:
            self._disarm()

    def on_boot(self, now: float) -> None:
        self._disarm()

    def fields(self) -> dict:
        return {"v_thresh": self.v_thresh, "check_cycles_each": self.check_cycles,
                "trigger_points": self.trigger_count}


class MementosTimer(Strategy):
    """mementos-timer[:N]: a timer interrupt sets a flag every N active cycles; the next loop latch (which
    only tests the flag otherwise) runs the full check and, below V_thresh, saves."""

    name = "mementos-timer"
    touches_peripherals = False     # a tick charges cycles and arms the trigger points (Machine._fire_events)

    def __init__(self, period: int, v_thresh: float, check_cycles: int) -> None:
        super().__init__()
        self.period, self.v_thresh, self.check_cycles = period, v_thresh, check_cycles
        self.flag = False
        self.next_tick = period
        self.ticks = 0
        self.core_ticks = 0            # of which fired in the core (informational; tests)
        self.core_checks = 0           # flagged checks done in the core (V above V_thresh)
        self._above_key: object = ()
        self._above_t = INF
        self._above_walked = False
        self._above_from = -INF
        self.trigger_count = 0

    def attach(self, ckpt) -> None:
        super().attach(ckpt)
        machine = self.machine
        addresses = trigger_addresses(ckpt.image, "timer")
        self.trigger_count = len(addresses)
        for addr in addresses:
            machine.state.attr[addr] |= A_TRIGGER
        machine.state.ctl[C_TRIG_COST] = FLAG_TEST_CYCLES
        machine.state.ctl[C_TRIG_ARM] = NEVER
        ckpt.check_cycles = FLAG_TEST_CYCLES
        ckpt.inline_flag_tests = True
        self.trigger_hook = machine.on_trigger.add(self.on_trigger)
        machine.add_event_source(self)
        machine.core_ticker = self
        self.next_tick = int(machine.state.ctl[C_CYCLES]) + self.period

    def next_event_time(self, now: float) -> float:
        return self._time_of_cycle(now, self.next_tick)

    # --- ticks in the core (msp430emu/cpu/ticks.py; Machine.run calls these around a core run) ----------
    def load_core(self, machine, t_other: float, cap: int) -> bool:
        """Hand the core the ticks of its next run: True if it fires them itself. Only where the run loop's
        other event sources have times that do not move with the cycle count (``TIMES_FIXED``: the power
        model, the deadline; the peripherals' own), and not with MSP430EMU_HOST_TICKS=1."""
        if not CORE_TICKS or not self._active() or any(
                s is not self and not getattr(s, "TIMES_FIXED", False) for s in machine._external):
            return False
        st = machine.state
        ctl = st.ctl
        _load_ticker(machine, self.next_tick, self.period, TIMER_ISR_CYCLES, t_other, cap)
        ctl[C_TFLAG_CHECK] = self.check_cycles
        ctl[C_TFLAG_ABOVE] = self._above(machine)
        ctl[C_TFLAG_COUNT] = 0
        ctl[C_TICK_ON] = 1
        return True

    def _above(self, machine) -> int:
        """The cycle before which a check finds V >= V_thresh along the present trajectory (the predicted
        crossing less a guard; 0: none, V is below already or no energy model)."""
        power = self.power
        if power is None or not CORE_CHECKS or len(machine.on_trigger) != 1:   # (another trigger hook: host)
            return 0
        key = power.trajectory_token
        t = self._above_t
        if key != self._above_key or (self._above_walked and t <= machine.now()
                                      and power.system.time != self._above_from):
            # (a look that found no crossing ended after some segments: look again past it)
            self._above_key, self._above_from = key, power.system.time
            self._above_walked = False
            if power.system.capacitor.voltage < self.v_thresh:
                t = -INF
            else:
                crossing = crossing_time(power, self.v_thresh, past_plan=True)
                t = crossing.t
                if t == INF:
                    t, self._above_walked = crossing.t_walked, True
            self._above_t = t
        if t == INF:
            return NEVER
        if t == -INF:
            return 0
        return min(NEVER, max(0, math.floor(machine.cycle_at(t)) - GUARD_CYCLES))

    def unload_core(self, machine) -> None:
        """After a core run with ticks on: the ticks and checks it did, booked as on_event and on_trigger
        book them."""
        ctl = machine.state.ctl
        ctl[C_TICK_ON] = 0
        n = int(ctl[C_TICK_COUNT])
        if n:
            self.ticks += n
            self.core_ticks += n
            self.ckpt.extra_check_cycles += n * TIMER_ISR_CYCLES
            self.next_tick = int(ctl[C_TICK_NEXT])
        checks = int(ctl[C_TFLAG_COUNT])
        if checks:                  # flagged checks above V_thresh, booked as on_trigger books them
            self.core_checks += checks
            self.ckpt.extra_check_cycles += checks * self.check_cycles
            self.ckpt.extra_checks += checks
            # the energy model committed at each check's end, as on_trigger's V read commits it (the ledger's
            # floats are summed per commit)
            read, time_at = self.power.supply_voltage, machine.time_at
            for cycle in ctl[TFLAG_BUF:TFLAG_BUF + checks].tolist():
                if read(time_at(cycle)) < self.v_thresh:
                    raise EmuError(f"mementos-timer: a check in the core at cycle {cycle} read V below "
                                   "V_thresh (the prediction is wrong)")
        if n or checks:
            self.flag = int(ctl[C_TRIG_ARM]) == 0

    def on_event(self, now: float) -> None:
        if not self._active():
            return                 # (due at the instant of a failure that fired first)
        cycles = int(self.machine.state.ctl[C_CYCLES])
        while self.next_tick <= cycles:
            self.next_tick += self.period
        self.ticks += 1
        self.ckpt.charge(TIMER_ISR_CYCLES)
        self.ckpt.extra_check_cycles += TIMER_ISR_CYCLES
        self.flag = True
        self.machine.state.ctl[C_TRIG_ARM] = 0

    def on_trigger(self, machine, now: float) -> None:
        self.flag = False
        machine.state.ctl[C_TRIG_ARM] = NEVER
        ckpt = self.ckpt
        ckpt.charge(self.check_cycles)
        ckpt.extra_check_cycles += self.check_cycles
        ckpt.extra_checks += 1
        now = machine.now()
        v = self.power.supply_voltage(now) if self.power is not None else machine.supply_voltage(now)
        if v < self.v_thresh:
            ckpt.save(now)

    def on_boot(self, now: float) -> None:
        self.flag = False
        self.machine.state.ctl[C_TRIG_ARM] = NEVER
        self.next_tick = int(self.machine.state.ctl[C_CYCLES]) + self.period

    def fields(self) -> dict:
        return {"v_thresh": self.v_thresh, "check_cycles_each": self.check_cycles, "timer_ticks": self.ticks,
                "timer_period_cycles": self.period, "trigger_points": self.trigger_count}


class Periodic(Strategy):
    """periodic:N: a save every N active cycles (since the boot, the restore or the last save).

    On an energy run the saves happen inside the compiled core where that is exact (cpu/ticks.py with
    ``ctl[C_TICK_SAVE]``, the save program of checkpoint/incore.py: :meth:`load_core`); the host saves where
    it is not (a save that would end near V_off and is torn, listeners, fault injection, a running timer in
    the peripheral block, continuous power) and with MSP430EMU_HOST_SAVES=1."""

    name = "periodic"
    # a save charges cycles and writes FRAM; the peripheral registers it reads are synchronised and
    # refreshed by Machine.sync_registers (Machine._fire_events need not refresh every peripheral)
    touches_peripherals = False

    def __init__(self, period: int) -> None:
        super().__init__()
        self.period = period
        self.next_save = period
        self.core_saves = 0            # saves made in the core (informational; tests)

    def attach(self, ckpt) -> None:
        super().attach(ckpt)
        self.machine.add_event_source(self)
        self.next_save = int(self.machine.state.ctl[C_CYCLES]) + self.period
        if ckpt.core is not None and self.machine.core_ticker is None:
            self.machine.core_ticker = self

    # --- saves in the core (cpu/ticks.py, checkpoint/incore.py; Machine.run calls these around a core run) --
    def load_core(self, machine, t_other: float, cap: int) -> bool:
        """Hand the core the saves of its next run: True if it makes them itself (MementosTimer.load_core's
        conditions on the other event sources, and CoreSaves.usable's: no listener, a static peripheral
        block, powered and past the restore, ...)."""
        core = self.ckpt.core
        if core is None or not self._active() or any(
                s is not self and not getattr(s, "TIMES_FIXED", False) for s in machine._external):
            return False
        ctl = machine.state.ctl
        if ctl[C_SAVE_ON]:
            if ctl[C_SAVE_RISE] != NEVER:          # (another program: never while periodic runs)
                return False
            if core.fail_walked and ctl[C_SAVE_FAIL] < min(cap, machine.cycle_at(t_other)):
                core.close(ctl)           # the run may pass the walk that found no V_off: walk again
        if not ctl[C_SAVE_ON] and not core.open_periodic():
            return False
        _load_ticker(machine, self.next_save, self.period, 0, t_other, cap)
        ctl[C_TFLAG_ABOVE] = 0
        ctl[C_TFLAG_COUNT] = 0
        ctl[C_TICK_SAVE] = 1
        ctl[C_TICK_ON] = 1
        return True

    def unload_core(self, machine) -> None:
        """After a core run with saves on: book the saves it made, in order, as the host path books its own
        (Checkpointer.book_save: the energy model committed at each save's start, as the host save's V read
        commits it, so the ledger's floats are summed in the same grouping; the save's energy, counters,
        timeline note), and the FRAM words they wrote."""
        ctl = machine.state.ctl
        ctl[C_TICK_ON] = 0
        ctl[C_TICK_SAVE] = 0
        n = int(ctl[C_TICK_COUNT])
        if not n:
            return
        self.core_saves += n
        self.next_save = int(ctl[C_TICK_NEXT])
        ckpt, core = self.ckpt, self.ckpt.core
        records = ctl[SAVE_BUF:SAVE_BUF + n * SB_SIZE].reshape(n, SB_SIZE).tolist()
        ctl[C_SAVE_COUNT] = 0
        core.saves += n
        if core.faults is not None and ckpt.save_fault is not None:
            core.faults.passed(n)
        book = ckpt.book_save
        words = 0
        for cycle, checks, sequence, cycles, written in records:
            words += (written + 1) // 2
            book(cycle, checks, sequence, cycles, written)
        ctl[C_FRAM_WRITES] += words

    def next_event_time(self, now: float) -> float:
        return self._time_of_cycle(now, self.next_save)

    def on_event(self, now: float) -> None:
        if not self._active():
            return                 # (due at the instant of a failure that fired first)
        self.ckpt.save(now)
        self.next_save = int(self.machine.state.ctl[C_CYCLES]) + self.period

    def on_boot(self, now: float) -> None:
        self.next_save = int(self.machine.state.ctl[C_CYCLES]) + self.period

    def fields(self) -> dict:
        return {"period_cycles": self.period}


class Oracle(Strategy):
    """oracle: an ideal checkpoint at the instant of each power failure (free: an upper bound)."""

    name = "oracle"

    def before_failure(self, now: float) -> None:
        self.ckpt.save(now, free=True)


class Hibernus(Strategy):
    """hibernus: at V_hibernate (a comparator interrupt) save once, then sleep in LPM4 until V_restore; if
    the supply fails meanwhile, the next boot restores; if it recovers, execution simply continues."""

    name = "hibernus"

    def __init__(self, v_hibernate: float, v_restore: float) -> None:
        super().__init__()
        self.v_hibernate, self.v_restore = v_hibernate, v_restore
        self.sleeping = False
        self.hibernations = 0
        self.wakeups = 0
        self._key: object = ()
        self._t = INF
        self._crossing = False

    def attach(self, ckpt) -> None:
        super().attach(ckpt)
        if self.power is None:
            raise ConfigError("--strategy hibernus needs an energy run (its comparator watches the "
                              "capacitor)")
        self.machine.add_event_source(self)

    def next_event_time(self, now: float) -> float:
        power, machine = self.power, self.machine
        if not power.powered or not machine.powered:
            return INF
        key = (power.trajectory_token, self.sleeping)
        if key != self._key:
            self._key = key
            target = self.v_restore if self.sleeping else self.v_hibernate
            v = power.system.capacitor.voltage
            if (v >= target) if self.sleeping else (v <= target):
                self._t, self._crossing = power.system.time, True
            else:
                t, t_walked = power.crossing(target, INF, WALK_SEGMENTS)   # crossing_time's answer
                self._crossing = t != INF
                self._t = t if self._crossing else t_walked
        return self._t

    touches_peripherals = True      # of the last on_event: False after a walk's end (Machine._fire_events)

    def on_event(self, now: float) -> None:
        self._key = ()
        if not self._crossing or not self.power.powered or not self.machine.powered:
            self.touches_peripherals = False
            return                 # a walk's end (look again from here), or due with a failure
        self.touches_peripherals = True
        machine = self.machine
        if self.sleeping:
            self.sleeping = False
            self.wakeups += 1
            machine.suspend(False, now)
            return
        self.ckpt.charge(COMPARATOR_ISR_CYCLES)
        self.ckpt.extra_check_cycles += COMPARATOR_ISR_CYCLES
        if self.ckpt.save(machine.now()):
            self.hibernations += 1
            self.sleeping = True
            machine.suspend(True, machine.now())

    def before_failure(self, now: float) -> None:
        if self.sleeping:
            self.sleeping = False
            self.machine.suspend(False, now)
        self._key = ()

    def on_boot(self, now: float) -> None:
        self.sleeping = False
        self._key = ()

    def fields(self) -> dict:
        return {"v_hibernate": self.v_hibernate, "v_restore": self.v_restore,
                "hibernations": self.hibernations, "wakeups_without_restore": self.wakeups}


def trigger_addresses(image, kind: str) -> list[int]:
    """The trigger points of ``kind`` Mementos would instrument: loop latches, or the return points of
    calls into the program's own functions (calls into the SDK runtime, e.g. the EABI multiply helpers
    a compiler emits, are not source-level calls)."""
    triggers = find_triggers(image, kind)
    if kind != "return":
        return triggers.addresses()
    symbols = getattr(image, "symbols", {}) or {}
    runtime = {symbols[name] for name in triggers.excluded if name in symbols}
    return sorted({t.addr for t in triggers.triggers if t.target not in runtime})


# ----------------------------------------------------------------------------------------------------------
# Building a strategy for a run (the registry's builders): defaults from docs/checkpointing.md, "Defaults".

DEFAULT_V_THRESH_CONTINUOUS = 2.7       # V: Mementos's default threshold (no capacitor to derive one from)


@dataclass
class StrategyContext:
    """What a builder sees: the run's configuration (a :class:`msp430emu.session.RunConfig`), its machine,
    power model (None on continuous power) and the :class:`~msp430emu.checkpoint.engine.Checkpointer`."""

    config: object
    machine: object
    power: object
    ckpt: object
    check_cycles: int

    def save_drop(self) -> float:
        """Voltage drop of one full save (the largest stack) at the active load, on the storage capacitor."""
        ckpt, power = self.ckpt, self.power
        cycles = ckpt.cost.save(ckpt.layout, ckpt.layout.max_stack).cycles
        load = power.mcu.load("active", ckpt.machine.clocks.mclk, power.system.switch.v_on)
        return load.current * cycles / ckpt.machine.clocks.mclk / power.system.capacitor.capacitance


def default_v_thresh(ctx: StrategyContext) -> float:
    """The preset's V_thresh when the run keeps the preset's thresholds, else V_off plus the larger of a
    quarter of the V_on - V_off window and four times the drop of a full save."""
    from energy import preset
    from msp430emu.power.setup import DEFAULT_PRESET

    base = preset(ctx.config.preset or DEFAULT_PRESET)
    switch = ctx.power.system.switch
    if base.v_thresh is not None and (switch.v_on, switch.v_off) == (base.v_on, base.v_off):
        return base.v_thresh
    return switch.v_off + max(0.25 * (switch.v_on - switch.v_off), 4.0 * ctx.save_drop())


def _v_thresh(ctx: StrategyContext) -> float:
    if ctx.config.v_thresh is not None:
        v_thresh = ctx.config.v_thresh
    elif ctx.power is not None:
        v_thresh = default_v_thresh(ctx)
    else:
        v_thresh = DEFAULT_V_THRESH_CONTINUOUS
    if ctx.power is not None and v_thresh >= ctx.power.system.switch.v_on:
        ctx.machine.warn(f"V_thresh = {v_thresh:g} V is not below V_on = {ctx.power.system.switch.v_on:g} V: "
                         "every check after a boot checkpoints")
    return v_thresh


def build_mementos(spec: StrategySpec, ctx: StrategyContext) -> Strategy:
    return MementosVoltage(spec.kind.split("-", 1)[1], _v_thresh(ctx), ctx.check_cycles)


def build_mementos_timer(spec: StrategySpec, ctx: StrategyContext) -> Strategy:
    return MementosTimer(spec.cycles, _v_thresh(ctx), ctx.check_cycles)


def build_periodic(spec: StrategySpec, ctx: StrategyContext) -> Strategy:
    return Periodic(spec.cycles)


def build_oracle(spec: StrategySpec, ctx: StrategyContext) -> Strategy:
    return Oracle()


def build_hibernus(spec: StrategySpec, ctx: StrategyContext) -> Strategy:
    if ctx.power is None:
        raise ConfigError("--strategy hibernus needs an energy run (--preset, --cap, --harvest, ...)")
    switch, cfg = ctx.power.system.switch, ctx.config
    v_h = cfg.v_hibernate if cfg.v_hibernate is not None else switch.v_off + 1.5 * ctx.save_drop() + 0.02
    v_r = cfg.v_restore if cfg.v_restore is not None else min(v_h + 0.1, switch.v_on)
    if not switch.v_off < v_h < v_r:
        raise ConfigError(f"hibernus needs V_off < V_hibernate < V_restore (got {switch.v_off:g}, "
                          f"{v_h:g}, {v_r:g} V)")
    if v_h >= switch.v_on:
        raise ConfigError(f"hibernus: V_hibernate = {v_h:.3f} V is not below V_on = {switch.v_on:g} V "
                          "(a larger capacitor, or give --v-hibernate)")
    return Hibernus(v_h, v_r)


__all__ = ["DEFAULT_TIMER_CYCLES", "Hibernus", "MementosTimer", "MementosVoltage", "Oracle", "Periodic",
           "Strategy",
           "StrategyContext", "build_hibernus", "build_mementos", "build_mementos_timer", "build_oracle",
           "build_periodic", "default_v_thresh", "trigger_addresses"]
