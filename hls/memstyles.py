"""External memory interfaces of a top module, by the port names HLS tools give them (data, not code paths).

Two naming styles, each a port name per role (``address``, ``ce``, ``we``, ``d``, ``q``) plus outputs that
belong to the interface without being accessed (a BRAM port's clock and reset):

* ``ap_memory`` (Vivado/Vitis, Bambu's and LegUp's wrappers styled alike): ``<m>_address<i>``, ``<m>_ce<i>``,
  ``<m>_we<i>``, ``<m>_d<i>``, ``<m>_q<i>``; word addresses, one write enable.
* ``bram`` (Vivado HLS ``#pragma HLS INTERFACE bram``, 2016-2019): ``<m>_Addr_A``, ``<m>_EN_A``,
  ``<m>_WEN_A``, ``<m>_Din_A``, ``<m>_Dout_A``, ``<m>_Clk_A``, ``<m>_Rst_A`` (and ``_B``); *byte* addresses
  (the design shifts its word index left by log2 of the word's bytes) and one write enable per byte.

An interface is recognised when its address and enable are outputs and it has read data (an input) or write
data (an output). Used by the analysis (memories, reads and writes) and by the instrumenter and harness.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["MemoryStyle", "MEMORY_STYLES", "AccessPortNames", "memory_groups", "observation_rules"]


@dataclass(frozen=True)
class MemoryStyle:
    name: str
    address: str  # regex over a port name: groups m (interface) and i (port index)
    roles: tuple[tuple[str, str], ...]  # role -> port name template
    extras: tuple[tuple[str, str], ...] = ()  # further outputs of the interface: role -> template
    byte_addressed: bool = False  # address counts bytes; ``we`` has one bit per byte of the data


MEMORY_STYLES: tuple[MemoryStyle, ...] = (
    MemoryStyle("ap_memory", r"^(?P<m>.+)_address(?P<i>\d+)$",
                (("address", "{m}_address{i}"), ("ce", "{m}_ce{i}"), ("we", "{m}_we{i}"), ("d", "{m}_d{i}"),
                 ("q", "{m}_q{i}"))),
    MemoryStyle("bram", r"^(?P<m>.+)_Addr_(?P<i>[A-Z])$",
                (("address", "{m}_Addr_{i}"), ("ce", "{m}_EN_{i}"), ("we", "{m}_WEN_{i}"),
                 ("d", "{m}_Din_{i}"), ("q", "{m}_Dout_{i}")),
                (("clk", "{m}_Clk_{i}"), ("rst", "{m}_Rst_{i}")), byte_addressed=True),
)


@dataclass(frozen=True)
class AccessPortNames:
    """One access port of an interface: the port name of each role it has (``we``/``d``/``q`` optional)."""

    interface: str
    index: str
    style: MemoryStyle
    roles: dict[str, str]  # role -> port name, only the ports the module has (extras included)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(self.roles.values())


def memory_groups(directions: dict[str, str]) -> dict[str, list[AccessPortNames]]:
    """Interfaces of a module whose ports have these directions (name -> "input"/"output"), in port order:
    interface name -> its access ports."""
    groups: dict[str, list[AccessPortNames]] = {}
    for name, direction in directions.items():
        if direction != "output":
            continue
        for style in MEMORY_STYLES:
            m = re.match(style.address, name)
            if not m:
                continue
            fields = m.groupdict()
            roles = {role: t.format(**fields) for role, t in style.roles + style.extras}
            present = {role: port for role, port in roles.items()
                       if directions.get(port) == ("input" if role == "q" else "output")}
            if "ce" not in present or ("q" not in present and "d" not in present):
                continue
            port = AccessPortNames(fields["m"], fields["i"], style, present)
            groups.setdefault(fields["m"], []).append(port)
            break
    return groups


def observation_rules() -> tuple[tuple[str, str], ...]:
    """(port regex, qualifier template) for each interface output: an address is observed when the port is
    enabled, write data when written, a write enable when enabled."""
    rules: list[tuple[str, str]] = []
    for style in MEMORY_STYLES:
        roles = dict(style.roles)
        for role, qualifier in (("address", "ce"), ("d", "we"), ("we", "ce")):
            index = style.address[style.address.index("(?P<i>"):].split(")")[0] + ")"
            pattern = "^" + roles[role].replace("{m}", "(?P<m>.+)").replace("{i}", index) + "$"
            rules.append((pattern, roles[qualifier]))
    return tuple(rules)
