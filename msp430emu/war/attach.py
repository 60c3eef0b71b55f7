"""``msp430emu run --detect-war``: the detector wired to the run's checkpointing or power model.

    detector = attach_war_detector(machine, image, checkpointing, energy)   # after setup_checkpointing
    ... machine.run(...)
    fields.update(war_fields(detector)); rows += war_summary_rows(fields)

With a checkpoint strategy the detector listens to the :class:`~msp430emu.checkpoint.engine.Checkpointer`
(``on_checkpoint`` after each committed save, ``on_resume`` at each restore or fresh start) and the
checkpoint region is excluded; with strategy none on harvested energy it listens to the power model (each
boot resumes from the program's start); on continuous power it only records potential hazards. Firmware
that checkpoints itself (``msp430emu instrument``) run with strategy none: the runtime's saves and resumes
are the detector's checkpoints and resumes (msp430emu/war_firmware.py).
"""

from __future__ import annotations

from msp430emu.war.detector import WarDetector
from msp430emu.war.firmware import FirmwareCheckpoints, runtime_layout


def attach_war_detector(machine, image, checkpointing=None, energy=None) -> WarDetector:
    """A :class:`WarDetector` on ``machine``, told about checkpoints and resumes.

    ``checkpointing``: ``cli_checkpoint.setup_checkpointing``'s result (None for strategy none);
    ``energy``: ``cli_energy.energy_setup``'s (None on continuous power). Call after both are attached."""
    exclude = []
    ckpt = getattr(checkpointing, "ckpt", None)
    firmware = runtime_layout(image) if ckpt is None else None
    if ckpt is not None:
        exclude.append((ckpt.layout.region_start, ckpt.layout.region_end))
    if firmware is not None:
        exclude += firmware["exclude"]
    detector = WarDetector(machine, image, exclude=exclude)
    detector.attach()
    if firmware is not None:
        detector.firmware = FirmwareCheckpoints(detector, firmware)
        detector.firmware.attach()
    power = getattr(energy, "power", None)
    if ckpt is not None:
        ckpt.listeners.append(detector)
    elif power is not None:
        power.listeners.append(detector)
    return detector
