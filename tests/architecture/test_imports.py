"""The house rules, checked on the source: dependencies point one way (no import cycles, counting imports
inside functions too), no domain module imports a command line, the energy model imports neither half, and
each package's public names are its ``__all__``."""

from __future__ import annotations

import importlib
import subprocess
import sys

import pytest
from imports import ROOT, cycles, imports, modules


def test_no_import_cycles_anywhere():
    assert cycles(imports()) == []


def test_cycle_finder_finds_a_cycle():          # the check above can fail
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def _is_cli(module: str) -> bool:
    return module.startswith("msp430emu.cli") or module == "hls.cli" or module.startswith(("hls.cli.",
                             "hls.cli_"))


def test_no_domain_module_imports_a_command_line():
    leaks = sorted((m, t) for m, targets in imports().items() if not _is_cli(m)
                   for t in targets if _is_cli(t))
    assert leaks == []


def test_the_energy_model_imports_neither_half():
    leaks = sorted((m, t) for m, targets in imports().items() if m.startswith("energy")
                   for t in targets if not t.startswith("energy"))
    assert leaks == []


def test_test_oracles_are_not_in_the_product():
    assert "msp430emu.mspdebug" not in modules() and "msp430emu.asm" not in modules()
    assert (ROOT / "tests" / "oracles" / "mspdebug.py").is_file()


@pytest.mark.parametrize("package", ["msp430emu", "energy", "hls"])
def test_public_names_resolve(package):
    module = importlib.import_module(package)
    assert module.__all__, f"{package} exports nothing"
    for name in module.__all__:
        assert getattr(module, name) is not None, name


def test_importing_the_api_loads_no_command_line_and_no_compiled_core():
    code = ("import sys, msp430emu; from msp430emu import RunConfig; RunConfig(strategy='hibernus'); "
            "print(sorted(m for m in sys.modules "
            "if m.startswith(('msp430emu.cli', 'msp430emu.cpu', 'numba'))))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
