"""Stop rules of intermittent runs: no forward progress, and a device-time limit.

No progress (:class:`ProgressMonitor`): the machine is deterministic, and after a power failure everything
but the non-volatile memory (FRAM, info FRAM, vectors) is lost, so **a boot that starts from FRAM contents
already seen at an earlier boot re-runs a path that was already run** (same program, same persistent
state; only the energy and the inputs differ). Such a boot-to-failure interval is a *repeat*. After
``repeats`` repeats in a row (default 20) the run stops with exit ``no-progress``: without checkpoints a
program that needs more than one charge restarts forever. A program that changes FRAM at every boot (a boot
counter) is never a repeat by this rule; ``--max-time`` bounds such runs (:class:`Deadline`).
"""

from __future__ import annotations

import hashlib
import math

from msp430emu.cpu.state import C_FRAM_WRITES, C_INSNS, C_LAST_PC
from msp430emu.machine.snapshot import Snapshottable

DEFAULT_REPEATS = 20


class ProgressMonitor(Snapshottable):
    """Listener of :class:`msp430emu.power.intermittent.IntermittentPower`: counts repeated boot-to-failure
    paths."""

    SNAPSHOT_WIRING = frozenset(("machine", "regions"))   # references, not state

    def __init__(self, machine, repeats: int = DEFAULT_REPEATS) -> None:
        if repeats < 1:
            raise ValueError("repeats must be >= 1")
        self.machine = machine
        self.repeats = repeats
        self.regions = [(r.start, r.end + 1) for r in machine.device.memory if r.nvm]
        self.seen: set[bytes] = set()
        self.streak = 0                      # repeats in a row so far
        self.intervals: list[tuple[int, int]] = []   # (instructions, PC at failure) of the recent intervals
        self._repeat = False
        self._insns_at_boot = 0
        self._digest = b""
        self._writes_at_digest = -1

    def nvm_digest(self) -> bytes:
        """A digest of every non-volatile byte (reused while the FRAM write counter has not moved)."""
        ctl = self.machine.state.ctl
        writes = int(ctl[C_FRAM_WRITES])
        if writes != self._writes_at_digest:
            h = hashlib.sha256()        # (half blake2b's time here: the CPU's SHA instructions)
            mem = self.machine.state.mem
            for start, end in self.regions:
                h.update(mem[start:end])          # (the buffer itself: no copy)
            self._digest, self._writes_at_digest = h.digest()[:16], writes
        return self._digest

    def on_boot(self, now: float) -> None:
        digest = self.nvm_digest()
        self._repeat = digest in self.seen
        self.seen.add(digest)
        self._insns_at_boot = int(self.machine.state.ctl[C_INSNS])

    def on_failure(self, now: float) -> None:
        ctl = self.machine.state.ctl
        insns, pc = int(ctl[C_INSNS]) - self._insns_at_boot, int(ctl[C_LAST_PC])
        self.intervals = (self.intervals + [(insns, pc)])[-self.repeats:]
        self.streak = self.streak + 1 if self._repeat else 0
        if self.streak >= self.repeats:
            counts = [n for n, _ in self.intervals]
            self.machine.request_stop(
                "no-progress",
                f"no forward progress: {self.streak} boots in a row started from FRAM contents an "
                f"earlier boot had (each then ran {min(counts):,}-{max(counts):,} instructions until a "
                f"power failure, the last at PC 0x{pc:05X}); the program needs more energy than one "
                f"charge, or checkpoints")


class Deadline(Snapshottable):
    """Event source: stop the run with exit ``max-time`` at ``t_max`` seconds of device time."""

    SNAPSHOT_WIRING = frozenset(("machine",))   # references, not state
    TIMES_FIXED = True     # its event time does not move with the cycle count (msp430emu/cpu/ticks.py)

    def __init__(self, machine, t_max: float, default: bool = False) -> None:
        if not t_max > 0.0 or math.isinf(t_max):
            raise ValueError(f"max time must be finite and > 0 s (got {t_max})")
        self.machine = machine
        self.t_max = float(t_max)
        self.default = default              # the default limit of a run given no --max-time
        self._at = self.t_max

    def next_event_time(self, now: float) -> float:
        return self._at

    def on_event(self, now: float) -> None:
        self._at = math.inf
        self.machine.request_stop("max-time", f"reached the device-time limit ({self.t_max:g} s"
                                  + (", the default of a run on harvested energy; --max-time S changes it)"
                                     if self.default else ")"))
