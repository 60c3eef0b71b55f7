"""The fast checkpoint restore against the reference paths it replaces: the same state after, bit for bit.

The fast path (``engine.FAST_RESTORES``, the default) reads the bundle with compiled kernels
(``bundle.latest_slot``, ``bundle.restore_fast``) and hands the peripheral writes to
``Machine.restore_registers``, which gives each run of writes to one model to its ``restore_run`` (Timer_A
and GPIO apply the run's net effect, other models skip the hooks that do nothing). The references: the
bundle functions ``find_latest_valid`` / ``restore`` / ``peripheral_writes`` and one
``Machine.write_register`` per write (``MSP430EMU_HOST_RESTORES=1``), and ``Machine.write_registers``
(``MSP430EMU_HOST_RESTORES=batch``).

* Peripheral writes on bare machines of every device with a peripheral block: the live peripherals put in
  random states first (timers running or stopped with any clock and mode, flags synced at random times,
  pins driven by the host, I/O locked or not, registers changed behind the models' backs, watchdog and
  password violations' resets), then the restore's writes with random saved words, the words already
  there, or a mix; the three paths from one snapshot, every part of the machine's snapshot equal after.
* Bundles: random states saved into random layouts, torn saves, flipped bytes in either slot; the
  compiled search and copy equal the Python ones (slot found, memory, registers, the writes' values).
* Whole runs with every strategy, the fast and the per-register restores: every result field, the
  memory, registers and counters, and the full snapshots equal.
"""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import numpy as np
import pytest
from machine_programs import build_app
from test_snapshots import same

from msp430emu import RunConfig
from msp430emu.checkpoint import bundle, engine
from msp430emu.checkpoint.bundle import CheckpointError
from msp430emu.checkpoint.layout import SAVED_REGISTERS, BundleLayout
from msp430emu.checkpoint.periph import block_for
from msp430emu.cpu.state import C_CYCLES, SP, MachineState
from msp430emu.devices import load_device
from msp430emu.machine import snapshot
from msp430emu.machine.machine import Machine
from msp430emu.session import Run

DEVICES = ["fr5969", "fr5994", "fr6989"]
PATHS = ("host", "batch", "fast")


def _parts(machine: Machine) -> dict:
    return {name: state for name, (_, state) in snapshot.take(machine).parts.items()}


def _apply(machine: Machine, path: str, writes: list[tuple[int, int, int]]) -> None:
    if path == "host":
        for addr, value, size in writes:
            machine.write_register(addr, value, size)
    elif path == "batch":
        machine.write_registers(writes)
    else:
        machine.restore_registers([w[0] for w in writes], [w[1] for w in writes], [w[2] for w in writes])


def _scramble(machine: Machine, rng: random.Random) -> None:
    """Put the block's peripherals into a random state, as a program and the host could."""
    block = block_for(machine.device)
    st = machine.state
    by_name = {p.name: p for p in machine.peripherals}
    timers = [p for p in machine.peripherals if p.model == "timer_a"]
    gpios = [p for p in machine.peripherals if p.model == "gpio"]
    for _ in range(rng.randrange(0, 40)):
        what = rng.random()
        st.ctl[C_CYCLES] += rng.choice([0, 1, 7, 500, 100_000])
        if what < 0.3 and timers:                      # a timer configured (and maybe started)
            t = rng.choice(timers)
            machine.write_register(t.base + 0x12, rng.choice([0, 1, 5, 100, rng.randrange(0x10000)]))
            machine.write_register(t.base + 0x14, rng.randrange(0x200))
            machine.write_register(t.base + 0x02, rng.choice([0, 0x10, 0x11, rng.randrange(0x10000)]))
            ctl = (rng.choice([1, 2]) << 8) | (rng.randrange(4) << 6) | (rng.randrange(4) << 4) \
                | rng.choice([0, 2, 4, 6])
            machine.write_register(t.base, ctl)
        elif what < 0.45 and timers:                   # time passes, flags synced by a read
            t = rng.choice(timers)
            machine.read_register(t.base + rng.choice([0x00, 0x02, 0x10, 0x2E]))
        elif what < 0.6 and gpios:                     # the host drives a pin
            g = rng.choice(gpios)
            port = rng.choice(g.ports)
            g.set_input(port.name, rng.randrange(8), rng.randrange(2), machine.now())
        elif what < 0.75:                              # any listed register written by the program
            addr = rng.choice(block.addresses)
            machine.write_register(addr, rng.randrange(0x10000))
        elif what < 0.8:                               # LOCKLPM5 cleared: the pins take their registers
            pmm = by_name.get("PMM")
            if pmm is not None:
                machine.write_register(pmm.base + 0x10, 0)
        elif what < 0.9:                               # a register changed behind its model's back
            addr = rng.choice(block.addresses)
            st.write_word(addr, rng.randrange(0x10000))
        else:                                          # an unrelated peripheral written (CS, WDT: resets)
            addr = rng.choice(block.addresses)
            machine.write_register(addr, rng.randrange(0x10000))
        if machine._pending_reset is not None:
            machine.reset(*machine._pending_reset)


def _saved_words(machine: Machine, rng: random.Random) -> list[int]:
    """Saved register words: random, the live ones (a restore that changes nothing), or a mix."""
    block = block_for(machine.device)
    live = [machine.state.read_word(a) for a in block.addresses]
    mode = rng.randrange(4)
    if mode == 0:
        return [rng.randrange(0x10000) for _ in live]
    if mode == 1:
        return live
    if mode == 2:                                      # a program that uses nothing: every word 0
        return [0 for _ in live]
    return [rng.randrange(0x10000) if rng.random() < 0.2 else v for v in live]


@pytest.mark.parametrize("device", DEVICES)
@pytest.mark.parametrize("seed", range(25))
def test_peripheral_writes_leave_the_same_machine(device, seed):
    rng = random.Random(seed * 7 + DEVICES.index(device))
    machine = Machine(device)
    block = block_for(machine.device)
    assert block.steps
    _scramble(machine, rng)
    for _trial in range(3):
        writes = block.writes(_saved_words(machine, rng))
        if rng.random() < 0.2:                         # a pending reset before the restore
            machine._pending_reset = ("puc", "wdt_pw")
        before = snapshot.take(machine)
        outcomes = []
        for path in PATHS:
            snapshot.restore(machine, before)
            _apply(machine, path, writes)
            outcomes.append(_parts(machine))
        assert same(outcomes[0], outcomes[1]), (seed, "batch")
        assert same(outcomes[0], outcomes[2]), (seed, "fast")
        if machine._pending_reset is not None:
            machine.reset(*machine._pending_reset)
        _scramble(machine, rng)                        # then from wherever the restore left it


def _random_writes(machine: Machine, rng: random.Random) -> list[tuple[int, int, int]]:
    """A restore list other than the device's: runs of word and byte writes to the listed peripherals'
    registers and to their flag and vector registers (TACLR, TAxIV, PxIV, ADC12IV, UCAxIV among them)."""
    block = block_for(machine.device)
    owners = {id(machine.owner_of(a)): machine.owner_of(a) for a in block.addresses}
    writes = []
    for p in rng.sample(list(owners.values()), rng.randrange(1, len(owners) + 1)):
        extra = [p.base + o for o in (0x00, 0x2E, 0x0E, 0x18, 0x1E, 0x1C)
                 if o < p.spec.size and p.restore_batch]
        addrs = [a for a in block.addresses if machine.owner_of(a) is p] + extra
        for _ in range(rng.randrange(1, 12)):
            addr = rng.choice(addrs)
            if rng.random() < 0.2:
                writes.append((addr + rng.randrange(2), rng.randrange(0x100), 1))
            else:
                value = rng.randrange(0x10000)
                if p.model == "timer_a" and addr == p.base and rng.random() < 0.5:
                    value |= 0x0004                    # TACLR
                writes.append((addr, value, 2))
    return writes


@pytest.mark.parametrize("seed", range(40))
def test_any_write_list_leaves_the_same_machine(seed):
    rng = random.Random(5000 + seed)
    machine = Machine(rng.choice(DEVICES))
    _scramble(machine, rng)
    for _trial in range(3):
        writes = _random_writes(machine, rng)
        before = snapshot.take(machine)
        outcomes = []
        for path in PATHS:
            snapshot.restore(machine, before)
            _apply(machine, path, writes)
            outcomes.append(_parts(machine))
        assert same(outcomes[0], outcomes[1]), (seed, "batch")
        assert same(outcomes[0], outcomes[2]), (seed, "fast")
        if machine._pending_reset is not None:
            machine.reset(*machine._pending_reset)
        _scramble(machine, rng)


def test_the_fast_path_takes_the_model_runs():
    """The runs the fast path hands out: Timer_A, GPIO, ADC12_B, ... in one call each; FRCTL, CS and WDT_A
    (whose password violations request a reset) one write at a time."""
    machine = Machine("fr5969")
    block = block_for(machine.device)
    runs = machine._restore_runs(*block.step_targets)
    names = [(p.name, batch) for p, _, _, batch, _, _ in runs if p is not None]
    assert ("TA0", True) in names and ("PORT_A", True) in names and ("ADC12_B", True) in names
    assert ("CS", False) in names and ("WDT_A", False) in names
    assert sum(b - a for _, a, b, _, _, _ in runs) == len(block.steps)


# --- bundles -------------------------------------------------------------------------------------------
def _layout(rng: random.Random) -> BundleLayout:
    device = load_device(rng.choice(DEVICES))
    stack_top = rng.choice([0x2400, 0x2000, 0x1E00])
    max_stack = rng.choice([0x40, 0x100, 0x200])
    globals_start = 0x1C00
    globals_len = rng.choice([0, 2, 0x40, stack_top - max_stack - globals_start])
    block = block_for(device) if rng.random() < 0.8 else block_for(load_device("f2132"))
    return BundleLayout(0x10000, 0x14000, stack_top, max_stack, globals_start, globals_len, block)


def _random_state(rng: random.Random, layout: BundleLayout) -> MachineState:
    st = MachineState()
    st.mem[0x1C00:0x2400] = np.frombuffer(rng.randbytes(0x800), dtype=np.uint8)
    st.mem[0x100:0x1000] = np.frombuffer(rng.randbytes(0xF00), dtype=np.uint8)
    for r in SAVED_REGISTERS:
        st.regs[r] = rng.randrange(0x10000)
    st.regs[SP] = layout.stack_top - 2 * rng.randrange(layout.max_stack // 2 + 1)
    return st


def _reference(st: MachineState, layout: BundleLayout):
    slot = bundle.find_latest_valid(st.mem, layout)
    if slot is None:
        return None, None
    copy = st.copy()
    read = bundle.restore(copy, layout, slot)
    return slot, (copy, read, [v for _, v, _ in bundle.peripheral_writes(copy.mem, layout, slot)])


@pytest.mark.parametrize("seed", range(60))
def test_compiled_bundle_search_and_copy_equal_the_python_ones(seed):
    rng = random.Random(1000 + seed)
    layout = _layout(rng)
    params = bundle.restore_params(layout)
    st = _random_state(rng, layout)
    for _ in range(rng.randrange(0, 4)):               # complete saves (slots used alternately)
        st.regs[SP] = layout.stack_top - 2 * rng.randrange(layout.max_stack // 2 + 1)
        st.mem[layout.stack_low:layout.stack_top] = np.frombuffer(rng.randbytes(layout.max_stack), np.uint8)
        bundle.save(st, layout)
    if rng.random() < 0.5:                             # a torn save
        plan = bundle.plan_save(st, layout)
        bundle.apply_writes(st, plan, rng.randrange(len(plan)))
    for _ in range(rng.choice([0, 0, 1, 3])):          # flipped bytes in the slots
        st.mem[rng.randrange(layout.region_start, layout.used_end)] ^= 1 << rng.randrange(8)
    slot, ref = _reference(st, layout)
    assert bundle.latest_slot(st.mem, layout, params) == slot
    assert bundle.latest_slot(st.mem, layout) == slot
    if slot is None:
        return
    copy, read, values = ref
    fast = st.copy()
    out = np.zeros(len(layout.periph.steps), dtype=np.int64)
    assert bundle.restore_fast(fast, layout, slot, params, out) == read
    assert out.tolist() == values
    for name in ("mem", "regs", "ctl"):
        assert np.array_equal(getattr(fast, name), getattr(copy, name)), name
    # the slot no longer holds that checkpoint: refused, nothing written
    st.mem[slot.addr + layout.off_commit] ^= 0xFF
    before = st.copy()
    with pytest.raises(CheckpointError):
        bundle.restore_fast(st, layout, slot, params, out)
    with pytest.raises(CheckpointError):
        bundle.restore(st.copy(), layout, slot)
    assert np.array_equal(st.mem, before.mem) and np.array_equal(st.regs, before.regs)


# --- whole runs -----------------------------------------------------------------------------------------
needs_clang = pytest.mark.skipif(not all(shutil.which(t) for t in ("clang-14", "ld.lld-14")),
                                 reason="needs clang-14 and ld.lld-14")
TRACES = Path(__file__).resolve().parent.parent / "data" / "traces" / "mementos-rf"
ENERGIES = [f"trace:{TRACES / '1.txt'},time=clock,loop=yes", f"trace:{TRACES / '5.txt'},time=clock",
            "power:1e-4"]
STRATEGIES = ["none", "mementos-loop", "mementos-return", "mementos-timer", "hibernus", "periodic:20000",
              "oracle"]


def _full(run: Run) -> dict:
    parts = {name: state for name, (_, state) in run.snapshot(sources=True).parts.items()}
    if isinstance(parts.get("power"), dict):           # the look-ahead plan: a cache (test_restore_batch.py)
        parts["power"] = {k: v for k, v in parts["power"].items() if k != "_plan"}
    return parts


@needs_clang
@pytest.mark.parametrize("strategy", STRATEGIES)
def test_whole_runs_are_the_same_with_fast_restores(strategy, monkeypatch):
    rng = random.Random(STRATEGIES.index(strategy))
    app, energy = ("ar", "power:1e-4") if strategy == "mementos-return" else ("crc", ENERGIES[0])
    elf = str(build_app(app, "-O2", extra_cflags=["-DITERATIONS=200"] if app == "crc" else []))
    cfg = RunConfig(firmware=elf, capacitor=rng.choice(["10u", "22u"]), harvester=energy,
                    strategy=strategy, max_time=50, max_cycles=rng.randrange(4_000_000, 12_000_000))
    outcomes = []
    for fast in (False, True):
        monkeypatch.setattr(engine, "BATCH_RESTORES", fast)
        monkeypatch.setattr(engine, "FAST_RESTORES", fast)
        run = Run(cfg)
        result = run.execute().to_dict()
        result.pop("wall_s", None)
        outcomes.append((result, run))
    (old, run_o), (new, run_n) = outcomes
    assert old == new
    if strategy not in ("none", "hibernus"):        # (hibernus: these runs never fail while it sleeps)
        assert new.get("restores", 0) > 0, new      # the comparison covers restores
    so, sn = run_o.machine.state, run_n.machine.state
    for name in ("mem", "regs", "ctl", "attr"):
        assert np.array_equal(getattr(so, name), getattr(sn, name)), name
    assert same(_full(run_o), _full(run_n))


class _Watcher:
    """A debugger's watchpoint as the machine sees it: an owner with only ``write`` (and ``read``)."""

    def __init__(self) -> None:
        self.calls: list = []

    def write(self, addr: int, value: int, size: int, now: float) -> None:
        self.calls.append((addr, value, size, now))

    def read(self, addr: int, now: float) -> None:
        pass


def test_owners_changed_between_restores_are_followed():
    """A restore after ``set_owner`` put a watcher behind listed registers (and after it gave them back):
    the watcher's hook is called as on the per-register path, the models' runs split around it."""
    rng = random.Random(77)
    machine = Machine("fr5969")
    block = block_for(machine.device)
    writes = block.writes([rng.randrange(0x10000) for _ in block.addresses])
    for stage in range(3):
        watched = rng.sample(block.addresses, 5) if stage == 1 else []
        watchers, previous = [], []
        for addr in watched:
            w = _Watcher()
            watchers.append(w)
            previous.append(machine.set_owner(addr, w))
        before = snapshot.take(machine)
        outcomes, calls = [], []
        for path in PATHS:
            snapshot.restore(machine, before)
            for w in watchers:
                w.calls.clear()
            _apply(machine, path, writes)
            outcomes.append(_parts(machine))
            calls.append([list(w.calls) for w in watchers])
        assert same(outcomes[0], outcomes[1]) and calls[0] == calls[1], stage
        assert same(outcomes[0], outcomes[2]) and calls[0] == calls[2], stage
        if stage == 1:
            assert any(calls[2])
        for addr, p in zip(watched, previous, strict=True):
            machine.set_owner(addr, p)
