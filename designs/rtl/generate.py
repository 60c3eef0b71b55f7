"""Generate the designs of designs/rtl/ that are too long to write by hand (deterministic output).

    .venv/bin/python -m designs.rtl.generate          # rewrite the generated files
    .venv/bin/python -m designs.rtl.generate --check  # exit 1 if a committed file is out of date

Each generated design has its generator next to it (``designs/rtl/<name>/generator.py``, functions
``render_verilog()`` and ``render_manifest()``); this module lists them and writes their files atomically.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from designs.rtl.aes128 import generator as aes128
from designs.rtl.blake256 import generator as blake256
from designs.rtl.catalog import RTL_DIR
from designs.rtl.groestl256 import generator as groestl256
from designs.rtl.jh256 import generator as jh256
from designs.rtl.keccak import generator as keccak
from designs.rtl.sha256_unrolled import generator as sha256_unrolled
from designs.rtl.skein256 import generator as skein256

GENERATED: dict[Path, Callable[[], str]] = {
    RTL_DIR / "sha256_unrolled" / "sha256_unrolled.v": sha256_unrolled.render_verilog,
    RTL_DIR / "sha256_unrolled" / "design.json": sha256_unrolled.render_manifest,
    RTL_DIR / "aes128" / "aes128.v": aes128.render_verilog,
    RTL_DIR / "aes128" / "design.json": aes128.render_manifest,
    RTL_DIR / "keccak" / "keccak.v": keccak.render_verilog,
    RTL_DIR / "keccak" / "design.json": keccak.render_manifest,
    RTL_DIR / "blake256" / "blake256.v": blake256.render_verilog,
    RTL_DIR / "blake256" / "design.json": blake256.render_manifest,
    RTL_DIR / "skein256" / "skein256.v": skein256.render_verilog,
    RTL_DIR / "skein256" / "design.json": skein256.render_manifest,
    RTL_DIR / "groestl256" / "groestl256.v": groestl256.render_verilog,
    RTL_DIR / "groestl256" / "design.json": groestl256.render_manifest,
    RTL_DIR / "jh256" / "jh256.v": jh256.render_verilog,
    RTL_DIR / "jh256" / "design.json": jh256.render_manifest,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m designs.rtl.generate", description=__doc__.splitlines()[0]
    )
    parser.add_argument(
        "--check", action="store_true", help="only check that the committed files are up to date"
    )
    args = parser.parse_args(argv)
    stale = []
    for path, render in GENERATED.items():
        text = render()
        if path.is_file() and path.read_text() == text:
            continue
        stale.append(path)
        if not args.check:
            temporary = path.with_suffix(path.suffix + ".tmp")
            temporary.write_text(text)
            temporary.replace(path)
    if args.check and stale:
        print(f"generate: out of date: {', '.join(str(p) for p in stale)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
