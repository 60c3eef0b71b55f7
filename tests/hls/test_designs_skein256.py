"""designs/rtl/skein256 (Vivado style, generated): reference vs the Skein specification's known answer and
initial value, RTL vs the reference under Icarus, the generated files up to date."""

from __future__ import annotations

import cocotb
import pytest
import rtl_helpers

from designs.rtl.catalog import RTL_DIR, load_design
from designs.rtl.skein256 import generator
from designs.rtl.skein256.reference import IV, hash_block, message_words

pytestmark = pytest.mark.iverilog

# Skein 1.3: the Skein-256-256 initial value (appendix B) and the digest of the one-byte message FF
# (appendix C)
SKEIN_256_256_IV = (0xFC9DA860D048B449, 0x2FCA66479FA7D833, 0xB33BC3896656840F, 0x6A54E920FDE8DA69)
DIGEST_FF = "0b98dcd198ea0e50a7a244c444e25c23da30c10fc9a1f270a6637f1f34e67ed2"


def _hex(words: list[int]) -> str:
    return "".join(word.to_bytes(8, "little").hex() for word in words)


def test_reference_matches_the_specification() -> None:
    assert IV == SKEIN_256_256_IV  # computed from the configuration block, not transcribed
    assert _hex(hash_block(message_words(b"\xff"), 1)) == DIGEST_FF


def test_reference_refuses_long_messages() -> None:
    with pytest.raises(ValueError, match=r"^a single-block message has at most 32 bytes, not 33$"):
        message_words(bytes(33))


def test_generated_files_are_up_to_date() -> None:
    assert (RTL_DIR / "skein256" / "skein256.v").read_text() == generator.render_verilog()
    assert (RTL_DIR / "skein256" / "design.json").read_text() == generator.render_manifest()


@cocotb.test()
async def skein256_directed_cases(dut) -> None:
    design = load_design("skein256")
    await rtl_helpers.reset_design(dut, design)
    for message in (b"\xff", b"", bytes(range(32))):
        memories = {"msg": message_words(message), "digest": [0] * 4}
        _, expected = design.run_reference({"len": len(message)}, memories)
        if message == b"\xff":
            assert _hex(expected["digest"]) == DIGEST_FF
        await rtl_helpers.check_call(dut, design, {"len": len(message)}, memories)


@cocotb.test()
async def skein256_random_calls(dut) -> None:
    await rtl_helpers.check_random_calls(dut, "skein256", calls=6)


@pytest.mark.skipif(not rtl_helpers.icarus_available(), reason="needs Icarus Verilog")
def test_skein256_rtl_matches_reference(tmp_path) -> None:
    rtl_helpers.simulate("skein256", __name__, tmp_path)
