"""A periodic tick inside the compiled core: mementos-timer's timer interrupt (its flag set every N active
cycles, msp430emu/checkpoint/strategies.py ``MementosTimer``) without a stop to the host at each tick.

Without it, the run loop (msp430emu/machine/machine.py ``Machine.run``) gives the core a cycle limit at the
tick's time, the core stops there (STOP_LIMIT), the loop fires the tick (``on_event``: the ISR's cycles
charged, the trigger points armed) and computes the next limit. With ``ctl[C_TICK_ON]``, set by the loop
for one core run, the core does the same where it would have stopped for the tick alone: :func:`core_tick`
repeats the loop's float arithmetic (``now``, the due test with EPS_T / EPS_REL, the tick's time, the limit
``ceil((t_next - now) * mclk - 1e-9)``) from the loop's segment (``_seg_t``, ``_seg_cycles``), MCLK and the
earliest time of every other event source (``TK_OTHER``: the loop's sources whose times do not move with
the cycle count), so the ticks land on the same cycles and the limits are the same. Whenever another
source is due, the run's cycle cap is reached, or a save program is live, it returns -1 and the core stops
as before.

With ``ctl[C_TICK_SAVE]`` the tick is ``periodic:N``'s checkpoint save (``Periodic.on_event``): the save
program's :func:`~msp430emu.cpu.core_save.core_save` at the tick's cycle (the same bytes and cycles as the
host's ``Checkpointer.save``, recorded in the save buffer for the host to book), the next tick N cycles after
the save's end. A save core_save declines (near V_off: the host tears it; a full buffer; registers outside
the format) stops the core at the tick's cycle, where the run loop fires it on the host as before. The FRAM
words a save writes are not added to the core's counter here: the host adds them from the buffer's records.
"""

from __future__ import annotations

import math

from numba import float64, njit

from msp430emu.cpu.core_save import core_save
from msp430emu.cpu.state import (
    C_SAVE_COUNT,
    C_SAVE_ON,
    C_TICK_CAP,
    C_TICK_COUNT,
    C_TICK_ISR,
    C_TICK_NEXT,
    C_TICK_PERIOD,
    C_TICK_SAVE,
    C_TICK_SEG,
    C_TRIG_ARM,
    TK_MCLK,
    TK_OTHER,
    TK_SEG_T,
)

EPS_T = 1e-13           # machine/timing.py's (the core does not import the machine; a test compares)
EPS_REL = 1e-15
MAX_FIRES = 1000        # Machine._fire_events's bound on rounds at one instant (more: the host raises)


@njit(cache=True, nogil=True, _nrt=False)
def core_tick(mem, regs, ctl, cycles):
    """At a cycle limit with ticks on: fire the ticks the run loop would fire and return (cycles, the next
    cycle limit), or (cycles, -1) where the loop has anything else to do (the core stops)."""
    f = ctl.view(float64)
    seg_t = f[TK_SEG_T]
    mclk = f[TK_MCLK]
    t_other = f[TK_OTHER]
    seg = ctl[C_TICK_SEG]
    cap = ctl[C_TICK_CAP]
    saves = ctl[C_TICK_SAVE] != 0
    if cycles >= cap or (not saves and (ctl[C_SAVE_ON] != 0 or ctl[C_SAVE_COUNT] != 0)):
        return cycles, -1
    for _ in range(MAX_FIRES):
        now = seg_t + (cycles - seg) / mclk
        due_at = now + EPS_T + now * EPS_REL
        t_tick = now + max(0, ctl[C_TICK_NEXT] - cycles) / mclk
        t_next = t_other if t_other < t_tick else t_tick
        if t_next > due_at:
            n = math.ceil((t_next - now) * mclk - 1e-9)
            limit = cycles + (n if n > 0 else 1)
            return cycles, (cap if cap < limit else limit)
        if t_other <= due_at:
            return cycles, -1
        # Machine._fire_events(now): the tick (on_event), again while it is due at the same ``now``
        for _ in range(MAX_FIRES):
            nxt = ctl[C_TICK_NEXT]
            if now + max(0, nxt - cycles) / mclk > due_at:
                break
            period = ctl[C_TICK_PERIOD]
            if saves:               # Periodic.on_event: Checkpointer.save, then the next save's cycle
                spent, _words = core_save(mem, regs, ctl, cycles)
                if spent == 0:
                    return cycles, -1            # the host saves (torn near V_off, full buffer, format)
                cycles += spent
                ctl[C_TICK_NEXT] = cycles + period
                ctl[C_TICK_COUNT] += 1
                continue
            while nxt <= cycles:
                nxt += period
            ctl[C_TICK_NEXT] = nxt
            ctl[C_TICK_COUNT] += 1
            if ctl[C_TICK_ISR] > 0:
                cycles += ctl[C_TICK_ISR]
            ctl[C_TRIG_ARM] = 0
        else:
            return cycles, -1
    return cycles, -1


__all__ = ["core_tick"]
