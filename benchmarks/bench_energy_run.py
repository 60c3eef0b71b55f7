"""Emulation speed with the energy model on, against the core alone (continuous power).

Scenarios (instructions per wall second; best of 5):
  core           a compute loop on continuous power (the core's own speed through the machine's loop)
  cap, no input  the same loop on a 10 mF capacitor and no harvester (events only at V_off)
  trace @1 MHz   the loop on wisp5 + the real RF trace 1.txt (1 kHz samples: 1000 energy segments a second)
  trace @8 MHz   the same at MCLK 8 MHz (DCO 8 MHz, DIVM 1)
  ... (walk)     the trace scenarios with the compiled powered walk (energy/powered_walk.py) switched off:
                 every powered segment through the exact walk of energy/walk.py (compiled too since
                 2026-12-07; before, the Python segment walk)
The trace scenarios cover 60 s of device time (trace 1.txt looped, --max-time 60); the crc app on the
same trace runs until it halts.

    PYTHONPATH=. .venv/bin/python benchmarks/bench_energy_run.py
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from energy import Capacitor, EnergySystem, PowerSwitch, mcu_model, parse_harvester

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))  # test oracles
from oracles.asm import EXIT, STOP_WDT, build_program  # noqa: E402

from msp430emu.cpu.core import warm_up
from msp430emu.machine.machine import Machine
from msp430emu.power.intermittent import IntermittentPower
from msp430emu.power.progress import Deadline, ProgressMonitor

ROOT = Path(__file__).resolve().parent.parent
TRACE = ROOT / "tests" / "data" / "traces" / "mementos-rf" / "1.txt"
LOOP = "start:\n    mov #0x2400, r1\n" + STOP_WDT + """
outer:
    mov #1000, r5
inner:
    add r5, r7
    xor r7, r8
    dec r5
    jnz inner
    jmp outer
""" + EXIT
MCLK_8MHZ = "start:\n    mov #0x2400, r1\n" + STOP_WDT + """
    mov.b #0xA5, &0x0161
    mov #0x000C, &0x0162
    clr &0x0166
""" + LOOP.split(STOP_WDT, 1)[1]


def energy_machine(program, harvest: str, cap: float, v_on: float, v_off: float,
                   max_time: float, fast: bool = True) -> tuple[Machine, IntermittentPower]:
    system = EnergySystem(Capacitor(cap, v_on), parse_harvester(harvest), PowerSwitch(v_on, v_off))
    power = IntermittentPower(system, mcu_model("fr5969"))
    if not fast:
        power._fast = None
    machine = Machine("fr5969", program, vcc=power.supply_voltage)
    power.listeners.append(ProgressMonitor(machine, 1_000_000))
    machine.add_event_source(Deadline(machine, max_time))
    power.attach(machine)
    return machine, power


def best_of(n: int, make, **run_kw) -> tuple[float, object, object]:
    best = None
    for _ in range(n):
        machine, power = make()
        t0 = time.perf_counter()
        result = machine.run(**run_kw)
        wall = time.perf_counter() - t0
        if best is None or wall < best[0]:
            best = (wall, result, power)
    return best


def report(name: str, wall: float, result, power, core_mips: float | None) -> float:
    mips = result.instructions / wall / 1e6
    rel = f"{mips / core_mips * 100:5.1f} % of core" if core_mips else ""
    extra = f", {power.failures} failures" if power is not None else ""
    print(f"{name:16s} {result.instructions:>12,} insns  device {result.device_time_s:8.3f} s  "
          f"wall {wall:6.3f} s  {mips:7.1f} M insn/s  {rel}  exit {result.exit}{extra}")
    return mips


def main() -> None:
    warm_up()
    with tempfile.TemporaryDirectory() as tmp:
        loop = build_program(LOOP, Path(tmp))
        fast = build_program(MCLK_8MHZ, Path(tmp))
    cycles = 40_000_000
    wall, r, _ = best_of(5, lambda: (Machine("fr5969", loop), None), max_cycles=cycles)
    core = report("core", wall, r, None, None)
    wall, r, p = best_of(5, lambda: energy_machine(loop, "none", 10e-3, 2.4, 1.8, 1e9), max_cycles=cycles)
    report("cap, no input", wall, r, p, core)
    trace, cap = f"trace:{TRACE},time=clock,loop=yes", 10 * cycles
    wall, r, p = best_of(5, lambda: energy_machine(loop, trace, 47e-6, 2.4, 1.8, 60.0), max_cycles=cap)
    report("trace @1 MHz", wall, r, p, core)
    wall, r, p = best_of(5, lambda: energy_machine(fast, trace, 47e-6, 2.4, 1.8, 60.0), max_cycles=cap)
    report("trace @8 MHz", wall, r, p, core)
    wall, r, p = best_of(5, lambda: energy_machine(loop, trace, 47e-6, 2.4, 1.8, 60.0, False), max_cycles=cap)
    report("@1 MHz (walk)", wall, r, p, core)
    wall, r, p = best_of(5, lambda: energy_machine(fast, trace, 47e-6, 2.4, 1.8, 60.0, False), max_cycles=cap)
    report("@8 MHz (walk)", wall, r, p, core)

    from msp430emu.toolchain import sdk
    from msp430emu.toolchain.loader import load_image
    with tempfile.TemporaryDirectory() as tmp:
        crc = load_image(sdk.build([sdk.app_source("crc")], Path(tmp) / "crc.elf"))
    wall, r, p = best_of(1, lambda: energy_machine(crc, trace, 47e-6, 2.4, 1.8, 60.0))
    report("crc on the trace", wall, r, p, core)


if __name__ == "__main__":
    main()
