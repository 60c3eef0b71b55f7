"""FRAM checkpointing: trigger points found in the firmware binary (triggers.py), the two-slot checkpoint
bundle written into emulated FRAM byte by byte (layout.py, bundle.py) with its peripheral block (periph.py)
and what checks, saves and restores cost (cost.py). docs/checkpointing.md describes the rules, the byte
layout and the costs."""

from msp430emu.checkpoint.bundle import (
    CheckpointError,
    SavePlan,
    SlotInfo,
    apply_writes,
    crc16_ccitt,
    find_latest_valid,
    peripheral_writes,
    plan_save,
    read_slot,
    restore,
    save,
)
from msp430emu.checkpoint.cost import Cost, CostModel
from msp430emu.checkpoint.layout import BundleLayout, layout_for
from msp430emu.checkpoint.periph import PeripheralBlock, block_for
from msp430emu.checkpoint.triggers import TRIGGER_KINDS, Trigger, TriggerSet, find_triggers

__all__ = ["TRIGGER_KINDS", "BundleLayout", "CheckpointError", "Cost", "CostModel", "PeripheralBlock",
           "SavePlan", "SlotInfo", "Trigger", "TriggerSet", "apply_writes", "block_for", "crc16_ccitt",
           "find_latest_valid", "find_triggers", "layout_for", "peripheral_writes", "plan_save", "read_slot",
           "restore", "save"]
