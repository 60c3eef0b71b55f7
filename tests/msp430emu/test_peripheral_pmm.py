"""PMM and SYS: software BOR/POR, PMMIFG and SYSRSTIV reset causes, the PMM password."""

from __future__ import annotations

import pytest
from machine_programs import HAVE_TOOLS, STOP_WDT, run_asm

pytestmark = pytest.mark.skipif(not HAVE_TOOLS, reason="llvm-mc-14 / ld.lld-14 not installed")

BOOTS = 0x6000
# FRAM outside the image reads 0xFF (erased, as on a freshly programmed board): nvm_fill=0 starts it at 0


@pytest.mark.parametrize("ctl,cause,iv,ifg", [
    (0xA504, "pmmswbor", 0x06, 0x0100),    # PMMSWBOR: SYSRSTIV 0x06, PMMBORIFG
    (0xA508, "pmmswpor", 0x14, 0x0400),    # PMMSWPOR: SYSRSTIV 0x14, PMMPORIFG
    (0x1200, "pmm_pw", 0x20, 0x0000),      # word write with a wrong password: PUC, SYSRSTIV 0x20
])
def test_software_resets_and_their_causes(tmp_path, ctl, cause, iv, ifg):
    src = "start:\n    mov #0x2400, r1\n" + STOP_WDT + f"""
    inc &{BOOTS:#x}
    cmp #2, &{BOOTS:#x}
    jeq second
drain:
    tst &0x019E
    jnz drain
    mov #{ctl:#x}, &0x0120
spin:
    jmp spin
second:
    mov &0x019E, r10
    mov &0x019E, r11
    mov &0x012A, r12
    call #exit
"""
    m, r = run_asm(tmp_path, src, nvm_fill=0)
    assert r.exit == "halt"
    assert [x["cause"] for x in r.resets] == ["bor", cause]
    assert r.regs[10] == iv and r.regs[11] == 0            # SYSRSTIV: one cause, then none
    assert r.regs[12] & ifg == ifg


def test_locked_pmm_ignores_byte_writes_and_lock_with_zero_is_not_a_violation(tmp_path):
    src = "start:\n    mov #0x2400, r1\n" + STOP_WDT + """
    mov.b #0xA5, &0x0121
    mov.b #0x00, &0x0121
    bis.b #0x04, &0x0120
    mov &0x0120, r12
    call #exit
"""
    m, r = run_asm(tmp_path, src, nvm_fill=0)
    assert r.exit == "halt" and len(r.resets) == 1         # locked again: the BOR request is ignored
    assert r.exit_code & 0xFF00 == 0x9600                   # PMMPW reads 0x96
