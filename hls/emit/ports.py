"""Which top ports are the clock, the reset (and its polarity), start and done.

HLS tools name them differently (Vivado ``ap_clk/ap_rst/ap_start/ap_done``, Vitis ``ap_rst_n``, Bambu
``clock/reset/start_port/done_port``, LegUp ``clk/reset/start/finish``, Catapult ``clk/rst``). A name given
on the command line wins; otherwise the first known name that is a port of the top is taken. Reset polarity
is read from how the design tests its reset (``reset == 1'b0``, ``!rst_n``, ``negedge`` vs ``if (rst)``,
``posedge``), falling back to the ``_n`` naming convention. Also here: the top's ap_memory interfaces.
"""

from __future__ import annotations

from dataclasses import dataclass

from hls.emit.modules import ModuleText, scan_modules
from hls.emit.scan import Token, packed_width, tokenize
from hls.emit.spec import MemoryPort
from hls.errors import HlsError
from hls.memstyles import memory_groups

CLOCK_NAMES = ("ap_clk", "clk", "clock", "CLK", "aclk", "clk_i", "i_clk")
RESET_NAMES = ("ap_rst", "ap_rst_n", "rst", "reset", "rst_n", "reset_n", "arst_n", "nrst", "ARESETN")
START_NAMES = ("ap_start", "start_port", "start", "go")
DONE_NAMES = ("ap_done", "done_port", "done", "finish", "fin", "ready")


@dataclass(frozen=True)
class AxiLiteControl:
    """A Vivado/Vitis ``s_axi_<bundle>`` AXI4-Lite slave holding ap_start/ap_done in its register file.

    The control register is at ``ctrl_address`` (0x00): bit 0 ap_start (write 1 to start), bit 1 ap_done
    (clear on read), bit 2 ap_idle, bit 3 ap_ready; ``ports`` maps AXI channel signals to the top's ports."""

    bundle: str                      # "control", "AXILiteS"...
    prefix: str                      # "s_axi_control"
    ports: dict[str, str]            # "AWADDR" -> "s_axi_control_AWADDR", ...
    ctrl_address: int = 0x00
    start_bit: int = 0
    done_bit: int = 1
    idle_bit: int = 2
    ready_bit: int = 3


@dataclass(frozen=True)
class ControlPorts:
    """Clock, reset, start and done. ``start``/``done`` are top ports, or, when ``internal`` names them, nets
    inside the top (``ap_start`` driven by the AXI-lite slave) or dotted paths into an instance
    (``control_s_axi_U.int_ap_start``); ``axi_lite`` describes the slave that drives the design then. A
    free-running design (no handshake at all) has ``start == ""`` and ``done == "1'b0"``
    (:attr:`free_running`)."""

    clock: str
    reset: str
    reset_active_low: bool
    start: str
    done: str
    internal: frozenset[str] = frozenset()
    axi_lite: AxiLiteControl | None = None

    @property
    def free_running(self) -> bool:
        return self.start == ""


AXI_CHANNELS = ("AWVALID", "AWREADY", "AWADDR", "WVALID", "WREADY", "WDATA", "WSTRB", "ARVALID", "ARREADY",
                "ARADDR", "RVALID", "RREADY", "RDATA", "RRESP", "BVALID", "BREADY", "BRESP")


def axi_lite_control(module: ModuleText) -> AxiLiteControl | None:
    """The AXI4-Lite control slave of a top, from its ``s_axi_<bundle>_<CHANNEL>`` ports (every channel)."""
    bundles: dict[str, dict[str, str]] = {}
    for name in module.directions:
        if not name.startswith("s_axi_"):
            continue
        bundle, _, channel = name[len("s_axi_"):].rpartition("_")
        if channel in AXI_CHANNELS and bundle:
            bundles.setdefault(bundle, {})[channel] = name
    complete = {b: p for b, p in bundles.items() if set(AXI_CHANNELS) - {"WSTRB"} <= set(p)}
    if not complete:
        return None
    bundle = "control" if "control" in complete else sorted(complete)[0]
    return AxiLiteControl(bundle, f"s_axi_{bundle}", complete[bundle])


AXI_MASTER_CHANNELS = ("AWVALID", "AWREADY", "AWADDR", "WVALID", "WREADY", "WDATA", "ARVALID", "ARREADY",
                       "ARADDR", "RVALID", "RREADY", "RDATA", "BVALID", "BREADY")


def axi_master_interfaces(module: ModuleText) -> dict[str, list[str]]:
    """The AXI4 master interfaces of a module (Vivado/Vitis ``m_axi_<bundle>_<CHANNEL>`` ports, the design
    driving ARVALID/AWVALID): bundle -> its ports, in declaration order."""
    bundles: dict[str, list[str]] = {}
    for name in module.directions:
        if name.startswith("m_axi_"):
            bundle, _, channel = name[len("m_axi_"):].rpartition("_")
            if bundle and channel in AXI_MASTER_CHANNELS:
                bundles.setdefault(bundle, []).append(name)
    return {b: ports for b, ports in bundles.items()
            if module.directions.get(f"m_axi_{b}_ARVALID") == "output"
            or module.directions.get(f"m_axi_{b}_AWVALID") == "output"}


def _internal(module: ModuleText, tokens: list[Token], name: str) -> bool:
    """``name`` is a net of ``module`` (declared or used in its body) or ``instance.path`` into one of its
    instances."""
    head = name.split(".", 1)[0]
    if "." in name:
        return any(inst.name == head for inst in module.instances)
    return any(t.text == name for t in tokens[module.header_end : module.end_index])


def _pick(module: ModuleText, given: str | None, names: tuple[str, ...], role: str, direction: str) -> str:
    ports = module.directions
    if given is not None:
        if given not in ports:
            raise HlsError(f"{role} port {given!r} is not a port of module {module.name}")
        return given
    for name in names:
        if ports.get(name) == direction:
            return name
    tried = "/".join(names)
    raise HlsError(f"no {role} port found on {module.name} (tried {tried}); name it with --{role}")


def reset_is_active_low(tokens: list[Token], reset: str) -> bool:
    """Votes from every test of ``reset`` in the source; ties fall back to the ``_n`` naming convention."""
    low = high = 0
    for i, tok in enumerate(tokens):
        if tok.text != reset:
            continue
        prev = tokens[i - 1].text if i else ""
        nxt = [t.text for t in tokens[i + 1 : i + 3]]
        if prev in ("!", "~") or prev == "negedge":
            low += 1
        elif prev == "posedge":
            high += 1
        elif nxt[:1] in (["=="], ["==="]) and len(nxt) > 1:
            value = nxt[1].replace("_", "").lower()
            if value in ("1'b0", "0", "1'h0", "'b0"):
                low += 1
            elif value in ("1'b1", "1", "1'h1", "'b1"):
                high += 1
        elif prev == "(" and nxt[:1] == [")"] and i >= 2 and tokens[i - 2].text == "if":
            high += 1
    if low != high:
        return low > high
    return reset.lower().endswith(("_n", "n", "_ni"))


def control_ports(
    text: str,
    top: str,
    *,
    clock: str | None = None,
    reset: str | None = None,
    reset_polarity: str | None = None,
    start: str | None = None,
    done: str | None = None,
) -> ControlPorts:
    """The control ports of ``top`` in ``text`` (given names checked, the others found)."""
    tokens = tokenize(text)
    modules = scan_modules(tokens)
    if top not in modules:
        raise HlsError(f"top module {top!r} not found (modules: {', '.join(sorted(modules)) or 'none'})")
    module = modules[top]
    edges = _edge_signals(tokens, module)
    try:
        clock_name = _pick(module, clock, CLOCK_NAMES, "clock", "input")
    except HlsError:
        # a clock named otherwise (NVDLA's Catapult blocks: nvdla_core_clk): the top input every always
        # block of the design is clocked by
        if clock is not None or len(edges["posedge"]) != 1:
            raise
        clock_name = edges["posedge"][0]
    try:
        reset_name = _pick(module, reset, RESET_NAMES, "reset", "input")
    except HlsError:
        if reset is not None or len(edges["negedge"]) != 1:
            raise
        reset_name = edges["negedge"][0]  # an asynchronous active-low reset (nvdla_core_rstn)
    axi = axi_lite_control(module)
    internal: set[str] = set()
    picked: dict[str, str] = {}
    for role, given, names, direction in (("start", start, START_NAMES, "input"),
                                          ("done", done, DONE_NAMES, "output")):
        if given is not None and given not in module.directions and _internal(module, tokens, given):
            picked[role] = given                          # a hierarchical / internal handshake signal
            internal.add(given)
            continue
        try:
            picked[role] = _pick(module, given, names, role, direction)
        except HlsError:
            if given is None and axi is None and not _has_any(module, START_NAMES + DONE_NAMES):
                # free-running (Catapult without handshake): no call to start or finish; the controller's
                # done is tied low (a checkpoint is never retired by a finished call)
                picked[role] = "" if role == "start" else "1'b0"
                continue
            if given is not None or axi is None:
                raise
            # AXI-lite control (Vivado s_axi_control): ap_start/ap_done are nets inside the top
            inner = f"ap_{role}"
            if not _internal(module, tokens, inner):
                raise
            picked[role] = inner
            internal.add(inner)
    start_name, done_name = picked["start"], picked["done"]
    if reset_polarity not in (None, "high", "low"):
        raise HlsError(f"--reset-polarity must be high or low, not {reset_polarity!r}")
    if reset_polarity is None:
        active_low = reset_is_active_low(tokens, reset_name)
    else:
        active_low = reset_polarity == "low"
    return ControlPorts(clock_name, reset_name, active_low, start_name, done_name, frozenset(internal),
                        axi if internal else None)


def _has_any(module: ModuleText, names: tuple[str, ...]) -> bool:
    return any(name in module.directions for name in names)


def _edge_signals(tokens: list[Token], module: ModuleText) -> dict[str, list[str]]:
    """Top inputs that appear after ``posedge``/``negedge`` anywhere in the design (same names are passed
    down the hierarchy by HLS tools)."""
    found: dict[str, list[str]] = {"posedge": [], "negedge": []}
    inputs = {name for name, d in module.directions.items() if d == "input"}
    for i, tok in enumerate(tokens[:-1]):
        if tok.text in found:
            name = tokens[i + 1].text
            if name in inputs and name not in found[tok.text]:
                found[tok.text].append(name)
    return found


def memory_interfaces(module: ModuleText) -> list[dict]:
    """External memory interfaces of a module (``hls.memstyles``: ap_memory ``<m>_address<i>``/``_ce<i>``...,
    Vivado's bram ``<m>_Addr_A``/``_EN_A``...): name, style, byte addressing, and each access port's roles
    (``address``, ``ce``, ``we``, ``d``, ``q``; a BRAM port's ``clk``/``rst`` outputs too)."""
    return [{"name": name, "style": ports[0].style.name, "byte_addressed": ports[0].style.byte_addressed,
             "ports": [dict(port.roles) for port in ports]}
            for name, ports in memory_groups(module.directions).items()]


def memory_ports(module: ModuleText) -> tuple[MemoryPort, ...]:
    """Every access port of the module's memory interfaces, with its read-data width."""
    found: list[MemoryPort] = []
    for interface in memory_interfaces(module):
        for port in interface["ports"]:
            q = port.get("q")
            width = packed_width(module.port_ranges.get(q, ""), "memory read-data port range") if q else 0
            found.append(MemoryPort(port["ce"], port.get("we"), q, width))
    return tuple(found)


# stream interfaces: (data, harness-driven flag, design-driven handshake) suffixes, by direction of the data
STREAM_STYLES = (
    ("axis", "in", "_TDATA", "_TVALID", "_TREADY"),
    ("axis", "out", "_TDATA", "_TREADY", "_TVALID"),
    ("ap_fifo", "in", "_dout", "_empty_n", "_read"),
    ("ap_fifo", "out", "_din", "_full_n", "_write"),
    # Catapult channels (mgc_in_wire_wait, mgc_out_stdreg_wait): data z, environment's vz, design's lz
    ("catapult", "in", "_z", "_vz", "_lz"),
    ("catapult", "out", "_z", "_vz", "_lz"),
)
AXIS_SIDEBANDS = {"_TKEEP": "ones", "_TSTRB": "ones", "_TLAST": "zero", "_TUSER": "zero", "_TID": "zero",
                  "_TDEST": "zero"}  # fmt: skip


def stream_interfaces(module: ModuleText) -> list[dict]:
    """AXI4-Stream and ap_fifo interfaces of a module: for each, its direction, the data port, the flag the
    environment drives (TVALID / empty_n for inputs, TREADY / full_n for outputs), the handshake the design
    drives (TREADY / read, TVALID / write) and, for AXI4-Stream inputs, the sideband inputs to tie."""
    directions = module.directions
    found: list[dict] = []
    for style, direction, data_suffix, flag_suffix, handshake_suffix in STREAM_STYLES:
        data_dir = "input" if direction == "in" else "output"
        for name, port_dir in directions.items():
            if not name.endswith(data_suffix) or port_dir != data_dir:
                continue
            base = name[: -len(data_suffix)]
            flag, handshake = base + flag_suffix, base + handshake_suffix
            if directions.get(flag) != "input" or directions.get(handshake) != "output":
                continue
            ties = {}
            if style == "axis" and direction == "in":
                ties = {base + s: v for s, v in AXIS_SIDEBANDS.items() if directions.get(base + s) == "input"}
            extras = [base + s for s in AXIS_SIDEBANDS if base + s in directions] if style == "axis" else []
            ports = [name, flag, handshake, *extras]
            found.append(
                {"name": base, "style": style, "direction": direction, "data": name, "flag": flag,
                 "handshake": handshake, "ties": ties, "ports": ports}
            )  # fmt: skip
    return found


def stream_gates(module: ModuleText) -> tuple[MemoryPort, ...]:
    """The design-driven handshake of every stream, as enable-only ports to gate while the design is frozen
    or in reset (no element may be taken or offered then)."""
    return tuple(MemoryPort(stream["handshake"], None, None, 0) for stream in stream_interfaces(module))


AXI_MASTER_GATES = ("ARVALID", "AWVALID", "WVALID", "RREADY", "BREADY")


def axi_master_gates(module: ModuleText) -> tuple[MemoryPort, ...]:
    """The design-driven handshakes of every AXI4 master (ARVALID, AWVALID, WVALID, RREADY, BREADY), as
    enable-only ports to gate while the design is frozen or in reset: no address, data or response may move
    then (the slave would see a transfer the frozen design does not take part in)."""
    return tuple(MemoryPort(port, None, None, 0)
                 for bundle, ports in axi_master_interfaces(module).items()
                 for port in ports if port[len(f"m_axi_{bundle}_"):] in AXI_MASTER_GATES
                 and module.directions.get(port) == "output")
