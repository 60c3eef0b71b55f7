"""The intermittence-bug detector (``--detect-war``): write-after-read hazards on FRAM data.

A *hazard* is reported when execution resumed from checkpoint j reads a watched FRAM byte whose current
value was written after checkpoint j was taken (by an execution that a power failure then discarded) and
not written again since the resume: the re-executed read sees a value no continuous run could see
(FIELD-NOTES 2, "non-volatile memory is a broken time machine"). j = 0 is the program's start (the initial
FRAM image): with no checkpointing, each boot resumes from 0. A *potential* hazard is an exposed read of a
watched byte (not preceded by a write of it in the same interval) followed by a write of it with no
checkpoint or resume in between: what would break if power failed after the write. Both are reported once
per distinct site with a count. See docs/war-detector.md.

Mechanism: the watched bytes (msp430emu/war_regions.py) get ``A_HOOK_R | A_HOOK_W`` and the detector
becomes their owner in the machine's owner table, so the run loop's hook stops call :meth:`read` (before
the instruction; msp430emu/war_probe.py finds every watched read of it) and :meth:`write` (after it, the
value already in memory). Time is counted in *intervals*: each checkpoint and each resume starts one.

    detector = WarDetector(machine, image, exclude=[(0x10000, 0x14000)])
    detector.attach()
    ... strategy: detector.on_checkpoint(now, k) when checkpoint k is taken;
        detector.on_resume(now, j) when power returns and checkpoint j (0 = none) will be restored
    ... or with no strategy: power.listeners.append(detector)   (each boot = on_resume(now, 0))
    detector.hazards(), detector.potential()
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

import numpy as np

from msp430emu.cpu.state import (
    A_HOOK_R,
    A_HOOK_W,
    C_STOP,
    C_STOP_ADDR,
    C_STOP_PC,
    C_STOP_SIZE,
    PC,
    STOP_HOOK_READ,
    STOP_HOOK_WRITE,
)
from msp430emu.errors import ConfigError, EmuError
from msp430emu.war.probe import ReadProbe
from msp430emu.war.regions import mask_ranges, watched_mask
from msp430emu.war.report import code_site, data_symbol

NO_EPOCH = -1
KEPT_IMAGES = 3         # FRAM images of the newest checkpoints kept for "expected" values (+ the start's)


class WarDetector:
    """Tracks FRAM reads and writes between checkpoints of one machine (see the module docstring)."""

    name = "WAR detector"       # as an owner of memory, named like a peripheral
    irq_silent = True           # raises no interrupt: after its hooks the interrupt controller may skip
                                # recomputing every source (see the report to the lead / docs)

    def __init__(self, machine, image, exclude: Iterable[Sequence[int]] = ()) -> None:
        self.machine = machine
        self.image = image
        self.mask = watched_mask(machine.state.attr, image, exclude)
        self.ranges = mask_ranges(self.mask)
        self.watched_bytes = int(self.mask.sum())
        self.base = self.ranges[0][0] if self.ranges else 0
        span = (self.ranges[-1][1] - self.base) if self.ranges else 0
        self._watched = self.mask[self.base:self.base + span].tolist()
        self._w_epoch = [NO_EPOCH] * span      # interval of the last write of each byte
        self._w_pc = [0] * span                # ... and the instruction that wrote it
        self._r_epoch = [NO_EPOCH] * span      # interval of the last exposed read of each byte
        self._r_pc = [0] * span
        self._epoch = 0                        # the current interval
        self._checkpoint_epoch = {0: 0}        # checkpoint sequence -> first interval after it
        self._images: dict[int, np.ndarray] = {}   # checkpoint sequence -> watched span's bytes then
        self._resumed_from: int | None = None  # checkpoint of the last resume (None: never resumed)
        self._resume_epoch = 0
        self._hazards: dict[tuple[int, int], dict] = {}
        self._potential: dict[tuple[int, int, int], dict] = {}
        self.failures = 0
        self.resumes = 0
        self.checkpoints = 0
        self.probe: ReadProbe | None = None
        self._write_watch: dict[int, Callable[[int, int, int, float], None]] = {}
        self.firmware = None                   # war_firmware.FirmwareCheckpoints, for self-checkpointing code
        self._disarmed: list[int] = []         # bytes written in this interval: hooks off until the next

    # --- wiring ------------------------------------------------------------------
    def attach(self) -> None:
        """Hook the watched bytes and become their owner in the machine's owner table."""
        if self.probe is not None:
            raise ConfigError("the WAR detector is already attached")
        machine = self.machine
        if self.ranges:
            top = self.ranges[-1][1] + 4       # a 20-bit write reports its upper half at addr + 2
            claimed = [a for start, end in self.ranges for a in range(start, end)]
            machine.claim(claimed, self, what="WAR detector")
            machine.claim([a for a in range(self.ranges[0][0], top) if machine.owner_of(a) is None], self,
                          what="WAR detector")
        machine.state.attr[self.mask] |= A_HOOK_R | A_HOOK_W
        self.probe = ReadProbe(machine.state, self.mask)
        self._images[0] = self._span_image()

    def _span_image(self) -> np.ndarray:
        return self.machine.state.mem[self.base:self.base + len(self._watched)].copy()

    def watch_writes(self, addresses: Iterable[int],
                     callback: Callable[[int, int, int, float], None]) -> None:
        """Call ``callback(addr, value, size, now)`` after each CPU write that starts at one of
        ``addresses`` (unwatched bytes, e.g. a checkpoint's commit word). After :meth:`attach`."""
        if self.probe is None:
            raise ConfigError("WAR detector: watch_writes needs attach() first")
        for addr in addresses:
            self.machine.claim([a for a in (addr, addr + 1) if self.machine.owner_of(a) is not self], self,
                               what="WAR detector")
            self.machine.state.attr[addr:addr + 2] |= A_HOOK_W
            self._write_watch[addr] = callback

    # --- the run loop's hooks (Machine.run) -------------------------------------------------------
    def read(self, addr: int, now: float) -> None:
        """Before an instruction that reads ``addr``: record every watched read of that instruction."""
        ctl = self.machine.state.ctl
        if int(ctl[C_STOP]) != STOP_HOOK_READ or int(ctl[C_STOP_ADDR]) != addr or self.probe is None:
            return                             # a host-side read (Machine.read_register), not the CPU's
        pc = int(self.machine.state.regs[PC])
        for a, n in self.probe.reads((addr, int(ctl[C_STOP_SIZE]))):
            self._on_read(a, n, pc, now)

    def write(self, addr: int, value: int, size: int, now: float) -> None:
        """After an instruction wrote ``size`` bytes at ``addr`` (already in memory)."""
        ctl = self.machine.state.ctl
        stop_addr = int(ctl[C_STOP_ADDR]) & ~1
        if int(ctl[C_STOP]) != STOP_HOOK_WRITE or not stop_addr <= addr <= stop_addr + 2:
            return                             # a host-side write (Machine.write_register), not the CPU's
        self._on_write(addr & ~1 if size == 2 else addr, size, int(ctl[C_STOP_PC]))
        callback = self._write_watch.get(addr)
        if callback is not None:
            callback(addr, value, size, now)

    # --- strategy / power events ------------------------------------------------------------------
    def on_checkpoint(self, now: float, sequence: int) -> None:
        """Checkpoint ``sequence`` (>= 1) was taken: a new interval starts."""
        if sequence < 1:
            raise ConfigError(f"checkpoint sequence {sequence} is reserved (0 = the program's start)")
        self._epoch += 1
        self._checkpoint_epoch[sequence] = self._epoch
        if self.probe is not None:
            self._images.pop(sequence, None)
            self._images[sequence] = self._span_image()
            for old in [k for k in self._images if k != 0][:-KEPT_IMAGES]:
                del self._images[old]
        self.checkpoints += 1
        self._rearm()

    def on_resume(self, now: float, sequence: int) -> None:
        """Power returned and execution continues from checkpoint ``sequence`` (0 = from the start)."""
        if sequence not in self._checkpoint_epoch:
            raise EmuError(f"WAR detector: resume from checkpoint {sequence}, which it never saw taken "
                           "(call on_checkpoint when a checkpoint is taken)")
        self._epoch += 1
        self._resumed_from = sequence
        self._resume_epoch = self._epoch
        self.resumes += 1
        self._rearm()

    def knows_checkpoint(self, sequence: int) -> bool:
        """True if checkpoint ``sequence`` was taken (0, the program's start, always is)."""
        return sequence in self._checkpoint_epoch

    def on_boot(self, now: float) -> None:
        """PowerListener: a boot without checkpointing restarts the program (resume from 0)."""
        self.on_resume(now, 0)

    def on_failure(self, now: float) -> None:
        self.failures += 1

    # --- bookkeeping ------------------------------------------------------------------
    def _on_read(self, addr: int, size: int, pc: int, now: float) -> None:
        base, watched, w_epoch = self.base, self._watched, self._w_epoch
        epoch, r_epoch = self._epoch, self._r_epoch
        lost_from = (self._checkpoint_epoch[self._resumed_from]
                     if self._resumed_from is not None else self._resume_epoch)
        writer = None
        for i in range(addr - base, addr - base + size):
            if not 0 <= i < len(watched) or not watched[i]:
                continue
            we = w_epoch[i]
            if lost_from <= we < self._resume_epoch:
                if writer is None:
                    writer = self._w_pc[i]
            else:
                self._disarm(base + i, A_HOOK_R)   # until written or a new interval: the same answer
            if we != epoch and r_epoch[i] != epoch:
                r_epoch[i] = epoch
                self._r_pc[i] = pc
        if writer is not None:
            key = (pc, addr)
            found = self._hazards.get(key)
            if found is None:
                self._hazards[key] = {"pc": pc, "address": addr, "checkpoint": self._resumed_from,
                                      "writer": writer, "t_s": now, "count": 1,
                                      "value": self._value(addr, size),
                                      "expected": self._expected(addr, size)}
            else:
                found["count"] += 1

    def _value(self, addr: int, size: int) -> int:
        """The little-endian value at ``addr`` now (the read sees it: the instruction has not run yet)."""
        return int.from_bytes(self.machine.state.mem[addr:addr + size].tobytes(), "little")

    def _expected(self, addr: int, size: int) -> int | None:
        """What a run continuing from the resumed checkpoint would read: the bytes not written since it
        come from its FRAM image (None once that image is no longer kept)."""
        image = self._images.get(self._resumed_from)
        if image is None:
            return None
        lost_from, resumed = self._checkpoint_epoch[self._resumed_from], self._resume_epoch
        out = bytearray(self.machine.state.mem[addr:addr + size].tobytes())
        for k in range(size):
            i = addr - self.base + k
            if 0 <= i < len(image) and self._watched[i] and lost_from <= self._w_epoch[i] < resumed:
                out[k] = int(image[i])
        return int.from_bytes(bytes(out), "little")

    def _on_write(self, addr: int, size: int, pc: int) -> None:
        base, watched, w_epoch = self.base, self._watched, self._w_epoch
        epoch, r_epoch = self._epoch, self._r_epoch
        reader = None
        for i in range(addr - base, addr - base + size):
            if not 0 <= i < len(watched) or not watched[i] or w_epoch[i] == epoch:
                continue
            if reader is None and r_epoch[i] == epoch:
                reader = self._r_pc[i]
            w_epoch[i] = epoch
            self._w_pc[i] = pc
            self._disarm(base + i, A_HOOK_R | A_HOOK_W)
        if reader is not None:
            key = (reader, pc, addr)
            found = self._potential.get(key)
            if found is None:
                self._potential[key] = {"read_pc": reader, "write_pc": pc, "address": addr, "count": 1}
            else:
                found["count"] += 1

    def _disarm(self, addr: int, bits: int) -> None:
        """Take hooks off ``addr`` until the next interval, where they could no longer change anything:
        after a write in this interval, both (its reads see this interval's value: no hazard, no exposed
        read; later writes are not first writes); after a read that is no hazard, the read hook (every
        read until the byte is written gets the same answer, and the first exposed one is recorded)."""
        self.machine.state.attr[addr] &= ~bits & 0xFF
        self.probe.attr[addr] &= ~A_HOOK_R & 0xFF
        self._disarmed.append(addr)

    def _rearm(self) -> None:
        """A new interval: every byte is watched again."""
        if self._disarmed:
            where = np.array(self._disarmed, dtype=np.int64)
            self.machine.state.attr[where] |= A_HOOK_R | A_HOOK_W
            self.probe.attr[where] |= A_HOOK_R
            self._disarmed.clear()

    # --- results ------------------------------------------------------------------
    def hazards(self) -> list[dict]:
        """The WAR hazards seen, in order of first occurrence (JSON-ready)."""
        out = []
        for h in self._hazards.values():
            site = code_site(self.image, h["pc"])
            out.append({**site, "address": h["address"], "symbol": data_symbol(self.image, h["address"]),
                        "checkpoint": h["checkpoint"], "count": h["count"], "first_t_s": h["t_s"],
                        "value": h["value"], "expected": h["expected"],
                        "written_by": code_site(self.image, h["writer"])})
        return out

    def potential(self) -> list[dict]:
        """Read-then-write pairs within one interval, in order of first occurrence (JSON-ready)."""
        return [{"address": p["address"], "symbol": data_symbol(self.image, p["address"]),
                 "read": code_site(self.image, p["read_pc"]), "write": code_site(self.image, p["write_pc"]),
                 "count": p["count"]} for p in self._potential.values()]

    def watched_ranges(self) -> list[tuple[int, int]]:
        return list(self.ranges)
