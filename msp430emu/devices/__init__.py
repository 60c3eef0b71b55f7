"""Device descriptions as data: ``<id>.toml`` files in this package, loaded into a frozen :class:`Device`.

A device file names the memory map (regions with their access rights, volatility and non-volatility), the
interrupt vector table (address, name, source, priority), the peripheral instances (model, base address,
register space, vectors, parameters), the default MCLK, the cycle-timing model, the FRAM wait-state rule, the
supply range and the currents table used by the energy model. See docs/devices.md.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

from msp430emu.errors import ConfigError

DEVICE_DIR = Path(__file__).resolve().parent
ADDRESS_LIMIT = 1 << 20
ACCESS_MODES = ("none", "r", "rw")
TIMING_MODELS = ("cpuxv2", "classic")
ISAS = ("msp430", "msp430x")


@dataclass(frozen=True)
class MemoryRegion:
    """An inclusive address range ``[start, end]`` of one kind of memory."""

    name: str
    start: int
    end: int
    kind: str
    access: str          # "none" (unmapped), "r" (read-only), "rw"
    volatile: bool       # lost at power failure (SRAM)
    nvm: bool            # FRAM: counted, wait states

    @property
    def size(self) -> int:
        return self.end - self.start + 1

    def contains(self, addr: int) -> bool:
        return self.start <= addr <= self.end


@dataclass(frozen=True)
class Vector:
    address: int
    name: str
    source: str
    priority: int
    nmi: bool


@dataclass(frozen=True)
class PeripheralSpec:
    """One peripheral instance: ``model`` names a module of :mod:`msp430emu.peripherals`."""

    name: str
    model: str
    base: int
    size: int
    vectors: MappingProxyType      # role (e.g. "ccr0") -> vector address
    params: MappingProxyType
    extra: tuple[int, ...]         # byte addresses outside [base, base + size) the instance also owns

    def addresses(self) -> list[int]:
        return list(range(self.base, self.base + self.size)) + list(self.extra)


@dataclass(frozen=True)
class Device:
    id: str
    name: str
    isa: str
    timing: str
    default_mclk_hz: int
    max_mclk_hz: int
    reset_vector: int
    fram_max_hz_without_wait: int
    supply_min_v: float
    supply_max_v: float
    memory: tuple[MemoryRegion, ...]
    vectors: tuple[Vector, ...]
    peripherals: tuple[PeripheralSpec, ...]
    currents: MappingProxyType
    min_mclk_hz: int = 1               # the slowest MCLK the device's clock system can make
    # the peripheral registers a checkpoint saves, in restore order: the raw ``[[checkpoint]]`` tables
    # (parsed and checked by msp430emu.checkpoint.periph; docs/checkpointing.md, "Peripheral block")
    checkpoint: tuple[MappingProxyType, ...] = ()

    def region_at(self, addr: int) -> MemoryRegion | None:
        for region in self.memory:
            if region.contains(addr):
                return region
        return None

    def region(self, kind: str) -> MemoryRegion:
        for region in self.memory:
            if region.kind == kind:
                return region
        raise ConfigError(f"device {self.id} has no {kind} region")

    def vector_named(self, name: str) -> Vector:
        for vector in self.vectors:
            if vector.name == name:
                return vector
        raise ConfigError(f"device {self.id} has no interrupt vector named {name}")

    @property
    def vector_base(self) -> int:
        return self.region("vectors").start


def available_devices() -> list[str]:
    return sorted(p.stem for p in DEVICE_DIR.glob("*.toml"))


def device_mcu_model(name_or_path: str | Path):
    """The energy model's currents (:class:`energy.mcu.McuPowerModel`) of a device: the bundled table of
    ``energy/data`` for a device it knows (fr5969, f2132), else the ``[currents]`` table of the device's TOML
    (fr5994, fr6989, a user's file) when it has the full schema (``modes``, ``charges_nas``, ...)."""
    from energy.errors import EnergyError
    from energy.mcu import DEVICES, McuPowerModel, mcu_model

    text = str(name_or_path)
    if text.lower() in DEVICES:
        return mcu_model(text)
    device = load_device(name_or_path)
    if "modes" not in device.currents:
        raise EnergyError(f"device {device.id}: its [currents] table has no modes: no energy model "
                          "(see docs/devices.md, currents)")
    table = {key: _plain(value) for key, value in device.currents.items()}
    return McuPowerModel(table)


def _plain(value: Any) -> Any:
    if isinstance(value, MappingProxyType | dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def load_device(name_or_path: str | Path) -> Device:
    """Load a device by id (``fr5969``) or from a ``.toml`` path; raises ConfigError with one line."""
    text = str(name_or_path)
    path = Path(text) if text.endswith(".toml") else DEVICE_DIR / f"{text.lower()}.toml"
    if text.endswith(".toml") and path.exists() and not path.is_file():   # a FIFO would block forever
        raise ConfigError(f"device file {text}: not a regular file")
    if text.endswith(".toml") and not path.exists():
        raise ConfigError(f"unknown device '{text}': no such device file")
    if not path.is_file():
        raise ConfigError(f"unknown device '{text}' (available: {', '.join(available_devices())}, "
                          "or a device file NAME.toml)")
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise ConfigError(f"{path.name}: not a UTF-8 text file") from None
    except OSError as exc:
        raise ConfigError(f"{path.name}: cannot read: {exc.strerror or type(exc).__name__}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path.name}: {exc}") from None
    try:
        device = _build(raw)
    except KeyError as exc:
        raise ConfigError(f"{path.name}: malformed device (missing key {exc})") from None
    except (TypeError, ValueError, AttributeError) as exc:
        raise ConfigError(f"{path.name}: malformed device ({type(exc).__name__}: {exc})") from None
    validate(device)
    return device


def _build(raw: dict[str, Any]) -> Device:
    memory = tuple(
        MemoryRegion(
            name=r["name"], start=int(r["start"]), end=int(r["end"]), kind=r["kind"], access=r["access"],
            volatile=bool(r.get("volatile", False)), nvm=bool(r.get("nvm", False)),
        )
        for r in raw["memory"]
    )
    vectors = tuple(
        Vector(address=int(v["address"]), name=v["name"], source=v["source"], priority=int(v["priority"]),
               nmi=bool(v.get("nmi", False)))
        for v in raw["vector"]
    )
    by_name = {v.name: v.address for v in vectors}
    peripherals = []
    for p in raw["peripheral"]:
        roles = {}
        for role, vname in p.get("vectors", {}).items():
            if vname not in by_name:
                raise ValueError(f"peripheral {p['name']} names unknown vector {vname}")
            roles[role] = by_name[vname]
        peripherals.append(PeripheralSpec(
            name=p["name"], model=p["model"], base=int(p["base"]), size=int(p["size"]),
            vectors=MappingProxyType(roles), params=MappingProxyType(dict(p.get("params", {}))),
            extra=tuple(int(a) for a in p.get("extra", [])),
        ))
    return Device(
        id=raw["id"], name=raw["name"], isa=raw["isa"], timing=raw["timing"],
        default_mclk_hz=int(raw["default_mclk_hz"]), max_mclk_hz=int(raw["max_mclk_hz"]),
        reset_vector=int(raw["reset_vector"]),
        fram_max_hz_without_wait=int(raw["fram_max_hz_without_wait"]),
        supply_min_v=float(raw["supply"]["min_v"]), supply_max_v=float(raw["supply"]["max_v"]),
        memory=tuple(sorted(memory, key=lambda r: r.start)),
        vectors=tuple(sorted(vectors, key=lambda v: -v.address)),
        peripherals=tuple(sorted(peripherals, key=lambda p: p.base)),
        currents=MappingProxyType(dict(raw.get("currents", {}))),
        min_mclk_hz=int(raw.get("min_mclk_hz", 1)),
        checkpoint=tuple(MappingProxyType(dict(c)) for c in raw.get("checkpoint", [])),
    )


def validate(device: Device) -> None:
    """Check the description is self-consistent; raise ConfigError naming the first problem."""

    def fail(msg: str) -> None:
        raise ConfigError(f"device {device.id}: {msg}")

    if device.isa not in ISAS:
        fail(f"isa must be one of {ISAS}, not {device.isa!r}")
    if device.timing not in TIMING_MODELS:
        fail(f"timing must be one of {TIMING_MODELS}, not {device.timing!r}")
    if not 0 < device.min_mclk_hz <= device.default_mclk_hz <= device.max_mclk_hz:
        fail("MCLK must satisfy 0 < min_mclk_hz <= default_mclk_hz <= max_mclk_hz")
    if not 0 < device.supply_min_v < device.supply_max_v:
        fail("supply range must satisfy 0 < min_v < max_v")
    previous_end = -1
    for region in device.memory:
        if region.access not in ACCESS_MODES:
            fail(f"region {region.name}: access must be one of {ACCESS_MODES}")
        if not 0 <= region.start <= region.end < ADDRESS_LIMIT:
            fail(f"region {region.name}: bad range 0x{region.start:X}-0x{region.end:X}")
        if region.start <= previous_end:
            fail(f"region {region.name} overlaps the region before it")
        if region.volatile and region.nvm:
            fail(f"region {region.name} cannot be both volatile and non-volatile")
        previous_end = region.end
    vectors = device.region("vectors")
    seen: set[int] = set()
    for vector in device.vectors:
        if not vectors.contains(vector.address) or vector.address & 1:
            fail(f"vector {vector.name} at 0x{vector.address:04X} is not an even address in the vector table")
        if vector.address in seen:
            fail(f"two vectors at 0x{vector.address:04X}")
        seen.add(vector.address)
    priorities = [v.priority for v in device.vectors]   # sorted by address, highest first
    if priorities != sorted(priorities, reverse=True) or len(set(priorities)) != len(priorities):
        fail("vector priorities must be distinct and follow the addresses (higher address, higher priority)")
    if device.reset_vector not in seen:
        fail("the reset vector is not in the vector table")
    periph = device.region("peripheral")
    owner: dict[int, str] = {}
    for spec in device.peripherals:
        for addr in spec.addresses():
            if not periph.contains(addr):
                fail(f"peripheral {spec.name} reaches 0x{addr:04X}, outside the peripheral space")
            if addr in owner:
                fail(f"peripherals {owner[addr]} and {spec.name} overlap at 0x{addr:04X}")
            owner[addr] = spec.name


__all__ = [
    "Device", "MemoryRegion", "PeripheralSpec", "Vector", "available_devices", "device_mcu_model",
    "load_device", "validate",
]
