"""Every benchmark app and SDK self-test, built at -O0/-O2/-Os, run under ``mspdebug -n sim`` to ``exit``.

The results (globals read back through their ELF symbols, and the exit code in R12) must equal the
reference computed independently in Python (tests/firmware_build.py). mspdebug's simulator is an oracle
nobody here wrote; the references follow each app's specification, not its C code.
"""

from __future__ import annotations

import importlib.util
import shutil
import struct
import sys
from pathlib import Path

import pytest
from oracles import mspdebug

from msp430emu.errors import LoadError, ToolError
from msp430emu.toolchain.loader import load_image

try:
    import firmware_build as fb
except ModuleNotFoundError:  # tests/ is on sys.path only if pytest's pythonpath lists it: import by path
    _spec = importlib.util.spec_from_file_location("firmware_build",
                                                   Path(__file__).parents[1] / "firmware_build.py")
    fb = sys.modules["firmware_build"] = importlib.util.module_from_spec(_spec)
    _spec.loader.exec_module(fb)

HAVE_TOOLS = all(shutil.which(t) for t in ("clang-14", "ld.lld-14", "mspdebug"))
pytestmark = [pytest.mark.mspdebug,
              pytest.mark.skipif(not HAVE_TOOLS, reason="needs clang-14, ld.lld-14 and mspdebug")]

APPS = ["crc", "sense", "rsa", "bc", "ar", "cf", "aes128", "fft"]
OPTS = ["-O0", "-O2", "-Os"]


def run_and_check(elf: Path, exp: fb.Expected, **kwargs) -> mspdebug.OracleRun:
    image = load_image(elf)
    run = mspdebug.run_to_break(elf, "exit", [(name, len(data)) for name, data in exp.memory.items()],
                                **kwargs)
    for name, data in exp.memory.items():
        assert run.memory[image.symbol(name)] == data, f"{name}: {run.memory[image.symbol(name)].hex()}"
    assert run.regs[12] == exp.exit_code
    assert run.pc == image.symbol("exit")
    return run


@pytest.mark.parametrize("opt", OPTS)
@pytest.mark.parametrize("app", APPS)
def test_app_results_match_python_reference(app: str, opt: str) -> None:
    run = run_and_check(fb.build_app(app, opt), fb.expected(app))
    assert run.instructions is not None and run.instructions > 100_000


@pytest.mark.parametrize("opt", OPTS)
def test_eabi_helpers_match_python_arithmetic(opt: str) -> None:
    # 24 operations x (144 special pairs + 100 random pairs) through the helpers clang calls
    exp = fb.expected("eabi")
    elf = fb.build_app("eabi", opt)
    image = load_image(elf)
    run = mspdebug.run_to_break(elf, "exit", [("eabi_hash", 2 * len(fb.EABI_OPS)), ("eabi_pairs", 2)])
    got = struct.unpack(f"<{len(fb.EABI_OPS)}H", run.memory[image.symbol("eabi_hash")])
    want = struct.unpack(f"<{len(fb.EABI_OPS)}H", exp.memory["eabi_hash"])
    wrong = [op for op, g, w in zip(fb.EABI_OPS, got, want, strict=True) if g != w]
    assert wrong == []
    assert run.memory[image.symbol("eabi_pairs")] == exp.memory["eabi_pairs"]


def test_hardware_multiplier_helpers_on_mspdebug_hwmult() -> None:
    # -mhwmult=16bit makes clang call __mspabi_mpy{i,l,ll}_hw, which drive the classic 16-bit multiplier at
    # 0x0130: mspdebug's "hwmult" simio device simulates it. (The f5series variants share the code with
    # another base address; they are checked in test_sdk.py on our emulator's MPY32.)
    elf = fb.build_app("hwmul", "-O2", extra_cflags=("-mhwmult=16bit",))
    assert {"__mspabi_mpyi_hw", "__mspabi_mpyl_hw", "__mspabi_mpyll_hw"} <= set(load_image(elf).symbols)
    run_and_check(elf, fb.expected("hwmul"), hwmult=True)


def test_iterations_knob_changes_the_workload() -> None:
    run3 = run_and_check(fb.build_app("crc", "-O2", extra_cflags=("-DITERATIONS=3",)), fb.expected_crc(3))
    run8 = run_and_check(fb.build_app("crc", "-O2"), fb.expected_crc(8))
    assert run8.instructions > run3.instructions + 5 * 512 * 8   # at least one instruction per bit


def test_sense_adc_path_reads_adc12mem0() -> None:
    # mspdebug has no ADC12_B: its registers are plain memory (0xFF after prog, so ADC12IFG0 reads set).
    # Poking ADC12MEM0 = 1234 makes every "conversion" return 1234.
    elf = fb.build_app("sense", "-O2", extra_cflags=("-DSENSE_USE_ADC",))
    image = load_image(elf)
    names = ("sense_min", "sense_max", "sense_mean", "sense_stddev")
    run = mspdebug.run_to_break(elf, "exit", [(name, 2) for name in names],
                                poke=[(0x0860, (1234).to_bytes(2, "little"))])
    values = [int.from_bytes(run.memory[image.symbol(name)], "little") for name in names]
    assert values == [1234, 1234, 1234, 0]


def test_crt0_initialises_data_and_bss_but_never_persistent() -> None:
    elf = fb.build_app("boot", "-O2")
    image = load_image(elf)
    syms = [("boot_count", 2), ("data_word", 2), ("bss_word", 2), ("boot_seen", 4)]
    for runs in (1, 2, 3):
        run = mspdebug.run_to_break(elf, "exit", syms, runs=runs)
        word = {name: int.from_bytes(run.memory[image.symbol(name)], "little") for name, _ in syms}
        seen = run.memory[image.symbol("boot_seen")]
        assert word["boot_count"] == 100 + runs == run.regs[12]      # FRAM, counted across resets
        assert word["data_word"] == 0x1235                            # re-copied at every boot
        assert struct.unpack("<2H", seen) == (0x1234, 0)              # .bss zeroed (mspdebug fills 0xFF)
        assert word["bss_word"] == 0xBEEF


def test_exit_convention_interrupts_off_and_sp_balanced() -> None:
    elf = fb.build_app("crc", "-O2")
    image = load_image(elf)
    run = mspdebug.run_to_break(elf, "exit")
    assert run.pc == image.symbol("exit")
    assert run.regs[2] & 0x0008 == 0                   # GIE clear
    assert run.regs[1] == image.symbol("__stack_top") - 2   # only crt0's call to exit on the stack


def test_print_helpers_format_numbers() -> None:
    elf = fb.build_app("print", "-O2")
    image = load_image(elf)
    expected = b"dec:0,-1,2147483647,-2147483648,4294967295,1000000 hex:beef,0123abcd,0f\n"
    run = mspdebug.run_to_break(elf, "exit", [("print_buffer", len(expected)), ("print_length", 2)])
    assert run.memory[image.symbol("print_buffer")] == expected
    assert int.from_bytes(run.memory[image.symbol("print_length")], "little") == len(expected) == run.regs[12]


# ---- the driver itself ---------------------------------------------------------------------------------

def test_driver_reports_instruction_count_of_a_known_loop(tmp_path: Path) -> None:
    src = tmp_path / "loop.c"
    src.write_text("int main(void) { return 0; }\n")
    from msp430emu.toolchain import sdk
    elf = sdk.build([src], tmp_path / "loop.elf")
    image = load_image(elf)
    at_main = mspdebug.run_to_break(elf, "main")
    at_exit = mspdebug.run_to_break(elf, "exit")
    # main is "clr r12; ret" at -O2, then crt0's "call #exit": 3 instructions between the breakpoints
    assert at_exit.instructions - at_main.instructions == 3
    assert at_main.pc == image.symbol("main")


def test_driver_unknown_symbol_is_a_load_error() -> None:
    with pytest.raises(LoadError, match="symbol 'no_such_symbol' not found"):
        mspdebug.run_to_break(fb.build_app("crc", "-O2"), "no_such_symbol")


def test_driver_breakpoint_never_reached_times_out() -> None:
    elf = fb.build_app("crc", "-O2")
    mid_instruction = load_image(elf).symbol("__crt0_start") + 2   # inside "mov #__stack_top, r1"
    with pytest.raises(ToolError, match=r"did not reach the breakpoint 0x[0-9a-f]+ within 1 s"):
        mspdebug.run_to_break(elf, mid_instruction, timeout_s=1)


def test_driver_missing_mspdebug_is_a_tool_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(mspdebug, "MSPDEBUG", "/nonexistent/mspdebug")
    with pytest.raises(ToolError, match="not found: install the Debian package mspdebug"):
        mspdebug.run_to_break(fb.build_app("crc", "-O2"), "exit")


@pytest.mark.slow
@pytest.mark.parametrize(("app", "flags", "expected"), [
    ("crc", ("-DITERATIONS=900",), lambda: fb.expected_crc(900)),
    ("ar", ("-DTEST=270",), lambda: fb.expected_ar(test=270)),
])
def test_long_running_benchmark_variants(app: str, flags: tuple[str, ...], expected) -> None:
    # the ~20 M-instruction variants documented for speed benchmarks (docs/firmware-sdk.md)
    run = run_and_check(fb.build_app(app, "-O2", extra_cflags=flags), expected(), timeout_s=300)
    assert 18_000_000 < run.instructions < 23_000_000
