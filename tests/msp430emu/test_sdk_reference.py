"""The Python references of the firmware apps, checked against published values and numpy.

tests/firmware_build.py computes what each app must produce; these tests tie those references to facts
nobody here wrote (FIPS-197's example, the CRC catalogue's check value, numpy's FFT) so that a wrong
reference cannot silently agree with wrong firmware.
"""

from __future__ import annotations

import importlib.util
import math
import struct
import sys
from pathlib import Path

import numpy as np

try:
    import firmware_build as fb
except ModuleNotFoundError:  # tests/ is on sys.path only if pytest's pythonpath lists it: import by path
    _spec = importlib.util.spec_from_file_location("firmware_build",
                                                   Path(__file__).parents[1] / "firmware_build.py")
    fb = sys.modules["firmware_build"] = importlib.util.module_from_spec(_spec)
    _spec.loader.exec_module(fb)


def test_aes_reference_reproduces_fips197_appendix_c1() -> None:
    assert fb.aes128_encrypt(bytes(range(16)), bytes.fromhex("00112233445566778899aabbccddeeff")) == \
        bytes.fromhex("69c4e0d86a7b0430d8cdb78070b4c55a")
    # FIPS-197 Appendix B (key 2b7e1516..., input 3243f6a8...)
    assert fb.aes128_encrypt(bytes.fromhex("2b7e151628aed2a6abf7158809cf4f3c"),
                             bytes.fromhex("3243f6a8885a308d313198a2e0370734")) == \
        bytes.fromhex("3925841d02dc09fbdc118597196a0b32")
    assert fb.expected("aes128").memory["aes_fips"] == fb.FIPS197_C1_CIPHERTEXT


def test_crc_reference_check_value() -> None:
    # CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF): the catalogue check value over "123456789" is 0x29B1
    assert fb.expected("crc").memory["crc_check"] == struct.pack("<H", 0x29B1)


def test_rsa_reference_is_a_working_key_pair() -> None:
    exp = fb.expected("rsa")
    d = struct.unpack("<I", exp.memory["rsa_d"])[0]
    n, phi = 65521 * 65519, 65520 * 65518
    assert (65537 * d) % phi == 1
    for i, c in enumerate(struct.unpack("<3I", exp.memory["rsa_cipher"])):
        assert pow(c, d, n) == (0x1234567 * (i + 1) + i) % n


def test_bitcount_reference() -> None:
    x, total = 1, 0
    for _ in range(600):
        x = (1664525 * x + 1013904223) % 2**32
        total += int(x).bit_count()
    assert fb.expected("bc").memory["bc_total"] == struct.pack("<5I", *[total] * 5)


def test_fft_twiddle_table_matches_the_app_source() -> None:
    source = (fb.sdk.APPS_DIR / "fft.c").read_text()
    table = source[source.index("sine_q15[17] = {") + len("sine_q15[17] = {"):source.index("};")]
    assert [int(v) for v in table.split(",")] == fb.FFT_SINE_Q15


def test_fixed_point_fft_model_is_close_to_numpy() -> None:
    # Error budget of the Q15 transform against the exact DFT(x)/64: each of the 6 stages truncates twice
    # (the (x*w)>>15 products: < 1 LSB each, two per output component, and the >>1 scaling: < 1 LSB),
    # and errors from earlier stages are halved by later ones, so the total stays below ~3 LSB per stage
    # summed geometrically (< 6 LSB); the 15-bit twiddles add < 1 LSB. 8 LSB is a safe bound, and far
    # below the tones (3000 and 1500 LSB at bins 5 and 12).
    x = fb.fft_input()
    re, im = fb.fft_fixed_point(x)
    exact = np.fft.fft(np.array(x, dtype=float)) / fb.FFT_N
    assert np.max(np.abs(np.array(re) - exact.real)) < 8
    assert np.max(np.abs(np.array(im) - exact.imag)) < 8
    # the tones stand out of the noise (uniform +-256: about 18 LSB rms per bin after the 1/64 scaling)
    power = [re[k] ** 2 + im[k] ** 2 for k in range(1, 32)]
    assert sorted(range(1, 32), key=lambda k: -power[k - 1])[:2] == [5, 12]
    assert abs(im[5] + 3000) < 100 and abs(re[12] - 1500) < 100


def test_sense_reference_statistics_are_plain_population_statistics() -> None:
    exp = fb.expected("sense")
    lo, hi, mean, sd = (struct.unpack("<H", exp.memory[k])[0]
                        for k in ("sense_min", "sense_max", "sense_mean", "sense_stddev"))
    assert 1024 <= lo <= mean <= hi < 4096
    assert 0 < sd < (hi - lo)
    assert math.isqrt(sd * sd) == sd


def test_eabi_reference_covers_every_operation() -> None:
    exp = fb.expected("eabi")
    assert len(exp.memory["eabi_hash"]) == 2 * 24
    assert len(set(struct.unpack("<24H", exp.memory["eabi_hash"]))) == 24   # no two operations collide
