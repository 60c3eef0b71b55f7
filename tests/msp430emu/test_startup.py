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

from energy import aot as energy_aot
from energy.compiled import AotLibrary, kernel_of
from energy.compiled import LazyKernel as EnergyLazyKernel
from msp430emu import _lazyjit as ckpt_aot
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
        "mods = ['energy.walk', 'energy.powered_walk', 'energy._energy_aot',"
        " 'msp430emu.power.intermittent', 'numba', 'scipy']\n"
        "loaded = {m: m in sys.modules for m in mods}\n"
        # energy.capacitor imports the closed forms (energy.trajectory_jit); none of its kernels may load
        "from energy import compiled, trajectory_jit as tj\n"
        "loaded['energy.trajectory_jit kernels'] = [n for n in tj.__all__"
        " if not isinstance(getattr(tj, n), compiled.LazyKernel)]\n"
        "print(json.dumps(loaded), file=sys.stderr)\n"
    )
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, cwd=ROOT,
                          check=True)
    assert json.loads(proc.stdout)["uart"] == "crc f0a9\n"
    loaded = json.loads(proc.stderr.strip().splitlines()[-1])
    assert not loaded["energy.walk"] and not loaded["energy._energy_aot"]
    assert loaded["energy.trajectory_jit kernels"] == []       # the closed forms: none compiled or loaded
    assert not loaded["energy.powered_walk"] and not loaded["msp430emu.power.intermittent"]
    assert not loaded["scipy"]
    assert loaded["numba"] == (aot.load_run_core() is None)    # with the AOT core built, no numba at all


def test_building_the_parser_imports_no_domain_module_it_only_declares():
    """The run parser declares options only: the no-progress monitor (numpy), the scenario loader, the
    firmware builder and the strategy parser are the command handler's imports."""
    probe = (
        "import sys\n"
        "from msp430emu.cli.parser import build_parser\n"
        "build_parser('run')\n"
        "print(' '.join(m for m in ('msp430emu.power.progress', 'msp430emu.cpu.state',"
        " 'msp430emu.toolchain.apps', 'msp430emu.power.intermittent', 'msp430emu.checkpoint.engine')"
        " if m in sys.modules))\n"
    )
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, cwd=ROOT,
                          check=True)
    assert proc.stdout.split() == []


# --- the energy and checkpoint kernels compiled ahead of time (energy/compiled.py, energy/aot.py,
# msp430emu/_lazyjit.py): a run on harvested energy with any strategy imports no numba

LIBRARIES = (energy_aot.LIBRARY, ckpt_aot.LIBRARY)


def _all_aot_built() -> bool:
    return aot.load_run_core() is not None and all(lib.load() is not None for lib in LIBRARIES)


def test_msp430emu_lazy_kernel_is_the_energy_one():
    assert LazyKernel is EnergyLazyKernel


@pytest.mark.parametrize("lib", LIBRARIES, ids=["energy", "checkpoint"])
def test_exports_name_lazy_kernels_in_the_fingerprinted_sources(lib):
    import importlib

    symbols = [e.symbol for e in lib.exports]
    assert len(set(symbols)) == len(symbols)
    files = {p.resolve() for p in lib.sources}
    for e in lib.exports:
        kernel = kernel_of(getattr(importlib.import_module(e.module), e.name))
        assert Path(kernel.py_func.__code__.co_filename).resolve() in files


@pytest.mark.parametrize("lib", LIBRARIES, ids=["energy", "checkpoint"])
def test_stale_or_missing_energy_stamp_means_jitted(lib, tmp_path):
    copy = AotLibrary(tmp_path, lib.package, lib.module, lib.sources, lib.exports)
    assert copy.load() is None                        # no stamp
    e = lib.exports[0]
    assert copy.function(e.module, e.name) is None
    (tmp_path / f"{lib.module}.stamp").write_text("0" * 64)
    copy = AotLibrary(tmp_path, lib.package, lib.module, lib.sources, lib.exports)
    assert copy.load() is None                        # stale stamp
    assert copy.function("nowhere", "nothing") is None


def test_energy_fingerprint_changes_with_sources_and_signatures(tmp_path):
    lib = energy_aot.LIBRARY
    copies = []
    for path in lib.sources:
        (tmp_path / path.name).write_bytes(path.read_bytes())
        copies.append(tmp_path / path.name)
    assert lib.fingerprint(tuple(copies)) == lib.fingerprint()
    copies[0].write_bytes(copies[0].read_bytes() + b"\n")
    assert lib.fingerprint(tuple(copies)) != lib.fingerprint()
    e = lib.exports[0]
    other = AotLibrary(lib.directory, lib.package, lib.module, lib.sources,
                       (type(e)(e.module, e.name, e.signature.replace("int64", "int32")),) + lib.exports[1:])
    assert other.fingerprint() != lib.fingerprint()


def test_no_aot_environment_variable_disables_the_energy_library(monkeypatch):
    monkeypatch.setenv("MSP430EMU_NO_AOT", "1")
    lib = energy_aot.LIBRARY
    copy = AotLibrary(lib.directory, lib.package, lib.module, lib.sources, lib.exports)
    assert copy.load() is None


def _random_trace(rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray, float, bool]:
    n = int(rng.integers(1, 40))
    times = np.concatenate(([0.0], np.cumsum(rng.uniform(1e-5, 5e-3, n - 1))))
    power = rng.uniform(0.0, 4e-3, n) * (rng.random(n) < 0.8)
    end = float(times[-1] + rng.uniform(1e-5, 5e-3))
    return times, power, end, bool(rng.random() < 0.7)


def _same(x, y) -> bool:
    if isinstance(x, tuple):
        return len(x) == len(y) and all(_same(a, b) for a, b in zip(x, y, strict=True))
    return repr(x) == repr(y) and type(x) is type(y)          # bit for bit (NaN, -0.0, inf alike)


@pytest.mark.skipif(energy_aot.LIBRARY.load() is None, reason="the AOT energy kernels are not built")
@pytest.mark.parametrize("seed", range(30))
def test_aot_energy_kernels_equal_jitted_ones_on_random_walks(seed):
    from energy import powered_walk, walk

    lib = energy_aot.LIBRARY
    rng = np.random.default_rng(seed)
    times, power, end, loop = _random_trace(rng)
    c, v_max = float(rng.uniform(10e-6, 100e-6)), 3.6
    for _ in range(20):
        t = float(rng.uniform(0.0, 3 * end))
        volt, v = (float(x) for x in rng.uniform(1.0, 3.5, 2))
        a = -float(rng.uniform(0.0, 2e-3))
        t_limit = float(np.inf if rng.random() < 0.5 else t + rng.uniform(0.0, 5 * end))
        args = (times, power, end, loop, t, volt, c, a, 0.0, v_max, v, t_limit, int(rng.integers(1, 600)))
        fast = lib.function("energy.walk", "_crossing")
        assert _same(fast(*args), _jit(walk, "_crossing")(*args))
        todo = int(rng.integers(1, 50))
        outs = [np.zeros((4, todo)), np.zeros((4, todo))]
        pargs = (times, power, end, loop, t, volt, c, a, 0.0, v_max, v, t + float(rng.uniform(0, 3 * end)),
                 bool(rng.random() < 0.5), todo)
        res_a = lib.function("energy.walk", "_predict")(*pargs, *outs[0])
        res_b = _jit(walk, "_predict")(*pargs, *outs[1])
        assert _same(res_a, res_b)
        np.testing.assert_array_equal(outs[0], outs[1])
        fargs = (times, power, end, loop, t, t + float(rng.uniform(0, 2 * end)), volt, c, a, 0.0, v_max,
                 -a, np.inf, 0.0, np.inf, 0.0, 0.0, 0.0, 0.0, 0.0)
        res_a = lib.function("energy.walk", "_advance_free")(*fargs)
        assert _same(res_a, _jit(walk, "_advance_free")(*fargs))
        outs = [np.zeros((4, todo)), np.zeros((4, todo))]
        wargs = (times, power, end, loop, t, volt, c, -a, v_max, v, t + float(rng.uniform(0, 3 * end)), todo)
        res_a = lib.function("energy.powered_walk", "walk_powered")(*wargs, *outs[0])
        res_b = _jit(powered_walk, "walk_powered")(*wargs, *outs[1])
        assert _same(res_a, res_b)
        np.testing.assert_array_equal(outs[0], outs[1])


def _jit(module, name):
    """The numba-jitted kernel (compiled or loaded from numba's cache), whatever the AOT state."""
    kernel = getattr(module, name)
    return kernel_of(kernel).dispatcher() if kernel_of(kernel) is not None else kernel


_ENERGY_RUNS = (
    "import runpy, sys, json\n"
    "elf = sys.argv[1]\n"
    "base = [elf, '--cap', '47u', '--harvest', "
    "'trace:tests/data/traces/mementos-rf/1.txt,time=clock,loop=yes', '--json']\n"
    "cmds = [['run', *base, '--strategy', s] for s in ('none', 'oracle', 'hibernus', 'mementos-loop',"
    " 'mementos-timer', 'mementos-return', 'periodic:5000')]\n"
    "cmds += [['run', *base, '--strategy', 'hibernus', '--detect-war'],"
    " ['run', elf, '--cap', '47u', '--harvest', 'power:2m', '--strategy', 'mementos-loop', '--json'],"
    " ['torture', elf, '--strategy', 'mementos-loop', '--failures', '3', '--trials', '2', '--json']]\n"
    "for c in cmds:\n"
    "    sys.argv = ['msp430emu', *c]\n"
    "    try:\n"
    "        runpy.run_module('msp430emu.cli', run_name='__main__')\n"
    "    except SystemExit as e:\n"
    "        assert not e.code, (c, e.code)\n"
    "print(json.dumps({m: m in sys.modules for m in ('numba', 'scipy')}), file=sys.stderr)\n"
)


def _strip_times(obj):
    if isinstance(obj, dict):
        return {k: _strip_times(v) for k, v in obj.items() if k not in ("wall_s", "trials_per_s")}
    if isinstance(obj, list):
        return [_strip_times(v) for v in obj]
    return obj


def _energy_runs(elf: Path, no_aot: bool) -> tuple[list, dict]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop("MSP430EMU_NO_AOT", None)
    if no_aot:
        env["MSP430EMU_NO_AOT"] = "1"
    proc = subprocess.run([sys.executable, "-c", _ENERGY_RUNS, str(elf)], capture_output=True, text=True,
                          env=env, cwd=ROOT, check=True)
    results = [_strip_times(json.loads(line)) for line in proc.stdout.splitlines() if line.startswith("{")]
    return results, json.loads(proc.stderr.strip().splitlines()[-1])


@pytest.mark.skipif(not _all_aot_built(), reason="the AOT core and kernels are not built (make aot)")
def test_energy_runs_import_no_numba_and_equal_the_jitted_runs(tmp_path):
    from msp430emu.toolchain import sdk

    elf = sdk.build([sdk.app_source("crc")], tmp_path / "crc.elf", "-O2")
    fast, loaded = _energy_runs(elf, no_aot=False)
    assert loaded == {"numba": False, "scipy": False}       # every strategy, the WAR detector, torture
    slow, loaded = _energy_runs(elf, no_aot=True)
    assert loaded["numba"]
    assert len(fast) == len(slow) == 10
    assert fast == slow                                     # the same floats, counts and bytes


def test_aot_guard_passes_only_what_numba_would_type_as_the_signature():
    from energy.compiled import Export

    e = Export("m", "k", "Tuple((int64, float64))(float64[::1], Array(uint8, 1, 'C', readonly=True), "
                         "int64, float64, boolean)")
    assert e.parameters() == ["float64[::1]", "Array(uint8, 1, 'C', readonly=True)", "int64", "float64",
                              "boolean"]
    call = e.guard(lambda *a: "fast", lambda: lambda *a: "slow")
    f8, u1 = np.zeros(6), np.zeros(4, dtype=np.uint8)
    ro = np.frombuffer(b"abcd", dtype=np.uint8)
    assert call(f8, u1, 3, 1.5, True) == "fast"
    assert call(f8, ro, np.int64(3), np.float64(1.5), np.bool_(False)) == "fast"    # read-only is fine there
    assert call(f8[::2], u1, 3, 1.5, True) == "slow"                # not contiguous
    assert call(f8.astype(np.float32), u1, 3, 1.5, True) == "slow"  # another dtype
    assert call(f8.reshape(2, 3), u1, 3, 1.5, True) == "slow"       # 2-D
    assert call([0.0], u1, 3, 1.5, True) == "slow"                  # not an array
    assert call(f8, u1, 3.0, 1.5, True) == "slow"                   # a float for an int64
    assert call(f8, u1, 3, 1, True) == "slow"                       # an int for a float64
    assert call(f8, u1, True, 1.5, True) == "slow"                  # a bool for an int64
    assert call(f8, u1, 3, 1.5, 1) == "slow"                        # an int for a boolean
    f8.flags.writeable = False
    assert call(f8, u1, 3, 1.5, True) == "slow"                     # read-only where the kernel may write


def test_a_lazy_kernel_with_a_strided_argument_takes_the_jitted_path():
    from msp430emu.checkpoint import bundle

    data = np.arange(40, dtype=np.uint8)[::3]
    expected = bundle._crc16_kernel.py_func(data, 0xFFFF, bundle._CRC_ARRAY)
    assert bundle.crc16_ccitt(data) == expected
    assert int(bundle._crc16_kernel(data, 0xFFFF, bundle._CRC_ARRAY)) == expected


def test_lazy_kernels_calling_another_modules_kernels_compile(tmp_path, monkeypatch):
    """``mod.kernel`` and ``from mod import kernel`` references (energy/walk.py calls trajectory_jit and
    powered_walk so) are materialised before numba types the caller (compiled here, no cache)."""
    (tmp_path / "lazy_callee_mod.py").write_text(
        "from msp430emu._lazyjit import lazy_njit\n\n"
        "@lazy_njit(cache=False)\ndef twice(x):\n    return 2 * x\n\n"
        "@lazy_njit(cache=False)\ndef plus_one(x):\n    return x + 1\n")
    (tmp_path / "lazy_caller_mod.py").write_text(
        "import lazy_callee_mod as m\nfrom lazy_callee_mod import plus_one\n"
        "from msp430emu._lazyjit import lazy_njit\n\n"
        "@lazy_njit(cache=False)\ndef both(x):\n    return m.twice(x) + plus_one(x)\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    import lazy_caller_mod

    assert lazy_caller_mod.both(5) == 16
    from numba.core.registry import CPUDispatcher

    assert isinstance(lazy_caller_mod.both, CPUDispatcher)
    assert isinstance(lazy_caller_mod.m.twice, CPUDispatcher)
