"""``msp430emu run`` checkpoint options: --v-thresh, --check-cycles, --ckpt-region, --v-hibernate/--v-restore,
and the summary rows (the set-up is msp430emu.checkpoint.setup). Defaults (docs/checkpointing.md, "Defaults"):

* the check's cost: the FR5969's ADC12_B supply check routine at the run's MCLK (``cost.adc12_check_cycles``);
  647 cycles (Mementos's figure) on devices without it; ``--check-cycles`` overrides;
* V_thresh: the preset's (2.7 V for wisp4-mementos, Mementos's default), else V_off plus the larger of a
  quarter of the V_on - V_off window and four times the voltage drop of a full save;
* V_hibernate = V_off + 1.5 x the drop of a full save + 20 mV; V_restore = V_hibernate + 0.1 V (at most V_on).
"""

from __future__ import annotations

import argparse


def add_checkpoint_arguments(parser: argparse.ArgumentParser) -> None:
    """Call before cli_scenario.add_scenario_arguments (a scenario may set --v-thresh)."""
    g = parser.add_argument_group("checkpointing (with --strategy; see docs/checkpointing.md)")
    g.add_argument("--v-thresh", metavar="V", help="Mementos: checkpoint when a check sees V below this "
                                                   "(default: the preset's, 2.7 V for wisp4-mementos, else "
                                                   "derived from the save cost)")
    g.add_argument("--check-cycles", metavar="N", help="cycles of one voltage check (default: the ADC12_B "
                                                       "routine at this MCLK, 34 at 1 MHz; Mementos's paper: "
                                                       "647)")
    g.add_argument("--ckpt-region", metavar="START-END", help="FRAM range of the two checkpoint slots, e.g. "
                                                              "0x10000-0x13FFF (default: FRAM above 0x10000)")
    g.add_argument("--v-hibernate", metavar="V", help="Hibernus: save and sleep when V falls to this "
                                                      "(default: derived from C and the save cost)")
    g.add_argument("--v-restore", metavar="V", help="Hibernus: wake up when V rises back to this (default: "
                                                    "V_hibernate + 0.1 V)")
    g.add_argument("--detect-war", action="store_true",
                   help="report FRAM reads, after a resume, of data written after the checkpoint resumed "
                        "from (write-after-read hazards; JSON war_hazards, war_potential; "
                        "docs/war-detector.md)")


def checkpoint_rows(fields: dict) -> list[tuple[str, str]]:
    """Summary rows of a run with a checkpoint strategy."""
    if "checkpoints" not in fields:
        return []
    f = fields
    rows = [
        ("strategy", f"{f['strategy']}" + (f", V_thresh {f['v_thresh']:.3f} V" if "v_thresh" in f else "")
         + (f", V_hibernate {f['v_hibernate']:.3f} V, V_restore {f['v_restore']:.3f} V"
            if "v_hibernate" in f else "")),
        ("checkpoints", f"{f['checkpoints']} saved ({f['checkpoint_bytes']:,} FRAM bytes written), "
                        f"{f['checkpoints_torn']} torn, {f['restores']} restores; {f['checks']:,} checks"),
        ("overhead", f"{f['overhead_cycles']:,} cycles ({f['overhead_cycles_pct']:.2f} % of cycles: checks "
                     f"{f['check_cycles']:,}, saves {f['save_cycles']:,}, restores {f['restore_cycles']:,})"
         + (f"; {f['overhead_energy_pct']:.2f} % of the energy" if "overhead_energy_pct" in f else "")),
        ("wasted", f"{f['wasted_cycles']:,} cycles re-executed after failures"),
    ]
    return rows


__all__ = ["add_checkpoint_arguments", "checkpoint_rows"]
