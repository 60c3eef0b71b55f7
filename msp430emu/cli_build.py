"""``msp430emu cc`` and ``msp430emu demo``.

The demo is three plain steps - :func:`build_cached`, :func:`demo_machine`, run and report - so the
energy-harvesting scenario of the next issues can replace :func:`demo_machine` (add a harvester, a
capacitor and a checkpointing strategy as event sources) without touching the rest of the command.
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
DEMO_MAX_CYCLES = 200_000_000


def cmd_cc(args) -> int:
    from msp430emu.sdk import build

    sources = [Path(s) for s in args.sources]
    for src in sources:
        if not src.is_file():
            raise BuildError(f"{src}: no such source file")
    output = Path(args.output)
    if not output.parent.is_dir():
        raise ConfigError(f"-o {output}: directory {output.parent} does not exist")
    build(sources, output, args.opt or "-O2")
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


# The demo scenario (issue 5's default): a WISP5-like tag (47 uF, on 2.4 V, off 1.8 V) 1.5 m from a 4 W EIRP
# reader, running the `ar` app. Checkpointing strategies (mementos-loop) join it once they exist.
DEMO_SCENARIO = ("--preset", "wisp5", "--harvest", "rfid:1.5,eirp=4")


def demo_run_argv(elf: Path, out_dir: Path, as_json: bool) -> list[str]:
    """The ``msp430emu run`` command line the demo executes (printed, so a user can repeat it)."""
    argv = ["run", str(elf), *DEMO_SCENARIO, "--max-cycles", str(DEMO_MAX_CYCLES),
            "--timeline", str(out_dir / "demo-timeline.csv"), "--plot", str(out_dir / "demo.png")]
    return argv + (["--json"] if as_json else [])


def cmd_demo(args) -> int:
    from msp430emu.cli import build_parser
    from msp430emu.cli_run import cmd_run

    build_dir = Path(args.build_dir)
    elf = build_cached(DEMO_APP, build_dir)
    argv = demo_run_argv(elf, build_dir, args.json)
    if not args.json:
        print(f"demo: {DEMO_APP} ({DEMO_OPT}), a WISP5-like tag 1.5 m from a 4 W EIRP RFID reader")
        print("      msp430emu " + " ".join(argv))
    return cmd_run(build_parser().parse_args(argv))
