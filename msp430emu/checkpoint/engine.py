"""The checkpoint engine: saves into and restores from the emulated FRAM while the machine runs.

A :class:`Checkpointer` is plugged into a :class:`msp430emu.machine.machine.Machine` (and its
:class:`msp430emu.power.intermittent.IntermittentPower`, when the run is on harvested energy). Strategies
(``strategies.py``) decide *when* to call :meth:`Checkpointer.save`; the engine does the rest:

* **Save**: the peripheral registers the device lists are read as the CPU reads them
  (``machine.read_register``: timers computed to the instant), ``bundle.plan_save`` gives the bytes,
  ``CostModel.save_timeline`` the cycle at which each one is stored. The cycles are charged to the machine
  (time passes, the capacitor pays at the active load). If the supply would reach V_off before the save ends
  (``power_watch.crossing_time``), only the bytes stored by then are written and the machine's clock stops
  at the failure: a torn save, which the bundle format keeps invalid (the previous checkpoint stays the
  newest valid one).
* **Restore at boot**: a breakpoint on ``main`` (crt0 has set up the watchdog, pins and ``.data``/``.bss``
  again). If FRAM holds a valid checkpoint, its bytes are copied back (``bundle.restore``: nothing is kept on
  the Python side), the peripheral registers of its peripheral block are written back through the
  peripheral models in the device's order (``bundle.peripheral_writes``: clocks, timers, eUSCI, ADC12_B,
  MPY32, pins, interrupt enables) and its cost is charged; execution resumes where the checkpoint was
  taken. A failure during the restore leaves the machine as it was (FRAM unchanged) and the next boot
  tries again.
* **Accounting** (:meth:`fields`): checks, checkpoints, torn saves, restores, bytes written, cycles and energy
  of each kind of overhead, re-executed (wasted) cycles.

Listeners (e.g. the WAR detector) are told ``on_checkpoint(now, sequence)`` after each committed save and
``on_resume(now, sequence)`` after each boot (sequence 0: no checkpoint, the program starts afresh).
"""

from __future__ import annotations

import bisect
import math
import os
from typing import Protocol

import numpy as np

from msp430emu.checkpoint.bundle import (
    CheckpointError,
    apply_writes,
    find_latest_valid,
    latest_slot,
    peripheral_writes,
    plan_save,
    restore,
    restore_fast,
    restore_params,
)
from msp430emu.checkpoint.cost import CostModel
from msp430emu.checkpoint.incore import CoreSaves
from msp430emu.checkpoint.layout import layout_for
from msp430emu.cpu.state import (
    A_HOOK_R,
    A_TRIGGER,
    C_CYCLES,
    C_FRAM_READS,
    C_FRAM_WRITES,
    C_SAVE_ON,
    C_TRIG_COUNT,
    C_TRIG_DONE,
    PC,
    SB_BYTES,
    SB_CHECKS,
    SB_CYCLE,
    SB_CYCLES,
    SB_SEQ,
)
from msp430emu.errors import ConfigError
from msp430emu.machine.snapshot import Snapshottable
from msp430emu.power.watch import crossing_time

# ``MSP430EMU_HOST_RESTORES=1`` (or BATCH_RESTORES = False) restores as before the batch path: the bundle read
# by bundle.find_latest_valid / restore / peripheral_writes, the peripheral registers written back one
# ``machine.write_register`` at a time (the reference: the tests compare the paths). FAST_RESTORES = False
# (``MSP430EMU_HOST_RESTORES=batch``) keeps those bundle functions and ``Machine.write_registers`` (one hook
# call per register); the default reads the bundle with the compiled kernels (bundle.latest_slot,
# restore_fast) and hands the writes to ``Machine.restore_registers`` (runs per peripheral model)
_HOST_RESTORES = os.environ.get("MSP430EMU_HOST_RESTORES", "")
BATCH_RESTORES = _HOST_RESTORES in ("", "batch")
FAST_RESTORES = not _HOST_RESTORES

INF = math.inf


def _active_current(m, mclk: float, vcc: np.ndarray) -> np.ndarray:
    """``m.current("active", mclk, v)`` for each ``v`` of ``vcc`` (already within the model's range), with
    the same operations in the same order (tests/msp430emu/test_checkpoint_incore.py compares them)."""
    mode = m.modes["active"]
    ua = mode.ua_fixed + mode.ua_per_mhz * mclk * 1e-6
    return ua * 1e-6 * (1.0 + m.vcc_slope * (vcc - m.vcc_reference))


class CheckpointListener(Protocol):
    def on_checkpoint(self, now: float, sequence: int) -> None: ...
    def on_resume(self, now: float, sequence: int) -> None: ...


class Checkpointer(Snapshottable):
    """Saves and restores of one program on one machine; ``power`` is None on continuous power."""

    SNAPSHOT_WIRING = frozenset((
        "machine", "power", "image", "cost", "layout", "strategy", "listeners", "hooks", "save_fault",
        "main", "_timelines", "core", "_restore_costs", "_fast_restore",
    ))   # references and caches, not state

    def __init__(self, machine, image, power=None, cost: CostModel | None = None,
                 region: tuple[int, int] | None = None) -> None:
        self.machine = machine
        self.image = image
        self.power = power
        self.cost = cost or CostModel()
        self.layout = layout_for(image, machine.device, region)
        symbols = getattr(image, "symbols", {}) or {}
        if "main" not in symbols:
            raise ConfigError("checkpointing needs the image's 'main' symbol (where a restore happens after "
                              "crt0)")
        self.main = int(symbols["main"])
        self.listeners: list[CheckpointListener] = []
        self.strategy = None                 # set by the strategy's attach (before_failure, on_boot hooks)
        self.checkpoints = 0                 # committed saves
        self.torn = 0                        # saves cut short by a power failure
        self.skipped = 0                     # saves refused by the format (SP outside the stack, ...)
        self.skipped_off = 0                 # saves asked for while off or before the restore at main
        self.restores = 0
        self.fresh_starts = 0                # boots without a valid checkpoint (the program starts afresh)
        self.checkpoint_bytes = 0            # FRAM bytes written by saves (torn ones included)
        self.save_cycles = 0
        self.restore_cycles = 0
        self.extra_check_cycles = 0          # check cycles charged by the host (timer mode), not inline
        self.extra_checks = 0
        self.wasted_cycles = 0               # executed after the last resumable point, lost at a failure
        self.energy_saves_j = 0.0
        self.energy_restores_j = 0.0
        self._restore_costs: dict = {}
        self._fast_restore: tuple | None = None   # (layout, restore_params, values buffer) of the fast path
        self.energy_checks_j = 0.0
        self.check_cycles = 0                # inline cost per trigger point (ctl[C_TRIG_COST])
        self.inline_flag_tests = False       # True: the inline cost is a flag test (timer mode), not a check
        self._timelines: dict[int, list[int]] = {}   # save_timeline by stack length
        self._periph_hooked: list[int] | None = None   # one listed read-hook register per peripheral
        self._periph_addrs = None
        self.save_fault = None               # injection: f(plan bytes, total cycles) -> cut cycle or None
        self._resume_cycle = int(machine.state.ctl[C_CYCLES])
        self._boot_pending = True
        self._sample = (int(machine.state.ctl[C_TRIG_COUNT]), None)   # (checks, V) at the last sample
        machine.set_breakpoints([self.main])
        self.hooks = [machine.on_break.add(self._on_break)]
        self.core = None                     # saves inside the compiled core (incore.py), energy runs only
        if power is not None:
            power.listeners.append(self)
            self.core = machine.core_saves = CoreSaves(self)

    # --- time and energy --------------------------------------------------------------------------------
    def _voltage(self, now: float) -> float | None:
        return self.power.supply_voltage(now) if self.power is not None else None

    def _energy(self, cycles: int, v: float | None) -> float:
        """Energy of ``cycles`` active cycles at supply ``v`` (the power model's present load)."""
        if v is None or cycles <= 0:
            return 0.0
        mclk = self.machine.clocks.mclk
        m = self.power.mcu
        current = m.current("active", mclk, min(max(v, m.vcc_min), m.vcc_max))   # runs in active mode
        return v * current * cycles / mclk

    def sample_checks(self, now: float, count: int | None = None, v: float | None = None) -> None:
        """Book the energy of the inline checks since the last sample (trapezoid in V); ``count``: the
        checks executed by ``now`` (default: all so far); ``v``: the supply at ``now`` if the caller has
        just read it (a second read at the same time returns the same value: the model is committed)."""
        if self.power is None or not self.power.powered:
            return
        if count is None:
            count = int(self.machine.state.ctl[C_TRIG_COUNT])
        if v is None:
            v = self._voltage(now)
        last_count, last_v = self._sample
        if count > last_count and self.check_cycles:
            v_mid = v if last_v is None else 0.5 * (v + last_v)
            self.energy_checks_j += self._energy((count - last_count) * self.check_cycles, v_mid)
        self._sample = (count, v)

    def cycles_until_failure(self, now: float, cycles: int) -> int | None:
        """If the supply reaches V_off within the next ``cycles`` active cycles: after how many (the
        instruction boundary at or after the crossing). None if the operation completes."""
        return self._failure_within(now, cycles)[0]

    def _failure_within(self, now: float, cycles: int) -> tuple[int | None, float | None]:
        """:meth:`cycles_until_failure` and the supply voltage at ``now`` it read (None: not read)."""
        power = self.power
        if power is None or not power.powered:
            return None, None
        mclk = self.machine.clocks.mclk
        v = power.supply_voltage(now)                         # commits the energy up to now
        v_off = power.system.switch.v_off
        if v <= v_off:
            return 0, v
        t_end = now + cycles / mclk
        crossing = crossing_time(power, v_off, t_limit=t_end)
        if crossing.t >= t_end:
            return None, v
        return min(cycles, max(0, math.ceil((crossing.t - now) * mclk - 1e-9))), v

    def charge(self, cycles: int) -> None:
        """Let ``cycles`` MCLK cycles of host-side work (a save, a restore, a check) pass on the machine."""
        if cycles > 0:
            self.machine.state.ctl[C_CYCLES] += cycles

    # --- save -------------------------------------------------------------------------------------------
    def save(self, now: float, *, free: bool = False) -> bool:
        """Checkpoint the machine's state now. ``free``: an ideal save (no time, no energy: the oracle).
        Returns True if the checkpoint was committed. Nothing is saved while the machine is off (a save due
        at the instant of a failure comes after it: SRAM is garbage by then) or between a boot and the
        restore at ``main`` (crt0 is running: that state is not the program's progress)."""
        machine = self.machine
        st = machine.state
        st.ctl[C_SAVE_ON] = 0                # the core's save program (if any) is stale after this save
        if not machine.powered or self._boot_pending or (self.power is not None and not self.power.powered):
            self.skipped_off += 1
            return False
        try:
            periph = self._peripheral_values()
            plan = plan_save(st, self.layout, periph)
        except CheckpointError as exc:
            self.skipped += 1
            self.machine.warn(f"checkpoint skipped: {exc}")
            return False
        self.sample_checks(now)
        stack_len = self.layout.stack_top - int(st.regs[1])
        if free:
            written, cycles = apply_writes(st, plan), 0
        else:
            timeline = self._timelines.get(stack_len)
            if timeline is None:
                timeline = self._timelines[stack_len] = self.cost.save_timeline(self.layout, stack_len)
            total = timeline[-1]
            cut = self.cycles_until_failure(now, total)
            if self.save_fault is not None:
                injected = self.save_fault(len(plan), total)
                if injected is not None and (cut is None or injected < cut):
                    cut = injected
                    if self.power is not None:
                        self.power.force_failure(now + injected / self.machine.clocks.mclk)
            cycles = total if cut is None else cut
            written = apply_writes(st, plan, None if cut is None else bisect.bisect_right(timeline, cut))
            self.energy_saves_j += self._energy(cycles, self._voltage(now))
            self.charge(cycles)
            self.save_cycles += cycles
        st.ctl[C_FRAM_WRITES] += (written + 1) // 2
        self.checkpoint_bytes += written
        if written < len(plan):
            self.torn += 1
            return False
        self._committed(plan.sequence, int(st.ctl[C_CYCLES]))
        return True

    def _committed(self, sequence: int, end_cycle: int) -> None:
        """A save committed at ``end_cycle``: counted, noted on the timeline, told to the listeners."""
        self.checkpoints += 1
        self._resume_cycle = end_cycle
        after = self.machine.time_at(end_cycle)
        if self.power is not None:
            self.power.note(after, "checkpoint")
        for listener in self.listeners:
            listener.on_checkpoint(after, sequence)

    def offer_core_saves(self, v_thresh: float, t_arm: float | None = None) -> bool:
        """Let the core take the saves of the checks that find V < ``v_thresh`` itself while that stays
        exact (incore.py): after a committed save at a check that read it, or when the strategy arms the
        trigger points for the predicted crossing at ``t_arm``. Returns True if it does."""
        return self.core is not None and self.core.open(v_thresh, t_arm)

    def book_saves(self, records: np.ndarray, volts: np.ndarray) -> None:
        """:meth:`book_save` for the saves ``records`` (the core's buffer: one row per save) with the supply
        voltage at each one's check known (``volts``: incore.py computes them without committing the energy
        model at each one); for a run without a timeline (nothing to note). The same terms as book_save's,
        computed element-wise with the same operations and added to the totals in the same order."""
        m, mclk = self.power.mcu, self.machine.clocks.mclk
        counts, cycles = records[:, SB_CHECKS], records[:, SB_CYCLES]
        last_count, last_v = self._sample
        before = np.concatenate(((last_count,), counts[:-1]))
        v_before = np.concatenate(((np.nan if last_v is None else last_v,), volts[:-1]))
        v_mid = np.where(np.isnan(v_before), volts, 0.5 * (volts + v_before))          # sample_checks
        n_checks = (counts - before) * self.check_cycles
        e_checks = v_mid * _active_current(m, mclk, np.clip(v_mid, m.vcc_min, m.vcc_max)) * n_checks / mclk
        e_saves = volts * _active_current(m, mclk, np.clip(volts, m.vcc_min, m.vcc_max)) * cycles / mclk
        checks_j, saves_j = self.energy_checks_j, self.energy_saves_j
        for e in e_checks[(counts > before) & (self.check_cycles != 0)].tolist():
            checks_j += e
        for e in e_saves[cycles > 0].tolist():                                          # _energy
            saves_j += e
        self.book_summed(records, checks_j, saves_j, float(volts[-1]))
        rows = records[:, (SB_CYCLE, SB_SEQ, SB_CYCLES)].tolist() if self.listeners else ()
        for cycle, sequence, spent in rows:
            for listener in self.listeners:
                listener.on_checkpoint(self.machine.time_at(cycle + spent), sequence)

    def book_summed(self, records: np.ndarray, checks_j: float, saves_j: float, v_last: float) -> None:
        """Book the saves ``records`` whose energy terms are already summed in order (``checks_j``,
        ``saves_j``: the new totals, from save_energy.book_records or :meth:`book_saves`; ``v_last``: V at
        the last save's check): the totals and the counters (listeners are :meth:`book_saves`'s)."""
        self.energy_checks_j, self.energy_saves_j = checks_j, saves_j
        self._sample = (int(records[-1, SB_CHECKS]), v_last)
        self.save_cycles += int(records[:, SB_CYCLES].sum())
        self.checkpoint_bytes += int(records[:, SB_BYTES].sum())
        self.checkpoints += records.shape[0]
        self._resume_cycle = int(records[-1, SB_CYCLE] + records[-1, SB_CYCLES])

    def book_save(self, cycle: int, checks: int, sequence: int, cycles: int, written: int) -> None:
        """Book a complete save the core made at a trigger point whose check ended at ``cycle`` (``checks``:
        ``C_TRIG_COUNT`` then): what the host path does around its own (V read at the check, as the
        strategy does; the checks' and the save's energy; counters; timeline; listeners), in its order. The
        core has written the bytes, charged the cycles and counted the FRAM writes."""
        now = self.machine.time_at(cycle)
        v = self.power.supply_voltage(now)
        self.sample_checks(now, checks, v)
        self.energy_saves_j += self._energy(cycles, v)
        self.save_cycles += cycles
        self.checkpoint_bytes += written
        self._committed(sequence, cycle + cycles)

    def _peripheral_values(self) -> np.ndarray:
        """The listed peripheral registers as the CPU reads them. Registers with a read hook (a timer's
        TAxR and flags, computed from time) are brought up to date by one ``machine.read_register`` per
        peripheral (a model's read hook synchronises its whole register block; none of the listed
        registers has a read side effect), then all are read from memory."""
        st = self.machine.state
        if self._periph_hooked is None:
            addrs = self.layout.periph.addresses
            owners: dict[int, int] = {}
            for a in addrs:
                if st.attr[a] & A_HOOK_R:
                    owners.setdefault(id(self.machine.owner_of(a)), a)
            self._periph_hooked = list(owners.values())
            self._periph_addrs = np.array(addrs, dtype=np.int64)
        self.machine.sync_registers(self._periph_hooked)
        mem = st.mem
        low, high = mem[self._periph_addrs].astype(np.int64), mem[self._periph_addrs + 1].astype(np.int64)
        return low | (high << 8)

    # --- boot, restore, failure -------------------------------------------------------------------------
    def _on_break(self, machine, pc: int) -> None:
        if pc == self.main and self._boot_pending:
            self._boot_pending = False
            self._restore(machine.now())

    def _restore(self, now: float) -> None:
        st = self.machine.state
        st.ctl[C_SAVE_ON] = 0
        fast = FAST_RESTORES and BATCH_RESTORES
        if fast:
            cached = self._fast_restore
            if cached is None or cached[0] is not self.layout:
                cached = self._fast_restore = (self.layout, restore_params(self.layout),
                                               np.zeros(len(self.layout.periph.steps), dtype=np.int64))
            slot = latest_slot(st.mem, self.layout, cached[1])
        else:
            slot = find_latest_valid(st.mem, self.layout)
        if slot is None:
            self.fresh_starts += 1
            for listener in self.listeners:
                listener.on_resume(now, 0)
            return
        # the cost is a function of the layout, the cost model and the stack's length only (the entry keeps
        # the first two alive, so their ids stay theirs)
        key = (id(self.layout), id(self.cost), slot.stack_len)
        entry = self._restore_costs.get(key)
        if entry is None:
            entry = self._restore_costs[key] = (self.layout, self.cost,
                                                self.cost.restore(self.layout, slot.stack_len))
        cost = entry[2]
        if fast:        # V read once (the second read at the same time returns the same value)
            cut, v = self._failure_within(now, cost.cycles)
            if v is None:
                v = self._voltage(now)
        else:
            cut = self.cycles_until_failure(now, cost.cycles)
            v = self._voltage(now)
        cycles = cost.cycles if cut is None else cut
        self.energy_restores_j += self._energy(cycles, v)
        self.charge(cycles)
        self.restore_cycles += cycles
        if cut is not None:
            return          # the supply fails during the restore: FRAM unchanged, the next boot retries
        # through the peripheral models, in order, as CPU writes (one batch: the same state as one
        # machine.write_register each; MSP430EMU_HOST_RESTORES=1 takes the per-register path)
        if fast:
            restore_fast(st, self.layout, slot, cached[1], cached[2])
            addrs, sizes = self.layout.periph.step_targets
            if addrs:                       # (no block, no writes: nothing recomputed, as per register)
                self.machine.restore_registers(addrs, cached[2].tolist(), sizes)
        else:
            restore(st, self.layout, slot)
            writes = peripheral_writes(st.mem, self.layout, slot)
            if not BATCH_RESTORES:
                for addr, value, size in writes:
                    self.machine.write_register(addr, value, size)
            else:
                self.machine.write_registers(writes)
        st.ctl[C_FRAM_READS] += (cost.fram_bytes_read + 1) // 2
        pc = int(st.regs[PC])
        if st.attr[pc] & A_TRIGGER:
            st.ctl[C_TRIG_DONE] = pc + 1        # resume after the check that saved (it was charged then)
        self.restores += 1
        self._resume_cycle = int(st.ctl[C_CYCLES])
        after = self.machine.now()
        if self.power is not None:
            self.power.note(after, "restore")
        for listener in self.listeners:
            listener.on_resume(after, slot.sequence)

    # PowerListener (msp430emu/power.py)
    def on_boot(self, now: float) -> None:
        self._boot_pending = True
        self.machine.state.ctl[C_SAVE_ON] = 0
        self._resume_cycle = int(self.machine.state.ctl[C_CYCLES])
        self._sample = (int(self.machine.state.ctl[C_TRIG_COUNT]), None)
        if self.strategy is not None:
            self.strategy.on_boot(now)

    def on_failure(self, now: float) -> None:
        self.machine.state.ctl[C_SAVE_ON] = 0
        self.sample_checks(now)
        if self.strategy is not None:
            self.strategy.before_failure(now)
        self.wasted_cycles += max(0, int(self.machine.state.ctl[C_CYCLES]) - self._resume_cycle)
        self._boot_pending = False

    # --- report -----------------------------------------------------------------------------------------
    def finish(self, now: float) -> None:
        self.sample_checks(now)

    def fields(self, total_cycles: int, energy_consumed_j: float | None) -> dict:
        inline = int(self.machine.state.ctl[C_TRIG_COUNT])
        checks = self.extra_checks + (0 if self.inline_flag_tests else inline)
        check_cycles = inline * self.check_cycles + self.extra_check_cycles
        overhead = check_cycles + self.save_cycles + self.restore_cycles
        energy = self.energy_checks_j + self.energy_saves_j + self.energy_restores_j
        out = {
            "checks": checks,
            "trigger_executions": inline,
            "checkpoints": self.checkpoints,
            "checkpoints_torn": self.torn,
            "checkpoints_skipped": self.skipped + self.skipped_off,
            "restores": self.restores,
            "fresh_starts": self.fresh_starts,
            "checkpoint_bytes": self.checkpoint_bytes,
            "check_cycles": check_cycles,
            "save_cycles": self.save_cycles,
            "restore_cycles": self.restore_cycles,
            "overhead_cycles": overhead,
            "overhead_cycles_pct": 100.0 * overhead / total_cycles if total_cycles else 0.0,
            "wasted_cycles": self.wasted_cycles,
            "checkpoint_region": [self.layout.region_start, self.layout.region_end],
        }
        if energy_consumed_j is not None:
            out["overhead_energy_j"] = energy
            out["overhead_energy_pct"] = 100.0 * energy / energy_consumed_j if energy_consumed_j > 0 else 0.0
        return out


__all__ = ["CheckpointListener", "Checkpointer"]
