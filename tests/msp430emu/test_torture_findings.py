"""Checkpoint-engine bugs found by ``msp430emu torture``, fixed in msp430emu/checkpoint (engine.py: no save
while the machine is off or before the restore at ``main``; strategies.py: events due with a failure that
fired first do nothing); these minimal reproductions keep them fixed.

1. A save that is due at the same instant as a power failure runs after it, on the dead machine: the
   run loop collects every due external event before firing any (run_loop._fire_events), so
   ``Periodic.on_event`` (also ``Hibernus.on_event``) calls ``Checkpointer.save`` after the failure has
   filled SRAM with garbage and powered the machine off. The checkpoint (registers as they were, stack
   and globals garbage) is committed and restored at the next boot: a fault or a wrong result.
   Hibernus hits it without any injection: when its save is cut by V_off, the comparator (V still at or
   below V_hibernate) fires again together with the failure (``--v-hibernate 1.81`` on crc at rfid:5).
2. A save between a boot and the restore at ``main`` (while crt0 runs) becomes the newest checkpoint:
   the next boot "restores" into crt0, which starts the program again from the beginning, so the real
   progress is lost. ``periodic:N`` with N below crt0's cycles (crc: 2,354) never gets past one charge;
   ``oracle`` loses its progress when a failure lands in crt0 after a reboot.
Both would be fixed by ``Checkpointer.save`` refusing (skipping) a save while the machine is off or while a
boot's restore is pending.
"""

from __future__ import annotations

import shutil

import pytest
from machine_programs import build_app

from msp430emu.cli.parser import build_parser
from msp430emu.cli.run import run_json
from msp430emu.cli.torture import run_from_args
from msp430emu.toolchain import sdk

HAVE_TOOLS = all(shutil.which(t) for t in ("clang-14", "ld.lld-14"))
pytestmark = pytest.mark.skipif(not HAVE_TOOLS, reason="needs clang-14 and ld.lld-14")

TINY_C = """#include "sdk.h"
static uint16_t acc[4];
volatile uint16_t result;
int main(void) {
    for (uint16_t i = 0; i < 24; i++)
        acc[i & 3] += (uint16_t)(i * 3 + 1);
    result = acc[0] ^ (acc[1] << 1) ^ (acc[2] << 2) ^ (acc[3] << 3);
    return result;
}
"""
CRC_CRT0_INSNS = 1305          # crc -O2 from reset to main (msp430emu run crc.elf --until main)


def campaign(argv: list[str], prepare=None):
    args = build_parser().parse_args(["torture", *argv])
    return run_from_args(args, prepare=prepare)


def test_no_checkpoint_is_taken_after_the_power_failed(tmp_path):
    source = tmp_path / "tiny.c"
    source.write_text(TINY_C)
    fw = str(sdk.build([source], tmp_path / "tiny.elf", opt="-O2"))
    off_saves = []

    def watch(machine, checkpointing, power):
        class Listener:
            def on_checkpoint(self, now, sequence):
                if not machine.powered:
                    off_saves.append(sequence)

            def on_resume(self, now, sequence):
                pass

        checkpointing.ckpt.listeners.append(Listener())

    # instruction 80 ends at cycle 150: the injected failure and the first periodic:150 save coincide
    (result,) = campaign([fw, "--strategy", "periodic:150", "--at", "80"], prepare=watch).results
    assert off_saves == []
    assert result.outcome == "ok", result.differences


def test_periodic_below_crt0_cycles_makes_progress():
    crc = str(build_app("crc", "-O2"))
    d = run_json([crc, "--preset", "wisp5", "--harvest", "rfid:5", "--strategy", "periodic:1000",
                  "--max-time", "20"])
    assert d["exit"] == "halt"              # periodic:5000 ends in 1.3 s of device time, 1 failure


def test_oracle_never_re_executes_the_program():
    crc = str(build_app("crc", "-O2"))
    # the third failure lands in crt0 (921 instructions after the second, crt0 has 1,305)
    report = campaign([crc, "--strategy", "oracle", "--at", "42013,76401,77322"])
    (result,) = report.results
    assert result.outcome == "ok"
    assert result.instructions <= report.reference.instructions + 3 * CRC_CRT0_INSNS


def test_hibernus_save_cut_by_v_off_is_never_restored():
    crc = str(build_app("crc", "-O2"))
    d = run_json([crc, "--preset", "wisp4-mementos", "--harvest", "rfid:5", "--strategy", "hibernus",
                  "--v-hibernate", "1.81", "--v-restore", "2.5", "--max-time", "60"])
    assert d["checkpoints_torn"] > 0                 # every save is cut by V_off (1.81 V leaves ~10 uJ) ...
    assert d["restores"] == 0 and not d["faults"]    # ... and none is ever restored (was: a garbage restore)
    assert d["exit"] in ("max-time", "no-progress"), d["message"]


def test_hibernus_with_its_save_cut():
    crc = str(build_app("crc", "-O2"))
    results = campaign([crc, "--strategy", "hibernus", "--failures", "0", "--in-saves", "1"]).results
    assert results
    for result in results:
        assert result.save_faults and result.outcome == "ok", result.differences
