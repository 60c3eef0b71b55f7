"""``monitor`` commands of the gdb server: energy breakpoints and EDB-style energy control.

    monitor energy                     V, stored energy, thresholds, harvester, power state, boots, failures
    monitor break                      the energy breakpoints set
    monitor break power-failure | boot | checkpoint | restore | voltage-below V | voltage-above V
    monitor delete [KIND | all]        remove energy breakpoints
    monitor fail-now                   cut the power at this instruction (as if V had reached V_off)
    monitor charge V / discharge V     set the capacitor to V volts (outside the energy ledger)
    monitor timeline [N]               the last N power events (default 10)
    monitor help [COMMAND]

Energy breakpoints stop the target with a signal gdb prints: SIGPWR for a power failure, SIGTRAP for the
others, with a console line saying which one. They persist across power failures, like code breakpoints.
Debugging never disturbs the energy: while gdb holds the target, device time stands still.
"""

from __future__ import annotations

import math
from collections import deque

from msp430emu.cpu.state import C_LAST_PC
from msp430emu.gdb.target import SIGPWR, SIGTRAP, Stop, Target
from msp430emu.power.watch import crossing_time

INF = math.inf
TIMELINE_KEEP = 200
HYSTERESIS_V = 0.001       # a level breakpoint re-arms once V is this far back

HELP = {
    "energy": "monitor energy -- capacitor voltage and stored energy, thresholds, harvester, power state, "
              "boots, failures, device time",
    "break": "monitor break [power-failure | boot | checkpoint | restore | voltage-below V | voltage-above V]"
             " -- stop when it happens (no argument: list the energy breakpoints)",
    "delete": "monitor delete [KIND | all] -- remove energy breakpoints (KIND as for 'break')",
    "fail-now": "monitor fail-now -- cut the power now, before the next instruction (as if V had reached "
                "V_off); the device boots again once V reaches V_on",
    "charge": "monitor charge V -- set the capacitor to V volts (EDB-style; outside the energy ledger)",
    "discharge": "monitor discharge V -- set the capacitor to V volts, lower than now (outside the ledger)",
    "timeline": "monitor timeline [N] -- the last N power events: boots, failures, checkpoints, restores, "
                "charges (default 10)",
    "help": "monitor help [COMMAND] -- this help",
}
EVENT_BREAKS = ("power-failure", "boot", "checkpoint", "restore")
LEVEL_BREAKS = ("voltage-below", "voltage-above")


class MonitorError(Exception):
    """A bad monitor command: its message is the reply."""


class _Level:
    """An event source that stops the target when V crosses ``volts`` downwards (``voltage-below``) or
    upwards (``voltage-above``); re-armed once V is back HYSTERESIS_V on the other side."""

    def __init__(self, energy: EnergyDebug, kind: str, volts: float) -> None:
        self.energy, self.kind, self.volts = energy, kind, volts
        self.below = kind == "voltage-below"
        v = energy.power.system.capacitor.voltage
        self.armed = v > volts if self.below else v < volts
        self._cache: tuple[int, bool, float] | None = None

    def _beyond(self, v: float) -> bool:
        return v <= self.volts + 1e-9 if self.below else v >= self.volts - 1e-9

    def _back(self, v: float) -> bool:
        h = HYSTERESIS_V - 1e-9
        return v >= self.volts + h if self.below else v <= self.volts - h

    def _due(self, v: float) -> bool:
        return self._beyond(v) if self.armed else self._back(v)

    def next_event_time(self, now: float) -> float:
        power = self.energy.power
        cache = self._cache
        if cache is not None and cache[0] == power.trajectory_token and cache[1] == self.armed \
                and cache[2] > now:
            return cache[2]
        if self._due(power.system.capacitor.voltage) or (cache is not None and cache[2] <= now):
            if self._due(power.supply_voltage(now)):     # (commits the capacitor to now)
                return now
        level = self.volts if self.armed else self.volts + (HYSTERESIS_V if self.below else -HYSTERESIS_V)
        crossing = crossing_time(power, level)
        t = crossing.t if crossing.t != INF else crossing.t_walked
        t = max(t, now + 1e-9)                          # never due again at the same instant
        self._cache = (power.trajectory_token, self.armed, t)
        return t

    def on_event(self, now: float) -> None:
        self._cache = None
        v = self.energy.power.supply_voltage(now)
        if self.armed and self._beyond(v):
            self.armed = False
            self.energy.stop(SIGTRAP, f"energy breakpoint: V = {v:.4f} V "
                                      f"{'below' if self.below else 'above'} {self.volts:g} V at "
                                      f"t = {now:.6f} s")
        elif not self.armed and self._back(v):
            self.armed = True


class EnergyDebug:
    """The energy side of a gdb session: breakpoints on power events and the monitor commands."""

    def __init__(self, target: Target, power=None, checkpointer=None) -> None:
        self.target = target
        self.machine = target.machine
        self.power = power
        self.checkpointer = checkpointer
        self.breaks: set[str] = set()
        self.levels: dict[str, _Level] = {}
        self.events: deque[tuple[float, float, str, str]] = deque(maxlen=TIMELINE_KEEP)
        self.injected_j = 0.0
        if power is not None:
            power.listeners.append(self)
            self._chained_recorder = power.recorder
            power.recorder = self._record
        if checkpointer is not None:
            checkpointer.listeners.append(self)

    # --- listeners ------------------------------------------------------------------------------------------
    def _record(self, t: float, v: float, state: str, event: str) -> None:
        if self._chained_recorder is not None:
            self._chained_recorder(t, v, state, event)
        if event:
            self.events.append((t, v, state, event))

    def stop(self, signal: int, message: str) -> None:
        self.target.request_stop(Stop(signal, message=message))

    def on_failure(self, now: float) -> None:
        if "power-failure" in self.breaks:
            v = self.power.system.capacitor.voltage
            pc = int(self.machine.state.ctl[C_LAST_PC])
            self.stop(SIGPWR, f"power failure at t = {now:.6f} s, V = {v:.4f} V, after the instruction at "
                              f"0x{pc:04x}")

    def on_boot(self, now: float) -> None:
        if "boot" in self.breaks:
            self.stop(SIGTRAP, f"boot at t = {now:.6f} s, V = {self.power.system.capacitor.voltage:.4f} V")

    def on_checkpoint(self, now: float, sequence: int) -> None:
        if "checkpoint" in self.breaks:
            self.stop(SIGTRAP, f"checkpoint {sequence} saved at t = {now:.6f} s")

    def on_resume(self, now: float, sequence: int) -> None:
        if "restore" in self.breaks and sequence > 0:
            self.stop(SIGTRAP, f"checkpoint {sequence} restored at t = {now:.6f} s")

    # --- commands -------------------------------------------------------------------------------------------
    def command(self, line: str) -> str:
        """Run one monitor command; the text to show (raises MonitorError for a bad one)."""
        words = line.split()
        if not words:
            return self._help([])
        name, args = words[0], words[1:]
        handler = {"energy": self._energy, "break": self._break, "delete": self._delete,
                   "fail-now": self._fail_now, "charge": self._charge, "discharge": self._discharge,
                   "timeline": self._timeline, "help": self._help}.get(name)
        if handler is None:
            raise MonitorError(f"unknown monitor command '{name}' (try 'monitor help')")
        return handler(args)

    def _need_power(self) -> None:
        if self.power is None:
            raise MonitorError("this run is on continuous power (start it with an energy option: --preset, "
                               "--cap, --harvest, ...)")

    def _help(self, args: list[str]) -> str:
        if args:
            if args[0] not in HELP:
                raise MonitorError(f"no monitor command '{args[0]}'")
            return HELP[args[0]] + "\n"
        return "".join(f"{HELP[k]}\n" for k in HELP)

    def _energy(self, args: list[str]) -> str:
        m = self.machine
        now = m.now()
        if self.power is None:
            return (f"continuous power, Vcc = {m.supply_voltage(now):g} V; mode {m.mode()}; "
                    f"device time {now:.6f} s\n")
        p = self.power
        v = p.supply_voltage(now)
        cap, switch = p.system.capacitor, p.system.switch
        src = p.system.harvester.segment(now).source
        harvest = f"{src.power * 1e3:.4g} mW" if src.power else f"{src.current * 1e3:.4g} mA"
        lines = [
            f"V = {v:.4f} V, stored {cap.stored * 1e6:.3f} uJ ({cap.capacitance * 1e6:g} uF); "
            f"V_on {switch.v_on:g} V, V_off {switch.v_off:g} V",
            f"power {'on' if p.powered else 'off'} ({p.state_name()}); "
            f"harvester {p.system.harvester.describe()}, now delivering {harvest}",
            f"boots {p.boots}, failures {p.failures}; device time {now:.6f} s",
        ]
        if self.injected_j:
            lines.append(f"energy set by charge/discharge: {self.injected_j * 1e6:+.3f} uJ "
                         "(not in the ledger)")
        if self.breaks or self.levels:
            lines.append("energy breakpoints: " + self._list())
        return "\n".join(lines) + "\n"

    def _list(self) -> str:
        items = sorted(self.breaks) + [f"{k} {lv.volts:g}" for k, lv in sorted(self.levels.items())]
        return ", ".join(items) if items else "none"

    def _break(self, args: list[str]) -> str:
        if not args:
            return f"energy breakpoints: {self._list()}\n"
        kind = args[0]
        if kind in ("checkpoint", "restore") and self.checkpointer is None:
            raise MonitorError(f"'{kind}' needs a checkpointing run (--strategy ...)")
        if kind in EVENT_BREAKS:
            self._need_power()
            self.breaks.add(kind)
            return f"energy breakpoint on {kind}\n"
        if kind in LEVEL_BREAKS:
            self._need_power()
            volts = self._volts(args[1:], f"break {kind}")
            old = self.levels.pop(kind, None)
            if old is not None:
                self.machine._external.remove(old)
            level = _Level(self, kind, volts)
            self.levels[kind] = level
            self.machine.add_event_source(level)
            return f"energy breakpoint on {kind} {volts:g} V\n"
        kinds = ", ".join(EVENT_BREAKS + LEVEL_BREAKS)
        raise MonitorError(f"unknown energy breakpoint '{kind}' (one of: {kinds})")

    def _delete(self, args: list[str]) -> str:
        kinds = args[:1] or ["all"]
        if kinds[0] == "all":
            kinds = list(EVENT_BREAKS + LEVEL_BREAKS)
        elif kinds[0] not in EVENT_BREAKS + LEVEL_BREAKS:
            raise MonitorError(f"unknown energy breakpoint '{kinds[0]}'")
        for kind in kinds:
            self.breaks.discard(kind)
            level = self.levels.pop(kind, None)
            if level is not None:
                self.machine._external.remove(level)
        return f"energy breakpoints: {self._list()}\n"

    @staticmethod
    def _volts(args: list[str], what: str) -> float:
        if len(args) != 1:
            raise MonitorError(f"usage: monitor {what} V")
        text = args[0].rstrip("Vv")
        try:
            volts = float(text)
        except ValueError:
            raise MonitorError(f"monitor {what}: '{args[0]}' is not a voltage") from None
        if not 0.0 <= volts < 100.0:
            raise MonitorError(f"monitor {what}: {volts:g} V is out of range")
        return volts

    def _fail_now(self, args: list[str]) -> str:
        self._need_power()
        p, m = self.power, self.machine
        if not p.powered:
            raise MonitorError("the device is already off")
        now = m.now()
        p.force_failure(now)
        request = m.stop_request
        m._fire_events(now)                       # the failure happens now, not at the next resume
        if m.stop_request is not None and m.stop_request[0] == "gdb" and request is None:
            m.stop_request = None                 # (a power-failure breakpoint: we are stopped already)
            self.target._stop = None
        if p.system.capacitor.voltage >= p.system.switch.v_on:   # above V_on: the switch closes again
            if m.stop_request is not None and m.stop_request[0] == "no-energy":
                m.stop_request = None
            p._switch_check(now)                  # (a boot due now: it happens at the next resume)
        return (f"power cut at t = {now:.6f} s (V = {p.system.capacitor.voltage:.4f} V); the device boots "
                f"again at V_on = {p.system.switch.v_on:g} V\n")

    def _set(self, args: list[str], what: str) -> str:
        self._need_power()
        volts = self._volts(args, what)
        p, m = self.power, self.machine
        now = m.now()
        v0 = p.supply_voltage(now)
        if what == "charge" and volts < v0:
            raise MonitorError(f"charge {volts:g} V: the capacitor is at {v0:.4f} V already (use discharge)")
        if what == "discharge" and volts > v0:
            raise MonitorError(f"discharge {volts:g} V: the capacitor is at {v0:.4f} V (use charge)")
        delta = p.set_voltage(volts, now)
        if m.stop_request is not None and m.stop_request[0] == "no-energy":
            m.stop_request = None                 # judged on the old voltage: the power model checks again
            if not p.powered:
                p._check_starved(now)
        self.injected_j += delta
        v1 = p.system.capacitor.voltage
        after = ""
        switch = p.system.switch
        if p.powered and v1 <= switch.v_off:
            after = "; below V_off: the power fails at the next resume"
        elif not p.powered and v1 >= switch.v_on:
            after = "; above V_on: the device boots at the next resume"
        return f"V = {v0:.4f} V -> {v1:.4f} V ({delta * 1e6:+.3f} uJ){after}\n"

    def _charge(self, args: list[str]) -> str:
        return self._set(args, "charge")

    def _discharge(self, args: list[str]) -> str:
        return self._set(args, "discharge")

    def _timeline(self, args: list[str]) -> str:
        self._need_power()
        try:
            n = int(args[0]) if args else 10
        except ValueError:
            raise MonitorError(f"monitor timeline: '{args[0]}' is not a count") from None
        rows = list(self.events)[-max(1, n):]
        if not rows:
            return "no power events yet\n"
        return "".join(f"t = {t:.6f} s  V = {v:.4f} V  {state:<6} {event}\n" for t, v, state, event in rows)


__all__ = ["EnergyDebug", "HELP", "MonitorError"]
