"""Speed of the CPU core: emulated instructions per second, side by side with ``mspdebug sim``.

Workloads (each run to the same breakpoint by both simulators):
* ``loop``: a tight assembled loop (register ALU, an indexed store, an indirect load, a counted jump),
  assembled with llvm-mc-14 and given to mspdebug as Intel HEX;
* ``crc`` / ``ar``: apps from designs/firmware/apps built with msp430emu.toolchain.sdk (long-running
variants);
* ``MSP430X loop``: core only (mspdebug's simulator does not execute MSP430X), 6 of its 8 instructions
  MSP430X (MOVA, ADDA, PUSHM.A, POPM.A, RRCM.A, ADDX.A), each one leaving and re-entering the inner loop.

The core runs on a flat map (SRAM + FRAM attributes as on the FR5969, so FRAM accesses are counted; the
peripheral page is plain RAM reading 0xFF, as in mspdebug's simulator, so the UART is always ready); the
mspdebug figure is the whole process (start-up included, ~1 ms). Start-up of a warm process (import +
numba cache load + first call) is measured in a fresh interpreter.

Usage: .venv/bin/python benchmarks/bench_core.py [--quick] [--repeat N] [--elf APP.elf [--stop SYMBOL]
[--mix N]]

``--elf`` runs one ELF of your own (e.g. the main job's crc build) from reset to ``--stop`` in the core and in
``mspdebug sim`` in the same run and prints both rates; ``--repeat N`` keeps the core's best CPU time of N.
``--mix N`` (with ``--elf``) instead steps its first N instructions one by one and prints the instruction-form
mix: how many the fast path's per-word table (cpu/fast.py ``KIND_INFO``) takes, and the commonest others.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))   # the test oracles (tests/oracles)
from oracles import mspdebug  # noqa: E402

from msp430emu.cpu.core import Cpu, warm_up  # noqa: E402
from msp430emu.cpu.state import (  # noqa: E402
    A_BREAK,
    A_NVM,
    A_R,
    A_VOLATILE,
    A_W,
    C_CYCLES,
    C_INSNS,
    NEVER,
    STOP_BREAK,
    MachineState,
)
from msp430emu.toolchain import sdk  # noqa: E402
from msp430emu.toolchain.loader import load_image  # noqa: E402

LOOP_SOURCE = """
 .text
start:
 mov #{outer}, r10
outer:
 mov #0, r8
inner:
 add #1, r5
 mov r5, r6
 xor r6, r7
 mov r7, 0(r4)
 add @r4, r9
 dec r8
 jnz inner
 dec r10
 jnz outer
done:
 jmp done
"""


def _assemble_loop(workdir: Path, outer: int) -> tuple[Path, int, int]:
    """Assemble the loop; write Intel HEX with the reset vector; return (hex path, entry, 'done' address)."""
    src = workdir / "loop.s"
    obj = workdir / "loop.o"
    src.write_text(LOOP_SOURCE.format(outer=outer))
    subprocess.run(["llvm-mc-14", "--triple=msp430", "-filetype=obj", str(src), "-o", str(obj)], check=True)
    from elftools.elf.elffile import ELFFile

    with obj.open("rb") as f:
        elf = ELFFile(f)
        code = bytes(elf.get_section_by_name(".text").data())
        done = next(s["st_value"] for s in elf.get_section_by_name(".symtab").iter_symbols()
                    if s.name == "done")
    entry = 0x4400
    # r4 (store/load pointer) is left at mspdebug's reset value 0; point it at SRAM first
    prologue = bytes([0x34, 0x40, 0x00, 0x1C])            # mov #0x1c00, r4
    image = prologue + code
    hex_path = workdir / "loop.hex"
    hex_path.write_text(_intel_hex([(entry, image), (0xFFFE, entry.to_bytes(2, "little"))]))
    return hex_path, entry, entry + len(prologue) + done


def _intel_hex(chunks: list[tuple[int, bytes]]) -> str:
    lines = []
    for addr, data in chunks:
        for i in range(0, len(data), 16):
            part = data[i:i + 16]
            a = addr + i
            rec = bytes([len(part), a >> 8, a & 0xFF, 0]) + part
            lines.append(":" + rec.hex().upper() + f"{(-sum(rec)) & 0xFF:02X}")
    lines.append(":00000001FF")
    return "\n".join(lines) + "\n"


def _fr5969_like_state(image_path: Path) -> MachineState:
    state = MachineState()
    state.set_attr(0x0000, 0x1000, A_R | A_W)                    # peripherals as plain RAM here,
    state.mem[0x0000:0x1000] = 0xFF                              # reading 0xFF as in mspdebug's sim
    state.set_attr(0x1C00, 0x2400, A_R | A_W | A_VOLATILE)       # SRAM
    state.set_attr(0x4400, 0x10000, A_R | A_W | A_NVM)           # FRAM (code + vectors)
    for seg in load_image(image_path).segments:
        state.write_bytes(seg.addr, seg.data)
    state.regs[0] = state.read_word(0xFFFE)
    return state


def run_core(image_path: Path, stop_addr: int) -> tuple[int, int, float, float]:
    """Run from reset to ``stop_addr``: (instructions, cycles, wall seconds, CPU seconds of the core)."""
    state = _fr5969_like_state(image_path)
    state.add_attr(stop_addr, stop_addr + 1, A_BREAK)
    cpu = Cpu(state)
    start, cpu_start = time.perf_counter(), time.process_time()
    stop = cpu.run(NEVER)
    elapsed, cpu_elapsed = time.perf_counter() - start, time.process_time() - cpu_start
    if stop != STOP_BREAK or int(state.regs[0]) != stop_addr:
        raise SystemExit(f"core stopped with {stop} at 0x{int(state.regs[0]):04x}")
    return int(state.ctl[C_INSNS]), int(state.ctl[C_CYCLES]), elapsed, cpu_elapsed


def run_mspdebug(image_path: Path, stop_addr: int) -> tuple[int | None, float, float]:
    """mspdebug sim to the same breakpoint: (instructions it counted, wall seconds, CPU seconds)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    oracle = mspdebug.run_to_break(image_path, stop_addr, timeout_s=300)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return oracle.instructions, oracle.wall_time_s, cpu


# MSP430X loop (hand-encoded, SLAU367P): mov #n, r4 / loop: mova #0x12345, r5 ; adda r5, r6 ;
# pushm.a #2, r10 ; popm.a #2, r10 ; rrcm.a #1, r6 ; addx.a #1, r7 ; sub #1, r4 ; jnz loop / done:
X_LOOP_WORDS = [0x4034, 0, 0x0185, 0x2345, 0x05E6, 0x141A, 0x1619, 0x0046, 0x1800, 0x5357, 0x8314, 0x23F6]


def run_x_loop(iterations: int) -> tuple[int, float, float]:
    """The MSP430X loop in FRAM to its end: (instructions, wall s, CPU s); mspdebug cannot run MSP430X."""
    state = MachineState()
    state.set_attr(0x1C00, 0x2400, A_R | A_W | A_VOLATILE)
    state.set_attr(0x4400, 0x10000, A_R | A_W | A_NVM)
    if not 0 < iterations <= 0xFFFF:
        raise SystemExit(f"MSP430X loop: {iterations} iterations do not fit the 16-bit loop counter")
    words = list(X_LOOP_WORDS)
    words[1] = iterations
    state.write_bytes(0x4400, b"".join(w.to_bytes(2, "little") for w in words))
    done = 0x4400 + 2 * len(words)
    state.add_attr(done, done + 1, A_BREAK)
    state.regs[0], state.regs[1] = 0x4400, 0x2400
    cpu = Cpu(state)
    start, cpu_start = time.perf_counter(), time.process_time()
    stop = cpu.run(NEVER)
    elapsed, cpu_elapsed = time.perf_counter() - start, time.process_time() - cpu_start
    if stop != STOP_BREAK or int(state.regs[0]) != done:
        raise SystemExit(f"MSP430X loop stopped with {stop} at 0x{int(state.regs[0]):05x}")
    return int(state.ctl[C_INSNS]), elapsed, cpu_elapsed


def form_of(word: int) -> str:
    """A coarse name for an instruction word's form (fast-path table, format I by destination, format II)."""
    from msp430emu.cpu.fast import KI_KIND, KIND_INFO

    if KIND_INFO[word] & KI_KIND:
        return "in the fast path's table"
    if word >= 0x4000:
        rs, ad, byte, as_, rd = ((word >> 8) & 0xF, (word >> 7) & 1, (word >> 6) & 1, (word >> 4) & 3,
                                 word & 0xF)
        src = "#imm" if (rs, as_) == (0, 3) else f"R{rs} As={as_}"
        width = ".B" if byte else ""
        if ad:
            dst = "&ADDR" if rd == 2 else "ADDR" if rd == 0 else "X(Rn)"
            return f"format I op {word >> 12:X}{width} {src} -> {dst}"
        return f"format I op {word >> 12:X}{width} {src} -> R{rd}"
    if word >= 0x1000:
        return f"format II op {(word >> 7) & 7} As={(word >> 4) & 3}"
    return "MSP430X / other"


def instruction_mix(image_path: Path, count: int) -> list[tuple[str, int]]:
    """Step the first ``count`` instructions from reset; (form, how many), commonest first."""
    from collections import Counter

    from msp430emu.cpu.state import C_INSN_LIMIT

    state = _fr5969_like_state(image_path)
    cpu = Cpu(state)
    forms: Counter[str] = Counter()
    for _ in range(count):
        forms[form_of(state.read_word(int(state.regs[0])))] += 1
        state.ctl[C_INSN_LIMIT] = int(state.ctl[C_INSNS]) + 1
        cpu.run(NEVER)
    return forms.most_common()


def startup_seconds() -> float:
    """Wall time of a fresh interpreter that imports the core and runs it once (numba cache warm)."""
    code = "from msp430emu.cpu.core import warm_up; warm_up()"
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)        # make sure the cache is warm
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller workloads")
    parser.add_argument("--elf", type=Path, help="run this ELF (to --stop) in both simulators instead")
    parser.add_argument("--stop", default="exit", help="the symbol --elf runs to (default exit)")
    parser.add_argument("--repeat", type=int, default=1,
                        help="runs of each workload in the core; the best CPU time counts (default 1)")
    parser.add_argument("--mix", type=int, metavar="N",
                        help="with --elf: print the instruction-form mix of its first N instructions instead")
    args = parser.parse_args()
    warm_up()
    if args.mix is not None:
        if args.elf is None or args.mix <= 0:
            parser.error("--mix N needs --elf and N > 0")
        for form, n in instruction_mix(args.elf, args.mix)[:15]:
            print(f"{100 * n / args.mix:6.1f} %  {form}")
        return
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        hex_path, _entry, done = _assemble_loop(work, outer=8 if args.quick else 40)
        workloads = [("loop (asm)", hex_path, done)]
        apps = [("crc", ("-DITERATIONS=900",)), ("ar", ("-DTEST=270",))]
        if args.quick:
            apps = [("crc", ("-DITERATIONS=100",))]
        for name, flags in apps:
            elf = sdk.build([sdk.app_source(name)], work / f"{name}.elf", opt="-O2", extra_cflags=flags)
            workloads.append((f"{name} {' '.join(flags)}", elf, load_image(elf).symbol("exit")))
        if args.elf is not None:
            workloads = [(args.elf.name[:23], args.elf, load_image(args.elf).symbol(args.stop))]
        for label, path, stop in workloads:
            runs = [run_core(path, stop) for _ in range(max(1, args.repeat))]
            insns, _cycles, wall, cpu = min(runs, key=lambda r: r[3])
            their_insns, their_wall, their_cpu = run_mspdebug(path, stop)
            rows.append((label, insns, wall, cpu, their_insns, their_wall, their_cpu))
    print("M insn/s from wall time (w) and from CPU time (c; robust on a loaded machine)")
    print(f"{'workload':<24}{'insns':>12}{'core w':>9}{'core c':>9}{'mspdebug w':>12}{'mspdebug c':>12}"
          f"{'speed-up c':>12}")
    for label, insns, wall, cpu, their_insns, their_wall, their_cpu in rows:
        same = "" if their_insns in (None, insns) else f"  (mspdebug counted {their_insns})"
        rate = [insns / max(t, 1e-9) / 1e6 for t in (wall, cpu, their_wall, their_cpu)]
        print(f"{label:<24}{insns:>12,}{rate[0]:>9.1f}{rate[1]:>9.1f}{rate[2]:>12.1f}{rate[3]:>12.1f}"
              f"{rate[1] / rate[3]:>11.1f}x{same}")
    if args.elf is not None:
        return
    insns, wall, cpu = run_x_loop(20_000 if args.quick else 65_535)   # the count is a 16-bit immediate
    print(f"{'MSP430X loop (6 of 8)':<24}{insns:>12,}{insns / wall / 1e6:>9.1f}{insns / cpu / 1e6:>9.1f}"
          f"{'-':>12}{'-':>12}{'-':>12}")
    print(f"warm process start-up (import + numba cache + first run): {startup_seconds():.2f} s")


if __name__ == "__main__":
    main()
