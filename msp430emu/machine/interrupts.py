"""Interrupt arbitration from the device's vector table (SLAU367 1.3: higher vector address, higher priority).

Each peripheral reports its highest enabled pending vector; the controller writes the winner into
``ctl[C_IRQ_VECTOR]`` (0 = none) and ``ctl[C_IRQ_NMI]`` for the core, and routes the core's acknowledgement
(STOP_IRQ) to the peripheral that owns the vector.
"""

from __future__ import annotations

from msp430emu.cpu.state import C_IRQ_NMI, C_IRQ_VECTOR
from msp430emu.devices import Device
from msp430emu.errors import ConfigError
from msp430emu.peripherals import Peripheral


class InterruptController:
    def __init__(self, device: Device, peripherals: list[Peripheral], ctl) -> None:
        known = {v.address for v in device.vectors}
        self.nmi = frozenset(v.address for v in device.vectors if v.nmi)
        self.owner: dict[int, Peripheral] = {}
        for p in peripherals:
            for vector in p.spec.vectors.values():
                if vector not in known:
                    raise ConfigError(f"{p.name}: vector 0x{vector:04X} is not in the device's vector table")
                self.owner[vector] = p
        sources = [p for p in peripherals if p.has_interrupts()]
        self.sources = [p.pending_vector for p in sources]
        self.slot = {id(p): i for i, p in enumerate(sources)}
        self.pending = [0] * len(sources)     # last pending vector of each source
        self.current = -1
        self.ctl = ctl

    def _publish(self, best: int) -> int:
        if best != self.current:
            self.current = best
            self.ctl[C_IRQ_VECTOR] = best
            self.ctl[C_IRQ_NMI] = 1 if best in self.nmi else 0
        return best

    def update(self) -> int:
        """Recompute every source's pending vector; returns the winner (0 = none)."""
        pending = self.pending
        for i, source in enumerate(self.sources):
            pending[i] = source()
        return self._publish(max(pending, default=0))

    def update_for(self, peripheral: Peripheral) -> int:
        """Only ``peripheral`` changed (it was written or read): recompute its entry."""
        i = self.slot.get(id(peripheral))
        if i is None:
            if getattr(peripheral, "irq_silent", False) and self.current >= 0:
                return self.current         # a memory watcher (the WAR detector): no interrupt bits at all
            return self.update()            # e.g. SFR: its bits are read by other peripherals
        vector = self.sources[i]()
        if vector == self.pending[i] and self.current >= 0:
            return self.current             # nothing changed
        self.pending[i] = vector
        return self._publish(max(self.pending))

    def acknowledge(self, vector: int, now: float) -> None:
        self.current = -1                   # the core cleared ctl[C_IRQ_VECTOR] when it took the vector
        owner = self.owner.get(vector)
        if owner is None:
            self.update()
            return
        owner.acknowledge(vector, now)
        i = self.slot[id(owner)]
        self.pending[i] = self.sources[i]()
        self._publish(max(self.pending))
