"""``msp430emu cc`` and ``msp430emu demo``.

The demo runs the built-in default scenario (msp430emu/scenarios/default.toml: a WISP5-like tag 1.5 m from a
4 W EIRP reader running the ``ar`` app with Mementos loop-latch checkpoints): the scenario's app is built by
:func:`build_cached` into the build directory, and the run writes the timeline and a plot beside it.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from msp430emu.cli_files import atomic_write
from msp430emu.errors import BuildError, ConfigError

REPO = Path(__file__).resolve().parent.parent
APPS = REPO / "designs" / "firmware" / "apps"
DEMO_APP = "ar"
DEMO_OPT = "-O2"


def cmd_cc(args) -> int:
    from msp430emu.sdk import build

    sources = [Path(s) for s in args.sources]
    for src in sources:
        if not src.is_file():
            raise BuildError(f"{src}: no such source file")
    output = Path(args.output)
    if not output.parent.is_dir():
        raise ConfigError(f"-o {output}: directory {output.parent} does not exist")
    build(sources, output, args.opt or "-O2", device=getattr(args, "device", "fr5969"),
          include_dirs=getattr(args, "include_dirs", []), defines=getattr(args, "defines", []),
          lib_dirs=getattr(args, "lib_dirs", []), libs=getattr(args, "libs", []))
    print(f"wrote {output}")
    return 0


def _fingerprint(paths: list[Path], opt: str) -> str:
    h = hashlib.sha256(opt.encode())
    for p in sorted(paths):
        h.update(str(p).encode())
        h.update(p.read_bytes())
    return h.hexdigest()


def build_cached(app: str, build_dir: Path, opt: str = DEMO_OPT) -> Path:
    """Build ``designs/firmware/apps/<app>.c`` into ``build_dir`` unless an identical build is there."""
    from msp430emu.sdk import build

    source = APPS / f"{app}.c"
    if not source.is_file():
        raise BuildError(f"demo app {source} is missing")
    firmware = REPO / "designs" / "firmware"
    inputs = [p for p in firmware.rglob("*") if p.is_file() and p.suffix in (".c", ".h", ".S", ".s", ".ld")]
    stamp = _fingerprint(inputs, opt)
    try:
        build_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ConfigError(f"--build-dir {build_dir}: {exc.strerror}") from None
    elf = build_dir / f"{app}{opt}.elf"
    stamp_file = build_dir / f"{app}{opt}.stamp"
    if elf.is_file() and stamp_file.is_file() and stamp_file.read_text() == stamp:
        return elf
    build([source], elf, opt)
    with atomic_write(stamp_file) as f:
        f.write(stamp)
    return elf


def demo_run_argv(build_dir: Path, as_json: bool) -> list[str]:
    """The ``msp430emu run`` command line the demo executes (printed, so a user can repeat it): the built-in
    default scenario (msp430emu/scenarios/default.toml), its timeline and its plot into ``build_dir``."""
    argv = ["run", "--scenario", "default", "--build-dir", str(build_dir),
            "--timeline", str(build_dir / "demo-timeline.csv"), "--plot", str(build_dir / "demo.png")]
    return argv + (["--json"] if as_json else [])


def cmd_demo(args) -> int:
    from msp430emu.cli import build_parser
    from msp430emu.cli_run import cmd_run
    from msp430emu.scenario import load_scenario

    build_dir = Path(args.build_dir)
    try:
        build_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ConfigError(f"--build-dir {build_dir}: {exc.strerror}") from None
    scenario = load_scenario("default")
    argv = demo_run_argv(build_dir, args.json)
    run_args = build_parser().parse_args(argv)
    if not args.json:
        print(f"demo: {scenario.description}")
        print("      msp430emu " + " ".join(argv))
    return cmd_run(run_args)
