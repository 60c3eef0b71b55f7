"""Environment models of the verification harness, driven by cocotb handles (simulator side only).

* :class:`MemoryModel` serves an ap_memory interface: requests sampled mid-cycle, writes land at the rising
  edge, read data appears one cycle after the request (a block RAM with read latency 1).
* :class:`StreamModel` is one end of an AXI4-Stream or ap_fifo interface: an input stream offers its elements
  in order, an output stream collects what the design writes; an element moves at a rising edge when the
  environment's flag (TVALID / empty_n, TREADY / full_n) and the design's handshake are both high. A stream is
  *transactional* with the design's checkpoints: its position is recorded when a checkpoint commits and
  rewound, at power-up, to that position (or to the start of the call when nothing is restored), like an
  input buffer and output buffer whose pointers live in the same non-volatile store.
"""

from __future__ import annotations

from dataclasses import dataclass, field


def bit_of(handle) -> bool:
    return str(handle.value) == "1"


def int_of(handle) -> int | None:
    value = handle.value
    return int(value) if value.is_resolvable else None


@dataclass
class AccessPort:
    address: object
    ce: object
    we: object | None
    d: object | None
    q: object | None
    pending: tuple[str, int, int] | None = None


@dataclass
class MemoryModel:
    name: str
    words: list[int]
    ports: list[AccessPort] = field(default_factory=list)
    writable: bool = False
    defined_writes: int = 0  # writes of this call whose data was all 0/1
    undefined_writes: int = 0  # writes of x/z data (stored as 0: the golden run must not rely on them)

    def sample(self) -> None:
        for port in self.ports:
            port.pending = None
            if not bit_of(port.ce):
                continue
            address = int_of(port.address)
            if address is None or address >= len(self.words):
                continue
            if port.we is not None and (int_of(port.we) or 0) != 0 and port.d is not None:
                data = int_of(port.d)
                if data is None:
                    self.undefined_writes += 1
                else:
                    self.defined_writes += 1
                port.pending = ("w", address, data if data is not None else 0)
            elif port.q is not None:
                port.pending = ("r", address, 0)

    def apply(self) -> None:
        for port in self.ports:
            if port.pending is None:
                continue
            kind, address, data = port.pending
            if kind == "w":
                self.words[address] = data
            elif port.q is not None:
                port.q.value = self.words[address]
            port.pending = None


@dataclass
class StreamModel:
    name: str
    direction: str  # "in": the environment offers elements; "out": it collects them
    data: object
    flag: object
    handshake: object
    items: list[int] = field(default_factory=list)
    position: int = 0  # in: index of the element on offer; out: elements collected
    committed: int = 0  # position at the last committed checkpoint
    moving: bool = False
    captured: int = 0

    def load(self, items: list[int]) -> None:
        """A new call: the elements to offer (input) or an empty collection (output)."""
        self.items = list(items) if self.direction == "in" else []
        self.position = self.committed = 0
        self._drive()

    def _drive(self) -> None:
        if self.direction == "out":
            self.flag.value = 1
            return
        available = self.position < len(self.items)
        self.flag.value = int(available)
        if available:
            self.data.value = self.items[self.position]

    def sample(self) -> None:
        """Mid-cycle: does an element move at the coming edge?"""
        offered = self.direction == "out" or self.position < len(self.items)
        self.moving = offered and bit_of(self.handshake)
        if self.moving and self.direction == "out":
            self.captured = int_of(self.data) or 0

    def apply(self) -> None:
        """After the edge: advance past a moved element and offer the next."""
        if self.moving:
            if self.direction == "out":
                self.items.append(self.captured)
            self.position += 1
            self.moving = False
            self._drive()

    def commit(self) -> None:
        self.committed = self.position

    def rewind(self, restored: bool) -> None:
        """Power is back: resume at the committed position if a checkpoint was restored, else at the start."""
        self.position = self.committed if restored else 0
        if self.direction == "out":
            del self.items[self.position :]
        self.moving = False
        self._drive()
