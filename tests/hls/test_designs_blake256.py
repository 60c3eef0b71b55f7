"""designs/rtl/blake256 (Vivado style, generated): reference vs the BLAKE specification's known answers, RTL
vs the reference under Icarus, the generated files up to date."""

from __future__ import annotations

import cocotb
import pytest
import rtl_helpers

from designs.rtl.blake256 import generator
from designs.rtl.blake256.reference import compress, padded_block
from designs.rtl.catalog import RTL_DIR, load_design

pytestmark = pytest.mark.iverilog

# BLAKE-256 of the one-byte message 00 (the specification's one-block example, appendix A) and of the empty
# message (published test vector)
KNOWN = {
    b"\x00": "0ce8d4ef4dd7cd8d62dfded9d4edb0a774ae6a41929a74da23109e8f11139c87",
    b"": "716f6e863f744b9ac22c97ec7b76ea5f5908bc5b2f67c61510bfc4751384ea7a",
}


def _words(hexdigest: str) -> list[int]:
    return [int(hexdigest[i : i + 8], 16) for i in range(0, 64, 8)]


def test_reference_matches_the_known_answers() -> None:
    for message, digest in KNOWN.items():
        block, t0 = padded_block(message)
        assert compress(block, t0) == _words(digest), message


def test_reference_padding_rejects_long_messages() -> None:
    with pytest.raises(ValueError, match=r"^a single-block message has at most 55 bytes, not 56$"):
        padded_block(bytes(56))


def test_generated_files_are_up_to_date() -> None:
    assert (RTL_DIR / "blake256" / "blake256.v").read_text() == generator.render_verilog()
    assert (RTL_DIR / "blake256" / "design.json").read_text() == generator.render_manifest()


@cocotb.test()
async def blake256_directed_cases(dut) -> None:
    design = load_design("blake256")
    await rtl_helpers.reset_design(dut, design)
    for message, digest in KNOWN.items():
        block, t0 = padded_block(message)
        _, expected = design.run_reference({"t0": t0}, {"msg": block, "digest": [0] * 8})
        assert expected["digest"] == _words(digest)
        await rtl_helpers.check_call(dut, design, {"t0": t0}, {"msg": block, "digest": [0] * 8})


@cocotb.test()
async def blake256_random_calls(dut) -> None:
    await rtl_helpers.check_random_calls(dut, "blake256", calls=6)


@pytest.mark.skipif(not rtl_helpers.icarus_available(), reason="needs Icarus Verilog")
def test_blake256_rtl_matches_reference(tmp_path) -> None:
    rtl_helpers.simulate("blake256", __name__, tmp_path)
