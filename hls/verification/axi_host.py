"""Host side of the AXI4 slave memories verify puts behind a design's ``m_axi`` masters
(:mod:`hls.verification.axi_mem` is the simulator side): which ports each bundle has, whether it is Vitis's
internal port (a 32-bit AxLEN counting elements) or a real AXI4 one, and where its pointer arguments point.

Pointer arguments (inputs, or AXI-lite argument registers, that reach a bundle's address through data:
:func:`hls.analysis.axi.pointer_arguments`) are set to distinct, non-overlapping regions of ``REGION_MAX``
bytes at most (fewer when the address is narrow), at ``(k + 1) * region``. An access outside every region of
its bundle is refused by the campaign, as is one touching more than the model's page cap.
"""

from __future__ import annotations

from hls.emit.modules import ModuleText
from hls.emit.ports import axi_master_interfaces
from hls.errors import HlsError

__all__ = ["REGION_MAX", "axi_master_configs", "check_axi_bounds"]

REGION_MAX = 1 << 24  # bytes per pointer region (16 MiB): the model's page cap is as large
STALL = 0.25  # probability of a back-pressure cycle (ARREADY/AWREADY/WREADY low), drawn per call


def axi_master_configs(module: ModuleText, widths: dict[str, int], pointers: dict[str, list[str]],
                       axi_args: tuple[str, ...] = (), stall: float = STALL) -> list[dict]:
    """One configuration per AXI4 master bundle of ``module`` (``widths``: the elaborated port widths): its
    ports by channel, the protocol, the pointer arguments with their base addresses (``{"input": port}``
    or ``{"axi": argument}``)."""
    configs: list[dict] = []
    next_slot: dict[str, int] = {}
    for bundle in axi_master_interfaces(module):
        prefix = f"m_axi_{bundle}_"
        ports = {name[len(prefix):]: name for name in module.directions if name.startswith(prefix)}
        width = _width(widths, ports.get("ARADDR") or ports.get("AWADDR"))
        length = _width(widths, ports.get("ARLEN") or ports.get("AWLEN"))
        vitis = length == 32  # Vitis HLS's sub-function port (the adapter is outside the file)
        data = _width(widths, ports.get("RDATA") or ports.get("WDATA"))
        if data % 8 or data < 8:
            raise HlsError(f"m_axi_{bundle}: data width {data} is not a whole number of bytes")
        names = pointers.get(bundle, [])
        byte_bits = width + ((data // 8 - 1).bit_length() if vitis else 0)
        region = min(REGION_MAX, 1 << max(byte_bits - (len(names) + 1).bit_length(), 0))
        if names and region < data // 8 * 16:
            raise HlsError(f"m_axi_{bundle}: a {width}-bit address leaves no room for {len(names)} pointer "
                           "regions")
        bases = []
        for name in names:
            slot = next_slot.get(name)
            if slot is None:  # the same argument may reach two bundles: one base for it
                slot = next_slot[name] = len(next_slot)
            bases.append({("axi" if name in axi_args else "input"): name, "base": (slot + 1) * region,
                          "size": region})
        configs.append({"name": f"m_axi_{bundle}", "ports": ports, "vitis": vitis, "pointers": bases,
                        "stall": stall})
    return configs


def _width(widths: dict[str, int], port: str | None) -> int:
    return widths.get(port, 0) if port else 0


def check_axi_bounds(golden: dict) -> None:
    """A golden call that accessed an AXI4 memory outside its pointers' regions, or touched more than the
    model holds, is refused in one line (the model would have invented the data)."""
    for run in golden["runs"]:
        for name, info in run.get("axi_bounds", {}).items():
            if info.get("too_large"):
                raise HlsError(f"memory {name}: the original design touched more than the "
                               f"{info['cap']} bytes the AXI4 memory model holds per call")
            if info.get("beyond"):
                raise HlsError(f"memory {name}: the original design accessed {info['beyond']} bytes outside "
                               "the regions its pointer arguments were set to (a pointer the analysis did "
                               "not find, or an index beyond the region)")
