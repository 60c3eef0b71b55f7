"""The project's example apps (designs/firmware/apps/*.c) built on demand and cached: what a scenario's
``[firmware] app = "ar"`` and ``msp430emu demo`` run."""

from __future__ import annotations

import hashlib
from pathlib import Path

from msp430emu.errors import BuildError, ConfigError
from msp430emu.output.files import atomic_write

REPO = Path(__file__).resolve().parents[2]
FIRMWARE = REPO / "designs" / "firmware"
APPS = FIRMWARE / "apps"
DEFAULT_OPT = "-O2"


def _fingerprint(paths: list[Path], opt: str) -> str:
    h = hashlib.sha256(opt.encode())
    for p in sorted(paths):
        h.update(str(p).encode())
        h.update(p.read_bytes())
    return h.hexdigest()


def build_cached(app: str, build_dir: Path, opt: str = DEFAULT_OPT) -> Path:
    """Build ``designs/firmware/apps/<app>.c`` into ``build_dir`` unless an identical build is there."""
    from msp430emu.toolchain.sdk import build

    source = APPS / f"{app}.c"
    if not source.is_file():
        raise BuildError(f"demo app {source} is missing")
    inputs = [p for p in FIRMWARE.rglob("*") if p.is_file() and p.suffix in (".c", ".h", ".S", ".s", ".ld")]
    stamp = _fingerprint(inputs, opt)
    if build_dir.exists() and not build_dir.is_dir():
        raise ConfigError(f"--build-dir {build_dir}: not a directory")
    try:
        build_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ConfigError(f"--build-dir {build_dir}: {exc.strerror}") from None
    elf = build_dir / f"{app}{opt}.elf"
    stamp_file = build_dir / f"{app}{opt}.stamp"
    if elf.is_file() and stamp_file.is_file() and stamp_file.read_bytes() == stamp.encode():
        return elf
    build([source], elf, opt)
    with atomic_write(stamp_file) as f:
        f.write(stamp)
    return elf


def scenario_firmware(scenario, build_dir: Path) -> Path:
    """The firmware a scenario names: its file, or its app built (and cached) in ``build_dir``."""
    if scenario is None:
        raise ConfigError("no firmware: give FW or a --scenario with a [firmware] table")
    if scenario.firmware_path is not None:
        return scenario.firmware_path
    if scenario.firmware_app is not None:
        return build_cached(scenario.firmware_app, build_dir, scenario.firmware_opt)
    raise ConfigError(f"no firmware: scenario {scenario.source} has no [firmware] table; give FW")


__all__ = ["APPS", "DEFAULT_OPT", "build_cached", "scenario_firmware"]
