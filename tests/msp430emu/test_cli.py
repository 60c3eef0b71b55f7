"""The msp430emu command: run (summary, --json, --dump, --until, --max-cycles, --trace, faults), disasm,
and one-line errors with exit status 2 for every bad input."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from oracles.asm import EXIT, HAVE_TOOLS, STOP_WDT, build_program

from msp430emu.cli.main import main

pytestmark = pytest.mark.skipif(not HAVE_TOOLS, reason="llvm-mc-14 / ld.lld-14 not installed")

HELLO = "start:\n    mov #0x2400, r1\n" + STOP_WDT + """
    bic #1, &0x05C0
    mov.b #0x4F, &0x05CE
    mov.b #0x4B, &0x05CE
    mov #0x1C00, r5
    mov #0xBEEF, 0(r5)
middle:
    mov #42, r12
    call #exit
""" + EXIT


@pytest.fixture()
def hello(tmp_path):
    return build_program(HELLO, tmp_path).path


def run_cli(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_run_prints_uart_output_and_summary(capsys, hello):
    code, out, err = run_cli(capsys, "run", hello)
    assert code == 0 and err == ""
    assert out.startswith("OK\n")
    assert "halt (code 42)" in out and "instructions" in out


def test_run_json_is_one_object_with_the_documented_keys(capsys, hello):
    code, out, _ = run_cli(capsys, "run", hello, "--json", "--dump", "0x1C00:4", "--dump", "0xFFFE:2")
    assert code == 0
    result = json.loads(out)
    for key in ("exit", "exit_code", "instructions", "cycles", "device_time_s", "wall_s", "regs", "uart",
                "dumps"):
        assert key in result
    assert result["exit"] == "halt" and result["exit_code"] == 42 and result["uart"] == "OK"
    assert len(result["regs"]) == 16 and result["regs"][12] == 42
    assert result["dumps"] == [{"start": 0x1C00, "hex": "efbe0000"}, {"start": 0xFFFE, "hex": "0044"}]
    assert result["device_time_s"] == pytest.approx(result["cycles"] / 1e6)


def test_until_and_max_cycles(capsys, hello, tmp_path):
    code, out, _ = run_cli(capsys, "run", hello, "--json", "--until", "middle")
    result = json.loads(out)
    assert result["exit"] == "until" and result["exit_code"] is None and result["regs"][12] == 0
    spin = build_program("start:\n    mov #0x2400, r1\n" + STOP_WDT + "l:\n    jmp l\n", tmp_path).path
    code, out, _ = run_cli(capsys, "run", spin, "--json", "--max-cycles", "1000")
    assert code == 0 and json.loads(out)["exit"] == "max-cycles"


def test_fault_exits_with_status_1_and_names_the_address(capsys, tmp_path):
    elf = build_program("start:\n    mov &0x3000, r5\n" + EXIT, tmp_path).path
    code, out, _ = run_cli(capsys, "run", elf, "--json")
    result = json.loads(out)
    assert code == 1 and result["exit"] == "fault"
    assert "0x03000" in result["message"] and "PC 0x04400" in result["message"]


def test_trace_writes_one_line_per_instruction(capsys, hello, tmp_path):
    trace = tmp_path / "trace.txt"
    code, out, _ = run_cli(capsys, "run", hello, "--json", "--trace", trace)
    lines = trace.read_text().splitlines()
    assert len(lines) == json.loads(out)["instructions"]
    assert "mov #0x2400, sp" in lines[0] and lines[0].split()[1] == "04400"
    assert not list(tmp_path.glob(".trace.txt.*"))             # the temporary file was renamed


def test_disasm_lists_symbols_and_instructions(capsys, hello):
    code, out, _ = run_cli(capsys, "disasm", hello)
    assert code == 0
    assert "start:" in out and "exit:" in out and "mov #0x2400, sp" in out and "dint" in out


@pytest.mark.parametrize("argv,message", [
    (["run", "/nonexistent.elf"], "no such file"),
    (["run", "{hello}", "--dump", "12"], "START:LEN"),
    (["run", "{hello}", "--dump", "0xFFFFF:16"], "20-bit"),
    (["run", "{hello}", "--mclk", "fast"], "not a frequency"),
    (["run", "{hello}", "--mclk", "40MHz"], "MCLK"),
    (["run", "{hello}", "--max-cycles", "-5"], "positive"),
    (["run", "{hello}", "--until", "nowhere"], "unknown symbol 'nowhere'"),
    (["run", "{hello}", "--device", "msp430g2553"], "unknown device 'msp430g2553'"),
    (["run", "{hello}", "--vcc", "9"], "supply range"),
    (["run", "{hello}", "--trace", "/nonexistent-dir/t.txt"], "cannot write"),
    (["run", "{garbage}"], "garbage.bin"),
    (["frobnicate"], "invalid choice"),
    ([], "required"),
    (["cc", "/nonexistent.c", "-o", "{tmp}/x.elf"], "no such source"),
    # files that are not regular files (a FIFO would block the reader forever), not UTF-8, or a directory
    (["run", "{hello}", "--harvest", "trace:{fifo}"], "cannot read trace: not a regular file"),
    (["run", "{hello}", "--harvest", "trace:{tmp}"], "cannot read trace: not a regular file"),
    (["run", "{hello}", "--harvest", "trace:{garbage}"], "cannot read trace: not a text file"),
    (["trace-dump", "{fifo}"], "not a regular file"),
    (["run", "{fifo}"], "not a regular file"),
    (["run", "{hello}", "--device", "{tmp}/latin.toml"], "latin.toml: not a UTF-8 text file"),
    (["run", "{hello}", "--device", "{tmp}/dir.toml"], "dir.toml: not a regular file"),
    (["run", "{hello}", "--device", "{tmp}/none.toml"], "unknown device"),
    (["run", "{hello}", "--device", "{tmp}/empty.toml"], "malformed device (missing key 'memory')"),
    (["demo", "--build-dir", "{garbage}"], "--build-dir {garbage}: not a directory"),
    (["run", "--scenario", "default", "--build-dir", "{garbage}"], "--build-dir {garbage}: not a directory"),
    # an option that only means something with another one
    (["run", "{hello}", "--trace-format", "text"], "--trace-format text: needs --trace FILE"),
])
def test_bad_input_is_one_line_and_status_2(capsys, hello, tmp_path, argv, message):
    import os

    garbage = tmp_path / "garbage.bin"
    garbage.write_bytes(b"\x00\x01not a firmware image\xff" * 3)
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    (tmp_path / "latin.toml").write_bytes(b"name = 'caf\xe9'\n")
    (tmp_path / "dir.toml").mkdir()
    (tmp_path / "empty.toml").write_bytes(b"")
    argv = [a.format(hello=hello, garbage=garbage, tmp=tmp_path, fifo=fifo) for a in argv]
    code, out, err = run_cli(capsys, *argv)
    assert code == 2
    lines = err.strip().splitlines()
    message = message.format(garbage=garbage)
    assert len(lines) == 1 and lines[0].startswith("msp430emu: error: ") and message in lines[0]
    assert "Traceback" not in err


def test_help_has_a_worked_example_for_every_command(capsys):
    for command in ("run", "disasm", "cc", "demo"):
        with pytest.raises(SystemExit) as exc:
            main([command, "--help"])
        out = capsys.readouterr().out
        assert exc.value.code == 0 and "example:" in out and f"msp430emu {command}" in out


def test_console_entry_point_runs_as_a_module(hello):
    proc = subprocess.run([sys.executable, "-m", "msp430emu.cli.main", "run", str(hello), "--json"],
                          capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["exit_code"] == 42


def test_cc_builds_an_app_and_demo_builds_once_then_reuses_the_cache(capsys, tmp_path):
    from msp430emu.toolchain import sdk

    if not (sdk.APPS_DIR / "ar.c").is_file():
        pytest.skip("the ar app is not present")
    out_elf = tmp_path / "crc.elf"
    code, out, _ = run_cli(capsys, "cc", sdk.APPS_DIR / "crc.c", "-o", out_elf, "-Os")
    assert code == 0 and out_elf.is_file() and f"wrote {out_elf}" in out
    code, out, _ = run_cli(capsys, "run", out_elf, "--json")
    assert json.loads(out)["uart"].startswith("crc ")
    code, out, err = run_cli(capsys, "demo", "--build-dir", tmp_path / "demo", "--json")
    assert code == 0, err
    result = json.loads(out)
    assert result["exit"] == "halt" and result["uart"].startswith("ar ")
    # the demo runs on harvested energy: a WISP5-like capacitor fed by a reader 1.5 m away
    assert result["v_start"] == pytest.approx(2.4) and result["energy_harvested_j"] > 0
    assert result["boots"] >= 1 and (tmp_path / "demo" / "demo-timeline.csv").is_file()
    # ... with Mementos loop-latch checkpoints that carry the app across its power failures
    assert result["strategy"] == "mementos-loop" and result["power_failures"] >= 1
    assert result["restores"] >= 1 and result["checkpoints"] >= result["restores"]
    assert (tmp_path / "demo" / "demo.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    elf = tmp_path / "demo" / "ar-O2.elf"
    stamp = elf.stat().st_mtime_ns
    code, out, _ = run_cli(capsys, "demo", "--build-dir", tmp_path / "demo")
    assert code == 0 and "demo: WISP5-like tag" in out and "--scenario default" in out
    assert elf.stat().st_mtime_ns == stamp                      # the cached build was reused


def test_intel_hex_and_ti_txt_images_run_like_the_elf(capsys, hello, tmp_path):
    import shutil

    objcopy = shutil.which("llvm-objcopy-14") or shutil.which("llvm-objcopy")
    if objcopy is None:
        pytest.skip("llvm-objcopy not installed")
    hex_path = tmp_path / "hello.hex"
    subprocess.run([objcopy, "-O", "ihex", str(hello), str(hex_path)], check=True)
    code, out, _ = run_cli(capsys, "run", hex_path, "--json", "--until", "0x4400")
    assert code == 0 and json.loads(out)["exit"] == "until"     # no symbols: an address works
    code, out, _ = run_cli(capsys, "run", hex_path, "--json")
    result = json.loads(out)
    assert (result["exit"], result["exit_code"], result["uart"]) == ("halt", 42, "OK")
    # TI-TXT written by hand from the same bytes
    from msp430emu.toolchain.loader import load_image

    image = load_image(hello)
    lines = []
    for seg in image.segments:
        lines.append(f"@{seg.addr:04X}")
        data = bytes(seg.data)
        lines += [" ".join(f"{b:02X}" for b in data[i:i + 16]) for i in range(0, len(data), 16)]
    txt = tmp_path / "hello.txt"
    txt.write_text("\n".join(lines + ["q", ""]))
    code, out, _ = run_cli(capsys, "run", txt, "--json")
    assert json.loads(out)["exit_code"] == 42


def test_run_on_the_f2132(capsys, tmp_path):
    src = "start:\n    mov #0x0400, r1\n    mov #0x5A80, &0x0120\n    mov #7, r12\n    call #exit\n" + EXIT
    elf = build_program(src, tmp_path, org=0xE000).path
    code, out, _ = run_cli(capsys, "run", elf, "--device", "f2132", "--json")
    assert code == 0 and json.loads(out)["exit_code"] == 7 and json.loads(out)["device"] == "MSP430F2132"
    # the same image on the FR5969 loads (0xE000 is FRAM there) but writes 0x5A80 to PMMCTL0 at 0x0120:
    # a PMM password violation at every boot, which the machine reports as a reset loop
    code, out, err = run_cli(capsys, "run", elf, "--json")
    result = json.loads(out)
    assert code == 1 and result["exit"] == "fault" and "reset loop" in result["message"]
    assert "pmm_pw" in result["message"] and len(result["resets"]) == 1000


def test_ctrl_c_wrapped_by_python_is_still_one_line(monkeypatch, capsys):
    """A Ctrl-C while a class body runs __set_name__ (e.g. during matplotlib's import) reaches the CLI as a
    RuntimeError caused by the KeyboardInterrupt: still exit 130 and one line, no traceback."""
    import msp430emu.cli.build as build
    from msp430emu.cli.main import main

    def interrupted(_args):
        try:
            raise KeyboardInterrupt
        except KeyboardInterrupt as exc:
            raise RuntimeError("Error calling __set_name__") from exc

    monkeypatch.setattr(build, "cmd_demo", interrupted)
    assert main(["demo"]) == 130
    assert capsys.readouterr().err == "msp430emu: interrupted\n"
    monkeypatch.setattr(build, "cmd_demo", lambda _args: (_ for _ in ()).throw(RuntimeError("real bug")))
    with pytest.raises(RuntimeError, match="real bug"):
        main(["demo"])
