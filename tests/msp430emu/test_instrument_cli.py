"""``msp430emu instrument`` on the command line: what it prints and writes, --v-thresh against the ADC check
on the machine, and one-line errors (exit 2) that leave no output file."""

from __future__ import annotations

import re
import shutil

import pytest
from firmware_build import expected_crc

from msp430emu.cli.main import main
from msp430emu.machine.machine import Machine
from msp430emu.toolchain import sdk
from msp430emu.toolchain.instrument import parse_mode, timer_setting
from msp430emu.toolchain.instrument_asm import CALL_CHECK
from msp430emu.toolchain.loader import load_image

HAVE_TOOLS = all(shutil.which(t) for t in ("clang-14", "ld.lld-14"))
needs_tools = pytest.mark.skipif(not HAVE_TOOLS, reason="needs clang-14 and ld.lld-14")
CRC = str(sdk.app_source("crc"))


def run_cli(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(["instrument", *map(str, argv)])
    out, err = capsys.readouterr()
    return code, out, err


@needs_tools
def test_it_prints_the_trigger_count_and_writes_the_elf_and_the_assembly(capsys, tmp_path) -> None:
    code, out, err = run_cli(capsys, CRC, "-o", tmp_path / "crc.elf", "--asm-out", tmp_path / "crc.s")
    assert code == 0 and err == ""
    assert out.splitlines() == ["inserted 4 trigger points (loop latches; V_thresh 2.7 V)",
                                f"wrote {tmp_path / 'crc.s'}", f"wrote {tmp_path / 'crc.elf'}"]
    assert (tmp_path / "crc.s").read_text().splitlines().count(CALL_CHECK) == 4
    assert "__mementos_check" in load_image(tmp_path / "crc.elf").symbols
    code, out, _ = run_cli(capsys, CRC, "-o", tmp_path / "t.elf", "--mode", "timer:5000", "-Os")
    assert code == 0 and out.startswith("inserted 6 trigger points (loop latches, checked every 5000 timer "
                                        "cycles; V_thresh 2.7 V)")
    code, out, _ = run_cli(capsys, sdk.app_source("ar"), "-o", tmp_path / "r.elf", "--mode", "return")
    assert code == 0 and out.startswith("inserted 13 trigger points (call returns; V_thresh 2.7 V)")


@needs_tools
def test_several_sources_get_one_assembly_file_each(capsys, tmp_path) -> None:
    (tmp_path / "main.c").write_text("int work(int);\nint main(void) { return work(5); }\n")
    (tmp_path / "work.c").write_text("int work(int n) { int s = 0; for (int i = 0; i < n; i++) s += i; "
                                     "return s; }\n")
    code, out, _ = run_cli(capsys, tmp_path / "main.c", tmp_path / "work.c", "-o", tmp_path / "p.elf",
                           "--asm-out", tmp_path / "p.s", "-O0")
    assert code == 0
    assert f"wrote {tmp_path / 'p.main.s'}\nwrote {tmp_path / 'p.work.s'}\n" in out
    assert (tmp_path / "p.main.s").is_file() and (tmp_path / "p.work.s").is_file()
    result = Machine("fr5969", load_image(tmp_path / "p.elf")).run(max_cycles=1_000_000)
    assert result.exit == "halt" and result.exit_code == 10


@needs_tools
@pytest.mark.parametrize(("v_thresh", "vcc", "saves"), [
    ("2.7", 2.71, False), ("2.7", 2.69, True), ("3.3", 3.25, True), ("3.3", 3.35, False),
    ("2.0V", 2.1, False),
])
def test_v_thresh_is_the_supply_at_which_checks_start_saving(capsys, tmp_path, v_thresh, vcc, saves) -> None:
    out = tmp_path / "crc.elf"
    assert run_cli(capsys, CRC, "-o", out, "--v-thresh", v_thresh, "-D", "ITERATIONS=1")[0] == 0
    image = load_image(out)
    machine = Machine("fr5969", image, vcc=vcc)
    result = machine.run(max_cycles=200_000_000)
    assert result.exit == "halt" and result.exit_code & 0xFFFF == expected_crc(1).exit_code
    count = machine.state.read_word(image.symbols["__mementos_saves"])
    assert (count > 0) == saves


def test_timer_settings_fit_timer_a() -> None:
    assert parse_mode("timer").timer_cycles == 20_000
    assert parse_mode("timer:0x100").timer_cycles == 256
    assert timer_setting(20_000) == (19_999, 0)
    assert timer_setting(65_536) == (65_535, 0)
    assert timer_setting(100_000) == (49_999, 1)
    assert timer_setting(524_288) == (65_535, 3)


@pytest.mark.parametrize(("argv", "message"), [
    (["--mode", "loops"], "--mode loops: use loop, return, timer or timer:CYCLES"),
    (["--mode", "return:5"], "--mode return:5: use loop, return, timer or timer:CYCLES"),
    (["--mode", "timer:x"], "--mode timer:x: CYCLES must be an integer"),
    (["--mode", "timer:8"],
     "--mode timer:8: CYCLES must be between 16 and 524288 (Timer_A, SMCLK / 8 at most)"),
    (["--v-thresh", "abc"], "--v-thresh abc: not a voltage"),
    (["--v-thresh", "4.2"], "--v-thresh 4.2: must be between 1.8 and 3.6 V (the FR5969's supply)"),
    (["-D", "1X"], "-D 1X: expected NAME or NAME=VALUE"),
])
def test_bad_options_are_one_line_errors(capsys, tmp_path, argv, message) -> None:
    code, out, err = run_cli(capsys, CRC, "-o", tmp_path / "x.elf", *argv)
    assert code == 2 and out == "" and err == f"msp430emu: error: {message}\n"
    assert list(tmp_path.iterdir()) == []


@needs_tools
@pytest.mark.parametrize(("files", "message"), [
    ({"bad.c": "int main(void) { return x; }\n"},
     r"compiling bad\.c failed: .*bad\.c:1:25: error: use of undeclared identifier 'x'"),
    ({"lib.c": "int f(void) { return 1; }\n"}, "no C source defines main"),
    ({"a.c": "int main(void) { return 1; }\n", "b.c": "int main(void) { return 2; }\n"},
     r"2 C sources define main \(one program, one main\)"),
    ({"u.c": "int g(void);\nint main(void) { return g(); }\n"},
     r"linking out\.elf failed: .*undefined symbol: g"),
])
def test_bad_programs_are_one_line_errors_and_leave_no_output(capsys, tmp_path, files, message) -> None:
    paths = []
    for name, text in files.items():
        (tmp_path / name).write_text(text)
        paths.append(tmp_path / name)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    code, out, err = run_cli(capsys, *paths, "-o", out_dir / "out.elf", "--asm-out", out_dir / "out.s")
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("msp430emu: error: ")
    assert re.search(message, err)
    assert list(out_dir.iterdir()) == []


def test_derived_assembly_names_never_overwrite_an_input_or_each_other(capsys, tmp_path) -> None:
    # with several C sources, --asm-out P.s writes P.<stem>.s per source: checked before anything is built
    (tmp_path / "main.c").write_text("int work(int);\nint main(void) { return work(5); }\n")
    (tmp_path / "work.c").write_text("int work(int n) { return n; }\n")
    handwritten = tmp_path / "p.work.s"
    handwritten.write_text("; hand-written\n")
    code, out, err = run_cli(capsys, tmp_path / "main.c", tmp_path / "work.c", handwritten,
                             "-o", tmp_path / "p.elf", "--asm-out", tmp_path / "p.s")
    assert code == 2 and out == "" and err.count("\n") == 1 and "--asm-out" in err and "p.work.s" in err
    assert handwritten.read_text() == "; hand-written\n" and not (tmp_path / "p.elf").exists()
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "work.c").write_text("int other(void) { return 1; }\n")
    code, out, err = run_cli(capsys, tmp_path / "main.c", tmp_path / "work.c", tmp_path / "sub" / "work.c",
                             "-o", tmp_path / "q.elf", "--asm-out", tmp_path / "q.s")
    assert code == 2 and err == (f"msp430emu: error: --asm-out {tmp_path / 'q.s'}: {tmp_path / 'work.c'} and "
                                 f"{tmp_path / 'sub' / 'work.c'} would both write q.work.s; rename one "
                                 "source\n")
    assert not (tmp_path / "q.elf").exists()


def test_missing_inputs_and_directories_are_one_line_errors(capsys, tmp_path) -> None:
    code, _, err = run_cli(capsys, tmp_path / "nope.c", "-o", tmp_path / "x.elf")
    assert code == 2 and err == f"msp430emu: error: source file not found: {tmp_path / 'nope.c'}\n"
    code, _, err = run_cli(capsys, CRC, "-o", tmp_path / "no" / "x.elf")
    assert code == 2 and err == f"msp430emu: error: -o {tmp_path / 'no' / 'x.elf'}: directory " \
                                f"{tmp_path / 'no'} does not exist\n"
    (tmp_path / "x.txt").write_text("")
    code, _, err = run_cli(capsys, tmp_path / "x.txt", "-o", tmp_path / "x.elf")
    assert code == 2 and err == f"msp430emu: error: unsupported source type '.txt': {tmp_path / 'x.txt'} " \
                                "(expected .c, .S or .s)\n"


@needs_tools
def test_a_program_using_the_adc_is_warned_about_and_still_completes(capsys, tmp_path) -> None:
    # sense -DSENSE_USE_ADC sets up ADC12_B itself (MCTL0/MEM0, CSTARTADD 0): the check, which converts into
    # MEM31, no longer reads the supply (every check saves), but never takes the program's MEM0/IFG0 away
    code, out, err = run_cli(capsys, sdk.app_source("sense"), "-o", tmp_path / "s.elf", "-D", "SENSE_USE_ADC")
    assert code == 0 and out.startswith("inserted 9 trigger points")
    assert re.fullmatch(r"msp430emu: warning: sense\.c uses ADC12_B \(&0x0800, assembly line \d+\), which "
                        r"the checkpoint runtime owns \(docs/firmware-runtime\.md, Limits\)\n", err)
    plain = sdk.build([sdk.app_source("sense")], tmp_path / "plain.elf", extra_cflags=["-DSENSE_USE_ADC"])
    reference = Machine("fr5969", load_image(plain)).run(max_cycles=50_000_000)
    image = load_image(tmp_path / "s.elf")
    machine = Machine("fr5969", image)
    result = machine.run(max_cycles=100_000_000)
    assert reference.exit == result.exit == "halt" and result.exit_code == reference.exit_code
    assert machine.state.read_word(image.symbols["__mementos_saves"]) > 0
