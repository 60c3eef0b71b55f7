"""The sliced CRC-16 of the in-core save kernel (msp430emu/cpu/core_save.py) against the byte-wise
definition (CRC-16-CCITT, poly 0x1021, MSB first, no reflection) and a known check value."""

from __future__ import annotations

import random

import numpy as np
import pytest

from msp430emu.cpu.core_save import CRC_TABLE, SLICE, crc16


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
