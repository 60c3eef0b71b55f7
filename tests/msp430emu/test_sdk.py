"""msp430emu.toolchain.sdk: building, memory layout, vector table, runtime coverage, one-line errors."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from msp430emu.errors import BuildError, ConfigError
from msp430emu.toolchain import sdk
from msp430emu.toolchain.loader import load_image

try:
    import firmware_build as fb
except ModuleNotFoundError:  # tests/ is on sys.path only if pytest's pythonpath lists it: import by path
    _spec = importlib.util.spec_from_file_location("firmware_build",
                                                   Path(__file__).parents[1] / "firmware_build.py")
    fb = sys.modules["firmware_build"] = importlib.util.module_from_spec(_spec)
    _spec.loader.exec_module(fb)

HAVE_CLANG = all(shutil.which(t) for t in ("clang-14", "ld.lld-14"))
pytestmark = pytest.mark.skipif(not HAVE_CLANG, reason="needs clang-14 and ld.lld-14")


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text)
    return path


def word_at(image, addr: int) -> int:
    for seg in image.segments:
        if seg.addr <= addr < seg.end - 1:
            return seg.data[addr - seg.addr] | (seg.data[addr - seg.addr + 1] << 8)
    raise AssertionError(f"0x{addr:04x} not in the image")


# ---- memory layout --------------------------------------------------------------------------------------

def test_layout_of_a_linked_program(tmp_path: Path) -> None:
    src = write(tmp_path, "layout.c", """
        #include "sdk.h"
        volatile unsigned table[3] = {1, 2, 3};
        volatile unsigned zeroed[5];
        PERSISTENT volatile unsigned kept = 7;
        int main(void) { zeroed[0] = table[2] + kept; return 0; }
    """)
    image = load_image(sdk.build([src], tmp_path / "layout.elf"))
    sym = image.symbols
    assert sym["__stack_top"] == 0x2400
    assert 0x1C00 <= sym["table"] < 0x2400 and 0x1C00 <= sym["zeroed"] < 0x2400          # SRAM
    assert 0x4400 <= sym["main"] < 0xFF80 and 0x4400 <= sym["kept"] < 0xFF80            # lower FRAM
    assert sym["__persistent_start"] <= sym["kept"] < sym["__persistent_end"]
    assert sym["__data_start"] <= sym["table"] < sym["__data_end"]
    assert sym["__bss_start"] <= sym["zeroed"] < sym["__bss_end"]
    assert (sym["__hifram_start"], sym["__hifram_end"]) == (0x10000, 0x14000)
    # .data is loaded in FRAM (its image holds the initial values) and nothing lands above 0xFFFF
    load = sym["__data_load_start"]
    assert 0x4400 <= load < 0xFF80
    assert [word_at(image, load + 2 * i) for i in range(3)] == [1, 2, 3]
    assert word_at(image, sym["kept"]) == 7
    assert all(seg.end <= 0x10000 for seg in image.segments)
    assert all(seg.addr >= 0x1C00 for seg in image.segments)        # no ELF headers mapped below SRAM
    assert image.entry == sym["__crt0_start"] == image.reset_vector()
    assert image.line_at(sym["main"]) is not None and image.line_at(sym["main"])[0].endswith("layout.c")


def test_vector_table_user_isr_and_defaults(tmp_path: Path) -> None:
    src = write(tmp_path, "isr.c", """
        #include "sdk.h"
        volatile unsigned ticks;
        SDK_ISR(WDT_VECTOR, wdt_isr) { ticks++; }
        SDK_ISR(TIMER0_A0_VECTOR, ta0_isr) { ticks += 2; }
        int main(void) { return ticks; }
    """)
    image = load_image(sdk.build([src], tmp_path / "isr.elf"))
    assert word_at(image, 0xFFF2) == image.symbol("wdt_isr")       # WDT vector, SLAS704
    assert word_at(image, 0xFFEA) == image.symbol("ta0_isr")       # Timer0_A3 CC0
    assert word_at(image, 0xFFFE) == image.symbol("__crt0_start")  # reset
    others = [a for a in range(0xFF80, 0xFFFE, 2) if a not in (0xFFF2, 0xFFEA)]
    assert {word_at(image, a) for a in others} == {image.symbol("__unhandled_irq")}


def test_vector_defined_twice_is_a_build_error(tmp_path: Path) -> None:
    a = write(tmp_path, "a.c", "__attribute__((interrupt(57))) void one(void) {}\n"
                               "int main(void) { return 0; }\n")
    b = write(tmp_path, "b.c", "__attribute__((interrupt(57))) void two(void) {}\n")
    with pytest.raises(BuildError, match="interrupt vector 57 is defined twice"):
        sdk.build([a, b], tmp_path / "twice.elf")


# ---- runtime coverage -----------------------------------------------------------------------------------

HELPER_HUNGRY = """
    #include <stdint.h>
    volatile int8_t s8 = -3; volatile uint8_t u8 = 200;
    volatile int16_t s16 = -300; volatile uint16_t u16 = 60000;
    volatile int32_t s32 = -70000; volatile uint32_t u32 = 4000000000u;
    volatile int64_t s64 = -5; volatile uint64_t u64 = 12345678901ull; volatile int n = 5;
    volatile int64_t r64; volatile int32_t r32; volatile int16_t r16; volatile int8_t r8;
    struct big { char b[40]; };
    volatile struct big g1, g2;
    int main(void) {
        r8 = s8 * u8; r8 = s8 / (int8_t)u8; r8 = s8 % 7; r8 = u8 >> n; r8 = u8 << n;
        r16 = s16 * u16; r16 = s16 / s8; r16 = u16 / u8; r16 = s16 % s8; r16 = u16 % u8;
        r16 = s16 << n; r16 = s16 >> n; r16 = u16 >> n;
        r32 = s32 * u32; r32 = s32 / s16; r32 = u32 / u16; r32 = s32 % s16; r32 = u32 % u16;
        r32 = s32 << n; r32 = s32 >> n; r32 = u32 >> n;
        r64 = s64 * u64; r64 = s64 / s32; r64 = u64 / u32; r64 = s64 % s32; r64 = u64 % u32;
        r64 = s64 << n; r64 = s64 >> n; r64 = u64 >> n;
        struct big tmp = g1; g2 = tmp;
        return 0;
    }
"""


@pytest.mark.parametrize("opt", sdk.OPT_LEVELS)
def test_runtime_defines_every_helper_clang_calls(tmp_path: Path, opt: str) -> None:
    # link errors would name any helper clang emits that the runtime lacks
    src = write(tmp_path, "hungry.c", HELPER_HUNGRY)
    image = load_image(sdk.build([src], tmp_path / "hungry.elf", opt=opt))
    assert "main" in image.symbols


def test_f5series_build_uses_the_mpy32_helpers(tmp_path: Path) -> None:
    src = write(tmp_path, "hungry.c", HELPER_HUNGRY)
    image = load_image(sdk.build([src], tmp_path / "hw.elf", hwmult="f5series"))
    assert {"__mspabi_mpyi_f5hw", "__mspabi_mpyl_f5hw", "__mspabi_mpyll_f5hw"} <= set(image.symbols)
    assert not {"__mspabi_mpyi", "__mspabi_mpyl", "__mspabi_mpyll"} & set(image.symbols)


def test_runtime_objects_do_not_depend_on_each_other_in_cycles(tmp_path: Path) -> None:
    # A helper that calls itself through the compiler's lowering (e.g. a division loop turned into a
    # division) would recurse forever: each runtime C file may only need symbols it does not define.
    flags = [*sdk.COMMON_CFLAGS, sdk.RUNTIME_OPT, "-fno-builtin", f"-I{sdk.INCLUDE_DIR}"]
    allowed = {"mspabi_call64.S": {"__sdk_mpy64", "__sdk_divlli", "__sdk_divull", "__sdk_remlli",
                                   "__sdk_remull"},
               "crt0.S": {"main", "__stack_top", "__data_load_start", "__data_start", "__data_end",
                          "__bss_start", "__bss_end"}}
    for name in sdk.RUNTIME_SOURCES:
        obj = tmp_path / f"{name}.o"
        subprocess.run(["clang-14", *flags, "-c", str(sdk.RUNTIME_DIR / name), "-o", str(obj)], check=True)
        nm = subprocess.run(["llvm-nm-14", "-u", str(obj)], capture_output=True, text=True, check=True)
        undefined = {line.split()[-1] for line in nm.stdout.splitlines() if line.strip()}
        assert undefined <= allowed.get(name, set()), name


def test_f5series_helpers_on_our_emulator_mpy32() -> None:
    # The *_f5hw helpers drive MPY32 at 0x04C0, which mspdebug lacks; run the self-test on the project's
    # machine (its MPY32 model is tested on its own in test_peripheral_mpy32.py) against the Python hashes.
    from msp430emu.machine.machine import Machine

    elf = fb.build_app("hwmul", "-O2", hwmult="f5series")
    image = load_image(elf)
    assert "__mspabi_mpyll_f5hw" in image.symbols
    machine = Machine("fr5969", image)
    result = machine.run(max_cycles=50_000_000)
    assert result.exit == "halt"
    addr = image.symbol("hw_hash")
    assert machine.state.read_bytes(addr, 6) == fb.expected("hwmul").memory["hw_hash"]


# ---- errors: one line, no output file -------------------------------------------------------------------

def assert_no_output(tmp_path: Path, name: str) -> None:
    assert not (tmp_path / name).exists()
    assert not list(tmp_path.glob(f".{name}.*"))


def test_compile_error_is_one_line_with_the_location(tmp_path: Path) -> None:
    src = write(tmp_path, "bad.c", "int main(void) { return undefined_variable; }\n")
    with pytest.raises(BuildError) as info:
        sdk.build([src], tmp_path / "bad.elf")
    message = str(info.value)
    assert "\n" not in message
    assert message.startswith("compiling bad.c failed:") and "bad.c:1:" in message and "error:" in message
    assert_no_output(tmp_path, "bad.elf")


def test_link_error_names_the_missing_symbol(tmp_path: Path) -> None:
    src = write(tmp_path, "undef.c", "void nowhere(void);\nint main(void) { nowhere(); return 0; }\n")
    with pytest.raises(BuildError, match=r"linking undef\.elf failed: .*undefined symbol: nowhere"):
        sdk.build([src], tmp_path / "undef.elf")
    assert_no_output(tmp_path, "undef.elf")


def test_failed_build_leaves_an_existing_output_untouched(tmp_path: Path) -> None:
    out = tmp_path / "prog.elf"
    out.write_bytes(b"previous")
    src = write(tmp_path, "bad.c", "this is not C\n")
    with pytest.raises(BuildError):
        sdk.build([src], out)
    assert out.read_bytes() == b"previous"


def test_sram_overflow_is_reported(tmp_path: Path) -> None:
    src = write(tmp_path, "huge.c", "volatile char big[2000];\nint main(void) { return big[0]; }\n")
    with pytest.raises(BuildError, match="SRAM overflow"):
        sdk.build([src], tmp_path / "huge.elf")


@pytest.mark.parametrize(("kwargs", "error", "pattern"), [
    ({"device": "g2553"}, ConfigError, "unknown device 'g2553'"),
    ({"opt": "-O9"}, ConfigError, "unsupported optimisation level '-O9'"),
    ({"hwmult": "16bit"}, ConfigError, r"unsupported -mhwmult=16bit for fr5969"),
])
def test_bad_options(tmp_path: Path, kwargs: dict, error: type, pattern: str) -> None:
    src = write(tmp_path, "ok.c", "int main(void) { return 0; }\n")
    with pytest.raises(error, match=pattern):
        sdk.build([src], tmp_path / "ok.elf", **kwargs)


def test_bad_sources(tmp_path: Path) -> None:
    with pytest.raises(BuildError, match="source file not found"):
        sdk.build([tmp_path / "missing.c"], tmp_path / "x.elf")
    txt = write(tmp_path, "notes.txt", "hello")
    with pytest.raises(BuildError, match="unsupported source type '.txt'"):
        sdk.build([txt], tmp_path / "x.elf")
    with pytest.raises(BuildError, match="no source files"):
        sdk.build([], tmp_path / "x.elf")
    src = write(tmp_path, "ok.c", "int main(void) { return 0; }\n")
    with pytest.raises(BuildError, match="output directory does not exist"):
        sdk.build([src], tmp_path / "no" / "such" / "dir" / "x.elf")


def test_missing_compiler_is_a_build_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sdk, "CLANG", "/nonexistent/clang-14")
    src = write(tmp_path, "ok.c", "int main(void) { return 0; }\n")
    with pytest.raises(BuildError, match="not found: install the Debian packages clang-14 and lld-14"):
        sdk.build([src], tmp_path / "ok.elf")


def test_first_error_line_prefers_error_lines() -> None:
    text = "In file included from x.c:1:\nx.h:3:1: warning: meh\nx.h:4:2: error: boom\nmore\n"
    assert sdk.first_error_line(text) == "x.h:4:2: error: boom"
    assert sdk.first_error_line("\n\n") == "no diagnostic output"


def test_app_listing() -> None:
    assert {"crc", "sense", "rsa", "bc", "ar", "cf", "aes128", "fft"} <= set(sdk.list_apps())
    assert sdk.app_source("crc").name == "crc.c"
    with pytest.raises(ConfigError, match="unknown app 'nope'"):
        sdk.app_source("nope")


def test_builds_are_reproducible_and_the_runtime_cache_changes_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src = write(tmp_path, "prog.c", "#include \"sdk.h\"\nint main(void) { print_dec(-7); return 3; }\n")
    monkeypatch.setenv("MSP430EMU_SDK_CACHE", "")
    fresh = sdk.build([src], tmp_path / "fresh.elf").read_bytes()
    monkeypatch.setenv("MSP430EMU_SDK_CACHE", str(tmp_path / "cache"))
    first = sdk.build([src], tmp_path / "first.elf").read_bytes()     # fills the cache
    entries = list((tmp_path / "cache").iterdir())
    assert len(entries) == 1 and len(list(entries[0].glob("*.o"))) == len(sdk.RUNTIME_SOURCES)
    second = sdk.build([src], tmp_path / "second.elf").read_bytes()   # uses it
    assert fresh == first == second
