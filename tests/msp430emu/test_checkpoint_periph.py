"""The peripheral block of a checkpoint (msp430emu/checkpoint/periph.py, the device TOML's [[checkpoint]]):
every listed register survives a save and a restore into a freshly reset machine; the block's bytes in FRAM
equal an independent reading of the TOML and of the documented layout; its cost is in the save's cycles;
torn saves still keep the previous checkpoint; a program that sets up the clocks, the UART, a timer
interrupt and pins before a checkpoint and uses them after a restore prints what it prints on continuous
power, with no warning."""

from __future__ import annotations

import binascii
import json
import random
import shutil
import tomllib

import numpy as np
import pytest

from msp430emu.checkpoint.bundle import (
    apply_writes,
    find_latest_valid,
    peripheral_writes,
    plan_save,
    read_slot,
    restore,
)
from msp430emu.checkpoint.cost import CostModel
from msp430emu.checkpoint.layout import BundleLayout
from msp430emu.checkpoint.periph import EMPTY_BLOCK, block_for
from msp430emu.cli.run import run_json
from msp430emu.cpu.state import MachineState
from msp430emu.devices import DEVICE_DIR, load_device
from msp430emu.errors import ConfigError
from msp430emu.machine.machine import Machine
from msp430emu.toolchain import sdk
from msp430emu.toolchain.instrument import instrument
from msp430emu.toolchain.loader import load_image

FR5969 = load_device("fr5969")
BLOCK = block_for(FR5969)
HAVE_TOOLS = all(shutil.which(t) for t in ("clang-14", "ld.lld-14"))


def layout(block=BLOCK) -> BundleLayout:
    return BundleLayout(0x10000, 0x12000, 0x2400, 0x100, 0x1C00, 0x40, block)


def toml_registers() -> list[tuple[str, int, dict]]:
    """(name, address, final restore step) of every listed register, read from the TOML by hand."""
    raw = tomllib.loads((DEVICE_DIR / "fr5969.toml").read_text())
    bases = {p["name"]: p["base"] for p in raw["peripheral"]}
    out = []
    for table in raw["checkpoint"]:
        for name, off in table["registers"].items():
            steps = [s if isinstance(s, dict) else {"reg": s} for s in table["restore"]]
            last = [s for s in steps if s.get("reg") == name][-1]
            out.append((f"{table['peripheral']}.{name}", bases[table["peripheral"]] + off, last))
    return out


def kept_bits(step: dict) -> int:
    """The bits of a register that the restore writes back from the saved value."""
    return step.get("and", 0xFFFF) & ~step.get("or", 0) & 0xFFFF


def test_the_block_lists_the_configured_peripherals_in_restore_order() -> None:
    names = [n for n, _, _ in toml_registers()]
    assert list(BLOCK.names) == names
    assert [a for _, a, _ in toml_registers()] == list(BLOCK.addresses)
    peripherals = [n.split(".")[0] for n in names]
    for p in ("FRCTL", "CS", "WDT_A", "PORT_A", "PORT_B", "TA0", "TA1", "TA2", "TA3", "eUSCI_A0", "REF_A",
              "ADC12_B", "MPY32", "SFR"):
        assert p in peripherals
    assert peripherals.index("FRCTL") < peripherals.index("CS") < peripherals.index("TA0")
    assert peripherals[-1] == "SFR"                           # interrupt enables last
    never = {0x05CC, 0x05CE, 0x05DC, 0x05DE, 0x0818, 0x035E, 0x020E}   # RXBUF TXBUF IFG IV; ADC, TA0, P1 IV
    assert not never & set(BLOCK.addresses)
    assert not set(range(0x0860, 0x08A0)) & set(BLOCK.addresses)       # ADC12MEMx
    first_uart = next(s for s in BLOCK.steps if s.addr == 0x05C0)
    assert first_uart.or_mask & 1                              # eUSCI configured under UCSWRST


def test_every_listed_register_round_trips_through_a_save_and_a_restore() -> None:
    rng = random.Random(5969)
    lay = layout()
    a = Machine("fr5969", None, vcc=3.0)
    configured = [rng.randrange(0x10000) for _ in BLOCK.addresses]
    for addr, value, size in BLOCK.writes(configured):       # set up as a program would (passwords, order)
        a.write_register(addr, value, size)
    saved = [a.read_register(addr) for addr in BLOCK.addresses]
    a.state.regs[1] = 0x2400
    plan = plan_save(a.state, lay, saved)
    apply_writes(a.state, plan)
    b = Machine("fr5969", None, vcc=3.0)                      # a power-up: peripherals at reset values
    lo, hi = lay.region_start, lay.used_end
    b.state.mem[lo:hi] = a.state.mem[lo:hi]                    # only FRAM survives
    slot = find_latest_valid(b.state.mem, lay)
    restore(b.state, lay, slot)
    for addr, value, size in peripheral_writes(b.state.mem, lay, slot):
        b.write_register(addr, value, size)
    mismatches = []
    for (name, addr, step), value in zip(toml_registers(), saved, strict=True):
        keep = kept_bits(step)
        got = b.read_register(addr)
        if (got ^ value) & keep:
            mismatches.append(f"{name}: saved 0x{value:04X}, restored 0x{got:04X} (bits 0x{keep:04X})")
    assert not mismatches
    changed = sum(1 for (_, addr, step), v in zip(toml_registers(), saved, strict=True)
                  if (v ^ Machine("fr5969", None).read_register(addr)) & kept_bits(step))
    assert changed > len(saved) // 2                          # the values were not just reset values
    assert a.clocks.snapshot() == b.clocks.snapshot()
    assert [r["cause"] for r in a.resets] == [r["cause"] for r in b.resets] == ["bor"]   # no violation


def test_block_bytes_equal_an_independent_reading_of_the_layout() -> None:
    lay = layout()
    m = Machine("fr5969", None, vcc=3.0)
    m.write_register(0x0161, 0xA5, 1)
    m.write_register(0x0162, 0x0048)                          # CSCTL1: DCORSEL, 16 MHz
    m.write_register(0x05C6, 0x1234)                          # UCA0BRW
    m.write_register(0x0204, 0x0F0F)                          # PADIR
    st = m.state
    st.regs[1] = 0x2400 - 8
    plan = plan_save(st, lay)
    apply_writes(st, plan)
    regs = toml_registers()
    # the slot: 0x2C header, max_stack, globals, then the block (docs/checkpointing.md): version 1, count,
    # CRC-16-CCITT (binascii.crc_hqx, init 0xFFFF) of the addresses, the register words; then the CRC of
    # header, live stack and globals (not the block), and the commit word
    base = 0x10000
    at = base + 0x2C + 0x100 + 0x40
    addresses = b"".join(a.to_bytes(2, "little") for _, a, _ in regs)
    header = [1, len(regs), binascii.crc_hqx(addresses, 0xFFFF)]
    values = [int(st.mem[a]) | int(st.mem[a + 1]) << 8 for _, a, _ in regs]
    expected = b"".join(v.to_bytes(2, "little") for v in header + values)
    assert bytes(st.mem[at:at + len(expected)]) == expected
    assert values[[n for n, _, _ in regs].index("CS.CSCTL1")] == 0x0048
    assert values[[n for n, _, _ in regs].index("eUSCI_A0.BRW")] == 0x1234
    assert values[[n for n, _, _ in regs].index("PORT_A.DIR")] == 0x0F0F
    crc_at = at + len(expected)
    payload = bytes(st.mem[base:base + 0x2C]) + bytes(st.mem[base + 0x2C + 0x100 - 8:base + 0x2C + 0x100]) \
        + bytes(st.mem[base + 0x2C + 0x100:at])
    assert int(st.mem[crc_at]) | int(st.mem[crc_at + 1]) << 8 == binascii.crc_hqx(payload, 0xFFFF)
    assert int(st.mem[crc_at + 2]) | int(st.mem[crc_at + 3]) << 8 == 0xC3A5 ^ 1
    assert plan.addrs[-1] == crc_at + 3                        # the commit word is still written last
    assert read_slot(st.mem, lay, 0) is not None


def test_a_block_of_another_register_list_is_not_restored() -> None:
    lay = layout()
    st = MachineState()
    st.regs[1] = 0x2400
    apply_writes(st, plan_save(st, lay))
    assert read_slot(st.mem, lay, 0) is not None
    other = layout(block_for(FR5969).__class__(BLOCK.names[:-1], BLOCK.addresses[:-1], BLOCK.steps[:-1]))
    assert read_slot(st.mem, other, 0) is None


def test_torn_saves_with_the_block_keep_the_previous_checkpoint() -> None:
    lay = layout()
    rng = np.random.default_rng(3)
    st = MachineState()
    st.mem[:] = rng.integers(0, 256, st.mem.shape[0], dtype=np.uint8)
    st.mem[lay.region_start:lay.used_end] = 0
    st.regs[1] = 0x2400 - 16
    first = plan_save(st, lay)
    apply_writes(st, first)
    st.mem[0x0160:0x0170] = rng.integers(0, 256, 16, dtype=np.uint8)   # peripherals changed since
    second = plan_save(st, lay)
    for k in range(len(second)):
        trial = st.mem.copy()
        trial_state = MachineState()
        trial_state.mem[:] = trial
        apply_writes(trial_state, second, k)
        assert find_latest_valid(trial_state.mem, lay).sequence == first.sequence, k
    apply_writes(st, second)
    assert find_latest_valid(st.mem, lay).sequence == second.sequence


def test_the_save_cost_includes_the_block() -> None:
    with_block, without = CostModel().save(layout(), 8), CostModel().save(layout(BLOCK.__class__()), 8)
    n = len(BLOCK.addresses)
    # SLAU367 Table 4-10 (CPUXv2, MOV to memory): per register `mov &REG,x(r13)` 5, per block header word
    # `mov #v,x(r13)` 4 (the block is outside the CRC: nothing fed to CRCDI)
    assert with_block.cycles - without.cycles == 5 * n + 3 * 4
    assert with_block.fram_bytes_written - without.fram_bytes_written == BLOCK.size
    assert len(CostModel().save_timeline(layout(), 8)) == len(plan_save(_state(8), layout()))
    r_with, r_without = CostModel().restore(layout(), 8), CostModel().restore(layout(BLOCK.__class__()), 8)
    assert r_with.cycles - r_without.cycles >= 4 * len(BLOCK.steps)  # at least one MOV to memory per write


def _state(stack: int) -> MachineState:
    st = MachineState()
    st.regs[1] = 0x2400 - stack
    return st


def test_bad_checkpoint_tables_are_one_line_errors(tmp_path) -> None:
    text = (DEVICE_DIR / "fr5969.toml").read_text()
    cases = {
        'peripheral = "NOPE"': "unknown peripheral",
        'restore = ["SFRIE1", "SFRIE2"]': "not one of its registers",
        "registers = { SFRIE1 = 0x01 }": "not a word of the peripheral",
    }
    for bad, message in cases.items():
        broken = text.replace('peripheral = "SFR"', bad) if "NOPE" in bad else \
            text.replace('restore = ["SFRIE1"]', bad) if "restore" in bad else \
            text.replace("registers = { SFRIE1 = 0x00 }", bad)
        path = tmp_path / "dev.toml"
        path.write_text(broken)
        with pytest.raises(ConfigError, match=message) as err:
            block_for(load_device(path))
        assert "\n" not in str(err.value)


PROGRAM = r"""
#include "sdk.h"
#define REG16(a) (*(volatile uint16_t *)(a))
#define TA1CCTL0 REG16(0x0382)
#define CSCTL0_H (*(volatile uint8_t *)0x0161)

volatile uint16_t ticks;

SDK_ISR(TIMER1_A0_VECTOR, ta1_ccr0) {
    ticks++;
    TA1CCR0 += 400;
}

static uint16_t work(uint16_t crc, uint16_t n) {
    for (uint16_t i = 0; i < n; i++) {
        crc ^= i;
        for (int b = 0; b < 4; b++) crc = (crc & 1) ? (crc >> 1) ^ 0xA001u : crc >> 1;
    }
    return crc;
}

int main(void) {
    FRCTL0 = FRCTLPW | NWAITS_1;        /* one wait state: MCLK above 8 MHz */
    CSCTL0_H = CSKEY >> 8;
    CSCTL1 = 0x0048;                    /* DCORSEL, DCOFSEL 4: 16 MHz */
    CSCTL2 = 0x0033;                    /* SMCLK = MCLK = DCO, ACLK = LFXT */
    CSCTL3 = 0x0040;                    /* SMCLK / 16 = 1 MHz (the UART's 9600 baud), MCLK / 1 */
    CSCTL0_H = 0;
    uart_init();
    P1OUT = 0x05;
    P1DIR = 0x0F;
    TA1CCR0 = 400;
    TA1CCTL0 = CCIE;
    TA1CTL = TASSEL_SMCLK | MC_CONT | 0x0004;   /* continuous, TACLR */
    sdk_enable_interrupts();
    uint16_t acc = 0x1D0F;
    for (uint16_t round = 0; round < ROUNDS; round++) {
        acc = work(acc, 300);
        uint16_t seen = ticks;
        while (ticks == seen) {        /* needs the timer's interrupt after a restore too */
        }
        P1OUT ^= 0x10;
    }
    print_str("acc ");
    print_hex16(acc);
    print_str(" cs ");
    print_hex16(CSCTL1);
    print_hex16(CSCTL2);
    print_hex16(CSCTL3);
    print_str(" p1 ");
    print_hex8(P1DIR);
    print_hex8(P1OUT);
    print_str(" ta1 ");
    print_hex16(TA1CTL & 0x03F0);
    print_nl();
    return acc & 0xFF;
}
"""


@pytest.fixture(scope="module")
def configured_elf(tmp_path_factory):
    if not HAVE_TOOLS:
        pytest.skip("needs clang-14 and ld.lld-14")
    folder = tmp_path_factory.mktemp("periph")
    source = folder / "periph_resume.c"
    source.write_text(PROGRAM)
    return str(sdk.build([source], folder / "periph_resume.elf", extra_cflags=["-DROUNDS=60"]))


@pytest.mark.parametrize("strategy", ["mementos-loop", "mementos-timer", "hibernus", "oracle"])
def test_configured_peripherals_work_after_restores_as_on_continuous_power(configured_elf, strategy) -> None:
    ref = run_json([configured_elf])
    assert ref["exit"] == "halt" and ref["uart"].startswith("acc ") and not ref["warnings"]
    assert " cs 004800330040 p1 0f" in ref["uart"]
    r = run_json([configured_elf, "--preset", "wisp4-mementos", "--harvest", "rfid:4", "--max-time", "60",
                  "--strategy", strategy])
    if strategy == "hibernus":                                 # it sleeps through the low supply instead
        assert r["hibernations"] >= 1
    else:
        assert r["power_failures"] >= 2 and r["restores"] >= 1, (r["exit"], r["power_failures"])
    assert (r["exit"], r["exit_code"], r["uart"]) == ("halt", ref["exit_code"], ref["uart"])
    assert not r["warnings"]


def test_without_the_block_the_same_run_goes_wrong(configured_elf, monkeypatch) -> None:
    """The test above can fail: with no peripheral block the resumed program's UART is in reset (nothing
    printed, a warning), its clock back at 1 MHz and its timer stopped."""
    monkeypatch.setattr("msp430emu.checkpoint.layout.block_for", lambda device: EMPTY_BLOCK)
    ref = run_json([configured_elf])
    r = run_json([configured_elf, "--preset", "wisp4-mementos", "--harvest", "rfid:4", "--max-time", "20",
                  "--strategy", "mementos-loop"])
    assert r["restores"] >= 1
    assert r["uart"] != ref["uart"]


@pytest.fixture(scope="module")
def instrumented_elf(tmp_path_factory):
    if not HAVE_TOOLS:
        pytest.skip("needs clang-14 and ld.lld-14")
    folder = tmp_path_factory.mktemp("periph-fw")
    source = folder / "periph_resume.c"
    source.write_text(PROGRAM)
    out = folder / "periph_resume-m.elf"
    instrument([source], out, "loop", extra_cflags=["-DROUNDS=60"])
    return out


def test_the_firmware_runtime_restores_the_same_peripherals(instrumented_elf, configured_elf) -> None:
    """`msp430emu instrument`'s runtime: the same program resumes with its clocks, UART, timer interrupt and
    pins (nothing but the firmware checkpoints: --strategy none; 1.5 m from the reader: at 4 m the runtime's
    saves at every latch below V_thresh, ~12,000 cycles each at 16 MHz with a wait state, leave about five
    loop iterations of progress per charge), and its bundles hold the same peripheral block as the
    emulator's layout, with the values the program configured."""
    ref = run_json([configured_elf])
    r = run_json([str(instrumented_elf), "--preset", "wisp4-mementos", "--harvest", "rfid:1.5", "--max-time",
                  "60", "--strategy", "none"])
    assert r["power_failures"] >= 2
    assert (r["exit"], r["exit_code"], r["uart"]) == ("halt", ref["exit_code"], ref["uart"])
    assert not r["warnings"]
    image = load_image(instrumented_elf)
    s = image.symbols
    top, used_end, data = s["__stack_top"], s["__ram_used_end"], s["__data_start"]
    start = s["__mementos_slots"]
    slot = 0x2C + (top - data) + BLOCK.size + 4
    lay = BundleLayout(start, start + 2 * slot, top, top - used_end, data, used_end - data, BLOCK)
    machine = Machine("fr5969", image, vcc=2.5)                # every check saves
    assert machine.run(max_cycles=20_000_000).exit == "max-cycles"   # part way: the bundles are committed
    mem = machine.state.mem
    newest = find_latest_valid(mem, lay)
    assert newest is not None and newest.sequence > 10
    at = newest.addr + lay.off_periph
    words = [int(mem[at + 2 * i]) | int(mem[at + 2 * i + 1]) << 8 for i in range(3 + len(BLOCK.addresses))]
    assert tuple(words[:3]) == BLOCK.header
    value = dict(zip(BLOCK.names, words[3:], strict=True))
    assert (value["CS.CSCTL1"], value["CS.CSCTL2"], value["CS.CSCTL3"]) == (0x0048, 0x0033, 0x0040)
    assert value["FRCTL.FRCTL0"] & 0x70 == 0x10 and value["eUSCI_A0.BRW"] == 6
    assert value["PORT_A.DIR"] & 0xFF == 0x0F and value["TA1.CCTL0"] & 0x0010
    assert value["eUSCI_A0.CTLW0"] & 1 == 0 and value["ADC12_B.CTL0"] & 0x12 == 0x12   # UART on; check ADC on


def test_the_demo_prints_what_continuous_power_prints_with_no_warning(capsys, tmp_path) -> None:
    """`msp430emu demo` (the default scenario, mementos-loop, MCLK 8 MHz): after its restores the SDK's UART
    is set up again by the peripheral block, so the line equals the continuous-power run's, no warning."""
    if not HAVE_TOOLS:
        pytest.skip("needs clang-14 and ld.lld-14")
    from msp430emu.cli import main

    assert main(["demo", "--build-dir", str(tmp_path), "--json"]) == 0
    r = json.loads(capsys.readouterr().out)
    assert r["exit"] == "halt" and r["restores"] >= 1 and r["power_failures"] >= 1
    assert not r["warnings"]
    ref = run_json([str(tmp_path / "ar-O2.elf"), "--mclk", "8MHz"])
    assert r["uart"] == ref["uart"] and r["uart"].startswith("ar ")
    assert r["exit_code"] == ref["exit_code"]
