"""``msp430emu run FW --gdb`` driven by Debian's gdb-multiarch in batch mode.

Debian's gdb-multiarch (bookworm, 13.1) is built without the msp430 target (``set architecture msp430`` is
"Undefined item"), so gdb cannot decode msp430 frames itself; what it does independently of the
architecture is checked with it: the protocol (framing, acks, no-ack mode, qSupported, thread queries),
raw packets through ``maint packet`` (registers in gdb's msp430 layout, breakpoint, step), hardware
watchpoints with their old/new values, ``monitor`` commands, signals (SIGPWR), detach, the exit code.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from msp430emu.toolchain.loader import load_image
from msp430emu.toolchain.sdk import build

GDB = shutil.which("gdb-multiarch")
ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "designs/firmware/examples/war_counter.c"

pytestmark = pytest.mark.skipif(GDB is None, reason="gdb-multiarch is not installed (make setup)")


@pytest.fixture(scope="module")
def elf(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("gdbm") / "war40.elf"
    build([EXAMPLE], out, "-O0", extra_cflags=["-DN_SAMPLES=40"])
    return out


def sample(i: int) -> int:
    """war_counter.c's sample(i), from its header comment: 16 rounds of the 16-bit xorshift
    (x ^= x << 7; x ^= x >> 9; x ^= x << 8) from x = 0xACE1 ^ (i << 5) ^ i, low 12 bits kept."""
    x = (0xACE1 ^ (i << 5) ^ i) & 0xFFFF
    for _ in range(16):
        x ^= (x << 7) & 0xFFFF
        x ^= x >> 9
        x ^= (x << 8) & 0xFFFF
    return x & 0x0FFF


def start(elf: Path, *options: str) -> tuple[subprocess.Popen, int]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen([sys.executable, "-m", "msp430emu.cli", "run", str(elf), "--gdb", "0", *options],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    line = proc.stderr.readline()
    match = re.search(r"listening on 127\.0\.0\.1:(\d+)", line)
    assert match, line
    return proc, int(match.group(1))


def gdb(port: int, *commands: str) -> str:
    args = [GDB, "-batch", "-nx", "-ex", f"target remote 127.0.0.1:{port}"]
    for c in commands:
        args += ["-ex", c]
    done = subprocess.run(args, capture_output=True, text=True, timeout=120)
    return done.stdout + done.stderr


def test_break_step_registers_watch_and_exit_code(elf):
    image = load_image(elf)
    main, total = image.symbols["main"], image.symbols["war_total"]
    proc, port = start(elf)
    out = gdb(port, "maint packet g", f"maint packet Z0,{main:x},2", "maint packet c", "maint packet g",
              "maint packet s", "maint packet g", f"watch *(unsigned int *) {total:#x}", "continue",
              "delete", "monitor energy", "continue")
    stdout, _ = proc.communicate(timeout=120)
    regs = re.findall(r'received: "([0-9a-f]{128})"', out)          # 16 registers x 4 bytes (msp430-tdep)
    assert len(regs) == 3, out
    pcs = [int.from_bytes(bytes.fromhex(g[:8]), "little") for g in regs]
    reset_pc = int.from_bytes(image_bytes(image, 0xFFFE, 2), "little")
    assert pcs[0] == reset_pc and pcs[1] == main and pcs[2] > main   # reset, break at main, one step
    assert 'received: "T05swbreak:;thread:1;"' in out
    assert f"Old value = 0\nNew value = {sample(0)}" in out         # the first sample added to war_total
    assert "continuous power, Vcc = 3 V" in out
    assert "exited with code 01" in out                              # N_SAMPLES=40: not WAR_EXPECTED -> 1
    assert proc.returncode == 0 and re.search(r"exit\s+halt \(code 1\)", stdout)


def image_bytes(image, addr: int, n: int) -> bytes:
    for seg in image.segments:
        if seg.addr <= addr and addr + n <= seg.addr + len(seg.data):
            return bytes(seg.data[addr - seg.addr:addr - seg.addr + n])
    raise KeyError(hex(addr))


def test_power_failure_signal_monitor_commands_and_detach(elf):
    proc, port = start(elf, "--cap", "2u", "--v-on", "2.4", "--v-off", "1.8", "--harvest", "current:20u",
                        "--max-time", "0.5")
    out = gdb(port, "monitor break power-failure", "continue", "monitor energy", "monitor timeline 2",
              "monitor charge 2.6", "monitor break boot", "continue", "monitor delete all",
              "monitor help charge",
              "monitor discharge 1.0", "monitor bogus", "detach")
    stdout, _ = proc.communicate(timeout=120)
    assert "energy breakpoint on power-failure" in out
    assert "Program received signal SIGPWR, Power fail/restart." in out
    assert re.search(r"power off \(off\).*\nboots 1, failures 1", out)
    assert re.search(r"V = 1\.8000 V\s+off\s+failure", out)          # the timeline's last event
    assert "V = 1.8000 V -> 2.6000 V" in out and "boot at t = " in out
    assert "Program received signal SIGTRAP" in out
    assert "monitor charge V -- set the capacitor" in out
    assert "V = 2." in out and "below V_off: the power fails at the next resume" in out
    assert "error: unknown monitor command 'bogus'" in out
    assert "[Inferior 1 (Remote target) detached]" in out
    assert proc.returncode == 0 and re.search(r"exit\s+(halt|max-time|no-progress)", stdout)   # went on
