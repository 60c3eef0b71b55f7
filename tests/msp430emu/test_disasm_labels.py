"""``msp430emu disasm`` names an address as the loader does (a function before a label or a linker symbol,
fewer leading underscores first), and takes --device."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from msp430emu.toolchain import sdk
from msp430emu.toolchain.loader import load_image

ROOT = Path(__file__).resolve().parents[2]

PROGRAM = """#include "sdk.h"
__asm__(".globl _exit\\n.set _exit, exit\\n"            /* an alias that sorts before exit */
        ".globl __aa_main\\n.set __aa_main, main\\n");   /* a label that sorts before main */
int main(void) { return 3; }
"""


def disasm(*argv: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "msp430emu.cli", "disasm", *argv], capture_output=True,
                          text=True, cwd=ROOT, timeout=120)


@pytest.mark.skipif(not shutil.which("clang-14"), reason="needs clang-14")
def test_labels_are_the_loaders_names(tmp_path: Path) -> None:
    src = tmp_path / "p.c"
    src.write_text(PROGRAM)
    elf = sdk.build([src], tmp_path / "p.elf", opt="-O2")
    image = load_image(elf)
    assert image.symbol("_exit") == image.symbol("exit") and image.symbol("__aa_main") == image.symbol("main")
    proc = disasm(str(elf))
    assert proc.returncode == 0, proc.stderr
    labels = re.findall(r"^(\S+):$", proc.stdout, re.M)
    assert "main" in labels and "exit" in labels
    assert "_exit" not in labels and "__aa_main" not in labels
    for label in labels:
        assert image.name_at(image.symbol(label)) == label


def test_disasm_takes_the_device() -> None:
    elf = ROOT / "tests" / "data" / "fused" / "binaries" / "aes-FFF-WS0.elf"
    refused = disasm(str(elf))
    assert refused.returncode == 2 and "MSP430FR5969" in refused.stderr
    proc = disasm(str(elf), "--device", "fr5994")
    assert proc.returncode == 0, proc.stderr
    assert re.search(r"^main:$", proc.stdout, re.M) and "sxt r12" in proc.stdout
