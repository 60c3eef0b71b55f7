"""AXI4 master interfaces (Vivado/Vitis ``m_axi_<bundle>_*`` ports) as external memories of a design.

* :func:`axi_memories`: one non-volatile :class:`hls.ir.Memory` of kind ``m_axi`` per bundle (its storage is
  off-chip, like an ap_memory array's), so that the write-after-read analysis (:mod:`hls.analysis.war`)
  covers it;
* :func:`axi_reads_writes`: the states in which such a memory may be read (an R beat taken: RVALID and
  RREADY) and written (a W beat sent: WVALID); behind Vitis's ``<top>_<bundle>_m_axi`` adapter (a top-level
  kernel), the beats the kernel takes from and gives to the adapter (its ``I_*`` ports);
* :func:`adapter_instances`: those adapters. Their registers and buffers are not saved: a checkpoint is taken
  only while no AXI4 transaction is in flight (the instrumenter counts the requests and completions on the
  ``I_*`` ports), when the adapter is empty and its reset state is as good as its own;
* :func:`pointer_arguments`: the top's inputs that reach a bundle's ARADDR/AWADDR through data (right-hand
  sides of assignments, not conditions), as wide as the address: the base addresses (``offset=direct``
  pointers, or the ``s_axilite`` argument registers' outputs), which verify points at distinct regions.
"""

from __future__ import annotations

from hls.emit.ports import axi_master_interfaces
from hls.exprs import refs, target_names
from hls.ir import Assign, Case, If, Loop, Memory, Netlist, Ref, Stmt

__all__ = ["adapter_instances", "axi_bundles", "axi_memories", "axi_reads_writes", "pointer_arguments"]


def axi_bundles(netlist: Netlist) -> dict[str, dict[str, str]]:
    """bundle -> {channel: port} of the top's AXI4 masters."""
    directions = {p.name: p.direction for p in netlist.ports}
    found: dict[str, dict[str, str]] = {}
    for bundle, ports in _masters(directions).items():
        found[bundle] = {port[len(f"m_axi_{bundle}_"):]: port for port in ports}
    return found


def _masters(directions: dict[str, str]) -> dict[str, list[str]]:
    class _Ports:  # the one attribute axi_master_interfaces reads
        pass

    view = _Ports()
    view.directions = directions  # type: ignore[attr-defined]
    return axi_master_interfaces(view)  # type: ignore[arg-type]


def axi_memories(netlist: Netlist) -> dict[str, Memory]:
    """An ``m_axi`` memory per bundle: named ``m_axi_<bundle>``, the data width its width, depth 0 (the
    host's memory, of unknown size), non-volatile."""
    widths = {p.name: p.width for p in netlist.ports}
    out: dict[str, Memory] = {}
    for bundle, channels in axi_bundles(netlist).items():
        data = channels.get("RDATA") or channels.get("WDATA")
        # depth 0: the memory is the host's, its size unknown here (verify sizes it from the pointers)
        out[f"m_axi_{bundle}"] = Memory(f"m_axi_{bundle}", widths.get(data, 0) if data else 0, 0, "m_axi",
                                        ports=tuple(channels.values()), non_volatile=True)
    return out


def axi_reads_writes(acc: object, name: str, channels: dict[str, str]) -> tuple[int, int]:
    """(read states, write states) masks of a bundle's memory: R beats taken (RVALID and RREADY may both be
    1), W beats sent (WVALID may be 1)."""
    from hls.ir import Binary

    netlist = acc.netlist  # type: ignore[attr-defined]
    signals = netlist.signals
    reads = writes = 0
    rvalid, rready, wvalid = channels.get("RVALID"), channels.get("RREADY"), channels.get("WVALID")
    adapter = kernel_side(netlist, name[len("m_axi_"):])
    if adapter is not None:  # Vitis's <top>_<bundle>_m_axi adapter: the kernel's side of it
        rvalid, rready, wvalid = (f"{adapter}.I_{c}" for c in ("RVALID", "RREADY", "WVALID"))
    if rready in signals:
        cond = Binary("&&", Ref(rvalid), Ref(rready)) if rvalid in signals else Ref(rready)
        reads = acc.may_be_true(cond)[0]  # type: ignore[attr-defined]
    if wvalid in signals:
        writes = acc.may_be_true(Ref(wvalid))[0]  # type: ignore[attr-defined]
    return reads, writes


def kernel_side(netlist: Netlist, bundle: str) -> str | None:
    """The instance of Vitis's ``<top>_<bundle>_m_axi`` adapter between the kernel and the top's m_axi ports
    (its ``I_*`` ports face the kernel), or None."""
    for inst in netlist.instances:
        if (len(inst.path) == 1 and inst.module.endswith(f"_{bundle}_m_axi")
                and f"{inst.path[0]}.I_RREADY" in netlist.signals):
            return inst.path[0]
    return None


def adapter_instances(netlist: Netlist) -> tuple[str, ...]:
    """The top's instances of Vitis's ``<top>_<bundle>_m_axi`` adapter, one per bundle that has one."""
    return tuple(sorted({a for b in axi_bundles(netlist) if (a := kernel_side(netlist, b)) is not None}))


def _values(stmts: tuple[Stmt, ...], out: dict[str, list]) -> None:
    for s in stmts:
        if isinstance(s, Assign):
            for target in target_names(s.target):
                out.setdefault(target, []).append(s.value)
        elif isinstance(s, If):
            _values(s.then, out)
            _values(s.other, out)
        elif isinstance(s, Case):
            for item in s.items:
                _values(item.body, out)
        elif isinstance(s, Loop):
            _values(s.body, out)


def pointer_arguments(netlist: Netlist, extra: tuple[str, ...] = ()) -> dict[str, list[str]]:
    """bundle -> the top inputs (and ``extra`` nets, e.g. the AXI-lite slave's argument outputs) that reach
    its address channels through data only and are as wide as the address (64 bits at most): a narrower
    input in the same cone is an index, left random (docs/hls-pass.md: a 32-bit address cannot tell them
    apart)."""
    values: dict[str, list] = {}
    for p in netlist.processes:
        if p.kind in ("comb", "seq"):
            _values(p.body, values)
    widths = {name: s.width for name, s in netlist.signals.items()}
    inputs = {p.name for p in netlist.ports if p.direction == "input" and not p.name.startswith(("m_axi_",
                                                                                                 "s_axi_"))}
    found: dict[str, list[str]] = {}
    for bundle, channels in axi_bundles(netlist).items():
        roots = [channels[c] for c in ("ARADDR", "AWADDR") if c in channels]
        seen = set(roots)
        todo = list(roots)
        while todo:
            for value in values.get(todo.pop(), ()):
                for name in refs(value):
                    if name not in seen:
                        seen.add(name)
                        todo.append(name)
        address = max((widths.get(channels[c], 0) for c in ("ARADDR", "AWADDR") if c in channels), default=32)
        wide = min(address, 64)  # a 32-bit index into a 64-bit space is an offset, not a pointer
        found[bundle] = [n for n in [*sorted(inputs), *extra] if n in seen and widths.get(n, 0) >= wide]
    return found
