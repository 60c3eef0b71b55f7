"""Per-stop overhead of the machine's event loop: how much host time one trip out of the compiled core costs.

Three programs: a compute loop that never leaves the core (the core's own speed), a UART loop that stops
once per byte (a hook write every 4 instructions), and a timer loop taking a Timer_A CCR0 interrupt every
200 cycles (an event stop plus an interrupt stop each time). The host overhead per core entry is the wall
time spent outside the compiled core (measured around each core call), divided by the number of entries.

    .venv/bin/python benchmarks/bench_machine.py
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))  # test oracles
from oracles.asm import EXIT, STOP_WDT, build_program  # noqa: E402

from msp430emu.cpu.core import warm_up
from msp430emu.machine.machine import Machine

PROLOGUE = "start:\n    mov #0x2400, r1\n" + STOP_WDT
COMPUTE = PROLOGUE + """
    mov #60, r6
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


def measure(name: str, source: str, vectors=None) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        program = build_program(source + EXIT, Path(tmp), vectors)
    machine = Machine("fr5969", program)
    inside = [0.0]
    core_run = machine.cpu.run

    def timed_run(limit: int) -> int:
        t = time.perf_counter()
        stop = core_run(limit)
        inside[0] += time.perf_counter() - t
        return stop

    machine.cpu.run = timed_run
    t0 = time.perf_counter()
    result = machine.run(max_cycles=2_000_000_000)
    wall = time.perf_counter() - t0
    assert result.exit == "halt", result.message
    entries = machine.core_calls
    print(f"{name:8s} {result.instructions:>12,} insns {entries:>9,} core entries {wall:7.3f} s wall, "
          f"{inside[0]:7.3f} s in the core; host {(wall - inside[0]) / entries * 1e6:6.2f} us per entry")


def main() -> None:
    warm_up()
    measure("warm-up", UART.replace("#50000", "#100"))
    measure("compute", COMPUTE)
    measure("uart", UART)
    measure("timer", TIMER, {0xFFEA: "isr"})


if __name__ == "__main__":
    main()
