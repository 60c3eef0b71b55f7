"""Peripheral models, one module each; the device description names each instance's model.

``MODELS`` maps the ``model`` key of a device's ``[[peripheral]]`` entry to its class. Unassigned peripheral
space (no instance covers it) becomes :class:`~msp430emu.peripherals.storage.Storage` blocks: plain memory
with a one-time warning. See docs/peripherals.md for what each model does and does not model.
"""

from __future__ import annotations

from msp430emu.peripherals.adc10 import Adc10
from msp430emu.peripherals.adc12 import Adc12
from msp430emu.peripherals.base import Host, Peripheral
from msp430emu.peripherals.clocks import Clocks
from msp430emu.peripherals.cs import ClockSystem
from msp430emu.peripherals.frctl import FramControl
from msp430emu.peripherals.gpio import Gpio
from msp430emu.peripherals.mpy32 import Multiplier32
from msp430emu.peripherals.pmm import PowerManagement
from msp430emu.peripherals.ref import Reference
from msp430emu.peripherals.sfr import SpecialFunctions
from msp430emu.peripherals.storage import Storage
from msp430emu.peripherals.sys import SystemControl
from msp430emu.peripherals.timer_a import TimerA
from msp430emu.peripherals.uart import Uart
from msp430emu.peripherals.wdt import Watchdog

MODELS: dict[str, type[Peripheral]] = {
    cls.model: cls
    for cls in (Adc10, Adc12, ClockSystem, FramControl, Gpio, Multiplier32, PowerManagement, Reference,
                SpecialFunctions, Storage, SystemControl, TimerA, Uart, Watchdog)
}

__all__ = ["MODELS", "Clocks", "Host", "Peripheral"]
