"""Firmware SDK driver: compile C / assembly for the MSP430FR5969, FR5994 or FR6989 with clang-14 and link
with ld.lld-14.

``build(sources, output)`` compiles the user's sources, the SDK runtime in ``designs/firmware/sdk`` (crt0,
EABI helpers, string and UART helpers) and links them with the device's linker script into an ELF with
debug information; the device (``device=``) picks the linker script and the ``__MSP430<part>__`` define that
``<msp430.h>`` uses to include the device header, as TI's toolchain does. Include directories, macro
definitions, library directories and libraries are passed as clang's ``-I``/``-D`` and lld's ``-L``/``-l``.
Interrupt-vector slots the program leaves empty are filled with ``__unhandled_irq``.
Any compiler or linker failure becomes a :class:`BuildError` whose message is the tool's first error
line; the output file is written to a temporary name and renamed, so it is never half-written.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from elftools.common.exceptions import ELFError
from elftools.elf.elffile import ELFFile

from msp430emu.errors import BuildError, ConfigError
from msp430emu.output.files import WRITE_ERRNOS, check_output_path, write_bytes_atomic

FIRMWARE_DIR = Path(os.environ.get("MSP430EMU_FIRMWARE_DIR",
                                   Path(__file__).resolve().parents[2] / "designs" / "firmware"))
INCLUDE_DIR = FIRMWARE_DIR / "include"
RUNTIME_DIR = FIRMWARE_DIR / "sdk"
APPS_DIR = FIRMWARE_DIR / "apps"

CLANG = os.environ.get("MSP430EMU_CLANG", "clang-14")
LLD = os.environ.get("MSP430EMU_LLD", "ld.lld-14")
TOOL_TIMEOUT_S = 120.0

OPT_LEVELS = ("-O0", "-O1", "-O2", "-O3", "-Os", "-Oz")
RUNTIME_OPT = "-O2"  # the runtime is always built the same way, whatever the program's level
# -gdwarf-4: gdb (13-18) finds no line for a PC in clang-14's default DWARF 5 of msp430 objects
# (docs/debugging.md); DWARF 4 line tables it reads, and so does msp430emu/dwarf_lines.py
COMMON_CFLAGS = ("--target=msp430", "-ffreestanding", "-g", "-gdwarf-4", "-ffunction-sections",
                 "-fdata-sections")
RUNTIME_SOURCES = ("crt0.S", "mspabi_mul.c", "mspabi_div.c", "mspabi_shift.c", "mspabi_call64.S",
                   "mspabi_hwmul.c", "string.c", "uart.c")
SOURCE_SUFFIXES = (".c", ".S", ".s")
VECTOR_SECTION = re.compile(r"^__interrupt_vector_(\d+)$")
VECTOR_COUNT = 64


@dataclass(frozen=True)
class DeviceTarget:
    """How to build for one device: its linker script, predefined macros and multiplier options."""

    name: str
    linker_script: Path
    defines: tuple[str, ...]
    hwmult: tuple[str, ...]  # accepted -mhwmult values besides "none"


DEVICES: dict[str, DeviceTarget] = {
    "fr5969": DeviceTarget(
        name="fr5969",
        linker_script=RUNTIME_DIR / "fr5969.ld",
        defines=("__MSP430FR5969__",),
        hwmult=("f5series",),
    ),
    "fr5994": DeviceTarget(
        name="fr5994",
        linker_script=RUNTIME_DIR / "fr5994.ld",
        defines=("__MSP430FR5994__",),
        hwmult=("f5series",),
    ),
    "fr6989": DeviceTarget(
        name="fr6989",
        linker_script=RUNTIME_DIR / "fr6989.ld",
        defines=("__MSP430FR6989__",),
        hwmult=("f5series",),
    ),
}
MACRO_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
LIBRARY_NAME = re.compile(r"^[A-Za-z0-9_.+-]+$")


def device_target(device: str) -> DeviceTarget:
    try:
        return DEVICES[device]
    except KeyError:
        raise ConfigError(f"unknown device {device!r} (known: {', '.join(sorted(DEVICES))})") from None


def app_source(name: str) -> Path:
    """Path of the benchmark app ``designs/firmware/apps/<name>.c``."""
    path = APPS_DIR / f"{name}.c"
    if not path.is_file():
        raise ConfigError(f"unknown app {name!r} (known: {', '.join(list_apps())})")
    return path


def list_apps() -> list[str]:
    return sorted(p.stem for p in APPS_DIR.glob("*.c"))


def check_sources(sources: Iterable[str | Path]) -> list[Path]:
    """The source paths, or a one-line BuildError: none given, missing, or not .c/.S/.s."""
    paths = [Path(s) for s in sources]
    if not paths:
        raise BuildError("no source files given")
    for path in paths:
        if not path.is_file():
            raise BuildError(f"source file not found: {path}")
        if path.suffix not in SOURCE_SUFFIXES:
            raise BuildError(f"unsupported source type {path.suffix!r}: {path} (expected .c, .S or .s)")
    return paths


def build_flags(include_dirs: Iterable[Path | str] = (), defines: Iterable[str] = (),
                lib_dirs: Iterable[Path | str] = (), libs: Iterable[str] = ()) -> tuple[list[str], list[str]]:
    """(compiler flags, linker flags) for ``-I DIR``, ``-D NAME[=VALUE]``, ``-L DIR`` and ``-l NAME``;
    a one-line BuildError for a directory that does not exist or a malformed macro or library name."""
    include_dirs, defines, lib_dirs, libs = (
        [v] if isinstance(v, (str, os.PathLike)) else v for v in (include_dirs, defines, lib_dirs, libs))
    cflags: list[str] = []
    for d in include_dirs:
        if not Path(d).is_dir():
            raise BuildError(f"-I {d}: no such directory")
        cflags.append(f"-I{Path(d).resolve()}")
    for define in defines:
        name = define.split("=", 1)[0]
        if not MACRO_NAME.match(name):
            raise BuildError(f"-D {define}: {name!r} is not a macro name")
        cflags.append(f"-D{define}")
    ldflags: list[str] = []
    for d in lib_dirs:
        if not Path(d).is_dir():
            raise BuildError(f"-L {d}: no such directory")
        ldflags.append(f"-L{Path(d).resolve()}")
    for lib in libs:
        if not LIBRARY_NAME.match(lib):
            raise BuildError(f"-l {lib}: not a library name")
        ldflags.append(f"-l{lib}")
    return cflags, ldflags


def build(sources: Sequence[Path | str], output: Path | str, opt: str = "-O2", device: str = "fr5969",
          extra_cflags: Iterable[str] = (), hwmult: str | None = None, *,
          include_dirs: Iterable[Path | str] = (), defines: Iterable[str] = (),
          lib_dirs: Iterable[Path | str] = (), libs: Iterable[str] = ()) -> Path:
    """Compile and link ``sources`` with the SDK into the ELF ``output``; return its path."""
    target = device_target(device)
    user_cflags, user_ldflags = build_flags(include_dirs, defines, lib_dirs, libs)
    if opt not in OPT_LEVELS:
        raise ConfigError(f"unsupported optimisation level {opt!r} (use one of {', '.join(OPT_LEVELS)})")
    if hwmult not in (None, "none", *target.hwmult):
        allowed = ", ".join(("none", *target.hwmult))
        raise ConfigError(f"unsupported -mhwmult={hwmult} for {device} (use one of {allowed})")
    paths = check_sources([sources] if isinstance(sources, (str, os.PathLike)) else sources)
    output = Path(output)
    if not output.parent.is_dir():
        raise BuildError(f"output directory does not exist: {output.parent}")
    check_output_path(output, "-o", paths, "build")     # before compiling: a directory, a source, read-only

    device_defines = [f"-D{d}" for d in target.defines]
    # the user's -I directories come first, the SDK's include directory last (as a system directory would)
    user_flags = [*COMMON_CFLAGS, opt, *user_cflags, f"-I{INCLUDE_DIR}", *device_defines, *extra_cflags]
    if hwmult is not None:
        user_flags.append(f"-mhwmult={hwmult}")
    runtime_flags = [*COMMON_CFLAGS, RUNTIME_OPT, "-fno-builtin", f"-I{INCLUDE_DIR}", *device_defines]

    try:
        with tempfile.TemporaryDirectory(prefix="msp430emu-cc-") as tmp:
            tmpdir = Path(tmp)
            objects = [_compile(src, tmpdir / f"user{i}_{src.stem}.o", user_flags)
                       for i, src in enumerate(paths)]
            objects += _runtime_objects(runtime_flags, tmpdir)
            vectors = tmpdir / "default_vectors.S"
            vectors.write_text(default_vectors_asm(_used_vector_slots(objects)))
            # no -g for the generated table: its temporary path would make builds differ
            table_flags = [f for f in runtime_flags if not f.startswith("-g")]
            objects.append(_compile(vectors, tmpdir / "default_vectors.o", table_flags))
            linked = tmpdir / "linked.elf"
            _run([LLD, "-m", "msp430elf", "-T", str(target.linker_script), "--gc-sections",
                  "-o", str(linked), *map(str, objects), *user_ldflags], what=f"linking {output.name}")
            write_bytes_atomic(output, linked.read_bytes())     # the umask's permissions; one-line errors
    except OSError as exc:                      # the temporary folder: a full disk, a read-only /tmp
        if exc.errno not in WRITE_ERRNOS:
            raise
        raise BuildError(f"building {output.name}: {exc.strerror} (temporary files in "
                         f"{tempfile.gettempdir()})") from None
    return output


def _runtime_objects(flags: Sequence[str], workdir: Path) -> list[Path]:
    """The compiled runtime, reused from the cache when the sources, headers and flags are unchanged.

    The cache (``MSP430EMU_SDK_CACHE``, default ``$XDG_CACHE_HOME/msp430emu/sdk-runtime``; empty to
    disable) holds one directory per content hash, created under a temporary name and renamed into place,
    so concurrent builds never see a partial directory.
    """
    names = [f"sdk_{Path(name).stem}.o" for name in RUNTIME_SOURCES]
    root = _cache_root()
    entry = None
    if root is not None:
        h = hashlib.sha256(repr((CLANG, list(flags))).encode())
        for folder in (RUNTIME_DIR, INCLUDE_DIR):
            for f in sorted(folder.iterdir()):
                if f.is_file():
                    h.update(f.name.encode() + b"\0" + f.read_bytes())
        entry = root / h.hexdigest()[:24]
        if all((entry / n).is_file() for n in names):
            return [entry / n for n in names]
    build_dir = workdir / "runtime"
    build_dir.mkdir()
    objects = [_compile(RUNTIME_DIR / src, build_dir / n, flags) for src, n in zip(RUNTIME_SOURCES, names,
                                                                                      strict=True)]
    if entry is not None:
        try:
            root.mkdir(parents=True, exist_ok=True)
            staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=root))
            for obj in objects:
                shutil.copyfile(obj, staging / obj.name)
            try:
                os.replace(staging, entry)
            except OSError:  # another build put the same entry in place first
                shutil.rmtree(staging, ignore_errors=True)
        except OSError:
            pass  # the cache is an optimisation only
    return objects


def _cache_root() -> Path | None:
    configured = os.environ.get("MSP430EMU_SDK_CACHE")
    if configured is not None:
        return Path(configured) if configured else None
    base = os.environ.get("XDG_CACHE_HOME")
    if not base:
        try:
            base = str(Path.home() / ".cache")
        except RuntimeError:  # no home directory: build without the cache
            return None
    return Path(base) / "msp430emu" / "sdk-runtime"


def default_vectors_asm(used_slots: set[int]) -> str:
    """Assembly that points every vector slot not in ``used_slots`` at ``__unhandled_irq``."""
    lines = ["; generated by msp430emu.toolchain.sdk: default entries for the vector slots the program "
             "leaves empty"]
    for slot in range(VECTOR_COUNT):
        if slot not in used_slots:
            lines += [f'        .section __interrupt_vector_{slot},"ax",@progbits',
                      "        .short  __unhandled_irq"]
    return "\n".join(lines) + "\n"


def _used_vector_slots(objects: Sequence[Path]) -> set[int]:
    slots: set[int] = set()
    for obj in objects:
        try:
            with obj.open("rb") as f:
                for section in ELFFile(f).iter_sections():
                    m = VECTOR_SECTION.match(section.name)
                    if m:
                        slot = int(m.group(1))
                        if slot in slots:
                            raise BuildError(f"interrupt vector {slot} is defined twice ({obj.name})")
                        slots.add(slot)
        except ELFError as exc:
            raise BuildError(f"cannot read object {obj.name}: {exc}") from None
    return slots


def _compile(source: Path, obj: Path, flags: Sequence[str]) -> Path:
    _run([CLANG, *flags, "-c", str(source), "-o", str(obj)], what=f"compiling {source.name}")
    return obj


def _run(cmd: Sequence[str], what: str) -> None:
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=TOOL_TIMEOUT_S, check=False)
    except FileNotFoundError:
        raise BuildError(f"{cmd[0]} not found: install the Debian packages clang-14 and lld-14") from None
    except subprocess.TimeoutExpired:
        raise BuildError(f"{cmd[0]} timed out after {TOOL_TIMEOUT_S:.0f} s {what} "
                         "(clang-14 can hang on some 64-bit code with -mhwmult)") from None
    if proc.returncode != 0:
        raise BuildError(f"{what} failed: {first_error_line(proc.stderr or proc.stdout)}")


def first_error_line(text: str) -> str:
    """The first line of compiler/linker output that reports an error (else the first non-empty line)."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    for line in lines:
        if "error:" in line or "error :" in line:
            return line
    return lines[0] if lines else "no diagnostic output"


__all__ = ["APPS_DIR", "DEVICES", "DeviceTarget", "FIRMWARE_DIR", "OPT_LEVELS", "app_source", "build",
           "build_flags", "default_vectors_asm", "device_target", "first_error_line", "list_apps"]
