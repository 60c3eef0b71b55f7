"""Fuzzing the GDB server: random bytes into the framing decoder, random packets (valid framing, random
contents after real command letters) into a live server. It must answer or hang up, never raise."""

from __future__ import annotations

from pathlib import Path

import pytest
from gdb_client import Client, Session
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from msp430emu.gdb.rsp import PacketReader, checksum, frame
from msp430emu.machine.machine import Machine
from msp430emu.toolchain.loader import load_image
from msp430emu.toolchain.sdk import build

HEADS = [b"m", b"M", b"X", b"Z", b"z", b"g", b"G", b"p", b"P", b"qRcmd,", b"vCont;", b"vCont?", b"c", b"s",
         b"C", b"S", b"H", b"q", b"Q", b"?", b"T", b"v", b"D", b""]


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=300))
def test_reader_never_raises_and_roundtrips(data):
    events = PacketReader(max_packet=64).feed(data)
    for e in events:
        assert e.kind in ("packet", "bad", "interrupt", "ack", "nak")


@given(st.binary(max_size=200))
def test_framing_roundtrip(payload):
    events = PacketReader().feed(frame(payload))
    assert len(events) == 1 and events[0].kind == "packet" and events[0].payload == payload


def test_bad_checksum_is_bad():
    body = b"m4400,2"
    raw = b"$" + body + b"#%02x" % ((checksum(body) + 1) & 0xFF)
    assert [e.kind for e in PacketReader().feed(raw)] == ["bad"]


@pytest.fixture(scope="module")
def image(tmp_path_factory):
    out = tmp_path_factory.mktemp("fuzz") / "war8.elf"
    src = Path(__file__).resolve().parents[2] / "designs/firmware/examples/war_counter.c"
    build([src], out, "-O2", extra_cflags=["-DN_SAMPLES=8"])
    return load_image(out)


packet = st.tuples(st.sampled_from(HEADS), st.binary(max_size=24)).map(lambda t: t[0] + t[1])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(packet, max_size=12), st.binary(max_size=64))
def test_random_packets_never_crash_the_server(image, packets, garbage):
    m = Machine("fr5969", image)
    s = Session(m, max_cycles=300_000)
    c = Client(s.port, timeout=30)
    try:
        c.sock.sendall(b"".join(frame(p) for p in packets) + garbage)
    except OSError:
        pass                                  # the server may have hung up already (kill, detach, garbage)
    c.close()
    s.join(timeout=60)                        # raises if serve() raised
