"""energy/ stands alone: importing it pulls in neither half of the project."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_energy_imports_neither_the_emulator_nor_hls():
    code = ("import sys, energy, energy.harvest, energy.system, energy.mcu; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('msp430emu', 'hls')))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
