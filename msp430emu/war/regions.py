"""Which FRAM bytes the WAR detector watches (msp430emu/war.py): program data that survives a power failure.

Watched = writable FRAM (``A_NVM | A_W`` in the machine's attribute bytes) that is either

* inside an allocated, writable, non-executable ELF section (``SHF_ALLOC | SHF_WRITE``, no
  ``SHF_EXECINSTR``) whose run address (``sh_addr``) lies in FRAM: ``.persistent``, or ``.data``/``.bss``
  of a linker script that places them in FRAM; or
* covered by no allocated section and by no loaded segment (neither its load address ``p_paddr`` nor its
  run address ``p_vaddr``): FRAM the program can only reach through a pointer,

minus the ``exclude`` ranges (the emulator's checkpoint region, or data the caller declares as intended
recovery state). Code, constants and the load image of ``.data`` are never watched: the core's instruction
fetch honours ``A_HOOK_R`` like any read, so a hooked code byte would stop the core at every fetch.

Images that are not ELF (Intel HEX, TI-TXT) carry no sections: only FRAM outside every segment is watched.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence

import numpy as np
from elftools.common.exceptions import ELFError
from elftools.elf.constants import SH_FLAGS
from elftools.elf.elffile import ELFFile

from msp430emu.cpu.state import A_NVM, A_W, MEM_SIZE
from msp430emu.errors import ConfigError, LoadError

Range = tuple[int, int]   # half-open [start, end)


def elf_layout(image) -> tuple[list[Range], list[Range]]:
    """(writable data sections, every allocated section and segment) of an image, as half-open ranges.

    A non-ELF image (or one without the raw ELF bytes) gives no writable sections and its segments as
    the covered ranges."""
    raw = getattr(image, "_elf_bytes", None)
    segments = [(int(getattr(s, "addr", getattr(s, "address", 0))), len(s.data))
                for s in getattr(image, "segments", [])]
    covered = [(a, a + n) for a, n in segments if n]
    if not raw:
        return [], covered
    writable: list[Range] = []
    try:
        elf = ELFFile(io.BytesIO(raw))
        for section in elf.iter_sections():
            flags, size, addr = section["sh_flags"], section["sh_size"], section["sh_addr"]
            if not flags & SH_FLAGS.SHF_ALLOC or size == 0:
                continue
            covered.append((addr, addr + size))
            if flags & SH_FLAGS.SHF_WRITE and not flags & SH_FLAGS.SHF_EXECINSTR:
                writable.append((addr, addr + size))
        for seg in elf.iter_segments():
            if seg["p_type"] == "PT_LOAD" and seg["p_memsz"]:
                for base in (seg["p_paddr"], seg["p_vaddr"]):
                    covered.append((base, base + seg["p_memsz"]))
    except (ELFError, ValueError, KeyError) as exc:
        raise LoadError(f"cannot read the ELF sections for the WAR detector ({exc})") from None
    return writable, covered


def check_ranges(ranges: Iterable[Sequence[int]], what: str) -> list[Range]:
    """Validate half-open ``(start, end)`` pairs inside the 20-bit address space (ConfigError if not)."""
    out = []
    for pair in ranges:
        try:
            start, end = (int(v) for v in pair)
        except (TypeError, ValueError):
            raise ConfigError(f"{what}: {pair!r} is not a (start, end) pair of addresses") from None
        if not 0 <= start < end <= MEM_SIZE:
            raise ConfigError(f"{what}: 0x{start:X}-0x{end:X} is not a non-empty range inside "
                              f"0x0-0x{MEM_SIZE:X}")
        out.append((start, end))
    return out


def watched_mask(attr: np.ndarray, image, exclude: Iterable[Sequence[int]] = ()) -> np.ndarray:
    """Boolean mask over the address space: the bytes the WAR detector watches (see the module doc)."""
    fram = (attr & (A_NVM | A_W)) == (A_NVM | A_W)
    writable, covered = elf_layout(image)
    in_section = np.zeros(MEM_SIZE, dtype=bool)
    for start, end in writable:
        in_section[max(start, 0):min(end, MEM_SIZE)] = True
    uncovered = np.ones(MEM_SIZE, dtype=bool)
    for start, end in covered:
        uncovered[max(start, 0):min(end, MEM_SIZE)] = False
    mask = fram & (in_section | uncovered)
    for start, end in check_ranges(exclude, "WAR detector exclude"):
        mask[start:end] = False
    return mask


def mask_ranges(mask: np.ndarray) -> list[Range]:
    """The runs of True in ``mask`` as half-open ranges."""
    edges = np.flatnonzero(np.diff(np.concatenate(([0], mask.astype(np.int8), [0]))))
    return [(int(a), int(b)) for a, b in zip(edges[::2], edges[1::2], strict=True)]
