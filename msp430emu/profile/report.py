"""The profile in the run's report: the output format from the file name, the top functions (JSON field
``profile``), and the summary rows (top functions by energy and by wasted work)."""

from __future__ import annotations

from pathlib import Path

from msp430emu.errors import ConfigError

TOP = 5


def profile_format(path: str) -> str:
    """``speedscope`` (.json) or ``pprof`` (.pb.gz, .pb, .pprof)."""
    lower = path.lower()
    if lower.endswith(".json"):
        return "speedscope"
    if lower.endswith((".pb.gz", ".pb", ".pprof")):
        return "pprof"
    raise ConfigError(f"--profile {path}: unknown format (name it FILE.json for speedscope, FILE.pb.gz for "
                      "pprof)")


def check_profile_path(path: str, option: str = "--profile") -> None:
    """A one-line error before the run: an unknown format, or a directory that does not exist."""
    if option == "--profile":
        profile_format(path)
    parent = Path(path).parent
    if not parent.is_dir():
        raise ConfigError(f"{option} {path}: directory {parent} does not exist")


def top_functions(profiler, n: int = TOP) -> dict:
    """The JSON field: per function (everything charged), sorted by energy."""
    out = []
    for i, s in sorted(profiler.rows(), key=lambda r: (-r[1].energy, -r[1].cycles)):
        f = profiler.table.frames[i]
        out.append({"function": f.name, "file": f.file, "line": f.line, "cycles": s.cycles,
                    "energy_j": s.energy, "wasted_cycles": s.wasted_cycles, "checks": s.checks,
                    "saves": s.saves, "save_cycles": s.save_cycles, "restores": s.restores,
                    "restore_cycles": s.restore_cycles, "failures": s.failures, "off_s": s.off_s})
    return {"functions": out, "sample_cycles": profiler.sample_cycles, "total_cycles": profiler.total_cycles}


def summary_rows(profile: dict, n: int = TOP) -> list[tuple[str, str]]:
    """Rows of the readable summary from the ``profile`` JSON field: top functions by energy and by wasted
    work."""
    rows: list[tuple[str, str]] = []
    funcs = profile["functions"]
    total_e = sum(f["energy_j"] for f in funcs) or 1.0
    total_c = sum(f["cycles"] for f in funcs) or 1
    for k, f in enumerate(sorted(funcs, key=lambda f: -f["energy_j"])[:n]):
        rows.append(("top energy" if k == 0 else "",
                     f"{f['function']}: {f['energy_j'] * 1e6:.3f} uJ ({100 * f['energy_j'] / total_e:.1f}%), "
                     f"{f['cycles']:,} cycles ({100 * f['cycles'] / total_c:.1f}%)"))
    wasted = sorted((f for f in funcs if f["wasted_cycles"]), key=lambda f: -f["wasted_cycles"])[:n]
    total_w = sum(f["wasted_cycles"] for f in funcs)
    if not wasted:
        rows.append(("top wasted", "none (no cycles re-executed after a power failure)"))
    for k, f in enumerate(wasted):
        rows.append(("top wasted" if k == 0 else "",
                     f"{f['function']}: {f['wasted_cycles']:,} cycles re-executed "
                     f"({100 * f['wasted_cycles'] / total_w:.1f}% of {total_w:,}); {f['failures']} failures "
                     f"in it, off {f['off_s']:.4f} s after them"))
    return rows


__all__ = ["check_profile_path", "profile_format", "summary_rows", "top_functions"]
