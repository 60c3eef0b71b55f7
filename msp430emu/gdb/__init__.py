"""A GDB remote-serial-protocol server for the emulator, with energy breakpoints and monitor commands.

``msp430emu run FW --gdb [HOST:]PORT`` or, from Python, :class:`GdbServer` (see server.py). The modules:
``rsp`` (packet framing), ``target`` (the machine as a debug target), ``monitor`` (energy commands),
``server`` (the packet handlers and the connection). See docs/debugging.md.
"""

from msp430emu.gdb.server import GdbServer, parse_address

__all__ = ["GdbServer", "parse_address"]
