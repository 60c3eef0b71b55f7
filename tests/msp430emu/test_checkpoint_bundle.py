"""The FRAM checkpoint bundle (msp430emu/checkpoint/layout.py, bundle.py): round trips on running firmware,
torn saves at every byte, corrupted slots, slot alternation, region placement and collisions."""

from __future__ import annotations

import shutil

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as hs
from machine_programs import _firmware_build, build_app

from msp430emu.checkpoint.bundle import (
    CheckpointError,
    apply_writes,
    crc16_ccitt,
    find_latest_valid,
    plan_save,
    read_slot,
    restore,
    save,
)
from msp430emu.checkpoint.layout import BundleLayout, layout_for
from msp430emu.cpu.state import C_TRIG_DONE, PC, SP, MachineState
from msp430emu.devices import load_device
from msp430emu.errors import ConfigError
from msp430emu.machine.machine import Machine
from msp430emu.toolchain.loader import load_image

HAVE_TOOLS = all(shutil.which(t) for t in ("clang-14", "ld.lld-14"))
needs_tools = pytest.mark.skipif(not HAVE_TOOLS, reason="needs clang-14 and ld.lld-14")
fb = _firmware_build()
FR5969 = load_device("fr5969")
SRAM = (0x1C00, 0x2400)


def small_layout() -> BundleLayout:
    return BundleLayout(region_start=0x10000, region_end=0x10400, stack_top=0x2400, max_stack=64,
                        globals_start=0x1C00, globals_len=32)


def random_state(seed: int, sp: int = 0x23E0) -> MachineState:
    rng = np.random.default_rng(seed)
    st = MachineState()
    st.mem[SRAM[0]:SRAM[1]] = rng.integers(0, 256, SRAM[1] - SRAM[0], dtype=np.uint8)
    st.regs[:] = rng.integers(0, 0x10000, 16)
    st.regs[SP] = sp
    st.regs[3] = 0
    return st


def crc_run(elf, volatile_fill: int = 0x5A) -> tuple[Machine, object]:
    """A machine running ``elf``; SRAM refills with ``volatile_fill`` at each power-up (not zeros)."""
    image = load_image(elf)
    return Machine("fr5969", image, volatile_fill=volatile_fill), image


def test_crc16_ccitt_check_value() -> None:
    # the published check value of CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF, no reflection)
    assert crc16_ccitt(b"123456789") == 0x29B1
    assert crc16_ccitt(b"") == 0xFFFF


@needs_tools
@pytest.mark.parametrize("opt", ["-O0", "-O2"])
def test_round_trip_across_a_power_failure_gives_the_uninterrupted_result(opt: str) -> None:
    exp = fb.expected("crc")
    whole = crc_run(build_app("crc", opt))[0].run()
    machine, image = crc_run(build_app("crc", opt))
    layout = layout_for(image, FR5969)
    part = machine.run(max_cycles=150_000)
    assert part.exit == "max-cycles"
    pc_saved = int(machine.state.regs[PC])
    plan = save(machine.state, layout)
    assert (plan.slot, plan.sequence) == (0, 1)
    machine.power_off()
    machine.power_on()                          # SRAM lost (volatile_fill), BOR: crt0 runs again
    machine.state.regs[4:16] = 0xBEEF
    boot = machine.run(until="main")            # crt0 held the watchdog, unlocked the pins, reset .data/.bss
    slot = find_latest_valid(machine.state.mem, layout)
    assert slot is not None and slot.pc == pc_saved
    restore(machine.state, layout, slot)
    assert int(machine.state.regs[PC]) == pc_saved and int(machine.state.ctl[C_TRIG_DONE]) == 0
    machine.state.attr[image.symbol("main")] &= 0xFF ^ 0x20   # drop the --until breakpoint
    result = machine.run()
    assert result.exit == "halt" and result.exit_code is not None
    # resumed where it was saved: the two parts execute exactly the instructions of the whole run
    # (RunResult counts are cumulative over the machine's life)
    assert part.instructions + (result.instructions - boot.instructions) == whole.instructions
    assert boot.instructions > part.instructions
    assert result.exit_code & 0xFFFF == exp.exit_code
    for name, data in exp.memory.items():
        assert machine.state.read_bytes(image.symbol(name), len(data)) == data, name


@needs_tools
def test_round_trip_after_garbage_in_sram_and_registers() -> None:
    exp = fb.expected("crc")
    whole = crc_run(build_app("crc", "-O2"))[0].run()
    machine, image = crc_run(build_app("crc", "-O2"))
    layout = layout_for(image, FR5969)
    part = machine.run(max_cycles=120_000)
    save(machine.state, layout)
    rng = np.random.default_rng(7)
    machine.state.mem[SRAM[0]:SRAM[1]] = rng.integers(0, 256, SRAM[1] - SRAM[0], dtype=np.uint8)
    machine.state.regs[:] = rng.integers(0, 0x10000, 16)
    machine.state.regs[3] = 0
    restore(machine.state, layout, find_latest_valid(machine.state.mem, layout))
    result = machine.run()
    assert result.exit == "halt" and result.exit_code & 0xFFFF == exp.exit_code
    assert result.instructions == whole.instructions and part.instructions < whole.instructions
    for name, data in exp.memory.items():
        assert machine.state.read_bytes(image.symbol(name), len(data)) == data, name


@needs_tools
def test_save_at_an_armed_trigger_point_then_resume_after_reboot() -> None:
    """The core's trigger mechanism drives the save: loop latches marked, armed from a cycle on; the
    host saves at the first trigger stop (PC = the latch), power fails, the reboot restores."""
    from msp430emu.checkpoint.triggers import find_triggers
    from msp430emu.cpu.state import C_TRIG_ARM, NEVER

    exp = fb.expected("crc")
    elf = build_app("crc", "-O0")
    whole = crc_run(elf)[0].run()
    machine, image = crc_run(elf)
    layout = layout_for(image, FR5969)
    latches = find_triggers(image, "loop")
    latches.mark(machine.state)
    machine.state.ctl[C_TRIG_ARM] = 200_000
    saved = []

    def on_trigger(m: Machine, now: float) -> None:
        saved.append(save(m.state, layout))
        m.state.ctl[C_TRIG_ARM] = NEVER
        m.request_stop("no-energy", "power failure injected after the save")

    machine.on_trigger.add(on_trigger)
    part = machine.run()
    assert part.exit == "no-energy" and len(saved) == 1
    assert int(machine.state.regs[PC]) in latches.addresses()
    machine.power_off()
    machine.power_on()
    boot = machine.run(until="main")
    slot = find_latest_valid(machine.state.mem, layout)
    assert slot.pc in latches.addresses()
    restore(machine.state, layout, slot)
    machine.state.attr[image.symbol("main")] &= 0xFF ^ 0x20
    result = machine.run()
    assert result.exit_code & 0xFFFF == exp.exit_code
    assert part.instructions + (result.instructions - boot.instructions) == whole.instructions


@needs_tools
@pytest.mark.parametrize("app", ["crc", "sense", "rsa", "bc", "ar", "cf", "aes128", "fft"])
@pytest.mark.parametrize("kind", ["loop", "return"])
def test_every_app_resumes_from_trigger_checkpoints(app: str, kind: str) -> None:
    """At 10 %, 50 % and 90 % of the run: save at the next trigger point, lose power, reboot, restore;
    the result globals and exit code equal the Python reference."""
    from msp430emu.checkpoint.triggers import find_triggers
    from msp430emu.cpu.state import C_TRIG_ARM, NEVER

    exp = fb.expected(app)
    elf = build_app(app, "-O2")
    whole = crc_run(elf)[0].run()
    for fraction in (0.1, 0.5, 0.9):
        machine, image = crc_run(elf)
        layout = layout_for(image, FR5969)
        find_triggers(image, kind).mark(machine.state)
        machine.state.ctl[C_TRIG_ARM] = int(whole.cycles * fraction)

        def on_trigger(m: Machine, now: float, lay: BundleLayout = layout) -> None:
            save(m.state, lay)
            m.state.ctl[C_TRIG_ARM] = NEVER
            m.request_stop("no-energy", "power failure injected after the save")

        machine.on_trigger.add(on_trigger)
        assert machine.run().exit == "no-energy", f"{app} {kind}: no trigger after {fraction:.0%}"
        machine.power_off()
        machine.power_on()
        machine.run(until="main")
        restore(machine.state, layout, find_latest_valid(machine.state.mem, layout))
        machine.state.attr[image.symbol("main")] &= 0xFF ^ 0x20
        result = machine.run(max_cycles=4 * whole.cycles)
        assert result.exit == "halt" and result.exit_code & 0xFFFF == exp.exit_code, f"{app} at {fraction}"
        for name, data in exp.memory.items():
            assert machine.state.read_bytes(image.symbol(name), len(data)) == data, f"{app} {name}"


@needs_tools
def test_restore_reads_only_the_fram_bytes() -> None:
    machine, image = crc_run(build_app("crc", "-O2"))
    layout = layout_for(image, FR5969)
    machine.run(max_cycles=90_000)
    save(machine.state, layout)
    fresh = MachineState()                       # nothing but the checkpoint region is carried over
    region = slice(layout.region_start, layout.region_end)
    fresh.mem[region] = machine.state.mem[region]
    restore(fresh, layout, find_latest_valid(fresh.mem, layout))
    for r in (0, 1, 2, *range(4, 16)):
        assert fresh.regs[r] == machine.state.regs[r], f"R{r}"
    sp = int(machine.state.regs[SP])
    assert fresh.read_bytes(sp, 0x2400 - sp) == machine.state.read_bytes(sp, 0x2400 - sp)
    assert fresh.read_bytes(layout.globals_start, layout.globals_len) == \
        machine.state.read_bytes(layout.globals_start, layout.globals_len)


def torn_check(st: MachineState, layout: BundleLayout, expect_seq: int | None) -> int:
    """Apply the next save one byte at a time; before the last byte the newest valid checkpoint must stay
    the previous one (``expect_seq``), after it the new one. Returns the number of writes."""
    plan = plan_save(st, layout)
    for addr, byte in plan.writes:
        latest = find_latest_valid(st.mem, layout)
        assert (latest.sequence if latest else None) == expect_seq, f"torn after write to 0x{addr:05X}"
        st.mem[addr] = byte
    latest = find_latest_valid(st.mem, layout)
    assert latest is not None and latest.sequence == plan.sequence and latest.index == plan.slot
    return len(plan.writes)


def test_torn_saves_at_every_byte_keep_the_previous_checkpoint() -> None:
    layout = small_layout()
    st = random_state(1)
    assert torn_check(st, layout, None) == 44 + 32 + 32 + 6
    for seq in range(1, 5):                    # each slot overwritten while the other holds the newest
        st.mem[SRAM[0]:SRAM[0] + 32] ^= 0x5A
        st.regs[SP] = 0x2400 - 2 * (seq + 3)
        torn_check(st, layout, seq)


@needs_tools
def test_torn_saves_at_every_byte_on_a_running_app() -> None:
    machine, image = crc_run(build_app("crc", "-O2"))
    layout = layout_for(image, FR5969)
    machine.run(max_cycles=60_000)
    save(machine.state, layout)
    machine.run(max_cycles=60_000)
    save(machine.state, layout)
    machine.run(max_cycles=60_000)
    n = torn_check(machine.state, layout, 2)    # overwrites slot 0 (sequence 1) while slot 1 holds 2
    assert n > layout.globals_len


@settings(max_examples=40, deadline=None, database=None)   # no .hypothesis/ in the tree
@given(seed=hs.integers(0, 2**32 - 1), depths=hs.lists(hs.integers(0, 32), min_size=2, max_size=4),
       globals_words=hs.integers(0, 24), fail_at=hs.floats(0, 1, exclude_max=True))
def test_torn_save_property(seed: int, depths: list[int], globals_words: int, fail_at: float) -> None:
    """Random layouts and states: a series of complete saves, then one torn after a random number of
    bytes; the newest complete save is the one found, and restoring it gives back its registers."""
    layout = BundleLayout(0x10000, 0x10800, 0x2400, 64, 0x1C00, 2 * globals_words)
    st = random_state(seed)
    regs_of = {}
    for i, depth in enumerate(depths[:-1]):
        st.regs[SP] = 0x2400 - 2 * depth
        st.regs[4 + i] ^= 0x1111
        plan = save(st, layout)
        regs_of[plan.sequence] = st.regs.copy()
    st.regs[SP] = 0x2400 - 2 * depths[-1]
    plan = plan_save(st, layout)
    apply_writes(st, plan, int(fail_at * len(plan)))
    latest = find_latest_valid(st.mem, layout)
    assert latest.sequence == len(depths) - 1
    st.regs[:] = 0
    restore(st, layout, latest)
    for r in (0, 1, 2, *range(4, 16)):
        assert st.regs[r] == regs_of[latest.sequence][r]


@pytest.mark.parametrize("kwargs,message", [
    ({"region_start": 0x10001}, r"^checkpoint region start 0x10001 must be even$"),
    ({"max_stack": 0x2402}, r"^checkpoint layout: a stack of 9218 bytes does not fit below 0x2400$"),
    ({"globals_len": 33}, r"^checkpoint layout: globals_len = 0x21 must be an even 16-bit value$"),
    ({"region_end": 0x10100}, r"^checkpoint region 0x10000-0x100FF holds 256 bytes; two slots need 288$"),
])
def test_layout_values_are_checked(kwargs: dict, message: str) -> None:
    fields = {"region_start": 0x10000, "region_end": 0x10400, "stack_top": 0x2400, "max_stack": 64,
              "globals_start": 0x1C00, "globals_len": 32} | kwargs
    with pytest.raises(ConfigError, match=message):
        BundleLayout(**fields)


def test_a_corrupted_byte_is_never_restored() -> None:
    layout = small_layout()
    st = random_state(2)
    first = save(st, layout)
    st.regs[5] ^= 0xFFFF
    second = save(st, layout)
    assert (first.slot, second.slot) == (0, 1)
    for addr, _ in second.writes:
        original = int(st.mem[addr])
        st.mem[addr] = original ^ 0x01
        assert read_slot(st.mem, layout, 1) is None, f"flip at 0x{addr:05X} not detected"
        assert find_latest_valid(st.mem, layout).sequence == first.sequence
        st.mem[addr] = original
    assert find_latest_valid(st.mem, layout).sequence == second.sequence
    slot = find_latest_valid(st.mem, layout)
    st.mem[layout.slot_addr(1) + layout.off_globals] ^= 0x80
    with pytest.raises(CheckpointError, match=r"^checkpoint slot 1 \(sequence 2\) is no longer valid$"):
        restore(st, layout, slot)


def test_slots_alternate_and_sequence_grows() -> None:
    layout = small_layout()
    st = random_state(3)
    plans = [save(st, layout) for _ in range(5)]
    assert [(p.slot, p.sequence) for p in plans] == [(0, 1), (1, 2), (0, 3), (1, 4), (0, 5)]
    assert read_slot(st.mem, layout, 1).sequence == 4
    # the commit word is cleared first and written last
    commit = layout.slot_addr(1) + layout.off_commit
    plan = plan_save(st, layout)
    assert plan.writes[:2] == ((commit, 0), (commit + 1, 0))
    assert [a for a, _ in plan.writes[-2:]] == [commit, commit + 1]
    assert apply_writes(st, plan, 10) == 10 and find_latest_valid(st.mem, layout).sequence == 5


def test_empty_region_has_no_checkpoint_and_bad_sp_is_refused() -> None:
    layout = small_layout()
    st = random_state(4)
    assert find_latest_valid(st.mem, layout) is None
    st.regs[SP] = 0x2300
    with pytest.raises(CheckpointError, match=r"^SP = 0x2300 lies outside the stack area 0x23C0-0x2400"):
        plan_save(st, layout)
    st.regs[SP] = 0x23F0
    st.regs[7] = 0xFFF80                        # e.g. SXT on the CPUX: a data register keeps its low word
    plan = plan_save(st, layout)
    assert dict(plan.writes)[layout.slot_addr(plan.slot) + 0x0E + 2 * 6] == 0x80   # R7's slot: 0xFF80
    st.regs[0] = 0x12345                        # code above 64 KiB: the format cannot resume there
    with pytest.raises(CheckpointError, match=r"^R0 = 0x12345 does not fit 16 bits"):
        plan_save(st, layout)


@needs_tools
def test_layout_of_an_sdk_app_and_region_errors() -> None:
    image = load_image(build_app("crc", "-O2"))
    layout = layout_for(image, FR5969)
    assert (layout.region_start, layout.region_end) == (0x10000, 0x14000)
    assert layout.globals_start == image.symbol("__data_start") == 0x1C00
    assert layout.globals_start + layout.globals_len == image.symbol("__ram_used_end")
    assert layout.stack_top == 0x2400 and layout.stack_low == image.symbol("__ram_used_end")
    assert layout.used_end <= 0x14000
    text_end = max(s.end for s in image.segments if s.addr == 0x4400)
    with pytest.raises(ConfigError, match=r"^checkpoint region 0x04400-0x053FF collides with the program "
                                          r"segment 0x04400-0x"):
        layout_for(image, FR5969, (0x4400, 0x5400))
    assert layout_for(image, FR5969, (text_end + 64, 0xFF00)).region_start == text_end + 64
    with pytest.raises(ConfigError, match=r"^checkpoint region 0x01C00-0x023FF reaches 0x01C00 \(sram\), "
                                          r"which is not writable FRAM of the MSP430FR5969$"):
        layout_for(image, FR5969, (0x1C00, 0x2400))
    with pytest.raises(ConfigError, match=r"^checkpoint region 0x13000-0x14FFF reaches 0x14000 \(unmapped\)"):
        layout_for(image, FR5969, (0x13000, 0x15000))
    with pytest.raises(ConfigError, match=r"^checkpoint region 0x01800-0x044FF reaches 0x01A00 \(tlv\)"):
        layout_for(image, FR5969, (0x1800, 0x4500))    # info FRAM .. FRAM across TLV, SRAM and a gap
    with pytest.raises(ConfigError, match=r"^checkpoint region 0x10000-0x100FF holds 256 bytes; two slots "
                                          r"need \d+$"):
        layout_for(image, FR5969, (0x10000, 0x10100))


def test_image_without_sdk_symbols_saves_the_whole_sram() -> None:
    class Bare:
        symbols = {"start": 0x4400}
        segments = []
    layout = layout_for(Bare(), FR5969)
    sram = FR5969.region("sram")
    assert (layout.globals_start, layout.globals_len) == (sram.start, sram.end + 1 - sram.start)
    assert (layout.stack_top, layout.max_stack) == (sram.end + 1, sram.end + 1 - sram.start)


@needs_tools
def test_round_trip_of_an_image_without_sdk_symbols() -> None:
    """A program whose start-up code is not the SDK's (no __data_start/__stack_top): the whole SRAM is
    saved and restored, and the run still ends with the uninterrupted result."""
    exp = fb.expected("crc")
    machine, image = crc_run(build_app("crc", "-O2"))
    for name in ("__data_start", "__stack_top", "__ram_used_end", "__bss_end"):
        image.symbols.pop(name, None)
    layout = layout_for(image, FR5969)
    assert layout.globals_len == 2048
    machine.run(max_cycles=150_000)
    save(machine.state, layout)
    machine.power_off()
    machine.power_on()
    machine.run(until="main")
    restore(machine.state, layout, find_latest_valid(machine.state.mem, layout))
    machine.state.attr[image.symbol("main")] &= 0xFF ^ 0x20
    result = machine.run()
    assert result.exit == "halt" and result.exit_code & 0xFFFF == exp.exit_code


def _reference_plan(state: MachineState, layout: BundleLayout) -> tuple[np.ndarray, np.ndarray]:
    """The byte writes of a save as plan_save built them before its compiled fill (the reference)."""
    from msp430emu.checkpoint.layout import COMMIT_BASE, MAGIC, SAVED_REGISTERS, VERSION

    def words(*values: int) -> bytes:
        return b"".join(int(v & 0xFFFF).to_bytes(2, "little") for v in values)

    regs = [int(state.regs[r]) & 0xFFFF for r in SAVED_REGISTERS]
    sp = int(state.regs[SP])
    latest = find_latest_valid(state.mem, layout)
    slot = 0 if latest is None else (latest.index + 1) % 2
    sequence = 1 if latest is None else latest.sequence + 1
    base = layout.slot_addr(slot)
    stack_len = layout.stack_top - sp
    header = words(MAGIC, VERSION, sequence, sequence >> 16, stack_len, layout.globals_start,
                   layout.globals_len) + words(*regs)
    stack = state.read_bytes(sp, stack_len)
    globals_ = state.read_bytes(layout.globals_start, layout.globals_len)
    crc = crc16_ccitt(header + stack + globals_)
    commit_addr = base + layout.off_commit
    stack_at = base + layout.off_stack + sp - layout.stack_low
    pieces = [(commit_addr, b"\0\0"), (base, header), (stack_at, stack),
              (base + layout.off_globals, globals_), (base + layout.off_crc, words(crc)),
              (commit_addr, words(COMMIT_BASE ^ (sequence & 0xFFFF)))]
    addrs = np.concatenate([np.arange(a, a + len(chunk), dtype=np.int64) for a, chunk in pieces])
    return addrs, np.frombuffer(b"".join(chunk for _, chunk in pieces), dtype=np.uint8)


@settings(max_examples=200, deadline=None)
@given(hs.integers(0, 2**32 - 1), hs.integers(0, 32).map(lambda k: 0x2400 - 2 * k), hs.integers(0, 3))
def test_plan_save_writes_the_bytes_of_the_reference_plan(seed: int, sp: int, saves: int) -> None:
    """The compiled fill of plan_save against the byte-string construction it replaced, after 0-3 earlier
    saves (both slots, a torn target slot)."""
    layout = small_layout()
    st = random_state(seed, sp)
    for _ in range(saves):
        save(st, layout)
    if saves == 3:
        plan = plan_save(st, layout)
        st.mem[plan.addrs[:10]] = plan.values[:10]          # a torn save in the target slot
    addrs, values = _reference_plan(st, layout)
    plan = plan_save(st, layout)
    assert np.array_equal(plan.addrs, addrs) and np.array_equal(plan.values, values)
    assert plan.addrs.dtype == np.int64 and plan.values.dtype == np.uint8


def _reference_read_slot(mem: np.ndarray, layout: BundleLayout, index: int):
    """read_slot's checks in plain Python (as before its compiled pass): (sequence, pc, sp, stack_len) or
    None."""
    from msp430emu.checkpoint.layout import COMMIT_BASE, HEADER_SIZE, MAGIC, SAVED_REGISTERS, VERSION

    def word(a: int) -> int:
        return int(mem[a]) | (int(mem[a + 1]) << 8)

    base = layout.slot_addr(index)
    if word(base) != MAGIC or word(base + 2) != VERSION:
        return None
    sequence = word(base + 4) | (word(base + 6) << 16)
    if word(base + layout.off_commit) != COMMIT_BASE ^ (sequence & 0xFFFF):
        return None
    if word(base + 10) != layout.globals_start or word(base + 12) != layout.globals_len:
        return None
    stack_len, sp = word(base + 8), word(base + 14 + 2 * SAVED_REGISTERS.index(SP))
    if stack_len > layout.max_stack or sp != layout.stack_top - stack_len:
        return None
    stack_off = base + layout.off_stack + sp - layout.stack_low
    globals_off = base + layout.off_globals
    data = bytes(mem[base:base + HEADER_SIZE]) + bytes(mem[stack_off:stack_off + stack_len]) + \
        bytes(mem[globals_off:globals_off + layout.globals_len])
    if crc16_ccitt(data) != word(base + layout.off_crc):
        return None
    return sequence, word(base + 14), sp, stack_len


@settings(max_examples=300, deadline=None)
@given(hs.integers(0, 2**32 - 1), hs.integers(0, 32).map(lambda k: 0x2400 - 2 * k), hs.integers(1, 3),
       hs.lists(hs.tuples(hs.integers(0, 0x3FF), hs.integers(0, 255)), max_size=3))
def test_read_slot_checks_as_the_reference(seed: int, sp: int, saves: int, pokes) -> None:
    """The compiled slot check against the Python one, on saved slots with random bytes overwritten (the
    header, the commit word, the CRC, the payload)."""
    layout = small_layout()
    st = random_state(seed, sp)
    for _ in range(saves):
        save(st, layout)
    for offset, value in pokes:
        st.mem[layout.region_start + offset % (2 * layout.slot_size)] = value
    for index in (0, 1):
        got = read_slot(st.mem, layout, index)
        want = _reference_read_slot(st.mem, layout, index)
        assert (None if got is None else (got.sequence, got.pc, got.sp, got.stack_len)) == want
