"""The machine: the compiled core, the peripherals, time, and the event loop ("run until the next event";
the loop itself is in msp430emu/run_loop.py).

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
from collections.abc import Callable, Iterable
from typing import Protocol

from msp430emu.core import Cpu
from msp430emu.devices import Device, load_device
from msp430emu.errors import ConfigError, EmuError
from msp430emu.interrupts import InterruptController
from msp430emu.memmap import build_peripherals, load_segments, map_memory, segment_pairs
from msp430emu.peripherals import Clocks, Peripheral
from msp430emu.run_loop import RunLoop
from msp430emu.state import (
    A_BREAK,
    A_HOOK_R,
    A_HOOK_W,
    C_CYCLES,
    C_FRAM_WAIT,
    C_INSNS,
    C_IO_PASS,
    C_IRQ_VECTOR,
    C_TRIG_DONE,
    PC,
    SR,
    SR_CPUOFF,
    SR_OSCOFF,
    SR_SCG0,
    SR_SCG1,
    TIMING_CLASSIC,
    TIMING_CPUXV2,
    MachineState,
)

INF = math.inf
LPM_BITS = SR_CPUOFF | SR_SCG0 | SR_SCG1 | SR_OSCOFF
MAX_RECORDED_RESETS = 1000
RESET_LOOP = 1000          # resets in a row ...
RESET_LOOP_INSNS = 1000    # ... each fewer than this many instructions after the previous one
LPM_NAMES = {SR_CPUOFF: "lpm0", SR_CPUOFF | SR_SCG0: "lpm1", SR_CPUOFF | SR_SCG1: "lpm2",
             SR_CPUOFF | SR_SCG0 | SR_SCG1: "lpm3"}


class EventSource(Protocol):
    """What :meth:`Machine.add_event_source` accepts (e.g. the capacitor and harvester adapter).

    May also define ``on_mode_change(now, mode, mclk_hz)``: called whenever the power mode (``active``,
    ``lpm0``..``lpm4``, ``off``) or MCLK changes, before time advances under the new mode."""

    def next_event_time(self, now: float) -> float: ...
    def on_event(self, now: float) -> None: ...


class Machine(RunLoop):
    """One device running one program image. ``vcc`` is a fixed supply voltage or a callable ``vcc(now)``."""

    def __init__(self, device: Device | str, image=None, *, mclk: float | None = None,
                 vcc: float | Callable[[float], float] = 3.0, volatile_fill: int = 0) -> None:
        self.device = device if isinstance(device, Device) else load_device(device)
        dev = self.device
        if mclk is not None and not 0 < mclk <= dev.max_mclk_hz:
            raise ConfigError(f"MCLK {mclk:g} Hz is outside 0 < MCLK <= {dev.max_mclk_hz:,} Hz "
                              f"of the {dev.name}")
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
        self.on_break: Callable[[Machine, int], None] | None = None
        self.on_trigger: Callable[[Machine, float], None] | None = None
        self.on_insn_limit: Callable[[Machine], None] | None = None   # ctl[C_INSN_LIMIT] reached (injection)
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
        map_memory(dev, self.state)
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

    # --- host interface used by the peripherals ---------------------------------------------------------
    def now(self) -> float:
        return self._seg_t + (int(self.state.ctl[C_CYCLES]) - self._seg_cycles) / self._mclk

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
        """Write a program image (``msp430emu.loader.Image`` or anything with ``segments`` of
        (address, data) pairs and a ``symbols`` mapping) into memory and check its reset vector."""
        load_segments(self.device, self.state, segment_pairs(image))
        self.symbols = dict(getattr(image, "symbols", {}) or {})
        entry = self.state.read_word(self.device.reset_vector)
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

    def power_on(self, now: float | None = None) -> None:
        """Power is back: a BOR with volatile memory (SRAM) lost; FRAM keeps its content."""
        if now is not None:
            self._seg_t, self._seg_cycles = now, int(self.state.ctl[C_CYCLES])
        self.powered = True
        self.suspended = False
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

    def owner_of(self, addr: int) -> Peripheral | None:
        """The peripheral model that owns register address ``addr`` (None outside the peripheral space)."""
        return self._owner[addr] if 0 <= addr < len(self._owner) else None

    def read_register(self, addr: int, size: int = 2) -> int:
        """Read a peripheral register from the host exactly as a CPU read would (hook, then the value)."""
        if self.state.attr[addr] & A_HOOK_R:
            self._owner[addr].read(addr, self.now())
            self._refresh(self._owner[addr], self.now())
            self.irq.update()
        return self.state.read_word(addr) if size == 2 else self.state.read_byte(addr)

    def set_breakpoints(self, addresses: Iterable[int]) -> None:
        for addr in addresses:
            self.state.attr[addr] |= A_BREAK

    def symbol(self, name: str) -> int:
        if name in self.symbols:
            return self.symbols[name]
        try:
            return int(name, 0)
        except ValueError:
            raise ConfigError(f"unknown symbol '{name}' (not in the image's symbol table)") from None

    def irq_pending(self) -> int:
        return int(self.state.ctl[C_IRQ_VECTOR])
