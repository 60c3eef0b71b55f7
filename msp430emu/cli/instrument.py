"""``msp430emu instrument``: build C sources into firmware that checkpoints itself (docs/firmware-runtime.md).

The parser is built here (:func:`add_instrument_parser`); msp430emu/cli.py registers it and dispatches to
:func:`cmd_instrument`.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from msp430emu.errors import ConfigError

INSTRUMENT_EPILOG = """example:
  msp430emu instrument designs/firmware/apps/crc.c -o build/crc-mementos.elf --mode loop
  msp430emu instrument app.c -o app.elf --mode timer:20000 --v-thresh 2.6 -Os --asm-out app.s
  msp430emu run build/crc-mementos.elf --preset wisp4-mementos --harvest rfid:4 --strategy none

Compiles with clang-14 -S, inserts `call #__mementos_check` before every loop latch (loop, timer) or after
every call to the program's own functions (return), renames the program's main to __mementos_main and
links the checkpoint runtime of designs/firmware/runtime (whose main restores the newest valid checkpoint
at boot). The check reads the supply on ADC12_B channel 31 and saves a checkpoint into FRAM when it is
below --v-thresh. Timer mode: the check runs only after Timer0_A3 (SMCLK) raised its flag, every CYCLES
cycles (default 20000)."""

DEFINE = re.compile(r"^[A-Za-z_]\w*(=.*)?$")


def add_instrument_parser(sub) -> argparse.ArgumentParser:
    from msp430emu.toolchain.instrument import DEFAULT_V_THRESH

    p = sub.add_parser("instrument", help="build C sources with the firmware Mementos checkpoint runtime",
                       epilog=INSTRUMENT_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("sources", metavar="SRC.c", nargs="+", help="C sources (.S/.s are linked uninstrumented)")
    p.add_argument("-o", dest="output", metavar="OUT.elf", required=True, help="output ELF file")
    p.add_argument("--mode", default="loop", metavar="MODE",
                   help="trigger points: loop (default), return, timer or timer:CYCLES")
    p.add_argument("--v-thresh", metavar="V", default=str(DEFAULT_V_THRESH),
                   help=f"save when the supply is below V volts (default {DEFAULT_V_THRESH})")
    p.add_argument("--asm-out", metavar="FILE.s", help="also write the instrumented assembly")
    p.add_argument("-D", dest="defines", metavar="NAME[=VALUE]", action="append", default=[],
                   help="define a macro for the program's sources (repeatable)")
    opt = p.add_mutually_exclusive_group()
    for level in ("O0", "O2", "Os"):
        opt.add_argument(f"-{level}", dest="opt", action="store_const", const=f"-{level}",
                         help=f"optimise -{level} (default -O2)")
    return p


def cmd_instrument(args) -> int:
    from msp430emu.toolchain.instrument import instrument, parse_mode

    mode = parse_mode(args.mode)
    try:
        v_thresh = float(args.v_thresh.removesuffix("V"))
    except ValueError:
        raise ConfigError(f"--v-thresh {args.v_thresh}: not a voltage") from None
    for define in args.defines:
        if not DEFINE.match(define):
            raise ConfigError(f"-D {define}: expected NAME or NAME=VALUE")
    result = instrument([Path(s) for s in args.sources], Path(args.output), mode, args.opt or "-O2",
                        v_thresh, args.asm_out, extra_cflags=[f"-D{d}" for d in args.defines])
    for warning in result.warnings:
        print(f"msp430emu: warning: {warning}", file=sys.stderr)
    kinds = "loop latches" if mode.kind != "return" else "call returns"
    timer = f", checked every {mode.timer_cycles} timer cycles" if mode.kind == "timer" else ""
    print(f"inserted {len(result.points)} trigger points ({kinds}{timer}; V_thresh {v_thresh:g} V)"
          + (f", relaxed {result.relaxed_jumps} far jumps" if result.relaxed_jumps else ""))
    if result.skipped_functions:
        print(f"interrupt handlers left uninstrumented: {', '.join(result.skipped_functions)}")
    for path in result.asm_files:
        print(f"wrote {path}")
    print(f"wrote {args.output}")
    return 0
