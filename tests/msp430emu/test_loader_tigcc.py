"""ELF files from TI/Mitto msp430-gcc (the Fused repository's binaries, tests/data/fused/): loaded as gdb's
``load`` does (its ``Loading section`` lines in the measured traces are the oracle), run on the FR5994, and
malformed segment sizes refused before any allocation."""

from __future__ import annotations

import re
import struct
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest
from fused_traces import ARCHIVE, DATA, PROGRAMS

from msp430emu.devices import load_device
from msp430emu.errors import LoadError
from msp430emu.toolchain.loader import load_image

ROOT = Path(__file__).resolve().parents[2]
FR5994 = load_device("fr5994")
_LOADING = re.compile(r"^Loading section (\S+), size 0x([0-9a-f]+) lma 0x([0-9a-f]+)", re.M)


def gdb_loaded_sections(program: str) -> list[tuple[str, int, int]]:
    """(name, lma, size) of every section msp430-elf-gdb's ``load`` wrote, from the measured log."""
    with tarfile.open(ARCHIVE, "r:bz2") as tar:
        member = tar.extractfile(f"traces/{program}/meas-trace-raw.log")
        assert member is not None
        head = member.read(4000).decode("ascii")
    return [(name, int(lma, 16), int(size, 16)) for name, size, lma in _LOADING.findall(head)]


def elf_section_bytes(path: Path, lma: int, size: int) -> bytes:
    """Bytes of the ELF section loaded at ``lma`` (read with readelf-independent offsets via pyelftools)."""
    from elftools.elf.elffile import ELFFile

    with path.open("rb") as f:
        elf = ELFFile(f)
        for seg in elf.iter_segments():
            if seg["p_type"] != "PT_LOAD":
                continue
            for sec in elf.iter_sections():
                if (sec["sh_size"] == size and sec["sh_type"] != "SHT_NOBITS" and seg.section_in_segment(sec)
                        and seg["p_paddr"] + sec["sh_offset"] - seg["p_offset"] == lma):
                    return sec.data()
    raise AssertionError(f"no section of {size} bytes loads at 0x{lma:x}")


@pytest.mark.parametrize("program", ["aes-FFF-WS0", "nettle-sha256-FSS-WS0", "newlib-sqrt-FSS-WS0"])
def test_loads_what_gdb_loads(program: str) -> None:
    path = DATA / "binaries" / f"{program}.elf"
    ranges = [(r.start, r.end + 1) for r in FR5994.memory]
    image = load_image(path, valid_ranges=ranges, device="MSP430FR5994")
    memory = {seg.addr + i: b for seg in image.segments for i, b in enumerate(seg.data)}
    expected: dict[int, int] = {}
    for _name, lma, size in gdb_loaded_sections(program):
        for i, b in enumerate(elf_section_bytes(path, lma, size)):
            expected[lma + i] = b
    assert expected, "the log names the loaded sections"
    nonvolatile = {a: b for a, b in memory.items() if not FR5994.region_at(a).volatile}
    assert nonvolatile == expected          # same addresses, same bytes: nothing more in FRAM, nothing less
    # .data's run address is SRAM 0x1C00: the loader must not put its bytes or zero fill there
    assert all(not 0x1C00 <= a < 0x1C40 for a in memory)
    # the ELF and program headers the linker mapped into the .stack segment are not written into SRAM
    elf_magic = b"\x7fELF"
    assert not any(seg.data.startswith(elf_magic) for seg in image.segments)


@pytest.mark.parametrize("program", PROGRAMS)
def test_runs_on_fr5994(program: str) -> None:
    from msp430emu.machine.machine import Machine

    image = load_image(DATA / "binaries" / f"{program}.elf")
    machine = Machine("fr5994", image)
    result = machine.run(max_cycles=3_000_000, until="main")
    assert result.exit == "until", result.message      # crt0 copied .data, cleared .bss, called main


def test_cli_runs_a_ti_gcc_elf() -> None:
    elf = str(DATA / "binaries" / "aes-FFF-WS0.elf")
    proc = subprocess.run([sys.executable, "-m", "msp430emu.cli", "run", elf,
                           "--device", "fr5994", "--max-cycles", "200000", "--json"],
                          capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert '"exit": "max-cycles"' in proc.stdout and "error" not in proc.stderr


def _tiny_elf(p_memsz: int, p_filesz: int = 2, paddr: int = 0x4400, vaddr: int = 0x4400) -> bytes:
    ehsize, phentsize = 52, 32
    data_off = ehsize + phentsize
    header = (b"\x7fELF\x01\x01\x01" + bytes(9)
              + struct.pack("<HHIIIIIHHHHHH", 2, 105, 1, 0x4400, ehsize, 0, 0, ehsize, phentsize, 1,
                            40, 0, 0))
    ph = struct.pack("<IIIIIIII", 1, data_off, vaddr, paddr, p_filesz, p_memsz, 5, 2)
    return header + ph + b"\x3f\x40"[:p_filesz]


def test_huge_memsz_refused_before_allocating(tmp_path: Path) -> None:
    elf = tmp_path / "huge.elf"
    elf.write_bytes(_tiny_elf(0xFFFFFFFF))
    # 0xFFFFFFFF bytes of zero fill would be 4 GiB: refused from the header (under a 768 MiB limit)
    code = ("import resource,sys; resource.setrlimit(resource.RLIMIT_AS, (768<<20, 768<<20));"
            "from msp430emu.toolchain.loader import load_image; from msp430emu.errors import LoadError\n"
            f"try:\n load_image({str(elf)!r})\nexcept LoadError as e:\n print(e)")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60,
                          env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    assert proc.returncode == 0, proc.stderr
    assert "outside the 20-bit address space" in proc.stdout


def test_zero_fill_only_where_load_and_run_addresses_agree(tmp_path: Path) -> None:
    same = tmp_path / "same.elf"
    same.write_bytes(_tiny_elf(6))
    assert [(s.addr, s.data) for s in load_image(same).segments] == [(0x4400, b"\x3f\x40" + bytes(4))]
    moved = tmp_path / "moved.elf"              # runs in SRAM, loads in FRAM (.data): file bytes only
    moved.write_bytes(_tiny_elf(6, vaddr=0x1C00))
    assert [(s.addr, s.data) for s in load_image(moved).segments] == [(0x4400, b"\x3f\x40")]


def test_truncated_segment_still_refused(tmp_path: Path) -> None:
    elf = tmp_path / "t.elf"
    elf.write_bytes(_tiny_elf(2)[:-1])
    with pytest.raises(LoadError, match="truncated"):
        load_image(elf)
