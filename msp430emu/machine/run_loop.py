"""The machine's event loop ("run until the next event"), a mixin of
:class:`msp430emu.machine.machine.Machine`.

Each turn asks every event source for its next event time (timed peripherals are cached and refreshed when
touched; external sources are asked every turn), runs the core up to the cycle of the earliest one at the
current MCLK, and handles the core's stop. See docs/peripherals.md for the loop and its stops.
"""

from __future__ import annotations

import math
import time
from collections.abc import Iterable

from msp430emu.cpu.core import warm_up
from msp430emu.cpu.state import (
    A_BREAK,
    C_CYCLES,
    C_FRAM_READS,
    C_FRAM_WRITES,
    C_INSN_LIMIT,
    C_INSNS,
    C_IO_PASS,
    C_IRQ_NMI,
    C_STOP_ADDR,
    C_STOP_PC,
    C_STOP_SIZE,
    C_STOP_VALUE,
    C_TRIG_ARM,
    NEVER,
    PC,
    SR,
    SR_GIE,
    STOP_BREAK,
    STOP_FAULT_ILLEGAL,
    STOP_HOOK_READ,
    STOP_HOOK_WRITE,
    STOP_IRQ,
    STOP_LIMIT,
    STOP_LPM,
    STOP_NAMES,
    STOP_TRIGGER,
)
from msp430emu.errors import EmuError
from msp430emu.output.report import RunResult

INF = math.inf
EPS_T = 1e-13            # seconds: an event this close to now is due ...
EPS_REL = 1e-15          # ... plus a few float ulps of ``now`` itself (long runs)


class RunLoop:
    """The loop and its stop handling; the state it uses is set up by Machine.__init__."""

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
        for _ in range(1000):
            due = [p for i, p in enumerate(self._timed) if self._next_at[i] <= due_at]
            external = [s for s in self._external if s.next_event_time(now) <= due_at]
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
            for source in external:
                t = source.next_event_time(now)
                if t < t_next:
                    t_next = t
            if t_next <= now + EPS_T + now * EPS_REL:
                self._fire_events(now)
                continue
            if not self.powered or self.suspended:
                if t_next == INF:
                    exit_kind, message = "halt", "powered off with no event to wake the device"
                    break
                self._seg_t, self._seg_cycles = t_next, int(ctl[C_CYCLES])
                continue
            limit = cap
            if t_next != INF:
                n = math.ceil((t_next - now) * self._mclk - 1e-9)
                limit = min(cap, int(ctl[C_CYCLES]) + (n if n > 0 else 1))
            if tracer is not None:
                tracer.before(self)
                ctl[C_INSN_LIMIT] = ctl[C_INSNS] + 1
            stop = cpu_run(limit)
            self.core_calls += 1
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
