"""``--trace`` (issue 15 goal 7): bytes per instruction and CPU time of the text trace against the binary
trace (the default) on a real app of about 1.2 M instructions, and of reading the binary trace back
(``read_trace``) and printing it as text (``msp430emu trace-dump``); and the peak memory (tracemalloc) of
``--timeline`` runs of 10 and 40 s of device time (a spinning program on 2 mW: ~1,600 rows a second).

Run from the repository root:  .venv/bin/python -m benchmarks.bench_trace [APP] [MAX_CYCLES]
                               .venv/bin/python -m benchmarks.bench_trace timeline
(APP one of the SDK apps, default bc; MAX_CYCLES default: the whole program). Writes under $TMPDIR and
removes the files. CPU time of this process (the machine is shared). No assertions.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from firmware_build import build_app  # noqa: E402

from msp430emu import RunConfig, simulate  # noqa: E402
from msp430emu.output.trace import dump_trace, read_trace  # noqa: E402


def _cpu(fn):
    t0 = time.process_time()
    value = fn()
    return value, time.process_time() - t0


def main(app: str = "bc", max_cycles: int | None = None) -> None:
    fw = build_app(app)
    limit = {"max_cycles": max_cycles} if max_cycles else {}
    with tempfile.TemporaryDirectory() as tmp:
        base, t_none = _cpu(lambda: simulate(RunConfig(firmware=fw, **limit)))
        n = base.to_dict()["instructions"]
        print(f"{app}: {n:,} instructions; no trace {t_none:.2f} s CPU")
        rows = []
        for fmt, name in (("text", "t.txt"), ("binary", "t.trace")):
            path = Path(tmp) / name
            cfg = RunConfig(firmware=fw, trace=path, trace_format=fmt, **limit)
            _, t = _cpu(lambda cfg=cfg: simulate(cfg))
            size = path.stat().st_size
            rows.append((fmt, size, t))
            print(f"--trace-format {fmt:6}: {size:>12,} bytes = {size / n:7.2f} bytes/instruction; "
                  f"{t:7.2f} s CPU = {n / t / 1e3:7.1f} k instructions/s")
        records, t_read = _cpu(lambda: read_trace(Path(tmp) / "t.trace"))
        print(f"read_trace: {len(records):,} records in {t_read:.2f} s CPU ({records.nbytes / 2**20:.0f} MiB "
              "in memory)")
        with open(os.devnull, "w") as out:
            _, t_dump = _cpu(lambda: dump_trace(Path(tmp) / "t.trace", out))
        print(f"trace-dump: {t_dump:.2f} s CPU = {n / t_dump / 1e3:.1f} k lines/s")
        (_, s_text, t_text), (_, s_bin, t_bin) = rows
        print(f"binary vs text: {s_text / s_bin:.0f}x smaller, {t_text / t_bin:.1f}x less CPU")


def timeline_memory() -> None:
    import tracemalloc

    from oracles.asm import EXIT, STOP_WDT, build_program

    spin = "start:\n    mov #0x2400, r1\n" + STOP_WDT + "spin:\n    add r5, r6\n    jmp spin\n" + EXIT
    with tempfile.TemporaryDirectory() as tmp:
        fw = build_program(spin, Path(tmp)).path
        simulate(RunConfig(firmware=fw, capacitor="22u", harvester="power:2m", max_time=0.1))   # warm up
        for max_time in (10, 40):
            csv = Path(tmp) / "t.csv"
            tracemalloc.start()
            simulate(RunConfig(firmware=fw, capacitor="22u", harvester="power:2m", max_time=max_time,
                               timeline=csv))
            peak = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()
            rows = sum(1 for _ in csv.open()) - 1
            print(f"--timeline, {max_time} s of device time: {rows:,} rows, peak traced memory "
                  f"{peak / 2**20:.2f} MiB")


if __name__ == "__main__":
    if sys.argv[1:2] == ["timeline"]:
        timeline_memory()
        sys.exit(0)
    main(sys.argv[1] if len(sys.argv) > 1 else "bc", int(sys.argv[2]) if len(sys.argv) > 2 else None)
