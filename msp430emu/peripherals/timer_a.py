"""Timer_A (SLAU367 25, SLAU144 12): up, continuous and up/down counting, compare interrupts, TAIFG.

Registers from the base: TAxCTL +0x00, TAxCCTLn +0x02+2n, TAxR +0x10, TAxCCRn +0x12+2n, TAxEX0 +0x20
(FR parts), TAxIV +0x2E or the device parameter ``iv_addr`` (F2132: TA0IV 0x012E, TA1IV 0x011E).
The counter is not stepped: it is a function of device time. TAxR, the CCTL/CTL flags and TAxIV are
hook-read registers, computed from time when the program reads them; the next compare or overflow of an
*enabled* interrupt is this peripheral's next event for the machine's loop.

Counting: TASSEL (9:8) 0 TACLK, 1 ACLK, 2 SMCLK, 3 INCLK (external clocks give no ticks), ID (7:6) and
TAIDEX (EX0 2:0) divide. MC (5:4): 0 stop, 1 up to TAxCCR0, 2 continuous to 0xFFFF, 3 up/down. A compare
flag CCIFGn is set when the counter counts to TAxCCRn; TAIFG when it counts from CCR0 (up), 0xFFFF
(continuous) to 0, or down to 0 (up/down). The CCR0 interrupt has its own vector (flag cleared when taken);
CCR1..n and TAIFG share the other vector, whose TAxIV read returns and clears the highest pending one.
Not modelled: capture mode, output units (OUTMOD), SCS synchronisation, the count-to-0xFFFF detour when
CCR0 is lowered below TAxR in up mode (the counter restarts its period instead).
"""

from __future__ import annotations

from struct import unpack_from

from msp430emu.peripherals.base import INF, Peripheral, Timebase

CTL, R, EX0 = 0x00, 0x10, 0x20
TAIFG, TAIE, TACLR = 0x0001, 0x0002, 0x0004
CCIFG, CCIE, CAP = 0x0001, 0x0010, 0x0100
MC_STOP, MC_UP, MC_CONT, MC_UPDOWN = 0, 1, 2, 3
CLOCKS = ("NONE", "ACLK", "SMCLK", "NONE")


def hits(lo: int, hi: int, residue: int, period: int) -> int:
    """How many q in (lo, hi] satisfy q = residue (mod period)."""
    return (hi - residue) // period - (lo - residue) // period


def next_hit(after: int, residue: int, period: int) -> int:
    """The smallest q > after with q = residue (mod period)."""
    return after + (residue - after - 1) % period + 1


class TimerA(Peripheral):
    model = "timer_a"

    def __init__(self, spec, host) -> None:
        super().__init__(spec, host)
        self.nccr = int(spec.params.get("ccrs", 3))
        self.has_ex0 = bool(spec.params.get("has_ex0", True))
        self.iv_addr = int(spec.params.get("iv_addr", self.base + 0x2E))
        self.taifg_iv = int(spec.params.get("taifg_iv", 0x0E))
        self.v_ccr0 = spec.vectors.get("ccr0", 0)
        self.v_other = spec.vectors.get("other", 0)
        self.clock = Timebase()     # ticks of the divided timer clock since the last (re)configuration
        self.mode = MC_STOP
        self.ccr0 = 0
        self.phase0 = 0             # position in the counting period at tick 0 (TAR = _counter_at(phase))
        self.synced = 0             # ticks up to which flags have been applied
        self.shadow = b""
        self.any_ie = False         # an interrupt enable is set (fast path of pending_vector)
        self._down = False          # up/down mode: counting down when the last reconfiguration happened
        self.res_cache: list = []   # _residues() of the current configuration
        self.enabled_res: list[int] = []   # residues of the sources whose interrupt is enabled

    # --- layout -------------------------------------------------------------------------------------------
    def hook_read_addresses(self) -> list[int]:
        offs = [CTL, R] + [2 + 2 * n for n in range(self.nccr)]
        addrs = [self.base + o + b for o in offs for b in (0, 1)]
        return addrs + [self.iv_addr, self.iv_addr + 1]

    def _block(self) -> bytes:
        iv = self.iv_addr
        return self.mem[self.base:self.base + 0x24].tobytes() + self.mem[iv:iv + 2].tobytes()

    def _restore(self, block: bytes) -> None:
        self.mem[self.base:self.base + 0x24] = bytearray(block[:0x24])
        self.mem[self.iv_addr:self.iv_addr + 2] = bytearray(block[0x24:])

    # --- counting ------------------------------------------------------------------------------------------
    def _period(self) -> int:
        if self.mode == MC_CONT:
            return 0x10000
        if self.mode == MC_UP:
            return self.ccr0 + 1
        return 2 * self.ccr0

    def _running(self) -> bool:
        return self.mode != MC_STOP and (self.mode == MC_CONT or self.ccr0 > 0)

    def _counter_at(self, q: int) -> int:
        if self.mode == MC_UPDOWN:
            q %= 2 * self.ccr0
            return q if q <= self.ccr0 else 2 * self.ccr0 - q
        return q % self._period()

    def _residues(self) -> list[tuple[int, list[int]]]:
        """(flag id, residues in phase space) for CCR0..n (id n) and TAIFG (id -1)."""
        period = self._period()
        out = []
        for n in range(self.nccr):
            if self.reg(2 + 2 * n) & CAP:
                continue
            ccr = self.ccr0 if n == 0 else self.reg(0x12 + 2 * n)
            if self.mode == MC_UPDOWN:
                if ccr > self.ccr0:
                    continue
                res = sorted({ccr % period, (2 * self.ccr0 - ccr) % period})
            elif self.mode == MC_UP and ccr > self.ccr0:
                continue
            else:
                res = [ccr % period]
            out.append((n, res))
        out.append((-1, [0]))
        return out

    def _rate(self) -> float:
        ctl = self.reg(CTL)
        rate = self.host.clocks.rate(CLOCKS[(ctl >> 8) & 3])
        idex = (self.reg(EX0) & 7) + 1 if self.has_ex0 else 1
        return rate / ((1 << ((ctl >> 6) & 3)) * idex)

    def _sync(self, now: float) -> None:
        """Apply the flags of every compare/overflow between the last sync and ``now``; refresh TAxR."""
        if not self._running():
            return
        ticks = self.clock.ticks(now)
        if ticks > self.synced:
            lo, hi = self.phase0 + self.synced, self.phase0 + ticks
            period = self._period()
            for n, residues in self.res_cache:
                if any(hits(lo, hi, r, period) for r in residues):
                    if n < 0:
                        self.set_reg(CTL, self.reg(CTL) | TAIFG)
                    else:
                        self.set_reg(2 + 2 * n, self.reg(2 + 2 * n) | CCIFG)
            self.synced = ticks
        self.set_reg(R, self._counter_at(self.phase0 + ticks))

    def _reconfigure(self, now: float, counter: int) -> None:
        """Start a new counting segment at ``now`` from counter value ``counter``."""
        ctl = self.reg(CTL)
        self.mode = (ctl >> 4) & 3
        self.ccr0 = self.reg(0x12)
        self.clock.anchor(now, 0, self._rate() if self._running() else 0.0)
        self.synced = 0
        if self.mode == MC_UPDOWN and self.ccr0 > 0:
            going_down = self._down and 0 < counter < self.ccr0
            self.phase0 = 2 * self.ccr0 - counter if going_down else min(counter, self.ccr0)
        elif self.mode == MC_UP:
            self.phase0 = counter if counter <= self.ccr0 else 0
        else:
            self.phase0 = counter
        self.set_reg(R, counter)

    def _direction_down(self) -> bool:
        if self.mode != MC_UPDOWN or self.ccr0 == 0:
            return False
        q = (self.phase0 + self.synced) % (2 * self.ccr0)
        return q > self.ccr0

    # --- protocol ------------------------------------------------------------------------------------------
    def reset(self, kind: str, now: float) -> None:
        self.clear(self.base, 0x24)
        self.clear(self.iv_addr, 2)
        self._down = False
        self._reconfigure(now, 0)
        self.shadow = self._block()
        self._cache_config()

    def read(self, addr: int, now: float) -> None:
        self._sync(now)
        if addr in (self.iv_addr, self.iv_addr + 1):
            n = self._highest_other()
            value = 0
            if n is not None:
                value = self.taifg_iv if n < 0 else 2 * n
                self._clear_flag(n)
            self.wr16(self.iv_addr, value)
        self.shadow = self._block()

    def write(self, addr: int, value: int, size: int, now: float) -> None:
        written = self._block()
        self._restore(self.shadow)
        self._sync(now)                     # what happened before the write happened under the old settings
        self._down = self._direction_down()
        counter = self.reg(R)
        merged = bytearray(self._block())   # synced registers, with the bytes the program wrote on top
        lo = addr - self.base if self.base <= addr < self.base + 0x24 else 0x24 + (addr - self.iv_addr)
        merged[lo:lo + size] = written[lo:lo + size]
        self._restore(bytes(merged))
        off = addr - self.base
        if addr in (self.iv_addr, self.iv_addr + 1):
            n = self._highest_other()
            if n is not None:
                self._clear_flag(n)
            self.wr16(self.iv_addr, 0)
        if off in (R, R + 1):
            counter = self.reg(R)
        ctl = self.reg(CTL)
        if ctl & TACLR:
            counter = 0
            self._down = False
            self.set_reg(CTL, ctl & ~TACLR)
        self._reconfigure(now, counter)
        self.shadow = self._block()
        self._cache_config()

    def restore_write(self, addr: int, value: int, size: int, now: float) -> None:
        """:meth:`write`, short when the timer is stopped and the write changed no byte of its block (a
        restore after a reset writing the registers' reset values back): no sync (a stopped timer has none),
        direction up (a stopped timer has none), the block and the caches (functions of the unchanged
        registers, mode and CCR0) as they are; only the counting segment is restarted at ``now``, as
        :meth:`write` does. TAxIV (a read-modify of the flags) takes :meth:`write`."""
        if not self._running() and addr != self.iv_addr and addr != self.iv_addr + 1 \
                and self._block() == self.shadow:
            self._down = False
            self._reconfigure(now, self.reg(R))
            return
        self.write(addr, value, size, now)

    restore_batch = True

    def restore_run(self, addrs, values, sizes, now: float) -> None:
        """A restore's writes to this timer with the effect of :meth:`write` after each one. While the timer
        is not running, its register block is as the hooks left it (``shadow``) and a write lies inside the
        block (not TAxIV), :meth:`write` comes down to: TACLR applied (the counter 0), ``_down`` False (a
        stopped timer has no direction), the counting segment restarted at ``now`` from TAxR, the shadow and
        the caches rebuilt. All of the run's writes happen at one time, so only the last restart and
        rebuild of such a stretch remain: they are done once at its end, or at once for the write that
        starts the timer; mode and CCR0 (which decide whether it runs) are kept current at each write.
        Other writes take :meth:`write`. A run that writes every word back as it is (a program that does
        not use the timer) is one restart and rebuild."""
        mem, base, end, iv = self.mem, self.base, self.base + 0x24, self.iv_addr
        clean = self._block() == self.shadow
        running = self._running()
        mode, ccr0 = (mem[base] >> 4) & 3, mem[base + 0x12] | (mem[base + 0x13] << 8)
        if clean and not running and not mem[base] & TACLR \
                and not (mode != MC_STOP and (mode == MC_CONT or ccr0 > 0)):
            words = unpack_from("<18H", mem, base)                     # the block's words
            for addr, value, size in zip(addrs, values, sizes, strict=True):
                if size != 2 or not base <= addr < end - 1 or addr & 1 or (addr < iv + 2 and iv < addr + 2) \
                        or words[(addr - base) >> 1] != value:
                    break
            else:       # every write stores the word already there, and the registers say stopped, no
                        # TACLR: each write is a fast one that leaves the timer stopped (see below); the
                        # block, TAxR included, stays as it is, so the shadow (equal to it) too
                self._down = False
                self._reconfigure(now, words[R >> 1])
                self._cache_config()
                return
        pending = False                     # a restart and rebuild owed by stopped-timer writes
        for addr, value, size in zip(addrs, values, sizes, strict=True):
            fast = clean and not running and base <= addr and addr + size <= end \
                and not (addr < iv + 2 and iv < addr + size)
            if not fast and pending:
                self._restart(now)
                pending = False
            mem[addr] = value & 0xFF
            if size == 2:
                mem[addr + 1] = (value >> 8) & 0xFF
            if not fast:
                self.write(addr, value, size, now)
                clean, running = True, self._running()     # write() leaves shadow == the block
                continue
            self._down = False
            ctl = mem[base] | (mem[base + 1] << 8)
            if ctl & TACLR:
                ctl &= ~TACLR
                self.set_reg(CTL, ctl)
                self.set_reg(R, 0)
            mode, ccr0 = (ctl >> 4) & 3, mem[base + 0x12] | (mem[base + 0x13] << 8)
            self.mode, self.ccr0 = mode, ccr0
            running = mode != MC_STOP and (mode == MC_CONT or ccr0 > 0)      # _running()
            if running:                     # this write starts it: the restart and rebuild now
                self._restart(now)
            pending = not running
        if pending:
            self._restart(now)

    def _restart(self, now: float) -> None:
        """The end of :meth:`write` for a stopped timer: the counting segment restarted from TAxR, the
        shadow and the caches rebuilt."""
        self._reconfigure(now, self.reg(R))
        self.shadow = self._block()
        self._cache_config()

    def _cache_config(self) -> None:
        """Residues and enabled sources change only when the program writes the timer: cache them."""
        mem, base = self.mem, self.base           # TAIE and CCIE are bits of the registers' low bytes
        taie = bool(mem[base] & TAIE)
        ccie = [n for n in range(self.nccr) if mem[base + 2 + 2 * n] & CCIE]
        self.any_ie = taie or bool(ccie)
        if not self._running():
            self.res_cache, self.enabled_res = [], []
            return
        self.res_cache = self._residues()
        enabled = set(ccie) | ({-1} if taie else set())
        self.enabled_res = [r for n, res in self.res_cache if n in enabled for r in res]

    def clocks_changed(self, now: float) -> None:
        self._sync(now)
        ticks = self.clock.ticks(now)
        self.clock.rerate(now, self._rate() if self._running() else 0.0)
        self.phase0 += ticks                # re-base the tick count at 0 keeping the counter value
        self.clock.ticks0 = 0
        self.synced = max(0, self.synced - ticks)
        self.shadow = self._block()

    def next_event_time(self, now: float) -> float:
        if not self.any_ie or not self._running() or self.clock.rate <= 0.0:
            return INF
        if not self.enabled_res:
            return INF
        after = self.phase0 + self.synced
        period = self._period()
        best = min(next_hit(after, r, period) for r in self.enabled_res)
        return self.clock.time_of(best - self.phase0)

    def on_event(self, now: float) -> None:
        self._sync(now)
        self.shadow = self._block()

    def _highest_other(self) -> int | None:
        for n in range(1, self.nccr):
            cctl = self.reg(2 + 2 * n)
            if cctl & CCIE and cctl & CCIFG:
                return n
        ctl = self.reg(CTL)
        if ctl & TAIE and ctl & TAIFG:
            return -1
        return None

    def _clear_flag(self, n: int) -> None:
        if n < 0:
            self.set_reg(CTL, self.reg(CTL) & ~TAIFG)
        else:
            self.set_reg(2 + 2 * n, self.reg(2 + 2 * n) & ~CCIFG)

    def pending_vector(self) -> int:
        if not self.any_ie:
            return 0
        c0 = self.mem[self.base + 2]
        if c0 & CCIE and c0 & CCIFG:
            return self.v_ccr0
        return self.v_other if self._highest_other() is not None else 0

    def acknowledge(self, vector: int, now: float) -> None:
        if vector == self.v_ccr0:
            self._clear_flag(0)
            self.shadow = self._block()
