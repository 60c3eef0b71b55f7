"""CS: DCO and dividers set MCLK, and MCLK sets device time; FRAM wait states above 8 MHz; passwords."""

from __future__ import annotations

import pytest
from machine_programs import EXIT, HAVE_TOOLS, STOP_WDT, build_program

from msp430emu.cpu.state import C_FRAM_WAIT
from msp430emu.machine.machine import Machine

pytestmark = pytest.mark.skipif(not HAVE_TOOLS, reason="llvm-mc-14 / ld.lld-14 not installed")

PROLOGUE = "start:\n    mov #0x2400, r1\n" + STOP_WDT
LOOP = """
fast:
    mov #2000, r5
spin:
    dec r5
    jnz spin
    call #exit
""" + EXIT


def machine_for(tmp_path, body: str) -> Machine:
    return Machine("fr5969", build_program(PROLOGUE + body + LOOP, tmp_path))


def test_reset_clock_is_1mhz_and_time_is_cycles_over_mclk(tmp_path):
    m = machine_for(tmp_path, "")
    r = m.run()
    assert r.mclk_hz == 1e6
    assert r.device_time_s == pytest.approx(r.cycles / 1e6, rel=1e-12)


@pytest.mark.parametrize("csctl1,mhz", [(0x000C, 8.0), (0x0006, 4.0), (0x0048, 16.0), (0x0002, 8 / 3)])
def test_dco_setting_changes_mclk_and_device_time(tmp_path, csctl1, mhz):
    body = f"""
    mov.b #0xA5, &0x0161
    mov #0x0010, &0x0140
    mov #{csctl1:#x}, &0x0162
    mov #0x0000, &0x0166
"""
    body = body.replace("mov #0x0010, &0x0140", "mov #0xA510, &0x0140")    # FRCTL0: NWAITS = 1
    m = machine_for(tmp_path, body)
    mark = m.run(until="fast")
    c0, t0 = mark.cycles, mark.device_time_s
    r = m.run()
    assert r.exit == "halt" and r.mclk_hz == pytest.approx(mhz * 1e6)
    assert r.device_time_s - t0 == pytest.approx((r.cycles - c0) / (mhz * 1e6), rel=1e-9)
    assert int(m.state.ctl[C_FRAM_WAIT]) == (1 if mhz > 8 else 0)
    assert not r.warnings


def test_16mhz_without_wait_states_warns(tmp_path):
    body = """
    mov.b #0xA5, &0x0161
    mov #0x0048, &0x0162
    mov #0x0000, &0x0166
"""
    r = machine_for(tmp_path, body).run()
    assert any("NWAITS = 0" in w for w in r.warnings)


def test_locked_cs_ignores_writes_and_bad_password_is_a_puc(tmp_path):
    body = """
    mov &0x019E, r6
    cmp #0x24, r6
    jeq fast
    mov #0x000C, &0x0162
    mov #0x0000, &0x0166
    mov #0x1200, &0x0160
"""
    m = machine_for(tmp_path, body)
    r = m.run()
    assert [x["cause"] for x in r.resets] == ["bor", "cs_pw"]
    assert r.mclk_hz == 1e6                                   # the locked writes changed nothing


def test_mclk_option_sets_the_clock_until_the_program_writes_cs(tmp_path):
    m = Machine("fr5969", build_program(PROLOGUE + LOOP, tmp_path), mclk=4e6)
    r = m.run()
    assert r.mclk_hz == 4e6 and r.device_time_s == pytest.approx(r.cycles / 4e6, rel=1e-12)
