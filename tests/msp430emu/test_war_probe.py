"""The WAR detector on hand-assembled programs: every watched read of an instruction (the probe), and exact
hazards / potential hazards from a hand-driven checkpoint, power failure and resume (msp430emu/war.py).

Watched data lives at 0x6000.. : FRAM outside every segment of these images (no ELF sections from
oracles.asm), which the detector watches as pointer-reached FRAM."""

from __future__ import annotations

import numpy as np
import pytest
from machine_programs import EXIT, HAVE_TOOLS, STOP_WDT, build_program

from msp430emu.cpu.state import A_HOOK_R, A_HOOK_W, C_STOP_ADDR, C_STOP_SIZE, PC, STOP_HOOK_READ
from msp430emu.errors import ConfigError, EmuError
from msp430emu.machine.machine import Machine
from msp430emu.war.detector import WarDetector
from msp430emu.war.probe import ReadProbe

pytestmark = pytest.mark.skipif(not HAVE_TOOLS, reason="llvm-mc-14 / ld.lld-14 not installed")

DATA = 0x6000
# FRAM outside the image reads 0xFF (erased, as on a freshly programmed board): nvm_fill=0 starts it at 0


def _machine(tmp_path, body: str, exclude=()) -> tuple[Machine, WarDetector, object]:
    program = build_program("start:\n" + STOP_WDT + body + "\n" + EXIT, tmp_path)
    machine = Machine("fr5969", program, nvm_fill=0)
    detector = WarDetector(machine, program, exclude=exclude)
    detector.attach()
    return machine, detector, program


# (instruction, register set-up, expected watched reads in order) - per SLAU367 4.4: a MOV does not read its
# destination, CMP/BIT/ADD do; @Rn+ increments before a destination indexed on the same register
PROBE_CASES = [
    ("add &0x6000, &0x6004", "", [(0x6000, 2), (0x6004, 2)]),
    ("mov &0x6000, &0x6004", "", [(0x6000, 2)]),
    ("cmp.b &0x6001, &0x6003", "", [(0x6001, 1), (0x6003, 1)]),
    ("xor 2(r4), 0(r5)", "mov #0x6000, r4\nmov #0x6010, r5\n", [(0x6002, 2), (0x6010, 2)]),
    ("add.b @r4+, 1(r4)", "mov #0x6000, r4\n", [(0x6000, 1), (0x6002, 1)]),
    ("add @r4, r5", "mov #0x6006, r4\n", [(0x6006, 2)]),
    (".word 0x1214, 0x0008", "mov #0x6000, r4\n", [(0x6008, 2)]),      # PUSH 8(R4)
    ("rra 10(r4)", "mov #0x6000, r4\n", [(0x600A, 2)]),
    ("mov &0x4400, r5", "", []),                     # code is never watched
    ("mov r4, &0x6000", "", []),                     # a write only
    (".word 0x0025, 0x6000", "", [(0x6000, 2), (0x6002, 2)]),   # MSP430X MOVA &0x06000, R5 (20-bit read)
    (".word 0x0405", "mov #0x600C, r4\n", [(0x600C, 2), (0x600E, 2)]),  # MOVA @R4, R5
]


@pytest.mark.parametrize("insn, setup, expected", PROBE_CASES, ids=[c[0] for c in PROBE_CASES])
def test_probe_finds_every_watched_read_in_order(tmp_path, insn, setup, expected):
    machine, detector, program = _machine(tmp_path, setup + "probe:\n" + insn + "\n    mov #0, r12\n"
                                          "    call #exit\n")
    machine.run(until="probe")
    st = machine.state
    assert detector.probe.reads() == expected
    if expected:       # the core's own stop for this instruction, as the run loop's hook sees it
        assert machine.cpu.step() == STOP_HOOK_READ and st.regs[PC] == program.symbols["probe"]
    before = (st.mem.copy(), st.regs.copy(), st.ctl.copy(), st.attr.copy())
    assert detector.probe.reads() == expected
    if expected:       # seeded with that stop (saves one core call): the same reads
        assert detector.probe.reads((int(st.ctl[C_STOP_ADDR]), int(st.ctl[C_STOP_SIZE]))) == expected
    # the probe commits nothing: memory, registers, counters and attributes are untouched
    for now, then in zip((st.mem, st.regs, st.ctl, st.attr), before, strict=True):
        assert np.array_equal(now, then)


def test_probe_leaves_the_instruction_to_the_core(tmp_path):
    machine, detector, _ = _machine(tmp_path, "mov #5, &0x6000\nmov #7, &0x6004\nadd &0x6000, &0x6004\n"
                                    "mov &0x6004, r12\ncall #exit\n")
    result = machine.run()
    assert result.exit == "halt" and result.exit_code == 12


HAND_PROGRAM = """
w0: mov #0x1234, &0x6000
    mov #0x0042, &0x6002
ck: nop
w1: add #1, &0x6000
rd: mov &0x6000, r12
    add &0x6002, r12
    call #exit
"""


def test_hand_driven_resume_reports_the_lost_write(tmp_path):
    machine, detector, program = _machine(tmp_path, HAND_PROGRAM)
    sym = program.symbols
    machine.run(until="ck")
    detector.on_checkpoint(machine.now(), 1)
    machine.run(until="rd")                    # w1: read 0x6000 then write it, after checkpoint 1
    assert detector.hazards() == []
    machine.power_off()
    machine.power_on()
    machine.state.regs[PC] = sym["ck"]         # a hand restore of checkpoint 1 (its registers: none live)
    detector.on_resume(machine.now(), 1)
    result = machine.run()
    assert result.exit_code == 0x1236 + 0x42   # the re-executed increment counted twice
    hazards = detector.hazards()
    assert [(h["pc"], h["address"], h["checkpoint"], h["count"], h["written_by"]["pc"]) for h in hazards] == \
        [(sym["w1"], DATA, 1, 1, sym["w1"])]
    assert hazards[0]["symbol"] == "0x6000" and hazards[0]["function"] is None   # no sized symbols here
    assert (hazards[0]["value"], hazards[0]["expected"]) == (0x1235, 0x1234)   # read, and at checkpoint 1
    # potential: the read-then-write at w1, once in the interval after the checkpoint and once after the
    # resume (0x6002 was written before the checkpoint and only read after it: no hazard, no potential)
    assert [(p["read"]["pc"], p["write"]["pc"], p["address"], p["count"]) for p in detector.potential()] == \
        [(sym["w1"], sym["w1"], DATA, 2)]


def test_restart_from_the_beginning_writes_before_reading(tmp_path):
    machine, detector, program = _machine(tmp_path, HAND_PROGRAM)
    machine.run(until="rd")
    machine.power_off()
    machine.power_on()                         # PC at the reset vector: the program starts again
    detector.on_resume(machine.now(), 0)
    assert machine.run().exit_code == 0x1235 + 0x42
    assert detector.hazards() == []            # w0 rewrites 0x6000 before w1 reads it


def test_resume_from_a_later_checkpoint_is_safe(tmp_path):
    machine, detector, program = _machine(tmp_path, HAND_PROGRAM)
    machine.run(until="ck")
    detector.on_checkpoint(machine.now(), 1)
    machine.run(until="rd")
    detector.on_checkpoint(machine.now(), 2)   # taken after the write: its FRAM image includes it
    machine.power_off()
    machine.power_on()
    machine.state.regs[PC] = program.symbols["rd"]
    detector.on_resume(machine.now(), 2)
    assert machine.run().exit_code == 0x1235 + 0x42
    assert detector.hazards() == []


def test_hooks_cover_only_watched_bytes(tmp_path):
    machine, detector, program = _machine(tmp_path, HAND_PROGRAM, exclude=[(0x10000, 0x14000)])
    attr = machine.state.attr
    hooked = (attr & (A_HOOK_R | A_HOOK_W)) == (A_HOOK_R | A_HOOK_W)
    assert hooked[DATA] and hooked[0xF000]
    assert not hooked[0x10000:0x14000].any()
    for seg in program.segments:               # no code byte, no vector is hooked
        assert not hooked[seg.address:seg.address + len(seg.data)].any()
    assert not hooked[0x1C00:0x2400].any()     # SRAM is volatile: not watched
    assert detector.watched_bytes == int(hooked[0x1000:].sum())


def test_bad_use_is_a_one_line_error(tmp_path):
    machine, detector, _ = _machine(tmp_path, HAND_PROGRAM)
    with pytest.raises(EmuError, match=r"^WAR detector: resume from checkpoint 3, which it never saw taken"):
        detector.on_resume(0.0, 3)
    with pytest.raises(ConfigError, match="already attached"):
        detector.attach()
    with pytest.raises(ConfigError, match="reserved"):
        detector.on_checkpoint(0.0, 0)
    with pytest.raises(ConfigError, match=r"^WAR detector exclude: 0x6000-0x5000 is not a non-empty range"):
        WarDetector(machine, None, exclude=[(0x6000, 0x5000)])
    with pytest.raises(ConfigError, match="is not a \\(start, end\\) pair"):
        WarDetector(machine, None, exclude=[(0x6000,)])


def test_probe_restores_its_hook_bits(tmp_path):
    machine, detector, _ = _machine(tmp_path, "probe: add &0x6000, &0x6004\ncall #exit\n")
    machine.run(until="probe")
    probe: ReadProbe = detector.probe
    saved = probe.attr.copy()
    probe.reads()
    assert np.array_equal(probe.attr, saved)


def test_host_side_accesses_are_not_the_programs(tmp_path):
    machine, detector, program = _machine(tmp_path, HAND_PROGRAM)
    sym = program.symbols
    machine.run(until="ck")
    detector.on_checkpoint(machine.now(), 1)
    machine.run(until="rd")
    machine.power_off()
    machine.power_on()
    machine.state.regs[PC] = sym["ck"]
    detector.on_resume(machine.now(), 1)
    machine.read_register(DATA)                # a debugger's read: not a hazard
    machine.write_register(DATA, 0x1235)       # a debugger's write: does not re-initialise the byte
    assert detector.hazards() == []
    machine.run()
    assert [(h["pc"], h["address"]) for h in detector.hazards()] == [(sym["w1"], DATA)]


def test_a_device_without_fram_has_nothing_to_watch(tmp_path):
    program = build_program("start:\n" + STOP_WDT.replace("0x015C", "0x0120") + "mov #1, r12\njmp exit\n"
                            + EXIT, tmp_path, org=0xE000)
    machine = Machine("f2132", program)
    detector = WarDetector(machine, program)
    detector.attach()
    assert detector.watched_bytes == 0 and detector.watched_ranges() == []
    assert machine.run().exit_code == 1
    assert detector.hazards() == [] and detector.potential() == []


COUNT_PROGRAM = """
w0: mov #0x1234, &0x6000
ck: mov #3, r10
lp: mov &0x6000, r5
    dec r10
    jnz lp
w1: add #1, &0x6000
end: mov &0x6000, r12
    call #exit
"""


def test_each_hazard_read_is_counted(tmp_path):
    machine, detector, program = _machine(tmp_path, COUNT_PROGRAM)
    sym = program.symbols
    machine.run(until="ck")
    detector.on_checkpoint(machine.now(), 1)
    machine.run(until="end")
    machine.power_off()
    machine.power_on()
    machine.state.regs[PC] = sym["ck"]
    detector.on_resume(machine.now(), 1)
    assert machine.run().exit_code == 0x1236
    assert [(h["pc"], h["count"]) for h in detector.hazards()] == [(sym["lp"], 3), (sym["w1"], 1)]


LOOP_PROGRAM = """
    mov #100, r10
lp: add #1, &0x6000
    mov &0x6002, r11
    dec r10
    jnz lp
    mov &0x6000, r12
    call #exit
"""


def test_hooks_come_off_for_the_rest_of_the_interval_and_come_back(tmp_path):
    machine, detector, program = _machine(tmp_path, LOOP_PROGRAM)
    both = A_HOOK_R | A_HOOK_W
    attr = machine.state.attr
    assert machine.run().exit_code == 100
    # one stop for the first add's read, one for its write, one for the first read of 0x6002
    assert machine.core_calls <= 5
    assert [(p["read"]["pc"], p["count"]) for p in detector.potential()] == [(program.symbols["lp"], 1)]
    assert attr[DATA] & both == 0 and attr[DATA + 2] & both == A_HOOK_W
    assert detector.probe.attr[DATA] & A_HOOK_R == 0
    detector.on_checkpoint(machine.now(), 1)
    assert attr[DATA] & both == both and attr[DATA + 2] & both == both
    assert detector.probe.attr[DATA] & A_HOOK_R and detector.probe.attr[DATA + 2] & A_HOOK_R


def test_expected_values_of_old_checkpoints_are_not_kept(tmp_path):
    machine, detector, program = _machine(tmp_path, HAND_PROGRAM)
    machine.run(until="ck")
    for sequence in range(1, 6):               # KEPT_IMAGES newest images (and the start's) are kept
        detector.on_checkpoint(machine.now(), sequence)
    machine.run(until="rd")
    machine.power_off()
    machine.power_on()
    machine.state.regs[PC] = program.symbols["ck"]
    detector.on_resume(machine.now(), 1)
    machine.run()
    [hazard] = detector.hazards()
    assert (hazard["checkpoint"], hazard["value"], hazard["expected"]) == (1, 0x1235, None)
