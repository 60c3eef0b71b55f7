"""Cost of the energy model per event (time_to + advance), which runs between compiled-core blocks.

Run from the repository root:  .venv/bin/python -m benchmarks.bench_energy   (or with the package installed:
python benchmarks/bench_energy.py). Prints microseconds per event for each kind of segment, and for whole
EnergySystem steps over a real RF trace. No assertions: targets are judged by reading the numbers.
"""

from __future__ import annotations

import math
import time
from pathlib import Path

from energy.capacitor import Capacitor, Load, Source
from energy.harvest import TraceHarvester, load_trace
from energy.power import preset
from energy.system import EnergySystem

TRACE = Path(__file__).resolve().parents[1] / "tests" / "data" / "traces" / "mementos-rf" / "1.txt"

# (label, source, load, leak resistance): the segment kinds the emulator meets
CASES = [
    ("P in, I out (Lambert W)", Source(power=150e-6), Load(current=400e-6), math.inf),
    ("P in, I out, strong harvest", Source(power=900e-6), Load(current=0.4e-6), math.inf),
    ("no harvest, I out (linear)", Source(), Load(current=400e-6), math.inf),
    ("I in, R out (exponential)", Source(current=200e-6), Load(resistance=30e3), math.inf),
    ("P in, I out, R leak (quadratic)", Source(power=150e-6), Load(current=400e-6), 1e6),
]


def bench_case(source: Source, load: Load, leak_r: float, n: int = 5_000, repeats: int = 5) -> float:
    """Seconds for one event: time_to(a threshold) then advance by a fraction of it (best of ``repeats``,
    since the machine is shared)."""
    cap = Capacitor(10e-6, 2.4, leak_resistance=leak_r)
    limit = cap.limit_voltage(source, load)
    target = 1.8 if limit < 2.4 else 3.0
    best = math.inf
    for _ in range(repeats):
        t0 = time.perf_counter()
        for _ in range(n):
            cap.voltage = 2.4
            t = cap.time_to(target, source, load)
            cap.advance(0.5 * t if math.isfinite(t) else 1e-3, source, load)
        best = min(best, (time.perf_counter() - t0) / n)
    return best


def bench_system(seconds: float = 25.0) -> tuple[float, int]:
    p = preset("wisp4-mementos")
    system = EnergySystem(Capacitor(p.capacitance, 0.0), TraceHarvester(load_trace(TRACE)), p.switch())
    load = Load(current=500e-6)
    steps = 0
    t0 = time.perf_counter()
    while system.time < seconds:
        system.step(seconds - system.time, load, thresholds=(2.7,))
        steps += 1
    return (time.perf_counter() - t0) / steps, steps


def main() -> None:
    print(f"{'segment kind':34s} {'us/event':>9s}")
    for label, src, load, leak_r in CASES:
        bench_case(src, load, leak_r, 500, 1)                    # warm up
        print(f"{label:34s} {bench_case(src, load, leak_r) * 1e6:9.2f}")
    per_step, steps = bench_system()
    print(f"{'EnergySystem.step, real trace':34s} {per_step * 1e6:9.2f}   ({steps} steps over 25 s, "
          f"1 extra threshold)")


if __name__ == "__main__":
    main()
