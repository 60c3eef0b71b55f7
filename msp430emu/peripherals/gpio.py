"""Digital I/O ports (SLAU367 12, SLAU144 8). One instance covers the ports listed in its ``ports`` parameter;
each port names the address of its registers (in, out, dir, ren; optionally ies, ie, ifg, iv).

Every change of a port's output state (PxOUT or PxDIR) is recorded as a timestamped event
``{"t": seconds, "port": "P1", "out": PxOUT, "dir": PxDIR}`` in the run's GPIO events. While the FR5969's
LOCKLPM5 is set (after a BOR) the pins keep their high-impedance state: writes are stored but no event is
recorded until the program clears LOCKLPM5, which applies the registers (one event per port that drives).
PxIN is computed: an output pin reads PxOUT, an input pin reads the level the host drove on it
(:meth:`set_input`), else its pull resistor (PxREN with PxOUT selecting up or down), else 0. Writes to
PxIN are ignored. Port interrupts: an edge driven by the host on an input pin sets PxIFG per PxIES; PxIE
enables the port's vector; reading PxIV returns 2 * (lowest pending pin + 1) and clears that flag.
Not modelled: pin functions (PxSEL), drive strength, the PxIES-write flag quirk.
"""

from __future__ import annotations

from msp430emu.cpu.state import A_HOOK_R
from msp430emu.peripherals.base import Peripheral

MAX_EVENTS = 100_000


class Port:
    __slots__ = ("name", "regs", "inputs", "last", "vector")

    def __init__(self, name: str, regs: dict[str, int], vector: int) -> None:
        self.name = name
        self.regs = regs
        self.inputs: dict[int, int] = {}    # pin -> level driven by the host
        self.last: tuple[int, int] | None = None
        self.vector = vector


class Gpio(Peripheral):
    model = "gpio"

    def __init__(self, spec, host) -> None:
        super().__init__(spec, host)
        self.ports = [Port(name, {k: int(v) for k, v in spec.params[name].items()}, spec.vectors.get(name, 0))
                      for name in spec.params["ports"]]
        self.by_name = {p.name: p for p in self.ports}
        self.irq_regs = [(p.regs["ifg"], p.regs["ie"], p.vector) for p in self.ports if "ifg" in p.regs]
        # restore_run: the PxIV bytes, and each port's (PxOUT, PxDIR) addresses (-1: none)
        self.iv_bytes = frozenset(p.regs["iv"] for p in self.ports if "iv" in p.regs)
        self.out_dir = tuple((p.regs.get("out", -1), p.regs.get("dir", -1)) for p in self.ports)

    def hook_read_addresses(self) -> list[int]:
        return [p.regs["iv"] + b for p in self.ports if "iv" in p.regs for b in (0, 1)]

    def attach(self) -> None:
        super().attach()
        for p in self.ports:                 # PxIN is kept current: no read hook needed
            self.host.state.attr[p.regs["in"]] &= ~A_HOOK_R & 0xFF

    def _get(self, port: Port, reg: str) -> int:
        return int(self.mem[port.regs[reg]]) if reg in port.regs else 0

    def _refresh_in(self, port: Port) -> None:
        out, dir_, ren = self._get(port, "out"), self._get(port, "dir"), self._get(port, "ren")
        driven = high = 0                        # the pins the host drives, and those it drives high
        for pin, value in port.inputs.items():
            driven |= 1 << pin
            if value:
                high |= 1 << pin
        # an output pin reads PxOUT; an input pin its host level, else its pull (PxREN: PxOUT), else 0
        self.mem[port.regs["in"]] = (out & dir_) | (~dir_ & (high | (~driven & ren & out))) & 0xFF

    def _record(self, port: Port, now: float) -> None:
        if self.host.io_locked:
            return
        state = (self._get(port, "out"), self._get(port, "dir"))
        if state == port.last or (port.last is None and state == (0, 0)):
            port.last = state
            return
        port.last = state
        events = self.host.gpio_events
        if len(events) < MAX_EVENTS:
            events.append({"t": now, "port": port.name, "out": state[0], "dir": state[1]})
        else:
            self.host.warn(f"more than {MAX_EVENTS} GPIO events: later ones are not recorded")

    def reset(self, kind: str, now: float) -> None:
        for port in self.ports:
            for reg, addr in port.regs.items():
                if reg != "out":                   # PxOUT is undefined after reset: keep it
                    self.mem[addr] = 0
                    if reg == "iv":
                        self.mem[addr + 1] = 0
            if kind != "puc":
                self.mem[port.regs["out"]] = 0
            self._refresh_in(port)
            self._record(port, now)

    def write(self, addr: int, value: int, size: int, now: float) -> None:
        touched = set(range(addr, addr + size))
        for port in self.ports:                            # PxIN is read-only: _refresh_in rewrites it
            if "iv" in port.regs and port.regs["iv"] in touched:
                self._clear_lowest(port)
            self._refresh_in(port)
            self._record(port, now)

    restore_batch = True

    def restore_run(self, addrs, values, sizes, now: float) -> None:
        """A restore's writes to these ports with the effect of :meth:`write` after each one, which
        refreshes every port's PxIN and records every port's output state. PxIN is rewritten whole from the
        other registers each time, so it is refreshed once, at the end. Once a port is recorded, its record
        after a write that touched neither its PxOUT nor its PxDIR changes nothing (its last state is the
        current one, or the I/O is locked and nothing is recorded), so every port is recorded after the
        run's first write and then only the ports whose PxOUT or PxDIR a write touched, in port order. A
        write to a PxIV register takes :meth:`write`."""
        mem, ports, iv_bytes = self.mem, self.ports, self.iv_bytes
        for addr, value, size in zip(addrs, values, sizes, strict=True):
            if addr in iv_bytes or (size == 2 and addr + 1 in iv_bytes) or mem[addr] != value & 0xFF \
                    or (size == 2 and mem[addr + 1] != value >> 8):
                break
        else:           # every write stores what is there: the first write's records, PxIN refreshed
            for port in ports:
                self._record(port, now)
            for port in ports:
                self._refresh_in(port)
            return
        first = True
        for addr, value, size in zip(addrs, values, sizes, strict=True):
            mem[addr] = value & 0xFF
            if size == 2:
                mem[addr + 1] = (value >> 8) & 0xFF
            last = addr + size
            if addr in iv_bytes or (size == 2 and addr + 1 in iv_bytes):
                self.write(addr, value, size, now)
            else:
                for port, (out, dir_) in zip(ports, self.out_dir, strict=True):
                    if first or addr <= out < last or addr <= dir_ < last:
                        self._record(port, now)
            first = False
        for port in ports:
            self._refresh_in(port)

    def read(self, addr: int, now: float) -> None:
        for port in self.ports:
            if port.regs.get("iv") in (addr, addr - 1):
                pin = self._clear_lowest(port)
                self.wr16(port.regs["iv"], 0 if pin is None else 2 * (pin + 1))

    def _clear_lowest(self, port: Port) -> int | None:
        pending = self._get(port, "ifg") & self._get(port, "ie")
        for pin in range(8):
            if pending & (1 << pin):
                self.mem[port.regs["ifg"]] &= ~(1 << pin) & 0xFF
                return pin
        return None

    def io_unlocked(self, now: float) -> None:
        for port in self.ports:
            self._record(port, now)

    def set_input(self, port_name: str, pin: int, level: int, now: float) -> None:
        """Drive an input pin from the host (tests, scenarios); sets PxIFG on the selected edge."""
        port = self.by_name[port_name]
        old = (self.mem[port.regs["in"]] >> pin) & 1
        port.inputs[pin] = 1 if level else 0
        self._refresh_in(port)
        new = (self.mem[port.regs["in"]] >> pin) & 1
        if "ifg" in port.regs and old != new:
            falling = bool(self._get(port, "ies") & (1 << pin))
            if (falling and new == 0) or (not falling and new == 1):
                self.mem[port.regs["ifg"]] |= 1 << pin

    def pending_vector(self) -> int:
        best = 0
        mem = self.mem
        for ifg, ie, vector in self.irq_regs:
            if mem[ifg] & mem[ie] and vector > best:
                best = vector
        return best
