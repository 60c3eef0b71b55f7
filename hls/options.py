"""Option values of the pass -> the objects it runs with: design energy per cycle, the cost model, the cycle
budget (given, or derived from one charge of an ``energy/`` preset), the non-volatile memory set.

``options`` is any object with the option attributes (the CLI's ``argparse.Namespace``, or the one
:mod:`hls.api` builds from keywords)."""

from __future__ import annotations

from typing import Any

from hls.errors import HlsError
from hls.placement.plan import NVM_WRITE_PJ_PER_BIT, CostModel, budget_from_energy

__all__ = ["budget_cycles", "check_nv_memories", "check_source_files", "cost_model", "cycle_pj", "nv_set"]


def cycle_pj(args: Any) -> float:
    """Design energy per cycle: --cycle-pj, or --power / --clock-hz, or the default."""
    if args.power is not None or args.clock_hz is not None:
        if args.power is None or args.clock_hz is None or args.cycle_pj is not None:
            raise HlsError("give --power and --clock-hz together, and not with --cycle-pj")
        if args.power <= 0 or args.clock_hz <= 0:
            raise HlsError("--power and --clock-hz must be > 0")
        return args.power / args.clock_hz * 1e12
    value = CostModel.cycle_pj if args.cycle_pj is None else args.cycle_pj
    if value <= 0:
        raise HlsError(f"--cycle-pj must be > 0, not {value}")
    return value


def cost_model(args: Any) -> CostModel:
    if args.trip_count is None:
        args.trip_count = CostModel.trip_count
    if args.trip_count < 1:
        raise HlsError(f"--trip-count must be >= 1, not {args.trip_count}")
    if args.failure_rate is not None and not 0.0 <= args.failure_rate <= 1.0:
        raise HlsError(f"--failure-rate must be a probability, not {args.failure_rate}")
    return CostModel(write_pj_per_bit=NVM_WRITE_PJ_PER_BIT[args.nvm], cycle_pj=cycle_pj(args),
                     failure_per_cycle=args.failure_rate, trip_count=args.trip_count)


def budget_cycles(args: Any) -> int | None:
    if args.budget_cycles is not None:
        if args.budget_cycles < 1:
            raise HlsError(f"--budget-cycles must be positive, not {args.budget_cycles}")
        if any(x is not None for x in (args.capacitance, args.v_on, args.v_off)):
            raise HlsError("--capacitance, --v-on and --v-off adjust an --energy preset: not with "
                           "--budget-cycles")
        return int(args.budget_cycles)
    if args.energy is not None:
        from energy import EnergyError, preset

        try:
            pre = preset(args.energy)
        except EnergyError as err:
            raise HlsError(str(err)) from None
        c = pre.capacitance if args.capacitance is None else args.capacitance
        v_on = pre.v_on if args.v_on is None else args.v_on
        v_off = pre.v_off if args.v_off is None else args.v_off
        return budget_from_energy(c, v_on, v_off, cycle_pj(args))
    if any(x is not None for x in (args.capacitance, args.v_on, args.v_off)):
        raise HlsError("--capacitance, --v-on and --v-off adjust an --energy preset; give --energy too")
    return None


def nv_set(args: Any) -> frozenset[str] | None:
    return None if args.nv_memories else frozenset(args.nv_memory)



def check_nv_memories(design: Any, args: Any) -> None:
    """Refuse an ``--nv-memory`` name that is no memory of the design (a typo would leave the memory
    volatile, silently)."""
    if args.nv_memories or not args.nv_memory:
        return
    known = set(design.memories) | {m.local_name for m in design.memories.values()
                                    if getattr(m, "local_name", None)}
    unknown = sorted(set(args.nv_memory) - known)
    if unknown:
        names = ", ".join(sorted(design.memories)) or "none"
        raise HlsError(f"--nv-memory {', '.join(unknown)}: no such memory in the design (memories: {names})")


def check_source_files(files: Any, what: str = "Verilog file") -> None:
    """Each of ``files`` must be an existing regular file (a FIFO would block the reader forever)."""
    from pathlib import Path

    for f in files:
        path = Path(f)
        if not path.exists():
            raise HlsError(f"no such {what}: {f}")
        if not path.is_file():
            raise HlsError(f"{what} {f}: not a regular file")
