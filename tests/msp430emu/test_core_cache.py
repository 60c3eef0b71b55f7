"""The compiled kernel's on-disk cache guard covers every module its machine code depends on."""

from __future__ import annotations

import ast
from pathlib import Path

from msp430emu.cpu import loop as core_loop

PKG = Path(core_loop.__file__).resolve().parent


def _project_imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text())
    return {node.module.split(".")[-1] + ".py" for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("msp430emu.cpu.")}


def test_fingerprint_covers_the_kernel_and_everything_it_imports():
    jitted = {p.rstrip(".") + ".py" for p in core_loop._JITTED_MODULES}
    needed = set(jitted)
    for name in jitted:
        needed |= _project_imports(PKG / name)
    assert needed <= set(core_loop._KERNEL_SOURCES)
    assert "loop.py" in jitted and all((PKG / name).exists() for name in jitted)


def test_stale_cache_files_are_dropped_when_the_fingerprint_changes(tmp_path):
    sources = tmp_path / "src"
    cache = tmp_path / "cache"
    sources.mkdir()
    cache.mkdir()
    for name in core_loop._KERNEL_SOURCES:
        (sources / name).write_text(f"# {name}\n")
    kernel_files = [cache / "loop.run_core-214.py311.nbi", cache / "alu.alu_two-48.py311.1.nbc"]
    other = cache / "energy_model.step-10.py311.nbi"
    for path in (*kernel_files, other):
        path.write_bytes(b"x")
    core_loop._drop_stale_jit_cache(cache, sources)          # first time: no stamp -> dropped
    assert not any(p.exists() for p in kernel_files) and other.exists()
    for path in kernel_files:
        path.write_bytes(b"x")
    core_loop._drop_stale_jit_cache(cache, sources)          # unchanged sources: kept
    assert all(p.exists() for p in kernel_files)
    (sources / "isa.py").write_text("# a changed table\n")
    core_loop._drop_stale_jit_cache(cache, sources)          # a dependency changed: dropped
    assert not any(p.exists() for p in kernel_files) and other.exists()
