"""Cost of debugging and profiling: the same run plain, with --profile, and under the gdb server with a
client that only continues (no breakpoint hit; a breakpoint set on an address never reached).

Workloads: ``ar`` (designs/firmware/apps/ar.c, continuous power) and ``war_counter`` on harvested energy
(wisp4-mementos, RFID at 5 m, Mementos loop checkpoints: boots, failures, saves, restores). CPU time of the
run only (process time; the gdb client waits in recv), the best of --repeat runs. Figures on a shared
machine are noisy: compare ratios, not absolute speeds.

Usage: .venv/bin/python benchmarks/bench_debug.py [--repeat N]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "tests" / "msp430emu"))

from gdb_client import Client  # noqa: E402

from energy import Capacitor, EnergySystem, PowerSwitch, mcu_model, parse_harvester, preset  # noqa: E402
from msp430emu.checkpoint.engine import Checkpointer  # noqa: E402
from msp430emu.checkpoint.strategies import MementosVoltage  # noqa: E402
from msp430emu.cpu.core import warm_up  # noqa: E402
from msp430emu.gdb import GdbServer  # noqa: E402
from msp430emu.machine.machine import Machine  # noqa: E402
from msp430emu.power.intermittent import IntermittentPower  # noqa: E402
from msp430emu.profile import Profiler  # noqa: E402
from msp430emu.toolchain import sdk  # noqa: E402
from msp430emu.toolchain.loader import load_image  # noqa: E402

MAX_CYCLES = 10**9


def build(tmp: Path) -> dict[str, Path]:
    out = {"ar": tmp / "ar.elf", "war_counter": tmp / "war.elf"}
    sdk.build([sdk.APPS_DIR / "ar.c"], out["ar"], "-O2")
    sdk.build([ROOT / "designs/firmware/examples/war_counter.c"], out["war_counter"], "-O2")
    return out


def machine_for(name: str, image):
    if name == "ar":
        return Machine("fr5969", image), None, None
    base = preset("wisp4-mementos")
    system = EnergySystem(Capacitor(base.capacitance, base.v_on), parse_harvester("rfid:5"),
                          PowerSwitch(base.v_on, base.v_off))
    power = IntermittentPower(system, mcu_model("fr5969"))
    m = Machine("fr5969", image, vcc=power.supply_voltage)
    power.attach(m)
    ckpt = Checkpointer(m, image, power)
    MementosVoltage("loop", 2.7, ckpt.cost.check_cycles).attach(ckpt)
    return m, power, ckpt


def run_plain(name, image):
    m, _, _ = machine_for(name, image)
    t = time.process_time()
    r = m.run(max_cycles=MAX_CYCLES)
    return time.process_time() - t, r


def run_profile(name, image):
    m, power, ckpt = machine_for(name, image)
    prof = Profiler(m, image, power, ckpt)
    t = time.process_time()
    r = m.run(max_cycles=MAX_CYCLES)
    prof.close()
    return time.process_time() - t, r


def run_gdb(name, image):
    m, power, ckpt = machine_for(name, image)
    server = GdbServer(m, max_cycles=MAX_CYCLES, power=power, checkpointer=ckpt)
    port = server.listen("127.0.0.1", 0)
    box = {}
    thread = threading.Thread(target=lambda: box.setdefault("r", server.serve()), daemon=True)
    thread.start()
    c = Client(port)
    c.request("Z0,ffe0,2")                       # a breakpoint never reached (in the vector table)
    t = time.process_time()
    c.request("c")
    dt = time.process_time() - t
    c.close()
    thread.join()
    return dt, box["r"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    warm_up()
    with tempfile.TemporaryDirectory() as tmp:
        elfs = build(Path(tmp))
        print(f"{'workload':<13}{'mode':<10}{'cycles':>12}{'CPU s':>9}{'Mcycles/s':>11}{'vs plain':>10}")
        for name, path in elfs.items():
            image = load_image(path)
            plain = None
            for mode, fn in (("plain", run_plain), ("profile", run_profile), ("gdb", run_gdb)):
                best, result = min((fn(name, image) for _ in range(args.repeat)), key=lambda x: x[0])
                plain = plain or best
                print(f"{name:<13}{mode:<10}{result.cycles:>12,}{best:>9.3f}"
                      f"{result.cycles / best / 1e6:>11.1f}{best / plain:>9.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
