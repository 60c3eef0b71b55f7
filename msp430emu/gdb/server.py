"""The gdb remote-serial-protocol server: one client over TCP, packets to :class:`Target` calls.

    server = GdbServer(machine, max_cycles=10**9, power=power, checkpointer=cp)
    server.listen("127.0.0.1", 3333)       # port 0: any free port (server.port)
    result = server.serve()                # waits for gdb, serves it; the RunResult of the run

The target waits for the client before its first instruction. The packets served: ``?``, ``g``/``G``,
``p``/``P``, ``m``/``M``/``X``, ``c``/``C``/``s``/``S`` and ``vCont`` (one thread), ``Z0``-``Z4``,
``D`` (detach: the run goes on without the debugger), ``k``/``vKill`` (the run ends), ``qRcmd`` (monitor),
``qSupported``, ``QStartNoAckMode``, thread queries, ``qAttached``; anything else gets the empty reply
("not supported"). A malformed packet is answered ``-`` (a bad checksum: gdb resends) or ``E01`` (bad
arguments); after MAX_BAD bad packets in a row the connection is closed. Never an exception out of serve().
"""

from __future__ import annotations

import re
import socket
import time

from msp430emu.cpu.state import C_CYCLES
from msp430emu.gdb.monitor import EnergyDebug, MonitorError
from msp430emu.gdb.rsp import MAX_PACKET, PacketReader, frame
from msp430emu.gdb.target import NUM_REGS, REG_BYTES, SIGTRAP, Stop, Target

MAX_BAD = 20                 # malformed packets in a row before the connection is closed
MAX_MEMORY = MAX_PACKET // 2 # bytes per m reply (two hex digits each)
_HEX = re.compile(rb"^[0-9a-fA-F]+$")


class _Closed(Exception):
    pass


def parse_address(text: str) -> tuple[str, int]:
    """``[HOST:]PORT`` -> (host, port); the host defaults to 127.0.0.1 (localhost only)."""
    host, _, port_text = text.rpartition(":")
    try:
        port = int(port_text)
    except ValueError:
        raise ValueError(f"--gdb: '{text}' is not [HOST:]PORT") from None
    if not 0 <= port <= 65535:
        raise ValueError(f"--gdb: port {port} is out of range 0-65535")
    return (host.strip("[]") or "127.0.0.1"), port


def _int(text: bytes) -> int:
    if not _HEX.match(text):
        raise ValueError("not hex")
    return int(text, 16)


class GdbServer:
    """Serves one gdb client for ``machine``; ``power`` / ``checkpointer`` give the energy commands."""

    def __init__(self, machine, max_cycles: int | None = None, power=None, checkpointer=None,
                 log=None) -> None:
        self.machine = machine
        self.target = Target(machine, max_cycles)
        self.energy = EnergyDebug(self.target, power, checkpointer)
        self.log = log                       # a callable(str) for messages (the CLI: stderr)
        self._listener: socket.socket | None = None
        self._sock: socket.socket | None = None
        self._reader = PacketReader()
        self._ack = True
        self._events: list = []
        self._last_stop = Stop(SIGTRAP)
        self.finished = False                # the program ended (exit reported) or was killed
        self.detached = False
        self.killed = False
        self.port = 0

    # --- connection ----------------------------------------------------------------------------------
    def listen(self, host: str = "127.0.0.1", port: int = 0) -> int:
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        sock = socket.socket(family, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(1)
        self._listener = sock
        self.port = sock.getsockname()[1]
        return self.port

    def serve(self, dumps=()):
        """Accept one client and serve it until it detaches, kills the run, the program ends, or the
        connection drops; then the run goes on (detach, drop) to its end. Returns the RunResult."""
        if self._listener is None:
            self.listen()
        conn, _ = self._listener.accept()
        self._listener.close()               # one client only
        self._sock = conn
        conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        try:
            self._loop()
            if self.finished and not self.killed:
                self._drain()
        except (_Closed, OSError):
            pass
        finally:
            try:
                conn.close()
            except OSError:
                pass
        m = self.machine
        if self.killed:
            return m._result("killed", "the debugger killed the run", 0.0, [], dumps)
        if not self.finished:
            self.target.detach()
            left = self.target.cap - int(m.state.ctl[C_CYCLES])
            if left > 0:
                return m.run(max_cycles=left, dumps=dumps)
        last = self.target.result
        if last is None:
            return m._result("max-cycles", "the cycle budget was spent", 0.0, [], dumps)
        return m._result(last.exit, last.message, self.target.wall_s, list(last.faults), dumps)

    def _drain(self, timeout: float = 1.0) -> None:
        """After the exit reply: take the client's ack (and anything else) until it hangs up, for at
        most ``timeout`` seconds."""
        end = time.monotonic() + timeout
        try:
            while (left := end - time.monotonic()) > 0:
                self._sock.settimeout(left)
                if not self._sock.recv(4096):
                    break
        except (TimeoutError, OSError):
            pass

    def _recv_events(self, block: bool = True) -> list:
        sock = self._sock
        sock.setblocking(block)
        try:
            data = sock.recv(65536)
        except BlockingIOError:
            return []
        finally:
            sock.setblocking(True)
        if not data:
            raise _Closed()
        return self._reader.feed(data)

    def _send(self, payload: bytes | str) -> None:
        if isinstance(payload, str):
            payload = payload.encode("latin-1")
        self._sock.sendall(frame(payload))

    def _loop(self) -> None:
        bad = 0
        while not self.finished and not self.detached:
            while not self._events:
                self._events = self._recv_events()
            event = self._events.pop(0)
            if event.kind == "bad":
                bad += 1
                if bad >= MAX_BAD:
                    raise _Closed()
                if self._ack:
                    self._sock.sendall(b"-")
                continue
            if event.kind != "packet":
                continue                      # acks, naks (we do not resend), a stray Ctrl-C while stopped
            if self._ack:
                self._sock.sendall(b"+")
            try:
                reply = self._handle(event.payload)
                bad = 0
            except (ValueError, IndexError, UnicodeDecodeError):
                reply = b"E01"
                bad += 1
                if bad >= MAX_BAD:
                    raise _Closed() from None
            except OSError:
                raise
            except Exception as exc:            # the model refused (a register write a peripheral rejects)
                reply = b"E02"
                if self.log is not None:
                    self.log(f"gdb: packet {event.payload[:40]!r} failed: {exc}")
            if reply is not None:
                self._send(reply)

    def _interrupted(self) -> bool:
        """Polled between blocks of a continue: a Ctrl-C (0x03) from the client."""
        events = self._recv_events(block=False)
        hit = any(e.kind == "interrupt" for e in events)
        self._events.extend(e for e in events if e.kind == "packet")
        return hit

    # --- packets -------------------------------------------------------------------------------------
    def _handle(self, p: bytes) -> bytes | str | None:
        head = p[:1]
        if p == b"?":
            return self._stop_reply(self._last_stop)
        if head == b"g":
            return self.target.read_registers().hex()
        if head == b"G":
            data = bytes.fromhex(p[1:].decode("ascii"))
            if len(data) % REG_BYTES:
                return "E01"
            self.target.write_registers(data)
            return "OK"
        if head == b"p":
            n = _int(p[1:])
            return self.target.read_register(n).hex() if n < NUM_REGS else "E01"
        if head == b"P":
            reg, _, value = p[1:].partition(b"=")
            n = _int(reg)
            data = bytes.fromhex(value.decode("ascii"))
            if n >= NUM_REGS or not data:
                return "E01"
            self.target.write_register(n, int.from_bytes(data[:REG_BYTES], "little"))
            return "OK"
        if head == b"m":
            addr, length = (_int(x) for x in p[1:].split(b",", 1))
            data = self.target.read_memory(addr, min(length, MAX_MEMORY))
            return data.hex() if data or length == 0 else "E14"
        if head == b"M":
            where, _, value = p[1:].partition(b":")
            addr, length = (_int(x) for x in where.split(b",", 1))
            data = bytes.fromhex(value.decode("ascii"))
            if len(data) != length:
                return "E01"
            return "OK" if self.target.write_memory(addr, data) else "E14"
        if head == b"X":
            where, _, data = p[1:].partition(b":")
            addr, length = (_int(x) for x in where.split(b",", 1))
            if len(data) != length:
                return "E01"
            return "OK" if self.target.write_memory(addr, data) else "E14"
        if head in (b"Z", b"z"):
            return self._breakpoint(head == b"Z", p[1:])
        if head in (b"c", b"s", b"C", b"S"):
            if head in (b"c", b"s") and len(p) > 1:
                self.target.write_register(0, _int(p[1:]))
            return self._resume(step=head in (b"s", b"S"))
        if p.startswith(b"vCont"):
            return self._vcont(p)
        if head == b"D":
            self.detached = True
            return "OK"
        if head == b"k" or p.startswith(b"vKill"):
            self.finished = self.killed = True
            if p.startswith(b"vKill"):
                return "OK"
            return None
        if head == b"H" or p.startswith(b"T"):
            return "OK"
        if p.startswith(b"qRcmd,"):
            return self._monitor(bytes.fromhex(p[6:].decode("ascii")).decode("utf-8", "replace"))
        if p.startswith(b"qSupported"):
            return f"PacketSize={MAX_PACKET:x};QStartNoAckMode+;swbreak+;hwbreak+;vContSupported+"
        if p == b"QStartNoAckMode":
            self._send("OK")
            self._ack = False
            return None
        if p == b"qfThreadInfo":
            return "m1"
        if p == b"qsThreadInfo":
            return "l"
        if p == b"qC":
            return "QC1"
        if p == b"qAttached":
            return "1"
        if p == b"vMustReplyEmpty":
            return ""
        return ""

    def _vcont(self, p: bytes) -> bytes | str:
        if p == b"vCont?":
            return "vCont;c;C;s;S"
        actions = p[6:].split(b";") if p.startswith(b"vCont;") else []
        if not actions or not actions[0]:
            return "E01"
        action = actions[0].split(b":", 1)[0][:1]
        if action not in (b"c", b"C", b"s", b"S"):
            return "E01"
        return self._resume(step=action in (b"s", b"S"))

    def _breakpoint(self, insert: bool, args: bytes) -> str:
        parts = args.split(b";", 1)[0].split(b",")
        if len(parts) != 3:
            return "E01"
        kind, addr, length = _int(parts[0]), _int(parts[1]), _int(parts[2])
        t = self.target
        if kind in (0, 1):
            ok = t.insert_breakpoint(addr) if insert else t.remove_breakpoint(addr)
        elif kind in (2, 3, 4):
            ok = (t.insert_watchpoint(kind, addr, length) if insert
                  else t.remove_watchpoint(kind, addr, length))
        else:
            return ""
        return "OK" if ok else "E01"

    def _resume(self, step: bool) -> str:
        stop = self.target.resume(step=step, interrupted=self._interrupted)
        self._last_stop = stop
        if stop.message:
            self._console(stop.message + "\n")
        if stop.exited is not None or stop.terminated:
            self.finished = True
        return self._stop_reply(stop)

    def _console(self, text: str) -> None:
        """Console output gdb prints (an ``O`` packet) while the target runs."""
        self._send(b"O" + text.encode("utf-8").hex().encode("ascii"))

    @staticmethod
    def _stop_reply(stop: Stop) -> str:
        if stop.exited is not None:
            return f"W{stop.exited:02x}"
        if stop.terminated:
            return f"X{stop.signal:02x}"
        return f"T{stop.signal:02x}{stop.fields}thread:1;"

    def _monitor(self, line: str) -> str:
        try:
            text = self.energy.command(line)
        except MonitorError as exc:
            text = f"error: {exc}\n"
        return text.encode("utf-8").hex()


__all__ = ["GdbServer", "MAX_BAD", "parse_address"]
