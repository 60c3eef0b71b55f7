"""The energy model's kernels compiled ahead of time (numba.pycc): a run on harvested energy imports no numba.

    python -m energy.aot          # or `make aot`: builds energy/_energy_aot*.so

``EXPORTS`` lists every kernel the emulator calls from Python (energy/walk.py, powered_walk.py, and
trajectory_jit.py's closed forms, which ``energy.capacitor`` calls and the walks compile in), each with the
one signature its callers pass. ``lazy_njit`` here is
:func:`energy.compiled.lazy_njit` bound to this library: such a kernel runs the extension's function while
the extension is current (``energy/_energy_aot.stamp``: the fingerprint of ``SOURCES``, the signatures and
the host CPU), else the numba-jitted function as before (energy/compiled.py).
"""

from __future__ import annotations

from pathlib import Path

from energy.compiled import AotLibrary, Export

HERE = Path(__file__).resolve().parent
SOURCES = tuple(HERE / name for name in ("walk.py", "powered_walk.py", "trajectory_jit.py"))
_A = "float64[::1]"
_F = "float64"
# a trajectory (energy/trajectory_jit.py ``make``)
_TR = ("Tuple((float64, float64, float64, float64, float64, float64, int64, float64, boolean, int64, int64, "
       "float64, float64, float64, boolean, int64, float64, float64, float64))")
EXPORTS: tuple[Export, ...] = (
    Export("energy.walk", "_crossing",
           f"UniTuple(float64, 2)({_A}, {_A}, {_F}, boolean, {', '.join([_F] * 8)}, int64)"),
    Export("energy.walk", "_predict",
           f"Tuple((int64, int64, float64, float64, float64, float64))({_A}, {_A}, {_F}, boolean, "
           f"{', '.join([_F] * 8)}, boolean, int64, {_A}, {_A}, {_A}, {_A})"),
    Export("energy.walk", "_commit",
           f"Tuple((int64, {', '.join([_F] * 7)}))({_A}, {_A}, {_A}, {_A}, int64, int64, "
           f"{', '.join([_F] * 16)}, {_A})"),
    Export("energy.walk", "_advance_free",
           f"UniTuple(float64, 7)({_A}, {_A}, {_F}, boolean, {', '.join([_F] * 16)})"),
    Export("energy.walk", "_scan",
           f"Tuple((int64, float64, float64, float64, int64))({_A}, {_A}, {_F}, boolean, {_A}, {_A}, "
           f"int64, int64, {', '.join([_F] * 9)})"),
    Export("energy.trajectory_jit", "make", f"{_TR}({', '.join([_F] * 6)})"),
    Export("energy.trajectory_jit", "reachable", f"boolean({_TR}, {_F})"),
    Export("energy.trajectory_jit", "time_to", f"float64({_TR}, {_F})"),
    Export("energy.trajectory_jit", "t_between", f"float64({_TR}, {_F}, {_F})"),
    Export("energy.trajectory_jit", "dt_dv", f"float64({_TR}, {_F})"),
    Export("energy.trajectory_jit", "moments", f"UniTuple(float64, 2)({_TR}, {_F}, {_F})"),
    Export("energy.trajectory_jit", "voltage_after", f"float64({_TR}, {_F})"),
    Export("energy.trajectory_jit", "advance",
           f"UniTuple(float64, 6)({_TR}, {_F}, {_F}, boolean, {', '.join([_F] * 11)})"),
    Export("energy.powered_walk", "walk_powered",
           f"UniTuple(int64, 2)({_A}, {_A}, {_F}, boolean, {', '.join([_F] * 7)}, int64, "
           f"{_A}, {_A}, {_A}, {_A})"),
)

LIBRARY = AotLibrary(HERE, "energy", "_energy_aot", SOURCES, EXPORTS)
lazy_njit = LIBRARY.lazy_njit


def main() -> None:
    print(f"built {LIBRARY.build()}")


if __name__ == "__main__":
    main()


__all__ = ["EXPORTS", "LIBRARY", "SOURCES", "lazy_njit"]
