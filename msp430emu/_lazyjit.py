"""``lazy_njit`` for the emulator's own kernels outside the core (checkpoint/bundle.py, save_energy.py,
power/garbage_fill.py), with
their ahead-of-time library (energy/compiled.py has the mechanism): importing a module of such kernels
imports no numba, and a call runs the extension's function while it is current, else the jitted one.

    python -m msp430emu._lazyjit      # or `make aot`: builds msp430emu/checkpoint/_checkpoint_aot*.so
"""

from __future__ import annotations

from pathlib import Path

from energy.compiled import AotLibrary, Export, LazyKernel

HERE = Path(__file__).resolve().parent / "checkpoint"
SOURCES = tuple(HERE / name for name in ("bundle.py", "save_energy.py")) + (
    HERE.parent / "power" / "garbage_fill.py",) + tuple(
    HERE.parent.parent / "energy" / name for name in ("walk.py", "powered_walk.py", "trajectory_jit.py"))
_A = "float64[::1]"
_RO = "Array(uint8, 1, 'C', readonly=True)"      # read-only input bytes (np.frombuffer of bytes)
EXPORTS: tuple[Export, ...] = (
    Export("msp430emu.checkpoint.bundle", "_crc16_kernel", f"int64({_RO}, int64, int64[::1])"),
    Export("msp430emu.checkpoint.bundle", "_fill_plan",
           f"int64(uint8[::1], {_RO}, {', '.join(['int64'] * 10)}, int64[::1], int64[::1], uint8[::1], "
           f"{_RO}, int64)"),
    Export("msp430emu.checkpoint.bundle", "_check_slot",
           f"Tuple((boolean, int64, int64, int64, int64))(uint8[::1], {', '.join(['int64'] * 11)}, "
           "int64[::1])"),
    Export("msp430emu.checkpoint.bundle", "_slot_at",
           "Tuple((boolean, int64, int64, int64, int64))(uint8[::1], int64[::1], int64, int64[::1])"),
    Export("msp430emu.checkpoint.bundle", "_latest_slot",
           "UniTuple(int64, 5)(uint8[::1], int64[::1], int64[::1])"),
    Export("msp430emu.checkpoint.bundle", "_restore_slot",
           "int64(uint8[::1], int64[::1], int64[::1], int64, int64, int64[::1], int64[::1], int64[::1], "
           "int64[::1])"),
    Export("msp430emu.checkpoint.save_energy", "_stamp_voltages",
           f"void({_A}, {_A}, boolean, {_A}, {_A}, {_A})"),
    Export("msp430emu.checkpoint.save_energy", "_book_records",
           f"Tuple((float64, float64, float64, float64, int64))({_A}, {_A}, boolean, {_A}, int64[::1], "
           "int64, int64)"),
    Export("msp430emu.power.garbage_fill", "_mulhi", "uint64(uint64, uint64)"),
    Export("msp430emu.power.garbage_fill", "fill_garbage", "int64(uint8[::1], int64, int64)"),
)

LIBRARY = AotLibrary(HERE, "msp430emu.checkpoint", "_checkpoint_aot", SOURCES, EXPORTS)
lazy_njit = LIBRARY.lazy_njit


def main() -> None:
    print(f"built {LIBRARY.build()}")


if __name__ == "__main__":
    main()


__all__ = ["EXPORTS", "LIBRARY", "LazyKernel", "SOURCES", "lazy_njit"]
