"""FRAM checkpointing: trigger points found in the firmware binary (triggers.py), the two-slot checkpoint
bundle written into emulated FRAM byte by byte (layout.py, bundle.py) and what checks, saves and restores
cost (cost.py). docs/checkpointing.md describes the rules, the byte layout and the costs."""

from msp430emu.checkpoint.bundle import (
    CheckpointError,
    SavePlan,
    SlotInfo,
    apply_writes,
    crc16_ccitt,
    find_latest_valid,
    plan_save,
    read_slot,
    restore,
    save,
)
from msp430emu.checkpoint.cost import Cost, CostModel
from msp430emu.checkpoint.layout import BundleLayout, layout_for
from msp430emu.checkpoint.triggers import TRIGGER_KINDS, Trigger, TriggerSet, find_triggers

__all__ = ["TRIGGER_KINDS", "BundleLayout", "CheckpointError", "Cost", "CostModel", "SavePlan", "SlotInfo",
           "Trigger", "TriggerSet", "apply_writes", "crc16_ccitt", "find_latest_valid", "find_triggers",
           "layout_for", "plan_save", "read_slot", "restore", "save"]
