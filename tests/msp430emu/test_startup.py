"""Start-up (issue 15 goal 5): the ahead-of-time core (msp430emu/cpu/aot.py) computes exactly what the
jitted core does, is used only while current, lazy kernels (msp430emu/_lazyjit.py) behave as njit, and a
run without an energy model or checkpoints loads none of the compiled energy / checkpoint modules."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from msp430emu._lazyjit import LazyKernel, lazy_njit
from msp430emu.cpu import aot
from msp430emu.cpu import loop as core_loop
from msp430emu.cpu.core import TABLES
from msp430emu.cpu.state import A_NVM, A_R, A_W, C_INSN_LIMIT, C_INSNS, MachineState

ROOT = Path(__file__).resolve().parents[2]


def test_aot_sources_are_the_kernel_fingerprint_sources():
    assert aot.KERNEL_SOURCES == core_loop._KERNEL_SOURCES


def test_stale_or_missing_stamp_means_no_aot(tmp_path, monkeypatch):
    monkeypatch.setattr(aot, "STAMP", tmp_path / "missing.stamp")
    assert aot.load_run_core() is None
    (tmp_path / "old.stamp").write_text("0" * 64)
    monkeypatch.setattr(aot, "STAMP", tmp_path / "old.stamp")
    assert aot.load_run_core() is None


def test_fingerprint_changes_with_the_sources(tmp_path):
    for name in aot.KERNEL_SOURCES:
        (tmp_path / name).write_bytes((aot.HERE / name).read_bytes())
    assert aot.fingerprint(tmp_path) == aot.fingerprint()
    (tmp_path / "alu.py").write_bytes((aot.HERE / "alu.py").read_bytes() + b"\n")
    assert aot.fingerprint(tmp_path) != aot.fingerprint()


def test_no_aot_environment_variable(monkeypatch):
    monkeypatch.setenv("MSP430EMU_NO_AOT", "1")
    assert aot.load_run_core() is None


def _random_state(rng: np.random.Generator) -> MachineState:
    st = MachineState()
    st.mem[:] = rng.integers(0, 256, st.mem.shape, dtype=np.uint8)
    # base-ISA code only: MSP430X words (0x0000-0x0FFF, RETI/CALLA 0x1300-0x13FF, extension words
    # 0x1800-0x1FFF) become MOVs, so the PC stays in the 16-bit space (a PC past 0xFFFFF would read outside
    # the arrays, undefined in either build)
    words = st.mem[:0x10000].view(np.uint16)
    x = (words < 0x1000) | ((words >= 0x1300) & (words < 0x2000))
    words[x] |= 0x4000
    st.attr[:0x10000] = A_R | A_W          # the 16-bit space mapped and writable (random code runs on)
    st.attr[0x4400:0x10000] |= A_NVM       # FRAM there; unmapped above 0x10000 (a fault stop)
    st.regs[:] = rng.integers(0, 0x10000, 16)
    st.regs[0] = int(rng.integers(0x4400, 0xFF00)) & ~1
    st.regs[1] = 0x2400
    st.regs[2] = 0
    st.ctl[C_INSN_LIMIT] = 2000
    return st


@pytest.mark.skipif(aot.load_run_core() is None, reason="the AOT core is not built (make aot)")
@pytest.mark.parametrize("seed", range(40))
def test_aot_core_equals_jitted_core_on_random_programs(seed):
    rng = np.random.default_rng(seed)
    a = _random_state(rng)
    b = MachineState()
    for name in ("mem", "attr", "regs", "ctl"):
        getattr(b, name)[:] = getattr(a, name)
    fast = aot.load_run_core()
    for _ in range(30):                 # after each stop (illegal opcode, LPM, ...) go on at a random address
        stop_a = fast(a.mem, a.attr, a.regs, a.ctl, np.int64(10**6), *TABLES)
        stop_b = core_loop.run_core(b.mem, b.attr, b.regs, b.ctl, np.int64(10**6), *TABLES)
        assert stop_a == stop_b
        for name in ("mem", "attr", "regs", "ctl"):
            np.testing.assert_array_equal(getattr(a, name), getattr(b, name), err_msg=name)
        pc = int(rng.integers(0x4400, 0xFF00)) & ~1
        for st in (a, b):
            st.regs[0], st.regs[2] = pc, 0
            st.ctl[C_INSN_LIMIT] = st.ctl[C_INSNS] + 2000
    assert a.ctl[C_INSNS] > 300


@lazy_njit(cache=False)
def _lazy_inner(x):
    return x * 3 + 1


@lazy_njit(cache=False)
def _lazy_outer(arr):
    total = 0
    for v in arr:
        total += _lazy_inner(v)
    return total


def test_lazy_kernel_compiles_on_first_call_and_calls_lazy_kernels():
    assert isinstance(_lazy_outer, LazyKernel)
    arr = np.arange(10, dtype=np.int64)
    assert _lazy_outer(arr) == _lazy_outer.py_func(arr) == sum(3 * v + 1 for v in range(10))
    from numba.core.registry import CPUDispatcher

    assert isinstance(globals()["_lazy_inner"], CPUDispatcher)   # replaced by the real dispatcher
    assert isinstance(globals()["_lazy_outer"], CPUDispatcher)


def test_tiny_run_loads_no_energy_or_checkpoint_kernels(tmp_path):
    from msp430emu.toolchain import sdk

    elf = sdk.build([sdk.app_source("crc")], tmp_path / "crc.elf", "-O2")
    probe = (
        "import runpy, sys, json\n"
        f"sys.argv = ['msp430emu', 'run', {str(elf)!r}, '--json']\n"
        "try:\n"
        "    runpy.run_module('msp430emu.cli', run_name='__main__')\n"
        "except SystemExit:\n"
        "    pass\n"
        "mods = ['energy.walk', 'energy.trajectory_jit', 'energy.powered_walk',"
        " 'msp430emu.power.intermittent', 'numba', 'scipy']\n"
        "print(json.dumps({m: m in sys.modules for m in mods}), file=sys.stderr)\n"
    )
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, cwd=ROOT,
                          check=True)
    assert json.loads(proc.stdout)["uart"] == "crc f0a9\n"
    loaded = json.loads(proc.stderr.strip().splitlines()[-1])
    assert not loaded["energy.walk"] and not loaded["energy.trajectory_jit"]
    assert not loaded["energy.powered_walk"] and not loaded["msp430emu.power.intermittent"]
    assert not loaded["scipy"]
    assert loaded["numba"] == (aot.load_run_core() is None)    # with the AOT core built, no numba at all
