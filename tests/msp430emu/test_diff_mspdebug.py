"""Differential test against mspdebug's simulator (an implementation nobody here wrote).

Every app in designs/firmware/apps, built at -O0, -O2 and -Os, runs on our Machine to the ``exit`` symbol
and in ``mspdebug -n sim`` to a breakpoint on ``exit``. At that point R4-R15, SP, every data/bss object of
the ELF symbol table (globals and static locals, in SRAM and FRAM) and the number of executed instructions
must be equal. R0-R3 are not compared: PC is the breakpoint by construction, SR holds flags of peripheral
reads, R3 is the constant generator.

mspdebug's simulator has none of the FR5969 peripherals (their registers are plain memory, erased to 0xFF
by ``prog``); apps whose results depend on a peripheral it lacks are listed in PERIPHERAL_DEPENDENT with
what is compared for them instead.
"""

from __future__ import annotations

import pytest
from machine_programs import build_app
from oracles import mspdebug

from msp430emu.machine.machine import Machine
from msp430emu.toolchain import sdk
from msp430emu.toolchain.loader import load_image

APPS = sorted(p.stem for p in sdk.APPS_DIR.glob("*.c"))
OPTS = ("-O0", "-O2", "-Os")
MAX_CYCLES = 400_000_000
# app -> (objects whose value comes from a peripheral mspdebug lacks, and why)
PERIPHERAL_DEPENDENT: dict[str, tuple[set[str], str]] = {}

pytestmark = [
    pytest.mark.mspdebug,
    pytest.mark.skipif(not mspdebug.available(), reason="mspdebug is not installed"),
]


def data_objects(image) -> list[tuple[str, int, int]]:
    return sorted((name, info.addr, info.size) for name, info in image.symbol_info.items()
                  if info.kind == "object" and info.size > 0)


@pytest.mark.parametrize("opt", OPTS)
@pytest.mark.parametrize("app", APPS)
def test_app_state_at_exit_matches_mspdebug(app, opt):
    elf = build_app(app, opt)
    image = load_image(elf)
    objects = data_objects(image)
    assert objects, f"{app}{opt} has no data objects to compare"

    machine = Machine("fr5969", image)
    ours = machine.run(until="exit", max_cycles=MAX_CYCLES)
    assert ours.exit == "until", f"{app}{opt}: {ours.message}"
    oracle = mspdebug.run_to_break(elf, "exit", memory=[(addr, size) for _, addr, size in objects],
                                   timeout_s=300)

    skipped, _why = PERIPHERAL_DEPENDENT.get(app, (set(), ""))
    assert ours.regs[1] == oracle.regs[1], "SP differs"
    for r in range(4, 16):
        assert ours.regs[r] == oracle.regs[r], f"R{r}: {ours.regs[r]:#06x} vs mspdebug {oracle.regs[r]:#06x}"
    for name, addr, size in objects:
        if name in skipped:
            continue
        assert machine.state.read_bytes(addr, size) == oracle.read(addr, size), f"object {name} differs"
    assert ours.instructions == oracle.instructions


# Builds whose results come from a peripheral mspdebug lacks -> the objects derived from it (not compared).
PERIPHERAL_BUILDS = {
    # SENSE_USE_ADC reads the battery channel of ADC12_B. mspdebug has no ADC (its ADC registers are
    # memory erased to 0xFF: every sample is 0xFFFF and the polling loop never waits), so the statistics,
    # the registers at exit and the instruction count cannot match; SP and every other object (here the
    # constant tables) must. Our ADC values are checked in test_peripheral_adc.py.
    ("sense", "-DSENSE_USE_ADC"): {"sense_min", "sense_max", "sense_mean", "sense_stddev", "sense_digest"},
}


@pytest.mark.parametrize("app,cflag", sorted(PERIPHERAL_BUILDS))
def test_peripheral_build_matches_mspdebug_where_meaningful(app, cflag):
    if app not in APPS:
        pytest.skip(f"{app} is not in designs/firmware/apps")
    elf = build_app(app, "-O2", extra_cflags=[cflag])
    image = load_image(elf)
    derived = PERIPHERAL_BUILDS[(app, cflag)]
    objects = data_objects(image)
    assert derived <= {name for name, _, _ in objects}
    compared = [o for o in objects if o[0] not in derived]
    machine = Machine("fr5969", image)
    ours = machine.run(until="exit", max_cycles=MAX_CYCLES)
    assert ours.exit == "until", ours.message
    oracle = mspdebug.run_to_break(elf, "exit", memory=[(addr, size) for _, addr, size in compared],
                                   timeout_s=300)
    assert ours.regs[1] == oracle.regs[1]
    for name, addr, size in compared:
        assert machine.state.read_bytes(addr, size) == oracle.read(addr, size), f"object {name} differs"


@pytest.mark.parametrize("app", APPS)
def test_hardware_multiplier_build_matches_the_software_build_in_mspdebug(app):
    # -mhwmult=f5series calls the MPY32 helpers (__mspabi_mpy*_f5hw): mspdebug has no MPY32, so the
    # hardware-multiplier build runs on our machine only and its data objects are compared, by name, with
    # those of the software-multiplier build at exit in mspdebug. Registers and instruction counts differ
    # (different code), results must not.
    hw = load_image(build_app(app, "-O2", hwmult="f5series"))
    sw_elf = build_app(app, "-O2")
    sw = load_image(sw_elf)
    objects = [o for o in data_objects(sw) if o[0] in hw.symbol_info]
    machine = Machine("fr5969", hw)
    ours = machine.run(until="exit", max_cycles=MAX_CYCLES)
    assert ours.exit == "until", ours.message
    assert not ours.warnings, ours.warnings
    oracle = mspdebug.run_to_break(sw_elf, "exit", memory=[(addr, size) for _, addr, size in objects],
                                   timeout_s=300)
    for name, addr, size in objects:
        info = hw.symbol_info[name]
        assert info.size == size
        assert machine.state.read_bytes(info.addr, size) == oracle.read(addr, size), f"object {name} differs"
