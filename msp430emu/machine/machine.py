"""The machine: the compiled core, the peripherals, time, and its event loop (:meth:`Machine.run`, "run until
the next event").

Each turn of :meth:`Machine.run`'s loop asks every event source (timed peripherals, and sources added with
:meth:`Machine.add_event_source`, e.g. the capacitor model) for its next event time, converts the earliest to
a cycle limit at the current MCLK, runs the core up to it, and handles the stop: a peripheral hook, an
interrupt acknowledgement, a low-power mode (time jumps to the next event without stepping the CPU), a
breakpoint, a fault, or the cycle limit (events fire). Device time is the sum over blocks of cycles / MCLK
plus the time spent in low-power modes or powered off.

Event-source protocol (duck-typed): ``next_event_time(now) -> float`` (seconds, ``math.inf`` for none) and
``on_event(now)``; optionally ``on_mode_change(now, mode, mclk_hz)`` to hear about active / LPMx / off
changes (what the capacitor model needs to know the load current).
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Iterable, Sequence
from typing import Protocol

import numpy as np

from msp430emu.cpu.core import Cpu, warm_up
from msp430emu.cpu.state import (
    A_BREAK,
    A_HOOK_R,
    A_HOOK_W,
    C_CYCLES,
    C_FRAM_READS,
    C_FRAM_WAIT,
    C_FRAM_WRITES,
    C_INSN_LIMIT,
    C_INSNS,
    C_IO_PASS,
    C_IRQ_NMI,
    C_IRQ_VECTOR,
    C_SAVE_COUNT,
    C_SAVE_ON,
    C_STOP_ADDR,
    C_STOP_PC,
    C_STOP_SIZE,
    C_STOP_VALUE,
    C_TRIG_ARM,
    C_TRIG_DONE,
    NEVER,
    PC,
    SR,
    SR_CPUOFF,
    SR_GIE,
    SR_OSCOFF,
    SR_SCG0,
    SR_SCG1,
    STOP_BREAK,
    STOP_FAULT_ILLEGAL,
    STOP_HOOK_READ,
    STOP_HOOK_WRITE,
    STOP_IRQ,
    STOP_LIMIT,
    STOP_LPM,
    STOP_NAMES,
    STOP_TRIGGER,
    TIMING_CLASSIC,
    TIMING_CPUXV2,
    MachineState,
)
from msp430emu.devices import Device, load_device
from msp430emu.errors import ConfigError, EmuError
from msp430emu.machine.hooks import HookList
from msp430emu.machine.interrupts import InterruptController
from msp430emu.machine.memmap import (
    ERASED,
    build_peripherals,
    erase_nvm,
    load_segments,
    map_memory,
    segment_pairs,
)
from msp430emu.machine.timing import EPS_REL, EPS_T
from msp430emu.output.report import RunResult
from msp430emu.peripherals import Clocks, Peripheral

INF = math.inf
LPM_BITS = SR_CPUOFF | SR_SCG0 | SR_SCG1 | SR_OSCOFF
MAX_RECORDED_RESETS = 1000
RESET_LOOP = 1000          # resets in a row ...
RESET_LOOP_INSNS = 1000    # ... each fewer than this many instructions after the previous one
LPM_NAMES = {SR_CPUOFF: "lpm0", SR_CPUOFF | SR_SCG0: "lpm1", SR_CPUOFF | SR_SCG1: "lpm2",
             SR_CPUOFF | SR_SCG0 | SR_SCG1: "lpm3"}


# False: refresh every peripheral's next event and the interrupt state after any external source's event,
# also a source that declares ``touches_peripherals = False`` (the tests compare both)
TRUST_QUIET_SOURCES = True
# False: after time jumps to the next event while the CPU does not run (powered off, held asleep), the loop
# turns once more to find that event due; True fires it at once (the same sources at the same time: nothing
# changes between the jump and the next turn). The tests compare both.
FIRE_AFTER_JUMP = True


class EventSource(Protocol):
    """What :meth:`Machine.add_event_source` accepts (e.g. the capacitor and harvester adapter).

    May also define ``on_mode_change(now, mode, mclk_hz)``: called whenever the power mode (``active``,
    ``lpm0``..``lpm4``, ``off``) or MCLK changes, before time advances under the new mode, and
    ``touches_peripherals = False`` when its ``on_event`` changes no peripheral, power state or reset
    request (e.g. a strategy's timer tick that only counts cycles): the loop then skips the refresh of
    every peripheral's next event and of the interrupt state it does after other sources' events (both
    are functions of the peripherals' state, unchanged), unless :data:`TRUST_QUIET_SOURCES` is False. The
    attribute is read after each ``on_event``: a source may set it there, per event (the capacitor model:
    False when the event was only the end of a look-ahead window)."""

    def next_event_time(self, now: float) -> float: ...
    def on_event(self, now: float) -> None: ...


class Machine:
    """One device running one program image. ``vcc`` is a fixed supply voltage or a callable ``vcc(now)``."""

    def __init__(self, device: Device | str, image=None, *, mclk: float | None = None,
                 vcc: float | Callable[[float], float] = 3.0, volatile_fill: int = 0,
                 nvm_fill: int = ERASED) -> None:
        self.device = device if isinstance(device, Device) else load_device(device)
        dev = self.device
        if mclk is not None and not dev.min_mclk_hz <= mclk <= dev.max_mclk_hz:
            raise ConfigError(f"MCLK {mclk:g} Hz is outside the {dev.name}'s MCLK range "
                              f"{dev.min_mclk_hz:,} to {dev.max_mclk_hz:,} Hz")
        if not callable(vcc) and not dev.supply_min_v <= float(vcc) <= dev.supply_max_v:
            raise ConfigError(f"Vcc {vcc} V is outside the {dev.name} supply range "
                              f"{dev.supply_min_v}-{dev.supply_max_v} V")
        self.state = MachineState()
        self.cpu = Cpu(self.state, TIMING_CPUXV2 if dev.timing == "cpuxv2" else TIMING_CLASSIC)
        self.clocks = Clocks(float(mclk or dev.default_mclk_hz))
        self.uart = bytearray()
        self.gpio_events: list[dict] = []
        self.warnings: list[str] = []
        self.resets: list[dict] = []
        self.io_locked = False
        self.powered = True
        self.suspended = False           # a strategy holds the CPU asleep (Hibernus): LPM4, nothing runs
        self.symbols: dict[str, int] = {}
        self.volatile_fill = volatile_fill & 0xFF
        # the run loop's listeners (machine/hooks.py): fn(machine, pc) at a breakpoint that is not `until`
        # (a listener that moves PC consumes the stop); fn(machine, now) at an armed trigger point;
        # fn(machine) when ctl[C_INSN_LIMIT] is reached (failure injection, a debugger's step): the loop sets
        # the limit to NEVER first, each listener lowers it to the next instruction count it wants
        self.on_break = HookList("break")
        self.on_trigger = HookList("trigger")
        self.on_insn_limit = HookList("insn-limit")
        # saves inside the core (msp430emu/checkpoint/incore.py): check(machine) before a core run that has
        # a save program (it may withdraw it), drain(machine) after one that saved
        self.core_saves = None
        # an event source whose ticks the core fires itself (cpu/ticks.py; MementosTimer): Machine.run calls
        # load_core(machine, t_other, cap) before a core run (True: ticks on for it), unload_core(machine)
        self.core_ticker = None
        self._vcc = vcc
        self._seg_t = 0.0
        self._seg_cycles = 0
        self._mclk = self.clocks.mclk
        self._pending_reset: tuple[str, str] | None = None
        self._short_resets = 0           # consecutive resets close together (reset-loop guard)
        self._last_reset_insns = 0
        self.stop_request: tuple[str, str] | None = None   # (exit, message): an event source ends the run
        self._mode: tuple[str, float] = ("active", self.clocks.mclk)
        self._external: list = []
        self.core_calls = 0              # how many times the loop entered the core (benchmarks)
        self._runs_cache: dict = {}      # restore_registers' runs by address list
        self._owners_changed = 0         # set_owner / claim calls (then the runs' owners are checked)
        map_memory(dev, self.state)
        erase_nvm(dev, self.state, nvm_fill)   # unprogrammed FRAM reads 0xFF, as after a programmer's erase
        self.peripherals, self._owner = build_peripherals(dev, self)
        self._by_model = {}
        for p in self.peripherals:
            self._by_model.setdefault(p.model, p)
        cs = self._by_model.get("cs")
        if cs is not None and mclk is not None:
            cs.override_mclk = float(mclk)
        self.irq = InterruptController(dev, self.peripherals, self.state.ctl)
        self._timed = [p for p in self.peripherals if p.has_events()]
        self._slot = {id(p): i for i, p in enumerate(self._timed)}
        self._next_at = [INF] * len(self._timed)   # cached next event time of each timed peripheral
        if image is not None:
            self.load(image)
        self.reset("bor", "bor")

    # --- models behind addresses -----------------------------------------------------------------------
    def owner_of(self, addr: int):
        """The model (peripheral, detector) whose read/write hooks the run loop calls at ``addr``, or None."""
        return self._owner[addr] if 0 <= addr < len(self._owner) else None

    def set_owner(self, addr: int, owner):
        """Put ``owner`` (or None) behind ``addr`` whoever had it; returns the previous owner (a debugger's
        watchpoint stacks on a detector's bytes and gives them back)."""
        if len(self._owner) < addr + 4:
            self._owner.extend([None] * (addr + 4 - len(self._owner)))
        previous, self._owner[addr] = self._owner[addr], owner
        self._owners_changed += 1
        return previous

    def claim(self, addresses: Iterable[int], owner, what: str = "") -> None:
        """Make ``owner`` the model called at ``addresses`` (its ``read(addr, now)`` / ``write(addr, value,
        size, now)``); refuses, changing nothing, an address another model already owns."""
        addresses = list(addresses)
        taken = [a for a in addresses if self.owner_of(a) not in (None, owner)]
        if taken:
            raise ConfigError(f"{what or owner}: 0x{taken[0]:05X} already belongs to "
                              f"{getattr(self._owner[taken[0]], 'name', self._owner[taken[0]])}")
        if addresses:
            top = max(addresses) + 4            # owner[addr + 2]: a 20-bit write's upper half
            if len(self._owner) < top:
                self._owner.extend([None] * (top - len(self._owner)))
        for a in addresses:
            self._owner[a] = owner
        self._owners_changed += 1

    # --- host interface used by the peripherals ---------------------------------------------------------
    def now(self) -> float:
        return self._seg_t + (int(self.state.ctl[C_CYCLES]) - self._seg_cycles) / self._mclk

    def time_at(self, cycles: int) -> float:
        """The device time at which the running machine's cycle count is ``cycles`` (as :meth:`now`)."""
        return self._seg_t + (cycles - self._seg_cycles) / self._mclk

    def cycle_at(self, t: float) -> float:
        """The (fractional) cycle count at which the running machine reaches device time ``t``."""
        return self._seg_cycles + (t - self._seg_t) * self._mclk

    def warn(self, message: str) -> None:
        if message not in self.warnings:
            self.warnings.append(message)

    def request_reset(self, kind: str, cause: str) -> None:
        if self._pending_reset is None or kind == "bor":
            self._pending_reset = (kind, cause)

    def supply_voltage(self, now: float) -> float:
        return float(self._vcc(now)) if callable(self._vcc) else float(self._vcc)

    def find_peripheral(self, model: str) -> Peripheral | None:
        return self._by_model.get(model)

    def peripheral(self, name: str) -> Peripheral:
        for p in self.peripherals:
            if p.name == name:
                return p
        raise ConfigError(f"the {self.device.name} has no peripheral named {name}")

    def clocks_changed(self, now: float) -> None:
        """Clock rates changed (CS, FRCTL): new time segment at the new MCLK, FRAM wait states, re-anchor."""
        self._seg_t = now
        self._seg_cycles = int(self.state.ctl[C_CYCLES])
        self._mclk = self.clocks.mclk
        self._update_fram_wait()
        for p in self.peripherals:
            p.clocks_changed(now)
        self._refresh_all(now)
        self._notify_mode(now)

    def _refresh(self, p: Peripheral, now: float) -> None:
        """``p`` was touched: recompute its cached next event time."""
        i = self._slot.get(id(p))
        if i is not None:
            self._next_at[i] = p.next_event_time(now) if self.powered else INF

    def _refresh_all(self, now: float) -> None:
        """Recompute every cached next event time (none while powered off: peripherals held in reset)."""
        for i, p in enumerate(self._timed):
            self._next_at[i] = p.next_event_time(now) if self.powered else INF

    # --- set-up -------------------------------------------------------------------------------------------
    def load(self, image) -> None:
        """Write a program image (``msp430emu.toolchain.loader.Image`` or anything with ``segments`` of
        (address, data) pairs and a ``symbols`` mapping) into memory and check its reset vector."""
        load_segments(self.device, self.state, segment_pairs(image))
        self.symbols = dict(getattr(image, "symbols", {}) or {})
        entry = self.state.read_word(self.device.reset_vector)
        if entry == 0xFFFF and self.device.region_at(self.device.reset_vector).nvm:
            raise EmuError(f"the reset vector (0x{self.device.reset_vector:04X}) is unprogrammed (erased "
                           "FRAM reads 0xFFFF): the image does not set it")
        region = self.device.region_at(entry)
        if region is None or region.access == "none" or region.kind == "peripheral":
            raise EmuError(f"the reset vector (0x{self.device.reset_vector:04X}) holds 0x{entry:04X}, "
                           f"which is not program memory: is this image built for the {self.device.name}?")

    def add_event_source(self, source: EventSource) -> None:
        """Plug an event source (e.g. the capacitor) into the loop; it is asked at every turn."""
        self._external.append(source)

    def reset(self, kind: str = "puc", cause: str = "rst") -> None:
        """BOR, POR or PUC: peripherals to their reset values, CPU from the reset vector. Time goes on."""
        now = self.now()
        st = self.state
        st.regs[:] = 0
        for p in self.peripherals:
            p.reset(kind, now)
        sys_module, pmm = self._by_model.get("sys"), self._by_model.get("pmm")
        if sys_module is not None:
            sys_module.add_cause(cause)
        if pmm is not None:
            pmm.note_reset(cause)
        self.clocks.gating_sr = 0
        self.clocks_changed(now)
        st.regs[PC] = st.read_word(self.device.reset_vector)
        st.regs[SR] = 0
        st.ctl[C_IO_PASS] = 0
        st.ctl[C_TRIG_DONE] = 0   # a trigger check at the reset PC is charged afresh
        self.irq.update()
        self._pending_reset = None
        self._note_reset(now, kind, cause)

    def _note_reset(self, now: float, kind: str, cause: str) -> None:
        """Record a reset (the first MAX_RECORDED_RESETS) and stop a reset loop: RESET_LOOP resets in a
        row, each fewer than RESET_LOOP_INSNS instructions after the previous one (e.g. a program that
        writes a wrong password at every boot), end the run as a fault instead of spinning until
        --max-cycles."""
        insns = int(self.state.ctl[C_INSNS])
        if kind != "bor" and insns - self._last_reset_insns < RESET_LOOP_INSNS:
            self._short_resets += 1
        else:
            self._short_resets = 0
        self._last_reset_insns = insns
        if len(self.resets) < MAX_RECORDED_RESETS:
            self.resets.append({"t": now, "kind": kind, "cause": cause})
        else:
            self.warn(f"more than {MAX_RECORDED_RESETS} resets: later ones are not recorded")
        if self._short_resets >= RESET_LOOP:
            self.request_stop("fault", f"reset loop: {RESET_LOOP} resets in a row less than "
                                       f"{RESET_LOOP_INSNS} instructions apart (last cause: {cause})")

    def request_stop(self, exit_kind: str, message: str) -> None:
        """End the run at the loop's next turn with this exit (e.g. "max-time", "no-progress")."""
        if self.stop_request is None:
            self.stop_request = (exit_kind, message)

    def suspend(self, asleep: bool, now: float) -> None:
        """Hold the CPU asleep (LPM4 current, no instruction runs, events go on) or let it run again: a
        strategy's sleep that the program does not see (Hibernus between V_hibernate and V_restore)."""
        self._seg_t, self._seg_cycles = now, int(self.state.ctl[C_CYCLES])
        self.suspended = asleep
        self._notify_mode(now)

    def power_off(self, now: float | None = None) -> None:
        """The supply collapsed: the CPU stops until :meth:`power_on` (called by an event source), and the
        peripherals are held in reset meanwhile (no timer, WDT or UART event fires while off)."""
        now = self.now() if now is None else now
        self.powered = False
        for p in self.peripherals:
            p.reset("bor", now)
        self._refresh_all(now)
        self.irq.update()
        self._notify_mode(now)

    def power_on(self, now: float | None = None, *, keep_volatile: bool = False) -> None:
        """Power is back: a BOR with volatile memory (SRAM) lost - filled with ``volatile_fill``, or left as
        it is with ``keep_volatile`` (the caller has put its own garbage there); FRAM keeps its content."""
        if now is not None:
            self._seg_t, self._seg_cycles = now, int(self.state.ctl[C_CYCLES])
        self.powered = True
        self.suspended = False
        if not keep_volatile:
            for region in self.device.memory:
                if region.volatile:
                    self.state.mem[region.start:region.end + 1] = self.volatile_fill
        self.reset("bor", "bor")

    # --- the loop -------------------------------------------------------------------------------------------
    def _update_fram_wait(self) -> None:
        limit = self.device.fram_max_hz_without_wait
        waits = 0
        if limit and self.clocks.mclk > limit:
            waits = self.clocks.nwaits
            if waits == 0:
                self.warn(f"MCLK {self.clocks.mclk / 1e6:g} MHz with FRCTL0.NWAITS = 0: FRAM needs wait "
                          f"states above {limit / 1e6:g} MHz (access-time violation on hardware)")
        self.state.ctl[C_FRAM_WAIT] = waits

    def mode(self) -> str:
        if not self.powered:
            return "off"
        if self.suspended:
            return "lpm4"
        sr = int(self.state.regs[SR])
        if not sr & SR_CPUOFF:
            return "active"
        return "lpm4" if sr & SR_OSCOFF else LPM_NAMES[sr & (SR_CPUOFF | SR_SCG0 | SR_SCG1)]

    def _notify_mode(self, now: float) -> None:
        state = (self.mode(), self.clocks.mclk)
        if state != self._mode:
            self._mode = state
            for source in self._external:
                hook = getattr(source, "on_mode_change", None)
                if hook is not None:
                    hook(now, state[0], state[1])

    def _set_gating(self, sr: int, now: float) -> None:
        gating = sr & LPM_BITS if sr & SR_CPUOFF else 0
        if gating != self.clocks.gating_sr:
            self.clocks.gating_sr = gating
            for p in self.peripherals:
                p.clocks_changed(now)
            self._refresh_all(now)
        self._notify_mode(now)

    def write_register(self, addr: int, value: int, size: int = 2) -> None:
        """Write a peripheral register from the host exactly as a CPU write would (value, then the hook)."""
        if size == 2:
            self.state.write_word(addr, value)
        else:
            self.state.write_byte(addr, value)
        if self.state.attr[addr] & A_HOOK_W:
            self._owner[addr].write(addr, value, size, self.now())
            self._refresh(self._owner[addr], self.now())
        if self._pending_reset is not None:
            self.reset(*self._pending_reset)
        self.irq.update()

    def _reset_after_writes(self, touched: dict[int, Peripheral], now: float) -> None:
        """A host write asked for a reset (a wrong password): refresh what the writes touched, then reset."""
        for q in touched.values():
            self._refresh(q, now)
        touched.clear()
        self.reset(*self._pending_reset)
        self.irq.update()

    def write_registers(self, writes: Iterable[tuple[int, int, int]]) -> None:
        """Write a block of peripheral registers from the host, in order, leaving the machine exactly as one
        :meth:`write_register` per entry would (a checkpoint restore): each value then its owner's write
        hook (``restore_write``: ``write`` or a shortcut with its effect), at one time (the core is not
        running); the touched owners' next event times and the interrupt state are recomputed once at the
        end (both are functions of the peripherals' final state), or before a reset a write requests."""
        state, attr, owner = self.state, self.state.attr, self._owner
        now = self.now()
        touched: dict[int, Peripheral] = {}
        for addr, value, size in writes:
            if size == 2:
                state.write_word(addr, value)
            else:
                state.write_byte(addr, value)
            if attr[addr] & A_HOOK_W:
                p = owner[addr]
                getattr(p, "restore_write", p.write)(addr, value, size, now)   # (a watcher: write only)
                touched[id(p)] = p
            if self._pending_reset is not None:
                self._reset_after_writes(touched, now)
        for q in touched.values():
            self._refresh(q, now)
        self.irq.update()

    def restore_registers(self, addrs: Sequence[int], values: Sequence[int], sizes: Sequence[int]) -> None:
        """:meth:`write_registers` of ``zip(addrs, values, sizes)`` (a checkpoint restore's peripheral
        writes), the same state after, with each run of consecutive hooked writes to one peripheral whose
        hooks never request a reset (``restore_batch``) handed to its ``restore_run`` in one call (which
        applies them in order, calling only the hooks that have an effect, or the net effect of the run);
        other writes are taken one at a time as :meth:`write_registers` does. The runs are cached per
        address list and checked against the owners and hook bits at each call."""
        if self._pending_reset is not None:
            self.write_registers(zip(addrs, values, sizes, strict=True))
            return
        runs = self._restore_runs(tuple(addrs), tuple(sizes))
        state, now = self.state, self.now()
        touched: dict[int, Peripheral] = {}
        for p, start, end, batch, run_addrs, run_sizes in runs:
            if p is None:                                  # no hook: the values only
                for k in range(start, end):
                    if sizes[k] == 2:
                        state.write_word(addrs[k], values[k])
                    else:
                        state.write_byte(addrs[k], values[k])
                continue
            touched[id(p)] = p
            if batch:
                p.restore_run(run_addrs, values[start:end], run_sizes, now)
                continue
            hook = getattr(p, "restore_write", None) or p.write     # (a debugger's watcher has write only)
            for k in range(start, end):                    # write_registers' loop
                addr, value, size = addrs[k], values[k], sizes[k]
                if size == 2:
                    state.write_word(addr, value)
                else:
                    state.write_byte(addr, value)
                hook(addr, value, size, now)
                if self._pending_reset is not None:
                    self._reset_after_writes(touched, now)
                    if k + 1 < end:
                        touched[id(p)] = p
        for q in touched.values():
            self._refresh(q, now)
        self.irq.update()

    def _restore_runs(self, addrs: tuple[int, ...], sizes: tuple[int, ...]) -> list:
        """(owner or None, start, end, its restore_batch, addresses, sizes) runs of
        :meth:`restore_registers`' writes: consecutive writes whose first byte has ``A_HOOK_W`` grouped by
        owner (None: no hook). Cached while the owners and hook bits of the addresses stay as they were (the
        owners are compared again after any set_owner / claim)."""
        cached = self._runs_cache.get((addrs, sizes))
        if cached is None:
            index = np.array(addrs, dtype=np.int64)
        else:
            index = cached[0]
        hooked = (self.state.attr[index] & A_HOOK_W).tobytes()
        if cached is not None and cached[2] == hooked:
            if cached[1] == self._owners_changed:
                return cached[3]
            owners = list(map(self._owner.__getitem__, addrs))
            if cached[4] == owners:
                self._runs_cache[(addrs, sizes)] = (index, self._owners_changed, hooked, cached[3], owners)
                return cached[3]
        owners = list(map(self._owner.__getitem__, addrs))
        runs: list = []
        for k, (owner, hook) in enumerate(zip(owners, hooked, strict=True)):   # (bytes: ints)
            key = owner if hook else None
            if runs and runs[-1][0] is key:
                runs[-1][2] = k + 1
            else:
                runs.append([key, k, k + 1])
        runs = [(o, a, b, o is not None and getattr(o, "restore_batch", False), addrs[a:b], sizes[a:b])
                for o, a, b in runs]
        self._runs_cache[(addrs, sizes)] = (index, self._owners_changed, hooked, runs, owners)
        return runs

    def read_register(self, addr: int, size: int = 2) -> int:
        """Read a peripheral register from the host exactly as a CPU read would (hook, then the value)."""
        if self.state.attr[addr] & A_HOOK_R:
            self._owner[addr].read(addr, self.now())
            self._refresh(self._owner[addr], self.now())
            self.irq.update()
        return self.state.read_word(addr) if size == 2 else self.state.read_byte(addr)

    def sync_registers(self, addresses: Iterable[int]) -> None:
        """Bring the registers at ``addresses`` up to date as CPU reads would (each owner's read hook, then
        one interrupt update): a checkpoint reads a block of registers this way, then from memory."""
        now = self.now()
        attr, owner = self.state.attr, self._owner
        touched = False
        for addr in addresses:
            if attr[addr] & A_HOOK_R:
                owner[addr].read(addr, now)
                self._refresh(owner[addr], now)
                touched = True
        if touched:
            self.irq.update()

    def set_breakpoints(self, addresses: Iterable[int]) -> None:
        for addr in addresses:
            self.state.attr[addr] |= A_BREAK

    def symbol(self, name: str) -> int:
        if name in self.symbols:
            return self.symbols[name]
        try:
            addr = int(name, 0)
        except ValueError:
            raise ConfigError(f"unknown symbol '{name}' (not in the image's symbol table)") from None
        if not 0 <= addr < len(self.state.attr):
            raise ConfigError(f"address {name} is outside the 20-bit address space (0x0 to 0xFFFFF)")
        return addr

    def irq_pending(self) -> int:
        return int(self.state.ctl[C_IRQ_VECTOR])

    # --- the event loop ("run until the next event"; docs/peripherals.md) ------------------------------
    def next_event_time(self, now: float) -> float:
        best = min(self._next_at) if self._next_at else INF
        for source in self._external:
            t = source.next_event_time(now)
            if t < best:
                best = t
        return best

    def _fire_events(self, now: float) -> None:
        due_at = now + EPS_T + now * EPS_REL
        fired_external = False
        timed, sources = self._timed, self._external
        for _ in range(1000):
            due = [p for p, t in zip(timed, self._next_at, strict=True) if t <= due_at]
            external = [s for s in sources if s.next_event_time(now) <= due_at]
            if not due and not external:
                break
            for source in due:
                source.on_event(now)
                self._refresh(source, now)
                self.irq.update_for(source)
                if self._pending_reset is not None:
                    self.reset(*self._pending_reset)
            for source in external:
                source.on_event(now)
                if not TRUST_QUIET_SOURCES or getattr(source, "touches_peripherals", True):
                    fired_external = True
                if self._pending_reset is not None:
                    self.reset(*self._pending_reset)
        else:
            raise EmuError(f"an event source does not advance at t = {now:.9f} s")
        if fired_external:                  # an external source may have touched any peripheral
            self._refresh_all(now)
            self.irq.update()

    def idle(self, seconds: float) -> None:
        """Let ``seconds`` of device time pass without running the CPU (events fire on the way)."""
        target = self.now() + seconds
        while True:
            t_next = self.next_event_time(self.now())
            if t_next > target:
                break
            self._seg_t, self._seg_cycles = max(t_next, self.now()), int(self.state.ctl[C_CYCLES])
            self._fire_events(self._seg_t)
        self._seg_t, self._seg_cycles = target, int(self.state.ctl[C_CYCLES])

    def run(self, max_cycles: int | None = None, until: str | int | None = None,
            dumps: Iterable[tuple[int, int]] = (), tracer=None) -> RunResult:
        """Run until halt, ``until`` (symbol or address), ``max_cycles`` more cycles, or a fault."""
        st = self.state
        ctl, regs = st.ctl, st.regs
        until_addr = None
        had_break = False
        if until is not None:
            until_addr = self.symbol(until if isinstance(until, str) else hex(until))
            had_break = bool(st.attr[until_addr] & A_BREAK)   # a breakpoint of the caller stays
            self.set_breakpoints([until_addr])
        cap = NEVER if max_cycles is None else int(ctl[C_CYCLES]) + int(max_cycles)
        cpu_run = self.cpu.run
        owner = self._owner
        irq_update = self.irq.update
        irq_update_for = self.irq.update_for
        next_at, external, refresh = self._next_at, self._external, self._refresh
        faults: list[str] = []
        exit_kind, message = "", ""
        warm_up()                     # load the compiled core first: wall_s times the run only
        wall0 = time.perf_counter()
        while not exit_kind:
            if self.stop_request is not None:          # an event source ended the run (energy runs)
                exit_kind, message = self.stop_request
                self.stop_request = None
                if exit_kind == "fault":
                    faults.append(message)
                break
            now = self._seg_t + (int(ctl[C_CYCLES]) - self._seg_cycles) / self._mclk
            t_next = min(next_at) if next_at else INF
            ticker = self.core_ticker
            if ticker is None:
                for source in external:
                    t = source.next_event_time(now)
                    if t < t_next:
                        t_next = t
            else:                       # the same minimum, with the ticker's time apart (cpu/ticks.py)
                t_tick = INF
                for source in external:
                    t = source.next_event_time(now)
                    if source is ticker:
                        t_tick = t
                    elif t < t_next:
                        t_next = t
                t_other = t_next
                if t_tick < t_next:
                    t_next = t_tick
            if t_next <= now + EPS_T + now * EPS_REL:
                self._fire_events(now)
                continue
            if not self.powered or self.suspended:
                if t_next == INF:
                    exit_kind, message = "halt", "powered off with no event to wake the device"
                    break
                self._seg_t, self._seg_cycles = t_next, int(ctl[C_CYCLES])
                if FIRE_AFTER_JUMP:
                    self._fire_events(t_next)      # (the next turn would find the same sources due now)
                continue
            limit = cap
            if t_next != INF:
                n = math.ceil((t_next - now) * self._mclk - 1e-9)
                limit = min(cap, int(ctl[C_CYCLES]) + (n if n > 0 else 1))
            if tracer is not None:
                tracer.before(self)
                ctl[C_INSN_LIMIT] = ctl[C_INSNS] + 1
            if ctl[C_SAVE_ON]:
                self.core_saves.check(self)
            ticks = ticker is not None and tracer is None and ticker.load_core(self, t_other, cap)
            stop = cpu_run(limit)
            self.core_calls += 1
            if ticks:
                ticker.unload_core(self)
            if ctl[C_SAVE_COUNT]:
                self.core_saves.drain(self)
            if tracer is not None:
                ctl[C_INSN_LIMIT] = NEVER
                tracer.after(self, stop)
            if stop == STOP_HOOK_WRITE:
                addr = int(ctl[C_STOP_ADDR])
                now = self._seg_t + (int(ctl[C_CYCLES]) - self._seg_cycles) / self._mclk
                value, size = int(ctl[C_STOP_VALUE]), int(ctl[C_STOP_SIZE])
                p = owner[addr]
                if size == 4:
                    p.write(addr, value & 0xFFFF, 2, now)
                    owner[addr + 2].write(addr + 2, (value >> 16) & 0xF, 2, now)
                    irq_update()
                else:
                    p.write(addr, value, size, now)
                if self._pending_reset is not None:
                    self.reset(*self._pending_reset)
                    irq_update()
                else:
                    refresh(p, now)
                    irq_update_for(p)
            elif stop == STOP_LIMIT:
                if self.on_insn_limit and ctl[C_INSNS] >= ctl[C_INSN_LIMIT]:
                    ctl[C_INSN_LIMIT] = NEVER      # each listener lowers it to the next index it wants
                    for hook in self.on_insn_limit:
                        hook(self)
                if ctl[C_CYCLES] >= cap:
                    exit_kind, message = "max-cycles", f"reached the cycle limit ({max_cycles:,} cycles)"
            elif stop == STOP_HOOK_READ:
                addr = int(ctl[C_STOP_ADDR])
                p = owner[addr]
                now = self.now()
                p.read(addr, now)
                ctl[C_IO_PASS] = 1
                refresh(p, now)
                irq_update_for(p)
            elif stop == STOP_IRQ:
                now = self.now()
                if self.clocks.gating_sr:
                    self._set_gating(0, now)
                vector = int(ctl[C_STOP_ADDR])
                self.irq.acknowledge(vector, now)
                if vector in self.irq.owner:
                    refresh(self.irq.owner[vector], now)
                self._notify_mode(now)
            elif stop == STOP_LPM:
                exit_kind, message = self._sleep(self.now())
            elif stop == STOP_BREAK:
                pc = int(regs[PC])
                if pc == until_addr:
                    exit_kind, message = "until", f"reached {until} at 0x{pc:04X}"
                else:
                    for hook in self.on_break:
                        hook(self, pc)
                        if int(regs[PC]) != pc:    # a handler moved PC (a checkpoint restore): consumed
                            break
                    if int(regs[PC]) == pc:
                        ctl[C_IO_PASS] = 1
            elif stop == STOP_TRIGGER:
                if self.on_trigger:
                    now = self.now()
                    for hook in self.on_trigger:
                        hook(self, now)
                else:
                    ctl[C_TRIG_ARM] = NEVER
            else:
                message = self.fault_message(stop)
                faults.append(message)
                exit_kind = "fault"
        wall = time.perf_counter() - wall0
        if until_addr is not None and not had_break:
            st.attr[until_addr] &= ~A_BREAK & 0xFF
        return self._result(exit_kind, message, wall, faults, dumps)

    def _sleep(self, now: float) -> tuple[str, str]:
        """STOP_LPM: the CPU sleeps. Returns an exit, or ("", "") after time moved to the next event."""
        st = self.state
        sr = int(st.regs[SR])
        self._set_gating(sr, now)
        if not sr & SR_GIE and not st.ctl[C_IRQ_NMI]:
            return "halt", f"CPU off with interrupts disabled (exit code R12 = {self._exit_code()})"
        t_next = self.next_event_time(now)
        if t_next == INF:
            self.warn("the CPU sleeps with interrupts enabled and nothing can wake it: run ended")
            return "halt", "CPU off with interrupts enabled and no pending event"
        self._seg_t, self._seg_cycles = max(t_next, now), int(st.ctl[C_CYCLES])
        self._fire_events(self._seg_t)
        return "", ""

    def _exit_code(self) -> int:
        r12 = int(self.state.regs[12]) & 0xFFFF
        return r12 - 0x10000 if r12 & 0x8000 else r12

    def fault_message(self, stop: int) -> str:
        ctl = self.state.ctl
        addr, pc = int(ctl[C_STOP_ADDR]), int(ctl[C_STOP_PC])
        region = self.device.region_at(addr)
        where = f"{region.name}" if region else "no memory there"
        name = STOP_NAMES.get(stop, f"stop {stop}")
        if stop == STOP_FAULT_ILLEGAL:
            return f"{name} 0x{self.state.read_word(pc):04X} at PC 0x{pc:05X}"
        return f"{name} at 0x{addr:05X} ({where}) by the instruction at PC 0x{pc:05X}"

    def _result(self, exit_kind: str, message: str, wall: float, faults: list[str],
                dumps: Iterable[tuple[int, int]]) -> RunResult:
        st = self.state
        ctl = st.ctl
        return RunResult(
            exit=exit_kind,
            exit_code=self._exit_code() if exit_kind == "halt" else None,
            message=message,
            instructions=int(ctl[C_INSNS]),
            cycles=int(ctl[C_CYCLES]),
            device_time_s=self.now(),
            wall_s=wall,
            regs=[int(r) for r in st.regs],
            uart=self.uart.decode("latin-1"),
            dumps=[{"start": start, "hex": st.read_bytes(start, length).hex()} for start, length in dumps],
            gpio_events=list(self.gpio_events),
            faults=faults,
            warnings=list(self.warnings),
            resets=list(self.resets),
            fram_reads=int(ctl[C_FRAM_READS]),
            fram_writes=int(ctl[C_FRAM_WRITES]),
            device=self.device.name,
            mclk_hz=self.clocks.mclk,
        )
