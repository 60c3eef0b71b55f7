"""The WAR detector on firmware that checkpoints itself (``msp430emu instrument``: the Mementos runtime in
designs/firmware/runtime, run with ``--strategy none``): the runtime's saves and resumes become the
detector's checkpoints and resumes.

* The runtime's own FRAM state (``__mementos_slots``, ``__mementos_saves``, ``__mementos_restores``,
  ``__mementos_last_resumed``) is recovery state by design: excluded from the watched bytes.
* A **save** is committed when the CPU writes a slot's commit word with ``0xC3A5 ^ (sequence & 0xFFFF)``
  (sequence = the slot header's 32-bit word at offset 4; the format of msp430emu/checkpoint/bundle.py):
  the detector hooks the two commit words (write hook only) and calls ``on_checkpoint(now, sequence)``.
* A **resume** is the runtime entering ``__mementos_resume`` with the slot in R12 (a breakpoint, chained
  with any other ``machine.on_break``): ``on_resume(now, sequence of that slot)``. A boot that starts the
  program afresh is the power model's ``on_boot`` (resume from 0), as without checkpointing.

Slot geometry as mementos_boot.c computes it: ``slot_size = 0x2C + (__stack_top - __data_start) +
MEMENTOS_PERIPH_BYTES + 4`` (the peripheral block: the size of the generated ``__mementos_periph_save``
table; 0 for a runtime built before the block), slot 1 right after slot 0, the commit word in the last two
bytes of a slot.
"""

from __future__ import annotations

HEADER = 0x2C
OFF_SEQ = 4
COMMIT_BASE = 0xC3A5
RUNTIME_STATE = ("__mementos_slots", "__mementos_saves", "__mementos_restores", "__mementos_last_resumed")
RESUME_SYMBOL = "__mementos_resume"


def runtime_layout(image) -> dict | None:
    """``{"exclude": [(start, end), ...], "slots": [base0, base1], "slot_size": n, "resume": addr}`` of an
    image linked with the firmware Mementos runtime, None for any other image."""
    symbols = getattr(image, "symbols", {}) or {}
    info = getattr(image, "symbol_info", {}) or {}
    needed = ("__mementos_slots", RESUME_SYMBOL, "__stack_top", "__data_start")
    if not all(name in symbols for name in needed):
        return None
    exclude = []
    for name in RUNTIME_STATE:
        if name in info and info[name].size > 0:
            exclude.append((info[name].addr, info[name].addr + info[name].size))
    base = symbols["__mementos_slots"]
    periph = info["__mementos_periph_save"].size if "__mementos_periph_save" in info else 0
    size = HEADER + (symbols["__stack_top"] - symbols["__data_start"]) + periph + 4
    return {"exclude": exclude, "slots": [base, base + size], "slot_size": size,
            "resume": symbols[RESUME_SYMBOL]}


class FirmwareCheckpoints:
    """Tells a :class:`msp430emu.war.detector.WarDetector` about the firmware runtime's saves and resumes."""

    def __init__(self, detector, layout: dict) -> None:
        self.detector = detector
        self.layout = layout
        self.commits = {base + layout["slot_size"] - 2: base for base in layout["slots"]}
        self.saves = 0
        self.resumes = 0

    def attach(self) -> None:
        machine = self.detector.machine
        self.detector.watch_writes(list(self.commits), self._on_commit_write)
        machine.set_breakpoints([self.layout["resume"]])
        self.hook = machine.on_break.add(self._on_break)

    def _sequence(self, slot: int) -> int:
        st = self.detector.machine.state
        return st.read_word(slot + OFF_SEQ) | (st.read_word(slot + OFF_SEQ + 2) << 16)

    def _on_commit_write(self, addr: int, value: int, size: int, now: float) -> None:
        slot = self.commits[addr]
        sequence = self._sequence(slot)
        if size == 2 and sequence and value == COMMIT_BASE ^ (sequence & 0xFFFF):
            self.saves += 1
            self.detector.on_checkpoint(now, sequence)

    def _on_break(self, machine, pc: int) -> None:
        if pc == self.layout["resume"]:
            slot = int(machine.state.regs[12]) & 0xFFFF
            sequence = self._sequence(slot) if slot in self.layout["slots"] else 0
            if not self.detector.knows_checkpoint(sequence):
                machine.warn(f"WAR detector: the firmware resumes checkpoint {sequence}, whose save it did "
                             "not see: counted as a resume from the program's start")
                sequence = 0
            self.resumes += 1
            self.detector.on_resume(machine.now(), sequence)
