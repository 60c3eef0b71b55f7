"""The ``msp430emu`` command: run, disasm, cc, demo.

Every error a user can cause ends as one line ``msp430emu: error: ...`` on stderr and exit status 2; a
run that ends in a fault of the emulated program prints its summary and exits with status 1. Ctrl-C exits
with status 130, SIGTERM with 143; neither leaves a temporary output file behind.
"""

from __future__ import annotations

import signal
import sys
import threading

from msp430emu.cli.parser import PROG, build_parser
from msp430emu.errors import EmuError


class Terminated(BaseException):
    """SIGTERM arrived: unwind (every output being written removes its temporary file) and exit 143."""


def _on_sigterm(signum, frame) -> None:
    from msp430emu.output.files import remove_live_temporaries

    remove_live_temporaries()
    raise Terminated()


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    previous = None
    if threading.current_thread() is threading.main_thread():
        previous = signal.signal(signal.SIGTERM, _on_sigterm)
    try:
        return _main(argv)
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


def _main(argv: list[str]) -> int:
    try:
        command = next((a for a in argv if not a.startswith("-")), None)   # the subcommand, if given first
        args = build_parser(command if argv and argv[0] == command else None).parse_args(argv)
        if args.command == "run":
            from msp430emu.cli.run import cmd_run
            return cmd_run(args)
        if args.command == "disasm":
            from msp430emu.cli.run import cmd_disasm
            return cmd_disasm(args)
        if args.command == "trace-dump":
            from msp430emu.cli.run import cmd_trace_dump
            return cmd_trace_dump(args)
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
    except Terminated:
        print(f"{PROG}: terminated", file=sys.stderr)
        return 143
    except BrokenPipeError:
        return 0
    except Exception as exc:
        if not _interrupted(exc):
            raise
        print(f"{PROG}: interrupted", file=sys.stderr)   # Ctrl-C inside an import: wrapped (__set_name__)
        return 130


def _interrupted(exc: BaseException) -> bool:
    """True if ``exc`` was caused by a Ctrl-C: Python wraps a KeyboardInterrupt raised where a class body
    runs ``__set_name__`` (e.g. while importing matplotlib) in a RuntimeError."""
    seen = set()
    while exc is not None and id(exc) not in seen:
        if isinstance(exc, KeyboardInterrupt):
            return True
        seen.add(id(exc))
        exc = exc.__cause__ or exc.__context__
    return False


if __name__ == "__main__":
    sys.exit(main())
