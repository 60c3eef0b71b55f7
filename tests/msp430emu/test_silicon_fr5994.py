"""Lock-step against real MSP430FR5994 silicon: the Fused project's measured register traces
(tests/data/fused/, PROVENANCE.md): 8 programs built by TI/Mitto msp430-gcc 8.3, each stepped 10,000 times
with ``si`` by msp430-elf-gdb on an MSP-EXP430FR5994, R4-R15 zeroed at gdb's ``main`` breakpoint. The
emulator does the same on ``--device fr5994`` and every one of the 10,001 states of every program must match.

Registers are compared as gdb printed them: 16 bits. The ELFs are built for the base ISA (``Tag_ISA:
MSP430``, small code and data model), for which msp430-elf-gdb shows 16-bit registers; the FR5994's CPUX
still executes ``SXT Rn`` as SLAU367 specifies (Rn.19:8 = Rn.7), so after ``sxt r12`` at 0x4AD6 in the two
aes programs R12 holds 0xFFF8A on the emulator, which gdb shows as 0xff8a. Every other register value in the
traces fits 16 bits.
"""

from __future__ import annotations

import pytest
from fused_traces import DATA, PROGRAMS, emulate, parse_log, read_traces

NAMES = ("pc", "sp", "sr", "cg") + tuple(f"r{i}" for i in range(4, 16))


@pytest.fixture(scope="module")
def traces():
    return read_traces()


def test_trace_files_are_complete(traces) -> None:
    assert set(traces) == set(PROGRAMS)
    for trace in traces.values():
        assert len(trace.states) == 10_001
        first = trace.states[0]
        assert first[0] == trace.breakpoint and all(r == 0 for r in first[4:])


@pytest.mark.parametrize("program", PROGRAMS)
def test_every_step_matches_silicon(traces, program: str) -> None:
    trace = traces[program]
    emulated = emulate(DATA / "binaries" / f"{program}.elf", trace.breakpoint, len(trace.states) - 1)
    assert len(emulated) == len(trace.states)
    for step, (emu, hw) in enumerate(zip(emulated, trace.states, strict=True)):
        emu16 = tuple(r & 0xFFFF for r in emu)
        if emu16 != hw:
            diffs = ", ".join(f"{NAMES[i]} emulator 0x{a:05x} silicon 0x{b:04x}"
                              for i, (a, b) in enumerate(zip(emu, hw, strict=True)) if a & 0xFFFF != b)
            at = trace.states[step - 1][0]
            pytest.fail(f"{program}: step {step} (after the instruction at 0x{at:04x}) differs: {diffs}")


def test_parser_rejects_incomplete_blocks() -> None:
    text = "Breakpoint 1 at 0x47c0\npc             0x47c0\t0x47c0 <main+8>\nsp             0x39f0\t14832\n"
    with pytest.raises(ValueError, match="multiple of 16"):
        parse_log("x", text)
