"""An AXI4 slave memory behind each ``m_axi_<bundle>`` master of a design (simulator side, cocotb handles).

One :class:`AxiSlaveMemory` per bundle answers the five channels with ready/valid handshakes sampled
mid-cycle (:meth:`sample`) and advanced after the rising edge (:meth:`apply`), like the other models of
:mod:`hls.verification.models`:

* AR/R: every accepted read burst is queued (outstanding reads as many as the design issues, up to
  ``MAX_OUTSTANDING``); beats are returned in order, one per cycle, from the cycle after the address, RLAST
  on each burst's last beat, RDATA the bus word holding the beat's address, read when the beat is offered.
* AW/W/B: write bursts are queued likewise; W beats (accepted also before their address) land in the
  memory at the edge they are accepted, under WSTRB; one B response per burst after its last beat.
* Bursts INCR of any length (AXI4: AxLEN + 1 beats of 2**AxSIZE bytes; FIXED and WRAP too), or Vitis HLS's
  *internal* m_axi port of a sub-function (a 32-bit AxLEN: the length in elements, the address an element
  index; the ``<top>_<bundle>_m_axi`` adapter that converts it is outside such a file).
* Optional back-pressure: ARREADY/AWREADY/WREADY low in a cycle with probability ``stall``, drawn from a
  generator seeded per call, so that the clean and the faulty pass see the same pattern from the call's start.

Memory: pages of ``PAGE`` bytes, created on first touch with random bytes from the call's seed (narrowed like
the other memories' random words when the golden run redraws narrower stimuli); at most ``MAX_PAGES`` pages
(an access pattern beyond is refused by the campaign). Off-chip memory: its contents survive a power failure.
The channels are *transactional* with the checkpoints, like the stream models: their state (bursts in flight,
beats delivered) is recorded when a checkpoint commits and rewound to that record at power-up (to nothing
when no checkpoint is restored). A write burst cut by a failure leaves the beats it delivered in memory;
the re-execution from the checkpoint writes the rest (or, from an earlier checkpoint, the whole burst again).
"""

from __future__ import annotations

import copy
import random
from collections import deque
from dataclasses import dataclass, field

__all__ = ["AxiSlaveMemory", "PAGE", "MAX_PAGES", "MAX_OUTSTANDING"]

PAGE = 4096
MAX_PAGES = 4096  # 16 MiB touched per bundle and call
MAX_OUTSTANDING = 64  # bursts queued per direction before ARREADY/AWREADY drop
SLAVE_DRIVEN = ("ARREADY", "AWREADY", "WREADY", "RVALID", "RDATA", "RLAST", "RID", "RUSER", "RRESP",
                "RFIFONUM", "BVALID", "BRESP", "BID", "BUSER")


def _bit(handle) -> bool:
    return str(handle.value) == "1"


def _int(handle) -> int | None:
    value = handle.value
    return int(value) if value.is_resolvable else None


@dataclass
class _Burst:
    address: int  # byte address of the first beat
    beats: int
    size: int  # bytes per beat
    kind: int  # 0 FIXED, 1 INCR, 2 WRAP
    ident: int = 0
    done: int = 0  # beats delivered (read) or received (write)

    def beat_address(self, k: int) -> int:
        if self.kind == 0:
            return self.address
        aligned = self.address - self.address % self.size
        if self.kind == 2:
            span = self.size * self.beats
            base = self.address - self.address % span
            return base + (self.address - base + k * self.size) % span
        return self.address if k == 0 else aligned + k * self.size


@dataclass
class AxiSlaveMemory:
    name: str
    ports: dict  # channel (ARVALID, RDATA, ...) -> handle
    vitis: bool = False  # Vitis's internal port: AxLEN = elements, address = element index
    regions: list[tuple[int, int]] = field(default_factory=list)  # (base, bytes) the pointers reach
    stall: float = 0.0
    pages: dict[int, bytearray] = field(default_factory=dict)
    written: set[int] = field(default_factory=set)
    seed: int = 0
    bits: int | None = None
    reads: deque = field(default_factory=deque)
    writes: deque = field(default_factory=deque)  # bursts whose address came, beats still due
    early: deque = field(default_factory=deque)  # W beats before their address: (data, strobes)
    responses: deque = field(default_factory=deque)  # B responses due (ids)
    fire: dict = field(default_factory=dict)
    captured: dict = field(default_factory=dict)
    committed: tuple | None = None
    rng: random.Random = field(default_factory=random.Random)
    ready: dict = field(default_factory=dict)
    defined_writes: int = 0
    undefined_writes: int = 0
    beyond: int = 0  # bytes accessed outside every region
    too_large: bool = False
    writable: bool = True

    def __post_init__(self) -> None:
        self.bus = len(self.ports["RDATA"]) // 8 if "RDATA" in self.ports else len(self.ports["WDATA"]) // 8

    # ------------------------------------------------------------------------------------------ memory
    def load(self, seed: int, bits: int | None) -> None:
        """A new call: fresh contents from ``seed`` (words narrowed to ``bits``), nothing in flight."""
        self.seed, self.bits = seed, bits
        self.pages, self.written = {}, set()
        self.defined_writes = self.undefined_writes = self.beyond = 0
        self.too_large = False
        self.rng = random.Random(f"{seed}:{self.name}:stall")
        for channel in SLAVE_DRIVEN:  # every input of the master defined (no z into the design)
            if channel in self.ports:
                self.ports[channel].value = 0
        self.rewind(False)

    def _page(self, number: int) -> bytearray:
        page = self.pages.get(number)
        if page is None:
            if len(self.pages) >= MAX_PAGES:
                self.too_large = True
                number = -1  # a scratch page: the campaign refuses the run
                page = self.pages.get(number)
                if page is not None:
                    return page
            page = bytearray(random.Random(f"{self.seed}:{self.name}:{number}").randbytes(PAGE))
            if self.bits is not None and self.bits < 32:
                mask = int.from_bytes((((1 << self.bits) - 1).to_bytes(4, "little")) * (PAGE // 4), "little")
                page = bytearray((int.from_bytes(page, "little") & mask).to_bytes(PAGE, "little"))
            self.pages[number] = page
        return page

    def _check(self, address: int) -> None:
        if self.regions and not any(base <= address < base + size for base, size in self.regions):
            self.beyond += 1

    def read_word(self, address: int) -> int:
        """The bus word holding byte ``address``."""
        base = address - address % self.bus
        self._check(base)
        out = bytearray()
        for offset in range(0, self.bus, 1):
            a = base + offset
            out.append(self._page(a // PAGE)[a % PAGE])
        return int.from_bytes(out, "little")

    def write_word(self, address: int, data: int, strobes: int) -> None:
        base = address - address % self.bus
        raw = data.to_bytes(self.bus, "little")
        for lane in range(self.bus):
            if strobes >> lane & 1:
                a = base + lane
                self._check(a)
                self._page(a // PAGE)[a % PAGE] = raw[lane]
                self.written.add(a // PAGE)

    def written_pages(self) -> dict[str, str]:
        """The pages the design wrote, as hex (what the campaign compares)."""
        return {format(n, "x"): bytes(self.pages[n]).hex() for n in sorted(self.written) if n in self.pages}

    # ----------------------------------------------------------------------------------------- channels
    def _burst(self, prefix: str) -> _Burst:
        p = self.ports
        address = _int(p[prefix + "ADDR"]) or 0
        length = _int(p[prefix + "LEN"]) if prefix + "LEN" in p else 0
        size = _int(p[prefix + "SIZE"]) if prefix + "SIZE" in p else None
        kind = _int(p[prefix + "BURST"]) if prefix + "BURST" in p else 1
        ident = _int(p[prefix + "ID"]) if prefix + "ID" in p else 0
        if self.vitis:  # element index and element count; one element per beat
            return _Burst(address * self.bus, max(1, length or 0), self.bus, 1, ident or 0)
        nbytes = self.bus if size is None else 1 << size
        return _Burst(address, (length or 0) + 1, nbytes, 1 if kind is None else kind, ident or 0)

    def drive(self) -> None:
        """After the edge: what the slave offers this cycle."""
        p = self.ports
        stalled = self.stall > 0 and self.rng.random() < self.stall
        self.ready = {
            "AR": len(self.reads) < MAX_OUTSTANDING and not stalled,
            "AW": len(self.writes) < MAX_OUTSTANDING and not stalled,
            "W": len(self.early) < MAX_OUTSTANDING * 256 and not stalled,
        }
        for channel, ok in self.ready.items():
            if channel + "READY" in p:
                p[channel + "READY"].value = int(ok)
        if "RVALID" in p:
            if self.reads:
                burst = self.reads[0]
                p["RVALID"].value = 1
                p["RDATA"].value = self.read_word(burst.beat_address(burst.done))
                if "RLAST" in p:
                    p["RLAST"].value = int(burst.done + 1 == burst.beats)
                if "RID" in p:
                    p["RID"].value = burst.ident & ((1 << len(p["RID"])) - 1)
            else:
                p["RVALID"].value = 0
                if "RLAST" in p:
                    p["RLAST"].value = 0
            if "RFIFONUM" in p:
                pending = sum(b.beats - b.done for b in self.reads)
                p["RFIFONUM"].value = min(pending, (1 << len(p["RFIFONUM"])) - 1)
        if "BVALID" in p:
            p["BVALID"].value = int(bool(self.responses))
            if "BID" in p and self.responses:
                p["BID"].value = self.responses[0] & ((1 << len(p["BID"])) - 1)
        for quiet in ("RRESP", "BRESP", "RUSER", "BUSER"):
            if quiet in p:
                p[quiet].value = 0

    def sample(self) -> None:
        """Mid-cycle: which handshakes complete at the coming edge (and what they carry)."""
        p = self.ports
        self.fire = {}
        for channel, valid, ready in (("AR", "ARVALID", "ARREADY"), ("AW", "AWVALID", "AWREADY"),
                                      ("W", "WVALID", "WREADY"), ("R", "RVALID", "RREADY"),
                                      ("B", "BVALID", "BREADY")):
            if valid in p and ready in p:
                self.fire[channel] = _bit(p[valid]) and _bit(p[ready])
        self.captured = {}
        if self.fire.get("AR"):
            self.captured["AR"] = self._burst("AR")
        if self.fire.get("AW"):
            self.captured["AW"] = self._burst("AW")
        if self.fire.get("W"):
            data = _int(p["WDATA"])
            strobes = _int(p["WSTRB"]) if "WSTRB" in p else (1 << self.bus) - 1
            if data is None:
                self.undefined_writes += 1
            else:
                self.defined_writes += 1
            self.captured["W"] = (data or 0, strobes if strobes is not None else 0)

    def apply(self) -> None:
        """After the edge: bursts in, beats out, writes landed; then drive the next cycle's outputs."""
        fire, self.fire = self.fire, {}
        if fire.get("R") and self.reads:
            burst = self.reads[0]
            burst.done += 1
            if burst.done >= burst.beats:
                self.reads.popleft()
        if fire.get("B") and self.responses:
            self.responses.popleft()
        if fire.get("AR"):
            self.reads.append(self.captured["AR"])
        if fire.get("AW"):
            self.writes.append(self.captured["AW"])
        if fire.get("W"):
            self.early.append(self.captured["W"])
        while self.early and self.writes:
            burst = self.writes[0]
            data, strobes = self.early.popleft()
            self.write_word(burst.beat_address(burst.done), data, strobes)
            burst.done += 1
            if burst.done >= burst.beats:
                self.writes.popleft()
                self.responses.append(burst.ident)
        self.drive()

    # ------------------------------------------------------------------------------------ power, commit
    def commit(self) -> None:
        """A checkpoint committed at this edge: the channels' state is its rewind point."""
        self.committed = copy.deepcopy((self.reads, self.writes, self.early, self.responses))

    def rewind(self, restored: bool) -> None:
        """Power is back (or a new call): the channels as at the last commit, or empty; memory kept."""
        if restored and self.committed is not None:
            self.reads, self.writes, self.early, self.responses = copy.deepcopy(self.committed)
        else:
            self.reads, self.writes, self.early, self.responses = deque(), deque(), deque(), deque()
            if not restored:
                self.committed = None
        self.fire = {}
        self.drive()

    def power_loss(self) -> None:
        """Power lost: nothing valid, nothing ready, until power-up."""
        self.fire = {}
        for channel in ("ARREADY", "AWREADY", "WREADY", "RVALID", "BVALID", "RLAST"):
            if channel in self.ports:
                self.ports[channel].value = 0
