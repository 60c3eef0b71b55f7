"""The assembly rewrite behind ``msp430emu instrument`` (msp430emu/instrument_asm.py): trigger points in real
clang-14 output against the binary analysis of the uninstrumented ELF (msp430emu.checkpoint.triggers),
hand-written cases, the main rename, far-jump relaxation checked by the assembler, the SDK function list."""

from __future__ import annotations

import shutil
import subprocess
from collections import Counter

import pytest

from msp430emu.checkpoint.triggers import find_triggers
from msp430emu.toolchain import sdk
from msp430emu.toolchain.instrument import compile_to_asm
from msp430emu.toolchain.instrument_asm import (
    APP_MAIN,
    CALL_CHECK,
    SDK_RUNTIME_FUNCTIONS,
    AsmRewriteError,
    peripheral_uses,
    relax_jumps,
    rewrite,
    split_comment,
)
from msp430emu.toolchain.loader import load_image

HAVE_TOOLS = all(shutil.which(t) for t in ("clang-14", "ld.lld-14", "llvm-nm-14"))
needs_tools = pytest.mark.skipif(not HAVE_TOOLS, reason="needs clang-14, ld.lld-14 and llvm-nm-14")
APPS = ("crc", "sense", "rsa", "bc", "ar", "cf", "aes128", "fft")


def strip_checks(text: str) -> list[str]:
    return [line for line in text.splitlines() if line != CALL_CHECK]


# --- hand-written assembly ----------------------------------------------------------------------------------
LOOPS = """\
\t.section\t.text.main,"ax",@progbits
\t.globl\tmain                   ; -- Begin function main
\t.type\tmain,@function
main:                                   ; @main
\tclr\tr12
.LBB0_1:                                ; outer loop
\tclr\tr13
.LBB0_2:                                ; inner loop
\tinc\tr13
\tcmp\t#8, r13
\tjne\t.LBB0_2                          ; latch (inner)
\tinc\tr12
\tcmp\t#4, r12
\tjeq\t.LBB0_3                          ; forward: not a latch
\tjmp\t.LBB0_1                          ; latch (outer)
.LBB0_3:
\tcall\t#helper
\tcall\t#__mspabi_mpyi
\tcall\tr15
\tmov\t#.L.str, r12                     ; "main;" stays in the string
\tret
.Lfunc_end0:
\t.size\tmain, .Lfunc_end0-main
\t.section\t.text.helper,"ax",@progbits
\t.type\thelper,@function
helper:
\tjmp\t.LBB0_2                          ; a label of another function: not a latch
.LBB1_1:
\tdec\tr12
\tbr\t#.LBB1_1                          ; BR #label backwards: a latch
\tret
\t.type\tisr,@function
isr:
.LBB2_1:
\tjmp\t.LBB2_1
\treti
\t.section\t.rodata.str1.1,"aMS",@progbits,1
.L.str:
\t.asciz\t"main;"
"""


def _code(line: str) -> list[str]:
    return split_comment(line)[0].replace(",", " ").split()


def test_loop_mode_inserts_before_backward_branches_of_the_same_function_only() -> None:
    r = rewrite(LOOPS, "loop")
    assert [(p.function, p.instruction) for p in r.points] == [
        ("main", "jne\t.LBB0_2"), ("main", "jmp\t.LBB0_1"), ("helper", "br\t#.LBB1_1")]
    lines = r.text.splitlines()
    for p in r.points:                        # the check comes right before the latch
        index = [i for i, line in enumerate(lines) if _code(line) == p.instruction.split()]
        assert len(index) == 1 and lines[index[0] - 1] == CALL_CHECK
    assert lines.count(CALL_CHECK) == 3
    assert r.skipped_functions == ("isr",)    # the interrupt handler is left alone
    assert r.count("loop") == 3 and r.count("return") == 0


def test_return_mode_inserts_after_calls_that_are_not_runtime_helpers() -> None:
    r = rewrite(LOOPS, "return")
    assert [p.instruction for p in r.points] == ["call\t#helper", "call\tr15"]
    lines = r.text.splitlines()
    for call in ("\tcall\t#helper", "\tcall\tr15"):
        assert lines[lines.index(call) + 1] == CALL_CHECK
    assert lines[lines.index("\tcall\t#__mspabi_mpyi") + 1] != CALL_CHECK


def test_timer_mode_uses_the_loop_points() -> None:
    assert rewrite(LOOPS, "timer").text == rewrite(LOOPS, "loop").text


def test_main_is_renamed_outside_comments_and_strings_and_nothing_else_changes() -> None:
    r = rewrite(LOOPS, "loop")
    assert r.has_main
    kept = strip_checks(r.text)
    changed = [(a, b) for a, b in zip(LOOPS.splitlines(), kept, strict=True) if a != b]
    assert [split_comment(b)[0].strip() for _, b in changed] == [
        f".globl\t{APP_MAIN}", f".type\t{APP_MAIN},@function", f"{APP_MAIN}:",
        f".size\t{APP_MAIN}, .Lfunc_end0-{APP_MAIN}"]
    for a, b in changed:                      # comments untouched
        assert split_comment(a)[1] == split_comment(b)[1]
    assert '\t.asciz\t"main;"' in kept and "\tmov\t#.L.str, r12                     ; \"main;\" stays in " \
        "the string" in kept


def test_a_unit_without_main_is_left_named_as_it_is() -> None:
    text = LOOPS.replace("main", "start")
    r = rewrite(text, "loop")
    assert not r.has_main and strip_checks(r.text) == text.splitlines()


def test_unknown_mode_is_refused() -> None:
    with pytest.raises(AsmRewriteError, match=r"^unknown trigger mode 'loops' \(use one of loop, return, "
                                              r"timer\)$"):
        rewrite(LOOPS, "loops")


def test_split_comment_ignores_semicolons_in_strings() -> None:
    assert split_comment('\t.asciz\t"a;b"  ; c') == ('\t.asciz\t"a;b"  ', "; c")
    assert split_comment('\t.ascii\t"q\\";x"') == ('\t.ascii\t"q\\";x"', "")


# --- jump relaxation --------------------------------------------------------------------------------------
def test_relax_jumps_rewrites_each_kind_of_jump() -> None:
    text = "f:\n.L1:\n\tjmp\t.L1\n\tjne\t.L1  ; c\n\tjn\t.L1\n\tjlo\t.L1\n\tjge\t.L1\n"
    out = relax_jumps(text, {3, 4, 5, 6, 7})
    assert out == ("f:\n.L1:\n\tbr\t#.L1\n"
                   "\tjeq\t.Lmementos_far0  ; c\n\tbr\t#.L1\n.Lmementos_far0:\n"
                   "\tjn\t.Lmementos_far2\n\tjmp\t.Lmementos_far1\n.Lmementos_far2:\n\tbr\t#.L1\n"
                   ".Lmementos_far1:\n"
                   "\tjc\t.Lmementos_far3\n\tbr\t#.L1\n.Lmementos_far3:\n"
                   "\tjl\t.Lmementos_far4\n\tbr\t#.L1\n.Lmementos_far4:\n")
    again = relax_jumps(out, {4})          # new labels never reuse the ones already there
    assert ".Lmementos_far5:" in again
    with pytest.raises(AsmRewriteError, match=r"^line 1 is not a jump to a label: 'f:'$"):
        relax_jumps(text, {1})


@needs_tools
@pytest.mark.parametrize(("jump", "setup", "step"), [
    ("jmp", "mov #3, r12", "dec r12\n    jz done"),
    ("jne", "mov #3, r12", "dec r12"),
    ("jn", "mov #-3, r12", "inc r12"),
    ("jge", "mov #2, r12", "dec r12"),
])
def test_relaxed_far_jumps_assemble_and_keep_their_meaning(tmp_path, jump: str, setup: str,
                                                            step: str) -> None:
    from oracles.asm import EXIT, STOP_WDT, build_program

    from msp430emu.errors import BuildError
    from msp430emu.machine.machine import Machine

    # a loop whose body (600 words) puts its backward jump out of range; relaxed, it runs 3 times (R10)
    body = "\n".join(["    nop"] * 600)
    prog = (f"start:\n    mov #0x2400, r1\n{STOP_WDT}    {setup}\n    clr r10\n.Ltop:\n    inc r10\n{body}\n"
            f"    {step}\n    {jump} .Ltop\ndone:\n    mov r10, r12\n    call #exit\n" + EXIT)
    (tmp_path / "far").mkdir()
    with pytest.raises(BuildError, match="fixup value out of range"):
        build_program(prog, tmp_path / "far")
    relaxed = relax_jumps(prog, {prog.splitlines().index(f"    {jump} .Ltop") + 1})
    (tmp_path / "relaxed").mkdir()
    result = Machine("fr5969", build_program(relaxed, tmp_path / "relaxed")).run(max_cycles=100_000)
    assert result.exit == "halt" and result.exit_code == 3


# --- real clang output against the binary analysis -------------------------------------------------------
@pytest.fixture(scope="module")
def app_builds(tmp_path_factory):
    """For each app at -O2 and -O0: (clang -S text, the ELF built from the same source)."""
    root = tmp_path_factory.mktemp("apps")
    out = {}
    for app in APPS:
        for opt in ("-O2", "-O0"):
            src = sdk.app_source(app)
            elf = sdk.build([src], root / f"{app}{opt}.elf", opt=opt)
            out[app, opt] = (compile_to_asm(src, opt), load_image(elf))
    return out


def _by_function(points) -> Counter:
    return Counter(p.function for p in points)


@needs_tools
@pytest.mark.parametrize("opt", ["-O2", "-O0"])
@pytest.mark.parametrize("app", APPS)
def test_loop_points_equal_the_latches_found_in_the_binary(app_builds, app: str, opt: str) -> None:
    text, image = app_builds[app, opt]
    r = rewrite(text, "loop")
    binary = find_triggers(image, "loop")
    assert r.count("loop") == len(binary.triggers) > 0
    assert _by_function(r.points) == Counter(t.function for t in binary.triggers)


@needs_tools
@pytest.mark.parametrize("opt", ["-O2", "-O0"])
@pytest.mark.parametrize("app", APPS)
def test_return_points_equal_the_binary_calls_to_program_functions(app_builds, app: str, opt: str) -> None:
    text, image = app_builds[app, opt]
    r = rewrite(text, "return")
    names = image.addr_to_name
    program_calls = [t for t in find_triggers(image, "return").triggers
                     if t.target is None or names.get(t.target) not in SDK_RUNTIME_FUNCTIONS]
    assert r.count("return") == len(program_calls)
    assert _by_function(r.points) == Counter(t.function for t in program_calls)


@needs_tools
@pytest.mark.parametrize("app", APPS)
def test_rewrite_only_inserts_checks_and_renames_main(app_builds, app: str) -> None:
    text, _ = app_builds[app, "-O2"]
    for mode in ("loop", "return"):
        r = rewrite(text, mode)
        assert r.has_main and r.skipped_functions == ()
        inserted = r.text.splitlines().count(CALL_CHECK)
        assert inserted == len(r.points)
        kept = strip_checks(r.text)
        assert len(kept) == len(text.splitlines())
        changed = [(a, b) for a, b in zip(text.splitlines(), kept, strict=True) if a != b]
        assert changed and all(APP_MAIN in b and "main" in a for a, b in changed)


@needs_tools
def test_the_sdk_function_list_is_what_the_sdk_runtime_defines(tmp_path) -> None:
    defined = set()
    flags = [*sdk.COMMON_CFLAGS, "-O2", f"-I{sdk.INCLUDE_DIR}", "-D__MSP430FR5969__"]
    for i, name in enumerate(sdk.RUNTIME_SOURCES):
        obj = tmp_path / f"{i}.o"
        subprocess.run(["clang-14", *flags, "-c", str(sdk.RUNTIME_DIR / name), "-o", str(obj)], check=True,
                       capture_output=True)
        nm = subprocess.run(["llvm-nm-14", "--defined-only", "--extern-only", str(obj)], check=True,
                            capture_output=True, text=True).stdout
        defined |= {line.split()[2] for line in nm.splitlines() if line.split()[1] in ("T", "W")}
    assert defined == SDK_RUNTIME_FUNCTIONS


def test_accesses_to_the_runtimes_peripherals_are_found() -> None:
    text = ("f:\n\tmov\t#528, &2048\t; ADC12CTL0\n\tmov\t&0x01B0, r12\n\tmov\tr12, &2052\n"
            "\tmov\t#16, &832\t; TA0CTL\n\tmov\t#1, &0x0200 ; &2048 in a comment\n")
    assert [(u.peripheral, u.address, u.line) for u in peripheral_uses(text, "loop")] == [
        ("ADC12_B", 0x0800, 2), ("REF_A", 0x01B0, 3)]
    assert [u.peripheral for u in peripheral_uses(text, "timer")] == ["ADC12_B", "REF_A", "Timer0_A3"]
    assert peripheral_uses("\tmov\t#1, &2208\n\tmov\t#1, &2047\n", "timer") == []
