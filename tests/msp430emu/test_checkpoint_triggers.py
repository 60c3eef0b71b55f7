"""Trigger-point analysis (msp430emu/checkpoint/triggers.py) against llvm-objdump-14's disassembly, parsed
here independently, on SDK-built apps; and on small assembled programs whose loops are known by hand."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest
from machine_programs import EXIT, build_app, build_program

from msp430emu.checkpoint.triggers import decode, find_triggers
from msp430emu.cpu.state import A_TRIGGER, C_TRIG_COUNT
from msp430emu.errors import ConfigError
from msp430emu.machine.machine import Machine
from msp430emu.toolchain.loader import load_image

HAVE_LLVM = all(shutil.which(t) for t in ("clang-14", "ld.lld-14", "llvm-objdump-14", "llvm-readelf-14",
                                          "llvm-mc-14"))
pytestmark = pytest.mark.skipif(not HAVE_LLVM, reason="needs clang-14, lld-14 and llvm-14 tools")

INSN = re.compile(r"^\s*([0-9a-f]+):\s+((?:[0-9a-f]{2} )+)\s*\t(\S+)(?:\t(.*))?$")
SOURCE = re.compile(r"^; (/?\S+):\d+")
FUNC = re.compile(r"^\s*\d+:\s+([0-9a-f]+)\s+(\d+)\s+FUNC\s+\S+\s+\S+\s+\S+\s+(\S+)")


@dataclass
class Reference:
    insns: list[tuple[int, int]]        # (address, length) of every instruction objdump shows
    loops: set[int]
    returns: set[int]
    runtime: set[str]


def objdump_reference(elf: Path) -> Reference:
    """Loop latches and return points computed from llvm-objdump / llvm-readelf text only."""
    syms = subprocess.run(["llvm-readelf-14", "-s", str(elf)], capture_output=True, text=True, check=True)
    funcs: dict[int, tuple[int, str]] = {}
    for line in syms.stdout.splitlines():
        m = FUNC.match(line)
        if m and int(m.group(2)) > 0:
            funcs.setdefault(int(m.group(1), 16), (int(m.group(2)), m.group(3)))
    dump = subprocess.run(["llvm-objdump-14", "-d", "-l", str(elf)], capture_output=True, text=True,
                          check=True)
    insns, file_at = [], {}
    current = ""
    for line in dump.stdout.splitlines():
        src = SOURCE.match(line)
        if src:
            current = src.group(1)
            continue
        m = INSN.match(line)
        if m:
            addr, length = int(m.group(1), 16), len(m.group(2).split())
            insns.append((addr, length, m.group(3), m.group(4) or ""))
            file_at[addr] = current
    ref = Reference([], set(), set(), set())
    for start, (size, name) in funcs.items():
        if "designs/firmware/sdk/" in file_at.get(start, ""):
            ref.runtime.add(name)
            continue
        end = start + size
        for addr, length, mnemonic, operands in insns:
            if not start <= addr < end:
                continue
            ref.insns.append((addr, length))
            target = None
            jump = re.fullmatch(r"\$([+-]\d+)", operands.strip())
            if mnemonic.startswith("j") and jump:
                target = addr + int(jump.group(1))
            br = re.fullmatch(r"#(\d+)(?:, (?:r0|pc))?", operands.strip())
            if (mnemonic == "br" or (mnemonic == "mov" and operands.strip().endswith(("r0", "pc")))) and br:
                target = int(br.group(1))
            if target is not None and start <= target <= addr:
                ref.loops.add(addr)
            if mnemonic == "call" and addr + length < end:
                ref.returns.add(addr + length)
    return ref


@pytest.mark.parametrize("app,opt", [("crc", "-O0"), ("crc", "-O2"), ("rsa", "-Os"), ("fft", "-O2")])
def test_triggers_match_objdump(app: str, opt: str) -> None:
    elf = build_app(app, opt)
    image = load_image(elf)
    ref = objdump_reference(elf)
    loops, returns = find_triggers(image, "loop"), find_triggers(image, "return")
    assert loops.addresses() == sorted(ref.loops)
    assert returns.addresses() == sorted(ref.returns)
    assert set(loops.excluded) == ref.runtime
    assert {"__crt0_start", "exit", "__unhandled_irq"} <= ref.runtime and "main" not in ref.runtime
    assert loops.addresses(), "every app has loops"
    # the walk visits exactly the instructions objdump shows inside the analysed functions
    data = image.segments
    def read_word(addr: int) -> int:
        seg = next(s for s in data if s.addr <= addr < s.end - 1)
        return seg.data[addr - seg.addr] | (seg.data[addr - seg.addr + 1] << 8)
    walked = []
    for func in loops.functions:
        addr = func.start
        while addr < func.end:
            walked.append((addr, decode(read_word, addr).length))
            addr += walked[-1][1]
    assert walked == sorted(ref.insns)
    assert loops.undecodable == 0


def test_timer_kind_is_loop_addresses_flagged() -> None:
    image = load_image(build_app("crc", "-O2"))
    loop, timer = find_triggers(image, "loop"), find_triggers(image, "timer")
    assert timer.addresses() == loop.addresses()
    assert all(t.timer_gated for t in timer.triggers) and not any(t.timer_gated for t in loop.triggers)


PROGRAM = """
    .type start,@function
start:
    mov #0x5A80, &0x015C
    mov #3, r10
outer:
    mov #4, r11
inner:
    dec r11
latch_inner:
    jnz inner
call_helper:
    call #helper
after_helper:
    dec r10
latch_outer:
    jnz outer
    jmp forward
forward:
    br #done
done:
    call #exit
    .size start, .-start
table:
    .word 0x3fff, 0x3ff0
    .type helper,@function
helper:
    mov #2, r12
hloop:
    dec r12
    jn start
    jz hout
latch_br:
    br #hloop
hout:
    ret
dead:
    jmp dead
    .size helper, .-helper
"""


@pytest.fixture
def program(tmp_path: Path):
    # exit typed as a function: without line information the crt0 entry points are excluded by name
    return build_program(PROGRAM + ".type exit,@function\n" + EXIT + ".size exit, .-exit\n", tmp_path)


def test_assembled_loops_found_by_hand(program) -> None:
    image = load_image(program.path)
    s = program.symbols
    loops = find_triggers(image, "loop")
    assert loops.addresses() == sorted([s["latch_inner"], s["latch_outer"], s["latch_br"], s["dead"]])
    assert {t.addr: t.target for t in loops.triggers} == {
        s["latch_inner"]: s["inner"], s["latch_outer"]: s["outer"], s["latch_br"]: s["hloop"],
        s["dead"]: s["dead"]}                    # a self-loop (jmp $) is a latch too
    assert [f.name for f in loops.functions] == ["start", "helper"] and loops.excluded == ("exit",)
    returns = find_triggers(image, "return")
    # `call #exit` ends `start`: its return point lies outside the function and is not a trigger
    assert returns.addresses() == [s["after_helper"]]
    assert returns.triggers[0].source == s["call_helper"] and returns.triggers[0].target == s["helper"]
    assert s["table"] not in loops.addresses() and loops.undecodable == 0


@pytest.mark.parametrize("kind,expected", [("loop", 3 * 4 + 3 + 3), ("return", 3)])
def test_marked_triggers_count_in_the_core(program, kind: str, expected: int) -> None:
    image = load_image(program.path)
    machine = Machine("fr5969", image)
    triggers = find_triggers(image, kind)
    triggers.mark(machine.state)
    assert all(machine.state.attr[a] & A_TRIGGER for a in triggers.addresses())
    result = machine.run(max_cycles=100_000)
    assert result.exit == "halt"
    assert int(machine.state.ctl[C_TRIG_COUNT]) == expected


def test_unknown_kind_and_symbol_less_image_are_config_errors(program, tmp_path: Path) -> None:
    image = load_image(program.path)
    with pytest.raises(ConfigError,
                       match=r"^unknown trigger kind 'loops' \(use one of loop, return, timer\)$"):
        find_triggers(image, "loops")
    hex_path = tmp_path / "prog.txt"
    seg = image.segments[0]
    body = " ".join(f"{b:02X}" for b in seg.data)
    hex_path.write_text(f"@{seg.addr:04X}\n{body}\n@FFFE\n00 44\nq\n")
    with pytest.raises(ConfigError, match=r"^prog.txt: no function symbols"):
        find_triggers(load_image(hex_path), "loop")
