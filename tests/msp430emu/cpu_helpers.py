"""Shared helpers of the CPU core tests: flat-RAM machine states, hand encoding and llvm-mc assembly."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from elftools.elf.elffile import ELFFile

from msp430emu.cpu.core import Cpu
from msp430emu.cpu.state import A_R, A_W, C_CYCLES, C_INSNS, TIMING_CPUXV2, MachineState

ORG = 0x4400          # where test programs are placed (FR5969 FRAM start)
STACK_TOP = 0x2400    # top of the FR5969 SRAM
LLVM_MC = shutil.which("llvm-mc-14") or shutil.which("llvm-mc")


def flat_state(program: bytes | list[int] = b"", org: int = ORG, bits: int = A_R | A_W) -> MachineState:
    """A state whose whole 64 KiB is plain RAM (``bits``), with ``program`` at ``org`` and PC there."""
    state = MachineState()
    state.set_attr(0, 0x10000, bits)
    data = words_to_bytes(program) if isinstance(program, list) else program
    state.write_bytes(org, data)
    state.regs[0] = org
    state.regs[1] = STACK_TOP
    return state


def words_to_bytes(words: list[int]) -> bytes:
    return b"".join(int(w & 0xFFFF).to_bytes(2, "little") for w in words)


def run_program(program: bytes | list[int], n_insns: int = 1, timing: int = TIMING_CPUXV2,
                regs: dict[int, int] | None = None, sr: int | None = None,
                mem: dict[int, int] | None = None, byte_mem: dict[int, int] | None = None
                ) -> tuple[MachineState, int, int]:
    """Run ``n_insns`` instructions of ``program`` on a flat state; return (state, stop code, cycles)."""
    state = flat_state(program)
    for r, v in (regs or {}).items():
        state.regs[r] = v
    if sr is not None:
        state.regs[2] = sr
    for a, v in (mem or {}).items():
        state.write_word(a, v)
    for a, v in (byte_mem or {}).items():
        state.write_byte(a, v)
    cpu = Cpu(state, timing)
    stop = 0
    for _ in range(n_insns):
        stop = cpu.step()
        if stop:
            break
    return state, stop, int(state.ctl[C_CYCLES])


def assemble(source: str, build_dir: Path) -> bytes:
    """Assemble base-ISA source with llvm-mc into the bytes of its .text section (no relocations)."""
    if LLVM_MC is None:
        raise RuntimeError("llvm-mc-14 not found")
    src = build_dir / "prog.s"
    obj = build_dir / "prog.o"
    src.write_text(".text\n" + source + "\n")
    proc = subprocess.run([LLVM_MC, "--triple=msp430", "-filetype=obj", str(src), "-o", str(obj)],
                          capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr.strip().splitlines()[0])
    with obj.open("rb") as f:
        elf = ELFFile(f)
        text = elf.get_section_by_name(".text")
        rel = elf.get_section_by_name(".rela.text")
        if rel is not None and rel.num_relocations():
            raise RuntimeError("test programs must not need relocations")
        return bytes(text.data())


def insns_executed(state: MachineState) -> int:
    return int(state.ctl[C_INSNS])


__all__ = ["ORG", "STACK_TOP", "LLVM_MC", "assemble", "flat_state", "insns_executed", "run_program",
           "sr_bits", "words_to_bytes"]


def sr_bits(flags: str) -> int:
    """SR value from flag letters, e.g. ``"CZ"`` -> C|Z (letters: C Z N V G(IE))."""
    bits = {"C": 0x001, "Z": 0x002, "N": 0x004, "G": 0x008, "V": 0x100}
    value = 0
    for ch in flags:
        value |= bits[ch]
    return value
