"""Loading a large trace file (issue 14 item 19): CPU time and peak memory of ``load_trace`` on a generated
10-million-line ``<ms>\\t<volts>`` file (about 150 MB), and of building the harvester from it.

Run from the repository root:  .venv/bin/python -m benchmarks.bench_trace_load [LINES]
Writes the file under $TMPDIR and removes it. No assertions: targets are judged by reading the numbers.
"""

from __future__ import annotations

import os
import resource
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from energy.harvest.trace import TraceHarvester, load_trace


def main(lines: int = 10_000_000) -> None:
    rng = np.random.default_rng(0)
    fd, name = tempfile.mkstemp(suffix=".txt")
    os.close(fd)
    path = Path(name)
    try:
        with path.open("w") as f:
            for start in range(0, lines, 1_000_000):
                n = min(1_000_000, lines - start)
                t = np.arange(start, start + n)
                v = rng.random(n) * 3.0
                np.savetxt(f, np.column_stack((t, v)), fmt=("%d", "%.4f"), delimiter="\t")
        size_mb = path.stat().st_size / 1e6
        t0 = time.process_time()
        trace = load_trace(path)
        t1 = time.process_time()
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"load_trace: {lines:,} lines ({size_mb:.0f} MB): {t1 - t0:.2f} s CPU, peak RSS {peak:.0f} MB, "
              f"reader {trace.report.reader}")
        TraceHarvester(trace)
        t2 = time.process_time()
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"TraceHarvester: {t2 - t1:.2f} s CPU, peak RSS {peak:.0f} MB")
    finally:
        path.unlink(missing_ok=True)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000_000)
