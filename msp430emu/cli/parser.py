"""The ``msp430emu`` argument parser: every subcommand's options (argparse only)."""

from __future__ import annotations

import argparse

from msp430emu.errors import EmuError

PROG = "msp430emu"


class UsageError(EmuError):
    """A bad command line (argparse's complaint, reduced to one line)."""


class Parser(argparse.ArgumentParser):
    def error(self, message: str):  # argparse prints usage and exits; we raise a one-line error instead
        raise UsageError(message)


RUN_EPILOG = """example:
  msp430emu run build/ar.elf --until exit --dump 0x1C00:32 --json
  msp430emu run app.hex --device fr5969 --mclk 8MHz --max-cycles 5000000 --trace trace.txt
  msp430emu run --scenario default --strategy none --plot run.png --vcd run.vcd

FW may be an ELF file, Intel HEX or TI-TXT (detected from the content). The run ends at "halt" (the CPU
sleeps with interrupts disabled, e.g. exit(code); exit_code = R12), "until" (the --until symbol is
reached), "max-cycles" or "fault" (unmapped or read-only access, illegal instruction: exit status 1)."""

DISASM_EPILOG = """example:
  msp430emu disasm build/ar.elf | less"""

CC_EPILOG = """example:
  msp430emu cc designs/firmware/apps/crc.c -o build/crc.elf -O2
  msp430emu cc main.c util.c start.S -I include -D N_SAMPLES=64 -L lib -l dsp --device fr5994 -o app.elf

Compiles with clang-14 --target=msp430 and links with ld.lld-14 against the project's crt0, linker
script and EABI helpers (msp430emu.toolchain.sdk). --device picks the linker script (memory map) and defines
__MSP430FR5969__ / __MSP430FR5994__ / __MSP430FR6989__, so `#include <msp430.h>` includes the device's
header as with TI's toolchain; run the ELF with the same --device."""

DEMO_EPILOG = """example:
  msp430emu demo
  msp430emu demo --build-dir /tmp/demo --json

Builds the activity-recognition app (designs/firmware/apps/ar.c) into the build directory (cached while
the sources do not change) and runs it on harvested energy: a WISP5-like tag (47 uF, on 2.4 V, off 1.8 V)
1.5 m from a 4 W EIRP RFID reader. Prints the equivalent `msp430emu run` command and the summary, writes
the voltage timeline to DIR/demo-timeline.csv and a plot of it to DIR/demo.png."""


LAZY_COMMANDS = {      # subcommands whose modules load only when they are the one asked for
    "sweep": "run a firmware over a grid of parameters",
    "size": "find the smallest capacitor (or V_thresh) that completes the app",
    "instrument": "build C sources with the firmware Mementos checkpoint runtime",
    "torture": "inject power failures and compare with the continuous-power run",
}


def build_parser(command: str | None = None) -> Parser:
    """The whole parser; given the ``command`` about to be parsed, the other subcommands of
    ``LAZY_COMMANDS`` are added as placeholders (their help line only) so that their modules, and what they
    import, are not loaded (start-up time). ``--help`` output is the same either way."""
    from msp430emu.cli.checkpoint import add_checkpoint_arguments
    from msp430emu.cli.energy import ENERGY_EPILOG, add_energy_arguments
    from msp430emu.cli.scenario import add_scenario_arguments
    from msp430emu.cli.types import device_argument
    from msp430emu.devices import available_devices

    parser = Parser(prog=PROG, description="MSP430FR5969 emulator for intermittent computing.",
                    formatter_class=argparse.RawDescriptionHelpFormatter,
                    epilog="example:\n  msp430emu run build/ar.elf --until exit --json\n"
                           "  msp430emu <command> --help   shows each command's options and an example")
    sub = parser.add_subparsers(dest="command", parser_class=Parser,
                                metavar="{run,disasm,trace-dump,cc,demo,sweep,size,instrument,torture}")
    sub.required = True
    fmt = argparse.RawDescriptionHelpFormatter

    run = sub.add_parser("run", help="run a firmware image", epilog=RUN_EPILOG + "\n" + ENERGY_EPILOG,
                         formatter_class=fmt)
    run.add_argument("fw", metavar="FW", nargs="?",
                     help="firmware image: ELF, Intel HEX or TI-TXT (default: the --scenario's)")
    run.add_argument("--device", default="fr5969", metavar="DEV", type=device_argument,
                     help=f"device: {', '.join(available_devices())} or a device TOML file (default fr5969)")
    run.add_argument("--mclk", metavar="HZ",
                     help="MCLK at reset, e.g. 8MHz (default: the device's reset clock)")
    run.add_argument("--vcc", metavar="V", type=float, default=3.0, help="supply voltage (default 3.0)")
    run.add_argument("--until", metavar="SYM", help="stop when execution reaches this symbol (or address)")
    run.add_argument("--max-cycles", metavar="N", default="1_000_000_000",
                     help="stop after N CPU cycles (default 1e9)")
    run.add_argument("--trace", metavar="FILE",
                     help="write one record per instruction to FILE (slow): compact binary, read with "
                          "'msp430emu trace-dump FILE'; text lines when FILE ends in .txt")
    run.add_argument("--trace-format", choices=("binary", "text"),
                     help="the --trace file's format (default: text for FILE.txt, else binary)")
    run.add_argument("--dump", metavar="START:LEN", action="append", default=[],
                     help="include LEN bytes of memory from START in the result (repeatable)")
    run.add_argument("--json", action="store_true", help="print one JSON object instead of the summary")
    add_energy_arguments(run)
    add_checkpoint_arguments(run)
    from msp430emu.cli.debug import add_debug_arguments
    add_debug_arguments(run)
    add_scenario_arguments(run)               # last: it takes over the defaults a scenario may set

    dis = sub.add_parser("disasm", help="disassemble a firmware image", epilog=DISASM_EPILOG,
                         formatter_class=fmt)
    dis.add_argument("fw", metavar="FW", help="firmware image: ELF, Intel HEX or TI-TXT")
    dis.add_argument("--device", default="fr5969", metavar="DEV", type=device_argument,
                     help="device whose memory map the image is checked against (default fr5969)")

    tdump = sub.add_parser("trace-dump", help="print a binary --trace file as the text trace",
                           epilog="example:\n  msp430emu run app.elf --trace run.trace\n"
                                  "  msp430emu trace-dump run.trace | less", formatter_class=fmt)
    tdump.add_argument("file", metavar="FILE", help="a trace written by 'msp430emu run --trace FILE'")
    tdump.add_argument("-o", dest="output", metavar="OUT.txt",
                       help="write the text to OUT.txt (atomically) instead of standard output")

    from msp430emu.toolchain.sdk import DEVICES as SDK_DEVICES

    cc = sub.add_parser("cc", help="compile and link C and assembly sources", epilog=CC_EPILOG,
                        formatter_class=fmt)
    cc.add_argument("sources", metavar="SRC", nargs="+", help="C (.c) and assembly (.S, .s) sources")
    cc.add_argument("-o", dest="output", metavar="OUT.elf", required=True, help="output ELF file")
    cc.add_argument("--device", default="fr5969", choices=sorted(SDK_DEVICES),
                    help="target device: linker script, memory map and <msp430.h> header (default fr5969)")
    cc.add_argument("-I", dest="include_dirs", metavar="DIR", action="append", default=[],
                    help="add DIR to the include search path (repeatable)")
    cc.add_argument("-D", dest="defines", metavar="NAME[=VALUE]", action="append", default=[],
                    help="define a preprocessor macro (repeatable)")
    cc.add_argument("-L", dest="lib_dirs", metavar="DIR", action="append", default=[],
                    help="add DIR to the library search path (repeatable)")
    cc.add_argument("-l", dest="libs", metavar="NAME", action="append", default=[],
                    help="link the static library libNAME.a (repeatable)")
    opt = cc.add_mutually_exclusive_group()
    for level in ("O0", "O1", "O2", "O3", "Os", "Oz"):
        opt.add_argument(f"-{level}", dest="opt", action="store_const", const=f"-{level}",
                         help=f"optimise -{level}")

    demo = sub.add_parser("demo", help="build and run the demo app", epilog=DEMO_EPILOG, formatter_class=fmt)
    demo.add_argument("--build-dir", default="build", metavar="DIR", help="cache directory (default build/)")
    demo.add_argument("--json", action="store_true", help="print one JSON object instead of the summary")
    lazy = command is not None
    for name in LAZY_COMMANDS:
        if lazy and name != command:
            sub.add_parser(name, help=LAZY_COMMANDS[name])
        elif name == "sweep":
            from msp430emu.cli.sweep import add_sweep_parser
            add_sweep_parser(sub, fmt)
        elif name == "size":
            from msp430emu.cli.size import add_size_parser
            add_size_parser(sub, fmt)
        elif name == "instrument":
            from msp430emu.cli.instrument import add_instrument_parser
            add_instrument_parser(sub)
        else:
            from msp430emu.cli.torture import add_torture_parser
            add_torture_parser(sub, fmt)
    return parser


__all__ = ["LAZY_COMMANDS", "PROG", "Parser", "UsageError", "build_parser"]
