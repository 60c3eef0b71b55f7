"""The host side of checkpoint saves inside the compiled core (the kernel: msp430emu/cpu/core_save.py).

Mementos (``mementos-loop`` / ``mementos-return``) saves at every trigger point while the supply is below
V_thresh: up to one save per loop iteration. Each one used to stop the core and run ``Checkpointer.save`` on
the host. Now, after the host has taken a save at a trigger point (so it has just read V < V_thresh), it
hands the core a *save program* (:meth:`CoreSaves.open`): the interval of cycles in which every check still
finds V < V_thresh along the present trajectory (up to where V would rise back to V_thresh, less a guard),
the cycle at which V reaches V_off (less a guard: a save that would end nearer is left to the host, which
tears it where the cost timeline says), the bundle layout, the header constants, the cost of a save per
live stack length, the peripheral registers of the block, and the next slot and sequence number. Until
then, an armed trigger point in that interval saves in the core without stopping (the same bytes, cycles
and FRAM writes as the host path) and records the save in a buffer; when the core stops, :meth:`drain`
books each save through :meth:`Checkpointer.book_save`, the host path's own accounting: V at the check's
end (committing the energy model at the same instants as the host path), the checks' energy, the save's
energy, the counters, the timeline note and the listeners, in order.

``periodic:N`` uses the same program without the V_thresh interval (:meth:`CoreSaves.open_periodic`: every
save that ends before the V_off limit): its saves are the core's periodic tick (msp430emu/cpu/ticks.py,
``ctl[C_TICK_SAVE]``), booked by ``Periodic.unload_core`` with a commit of the energy model at each one.

In-core saves are used only where they are exact; otherwise every trigger stops to the host as before:

* listeners on the checkpointer (WAR detector, gdb, profiler: they look at the machine at each save), a
  save fault injector (torture) unless it says how many of the next saves it lets through (:attr:`faults`:
  the core then makes no more than that, and the cut save is the host's), continuous power;
* a listed peripheral register whose value changes with time (a running timer: its read hook would change
  it at each save); a peripheral model with a read hook that cannot say it is stopped counts as running;
* a bundle layout or cost model replaced after the checkpointer was built (the program is built from them);
* a trajectory change (new load, drawn charge, mode change), a host save or restore, a power failure or
  boot: the program is withdrawn (:meth:`check` before each core run, ``Checkpointer.save``/``_restore``);
* registers outside the format (PC/SP above 16 bits, SP outside the stack area), a full buffer, a check
  outside the interval: the kernel returns and the core stops with ``STOP_TRIGGER``.

``MSP430EMU_HOST_SAVES=1`` in the environment (or :data:`ENABLED` = False) turns in-core saves off: the
internal switch the equivalence tests (tests/msp430emu/test_checkpoint_incore.py) and benchmarks use.
"""

from __future__ import annotations

import copy
import math
import os

import numpy as np

from msp430emu.checkpoint.bundle import latest_slot, layout_params
from msp430emu.checkpoint.layout import COMMIT_BASE, MAGIC, SAVED_REGISTERS, SLOT_COUNT, VERSION
from msp430emu.cpu.state import (
    A_HOOK_R,
    C_CYCLES,
    C_SAVE_CAP,
    C_SAVE_COUNT,
    C_SAVE_FAIL,
    C_SAVE_FROM,
    C_SAVE_MEMO,
    C_SAVE_ON,
    C_SAVE_RISE,
    NEVER,
    SAVE_BUF,
    SAVE_BUF_CAP,
    SAVE_MAX_PERIPH,
    SAVE_MEMO_MAX,
    SAVE_PERIPH,
    SAVE_PROG,
    SAVE_SHIFT,
    SB_CYCLE,
    SB_SIZE,
    SP_COMMIT_BASE,
    SP_CYCLES0,
    SP_CYCLES_WORD,
    SP_GLOBALS_LEN,
    SP_GLOBALS_START,
    SP_MAGIC,
    SP_NEXT_SEQ,
    SP_NEXT_SLOT,
    SP_OFF_COMMIT,
    SP_OFF_CRC,
    SP_OFF_GLOBALS,
    SP_OFF_PERIPH,
    SP_OFF_STACK,
    SP_PERIPH_H0,
    SP_PERIPH_N,
    SP_SLOT0,
    SP_STACK_LOW,
    SP_STACK_TOP,
    SP_TOKEN,
    SP_VERSION,
)
from msp430emu.power.watch import Crossing, crossing_time

ENABLED = not os.environ.get("MSP430EMU_HOST_SAVES")
FAST_BOOKING = True      # V at the saves from one compiled walk (save_energy.py), not a commit at each
BUFFER = SAVE_BUF_CAP     # saves the core buffers before it stops to have them booked (C_SAVE_CAP)
MEMO = True             # the kernel memoises the globals' CRC (compared byte for byte at each save)
GUARD_CYCLES = 2         # margin before a predicted crossing: float rounding never decides a save
INF = math.inf


def shift_tables(n: int) -> np.ndarray:
    """The advance of the save's CRC-16-CCITT register over ``n`` zero bytes, linear in the register:
    ``t[r >> 8] ^ t[256 + (r & 0xFF)]`` (the two tables of the kernel's globals memo, ctl[SAVE_SHIFT:])."""
    table = np.arange(256, dtype=np.int64) << 8               # the byte-wise table: eight shifts each
    for _ in range(8):
        table = np.where(table & 0x8000, ((table << 1) ^ 0x1021) & 0xFFFF, (table << 1) & 0xFFFF)
    reg = np.concatenate((np.arange(256, dtype=np.int64) << 8, np.arange(256, dtype=np.int64)))
    for _ in range(n):                                        # one zero byte
        reg = ((reg << 8) & 0xFFFF) ^ table[reg >> 8]
    return reg


def peripheral_is_static(owner) -> bool:
    """True if a peripheral model's hooked registers cannot change with time (a Timer_A that is stopped);
    a model that cannot tell counts as running."""
    running = getattr(owner, "_running", None)
    return callable(running) and not running()


class CoreSaves:
    """In-core saves for one :class:`~msp430emu.checkpoint.engine.Checkpointer` (``ckpt.core``)."""

    def __init__(self, ckpt) -> None:
        self.ckpt = ckpt
        self.machine = ckpt.machine
        self.saves = 0                       # saves done in the core (informational; tests)
        self.opened = 0                      # intervals handed to the core
        self.fail_walked = False             # open_periodic's limit is a walk's end, not V_off (look again)
        layout, cost = ckpt.layout, ckpt.cost
        self._layout, self._cost = layout, cost   # (the program is built from these)
        total0 = cost.save_timeline(layout, 0)[-1]
        per_word = cost.save_timeline(layout, 2)[-1] - total0
        big = layout.max_stack - (layout.max_stack & 1)
        # the kernel charges total0 + words * per_word: exact when the timeline's total is linear in the
        # stack's words (it is: one copy loop), checked here once
        # the kernel copies the stack and the globals, then takes the CRC over the slot's copy: the same
        # bytes as the host's plan when the slots lie apart from what they save (they do: FRAM and SRAM)
        apart = all(end <= layout.region_start or start >= layout.used_end
                    for start, end in ((layout.stack_low, layout.stack_top),
                                       (layout.globals_start, layout.globals_start + layout.globals_len)))
        self.supported = (cost.save_timeline(layout, big)[-1] == total0 + big // 2 * per_word
                          and len(layout.periph.addresses) <= SAVE_MAX_PERIPH
                          and len(SAVED_REGISTERS) == 15 and apart)
        prog = np.zeros(SAVE_PERIPH - SAVE_PROG, dtype=np.int64)
        prog[SP_SLOT0:SP_SLOT0 + SLOT_COUNT] = [layout.slot_addr(i) for i in range(SLOT_COUNT)]
        prog[SP_OFF_COMMIT] = layout.off_commit
        prog[SP_OFF_STACK] = layout.off_stack
        prog[SP_OFF_GLOBALS] = layout.off_globals
        prog[SP_OFF_PERIPH] = layout.off_periph
        prog[SP_OFF_CRC] = layout.off_crc
        prog[SP_STACK_LOW] = layout.stack_low
        prog[SP_STACK_TOP] = layout.stack_top
        prog[SP_GLOBALS_START] = layout.globals_start
        prog[SP_GLOBALS_LEN] = layout.globals_len
        prog[SP_CYCLES0] = total0
        prog[SP_CYCLES_WORD] = per_word
        prog[SP_MAGIC], prog[SP_VERSION], prog[SP_COMMIT_BASE] = MAGIC, VERSION, COMMIT_BASE
        addresses = layout.periph.addresses
        prog[SP_PERIPH_N] = len(addresses)
        if addresses:
            prog[SP_PERIPH_H0:SP_PERIPH_H0 + 3] = layout.periph.header
        self._prog = prog
        # the globals' CRC memo (state.py, SAVE_SHIFT): the zero-byte advance over the globals' length
        self._shift: np.ndarray | None = None      # (computed at the first open)
        self._periph = np.array(addresses, dtype=np.int64)
        st = self.machine.state
        owners: dict[int, object] = {}
        for a in addresses:
            if st.attr[a] & A_HOOK_R:
                owners.setdefault(id(self.machine.owner_of(a)), self.machine.owner_of(a))
        self._hooked = list(owners.values())
        self._last: tuple | None = None      # (energy state key, (t, V) of the last stamp walked to)
        # a caller that never reads the checkpointer's energy totals (torture's trials) turns this off: the
        # saves are then counted without their checks' and saves' energy (nothing else depends on it)
        self.book_energy = True
        # a save-fault injector that can tell how many of the next saves it lets through (``passes()``) and
        # be told of the saves the core made (``passed(n)``: it draws for them as its host calls would);
        # with one, the core makes at most that many saves (C_SAVE_CAP) and the next one goes to the host
        self.faults = None

    # --- when in-core saves are exact ---------------------------------------------------------------------
    def usable(self) -> bool:
        """The conditions that hold for a whole core run (the interval's own limits are the kernel's)."""
        ckpt, machine, power = self.ckpt, self.machine, self.ckpt.power
        return (ENABLED and self.supported and power is not None and not ckpt.listeners
                and ckpt.layout is self._layout and ckpt.cost is self._cost
                and (ckpt.save_fault is None or (self.faults is not None and self.faults.passes() > 0))
                and not ckpt._boot_pending and machine.powered
                and not machine.suspended and power.powered
                and all(peripheral_is_static(p) for p in self._hooked))

    def open(self, v_thresh: float, t_arm: float | None = None) -> bool:
        """Hand the core a save program for the checks that find V < ``v_thresh`` along the present
        trajectory: from now if the committed energy state is already below ``v_thresh`` (right after a host
        save at a check that read it), else from ``t_arm``, the predicted crossing (the strategy's arming),
        until V would reach ``v_thresh`` again; the saves that end before V reaches V_off. Returns True if
        the program was handed over."""
        if not self.usable():
            return False
        power, machine = self.ckpt.power, self.machine
        system = power.system
        v_off = system.switch.v_off
        ctl = machine.state.ctl
        fail = crossing_time(power, v_off, past_plan=True)   # past the look-ahead window (a timeline's)
        limit = fail.t              # no need to look for the rise past the failure: the saves end before it
        if v_off < system.capacitor.voltage < v_thresh:
            start = int(ctl[C_CYCLES])
            rise = crossing_time(power, v_thresh, t_limit=limit, past_plan=True)
        elif t_arm is not None and t_arm != INF:
            from energy.walk import crossing_time as walk_crossing

            start = max(int(ctl[C_CYCLES]), math.floor(machine.cycle_at(t_arm)) + 1 + GUARD_CYCLES)
            t_start = machine.time_at(start)
            v_start = self._voltages(np.array([t_start]))
            if v_start is None or not v_off < v_start[0] < v_thresh:
                return False
            cap = copy.copy(system.capacitor)
            cap.voltage = float(v_start[0])
            rise = Crossing(*walk_crossing(system.harvester, cap, power.load, t_start, v_thresh, limit,
                                           walk=power.trace_walk))
        else:
            return False
        self._load(start, self._cycle(rise), self._cycle(fail))
        return True

    def open_periodic(self) -> bool:
        """Hand the core a save program for ``periodic:N``'s saves (cpu/ticks.py fires them at their cycles,
        whatever the voltage): every save that ends before V reaches V_off along the present trajectory (less
        a guard; nearer, the host tears it). Returns True if the program was handed over."""
        if not self.usable():
            return False
        fail = crossing_time(self.ckpt.power, self.ckpt.power.system.switch.v_off, past_plan=True)
        self._load(0, NEVER, self._cycle(fail))
        self.fail_walked = fail.t == INF      # C_SAVE_FAIL is where a walk that found no V_off ended
        return True

    def _load(self, start: int, rise: int, fail: int) -> None:
        """Write the save program: the layout's constants, the next slot and sequence, the interval
        [``start``, ``rise``) of the checks that save and the cycle ``fail`` every save must end before."""
        machine, power = self.machine, self.ckpt.power
        ctl = machine.state.ctl
        layout = self.ckpt.layout
        latest = latest_slot(machine.state.mem, layout, layout_params(layout))   # (= find_latest_valid)
        ctl[SAVE_PROG:SAVE_PERIPH] = self._prog
        ctl[SAVE_PERIPH:SAVE_PERIPH + self._periph.shape[0]] = self._periph
        ctl[SAVE_PROG + SP_NEXT_SLOT] = 0 if latest is None else (latest.index + 1) % SLOT_COUNT
        ctl[SAVE_PROG + SP_NEXT_SEQ] = 1 if latest is None else latest.sequence + 1
        ctl[SAVE_PROG + SP_TOKEN] = power.trajectory_token
        ctl[C_SAVE_FROM] = start
        ctl[C_SAVE_RISE] = rise
        ctl[C_SAVE_FAIL] = fail
        ctl[C_SAVE_COUNT] = 0
        ctl[C_SAVE_CAP] = self._cap()
        if MEMO and ctl[C_SAVE_MEMO] == 0 and self.ckpt.layout.globals_len <= SAVE_MEMO_MAX:
            if self._shift is None:
                self._shift = shift_tables(self.ckpt.layout.globals_len)
            ctl[SAVE_SHIFT:SAVE_SHIFT + 512] = self._shift
            ctl[C_SAVE_MEMO] = 1
        ctl[C_SAVE_ON] = 1
        self.opened += 1

    def _cap(self) -> int:
        """The buffer capacity: no more saves than the fault injector lets through (usable: at least 1)."""
        return BUFFER if self.ckpt.save_fault is None else min(BUFFER, self.faults.passes())

    def _cycle(self, crossing: Crossing) -> int:
        """The last cycle safely before ``crossing`` (before the end of its walk if it found none within
        it; NEVER if there is none ever)."""
        t = crossing.t if crossing.t != INF else crossing.t_walked
        if t == INF:
            return NEVER
        return min(NEVER, max(0, math.floor(self.machine.cycle_at(t)) - GUARD_CYCLES))

    def _voltages(self, stamps: np.ndarray) -> np.ndarray | None:
        """V at ``stamps`` (save_energy.py), walking on from the last stamp of the previous call while the
        energy model's committed state and trajectory are the same (each walk then covers only the segments
        between stamps)."""
        from msp430emu.checkpoint.save_energy import stamp_voltages

        system, power = self.ckpt.power.system, self.ckpt.power
        key = (power.trajectory_token, system.time, system.capacitor.voltage)
        last = self._last
        start = last[1] if last is not None and last[0] == key and last[1][0] <= stamps[0] else None
        volts = stamp_voltages(power, stamps, start)
        if volts is not None:
            self._last = (key, (float(stamps[-1]), float(volts[-1])))
        return volts

    @staticmethod
    def close(ctl: np.ndarray) -> None:
        """Withdraw the save program (the host saves, restores or the trajectory changed)."""
        ctl[C_SAVE_ON] = 0

    # --- the run loop's calls (Machine.run) ----------------------------------------------------------------
    def check(self, machine) -> None:
        """Before a core run with a save program: withdraw it if it is no longer exact."""
        ctl = machine.state.ctl
        if ctl[SAVE_PROG + SP_TOKEN] != self.ckpt.power.trajectory_token or not self.usable():
            ctl[C_SAVE_ON] = 0
        elif self.ckpt.save_fault is not None:
            ctl[C_SAVE_CAP] = self._cap()

    def drain(self, machine) -> None:
        """After a core run that saved: book each save, in order, as the host path would have."""
        ctl = machine.state.ctl
        n = int(ctl[C_SAVE_COUNT])
        records = ctl[SAVE_BUF:SAVE_BUF + n * SB_SIZE].reshape(n, SB_SIZE)   # (read before the next run)
        ctl[C_SAVE_COUNT] = 0
        self.saves += n
        ckpt = self.ckpt
        if self.faults is not None and ckpt.save_fault is not None:
            self.faults.passed(n)
        if not self.book_energy and ckpt.power.recorder is None and not ckpt.listeners:
            ckpt.book_summed(records, ckpt.energy_checks_j, ckpt.energy_saves_j, None)
            return
        if FAST_BOOKING and ckpt.power.recorder is None:
            if not ckpt.listeners:
                booked = self._book(machine, ctl, n)
                if booked is not None:
                    ckpt.book_summed(records, *booked)
                    return
            buf = records.copy()
            volts = self._voltages(machine.time_at(buf[:, SB_CYCLE]))
            if volts is not None:
                ckpt.book_saves(buf, volts)
                return
        book = ckpt.book_save
        for cycle, checks, sequence, cycles, written in records.tolist():
            book(cycle, checks, sequence, cycles, written)

    def _book(self, machine, ctl: np.ndarray, n: int) -> tuple[float, float, float] | None:
        """The energy terms of the ``n`` buffered saves in one compiled pass (save_energy.book_records):
        (checks J, saves J, V at the last save), or None where that pass does not apply."""
        from msp430emu.checkpoint.save_energy import book_records

        ckpt = self.ckpt
        power = ckpt.power
        system = power.system
        key = (power.trajectory_token, system.time, system.capacitor.voltage)
        last = self._last
        start = last[1] if last is not None and last[0] == key else None
        m, mclk = power.mcu, machine.clocks.mclk
        mode = m.modes["active"]
        current = (mode.ua_fixed + mode.ua_per_mhz * mclk * 1e-6, m.vcc_slope, m.vcc_reference, m.vcc_min,
                   m.vcc_max, mclk)                              # engine._active_current's terms
        timebase = (machine._seg_t, machine._seg_cycles, machine._mclk)       # Machine.time_at's
        out = book_records(power, ctl, SAVE_BUF, n, start, timebase, ckpt._sample, ckpt.check_cycles, current,
                           (ckpt.energy_checks_j, ckpt.energy_saves_j))
        if out is None:
            return None
        checks_j, saves_j, t, v = out
        self._last = (key, (t, v))
        return checks_j, saves_j, v


__all__ = ["ENABLED", "GUARD_CYCLES", "CoreSaves", "peripheral_is_static", "shift_tables"]
