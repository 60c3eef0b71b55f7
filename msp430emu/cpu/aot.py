"""The CPU core compiled ahead of time (numba.pycc): a run that needs no other compiled code then starts
without importing numba at all (start-up time and memory, issue 15 goal 5).

    python -m msp430emu.cpu.aot          # or `make aot`: builds msp430emu/cpu/_core_aot*.so (~20 s)

The extension is ``run_core`` of msp430emu/cpu/loop.py compiled by numba's own compiler from the same
source, for this machine's CPU, with the array types :class:`msp430emu.cpu.core.Cpu` passes. Next to it,
``_core_aot.stamp`` records the fingerprint of the kernel sources (loop.py's ``_KERNEL_SOURCES``) and of the
host CPU; :func:`load_run_core` uses the extension only while both still match (otherwise, or with
``MSP430EMU_NO_AOT=1`` in the environment, the core is the numba-jitted ``run_core`` as before).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from pathlib import Path

from energy.compiled import host_id

HERE = Path(__file__).resolve().parent
MODULE = "_core_aot"
STAMP = HERE / f"{MODULE}.stamp"
# the kernel's sources (the same list as loop.py's _KERNEL_SOURCES; tests check they agree)
KERNEL_SOURCES = ("loop.py", "operands.py", "access.py", "alu.py", "isa.py",
                  "state.py", "x_exec.py", "x_ext.py", "x_alu.py", "x_mem.py", "isa_x.py", "core_save.py",
                  "fast.py", "ticks.py")
# run_core's signature as Cpu.run calls it: mem, attr, regs, ctl, cycle_limit, then core.TABLES
SIGNATURE = ("int64(uint8[::1], uint8[::1], int64[::1], int64[::1], int64, int64[::1], int64[::1], "
             "int64[:, :, :, ::1], int64[:, :, ::1], int64[::1], int64[::1], int64[::1], int64[::1], "
             "int64[::1])")


def fingerprint(source_dir: Path = HERE) -> str:
    """sha256 of the kernel sources, the signature and the host CPU."""
    h = hashlib.sha256()
    for name in KERNEL_SOURCES:
        h.update((source_dir / name).read_bytes())
    h.update(SIGNATURE.encode())
    h.update(host_id().encode())
    return h.hexdigest()


def load_run_core() -> Callable[..., int] | None:
    """The ahead-of-time ``run_core`` if it is built and current, else None."""
    if os.environ.get("MSP430EMU_NO_AOT"):
        return None
    try:
        if STAMP.read_text() != fingerprint():
            return None
        from msp430emu.cpu import _core_aot  # type: ignore[attr-defined]
    except (OSError, ImportError):
        return None
    return _core_aot.run_core


def build(output_dir: Path = HERE) -> Path:
    """Compile ``run_core`` ahead of time into ``output_dir`` and write its stamp; returns the extension."""
    from llvmlite import binding
    from numba.pycc import CC

    from msp430emu.cpu.loop import run_core

    output_dir.mkdir(parents=True, exist_ok=True)
    digest = fingerprint()
    cc = CC(MODULE)
    cc.output_dir = str(output_dir)
    cc.target_cpu = binding.get_host_cpu_name()   # as the jit compiles for (pycc's default is generic)
    cc.use_nrt = False                            # as the jitted kernel (_nrt=False): no refcounting
    cc.verbose = False
    cc.export("run_core", SIGNATURE)(run_core.py_func)
    stamp = output_dir / f"{MODULE}.stamp"
    stamp.unlink(missing_ok=True)                 # a half-built extension is never taken for current
    cc.compile()
    tmp = output_dir / f"{MODULE}.stamp.{os.getpid()}.tmp"
    tmp.write_text(digest)
    tmp.replace(stamp)
    return next(output_dir.glob(f"{MODULE}.*.so"), output_dir / MODULE)


def main() -> None:
    path = build()
    print(f"built {path}")


if __name__ == "__main__":
    main()


__all__ = ["KERNEL_SOURCES", "SIGNATURE", "build", "fingerprint", "load_run_core"]
