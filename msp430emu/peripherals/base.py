"""What every peripheral model shares: the host interface it sees and the base class the machine drives.

A peripheral owns a set of byte addresses of the peripheral space. Its registers live in ``state.mem``; the
machine marks them ``A_HOOK_W`` (side effects after a write) and, where a value depends on time or a read has
a side effect, ``A_HOOK_R``. The machine calls, with the current device time ``now`` in seconds:

* ``write(addr, value, size, now)`` after the CPU wrote a register (``mem`` already holds the new value);
* ``read(addr, now)`` before the CPU reads a hook-read register (refresh ``mem``, apply read side effects);
* ``next_event_time(now)`` / ``on_event(now)``: the event-source protocol of the machine's loop;
* ``pending_vector()``: the highest enabled pending interrupt vector address of this peripheral, or 0;
* ``acknowledge(vector, now)``: the CPU took that vector (clear single-source flags);
* ``reset(kind)``: "bor", "por" or "puc" - write the register reset values;
* ``clocks_changed(now)``: clock rates or low-power gating changed (re-anchor time-based counters).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from struct import pack_into
from typing import Protocol

from msp430emu.cpu.state import A_HOOK_R, A_HOOK_W, A_R, A_W, MachineState
from msp430emu.devices import PeripheralSpec
from msp430emu.peripherals.clocks import Clocks

INF = math.inf
TICK_EPS = 1e-4   # tolerance (in ticks) when converting device time to counter ticks


class Host(Protocol):
    """The part of the machine a peripheral may use."""

    state: MachineState
    clocks: Clocks
    uart: bytearray
    gpio_events: list
    io_locked: bool

    def warn(self, message: str) -> None: ...
    def request_reset(self, kind: str, cause: str) -> None: ...
    def clocks_changed(self, now: float) -> None: ...
    def supply_voltage(self, now: float) -> float: ...
    def find_peripheral(self, model: str) -> Peripheral | None: ...


class Peripheral:
    """Base class: plain registers, no events, no interrupts. Subclasses override what they model."""

    model = "base"
    hook_read_offsets: tuple[int, ...] = ()   # byte offsets from base that need A_HOOK_R
    # a checkpoint restore's writes (Machine.restore_registers): True when no write hook of the model requests
    # a reset, so that a run of consecutive writes can go to :meth:`restore_run` in one call
    restore_batch = False
    # the word offsets (from base) at which :meth:`write` does anything; a write elsewhere only stores its
    # value, and :meth:`restore_run` skips its hook (None: every offset)
    write_effect_offsets: frozenset[int] | None = None

    def __init__(self, spec: PeripheralSpec, host: Host) -> None:
        self.spec = spec
        self.name = spec.name
        self.base = spec.base
        self.host = host
        self.mem = memoryview(host.state.mem)   # scalar access to a memoryview is ~3x faster than numpy

    # --- wiring ---------------------------------------------------------------------------------------
    def addresses(self) -> list[int]:
        return self.spec.addresses()

    def hook_read_addresses(self) -> list[int]:
        return [self.base + off for off in self.hook_read_offsets]

    def attach(self) -> None:
        """Set the attribute bytes of the owned addresses (called once by the machine)."""
        state = self.host.state
        for addr in self.addresses():
            state.attr[addr] = A_R | A_W | A_HOOK_W
        for addr in self.hook_read_addresses():
            state.attr[addr] |= A_HOOK_R

    # --- register helpers -----------------------------------------------------------------------------
    def clear(self, addr: int, size: int) -> None:
        self.mem[addr:addr + size] = bytes(size)

    def rd16(self, addr: int) -> int:
        return int(self.mem[addr]) | (int(self.mem[addr + 1]) << 8)

    def wr16(self, addr: int, value: int) -> None:
        self.mem[addr] = value & 0xFF
        self.mem[addr + 1] = (value >> 8) & 0xFF

    def reg(self, offset: int) -> int:
        return self.rd16(self.base + offset)

    def set_reg(self, offset: int, value: int) -> None:
        self.wr16(self.base + offset, value)

    # --- protocol (defaults: nothing happens) ---------------------------------------------------------
    def reset(self, kind: str, now: float) -> None:
        pass

    def write(self, addr: int, value: int, size: int, now: float) -> None:
        pass

    def restore_write(self, addr: int, value: int, size: int, now: float) -> None:
        """A checkpoint restore's write of a register (``Machine.write_registers``): the same effect as
        :meth:`write`, which it is unless a model has a shortcut for writes that change nothing."""
        self.write(addr, value, size, now)

    def restore_run(self, addrs: Sequence[int], values: Sequence[int], sizes: Sequence[int],
                    now: float) -> None:
        """Consecutive writes of a checkpoint restore to this model's registers (``restore_batch`` models
        only; each value fits its size), with the effect of storing each value and calling
        :meth:`restore_write` after it, in order: the hooks at offsets outside ``write_effect_offsets``
        (which do nothing) are skipped, and the values of consecutive such writes are stored at once. A
        model may override it with the run's net effect (Timer_A, GPIO)."""
        key = (type(self), self.base, tuple(addrs), tuple(sizes))
        plan = _RUN_PLANS.get(key)
        if plan is None:
            plan = _RUN_PLANS[key] = _run_plan(addrs, sizes, self.base, self.write_effect_offsets)
        mem = self.mem
        for fmt, addr, start, stop in plan:
            if fmt:
                pack_into(fmt, mem, addr, *values[start:stop])
            else:
                value, size = values[start], sizes[start]
                mem[addr] = value & 0xFF
                if size == 2:
                    mem[addr + 1] = (value >> 8) & 0xFF
                self.restore_write(addr, value, size, now)

    def read(self, addr: int, now: float) -> None:
        pass

    def next_event_time(self, now: float) -> float:
        return INF

    def on_event(self, now: float) -> None:
        pass

    def pending_vector(self) -> int:
        return 0

    def acknowledge(self, vector: int, now: float) -> None:
        pass

    def clocks_changed(self, now: float) -> None:
        pass

    def io_unlocked(self, now: float) -> None:
        pass

    def has_events(self) -> bool:
        return type(self).next_event_time is not Peripheral.next_event_time

    def has_interrupts(self) -> bool:
        return type(self).pending_vector is not Peripheral.pending_vector


_RUN_PLANS: dict = {}     # Peripheral.restore_run's plans by (model, base, addresses, sizes)


def _run_plan(addrs: Sequence[int], sizes: Sequence[int], base: int,
              effect: frozenset[int] | None) -> list[tuple[str, int, int, int]]:
    """The steps of :meth:`Peripheral.restore_run`: (struct format, address, first, end) stores of the
    values of consecutive hook-less writes to ascending adjacent addresses, or ("", address, k, k + 1): the
    store and hook of write k."""
    plan: list[list] = []
    for k, (addr, size) in enumerate(zip(addrs, sizes, strict=True)):
        if effect is None or ((addr - base) & ~1) in effect:
            plan.append(["", addr, k, k + 1])
            continue
        code = "H" if size == 2 else "B"
        last = plan[-1] if plan else None
        if last is not None and last[0] and last[0][-1] == code and \
                last[1] + (len(last[0]) - 1) * size == addr:
            last[0] += code
            last[3] = k + 1
        else:
            plan.append(["<" + code, addr, k, k + 1])
    return [tuple(step) for step in plan]


class PasswordLock:
    """The FR5xx password scheme of PMMCTL0, CSCTL0 and FRCTL0: the high byte reads ``read_as``. A byte write
    of ``key`` to the high byte unlocks the module's registers and a byte write of anything else locks them
    again (TI's driver library locks with 0x00). A word write must carry ``key`` in its high byte: it unlocks
    and applies the low byte; a word write with another high byte is a password violation (a PUC)."""

    def __init__(self, key: int = 0xA5, read_as: int = 0x96) -> None:
        self.key = key
        self.read_as = read_as
        self.unlocked = False

    def check(self, peripheral: Peripheral, addr: int, value: int, size: int) -> bool:
        """Apply a write to the password register (at ``peripheral.base``); False = password violation."""
        base = peripheral.base
        ok = True
        if size == 2 and addr == base:
            ok = ((value >> 8) & 0xFF) == self.key
            self.unlocked = ok
        elif size == 1 and addr == base + 1:
            self.unlocked = (value & 0xFF) == self.key
        peripheral.mem[base + 1] = self.read_as
        return ok


class Timebase:
    """A counter of clock ticks anchored at a device time: ticks(now) = ticks0 + floor((now - t0) * rate)."""

    __slots__ = ("t0", "ticks0", "rate")

    def __init__(self) -> None:
        self.t0 = 0.0
        self.ticks0 = 0
        self.rate = 0.0

    def ticks(self, now: float) -> int:
        if self.rate <= 0.0:
            return self.ticks0
        return self.ticks0 + int(math.floor((now - self.t0) * self.rate + TICK_EPS))

    def time_of(self, ticks: int) -> float:
        """Device time at which the counter reaches ``ticks`` (INF when stopped)."""
        if self.rate <= 0.0:
            return INF
        return self.t0 + (ticks - self.ticks0) / self.rate

    def anchor(self, now: float, ticks: int, rate: float) -> None:
        """Start counting at ``now`` from ``ticks`` (a write to the counter, a clear, a start)."""
        self.t0 = now
        self.ticks0 = ticks
        self.rate = rate

    def rerate(self, now: float, rate: float) -> int:
        """Change the rate keeping the phase of the last whole tick; returns ticks(now)."""
        n = self.ticks(now)
        if self.rate > 0.0:
            self.t0 = min(now, self.t0 + (n - self.ticks0) / self.rate)
        else:
            self.t0 = now
        self.ticks0 = n
        self.rate = rate
        return n

