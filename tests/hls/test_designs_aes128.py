"""designs/rtl/aes128 (Catapult, binary fsm_output): reference vs FIPS 197 and openssl, RTL vs reference."""

from __future__ import annotations

import random
import shutil
import subprocess

import cocotb
import pytest
import rtl_helpers

from designs.rtl.aes128.reference import SBOX, encrypt_block
from designs.rtl.catalog import load_design

pytestmark = pytest.mark.iverilog

# FIPS 197 appendix B and appendix C.1: (key, plaintext, ciphertext)
FIPS_197_VECTORS = (
    (
        "2b7e151628aed2a6abf7158809cf4f3c",
        "3243f6a8885a308d313198a2e0370734",
        "3925841d02dc09fbdc118597196a0b32",
    ),
    (
        "000102030405060708090a0b0c0d0e0f",
        "00112233445566778899aabbccddeeff",
        "69c4e0d86a7b0430d8cdb78070b4c55a",
    ),
)


def test_reference_sbox_matches_fips_197_figure_7() -> None:
    assert (SBOX[0x00], SBOX[0x01], SBOX[0x53], SBOX[0xFF]) == (0x63, 0x7C, 0xED, 0x16)
    assert sorted(SBOX) == list(range(256))


@pytest.mark.parametrize(("key", "plaintext", "ciphertext"), FIPS_197_VECTORS)
def test_reference_encrypts_fips_197_vectors(key: str, plaintext: str, ciphertext: str) -> None:
    assert encrypt_block(bytes.fromhex(key), bytes.fromhex(plaintext)).hex() == ciphertext


@pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl command")
def test_reference_matches_openssl_aes_128_ecb() -> None:
    rng = random.Random(9)
    for _ in range(20):
        key, plaintext = rng.randbytes(16), rng.randbytes(16)
        result = subprocess.run(
            ["openssl", "enc", "-aes-128-ecb", "-nopad", "-K", key.hex()],
            input=plaintext,
            capture_output=True,
            check=True,
        )
        assert encrypt_block(key, plaintext) == result.stdout


@cocotb.test()
async def aes128_directed_cases(dut) -> None:
    design = load_design("aes128")
    await rtl_helpers.reset_design(dut, design)
    for key, plaintext, _ in FIPS_197_VECTORS:
        memories = {"key": list(bytes.fromhex(key)), "pt": list(bytes.fromhex(plaintext)), "ct": [0] * 16}
        await rtl_helpers.check_call(dut, design, {}, memories)


@cocotb.test()
async def aes128_random_calls(dut) -> None:
    await rtl_helpers.check_random_calls(dut, "aes128", calls=8)


@pytest.mark.skipif(not rtl_helpers.icarus_available(), reason="needs Icarus Verilog")
def test_aes128_rtl_matches_reference(tmp_path) -> None:
    rtl_helpers.simulate("aes128", __name__, tmp_path)
