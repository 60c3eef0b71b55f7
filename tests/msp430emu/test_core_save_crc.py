"""The sliced CRC-16 of the in-core save kernel (msp430emu/cpu/core_save.py) against the byte-wise
definition (CRC-16-CCITT, poly 0x1021, MSB first, no reflection) and a known check value; the globals' CRC
memo (the zero-byte shift tables, and saves in a row with it against ``bundle.plan_save``); the save
buffer's capacity per program."""

from __future__ import annotations

import random
import shutil

import numpy as np
import pytest

from msp430emu import RunConfig
from msp430emu.checkpoint.bundle import apply_writes, plan_save
from msp430emu.checkpoint.incore import shift_tables
from msp430emu.cpu.core_save import CRC_TABLE, SLICE, core_save, crc16
from msp430emu.cpu.state import (
    C_SAVE_CAP,
    C_SAVE_COUNT,
    C_SAVE_FAIL,
    C_SAVE_FROM,
    C_SAVE_MEMO,
    C_SAVE_ON,
    C_SAVE_RISE,
    NEVER,
    SAVE_BUF_CAP,
    SAVE_BUF_MIN,
    SAVE_MEMO,
    SAVE_PERIPH,
    SAVE_PROG,
    SAVE_SHIFT,
    SP_NEXT_SEQ,
    SP_NEXT_SLOT,
)
from msp430emu.session import Run


def _bytewise(data: bytes, crc: int) -> int:
    for b in data:
        crc ^= b << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) & 0xFFFF if crc & 0x8000 else (crc << 1) & 0xFFFF
    return crc


def test_check_value():
    mem = np.frombuffer(b"123456789", dtype=np.uint8).copy()
    assert crc16(mem, 0, 9, 0xFFFF) == 0x29B1        # CRC-16/CCITT-FALSE's check value
    assert CRC_TABLE[1] == 0x1021


@pytest.mark.parametrize("seed", range(6))
def test_sliced_crc_equals_the_bytewise_one(seed):
    rng = random.Random(seed)
    mem = np.frombuffer(rng.randbytes(4096), dtype=np.uint8).copy()
    for _ in range(200):
        start = rng.randrange(2048)
        n = rng.choice([0, 1, 2, SLICE - 1, SLICE, SLICE + 1, 3 * SLICE + 5, rng.randrange(2048)])
        init = rng.randrange(0x10000)
        want = _bytewise(bytes(mem[start:start + n]), init)
        assert crc16(mem, start, n, init) == want


@pytest.mark.parametrize("n", [0, 1, 2, 7, 516, 1000])
def test_shift_tables_advance_over_zero_bytes(n):
    """The globals memo's identity: CRC(r, G) = SHIFT_n(r) ^ CRC(0, G) for any register r and bytes G."""
    rng = random.Random(n)
    table = shift_tables(n)
    data = rng.randbytes(n)
    mem = np.frombuffer(data, dtype=np.uint8).copy() if n else np.zeros(1, dtype=np.uint8)
    for _ in range(20):
        r = rng.randrange(0x10000)
        assert int(table[r >> 8] ^ table[256 + (r & 0xFF)]) ^ crc16(mem, 0, n, 0) == _bytewise(data, r)


HAVE_TOOLS = all(shutil.which(t) for t in ("clang-14", "ld.lld-14"))


@pytest.mark.skipif(not HAVE_TOOLS, reason="needs clang-14 and ld.lld-14")
@pytest.mark.parametrize("seed", range(4))
def test_memoised_globals_crc_writes_the_planned_bytes(seed):
    """Saves in a row with the globals' CRC memo on (as CoreSaves.open sets it): the globals unchanged, one
    byte changed, all changed, and the memo's copy itself tampered with; each save writes exactly the bytes
    ``bundle.plan_save`` plans."""
    from machine_programs import build_app

    rng = random.Random(seed)
    run = Run(RunConfig(firmware=str(build_app("crc", "-O2", extra_cflags=["-DITERATIONS=60"])),
                        preset="wisp4-mementos", harvester="rfid:4", strategy="mementos-loop"))
    ckpt = run.checkpointing.ckpt
    layout, st, core = ckpt.layout, run.machine.state, ckpt.core
    ctl = st.ctl
    ctl[SAVE_PROG:SAVE_PERIPH] = core._prog
    ctl[SAVE_PERIPH:SAVE_PERIPH + len(layout.periph.addresses)] = layout.periph.addresses
    ctl[SAVE_SHIFT:SAVE_SHIFT + 512] = shift_tables(layout.globals_len)
    ctl[C_SAVE_MEMO] = 1
    ctl[C_SAVE_ON], ctl[C_SAVE_FROM], ctl[C_SAVE_RISE], ctl[C_SAVE_FAIL] = 1, 0, NEVER, NEVER
    g0, n = layout.globals_start, layout.globals_len
    st.mem[g0:g0 + n] = np.frombuffer(rng.randbytes(n), np.uint8)
    for step in range(12):
        kind = step % 4
        if kind == 1:
            st.mem[g0 + rng.randrange(n)] ^= 1 << rng.randrange(8)
        elif kind == 2:
            st.mem[g0:g0 + n] = np.frombuffer(rng.randbytes(n), np.uint8)
        elif kind == 3 and ctl[C_SAVE_MEMO] == 2:
            ctl[SAVE_MEMO + rng.randrange(n)] ^= 1                 # the copy no longer matches: recomputed
        st.regs[0] = rng.randrange(0x10000) & 0xFFFE
        st.regs[1] = layout.stack_top - 2 * rng.randrange(layout.max_stack // 2 + 1)
        st.mem[layout.stack_low:layout.stack_top] = np.frombuffer(rng.randbytes(layout.max_stack), np.uint8)
        expected = st.copy()
        plan = plan_save(expected, layout, [expected.read_word(a) for a in layout.periph.addresses])
        apply_writes(expected, plan)
        ctl[SAVE_PROG + SP_NEXT_SLOT], ctl[SAVE_PROG + SP_NEXT_SEQ] = plan.slot, plan.sequence
        ctl[C_SAVE_COUNT] = 0
        cycles, words = core_save(st.mem, st.regs, ctl, 1000)
        assert cycles > 0 and words == (len(plan) + 1) // 2
        assert np.array_equal(st.mem, expected.mem), step
        assert ctl[C_SAVE_MEMO] == 2


@pytest.mark.skipif(not HAVE_TOOLS, reason="needs clang-14 and ld.lld-14")
@pytest.mark.parametrize("cap", [0, 1, 100, SAVE_BUF_CAP, SAVE_BUF_CAP + 5])
def test_the_buffer_holds_the_programs_capacity(cap):
    """A program's C_SAVE_CAP bounds the saves buffered (0: SAVE_BUF_MIN; never above SAVE_BUF_CAP)."""
    from machine_programs import build_app

    run = Run(RunConfig(firmware=str(build_app("crc", "-O2", extra_cflags=["-DITERATIONS=60"])),
                        preset="wisp4-mementos", harvester="rfid:4", strategy="mementos-loop"))
    ckpt = run.checkpointing.ckpt
    st, layout = run.machine.state, ckpt.layout
    ctl = st.ctl
    ctl[SAVE_PROG:SAVE_PERIPH] = ckpt.core._prog
    ctl[C_SAVE_ON], ctl[C_SAVE_FROM], ctl[C_SAVE_RISE], ctl[C_SAVE_FAIL] = 1, 0, NEVER, NEVER
    ctl[C_SAVE_CAP] = cap
    st.regs[0], st.regs[1] = 0x4400, layout.stack_top - 8
    full = SAVE_BUF_MIN if cap == 0 else min(cap, SAVE_BUF_CAP)
    for n in (full - 1, full):
        ctl[C_SAVE_COUNT] = n
        saved = core_save(st.mem, st.regs, ctl, 1000)[0] > 0
        assert saved == (n < full)
