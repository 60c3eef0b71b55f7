"""GDB remote serial protocol framing (GDB manual, "Overview" of Appendix E, Remote Protocol).

A packet is ``$payload#cc`` where ``cc`` is the modulo-256 sum of the payload bytes in two lower-case hex
digits. ``}`` escapes the next byte (XOR 0x20); ``*`` run-length encoding is only sent by stubs, never by
gdb, and is rejected here as malformed. The client acknowledges with ``+`` (or ``-`` to ask for a resend)
until ``QStartNoAckMode``. A lone 0x03 byte outside a packet is an interrupt (Ctrl-C).

:class:`PacketReader` turns a byte stream into events without ever raising on bad input: a packet with a
wrong checksum or a bad escape is an ``Event("bad")`` (answered ``-``: gdb resends), an oversized packet
too; bytes outside packets are ignored (gdb's spec says a stub may discard them).
"""

from __future__ import annotations

from dataclasses import dataclass

MAX_PACKET = 4096           # the PacketSize we announce (payload bytes, unescaped)
INTERRUPT = 0x03


@dataclass(frozen=True, slots=True)
class Event:
    """``kind``: ``packet`` (payload), ``bad`` (a corrupt or oversized packet), ``interrupt``, ``ack``,
    ``nak``."""

    kind: str
    payload: bytes = b""


def checksum(payload: bytes) -> int:
    return sum(payload) & 0xFF


def escape(payload: bytes) -> bytes:
    """Escape ``#``, ``$``, ``}`` and ``*`` in a reply's payload (``*`` would read as run-length)."""
    out = bytearray()
    for b in payload:
        if b in b"#$}*":
            out += bytes((0x7D, b ^ 0x20))
        else:
            out.append(b)
    return bytes(out)


def frame(payload: bytes) -> bytes:
    """``$payload#cc`` with the payload escaped."""
    body = escape(payload)
    return b"$" + body + b"#%02x" % checksum(body)


class PacketReader:
    """Incremental decoder: :meth:`feed` bytes, get the complete events found so far."""

    def __init__(self, max_packet: int = MAX_PACKET) -> None:
        self.max_packet = max_packet
        self._buf = bytearray()
        self._in_packet = False

    def feed(self, data: bytes) -> list[Event]:
        events: list[Event] = []
        buf = self._buf
        for b in data:
            if not self._in_packet:
                if b == 0x24:                   # $
                    self._in_packet = True
                    buf.clear()
                elif b == INTERRUPT:
                    events.append(Event("interrupt"))
                elif b == 0x2B:                 # +
                    events.append(Event("ack"))
                elif b == 0x2D:                 # -
                    events.append(Event("nak"))
                continue                        # anything else between packets: ignored
            buf.append(b)
            if len(buf) >= 3 and buf[-3] == 0x23:     # ...#cc complete
                events.append(self._finish(bytes(buf[:-3]), bytes(buf[-2:])))
                self._in_packet = False
                buf.clear()
            elif len(buf) > 2 * self.max_packet + 3:  # escaped payload can be at most twice as long
                events.append(Event("bad", b"oversized"))
                self._in_packet = False
                buf.clear()
        return events

    @staticmethod
    def _finish(body: bytes, cc: bytes) -> Event:
        try:
            expected = int(cc.decode("ascii"), 16)
        except (UnicodeDecodeError, ValueError):
            return Event("bad", b"checksum digits")
        if checksum(body) != expected or b"$" in body or b"#" in body:
            return Event("bad", b"checksum")
        out = bytearray()
        escaped = False
        for b in body:
            if escaped:
                out.append(b ^ 0x20)
                escaped = False
            elif b == 0x7D:
                escaped = True
            elif b == 0x2A:                       # run-length encoding: never sent by gdb
                return Event("bad", b"run-length")
            else:
                out.append(b)
        if escaped:
            return Event("bad", b"escape")
        return Event("packet", bytes(out))


__all__ = ["Event", "INTERRUPT", "MAX_PACKET", "PacketReader", "checksum", "escape", "frame"]
