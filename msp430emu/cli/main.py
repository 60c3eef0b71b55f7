"""The ``msp430emu`` command: run, disasm, cc, demo.

Every error a user can cause ends as one line ``msp430emu: error: ...`` on stderr and exit status 2; a
run that ends in a fault of the emulated program prints its summary and exits with status 1.
"""

from __future__ import annotations

import sys

from msp430emu.cli.parser import PROG, build_parser
from msp430emu.errors import EmuError


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    try:
        command = next((a for a in argv if not a.startswith("-")), None)   # the subcommand, if given first
        args = build_parser(command if argv and argv[0] == command else None).parse_args(argv)
        if args.command == "run":
            from msp430emu.cli.run import cmd_run
            return cmd_run(args)
        if args.command == "disasm":
            from msp430emu.cli.run import cmd_disasm
            return cmd_disasm(args)
        if args.command == "sweep":
            from msp430emu.cli.sweep import cmd_sweep
            return cmd_sweep(args)
        if args.command == "size":
            from msp430emu.cli.size import cmd_size
            return cmd_size(args)
        if args.command == "torture":
            from msp430emu.cli.torture import cmd_torture
            return cmd_torture(args)
        if args.command == "instrument":
            from msp430emu.cli.instrument import cmd_instrument
            return cmd_instrument(args)
        if args.command == "cc":
            from msp430emu.cli.build import cmd_cc
            return cmd_cc(args)
        from msp430emu.cli.build import cmd_demo
        return cmd_demo(args)
    except EmuError as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
