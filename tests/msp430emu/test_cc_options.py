"""``msp430emu cc``: several C and assembly sources, -I, -D, -L/-l, --device and TI's <msp430.h>."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(not all(shutil.which(t) for t in ("clang-14", "ld.lld-14", "llvm-ar-14")),
                                reason="needs clang-14, ld.lld-14 and llvm-ar-14")

CONFIG_H = """#ifndef CONFIG_H
#define CONFIG_H
#ifndef SCALE
#error "SCALE must be given with -D"
#endif
int scaled_sum(const int *v, int n);
int lib_twice(int x);
int asm_add3(int a);
#endif
"""
MAIN_C = """#include <msp430.h>
#include "config.h"
#include "sdk.h"
static const int data[4] = {1, 2, 3, 4};
int main(void) {
    WDTCTL = WDTPW | WDTHOLD;
    uart_init();
    print_str(GREETING);
    print_dec(lib_twice(asm_add3(scaled_sum(data, 4))));
    print_nl();
    return (SRAM_END - SRAM_START) / 1024;      /* the device header's memory map: KB of SRAM */
}
"""
UTIL_C = """#include "config.h"
int scaled_sum(const int *v, int n) { int s = 0; for (int i = 0; i < n; i++) s += v[i] * SCALE; return s; }
"""
ADD3_S = """        .section .text.asm_add3,"ax",@progbits
        .globl asm_add3
        .type asm_add3,@function
asm_add3:
        add #3, r12
        ret
"""


def cli(*argv: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "msp430emu.cli", *argv], capture_output=True, text=True,
                          cwd=ROOT, timeout=300)


@pytest.fixture()
def project(tmp_path: Path) -> Path:
    (tmp_path / "inc").mkdir()
    (tmp_path / "lib").mkdir()
    (tmp_path / "inc" / "config.h").write_text(CONFIG_H)
    (tmp_path / "main.c").write_text(MAIN_C)
    (tmp_path / "util.c").write_text(UTIL_C)
    (tmp_path / "add3.S").write_text(ADD3_S)
    (tmp_path / "twice.c").write_text("int lib_twice(int x) { return x + x; }\n")
    subprocess.run(["clang-14", "--target=msp430", "-O2", "-c", str(tmp_path / "twice.c"), "-o",
                    str(tmp_path / "twice.o")], check=True)
    subprocess.run(["llvm-ar-14", "rc", str(tmp_path / "lib" / "libtwice.a"), str(tmp_path / "twice.o")],
                   check=True)
    return tmp_path


def build_args(p: Path, device: str, *extra: str) -> list[str]:
    return ["cc", str(p / "main.c"), str(p / "util.c"), str(p / "add3.S"), "-I", str(p / "inc"),
            "-D", "SCALE=10", "-D", 'GREETING="sum "', "-L", str(p / "lib"), "-l", "twice",
            "--device", device, "-o", str(p / f"app-{device}.elf"), *extra]


@pytest.mark.parametrize("device, sram_kb", [("fr5994", 8), ("fr5969", 2), ("fr6989", 2)])
def test_two_files_with_include_define_asm_and_library_build_and_run(project: Path, device: str,
                                                                      sram_kb: int) -> None:
    built = cli(*build_args(project, device))
    assert built.returncode == 0, built.stderr
    run = cli("run", str(project / f"app-{device}.elf"), "--device", device, "--json")
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout)
    assert result["uart"] == "sum 206\n"          # ((1+2+3+4)*SCALE + 3) * 2
    assert result["exit_code"] == sram_kb         # <msp430.h> chose this device's header


def test_msp430_h_selects_the_vector_numbers(tmp_path: Path) -> None:
    src = tmp_path / "v.c"
    src.write_text("#include <msp430.h>\nint main(void) { return USCI_A0_VECTOR; }\n")
    codes = {}
    for device in ("fr5969", "fr6989"):
        out = tmp_path / f"v-{device}.elf"
        assert cli("cc", str(src), "--device", device, "-o", str(out)).returncode == 0
        codes[device] = json.loads(cli("run", str(out), "--device", device, "--json").stdout)["exit_code"]
    assert codes == {"fr5969": 56, "fr6989": 55}  # 0xFFF0 on the FR5969, 0xFFEE on the FR6989 (ESI at 0xFFF0)


@pytest.mark.parametrize("drop, extra, message", [
    ("SCALE=10", (), "SCALE must be given with -D"),
    (None, ("-I", "/nonexistent-include"), "-I /nonexistent-include: no such directory"),
    (None, ("-D", "1BAD=2"), "'1BAD' is not a macro name"),
    (None, ("-l", "nosuchlib"), "nosuchlib"),
])
def test_bad_build_options_are_one_line(project: Path, drop, extra, message: str) -> None:
    argv = build_args(project, "fr5994", *extra)
    if drop is not None:
        i = argv.index(drop)
        del argv[i - 1:i + 1]
    proc = cli(*argv)
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and message in proc.stderr and "Traceback" not in proc.stderr
    assert not (project / "app-fr5994.elf").exists()
