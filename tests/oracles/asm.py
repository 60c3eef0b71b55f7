"""Small base-ISA assembly programs linked into real ELF images (llvm-mc-14 + ld.lld-14) with their interrupt
vectors, returned as (address, data) segments plus symbols: what the machine tests, the peripheral tests and
the benchmarks run. Raises BuildError with the assembler's first error line."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from elftools.elf.elffile import ELFFile

from msp430emu.errors import BuildError

LLVM_MC = shutil.which("llvm-mc-14") or shutil.which("llvm-mc")
LD_LLD = shutil.which("ld.lld-14") or shutil.which("ld.lld")
HAVE_TOOLS = LLVM_MC is not None and LD_LLD is not None

# exit(code): R12 = code, then LPM4 with interrupts disabled (the convention of the firmware runtime)
EXIT = "exit:\n    dint\n    nop\n    bis #0x00F0, r2\n    jmp exit\n"
STOP_WDT = "    mov #0x5A80, &0x015C\n"


@dataclass
class Segment:
    address: int
    data: bytes


@dataclass
class Program:
    segments: list[Segment]
    symbols: dict[str, int] = field(default_factory=dict)
    path: Path | None = None


def build_program(source: str, build_dir: Path, vectors: dict[int, str] | None = None,
                  org: int = 0x4400, reset_label: str = "start") -> Program:
    """Assemble ``source`` (base ISA, labels allowed) at ``org``; ``vectors`` maps a vector address to the
    label of its handler; the reset vector points at ``reset_label``."""
    table = dict(vectors or {})
    table[0xFFFE] = reset_label
    vec_asm = "".join(f'.section .vec{addr:04X},"a"\n.word {label}\n'
                      for addr, label in sorted(table.items()))
    src = build_dir / "prog.s"
    obj = build_dir / "prog.o"
    elf_path = build_dir / "prog.elf"
    script = build_dir / "prog.ld"
    src.write_text(".text\n.global start\n" + source + "\n" + vec_asm)
    sections = "".join(f"  .vec{a:04X} 0x{a:04X} : {{ KEEP(*(.vec{a:04X})) }} :vec{a:04X}\n"
                       for a in sorted(table))
    phdrs = "".join(f"  vec{a:04X} PT_LOAD;\n" for a in sorted(table))
    # explicit program headers: no segment carries the ELF header into memory
    script.write_text(f"PHDRS {{\n  text PT_LOAD;\n{phdrs}}}\n"
                      f"SECTIONS {{\n  .text 0x{org:04X} : {{ *(.text) }} :text\n{sections}}}\n")
    for cmd in ([LLVM_MC, "--triple=msp430", "-filetype=obj", str(src), "-o", str(obj)],
                [LD_LLD, "-m", "msp430elf", "-T", str(script), str(obj), "-o", str(elf_path)]):
        proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if proc.returncode != 0:
            lines = proc.stderr.strip().splitlines()
            raise BuildError(lines[0] if lines else f"{Path(cmd[0]).name} failed")
    return read_elf(elf_path)


def read_elf(path: Path) -> Program:
    with path.open("rb") as f:
        elf = ELFFile(f)
        segments = [Segment(sec["sh_addr"], sec.data()) for sec in elf.iter_sections()
                    if sec["sh_type"] == "SHT_PROGBITS" and sec["sh_flags"] & 0x2 and sec["sh_size"]]
        symtab = elf.get_section_by_name(".symtab")
        symbols = {s.name: s["st_value"] for s in symtab.iter_symbols() if s.name} if symtab else {}
    return Program(segments, symbols, path)

