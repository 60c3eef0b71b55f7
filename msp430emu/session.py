"""One run, assembled from a :class:`~msp430emu.config.RunConfig`: the only place that wires the machine,
the power model, the checkpoint strategy, the WAR detector and the recorders.

    from msp430emu import RunConfig, simulate
    result = simulate(RunConfig(firmware="app.elf", capacitor=47e-6, harvester="rfid:1.5",
                                strategy="mementos-loop", max_time=10.0))
    result.exit, result.exit_code, result.uart, result["power_failures"], result.to_json()

``simulate`` = ``Run(cfg).execute()``. A campaign that needs the assembled machine before it runs (torture
injects failures; a test breaks a checkpoint on purpose) builds a :class:`Run` and drives ``run.machine``.
"""

from __future__ import annotations

import os
from pathlib import Path

from msp430emu.config import RunConfig
from msp430emu.errors import ConfigError, LoadError
from msp430emu.output.report import RunResult


def load_firmware(path: str | Path):
    """An ELF, Intel HEX or TI-TXT file as a loaded image (one-line :class:`LoadError` otherwise)."""
    from msp430emu.toolchain.loader import load_image

    if not isinstance(path, (str, os.PathLike)) or str(path) == "":
        raise LoadError(f"{path!r} is not a firmware file name")
    path = Path(path)
    if not path.exists():
        raise LoadError(f"{path}: no such file")
    if not path.is_file():
        raise LoadError(f"{path}: not a regular file")
    return load_image(path)


def input_paths(cfg: RunConfig) -> list[Path]:
    """The files a run reads: the firmware and a trace or solar harvester's file."""
    paths = [cfg.firmware] if cfg.firmware is not None else []
    spec = (cfg.harvester or "").strip()
    kind, _, rest = spec.partition(":")
    if kind in ("trace", "solar") and rest.split(",", 1)[0].strip():
        paths.append(Path(rest.split(",", 1)[0].strip()))
    return paths


def check_outputs(cfg: RunConfig) -> None:
    """Refuse, before the run, an output that cannot be written or that is one of the run's inputs."""
    from msp430emu.output.files import check_outputs as check

    check(((f"--{option}", getattr(cfg, option))
           for option in ("timeline", "plot", "vcd", "trace", "profile", "trace_events")), input_paths(cfg))


class Run:
    """A run assembled from ``cfg``: ``machine``, ``image``, ``energy`` (None on continuous power without a
    time limit), ``checkpointing`` (None for strategy none), ``detector`` (with detect_war), ``recording``.

    ``image``/``device``: an already loaded firmware image / device (campaigns reuse them)."""

    def __init__(self, cfg: RunConfig, image=None, device=None) -> None:
        from msp430emu.checkpoint.setup import setup_checkpointing
        from msp430emu.devices import Device, load_device
        from msp430emu.machine.machine import Machine
        from msp430emu.output.recording import start_recording
        from msp430emu.power.setup import energy_setup

        if not isinstance(cfg, RunConfig):
            raise ConfigError(f"simulate needs a RunConfig, not {type(cfg).__name__}")
        if image is None and cfg.firmware is None:
            raise ConfigError("no firmware: give FW or a --scenario with a [firmware] table")
        self.cfg = cfg
        check_outputs(cfg)
        if cfg.gdb is not None or cfg.profile or cfg.trace_events or cfg.trace_spans:
            from msp430emu.debug import check_debug_outputs

            check_debug_outputs(cfg)
        self.device = device if isinstance(device, Device) else load_device(device or cfg.device)
        self.energy = energy_setup(cfg, self.device)
        self.image = image if image is not None else load_firmware(cfg.firmware)
        powered = self.energy is not None and self.energy.power is not None
        self.machine = Machine(self.device, self.image, mclk=cfg.mclk,
                               vcc=self.energy.vcc if powered else cfg.vcc)
        if self.energy is not None:
            self.energy.attach(self.machine)
        self.checkpointing = setup_checkpointing(cfg, self.machine, self.image, self.energy)
        self.detector = None
        if cfg.detect_war:
            from msp430emu.war.attach import attach_war_detector

            self.detector = attach_war_detector(self.machine, self.image, self.checkpointing, self.energy)
        self.recording = start_recording(cfg, self.energy, self.machine)
        if cfg.until is not None and not isinstance(cfg.until, int):
            self.machine.symbol(cfg.until)           # an unknown symbol: one-line error before running

    def _components(self) -> dict:
        power = self.energy.power if self.energy is not None else None
        ckpt = self.checkpointing
        return {"power": power, "progress": self.energy.monitor if self.energy is not None else None,
                "checkpoint": ckpt.ckpt if ckpt is not None else None,
                "strategy": ckpt.strategy if ckpt is not None else None}

    def _sources(self) -> dict:
        """The machine's other event sources with a state of their own (the ``--max-time`` deadline)."""
        from msp430emu.machine.snapshot import Snapshottable

        parts = [c for c in self._components().values() if c is not None]
        return {f"source:{i}:{type(s).__name__}": s for i, s in enumerate(self.machine._external)
                if isinstance(s, Snapshottable) and not any(s is c for c in parts)}

    def snapshot(self, *, sources: bool = False):
        """The run's state now (machine, power model, no-progress monitor, checkpointer, strategy): a
        versioned :class:`~msp430emu.machine.snapshot.Snapshot` that :meth:`restore` goes back to. The WAR
        detector and the recorders are not part of it (a run that has them is refused). ``sources``: the
        other event sources too (the deadline: a run that reached ``--max-time`` restored to before it)."""
        from msp430emu.machine.snapshot import take

        self._check_snapshottable()
        return take(self.machine, **self._components(), **(self._sources() if sources else {}))

    def restore(self, snap, *, sources: bool = False) -> None:
        """Go back to ``snap`` (taken by :meth:`snapshot` on this run, with the same ``sources``)."""
        from msp430emu.machine.snapshot import restore

        self._check_snapshottable()
        restore(self.machine, snap, **self._components(), **(self._sources() if sources else {}))

    def _check_snapshottable(self) -> None:
        if self.detector is not None or self.recording is not None or (
                self.energy is not None and self.energy.timeline is not None):
            raise ConfigError("snapshots of a run with a WAR detector, a timeline, a plot or a VCD are not "
                              "supported")

    def execute(self) -> RunResult:
        """Run to the end, then add the set-up's fields to the result and write the outputs asked for."""
        cfg, machine = self.cfg, self.machine
        from msp430emu.debug import wants_debug

        if wants_debug(cfg):
            from msp430emu.debug import run_debug

            result, profiler = run_debug(cfg, machine, self.image, self.energy, self.checkpointing)
            return self.finish(result, profiler)
        if cfg.trace is not None:
            from msp430emu.output.files import atomic_write
            from msp430emu.output.trace import open_tracer, trace_format

            fmt = trace_format(cfg.trace, cfg.trace_format)
            with atomic_write(cfg.trace, "w" if fmt == "text" else "wb") as out:
                tracer = open_tracer(out, cfg.trace, machine.symbols, fmt)
                result = machine.run(max_cycles=cfg.max_cycles, until=cfg.until, dumps=cfg.dumps,
                                     tracer=tracer)
                if fmt == "binary":
                    tracer.close()
        else:
            result = machine.run(max_cycles=cfg.max_cycles, until=cfg.until, dumps=cfg.dumps)
        return self.finish(result)

    def finish(self, result: RunResult, profiler=None) -> RunResult:
        fields = self.energy.finish(self.machine, result) if self.energy is not None else {}
        if self.checkpointing is not None:
            fields.update(self.checkpointing.fields(self.machine, fields))
        if self.detector is not None:
            from msp430emu.war.report import war_fields

            fields.update(war_fields(self.detector))
        if profiler is not None:
            from msp430emu.debug import finish_profile

            fields.update(finish_profile(self.cfg, profiler, result, fields))
        result.extra.update(fields)
        if self.recording is not None or self.cfg.record_timeline:
            timeline = self.energy.timeline if self.energy is not None else None
            result.timeline = list(timeline.rows) if timeline is not None else None
        from msp430emu.output.recording import write_outputs

        write_outputs(self.cfg, self.recording, fields, result.exit)
        return result


def simulate(cfg: RunConfig) -> RunResult:
    """Run ``cfg`` to its end: the :class:`RunResult` (exit, exit_code, uart, regs, dumps, warnings and, in
    ``extra`` / ``result["..."]``, the energy ledger, power failures, checkpoints, WAR hazards)."""
    return Run(cfg).execute()


__all__ = ["Run", "check_outputs", "input_paths", "load_firmware", "simulate"]
