"""``msp430emu run FW --gdb`` driven by a gdb that has the msp430 target (gdb 18 of the ``gdb-for-pwndbg``
wheel, built with every target; Debian's gdb-multiarch has no msp430): source-level breakpoints, next/step,
registers, globals, watchpoints with old/new values, a SIGPWR stop and a backtrace, the exit code; and the
register widths of gdb's msp430 (16-bit) and msp430X (32-bit pseudo registers over the same 4-byte raw
registers) views, which gdb chooses from the ELF's MSPABI attributes (Tag_ISA)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from msp430emu.toolchain.sdk import build

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "designs/firmware/examples/war_counter.c"


def _gdb() -> tuple[str, str] | None:
    try:
        import gdb_for_pwndbg
    except ImportError:
        return None
    base = Path(gdb_for_pwndbg.__file__).parent / "_vendor"
    binary = base / "bin" / "gdb"
    return (str(binary), str(base / "share" / "gdb")) if binary.is_file() else None


GDB = _gdb()
pytestmark = pytest.mark.skipif(GDB is None,
                                reason="no gdb with the msp430 target (pip install gdb-for-pwndbg)")


def sample(i: int) -> int:
    """war_counter.c's sample(i), from its header comment."""
    x = (0xACE1 ^ (i << 5) ^ i) & 0xFFFF
    for _ in range(16):
        x ^= (x << 7) & 0xFFFF
        x ^= x >> 9
        x ^= (x << 8) & 0xFFFF
    return x & 0x0FFF


@pytest.fixture(scope="module")
def elf(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("gdb430") / "war_counter.elf"
    build([EXAMPLE], out, "-O2")
    return out


def start(elf: Path, *options: str) -> tuple[subprocess.Popen, int]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen([sys.executable, "-m", "msp430emu.cli", "run", str(elf), "--gdb", "0", *options],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    match = re.search(r"listening on 127\.0\.0\.1:(\d+)", proc.stderr.readline())
    assert match
    return proc, int(match.group(1))


def gdb(port: int, elf: Path | None, *commands: str) -> str:
    binary, data = GDB
    args = [binary, "-q", "-batch", "-nx", f"--data-directory={data}"]
    if elf is not None:
        args += ["-ex", f"file {elf}"]
    args += ["-ex", f"target remote 127.0.0.1:{port}"]
    for c in commands:
        args += ["-ex", c]
    site = str(Path(GDB[0]).parents[3])        # (the package's gdb Python module)
    done = subprocess.run(args, capture_output=True, text=True, timeout=180,
                          env=dict(os.environ, PYTHONPATH=site))
    return done.stdout + done.stderr


def test_source_level_session(elf):
    proc, port = start(elf)
    out = gdb(port, elf, "break main", "continue", "info registers pc sp", "next", "next", "print war_total",
              "watch war_total", "continue", "delete", "continue")
    stdout, _ = proc.communicate(timeout=120)
    assert re.search(r"Breakpoint 1, main \(\) at \S*war_counter\.c:50", out), out
    assert re.search(r"pc\s+0x44[0-9a-f]{2}\s+0x44[0-9a-f]{2} <main\+\d+>", out)
    assert re.search(r"sp\s+0x23f[0-9a-f]", out)                        # the stack at the top of SRAM
    assert "52\t        uint16_t s = sample(i);" in out and "53\t        war_total += s;" in out
    assert "$1 = 0" in out                                              # before the first add
    assert f"Old value = 0\nNew value = {sample(0)}" in out            # watch war_total
    assert "[Inferior 1 (Remote target) exited normally]" in out     # continuous power: the right total
    assert proc.returncode == 0 and re.search(r"exit\s+halt \(code 0\)", stdout)


def test_power_failure_stop_and_backtrace(elf):
    proc, port = start(elf, "--preset", "wisp4-mementos", "--harvest", "rfid:5", "--strategy",
                       "mementos-loop")
    out = gdb(port, elf, "monitor break power-failure", "continue", "bt 1", "print war_total",
              "monitor break restore", "continue", "info line *$pc", "kill")
    proc.communicate(timeout=120)
    assert "Program received signal SIGPWR, Power fail/restart." in out, out
    assert re.search(r"#0\s+0x[0-9a-f]+ in (process|sample|main) ", out)
    assert re.search(r"checkpoint \d+ restored at t = ", out)
    assert re.search(r'Line \d+ of "\S*war_counter\.c"', out)


def _as_msp430x(elf: Path, out: Path) -> Path:
    """A copy of ``elf`` whose MSPABI attributes say Tag_ISA = 2 (MSP430X), small code model."""
    data = bytearray(elf.read_bytes())
    i = data.find(b"mspabi\x00")
    j = data.find(b"\x04\x01", i)                   # Tag_ISA (4) = 1 (MSP430)
    assert i > 0 and 0 < j - i < 32
    data[j + 1] = 2
    out.write_bytes(bytes(data))
    return out


@pytest.mark.parametrize("isa", ["msp430", "msp430x"])
def test_register_widths(elf, tmp_path, isa):
    target = elf if isa == "msp430" else _as_msp430x(elf, tmp_path / "x.elf")
    proc, port = start(elf)
    out = gdb(port, target, "ptype $r5", "set $r5 = 0x12345", "p/x $r5", "maint packet p5", "kill")
    proc.communicate(timeout=120)
    if isa == "msp430":
        assert "type = uint16_t" in out and "= 0x2345" in out
        assert 'received: "45230000"' in out          # gdb wrote 16 bits into the 4-byte raw register
    else:
        assert "type = uint32_t" in out and "= 0x12345" in out
        assert 'received: "45230100"' in out          # 20 bits kept by the emulated CPU register
