"""``msp430emu instrument``: build firmware that checkpoints itself (the Mementos runtime in C/assembly).

:func:`instrument` compiles each C source to assembly with clang-14 (the SDK's flags), inserts the trigger
calls (:mod:`msp430emu.toolchain.instrument_asm`), assembles the result alone to find jumps that the
insertions put
out of range (and relaxes them), then builds the rewritten assembly, any assembly sources given as they
are, and the runtime in ``designs/firmware/runtime`` with :func:`msp430emu.toolchain.sdk.build` (crt0, linker
script, EABI helpers; written atomically). See docs/firmware-runtime.md.

Runtime settings become ``-D`` flags of the runtime's sources: ``MEMENTOS_V_THRESH_MV`` (V_thresh),
``MEMENTOS_PERIPH_BYTES`` (the peripheral block: ``mementos_periph.s``, its table and restore code, and
``mementos_periph_copy.inc``, the save's copy included by mementos_check.S, are generated from the device
TOML's ``[[checkpoint]]`` list by :mod:`msp430emu.checkpoint.periph`),
and in timer mode ``MEMENTOS_TIMER_CCR0``/``MEMENTOS_TIMER_ID`` (Timer0_A3 period from SMCLK).
"""

from __future__ import annotations

import re
import subprocess
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from msp430emu.checkpoint.periph import block_for, runtime_copy_asm, runtime_tables_asm
from msp430emu.devices import load_device
from msp430emu.errors import BuildError, ConfigError
from msp430emu.output.files import WRITE_ERRNOS, atomic_write, check_outputs
from msp430emu.toolchain import sdk
from msp430emu.toolchain.instrument_asm import (
    AsmRewriteError,
    TriggerPoint,
    peripheral_uses,
    relax_jumps,
    rewrite,
)

RUNTIME_DIR = sdk.FIRMWARE_DIR / "runtime"
RUNTIME_SOURCES = ("mementos_boot.c", "mementos_check.S", "mementos_crc.c")
TIMER_SOURCE = "mementos_timer.c"
DEFAULT_V_THRESH = 2.7          # V, the Mementos default (wisp4-mementos preset)
DEFAULT_TIMER_CYCLES = 20_000   # SMCLK cycles between timer flags (Mementos's default)
V_THRESH_RANGE = (1.8, 3.6)     # the FR5969's supply range; the ADC reads up to 4.0 V
TIMER_DIVIDERS = (1, 2, 4, 8)   # Timer_A ID field
MAX_RELAX_ROUNDS = 8
OUT_OF_RANGE = re.compile(r":(\d+):\d+: error: fixup value out of range")


@dataclass(frozen=True)
class TriggerMode:
    kind: str                   # loop | return | timer (instrument_asm.MODES)
    timer_cycles: int | None = None


def parse_mode(text: str) -> TriggerMode:
    """``loop``, ``return``, ``timer`` or ``timer:CYCLES`` (a one-line ConfigError otherwise)."""
    kind, sep, arg = text.partition(":")
    if kind not in ("loop", "return", "timer") or (sep and kind != "timer"):
        raise ConfigError(f"--mode {text}: use loop, return, timer or timer:CYCLES")
    if kind != "timer":
        return TriggerMode(kind)
    if not sep:
        return TriggerMode("timer", DEFAULT_TIMER_CYCLES)
    try:
        cycles = int(arg.replace("_", ""), 0)
    except ValueError:
        raise ConfigError(f"--mode {text}: CYCLES must be an integer") from None
    limit = 65536 * TIMER_DIVIDERS[-1]
    if not 16 <= cycles <= limit:
        raise ConfigError(f"--mode {text}: CYCLES must be between 16 and {limit} "
                          "(Timer_A, SMCLK / 8 at most)")
    return TriggerMode("timer", cycles)


def timer_setting(cycles: int) -> tuple[int, int]:
    """(CCR0, ID field) of Timer0_A3 in up mode for a flag every ``cycles`` SMCLK cycles: the smallest
    divider whose count fits 16 bits; the period is ``(CCR0 + 1) * divider`` (rounded to the divider)."""
    for id_field, divider in enumerate(TIMER_DIVIDERS):
        count = round(cycles / divider)
        if count <= 65536:
            return max(count, 1) - 1, id_field
    raise ConfigError(f"timer period of {cycles} cycles does not fit Timer_A")


def threshold_flag(v_thresh: float) -> str:
    lo, hi = V_THRESH_RANGE
    if not lo <= v_thresh <= hi:
        raise ConfigError(f"--v-thresh {v_thresh:g}: must be between {lo} and {hi} V (the FR5969's supply)")
    return f"-DMEMENTOS_V_THRESH_MV={round(v_thresh * 1000)}"


@dataclass
class InstrumentResult:
    output: Path
    mode: TriggerMode
    points: list[TriggerPoint] = field(default_factory=list)
    relaxed_jumps: int = 0
    skipped_functions: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)   # the program touches what the runtime owns
    asm_files: list[Path] = field(default_factory=list)  # --asm-out: the rewritten assembly, per C source

    def count(self, kind: str) -> int:
        return sum(p.kind == kind for p in self.points)


def _run(cmd: Sequence[str], what: str) -> subprocess.CompletedProcess:
    try:
        return subprocess.run(cmd, capture_output=True, text=True, timeout=sdk.TOOL_TIMEOUT_S, check=False)
    except FileNotFoundError:
        raise BuildError(f"{cmd[0]} not found: install the Debian package clang-14") from None
    except subprocess.TimeoutExpired:
        raise BuildError(f"{cmd[0]} timed out after {sdk.TOOL_TIMEOUT_S:.0f} s {what}") from None


def _user_flags(opt: str, device: str, extra: Sequence[str] = ()) -> list[str]:
    target = sdk.device_target(device)
    return [*sdk.COMMON_CFLAGS, opt, f"-I{sdk.INCLUDE_DIR}", *(f"-D{d}" for d in target.defines), *extra]


def compile_to_asm(source: Path, opt: str, device: str = "fr5969", extra_cflags: Sequence[str] = ()) -> str:
    """clang-14 -S of one C source with the SDK's flags; BuildError with the first error line."""
    with tempfile.TemporaryDirectory(prefix="msp430emu-instr-") as tmp:
        out = Path(tmp) / "out.s"
        proc = _run([sdk.CLANG, *_user_flags(opt, device, extra_cflags), "-S", str(source), "-o", str(out)],
                    f"compiling {source.name}")
        if proc.returncode != 0:
            raise BuildError(f"compiling {source.name} failed: {sdk.first_error_line(proc.stderr)}")
        return out.read_text()


def assemble_relaxed(text: str, name: str, workdir: Path) -> tuple[str, int]:
    """Assemble ``text`` alone; while the assembler reports jumps out of range, relax them. Returns the
    final text and how many jumps were relaxed."""
    relaxed = 0
    for _ in range(MAX_RELAX_ROUNDS):
        src = workdir / f"{name}.check.s"
        src.write_text(text)
        proc = _run([sdk.CLANG, "--target=msp430", "-c", str(src), "-o", str(workdir / f"{name}.check.o")],
                    f"assembling {name}")
        if proc.returncode == 0:
            return text, relaxed
        lines = {int(n) for n in OUT_OF_RANGE.findall(proc.stderr)}
        if not lines:
            raise BuildError(f"assembling the instrumented {name} failed: "
                             f"{sdk.first_error_line(proc.stderr)}")
        try:
            text = relax_jumps(text, lines)
        except AsmRewriteError as exc:
            raise BuildError(f"instrumented {name}: {exc}") from None
        relaxed += len(lines)
    raise BuildError(f"instrumented {name}: jumps still out of range after {MAX_RELAX_ROUNDS} rounds")


def instrument(sources: Sequence[Path | str], output: Path | str, mode: TriggerMode | str = "loop",
               opt: str = "-O2", v_thresh: float = DEFAULT_V_THRESH, asm_out: Path | str | None = None,
               device: str = "fr5969", extra_cflags: Sequence[str] = ()) -> InstrumentResult:
    """Build ``sources`` into ``output`` with Mementos trigger calls and the checkpoint runtime.
    ``extra_cflags`` (e.g. ``-DITERATIONS=2``) go to the program's C sources only; they may include
    ``"mementos.h"`` (the runtime's counters, ``__mementos_crc16``)."""
    mode = parse_mode(mode) if isinstance(mode, str) else mode
    if opt not in sdk.OPT_LEVELS:
        raise ConfigError(f"unsupported optimisation level {opt!r} (use one of {', '.join(sdk.OPT_LEVELS)})")
    block = block_for(load_device(device))      # the peripheral registers a bundle holds (device TOML)
    flags = [f"-I{RUNTIME_DIR}", threshold_flag(v_thresh), f"-DMEMENTOS_PERIPH_BYTES={block.size}"]
    runtime = [RUNTIME_DIR / name for name in RUNTIME_SOURCES]
    if mode.kind == "timer":
        ccr0, id_field = timer_setting(mode.timer_cycles or DEFAULT_TIMER_CYCLES)
        flags += [f"-DMEMENTOS_TIMER_CCR0={ccr0}", f"-DMEMENTOS_TIMER_ID={id_field}"]
        runtime.append(RUNTIME_DIR / TIMER_SOURCE)
    paths = sdk.check_sources(sources)
    output = Path(output)
    if not output.parent.is_dir():
        raise ConfigError(f"-o {output}: directory {output.parent} does not exist")
    if asm_out is not None and not Path(asm_out).parent.is_dir():
        raise ConfigError(f"--asm-out {asm_out}: directory {Path(asm_out).parent} does not exist")
    c_sources = [p for p in paths if p.suffix == ".c"]
    asm_targets = asm_out_paths(Path(asm_out), c_sources) if asm_out is not None else []
    check_outputs([("-o", output), *(("--asm-out", t) for t in asm_targets)], [Path(s) for s in sources],
                  "build")

    result = InstrumentResult(output, mode)
    try:
        with tempfile.TemporaryDirectory(prefix="msp430emu-instrument-") as tmp:
            workdir = Path(tmp)
            build_inputs: list[Path] = []
            rewritten: list[tuple[Path, str]] = []
            mains = 0
            for i, path in enumerate(paths):
                if path.suffix != ".c":              # hand-written assembly: linked as it is
                    build_inputs.append(path)
                    continue
                asm_text = compile_to_asm(path, opt, device, [f"-I{RUNTIME_DIR}", *extra_cflags])
                done = rewrite(asm_text, mode.kind)
                result.warnings += [f"{path.name} uses {u.peripheral} (&0x{u.address:04X}, assembly "
                                    f"line {u.line}), which the checkpoint runtime owns "
                                    "(docs/firmware-runtime.md, Limits)"
                                    for u in peripheral_uses(asm_text, mode.kind)]
                mains += done.has_main
                text, relaxed = assemble_relaxed(done.text, f"{i}_{path.stem}", workdir)
                result.relaxed_jumps += relaxed
                result.points += done.points
                result.skipped_functions += list(done.skipped_functions)
                asm = workdir / f"{i}_{path.stem}.s"
                asm.write_text(text)
                build_inputs.append(asm)
                rewritten.append((path, text))
            if mains != 1:
                raise BuildError("no C source defines main" if mains == 0 else
                                 f"{mains} C sources define main (one program, one main)")
            tables = workdir / "mementos_periph.s"
            tables.write_text(runtime_tables_asm(block))
            (workdir / "mementos_periph_copy.inc").write_text(runtime_copy_asm(block))
            sdk.build([*build_inputs, *runtime, tables], output, opt=opt, device=device,
                      extra_cflags=[*flags, f"-I{workdir}"])
            for target, (_src, text) in zip(asm_targets, rewritten if asm_targets else [], strict=True):
                with atomic_write(target) as f:
                    f.write(text)
                result.asm_files.append(target)
    except OSError as exc:                      # the temporary folder: a full disk, a read-only /tmp
        if exc.errno not in WRITE_ERRNOS:
            raise
        raise BuildError(f"instrumenting into {output.name}: {exc.strerror} (temporary files in "
                         f"{tempfile.gettempdir()})") from None
    return result


def asm_out_paths(path: Path, c_sources: Sequence[Path]) -> list[Path]:
    """Where ``--asm-out PATH`` writes the rewritten assembly: ``PATH`` for one C source, else
    ``<stem>.<source stem>.s`` beside it, one per C source (two sources with one stem are refused: their
    files would overwrite each other)."""
    if len(c_sources) <= 1:
        return [path] * len(c_sources)
    stems: dict[str, Path] = {}
    for src in c_sources:
        if src.stem in stems:
            raise ConfigError(f"--asm-out {path}: {stems[src.stem]} and {src} would both write "
                              f"{path.stem}.{src.stem}{path.suffix or '.s'}; rename one source")
        stems[src.stem] = src
    return [path.with_name(f"{path.stem}.{src.stem}{path.suffix or '.s'}") for src in c_sources]


__all__ = ["DEFAULT_TIMER_CYCLES", "DEFAULT_V_THRESH", "RUNTIME_DIR", "InstrumentResult", "TriggerMode",
           "asm_out_paths", "compile_to_asm", "instrument", "parse_mode", "timer_setting"]
