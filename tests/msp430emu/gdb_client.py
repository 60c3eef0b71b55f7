"""A small GDB remote-protocol client for the tests (framing written from the GDB manual, Appendix E)."""

from __future__ import annotations

import socket
import threading

from msp430emu.gdb import GdbServer


def _frame(payload: bytes) -> bytes:
    return b"$" + payload + b"#%02x" % (sum(payload) & 0xFF)


class Client:
    def __init__(self, port: int, timeout: float = 60.0) -> None:
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=timeout)
        self.buf = b""
        self.console: list[str] = []

    def _read_packet(self) -> bytes:
        while True:
            while self.buf[:1] in (b"+", b"-"):
                self.buf = self.buf[1:]
            end = self.buf.find(b"#")
            if self.buf[:1] == b"$" and end >= 0 and len(self.buf) >= end + 3:
                body, cc = self.buf[1:end], self.buf[end + 1:end + 3]
                self.buf = self.buf[end + 3:]
                assert int(cc, 16) == sum(body) & 0xFF, "bad checksum from the server"
                try:
                    self.sock.sendall(b"+")
                except OSError:
                    pass                           # the server hung up after its last reply (W, X)
                out, esc = bytearray(), False
                for b in body:
                    if esc:
                        out.append(b ^ 0x20)
                        esc = False
                    elif b == 0x7D:
                        esc = True
                    else:
                        out.append(b)
                return bytes(out)
            data = self.sock.recv(65536)
            if not data:
                raise ConnectionError("closed")
            self.buf += data

    def send(self, payload: str | bytes) -> None:
        self.sock.sendall(_frame(payload.encode() if isinstance(payload, str) else payload))

    def request(self, payload: str | bytes) -> str:
        self.send(payload)
        while True:
            reply = self._read_packet()
            if reply.startswith(b"O") and reply != b"OK" and len(reply) > 1 and all(
                    c in b"0123456789abcdef" for c in reply[1:]):
                self.console.append(bytes.fromhex(reply[1:].decode()).decode())
                continue
            return reply.decode("latin-1")

    def monitor(self, command: str) -> str:
        return bytes.fromhex(self.request("qRcmd," + command.encode().hex())).decode()

    def regs(self) -> list[int]:
        g = bytes.fromhex(self.request("g"))
        return [int.from_bytes(g[i:i + 4], "little") for i in range(0, len(g), 4)]

    def close(self) -> None:
        self.sock.close()


class Session:
    """A GdbServer serving ``machine`` in a thread; ``result`` once the run is over."""

    def __init__(self, machine, max_cycles: int | None = 10**8, **kw) -> None:
        self.server = GdbServer(machine, max_cycles=max_cycles, **kw)
        self.port = self.server.listen("127.0.0.1", 0)
        self.result = None
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        try:
            self.result = self.server.serve()
        except BaseException as exc:          # reported by the test
            self.error = exc

    def join(self, timeout: float = 120.0):
        self.thread.join(timeout)
        assert not self.thread.is_alive(), "the server did not finish"
        if self.error is not None:
            raise self.error
        return self.result
