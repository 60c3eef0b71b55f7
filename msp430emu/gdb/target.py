"""The emulator as a gdb target: registers, memory, breakpoints, watchpoints, and resuming.

Nothing here touches the compiled core's hot loop. Breakpoints are the core's ``A_BREAK`` attribute (the run
loop's ``on_break`` hook, chained with a checkpoint engine's), a single step is the core's instruction limit
(``C_INSN_LIMIT`` and ``on_insn_limit``), watchpoints are hooked bytes (``A_HOOK_W`` / ``A_HOOK_R``) owned by
a :class:`_Watcher` in the run loop's owner table (chained with a WAR detector's). A stop the debugger asks
for is :meth:`Machine.request_stop` with exit ``"gdb"``: the run loop ends at its next turn, between two
instructions, and device time stands still until the next resume.

Registers travel as gdb's msp430 target (gdb/msp430-tdep.c) reads them: 16 raw registers of 4 bytes each,
little-endian, R0 (PC) to R15, for both ``set architecture msp430`` and ``msp430X`` (gdb shows the low 16 or
all 20 bits as the pseudo registers pc, sp, sr, cg, r4..r15).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from msp430emu.cpu.state import (
    A_BREAK,
    A_HOOK_R,
    A_HOOK_W,
    C_CYCLES,
    C_INSN_LIMIT,
    C_INSNS,
    C_IO_PASS,
    C_TRIG_DONE,
    MEM_SIZE,
    NEVER,
    PC,
)

NUM_REGS = 16
REG_BYTES = 4               # gdb's msp430 raw registers are uint32 (msp430-tdep.c, msp430_register_type)
REG_MASK = 0xFFFFF          # registers hold 20 bits at most (MSP430X)
CHUNK_CYCLES = 200_000      # a continue runs in blocks this long, polling the client for Ctrl-C in between

# gdb's own signal numbers (include/gdb/signals.def), used in stop replies
SIGINT, SIGILL, SIGTRAP, SIGSEGV, SIGKILL, SIGXCPU, SIGPWR = 2, 4, 5, 11, 9, 24, 32


@dataclass
class Stop:
    """Why the target stopped: ``signal`` (gdb numbering) and extra ``T`` packet fields, or an exit."""

    signal: int = SIGTRAP
    fields: str = ""               # e.g. "watch:1c00;"
    exited: int | None = None      # exit code: the program ended (halt)
    terminated: bool = False       # the run ended otherwise (max-cycles, fault exits, no-energy...)
    message: str = ""              # told to the user (console output) before the stop reply


class _Watcher:
    """Owner of watched bytes in the run loop's owner table; forwards to the owner it replaced."""

    name = "gdb watchpoint"
    irq_silent = True

    def __init__(self, target: Target) -> None:
        self.target = target
        self.prior: dict[int, tuple[object, int]] = {}   # addr -> (previous owner, previous hook bits)

    def read(self, addr: int, now: float) -> None:
        prior, bits = self.prior.get(addr, (None, 0))
        if prior is not None and bits & A_HOOK_R:
            prior.read(addr, now)
        self.target._watch_read(addr)

    def write(self, addr: int, value: int, size: int, now: float) -> None:
        prior, bits = self.prior.get(addr, (None, 0))
        if prior is not None and bits & A_HOOK_W:
            prior.write(addr, value, size, now)
        self.target._watch_write(addr, size)


class Target:
    """A :class:`msp430emu.machine.machine.Machine` seen by a debugger. ``max_cycles``: the run's cycle
    budget."""

    def __init__(self, machine, max_cycles: int | None = None) -> None:
        self.machine = machine
        st = machine.state
        self.cap = NEVER if max_cycles is None else int(st.ctl[C_CYCLES]) + int(max_cycles)
        self.max_cycles = max_cycles
        self.breakpoints: dict[int, bool] = {}          # addr -> A_BREAK was already set by someone else
        self.watchpoints: dict[tuple[int, int, int], None] = {}   # (kind 2/3/4, addr, length)
        self._watcher = _Watcher(self)
        self._stop: Stop | None = None
        self._stepping = False
        self._pending_read: int | None = None
        self._hooks = [machine.on_break.add(self._on_break), machine.on_insn_limit.add(self._on_limit)]
        self.result = None                              # the RunResult of the last resume
        self.wall_s = 0.0                               # wall time spent running (not waiting for gdb)

    # --- registers ----------------------------------------------------------------------------------------
    def read_registers(self) -> bytes:
        regs = self.machine.state.regs
        return b"".join((int(regs[i]) & REG_MASK).to_bytes(REG_BYTES, "little") for i in range(NUM_REGS))

    def write_registers(self, data: bytes) -> None:
        for i in range(min(NUM_REGS, len(data) // REG_BYTES)):
            self.write_register(i, int.from_bytes(data[i * REG_BYTES:(i + 1) * REG_BYTES], "little"))

    def read_register(self, n: int) -> bytes:
        return (int(self.machine.state.regs[n]) & REG_MASK).to_bytes(REG_BYTES, "little")

    def write_register(self, n: int, value: int) -> None:
        st = self.machine.state
        value &= REG_MASK
        if n == PC:
            value &= ~1
            if value != int(st.regs[PC]):
                st.ctl[C_TRIG_DONE] = 0
        if n == 3:
            return                       # CG (R3) reads as 0: a write is ignored, as on the CPU
        st.regs[n] = value
        if n == 2:
            self.machine._set_gating(value, self.machine.now())

    # --- memory ---------------------------------------------------------------------------------------------
    def read_memory(self, addr: int, length: int) -> bytes:
        """Bytes from ``addr``; stops at the first unmapped byte (an empty result: nothing readable).
        Peripheral registers are synchronised by their models first (a timer's counter)."""
        m = self.machine
        st = m.state
        end = min(addr + length, MEM_SIZE)
        attr = st.attr
        n = 0
        while addr + n < end and attr[addr + n]:
            n += 1
        warnings = list(m.warnings)
        for a in range(addr & ~1, addr + n, 2):
            if attr[a] & A_HOOK_R and self._is_peripheral(a):
                m.read_register(a)
        m.warnings[:] = warnings                # a debugger's look is not the program's access
        return st.read_bytes(addr, n)

    def write_memory(self, addr: int, data: bytes) -> bool:
        """Write bytes (FRAM, SRAM, code; peripheral registers through their models). False: unmapped."""
        m = self.machine
        st = m.state
        if addr + len(data) > MEM_SIZE or not all(st.attr[addr:addr + len(data)]):
            return False
        for i, b in enumerate(data):
            a = addr + i
            if st.attr[a] & A_HOOK_W and self._is_peripheral(a):
                m.write_register(a, b, 1)
            else:
                st.mem[a] = b
        return True

    def _is_peripheral(self, addr: int) -> bool:
        region = self.machine.device.region_at(addr)
        return region is not None and region.kind == "peripheral"

    # --- breakpoints and watchpoints --------------------------------------------------------------------
    def insert_breakpoint(self, addr: int) -> bool:
        if not 0 <= addr < MEM_SIZE:
            return False
        attr = self.machine.state.attr
        if addr not in self.breakpoints:
            self.breakpoints[addr] = bool(attr[addr] & A_BREAK)
            attr[addr] |= A_BREAK
        return True

    def remove_breakpoint(self, addr: int) -> bool:
        if addr in self.breakpoints:
            if not self.breakpoints.pop(addr):
                self.machine.state.attr[addr] &= ~A_BREAK & 0xFF
        return True

    def insert_watchpoint(self, kind: int, addr: int, length: int) -> bool:
        if not (0 < length <= 64 and 0 <= addr and addr + length <= MEM_SIZE):
            return False
        st = self.machine.state
        if not all(st.attr[addr:addr + length]):
            return False
        self.watchpoints[(kind, addr, length)] = None
        self._rehook()
        return True

    def remove_watchpoint(self, kind: int, addr: int, length: int) -> bool:
        self.watchpoints.pop((kind, addr, length), None)
        self._rehook()
        return True

    def _rehook(self) -> None:
        """Own (and hook) the bytes of the watchpoints now set; give the others back."""
        st = self.machine.state
        machine = self.machine
        w = self._watcher
        want: dict[int, int] = {}
        for kind, addr, length in self.watchpoints:
            bits = A_HOOK_W if kind == 2 else A_HOOK_R if kind == 3 else A_HOOK_R | A_HOOK_W
            for a in range(addr, addr + length):
                want[a] = want.get(a, 0) | bits
        for a in list(w.prior):               # give back what is no longer watched
            if a not in want:
                prior, bits = w.prior.pop(a)
                machine.set_owner(a, prior)
                st.attr[a] = (int(st.attr[a]) & ~(A_HOOK_R | A_HOOK_W)) | bits
        for a, bits in want.items():
            span = (a & ~1, (a & ~1) + 4)       # a word or 20-bit write reports its start (and start + 2)
            for b in range(*span):
                if b not in w.prior:
                    w.prior[b] = (machine.set_owner(b, w), int(st.attr[b]) & (A_HOOK_R | A_HOOK_W))
            prior_bits = w.prior[a][1]
            st.attr[a] = (int(st.attr[a]) & ~(A_HOOK_R | A_HOOK_W)) | bits | prior_bits
        # padding bytes we own but do not watch keep their previous hook bits (set when first owned)

    def _hits(self, addr: int, size: int, kinds: tuple[int, ...]) -> tuple[int, int] | None:
        for kind, start, length in self.watchpoints:
            if kind in kinds and start < addr + size and addr < start + length:
                return kind, start
        return None

    def _watch_write(self, addr: int, size: int) -> None:
        hit = self._hits(addr, max(1, size), (2, 4))
        if hit is not None:
            kind, start = hit
            self.request_stop(Stop(SIGTRAP, f"{'watch' if kind == 2 else 'awatch'}:{start:x};"))

    def _watch_read(self, addr: int) -> None:
        hit = self._hits(addr, 1, (3, 4))
        if hit is not None and self._pending_read is None:
            # the read happens in the instruction about to run: stop after it, as gdb expects
            self._pending_read = hit[1] if hit[0] == 3 else -1 - hit[1]
            ctl = self.machine.state.ctl
            ctl[C_INSN_LIMIT] = min(int(ctl[C_INSN_LIMIT]), int(ctl[C_INSNS]) + 1)

    # --- the run loop's hooks -------------------------------------------------------------------------------
    def _on_break(self, machine, pc: int) -> None:
        if int(machine.state.regs[PC]) == pc and pc in self.breakpoints:
            self.request_stop(Stop(SIGTRAP, "swbreak:;"))

    def _on_limit(self, machine) -> None:
        if self._pending_read is not None:      # (the loop set the limit to NEVER; other listeners lower it)
            r = self._pending_read
            self._pending_read = None
            name, start = ("rwatch", r) if r >= 0 else ("awatch", -1 - r)
            self.request_stop(Stop(SIGTRAP, f"{name}:{start:x};"))
        if self._stepping:
            self._stepping = False
            self.request_stop(Stop(SIGTRAP))

    def request_stop(self, stop: Stop) -> None:
        """Stop the run at the loop's next turn (the first reason wins)."""
        if self._stop is None:
            self._stop = stop
        self.machine.request_stop("gdb", stop.message or "stopped by the debugger")

    # --- resuming -------------------------------------------------------------------------------------------
    def resume(self, step: bool = False, interrupted: Callable[[], bool] = lambda: False) -> Stop:
        """Run until a breakpoint, watchpoint, energy break, the end of a step, an interrupt (polled
        between blocks of CHUNK_CYCLES cycles) or the end of the run."""
        m = self.machine
        st = m.state
        ctl = st.ctl
        self._stop = None
        if int(st.regs[PC]) in self.breakpoints:
            ctl[C_IO_PASS] = 1                   # resuming from a breakpoint: its instruction runs
        if step:
            self._stepping = True
            ctl[C_INSN_LIMIT] = int(ctl[C_INSNS]) + 1
        try:
            while True:
                left = self.cap - int(ctl[C_CYCLES])
                if left <= 0:
                    return Stop(SIGXCPU, terminated=True,
                                message=f"reached the cycle limit ({self.max_cycles:,} cycles)")
                self.result = result = m.run(max_cycles=min(CHUNK_CYCLES, left))
                self.wall_s += result.wall_s
                if result.exit == "gdb":
                    stop = self._stop or Stop(SIGTRAP)
                    self._stop = None
                    return stop
                if result.exit == "max-cycles":
                    if interrupted():
                        return Stop(SIGINT)
                    continue
                return self._ended(result)
        finally:
            if self._stepping or self._pending_read is not None:
                self._stepping = False
                self._pending_read = None
                ctl[C_INSN_LIMIT] = NEVER       # the other listeners (a profiler) set theirs again
                for hook in m.on_insn_limit:
                    if hook != self._on_limit:
                        hook(m)

    @staticmethod
    def _ended(result) -> Stop:
        if result.exit == "halt" and result.exit_code is not None:
            return Stop(exited=result.exit_code & 0xFF, message=result.message)
        if result.exit == "fault":
            text = result.message
            return Stop(SIGILL if "illegal" in text else SIGSEGV, message=f"fault: {text}")
        return Stop(SIGKILL if result.exit != "max-cycles" else SIGXCPU, terminated=True,
                    message=f"run ended ({result.exit}): {result.message}")

    def detach(self) -> None:
        """Remove every breakpoint and watchpoint and give the hooks back."""
        for addr in list(self.breakpoints):
            self.remove_breakpoint(addr)
        self.watchpoints.clear()
        self._rehook()
        for hook in self._hooks:
            hook.remove()


__all__ = ["CHUNK_CYCLES", "NUM_REGS", "REG_BYTES", "SIGINT", "SIGPWR", "SIGTRAP", "Stop", "Target"]
