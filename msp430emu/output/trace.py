"""Instruction trace: one line per executed instruction (cycle count before it, PC, disassembly, registers
after it), and one line per interrupt entry. Used by ``msp430emu run --trace FILE``: the machine steps the
core one instruction at a time while a tracer is attached."""

from __future__ import annotations

from typing import TextIO

from msp430emu.cpu.state import C_CYCLES, C_INSNS, C_STOP_ADDR, PC, STOP_IRQ


class Tracer:
    def __init__(self, out: TextIO, symbols: dict[str, int] | None = None) -> None:
        from msp430emu.cpu.disasm import disassemble

        self.disassemble = disassemble
        self.out = out
        self.symbols = {addr: name for name, addr in (symbols or {}).items()}
        self.pc = 0
        self.cycles = 0
        self.insns = 0
        self.lines = 0

    def before(self, machine) -> None:
        st = machine.state
        self.pc = int(st.regs[PC])
        self.cycles = int(st.ctl[C_CYCLES])
        self.insns = int(st.ctl[C_INSNS])

    def after(self, machine, stop: int) -> None:
        st = machine.state
        if int(st.ctl[C_INSNS]) > self.insns:
            try:
                text, _ = self.disassemble(st.read_word, self.pc, self.symbols.get)
            except Exception as exc:   # a trace line must never stop the run
                text = f"<{type(exc).__name__}>"
            regs = " ".join(f"{int(r):05X}" for r in st.regs)
            label = self.symbols.get(self.pc, "")
            self.out.write(f"{self.cycles:>10}  {self.pc:05X}  {label[:16]:<16} {text:<34} {regs}\n")
            self.lines += 1
        if stop == STOP_IRQ:
            vector = int(st.ctl[C_STOP_ADDR])
            target = int(st.regs[PC])
            self.out.write(f"{self.cycles:>10}  interrupt: vector 0x{vector:04X} -> 0x{target:05X}\n")
