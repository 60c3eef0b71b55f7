"""The firmware Mementos runtime (designs/firmware/runtime) built by ``msp430emu instrument``, on the machine:
reference results of every app on continuous power, the check preserving every register and flag, bundles
that the emulator's own reader (msp430emu.checkpoint.bundle) accepts, restore across a power failure, and a
save torn at a breakpoint inside it resuming from the previous bundle."""

from __future__ import annotations

import shutil

import pytest
from firmware_build import expected, expected_crc, expected_rsa, expected_sense

from msp430emu.checkpoint.bundle import CRC_TABLE, crc16_ccitt, find_latest_valid, read_slot
from msp430emu.checkpoint.layout import BundleLayout
from msp430emu.checkpoint.periph import block_for
from msp430emu.cpu.state import C_CYCLES, PC, SP
from msp430emu.devices import load_device
from msp430emu.machine.machine import Machine
from msp430emu.toolchain import sdk
from msp430emu.toolchain.instrument import instrument
from msp430emu.toolchain.loader import load_image

HAVE_TOOLS = all(shutil.which(t) for t in ("clang-14", "ld.lld-14"))
pytestmark = pytest.mark.skipif(not HAVE_TOOLS, reason="needs clang-14 and ld.lld-14")
APPS = ("crc", "sense", "rsa", "bc", "ar", "cf", "aes128", "fft")
CALL_IMM = 0x12B0                 # CALL #imm (format II, As = 3, R0)
BLOCK = block_for(load_device("fr5969"))   # the peripheral block (device TOML), as instrument builds it
SLOT_BYTES = 0x2C + 0x800 + BLOCK.size + 4     # header + the FR5969's 2 KiB of SRAM + block + CRC + commit


class Builds:
    """Instrumented ELFs, built once per test module into its temporary directory."""

    def __init__(self, root) -> None:
        self.root = root
        self.cache: dict[tuple, object] = {}

    def get(self, app: str, mode: str = "loop", opt: str = "-O2", defines: tuple[str, ...] = ()):
        key = (app, mode, opt, defines)
        if key not in self.cache:
            out = self.root / f"{app}-{mode.replace(':', '_')}{opt}-{len(self.cache)}.elf"
            instrument([sdk.app_source(app)], out, mode, opt, extra_cflags=[f"-D{d}" for d in defines])
            self.cache[key] = load_image(out)
        return self.cache[key]


@pytest.fixture(scope="module")
def builds(tmp_path_factory) -> Builds:
    return Builds(tmp_path_factory.mktemp("instrumented"))


def layout_of(image) -> BundleLayout:
    """The emulator's layout of the runtime's two slots (region = __mementos_slots)."""
    s = image.symbols
    start = s["__mementos_slots"]
    top, used_end, data = s["__stack_top"], s["__ram_used_end"], s["__data_start"]
    return BundleLayout(start, start + 2 * SLOT_BYTES, top, top - used_end, data, used_end - data, BLOCK)


def word(machine: Machine, image, name: str) -> int:
    return machine.state.read_word(image.symbols[name])


def check_results(machine: Machine, image, app: str, result, exp=None) -> None:
    exp = exp or expected(app)
    assert result.exit == "halt" and result.exit_code & 0xFFFF == exp.exit_code
    for name, data in exp.memory.items():
        assert machine.state.read_bytes(image.symbols[name], len(data)) == data, name


def test_the_crc_tables_in_the_firmware_are_the_emulators(builds) -> None:
    image = builds.get("crc")
    machine = Machine("fr5969", image)

    def table(name: str) -> list[int]:
        raw = machine.state.read_bytes(image.symbols[name], 512)
        return [raw[2 * i] | raw[2 * i + 1] << 8 for i in range(256)]

    assert table("__mementos_crc_table") == CRC_TABLE
    # two bytes at once: the one-byte table shifted eight more steps (CRC-16-CCITT is linear)
    assert table("__mementos_crc_table2") == [((t << 8) & 0xFFFF) ^ CRC_TABLE[t >> 8] for t in CRC_TABLE]


@pytest.mark.parametrize("length", [0, 1, 2, 9, 44, 45, 300])
def test_the_firmware_crc_routine_equals_the_emulators_crc(tmp_path, length: int) -> None:
    data = bytes((i * 37 + 11) & 0xFF for i in range(length))
    (tmp_path / "main.c").write_text(
        "#include <stdint.h>\n#include \"mementos.h\"\n"
        f"static const uint8_t data[{max(length, 1)}] __attribute__((aligned(2))) = {{"
        + ", ".join(map(str, data or b"\0")) + "};\n"
        f"int main(void) {{ return (int)__mementos_crc16(data, {length}, 0xFFFF); }}\n")
    instrument([tmp_path / "main.c"], tmp_path / "crc.elf", "loop")
    result = Machine("fr5969", load_image(tmp_path / "crc.elf")).run(max_cycles=1_000_000)
    assert result.exit == "halt" and result.exit_code & 0xFFFF == crc16_ccitt(data)


@pytest.mark.parametrize(("app", "mode", "opt"), [
    *((app, "loop", "-O2") for app in APPS),
    ("crc", "loop", "-O0"), ("rsa", "loop", "-Os"), ("fft", "loop", "-O0"),
    ("ar", "return", "-O2"), ("aes128", "return", "-O2"), ("sense", "return", "-O0"),
    ("crc", "timer", "-O2"), ("cf", "timer:5000", "-O2"), ("fft", "timer:100000", "-Os"),
])
def test_instrumented_apps_give_the_reference_results_on_continuous_power(builds, app, mode, opt) -> None:
    image = builds.get(app, mode, opt)
    machine = Machine("fr5969", image, vcc=3.0)
    check_results(machine, image, app, machine.run(max_cycles=300_000_000))
    assert word(machine, image, "__mementos_saves") == 0          # 3.0 V: no check is below V_thresh
    assert word(machine, image, "__mementos_restores") == 0


@pytest.mark.parametrize(("app", "mode", "defines", "reference"), [
    ("crc", "loop", ("ITERATIONS=1",), lambda: expected_crc(1)),
    ("cf", "loop", (), lambda: expected("cf")),
    ("rsa", "loop", ("MESSAGES=1",), lambda: expected_rsa(1)),
    ("ar", "return", (), lambda: expected("ar")),
    ("sense", "timer:3000", ("WINDOWS=4",), lambda: expected_sense(4)),
])
def test_saving_at_every_check_leaves_the_run_unchanged_and_the_emulator_accepts_the_bundles(
        builds, app, mode, defines, reference) -> None:
    image = builds.get(app, mode, "-O2", defines)
    machine = Machine("fr5969", image, vcc=2.5)                   # every check is below V_thresh = 2.7 V
    check_results(machine, image, app, machine.run(max_cycles=500_000_000), reference())
    saves = word(machine, image, "__mementos_saves")
    assert saves >= 2
    layout = layout_of(image)
    # the run completed: the runtime cleared both commit words, so nothing is valid any more ...
    assert find_latest_valid(machine.state.mem, layout) is None
    # ... but the slots hold the last two bundles with their CRC: put the commit words back and the
    # emulator's reader accepts them, with consecutive sequence numbers ending at the save count
    mem = machine.state.mem
    for index in (0, 1):
        base = layout.slot_addr(index)
        seq = int(mem[base + 4]) | int(mem[base + 5]) << 8
        commit = 0xC3A5 ^ seq
        mem[base + layout.off_commit] = commit & 0xFF
        mem[base + layout.off_commit + 1] = commit >> 8
    slots = [read_slot(mem, layout, i) for i in (0, 1)]
    assert all(s is not None for s in slots)
    assert sorted(s.sequence for s in slots) == [saves - 1, saves]
    newest = max(slots, key=lambda s: s.sequence)
    assert newest.index == (saves - 1) % 2                        # slots alternate 0, 1, 0, ...
    for s in slots:                                               # each resumes right after a check call
        assert machine.state.read_word(s.pc - 4) == CALL_IMM
        assert machine.state.read_word(s.pc - 2) == image.symbols["__mementos_check"]


def _run_until_commit(machine: Machine, count: int) -> None:
    """Run to the commit store of the ``count``-th save from now (the store not yet executed)."""
    for _ in range(count):
        machine.run(until="__mementos_save_begin")
        assert machine.run(until="__mementos_save_commit").exit == "until"


def test_a_power_failure_resumes_from_the_newest_bundle_and_completes(builds) -> None:
    image = builds.get("crc")
    supply = {"v": 3.0}
    machine = Machine("fr5969", image, vcc=lambda now: supply["v"], volatile_fill=0xA5)
    machine.run(max_cycles=120_000)
    supply["v"] = 2.5
    _run_until_commit(machine, 3)
    machine.run(max_cycles=5_000)                                 # past the third commit, into the program
    layout = layout_of(image)
    newest = find_latest_valid(machine.state.mem, layout)
    assert newest is not None and newest.sequence == 3 and newest.index == 0
    saved_pc = newest.pc
    machine.power_off()
    supply["v"] = 3.0
    machine.power_on()                                           # SRAM refilled with 0xA5, crt0 runs again
    assert machine.run(until="__mementos_resume").exit == "until"
    assert machine.state.regs[12] == newest.addr                  # the runtime chose the emulator's choice
    assert machine.run(until=saved_pc).exit == "until"
    assert machine.state.regs[SP] == newest.sp
    check_results(machine, image, "crc", machine.run(max_cycles=50_000_000))
    assert word(machine, image, "__mementos_restores") == 1
    assert word(machine, image, "__mementos_saves") == 3


def _at_second_save(image, supply: dict) -> Machine:
    """A machine whose first bundle is committed and whose second save starts at the next instruction."""
    machine = Machine("fr5969", image, vcc=lambda now: supply["v"], volatile_fill=0x3C)
    machine.run(max_cycles=90_000)
    supply["v"] = 2.5
    _run_until_commit(machine, 1)                                 # bundle 1 about to commit ...
    machine.run(until="__mementos_save_begin")                    # ... committed; bundle 2 starts here
    return machine


@pytest.mark.parametrize("cut", [0.0, 0.01, 0.3, 0.6, 0.95, "commit"])
def test_a_save_torn_by_a_power_failure_leaves_the_previous_bundle(builds, cut) -> None:
    image = builds.get("crc")
    probe = _at_second_save(image, {"v": 3.0})                    # the same run, to time the second save
    start = int(probe.state.ctl[C_CYCLES])
    probe.run(until="__mementos_save_commit")
    duration = int(probe.state.ctl[C_CYCLES]) - start
    assert duration > 1000
    supply = {"v": 3.0}
    machine = _at_second_save(image, supply)
    layout = layout_of(image)
    first = find_latest_valid(machine.state.mem, layout)
    assert first is not None and first.sequence == 1 and first.index == 0
    if cut == "commit":
        machine.run(until="__mementos_save_commit")               # everything written but the commit word
    elif cut:
        machine.run(max_cycles=int(duration * cut))               # power fails at this cycle of the save
    check = image.symbol_info["__mementos_check"]
    assert check.addr <= int(machine.state.regs[PC]) < check.addr + check.size
    machine.power_off()
    supply["v"] = 3.0
    machine.power_on()
    assert machine.run(until="__mementos_resume").exit == "until"
    assert machine.state.regs[12] == first.addr                   # the previous bundle, not the torn one
    assert read_slot(machine.state.mem, layout, 1) is None
    check_results(machine, image, "crc", machine.run(max_cycles=50_000_000))
    assert word(machine, image, "__mementos_restores") == 1


def test_a_commit_that_completed_is_the_one_resumed(builds) -> None:
    image = builds.get("crc")
    supply = {"v": 3.0}
    machine = Machine("fr5969", image, vcc=lambda now: supply["v"])
    machine.run(max_cycles=90_000)
    supply["v"] = 2.5
    _run_until_commit(machine, 2)
    machine.run(max_cycles=4)                                     # the commit store of bundle 2 executes
    layout = layout_of(image)
    second = find_latest_valid(machine.state.mem, layout)
    assert second is not None and second.sequence == 2 and second.index == 1
    machine.power_off()
    supply["v"] = 3.0
    machine.power_on()
    assert machine.run(until="__mementos_resume").exit == "until"
    assert machine.state.regs[12] == second.addr
    check_results(machine, image, "crc", machine.run(max_cycles=50_000_000))


# --- the check itself: every register and flag survives, on both of its paths -----------------------------
FLAGS = [c | z | n | v for c in (0, 1) for z in (0, 2) for n in (0, 4) for v in (0, 0x100)]
REGISTERS = (4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15)


def flag_test_asm(gie: int) -> str:
    """__flag_test: for each SR pattern, load R4..R15 with patterns, set SR, call the check, store SR,
    R4..R15 and SP into __flag_results (14 words per pattern); R4..R10 are saved around (callee-saved)."""
    lines = ['\t.section\t.text.flag_test,"ax",@progbits', "\t.globl\tflag_test",
             "\t.type\tflag_test,@function", "flag_test:"]
    lines += [f"\tpush\tr{r}" for r in range(4, 11)]
    for i, flags in enumerate(FLAGS):
        base = 28 * i
        lines += [f"\tmov\t#{0x1000 * (r - 3) + i:#x}, r{r}" for r in REGISTERS]
        lines += [f"\tmov\t#{flags | gie:#x}, r2", "\tcall\t#__mementos_check",
                  f"\tmov\tr2, &__flag_results+{base}"]
        lines += [f"\tmov\tr{r}, &__flag_results+{base + 2 * (k + 1)}" for k, r in enumerate(REGISTERS)]
        lines += [f"\tmov\tr1, &__flag_results+{base + 26}", "\tdint", "\tnop"]
    lines += [f"\tpop\tr{r}" for r in range(10, 3, -1)]
    lines += ["\tclr\tr12", "\tret", '\t.section\t.bss.flag_results,"aw",@nobits', "\t.globl\t__flag_results",
              "\t.p2align\t1", "__flag_results:", f"\t.space\t{28 * len(FLAGS)}"]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(("mode", "vcc", "gie"), [("loop", 3.0, 0), ("loop", 2.5, 0), ("timer:200", 2.5, 8)])
def test_the_check_preserves_every_register_sr_and_sp(tmp_path, mode: str, vcc: float, gie: int) -> None:
    (tmp_path / "main.c").write_text("int flag_test(void);\nint main(void) { return flag_test(); }\n")
    (tmp_path / "flags.s").write_text(flag_test_asm(gie))
    out = tmp_path / "flags.elf"
    instrument([tmp_path / "main.c", tmp_path / "flags.s"], out, mode)
    image = load_image(out)
    machine = Machine("fr5969", image, vcc=vcc)
    assert machine.run(max_cycles=20_000_000).exit == "halt"
    saves = machine.state.read_word(image.symbols["__mementos_saves"])
    base = image.symbols["__flag_results"]
    sp = None
    for i, flags in enumerate(FLAGS):
        got = [machine.state.read_word(base + 28 * i + 2 * k) for k in range(14)]
        assert got[0] == flags | gie, f"SR after pattern {i}"
        assert got[1:13] == [0x1000 * (r - 3) + i for r in REGISTERS]
        sp = got[13] if sp is None else sp
        assert got[13] == sp
    if mode == "loop":
        assert saves == (len(FLAGS) if vcc < 2.7 else 0)          # the save path ran for every pattern
    else:
        assert saves >= 1                                         # timer mode: only when the flag was set


@pytest.mark.parametrize("damaged", [(0,), (0, 1)])
def test_a_corrupt_bundle_is_never_restored(builds, damaged: tuple[int, ...]) -> None:
    image = builds.get("crc")
    supply = {"v": 3.0}
    machine = Machine("fr5969", image, vcc=lambda now: supply["v"], volatile_fill=0x5A)
    machine.run(max_cycles=120_000)
    supply["v"] = 2.5
    _run_until_commit(machine, 3)
    supply["v"] = 3.0
    machine.run(max_cycles=5_000)                                 # bundle 3 in slot 0, bundle 2 in slot 1
    layout = layout_of(image)
    machine.power_off()
    for index in damaged:                                         # one bit of the saved globals flipped
        machine.state.mem[layout.slot_addr(index) + layout.off_globals + 7] ^= 0x10
    supply["v"] = 3.0
    machine.power_on()
    older = read_slot(machine.state.mem, layout, 1)
    if damaged == (0,):
        assert older is not None and older.sequence == 2
        assert machine.run(until="__mementos_resume").exit == "until"
        assert machine.state.regs[12] == older.addr              # the intact older bundle
    else:
        assert find_latest_valid(machine.state.mem, layout) is None
    check_results(machine, image, "crc", machine.run(max_cycles=50_000_000))
    assert word(machine, image, "__mementos_restores") == (1 if damaged == (0,) else 0)


SWITCH_AND_ISR = """\
#include "sdk.h"
volatile uint16_t ticks;
uint16_t hist[8];
SDK_ISR(TIMER0_A0_VECTOR, tick) { for (int i = 0; i < 3; i++) ticks++; }
static __attribute__((noinline)) uint16_t f(uint16_t x) {
    switch (x & 7) {
    case 0: return x * 3; case 1: return x ^ 0x55; case 2: return x + 17; case 3: return x << 2;
    case 4: return x >> 1; case 5: return ~x; case 6: return x - 9; default: return x | 0x100;
    }
}
int main(void) {
    TA0CCR0 = 999; TA0CCTL0 = 0x0010; TA0CTL = 0x0200 | 0x0010 | 0x0004;
    sdk_enable_interrupts();
    uint16_t acc = 1;
    for (uint16_t i = 0; i < 3000; i++) { acc = f(acc + i); hist[acc & 7]++; }
    sdk_disable_interrupts();
    return (int)(acc ^ hist[3] ^ (ticks ? 0 : 0x8000));
}
"""


@pytest.mark.parametrize("mclk", [1e6, 8e6, 16e6])
def test_a_program_with_its_own_isr_timer_and_jump_table_runs_at_any_clock(tmp_path, mclk: float) -> None:
    # the ISR is left uninstrumented, the jump table's BR is no latch; the check's conversion (46 ADC12CLK
    # cycles at 5 MHz = 9.2 us) never ends on an MCLK edge at 1, 8 or 16 MHz (16 MHz: NWAITS = 1 first)
    src = tmp_path / "sw.c"
    src.write_text(SWITCH_AND_ISR.replace("int main(void) {\n", "int main(void) {\n    FRCTL0 = 0xA510;\n")
                   if mclk > 8e6 else SWITCH_AND_ISR)
    plain = sdk.build([src], tmp_path / "plain.elf")
    result = instrument([src], tmp_path / "sw.elf", "loop")
    assert result.skipped_functions == ["tick"] and result.count("loop") == 1
    reference = Machine("fr5969", load_image(plain), mclk=mclk).run(max_cycles=10_000_000)
    image = load_image(tmp_path / "sw.elf")
    for vcc in (3.0, 2.5):                                        # no saves, then a save at every check
        machine = Machine("fr5969", image, mclk=mclk, vcc=vcc)
        got = machine.run(max_cycles=200_000_000)
        assert got.exit == reference.exit == "halt" and got.exit_code == reference.exit_code
        assert (word(machine, image, "__mementos_saves") > 0) == (vcc < 2.7)
