"""The ``hls-ckpt`` command: ``analyze`` (hls.cli.analyze), ``insert`` (hls.cli.insert), ``verify``
(hls.cli.verify). Every subcommand module exposes ``register(subparsers)`` and sets ``func(args) -> int``.

User errors (:class:`hls.errors.HlsError`, and ``energy`` errors from budget derivation) are printed as one
line, ``hls-ckpt: error: <message>``, with exit status 2. Any other exception (a construct the pass does not
handle) is reported the same way as an internal error; ``HLS_CKPT_DEBUG=1`` shows its traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import NoReturn

from energy import EnergyError
from hls.cli import analyze as cli_analyze
from hls.cli import insert as cli_insert
from hls.cli import verify as cli_verify
from hls.errors import HlsError

SUBCOMMANDS = (cli_analyze, cli_insert, cli_verify)


class _OneLineParser(argparse.ArgumentParser):
    """argparse, but a usage error is one line ``hls-ckpt: error: ...`` (exit 2), as every other error."""

    def error(self, message: str) -> NoReturn:
        command = self.prog.split(" ", 1)[1] if " " in self.prog else ""
        where = f"{command}: " if command else ""
        self.exit(2, f"hls-ckpt: error: {where}{' '.join(message.split())} (see {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _OneLineParser(
        prog="hls-ckpt",
        description="Idetic-style checkpointing of HLS-generated Verilog: find the FSM and live registers, "
                    "place checkpoints, instrument, verify under power failures.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="example:\n  hls-ckpt analyze designs/rtl/gcd/gcd.v --top gcd\n"
               "  hls-ckpt <command> --help   shows each command's options and an example",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in SUBCOMMANDS:
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if getattr(args, "func", None) is None:
        print("hls-ckpt: error: give a command: analyze, insert or verify (see hls-ckpt --help)",
              file=sys.stderr)
        return 2
    try:
        return int(args.func(args))
    except (HlsError, EnergyError) as err:
        message = " ".join(str(err).split())
        print(f"hls-ckpt: error: {message}", file=sys.stderr)
        return 2
    except BrokenPipeError:                    # the reader of our output went away (e.g. `| head`)
        try:
            sys.stdout = open(os.devnull, "w")     # noqa: SIM115 - keep the interpreter's final flush quiet
        except OSError:
            pass
        return 0
    except KeyboardInterrupt:
        print("hls-ckpt: interrupted", file=sys.stderr)
        return 130
    except RecursionError:
        print("hls-ckpt: error: the design's logic is nested too deeply for the analysis", file=sys.stderr)
        return 2
    except Exception as err:  # a construct the pass does not handle: still one line, no traceback
        if os.environ.get("HLS_CKPT_DEBUG"):
            raise
        detail = " ".join(str(err).split())[:200]
        print(f"hls-ckpt: error: internal error on this design ({type(err).__name__}: {detail}); "
              "set HLS_CKPT_DEBUG=1 for a traceback", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
