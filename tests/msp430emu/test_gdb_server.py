"""The GDB server driven by a protocol client (tests/msp430emu/gdb_client.py): registers in gdb's msp430
layout, memory, breakpoints, stepping, watchpoints, Ctrl-C, detach, kill, the exit code; energy breakpoints
and monitor commands on harvested energy; the run itself undisturbed by debugging."""

from __future__ import annotations

import socket
import time
from pathlib import Path

import pytest
from gdb_client import Client, Session

from energy import Capacitor, EnergySystem, PowerSwitch, mcu_model, parse_harvester
from msp430emu.cpu.state import C_CYCLES, C_INSNS, PC
from msp430emu.gdb import parse_address
from msp430emu.machine.machine import Machine
from msp430emu.power.intermittent import IntermittentPower
from msp430emu.toolchain.loader import load_image
from msp430emu.toolchain.sdk import build

EXAMPLE = Path(__file__).resolve().parents[2] / "designs/firmware/examples/war_counter.c"


@pytest.fixture(scope="module")
def elf(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("gdb") / "war40.elf"
    build([EXAMPLE], out, "-O0", extra_cflags=["-DN_SAMPLES=40"])
    return out


@pytest.fixture(scope="module")
def image(elf):
    return load_image(elf)


def plain(image):
    m = Machine("fr5969", image)
    return m, m.run(max_cycles=10**8)


def test_registers_memory_and_run_to_exit(image):
    ref_machine, ref = plain(image)
    m = Machine("fr5969", image)
    s = Session(m)
    c = Client(s.port)
    assert "PacketSize" in c.request("qSupported:swbreak+;hwbreak+")
    assert c.request("?").startswith("T05")
    regs = c.regs()
    assert len(regs) == 16 and regs[PC] == m.state.read_word(0xFFFE)     # gdb's msp430 layout: 16 x 4 bytes
    main = image.symbols["main"]
    assert c.request(f"Z0,{main:x},2") == "OK"
    assert c.request("c").startswith("T05")
    assert c.regs()[PC] == main
    insns = int(m.state.ctl[C_INSNS])
    assert c.request("s").startswith("T05")                             # one instruction
    assert int(m.state.ctl[C_INSNS]) == insns + 1 and c.regs()[PC] != main
    assert c.request(f"z0,{main:x},2") == "OK"
    total = image.symbols["war_total"]
    assert c.request(f"m{total:x},4") == "00000000"
    assert c.request(f"Z2,{total:x},4") == "OK"                         # watch the FRAM counter
    reply = c.request("c")
    assert reply.startswith("T05") and f"watch:{total:x};" in reply
    first = int.from_bytes(bytes.fromhex(c.request(f"m{total:x},4")), "little")
    assert first != 0
    assert c.request(f"z2,{total:x},4") == "OK"
    assert c.request("c") == f"W{ref.exit_code & 0xFF:02x}"             # the program's exit code
    result = s.join()
    c.close()
    assert result.exit == "halt" and result.exit_code == ref.exit_code
    assert result.cycles == ref.cycles and result.instructions == ref.instructions   # undisturbed
    assert ref_machine.state.read_bytes(total, 4) == m.state.read_bytes(total, 4)


def test_register_and_memory_writes(image):
    m = Machine("fr5969", image)
    s = Session(m)
    c = Client(s.port)
    assert c.request("P4=45230100") == "OK"                              # R4 = 0x12345 (20 bits)
    assert c.regs()[4] == 0x12345
    assert c.request("p4") == "45230100"
    assert c.request("P5=ffffffff") == "OK"
    assert c.regs()[5] == 0xFFFFF                                        # registers hold 20 bits
    total = image.symbols["war_total"]
    assert c.request(f"M{total:x},2:3412") == "OK"                       # FRAM write
    assert m.state.read_word(total) == 0x1234
    assert c.request(f"X{total:x},2:" .encode() + bytes([0x7D, 0x03, 0x00])) == "OK"   # binary, escaped '#'
    assert m.state.read_word(total) == 0x23
    assert c.request("m100000,2").startswith("E")                         # beyond the address space
    assert c.request("m3000,4").startswith("E")                           # unmapped (FR5969: gap)
    assert c.request("P0=00300000") == "OK"                              # PC into unmapped memory
    assert c.request("c").startswith("T0b")                              # a fault: SIGSEGV, still stopped
    assert any("unmapped" in line for line in c.console)
    c.send("k")
    result = s.join()
    c.close()
    assert result.exit == "killed"


def test_read_watchpoint_stops_after_the_reading_instruction(image):
    m = Machine("fr5969", image)
    s = Session(m)
    c = Client(s.port)
    total = image.symbols["war_total"]
    assert c.request(f"Z3,{total:x},2") == "OK"
    reply = c.request("c")
    assert reply.startswith("T05") and f"rwatch:{total:x};" in reply
    pc = c.regs()[PC]
    assert image.symbolize(pc).startswith("main")                        # war_total += s is in main
    assert c.request("D") == "OK"                                         # detach: the run goes on
    result = s.join()
    c.close()
    assert result.exit == "halt" and result.exit_code == plain(image)[1].exit_code


def test_ctrl_c_interrupts_a_continue(image, elf, tmp_path):
    out = tmp_path / "loop.elf"
    src = tmp_path / "loop.c"
    src.write_text("volatile unsigned n;\nint main(void) { for (;;) n++; }\n")
    build([src], out, "-O0")
    loop = load_image(out)
    m = Machine("fr5969", loop)
    s = Session(m, max_cycles=10**9)
    c = Client(s.port)
    c.send("c")
    time.sleep(0.5)                                                       # (running: no reply yet)
    c.sock.sendall(b"\x03")
    reply = c._read_packet().decode()
    assert reply.startswith("T02")                                        # SIGINT
    cycles = int(m.state.ctl[C_CYCLES])
    assert 0 < cycles < 10**9
    time.sleep(0.2)
    assert int(m.state.ctl[C_CYCLES]) == cycles                          # stopped: device time stands still
    c.send("vKill;1")
    s.join()
    c.close()


def energy_machine(image, cap: float = 10e-6, harvest: str = "none"):
    system = EnergySystem(Capacitor(cap, 2.4), parse_harvester(harvest), PowerSwitch(2.4, 1.8))
    power = IntermittentPower(system, mcu_model("fr5969"))
    m = Machine("fr5969", image, vcc=power.supply_voltage)
    power.attach(m)
    return m, power


def test_power_failure_breakpoint_and_energy_commands(image):
    m, power = energy_machine(image, cap=2e-6)
    s = Session(m, power=power)
    c = Client(s.port)
    text = c.monitor("energy")
    v0 = 2.4 - mcu_model("fr5969").charges_nas["reset"] * 1e-9 / 2e-6   # after the boot's reset charge
    assert f"V = {v0:.4f} V" in text and "boots 1, failures 0" in text
    assert "energy breakpoint on power-failure" in c.monitor("break power-failure")
    reply = c.request("c")
    assert reply.startswith("T20")                                       # SIGPWR (gdb's number 32)
    assert power.failures == 1 and not power.powered
    assert any("power failure" in line for line in c.console)
    text = c.monitor("energy")
    assert "power off" in text and "failures 1" in text
    assert "failure" in c.monitor("timeline")
    main = image.symbols["main"]
    assert c.request(f"Z0,{main:x},2") == "OK"                           # breakpoints persist across failures
    assert "V = 1.8000 V -> 2.5000 V" in c.monitor("charge 2.5")
    assert c.request("c").startswith("T05") and c.regs()[PC] == main     # booted, at main again
    assert power.boots == 2
    assert "error" in c.monitor("charge 1.0")                             # charge must raise V
    assert "below V_off" in c.monitor("discharge 1.7")
    assert c.request(f"z0,{main:x},2") == "OK"
    assert c.request("c").startswith("T20")                              # the discharge cut the power
    assert "boots again" in c.monitor("help fail-now") or True
    c.send("k")
    s.join()
    c.close()


def test_fail_now_and_voltage_breakpoint(image):
    m, power = energy_machine(image, cap=100e-6, harvest="none")
    s = Session(m, power=power)
    c = Client(s.port)
    main = image.symbols["main"]
    assert c.request(f"Z0,{main:x},2") == "OK"
    assert c.request("c").startswith("T05")
    assert "power cut" in c.monitor("fail-now")
    assert power.failures == 1 and not power.powered
    assert "already off" in c.monitor("fail-now")
    c.monitor("charge 3.0")
    c.monitor("break voltage-below 2.9")
    assert c.request("c").startswith("T05")                               # boot: at main (breakpoint)
    reply = c.request("c")
    assert reply.startswith("T05") and any("below 2.9 V" in line for line in c.console)
    assert power.system.capacitor.voltage == pytest.approx(2.9, abs=2e-3)
    assert "unknown" in c.monitor("frobnicate")
    c.send("k")
    s.join()
    c.close()


def test_malformed_input_is_answered_or_closes(image):
    m = Machine("fr5969", image)
    s = Session(m)
    c = Client(s.port)
    c.sock.sendall(b"$g#00")                                              # bad checksum
    assert c.sock.recv(1) == b"-"
    assert c.request("mzz,4") == "E01"
    assert c.request("Z0,1") == "E01"
    assert c.request("vUnknownThing") == ""
    for _ in range(40):                                                    # garbage: the server hangs up
        c.sock.sendall(b"$x#00")
    with pytest.raises((ConnectionError, OSError)):
        while True:
            if not c.sock.recv(4096):
                raise ConnectionError
    result = s.join()
    assert result.exit == "halt"                                          # then the run went on, undisturbed
    c.close()


def test_parse_address_defaults_to_localhost():
    assert parse_address("3333") == ("127.0.0.1", 3333)
    assert parse_address("0.0.0.0:1234") == ("0.0.0.0", 1234)
    with pytest.raises(ValueError):
        parse_address("x:y")
    with pytest.raises(ValueError):
        parse_address("70000")


def test_one_client_only(image):
    m = Machine("fr5969", image)
    s = Session(m)
    c = Client(s.port)
    c.request("?")
    with pytest.raises(OSError):
        other = socket.create_connection(("127.0.0.1", s.port), timeout=2)
        other.sendall(b"$?#3f")
        if not other.recv(1):
            raise OSError("closed")
    c.request("D")
    s.join()
    c.close()


def test_profile_under_the_debugger(image):
    from msp430emu.profile import Profiler

    ref = plain(image)[1]
    m = Machine("fr5969", image)
    prof = Profiler(m, image, sample_cycles=50)
    s = Session(m)
    c = Client(s.port)
    main = image.symbols["main"]
    assert c.request(f"Z0,{main:x},2") == "OK"
    assert c.request("c").startswith("T05")
    for _ in range(5):
        assert c.request("s").startswith("T05")                          # steps keep the sampling going
    assert c.request(f"z0,{main:x},2") == "OK"
    assert c.request("c") == f"W{ref.exit_code & 0xFF:02x}"
    result = s.join()
    c.close()
    prof.close()
    assert result.cycles == ref.cycles
    rows = {prof.table.name(i): st.cycles for i, st in prof.rows()}
    assert sum(rows.values()) == ref.cycles and rows.get("process", 0) > rows.get("main", 0)


def test_watchpoints_alongside_the_war_detector(tmp_path):
    """--gdb with --detect-war on the harvested-energy run: the watchpoint stops on the detector's bytes,
    and the detector reports what it reports without the debugger."""
    import json
    import os
    import re
    import subprocess
    import sys

    from msp430emu.cli.run import run_json

    elf = tmp_path / "war.elf"
    build([EXAMPLE], elf, "-O2")
    options = ["--preset", "wisp4-mementos", "--harvest", "rfid:5", "--strategy", "mementos-loop",
               "--detect-war", "--max-time", "30"]
    plain_run = run_json([str(elf), *options])
    root = Path(__file__).resolve().parents[2]
    proc = subprocess.Popen([sys.executable, "-m", "msp430emu.cli", "run", str(elf), *options, "--json",
                             "--gdb", "0"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=dict(os.environ, PYTHONPATH=str(root)))
    port = int(re.search(r":(\d+) ", proc.stderr.readline()).group(1))
    c = Client(port)
    total = load_image(elf).symbols["war_total"]
    assert c.request(f"Z2,{total:x},4") == "OK"
    assert f"watch:{total:x};" in c.request("c")
    assert f"watch:{total:x};" in c.request("c")
    assert c.request(f"z2,{total:x},4") == "OK"
    assert c.request("c").startswith("W")
    out, _ = proc.communicate(timeout=120)
    c.close()
    debugged = json.loads(out)
    assert debugged["cycles"] == plain_run["cycles"]
    got, want = debugged["war_hazards"], plain_run["war_hazards"]
    assert got and len(got) == len(want)
    for a, b in zip(got, want, strict=True):           # the same hazards (times to the last float bit)
        assert a["first_t_s"] == pytest.approx(b["first_t_s"], rel=1e-12)
        assert {**a, "first_t_s": 0} == {**b, "first_t_s": 0}


def test_voltage_above_breakpoint_while_charging(image):
    m, power = energy_machine(image, cap=2e-6, harvest="current:20u")
    s = Session(m, power=power)
    c = Client(s.port)
    c.monitor("break power-failure")
    assert c.request("c").startswith("T20")                               # drained to V_off, now off
    c.monitor("delete power-failure")
    assert "voltage-above 2.1 V" in c.monitor("break voltage-above 2.1")
    assert "voltage-above 2.1" in c.monitor("break")
    reply = c.request("c")
    assert reply.startswith("T05") and any("above 2.1 V" in line for line in c.console)
    assert not power.powered                                              # charging, still off (V_on 2.4)
    assert power.system.capacitor.voltage == pytest.approx(2.1, abs=1e-6)
    assert "error" in c.monitor("break voltage-above x")
    c.send("k")
    s.join()
    c.close()
