"""designs/rtl/generate.py: committed output up to date; sha256_unrolled (3,700 lines) vs the reference."""

from __future__ import annotations

import cocotb
import pytest
import rtl_helpers

from designs.rtl import generate
from designs.rtl.catalog import load_design
from designs.rtl.sha256.reference import padded_block
from designs.rtl.sha256_unrolled import generator as sha256_unrolled_generator


@pytest.mark.parametrize("path", sorted(generate.GENERATED), ids=lambda p: p.name)
def test_committed_generated_files_are_up_to_date(path) -> None:
    assert path.read_text() == generate.GENERATED[path](), "run: .venv/bin/python -m designs.rtl.generate"


def test_generator_check_mode_reports_nothing_stale() -> None:
    assert generate.main(["--check"]) == 0


def test_sha256_unrolled_is_a_large_design() -> None:
    design = load_design("sha256_unrolled")
    assert sum(len(source.read_text().splitlines()) for source in design.sources) > 3000
    assert len(design.fsm.states) == sha256_unrolled_generator.STATE_COUNT == 90


@cocotb.test()
async def sha256_unrolled_directed_cases(dut) -> None:
    design = load_design("sha256_unrolled")
    await rtl_helpers.reset_design(dut, design)
    for message in (b"", b"abc"):
        await rtl_helpers.check_call(dut, design, {}, {"msg": padded_block(message), "digest": [0] * 8})


@cocotb.test()
async def sha256_unrolled_random_calls(dut) -> None:
    await rtl_helpers.check_random_calls(dut, "sha256_unrolled", calls=6)


@pytest.mark.iverilog
@pytest.mark.skipif(not rtl_helpers.icarus_available(), reason="needs Icarus Verilog")
def test_sha256_unrolled_rtl_matches_reference(tmp_path) -> None:
    rtl_helpers.simulate("sha256_unrolled", __name__, tmp_path)
