"""Memory map of a device in the flat state: attribute bytes per region, peripherals wired to their addresses,
and program images written into memory (checked against the map)."""

from __future__ import annotations

import numpy as np

from msp430emu.cpu.state import A_NVM, A_R, A_VOLATILE, A_W, MachineState
from msp430emu.devices import Device, PeripheralSpec
from msp430emu.errors import ConfigError, LoadError
from msp430emu.peripherals import MODELS, Host, Peripheral

ACCESS_BITS = {"none": 0, "r": A_R, "rw": A_R | A_W}


def region_bits(region) -> int:
    bits = ACCESS_BITS[region.access]
    if bits and region.volatile:
        bits |= A_VOLATILE
    if bits and region.nvm:
        bits |= A_NVM
    return bits


def map_memory(device: Device, state: MachineState) -> None:
    """Set the attribute bytes of every non-peripheral region (addresses outside all regions stay 0)."""
    for region in device.memory:
        if region.kind != "peripheral":
            state.set_attr(region.start, region.end + 1, region_bits(region))


ERASED = 0xFF


def erase_nvm(device: Device, state: MachineState, fill: int = ERASED) -> None:
    """Fill the non-volatile memory (FRAM, its vector table, information FRAM) with 0xFF, the state a device
    is in after the erase that TI's tools (the MSP Debug Stack, the BSL's mass erase) and mspdebug's ``prog``
    do before programming: an erased FRAM word reads 0xFFFF, and an empty device's vector table (the BSL
    password) is all 0xFF (SLAU550). A program image is written on top; bytes it leaves out stay 0xFF.
    Flash (the F2132's) is erased to 0xFF as well (SLAU144: the erased level of a flash bit is 1). ``fill``
    other than 0xFF models a device whose memory was written with that byte (``Machine(nvm_fill=)``)."""
    for region in device.memory:
        if region.access != "none" and (region.nvm or region.kind in ("flash", "info_flash", "vectors")):
            state.mem[region.start:region.end + 1] = fill & 0xFF


def unassigned_specs(device: Device) -> list[PeripheralSpec]:
    """Storage blocks for the peripheral space no instance covers (one per contiguous gap)."""
    from types import MappingProxyType

    space = device.region("peripheral")
    owned = {a for spec in device.peripherals for a in spec.addresses()}
    specs, start = [], None
    for addr in range(space.start, space.end + 2):
        free = addr <= space.end and addr not in owned
        if free and start is None:
            start = addr
        elif not free and start is not None:
            specs.append(PeripheralSpec(name="unassigned", model="storage", base=start, size=addr - start,
                                        vectors=MappingProxyType({}), params=MappingProxyType({}), extra=()))
            start = None
    return specs


def build_peripherals(device: Device, host: Host) -> tuple[list[Peripheral], list[Peripheral | None]]:
    """Instantiate every peripheral, set its attributes; returns (peripherals, owner table by address)."""
    peripherals: list[Peripheral] = []
    space = device.region("peripheral")
    owner: list[Peripheral | None] = [None] * (space.end + 1)
    for spec in list(device.peripherals) + unassigned_specs(device):
        cls = MODELS.get(spec.model)
        if cls is None:
            raise ConfigError(f"device {device.id}: peripheral {spec.name} has unknown model '{spec.model}' "
                              f"(known: {', '.join(sorted(MODELS))})")
        try:
            p = cls(spec, host)
        except (KeyError, TypeError, ValueError) as exc:
            raise ConfigError(f"device {device.id}: peripheral {spec.name}: bad parameters ({exc})") from None
        p.attach()
        for addr in p.addresses():
            owner[addr] = p
        peripherals.append(p)
    # clock and power modules first: a reset leaves clocks settled before the timers re-anchor
    order = {"pmm": 0, "cs": 1, "frctl": 2, "sys": 3, "sfr": 4}
    peripherals.sort(key=lambda p: order.get(p.model, 10))
    return peripherals, owner


def load_segments(device: Device, state: MachineState, segments) -> None:
    """Write ``(address, data)`` segments into memory; every byte must land in mapped, non-peripheral memory
    (call after :func:`map_memory`). Raises LoadError naming the first bad address."""
    space = device.region("peripheral")
    for address, data in segments:
        if not data:
            continue
        end = address + len(data) - 1
        bad = None
        if end >= len(state.attr):
            bad = len(state.attr)
        elif address <= space.end and end >= space.start:
            bad = max(address, space.start)
        else:
            holes = np.flatnonzero(state.attr[address:end + 1] == 0)
            if holes.size:
                bad = address + int(holes[0])
        if bad is not None:
            region = device.region_at(bad)
            where = region.name if region else "unmapped"
            raise LoadError(f"segment 0x{address:05X}-0x{end:05X} ({len(data)} bytes) reaches 0x{bad:05X} "
                            f"({where}), which is not program memory of the {device.name}")
        state.write_bytes(address, bytes(data))


def segment_pairs(image) -> list[tuple[int, bytes]]:
    """``(address, data)`` pairs of an image's segments (``msp430emu.toolchain.loader.Segment`` has ``addr``;
    ``oracles.asm.Segment`` has ``address``; plain pairs are accepted too)."""
    pairs = []
    for seg in image.segments:
        if hasattr(seg, "addr"):
            pairs.append((int(seg.addr), bytes(seg.data)))
        elif hasattr(seg, "address"):
            pairs.append((int(seg.address), bytes(seg.data)))
        else:
            address, data = seg
            pairs.append((int(address), bytes(data)))
    return pairs
