"""Environment models of the verification harness, driven by cocotb handles (simulator side only).

* :class:`VerilogMemory` is the handle on an ap_memory or bram interface's model, which is simulated in
  Verilog next to the design (:mod:`hls.verification.env`: a block RAM with read latency 1).
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
class VerilogMemory:
    """The harness's handle on one memory model simulated in Verilog (:mod:`hls.verification.env`): contents
    loaded and dumped through files, the read-data registers (scrambled at a power loss), the counts of the
    last call (defined and x writes, writes beyond the words modelled)."""

    name: str
    model: object  # the hls_verify_mem_<k> instance
    files: tuple[str, str]  # contents loaded from, dumped to
    words: int
    data_bits: int
    writable: bool
    q: list = field(default_factory=list)  # the model's read-data registers

    def load(self, words: list[int]) -> None:
        with open(self.files[0], "w") as handle:
            handle.write("\n".join(format(word, "x") for word in words))
            handle.write("\n")
        self.model.load.value = 1 - int(self.model.load.value)  # the model reads the file (and clears counts)

    def request_dump(self) -> None:
        self.model.dump.value = 1 - int(self.model.dump.value)

    def dumped(self) -> list[int]:
        with open(self.files[1]) as handle:
            lines = handle.read().splitlines()
        return [int(line, 16) for line in lines if line and line[0] != "/"]  # $writememh's "// 0x0" comment

    def counts(self) -> tuple[int, int, int]:
        """This call's defined writes, x-data writes and writes beyond the words modelled."""
        return int(self.model.defined.value), int(self.model.undefined.value), int(self.model.beyond.value)


@dataclass
class CalyxMemoryModel:
    """A Calyx external memory (``comb_mem_d1``..``d4`` outside the design, :mod:`hls.emit.calyx`): read data
    is combinational (``mem[addr]``, driven mid-cycle and again after each edge), a write lands at the rising
    edge and ``done`` is high in the cycle after it. The memory is clock-gated with the design: while the
    checkpoint controller holds the design (``busy``) it neither writes nor changes ``done``; a power loss
    clears ``done`` (Calyx's memories reset it with the design)."""

    name: str
    words: list[int]
    ports: list[AccessPort]  # one view (address = addr0, ce = write_en, d = write_data, q = read_data)
    addrs: list[object] = field(default_factory=list)
    done: object | None = None
    busy: object | None = None
    writable: bool = True
    defined_writes: int = 0
    undefined_writes: int = 0
    frozen: bool = False
    writing: bool = False

    def _address(self) -> int | None:
        address = 0
        for handle in self.addrs:
            value = int_of(handle)
            if value is None:
                return None
            address = (address << len(handle)) | value
        return address if address < len(self.words) else None

    def _drive_read(self) -> None:
        address = self._address()
        self.ports[0].q.value = self.words[address] if address is not None else 0

    def sample(self) -> None:
        port = self.ports[0]
        port.pending = None
        self.frozen = self.busy is not None and bit_of(self.busy)
        self._drive_read()
        if self.frozen:
            return
        self.writing = bit_of(port.ce)
        address = self._address()
        if self.writing and address is not None and port.d is not None:
            data = int_of(port.d)
            if data is None:
                self.undefined_writes += 1
            else:
                self.defined_writes += 1
            port.pending = ("w", address, data if data is not None else 0)

    def apply(self) -> None:
        port = self.ports[0]
        if not self.frozen:
            if port.pending is not None:
                _, address, data = port.pending
                self.words[address] = data
            if self.done is not None:
                self.done.value = int(self.writing)
        port.pending = None
        self.frozen = self.writing = False
        self._drive_read()

    def power_loss(self) -> None:
        self.ports[0].pending = None
        self.frozen = self.writing = False
        if self.done is not None:
            self.done.value = 0


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


@dataclass
class AxiLiteMaster:
    """The host of an AXI4-Lite control slave (Vivado's ``s_axi_control``): writes the scalar arguments, then
    ``ap_start`` into the control register, then reads the control register until a read returns ``ap_done``
    (clear on read). One beat per channel at a time; nothing is issued while the design is frozen (a frozen
    slave would drop a write it looked ready for)."""

    ports: dict  # channel -> handle
    ctrl: int
    start_bit: int = 0
    done_bit: int = 1
    writes: list[tuple[int, int]] = field(default_factory=list)
    ops: list[tuple] = field(default_factory=list)
    op: tuple | None = None
    started: bool = False
    aw_ok: bool = False
    w_ok: bool = False
    ar_ok: bool = False
    fire: dict = field(default_factory=dict)
    rdata: int | None = None
    done_seen: bool = False  # a read of the control register returned ap_done, and every read-back is in
    low_seen: bool = False  # a read returned ap_done low since power-up (a done from then on is this call's)
    readback: list[tuple[str, int]] = field(default_factory=list)  # (name, address) read after ap_done
    results: dict = field(default_factory=dict)  # name -> bit string of the value read back
    finishing: bool = False  # ap_done seen: reading back

    def begin(self, writes: list[tuple[int, int]]) -> None:
        """A new call (or the same call again after a power-up): arguments, then ap_start."""
        self.writes = list(writes)
        self.ops = [("w", a, d) for a, d in writes] + [("w", self.ctrl, 1 << self.start_bit)]
        self.op = None
        self.started = True
        self.aw_ok = self.w_ok = self.ar_ok = False
        self.done_seen = self.finishing = False
        self.results = {}

    def stop(self) -> None:
        """Power lost or the call is over: every valid and ready low, nothing pending."""
        self.ops, self.op, self.started = [], None, False
        self.aw_ok = self.w_ok = self.ar_ok = False
        self.done_seen = self.low_seen = self.finishing = False
        self.results = {}
        self.fire = {}
        for channel in ("AWVALID", "WVALID", "BREADY", "ARVALID", "RREADY"):
            self.ports[channel].value = 0

    def drive(self, frozen: bool) -> None:
        if self.op is None and self.started and not self.done_seen:
            self.op = self.ops.pop(0) if self.ops else ("r", self.ctrl)
        op = self.op
        write = op is not None and op[0] == "w" and not frozen
        read = op is not None and op[0] == "r" and not frozen
        p = self.ports
        if op is not None and op[0] == "w":
            p["AWADDR"].value = op[1]
            p["WDATA"].value = op[2]
            if "WSTRB" in p:
                p["WSTRB"].value = (1 << len(p["WSTRB"])) - 1
        if op is not None and op[0] == "r":
            p["ARADDR"].value = op[1]
        p["AWVALID"].value = int(write and not self.aw_ok)
        p["WVALID"].value = int(write and not self.w_ok)
        # always ready for responses: one left over from before a power failure (a slave restored from a
        # checkpoint taken while a response was pending) is drained and ignored
        p["BREADY"].value = int(not frozen)
        p["ARVALID"].value = int(read and not self.ar_ok)
        p["RREADY"].value = int(not frozen)

    def sample(self) -> None:
        """Mid-cycle: which handshakes complete at the coming edge."""
        p = self.ports
        self.fire = {
            ch: bit_of(p[valid]) and bit_of(p[ready])
            for ch, valid, ready in (("aw", "AWVALID", "AWREADY"), ("w", "WVALID", "WREADY"),
                                     ("b", "BVALID", "BREADY"), ("ar", "ARVALID", "ARREADY"),
                                     ("r", "RVALID", "RREADY"))
        }
        if self.fire["r"]:
            self.rdata = int_of(p["RDATA"])

    def apply(self) -> None:
        """After the edge: advance the transaction in flight."""
        fire, self.fire = self.fire, {}
        if not fire or self.op is None:
            return
        requested = self.aw_ok and self.w_ok if self.op[0] == "w" else self.ar_ok  # before this edge
        self.aw_ok |= fire["aw"]
        self.w_ok |= fire["w"]
        self.ar_ok |= fire["ar"]
        if self.op[0] == "w" and fire["b"] and requested:
            self.op, self.aw_ok, self.w_ok = None, False, False
        elif self.op[0] == "w" and fire["b"]:
            # the slave answered a write it completed with an address from before the power failure (its
            # address phase restored from a checkpoint): this write is sent again, whole
            self.aw_ok = self.w_ok = False
        elif self.op[0] == "r" and fire["r"] and requested:
            if len(self.op) > 2:  # a read-back after ap_done
                width = len(self.ports["RDATA"])
                value = "x" * width if self.rdata is None else format(self.rdata, f"0{width}b")
                self.results[self.op[2]] = value
                self.done_seen = not self.ops
            elif not self.finishing:
                done = self.rdata is not None and (self.rdata >> self.done_bit) & 1
                if done and self.low_seen:
                    self.finishing = True
                    self.ops = [("r", address, name) for name, address in self.readback]
                    self.done_seen = not self.ops
                elif not done and self.rdata is not None:
                    self.low_seen = True
            self.op, self.ar_ok = None, False
