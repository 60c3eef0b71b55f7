"""The RTL benchmark designs as data: where each one's Verilog is, its ports, memories and reference model.

Every design folder holds ``design.json`` (the manifest read here), its Verilog and ``reference.py`` with two
functions: ``run(inputs, memories) -> (outputs, memories)`` (one call through the handshake) and
``random_case(rng) -> (inputs, memories)`` (random stimulus). All designs share one handshake: clock
``ap_clk``, active-high reset ``ap_rst``, ``ap_start`` held high until ``ap_done`` (Vivado ap_ctrl_hs),
outputs valid in the cycle ``ap_done`` is high.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from designs.rtl.aes128 import reference as aes128_reference
from designs.rtl.blake256 import reference as blake256_reference
from designs.rtl.bsort import reference as bsort_reference
from designs.rtl.crc32 import reference as crc32_reference
from designs.rtl.dct import reference as dct_reference
from designs.rtl.dot import reference as dot_reference
from designs.rtl.fir import reference as fir_reference
from designs.rtl.gcd import reference as gcd_reference
from designs.rtl.groestl256 import reference as groestl256_reference
from designs.rtl.isqrt import reference as isqrt_reference
from designs.rtl.jh256 import reference as jh256_reference
from designs.rtl.keccak import reference as keccak_reference
from designs.rtl.matmul import reference as matmul_reference
from designs.rtl.md5 import reference as md5_reference
from designs.rtl.minmax import reference as minmax_reference
from designs.rtl.poly import reference as poly_reference
from designs.rtl.prefix import reference as prefix_reference
from designs.rtl.rsa import reference as rsa_reference
from designs.rtl.saxpy import reference as saxpy_reference
from designs.rtl.sha1 import reference as sha1_reference
from designs.rtl.sha256 import reference as sha256_reference
from designs.rtl.sha256_unrolled import reference as sha256_unrolled_reference
from designs.rtl.skein256 import reference as skein256_reference
from designs.rtl.sobel import reference as sobel_reference

RTL_DIR = Path(__file__).resolve().parent

Scalars = dict[str, int]
Memories = dict[str, list[int]]

# design name -> reference model module (a static table: no lookups by computed module name)
REFERENCES: dict[str, ModuleType] = {
    "gcd": gcd_reference,
    "fir": fir_reference,
    "crc32": crc32_reference,
    "matmul": matmul_reference,
    "sha256": sha256_reference,
    "sobel": sobel_reference,
    "dct": dct_reference,
    "sha256_unrolled": sha256_unrolled_reference,
    "aes128": aes128_reference,
    "dot": dot_reference,
    "bsort": bsort_reference,
    "saxpy": saxpy_reference,
    "isqrt": isqrt_reference,
    "minmax": minmax_reference,
    "poly": poly_reference,
    "prefix": prefix_reference,
    "md5": md5_reference,
    "sha1": sha1_reference,
    "rsa": rsa_reference,
    "keccak": keccak_reference,
    "blake256": blake256_reference,
    "skein256": skein256_reference,
    "groestl256": groestl256_reference,
    "jh256": jh256_reference,
}


class DesignError(Exception):
    """A design manifest is missing or inconsistent (one-line message)."""


@dataclass(frozen=True)
class Memory:
    """An array the design reaches through ap_memory-style ports (one port, read latency 1 cycle).

    ``access`` is ``"read"``, ``"write"`` or ``"readwrite"``; port names are given per role so that styles
    with other naming conventions (LegUp's memory controller ports) fit the same harness.
    """

    name: str
    depth: int
    width: int
    access: str
    address: str
    ce: str
    q: str | None
    we: str | None
    d: str | None


@dataclass(frozen=True)
class Stream:
    """An AXI4-Stream port (Vivado ``#pragma HLS INTERFACE axis``): ``data``/``valid``/``ready`` port names.

    ``direction`` is ``"in"`` (the harness is the source) or ``"out"`` (the harness is the sink); ``depth``
    is the most words one call moves. In the reference model a stream is a list in the memories dict: for an
    input stream, the words offered before the call and the words left unread after it; for an output
    stream, the words written.
    """

    name: str
    direction: str
    width: int
    depth: int
    data: str
    valid: str
    ready: str


@dataclass(frozen=True)
class InternalMemory:
    """An array inside the design (hierarchical name from the top, dotted): a RAM or a ROM."""

    name: str
    depth: int
    width: int
    kind: str


@dataclass(frozen=True)
class FsmSpec:
    """The control FSM as written by hand from the design (ground truth, checked in simulation).

    ``register`` is the state register's hierarchical name from the top (dotted); ``states`` maps each state
    parameter to its value; ``transitions`` holds every (from, to) pair the design can take, self-loops too.
    """

    register: str
    encoding: str
    reset_state: str
    states: dict[str, int]
    transitions: frozenset[tuple[str, str]]

    def state_named(self, value: int) -> str | None:
        """The state whose encoding is ``value``, or None."""
        for name, encoding in self.states.items():
            if encoding == value:
                return name
        return None


@dataclass(frozen=True)
class Design:
    """One benchmark: its sources, top module, handshake ports, data ports and reference model."""

    name: str
    top: str
    style: str
    imitates: str
    sources: tuple[Path, ...]
    clock: str
    reset: str
    start: str
    done: str
    idle: str | None
    ready: str | None
    inputs: dict[str, int]
    outputs: dict[str, int]
    memories: tuple[Memory, ...]
    streams: tuple[Stream, ...]
    internal_memories: tuple[InternalMemory, ...]
    fsm: FsmSpec
    reference: ModuleType

    def run_reference(self, inputs: Scalars, memories: Memories) -> tuple[Scalars, Memories]:
        """The outputs and final memory contents the design must produce for one call."""
        run: Callable[[Scalars, Memories], tuple[Scalars, Memories]] = self.reference.run
        return run(inputs, {name: list(words) for name, words in memories.items()})

    def random_case(self, rng: random.Random) -> tuple[Scalars, Memories]:
        """Random stimulus for one call: scalar inputs and initial memory contents."""
        return self.reference.random_case(rng)


def design_names() -> tuple[str, ...]:
    """Names of all benchmark designs, in a fixed order."""
    return tuple(REFERENCES)


def _memory(raw: dict) -> Memory:
    access = raw["access"]
    if access not in ("read", "write", "readwrite"):
        raise DesignError(f"memory {raw['name']}: access must be read, write or readwrite, not {access!r}")
    return Memory(
        name=raw["name"],
        depth=int(raw["depth"]),
        width=int(raw["width"]),
        access=access,
        address=raw["address"],
        ce=raw["ce"],
        q=raw.get("q"),
        we=raw.get("we"),
        d=raw.get("d"),
    )


def _stream(raw: dict) -> Stream:
    if raw["direction"] not in ("in", "out"):
        raise DesignError(f"stream {raw['name']}: direction must be in or out, not {raw['direction']!r}")
    return Stream(
        name=raw["name"],
        direction=raw["direction"],
        width=int(raw["width"]),
        depth=int(raw["depth"]),
        data=raw["data"],
        valid=raw["valid"],
        ready=raw["ready"],
    )


def _fsm(name: str, raw: dict) -> FsmSpec:
    states = {state: int(value) for state, value in raw["states"].items()}
    transitions = frozenset((source, target) for source, target in raw["transitions"])
    named = {state for pair in transitions for state in pair} | {raw["reset_state"]}
    unknown = sorted(named - set(states))
    if unknown:
        raise DesignError(f"design {name}: FSM names unknown states {', '.join(unknown)}")
    if raw["encoding"] not in ("onehot", "binary"):
        raise DesignError(f"design {name}: FSM encoding must be onehot or binary, not {raw['encoding']!r}")
    return FsmSpec(
        register=raw["register"],
        encoding=raw["encoding"],
        reset_state=raw["reset_state"],
        states=states,
        transitions=transitions,
    )


def load_design(name: str, root: Path = RTL_DIR) -> Design:
    """The design called ``name``: folder ``root/name`` (designs/rtl/ by default), read from design.json."""
    if name not in REFERENCES:
        raise DesignError(f"unknown RTL design {name!r} (known: {', '.join(REFERENCES)})")
    folder = root / name
    try:
        raw = json.loads((folder / "design.json").read_text())
    except (OSError, json.JSONDecodeError) as err:
        raise DesignError(f"design {name}: cannot read design.json: {err}") from None
    try:
        return _design(name, folder, raw)
    except KeyError as err:
        raise DesignError(f"design {name}: design.json has no field {err}") from None
    except (TypeError, ValueError, AttributeError) as err:
        raise DesignError(f"design {name}: malformed design.json: {err}") from None


def _design(name: str, folder: Path, raw: dict) -> Design:
    sources = tuple(folder / source for source in raw["sources"])
    missing = [str(path) for path in sources if not path.is_file()]
    if missing:
        raise DesignError(f"design {name}: missing source file(s) {', '.join(missing)}")
    return Design(
        name=raw["name"],
        top=raw["top"],
        style=raw["style"],
        imitates=raw["imitates"],
        sources=sources,
        clock=raw["clock"],
        reset=raw["reset"],
        start=raw["start"],
        done=raw["done"],
        idle=raw.get("idle"),
        ready=raw.get("ready"),
        inputs={port: int(width) for port, width in raw["inputs"].items()},
        outputs={port: int(width) for port, width in raw["outputs"].items()},
        memories=tuple(_memory(memory) for memory in raw["memories"]),
        streams=tuple(_stream(stream) for stream in raw.get("streams", [])),
        internal_memories=tuple(
            InternalMemory(name=m["name"], depth=int(m["depth"]), width=int(m["width"]), kind=m["kind"])
            for m in raw["internal_memories"]
        ),
        fsm=_fsm(name, raw["fsm"]),
        reference=REFERENCES[name],
    )


def format_manifest(manifest: dict) -> str:
    """design.json text: two-space indentation, lists of scalars on one line."""
    text = json.dumps(manifest, indent=2)
    scalar_list = re.compile(r"\[\s*((?:\"[^\"]*\"|\d+)(?:,\s*(?:\"[^\"]*\"|\d+))*)\s*\]")
    return scalar_list.sub(lambda m: "[" + re.sub(r",\s+", ", ", m.group(1)) + "]", text) + "\n"
