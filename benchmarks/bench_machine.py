"""Per-stop overhead of the machine's event loop: how much host time one trip out of the compiled core costs.

Three programs: a compute loop that never leaves the core (the core's own speed), a UART loop that stops
once per byte (a hook write every 4 instructions), and a timer loop taking a Timer_A CCR0 interrupt every
200 cycles (an event stop plus an interrupt stop each time). The overhead per stop is the wall time beyond
what the same instructions cost in the compute loop, divided by the number of core entries.

    .venv/bin/python benchmarks/bench_machine.py
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from msp430emu.asm import EXIT, STOP_WDT, build_program
from msp430emu.core import warm_up
from msp430emu.machine import Machine

PROLOGUE = "start:\n    mov #0x2400, r1\n" + STOP_WDT
COMPUTE = PROLOGUE + """
    mov #400, r6
outer:
    clr r5
inner:
    add r5, r7
    xor r7, r8
    dec r5
    jnz inner
    dec r6
    jnz outer
    call #exit
"""
UART = PROLOGUE + """
    mov #50000, r5
loop:
    mov.b r5, &0x05CE
    dec r5
    jnz loop
    call #exit
"""
TIMER = PROLOGUE + """
    clr r9
    mov #199, &0x0352
    mov #0x0010, &0x0342
    mov #0x0214, &0x0340
    eint
work:
    add r5, r7
    cmp #20000, r9
    jne work
    dint
    nop
    call #exit
isr:
    inc r9
    reti
"""


def measure(name: str, source: str, vectors=None) -> tuple[float, int, int]:
    with tempfile.TemporaryDirectory() as tmp:
        program = build_program(source + EXIT, Path(tmp), vectors)
    machine = Machine("fr5969", program)
    t0 = time.perf_counter()
    result = machine.run(max_cycles=2_000_000_000)
    wall = time.perf_counter() - t0
    assert result.exit == "halt", result.message
    print(f"{name:8s} {result.instructions:>12,} insns {machine.core_calls:>9,} core entries "
          f"{wall:7.3f} s  {result.instructions / wall / 1e6:7.1f} M insns/s")
    return wall, result.instructions, machine.core_calls


def main() -> None:
    warm_up()
    measure("warm-up", UART.replace("#50000", "#100"))
    wall, insns, _ = measure("compute", COMPUTE)
    per_insn = wall / insns
    for name, source, vectors in (("uart", UART, None), ("timer", TIMER, {0xFFEA: "isr"})):
        wall, insns, stops = measure(name, source, vectors)
        overhead = (wall - insns * per_insn) / stops
        print(f"{'':8s} host overhead per core entry: {overhead * 1e6:.2f} us")


if __name__ == "__main__":
    main()
