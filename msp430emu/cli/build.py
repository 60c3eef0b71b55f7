"""``msp430emu cc`` and ``msp430emu demo``.

The demo runs the built-in default scenario (msp430emu/scenarios/default.toml: a WISP5-like tag 1.5 m from a
4 W EIRP reader running the ``ar`` app with Mementos loop-latch checkpoints): the scenario's app is built by
:func:`msp430emu.toolchain.apps.build_cached` into the build directory, and the run writes the timeline and
a plot beside it.
"""

from __future__ import annotations

from pathlib import Path

from msp430emu.errors import BuildError, ConfigError

DEMO_APP = "ar"


def cmd_cc(args) -> int:
    from msp430emu.toolchain.sdk import build

    sources = [Path(s) for s in args.sources]
    for src in sources:
        if not src.is_file():
            raise BuildError(f"{src}: no such source file")
    output = Path(args.output)
    build(sources, output, args.opt or "-O2", device=getattr(args, "device", "fr5969"),
          include_dirs=getattr(args, "include_dirs", []), defines=getattr(args, "defines", []),
          lib_dirs=getattr(args, "lib_dirs", []), libs=getattr(args, "libs", []))
    print(f"wrote {output}")
    return 0


def demo_run_argv(build_dir: Path, as_json: bool) -> list[str]:
    """The ``msp430emu run`` command line the demo executes (printed, so a user can repeat it): the built-in
    default scenario (msp430emu/scenarios/default.toml), its timeline and its plot into ``build_dir``."""
    argv = ["run", "--scenario", "default", "--build-dir", str(build_dir),
            "--timeline", str(build_dir / "demo-timeline.csv"), "--plot", str(build_dir / "demo.png")]
    return argv + (["--json"] if as_json else [])


def cmd_demo(args) -> int:
    from msp430emu.cli.run import print_run
    from msp430emu.config import RunConfig
    from msp430emu.scenario import load_scenario
    from msp430emu.session import simulate

    build_dir = Path(args.build_dir)
    if build_dir.exists() and not build_dir.is_dir():
        raise ConfigError(f"--build-dir {build_dir}: not a directory")
    try:
        build_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ConfigError(f"--build-dir {build_dir}: {exc.strerror}") from None
    scenario = load_scenario("default")
    argv = demo_run_argv(build_dir, args.json)
    if not args.json:
        print(f"demo: {scenario.description}")
        print("      msp430emu " + " ".join(argv))
    cfg = RunConfig.from_scenario("default", build_dir=build_dir, timeline=build_dir / "demo-timeline.csv",
                                  plot=build_dir / "demo.png")
    return print_run(simulate(cfg), args.json)
