"""msp430emu.toolchain.loader: ELF, Intel HEX and TI-TXT images, symbols, line table, and one-line errors."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from msp430emu.errors import LoadError
from msp430emu.toolchain import sdk
from msp430emu.toolchain.loader import Segment, load_image

HAVE_CLANG = all(shutil.which(t) for t in ("clang-14", "ld.lld-14", "llvm-objcopy-14"))
needs_clang = pytest.mark.skipif(not HAVE_CLANG, reason="needs clang-14, ld.lld-14, llvm-objcopy-14")

FR5969_RANGES = [(0x0000, 0x1000), (0x1800, 0x1A00), (0x1C00, 0x2400), (0x4400, 0x14000)]

PROGRAM = """\
#include "sdk.h"
volatile unsigned counter = 3;
volatile unsigned scratch[4];

static unsigned twice(unsigned x) {
    return x + x;
}

int main(void) {
    counter = twice(counter);
    scratch[1] = counter;
    return counter;
}
"""


@pytest.fixture(scope="module")
def elf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not HAVE_CLANG:
        pytest.skip("needs clang-14, ld.lld-14, llvm-objcopy-14")
    d = tmp_path_factory.mktemp("loader")
    src = d / "prog.c"
    src.write_text(PROGRAM)
    return sdk.build([src], d / "prog.elf", opt="-O0")


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content)
    return path


def ihex_record(rtype: int, addr: int, data: bytes) -> str:
    body = bytes([len(data), addr >> 8, addr & 0xFF, rtype]) + data
    return ":" + (body + bytes([(-sum(body)) & 0xFF])).hex().upper()


def memory_of(segments: list[Segment]) -> dict[int, int]:
    return {seg.addr + i: b for seg in segments for i, b in enumerate(seg.data)}


# ---- ELF ------------------------------------------------------------------------------------------------

@needs_clang
def test_elf_segments_entry_symbols(elf: Path) -> None:
    image = load_image(elf, valid_ranges=FR5969_RANGES, device="MSP430FR5969")
    assert image.format == "elf"
    assert image.entry == image.symbol("__crt0_start") == image.reset_vector()
    main = image.symbol("main")
    assert image.name_at(main) == "main"
    assert image.symbolize(main + 2) == "main+0x2"
    assert image.symbolize(0x0042) == "0x0042"
    assert image.resolve("main") == image.resolve(f"0x{main:x}") == image.resolve(str(main)) == main
    assert image.name_at(image.symbol("exit")) == "exit"     # preferred over its alias _exit
    assert 0x1C00 <= image.symbol("counter") < 0x2400
    # .data is loaded at its FRAM address (p_paddr), .bss appears as zero fill
    mem = memory_of(image.segments)
    load = image.symbol("__data_load_start")
    assert mem[load] | (mem[load + 1] << 8) == 3
    assert all(mem[image.symbol("scratch") + i] == 0 for i in range(8))


@pytest.fixture(scope="module")
def elf_dwarf4(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not HAVE_CLANG:
        pytest.skip("needs clang-14, ld.lld-14, llvm-objcopy-14")
    d = tmp_path_factory.mktemp("loader4")
    src = d / "prog.c"
    src.write_text(PROGRAM)
    return sdk.build([src], d / "prog4.elf", opt="-O2", extra_cflags=("-gdwarf-4",))


@needs_clang
@pytest.mark.parametrize("which", ["elf", "elf_dwarf4"])
def test_elf_line_table_agrees_with_llvm_addr2line(which: str, request: pytest.FixtureRequest) -> None:
    # llvm-addr2line is the oracle: every even address of .text, ours against its answer. The DWARF 4
    # build mixes a version-4 line table (the program) with version-5 ones (the runtime).
    elf = request.getfixturevalue(which)
    image = load_image(elf)
    start, end = image.symbol("__text_start"), image.symbol("__text_end")
    addrs = list(range(start, end, 2))
    out = subprocess.run(["llvm-addr2line-14", "-e", str(elf), *map(hex, addrs)], capture_output=True,
                         text=True, check=True).stdout.split()
    assert len(out) == len(addrs)
    for addr, answer in zip(addrs, out, strict=True):
        file, _, line = answer.rpartition(":")
        ours = image.line_at(addr)
        if line in ("0", "?"):
            assert ours is None or ours[1] == 0, hex(addr)
        else:
            assert ours is not None and ours[0].endswith(Path(file).name) and ours[1] == int(line), hex(addr)
    if "twice" in image.symbols:  # inlined at -O2
        file, line = image.line_at(image.symbol("twice"))
        assert "twice" in PROGRAM.splitlines()[line - 1]
    assert image.line_at(0x0010) is None


@needs_clang
def test_elf_agrees_with_llvm_objcopy_intel_hex(elf: Path, tmp_path: Path) -> None:
    hex_path = tmp_path / "prog.hex"
    subprocess.run(["llvm-objcopy-14", "-O", "ihex", str(elf), str(hex_path)], check=True)
    from_hex = load_image(hex_path)
    from_elf = load_image(elf)
    assert from_hex.format == "ihex"
    hex_mem, elf_mem = memory_of(from_hex.segments), memory_of(from_elf.segments)
    assert all(elf_mem[a] == b for a, b in hex_mem.items())
    # what only the ELF has is .bss zero fill
    assert all(elf_mem[a] == 0 and 0x1C00 <= a < 0x2400 for a in elf_mem.keys() - hex_mem.keys())
    assert from_hex.entry in (None, from_elf.entry)
    assert from_hex.symbols == {}


@needs_clang
def test_elf_wrong_machine(elf: Path, tmp_path: Path) -> None:
    raw = bytearray(elf.read_bytes())
    raw[18:20] = (40).to_bytes(2, "little")  # EM_ARM
    with pytest.raises(LoadError, match=r"ELF machine is EM_ARM, expected EM_MSP430 \(105\)"):
        load_image(write(tmp_path, "arm.elf", bytes(raw)))


@needs_clang
@pytest.mark.parametrize("keep", [16, 60, 2000])
def test_elf_truncated(elf: Path, tmp_path: Path, keep: int) -> None:
    with pytest.raises(LoadError, match="truncated"):
        load_image(write(tmp_path, "cut.elf", elf.read_bytes()[:keep]))


@needs_clang
def test_elf_outside_device_memory(elf: Path) -> None:
    with pytest.raises(LoadError, match=r"segment 0x0ff80-0x0ffff lies outside the memory of tiny"):
        load_image(elf, valid_ranges=[(0x1C00, 0x2400), (0x4400, 0xFF80)], device="tiny")


# ---- Intel HEX ------------------------------------------------------------------------------------------

def test_ihex_records_and_address_extensions(tmp_path: Path) -> None:
    text = "\n".join([
        ihex_record(0x00, 0x4400, bytes([1, 2, 3, 4])),
        ihex_record(0x00, 0x4404, bytes([5, 6])),               # contiguous: merged
        ihex_record(0x04, 0x0000, bytes([0x00, 0x01])),         # upper 16 bits = 0x0001
        ihex_record(0x00, 0x0010, bytes([0xAA])),               # -> 0x10010
        ihex_record(0x02, 0x0000, bytes([0x0F, 0xF0])),         # segment base 0xFF00
        ihex_record(0x00, 0x00FE, bytes([0x00, 0x44])),         # -> 0xFFFE: reset vector 0x4400
        ihex_record(0x05, 0x0000, bytes([0x00, 0x00, 0x44, 0x00])),
        ihex_record(0x01, 0x0000, b""),
    ]) + "\n"
    image = load_image(write(tmp_path, "p.hex", text))
    assert [(s.addr, s.data) for s in image.segments] == [
        (0x4400, bytes([1, 2, 3, 4, 5, 6])), (0xFFFE, bytes([0x00, 0x44])), (0x10010, b"\xAA")]
    assert image.entry == 0x4400 and image.reset_vector() == 0x4400


@pytest.mark.parametrize(("text", "pattern"), [
    (":0144000001BB\n:00000001FF\n", r"p\.hex:1: bad Intel HEX checksum 0xBB \(expected 0xBA\)"),
    (ihex_record(0, 0x4400, b"\x01") + "\n", r"truncated Intel HEX \(no end-of-file record\)"),
    (":02440000\n", "record length does not match its byte count"),
    (":0244ZZ0001\n", "invalid hex digits"),
    (ihex_record(0, 0x4400, b"\x01\x02") + "\n" + ihex_record(0, 0x4401, b"\x09") + "\n:00000001FF\n",
     r"data at 0x04401 overlaps data at 0x04400-0x04401"),
    (ihex_record(0x04, 0, b"\x00\x10") + "\n" + ihex_record(0, 0, b"\x01") + "\n:00000001FF\n",
     "outside the 20-bit address space"),
    (ihex_record(0x07, 0, b"\x01") + "\n:00000001FF\n", "unsupported Intel HEX record type 07"),
    (":00000001FF\n" + ihex_record(0, 0x4400, b"\x01") + "\n", "data after the end-of-file record"),
    (":00000001FF\n", "no data records"),
])
def test_ihex_errors(tmp_path: Path, text: str, pattern: str) -> None:
    with pytest.raises(LoadError, match=pattern) as info:
        load_image(write(tmp_path, "p.hex", text))
    assert "\n" not in str(info.value)


# ---- TI-TXT ---------------------------------------------------------------------------------------------

def test_titxt(tmp_path: Path) -> None:
    text = "@4400\n31 40 00 24\n3C 43\n@FFFE\n00 44\nq\n"
    image = load_image(write(tmp_path, "p.txt", text))
    assert image.format == "ti-txt"
    assert [(s.addr, s.data.hex()) for s in image.segments] == [(0x4400, "314000243c43"), (0xFFFE, "0044")]
    assert image.reset_vector() == 0x4400 and image.entry is None


@pytest.mark.parametrize(("text", "pattern"), [
    ("@4400\n01 02\n", r"truncated TI-TXT \(no 'q' terminator\)"),
    ("@4400\n01 2\nq\n", r"p\.txt:2: invalid TI-TXT byte '2'"),
    ("@4400\n01 GG\nq\n", "invalid TI-TXT byte 'GG'"),
    ("@44zz\n01\nq\n", "invalid TI-TXT address"),
    ("@4400\n01 02\n@4401\n03\nq\n", "overlaps"),
    ("@4400\n01\nq\n@4500\n02\n", "data after the 'q' terminator"),
    ("@FFFFF\n01 02\nq\n", "outside the 20-bit address space"),
])
def test_titxt_errors(tmp_path: Path, text: str, pattern: str) -> None:
    with pytest.raises(LoadError, match=pattern):
        load_image(write(tmp_path, "p.txt", text))


def test_titxt_data_before_address(tmp_path: Path) -> None:
    # not recognised as TI-TXT at all: the first character decides the format
    with pytest.raises(LoadError, match="unrecognised format"):
        load_image(write(tmp_path, "p.txt", "01 02\nq\n"))


# ---- format detection and file errors ------------------------------------------------------------------

@pytest.mark.parametrize(("content", "pattern"), [
    (b"", "empty file"),
    (b"   \n\n", "empty file"),
    (b"hello world\n", r"unrecognised format \(expected ELF, Intel HEX or TI-TXT\)"),
    (b"\x00\x01\x02\xff\xfe", "binary data that is not ELF"),
])
def test_unrecognised_files(tmp_path: Path, content: bytes, pattern: str) -> None:
    with pytest.raises(LoadError, match=pattern):
        load_image(write(tmp_path, "blob.bin", content))


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(LoadError, match="cannot read .*nothing.elf"):
        load_image(tmp_path / "nothing.elf")


def test_unknown_symbol_message(tmp_path: Path) -> None:
    image = load_image(write(tmp_path, "p.txt", "@4400\n01\nq\n"))
    with pytest.raises(LoadError, match="symbol 'main' not found in p.txt"):
        image.resolve("main")
    assert image.resolve("0x4400") == 0x4400
