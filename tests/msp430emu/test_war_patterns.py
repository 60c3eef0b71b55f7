"""Shapes of the WAR bug beyond the example app, at -O0 and -O2: a byte counter (one read-modify-write
instruction), a persistent index into a persistent log, struct fields, and FRAM reached through a pointer
(info FRAM, no section). The program updates them once, then works in SRAM; a power failure during that
work restarts it, and the second boot's updates must be reported, each at its marked source line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from msp430emu.cpu.state import C_IO_PASS
from msp430emu.machine.machine import Machine
from msp430emu.toolchain import sdk
from msp430emu.toolchain.loader import load_image
from msp430emu.war.detector import WarDetector

pytestmark = pytest.mark.skipif(not (shutil.which("clang-14") and shutil.which("ld.lld-14")),
                                reason="clang-14 / lld-14 not installed")

INFO_WORD = 0x1800
# FRAM outside the image reads 0xFF (erased, as on a freshly programmed board): nvm_fill=0 starts it at 0

PROGRAM = r"""
#include "sdk.h"
PERSISTENT volatile uint8_t boots8;
PERSISTENT volatile uint16_t log_idx;
PERSISTENT volatile uint16_t log_buf[16];
PERSISTENT volatile struct { uint16_t a, b; } pair;
PERSISTENT volatile uint16_t written_only;
volatile uint16_t spin;

int main(void) {
    volatile uint16_t *info = (volatile uint16_t *)0x1800;
    written_only = 7;
    boots8++;                                   /* MARK:boots8 */
    log_buf[log_idx & 15] = 0x55;               /* MARK:log_idx */
    log_idx = log_idx + 1;                      /* MARK:log_idx */
    pair.b = pair.a + 1;                        /* MARK:pair */
    pair.a = pair.b;                            /* MARK:pair */
    *info += 3;                                 /* MARK:info */
    for (uint16_t i = 0; i < 2000; i++)
        spin = spin + i;
    return written_only + boots8;
}
"""


@pytest.fixture(scope="module", params=["-O0", "-O2"])
def build(request, tmp_path_factory) -> tuple[Path, dict[int, str]]:
    out = tmp_path_factory.mktemp(f"war-patterns{request.param}")
    source = out / "patterns.c"
    source.write_text(PROGRAM)
    marks = {i + 1: line.split("MARK:")[1].split()[0]
             for i, line in enumerate(PROGRAM.splitlines()) if "MARK:" in line}
    return sdk.build([source], out / "patterns.elf", opt=request.param), marks


def _boot_twice(path: Path):
    image = load_image(path)
    machine = Machine("fr5969", image, nvm_fill=0)
    detector = WarDetector(machine, image, exclude=[(0x10000, 0x14000)])
    detector.attach()
    detector.on_boot(machine.now())
    machine.run(until="main")
    while machine.state.read_word(INFO_WORD) == 0:      # run until the updates are done ...
        machine.state.ctl[C_IO_PASS] = 1                # step over the break at main once
        machine.run(max_cycles=200)
    machine.run(max_cycles=2_000)                       # ... and a little into the SRAM loop
    machine.power_off()
    machine.power_on()
    detector.on_boot(machine.now())
    result = machine.run(max_cycles=1_000_000)
    return machine, detector, image, result


def _name(symbol: str) -> str:
    return symbol.split("+")[0]


def test_every_shape_is_reported_at_its_line(build):
    path, marks = build
    machine, detector, image, result = _boot_twice(path)
    assert result.exit == "halt" and result.exit_code == 7 + 2       # boots8 counted twice: 2
    hazards = detector.hazards()
    assert all(h["checkpoint"] == 0 and h["function"] == "main" for h in hazards)
    found = {("info" if h["address"] == INFO_WORD else _name(h["symbol"])) for h in hazards}
    assert found == {"boots8", "log_idx", "pair", "info"}
    for h in hazards:                       # each at a line marked for its variable
        name = "info" if h["address"] == INFO_WORD else _name(h["symbol"])
        assert marks.get(h["line"]) == name, (h, marks)
    assert not any(_name(h["symbol"]) in ("written_only", "log_buf") for h in hazards)
    assert machine.state.read_word(INFO_WORD) == 6                   # the pointer update ran twice


def test_potential_hazards_on_continuous_power(build):
    path, marks = build
    image = load_image(path)
    machine = Machine("fr5969", image, nvm_fill=0)
    detector = WarDetector(machine, image)
    detector.attach()
    assert machine.run(max_cycles=1_000_000).exit_code == 7 + 1
    assert detector.hazards() == []
    names = {("info" if p["address"] == INFO_WORD else _name(p["symbol"])) for p in detector.potential()}
    # pair.b is written from pair.a before being read: only pair.a (read, then written) is a WAR pair
    assert names == {"boots8", "log_idx", "pair", "info"}
    assert all(marks.get(p["write"]["line"]) for p in detector.potential())
