"""FRAM checkpointing: trigger points found in the firmware binary (triggers.py), the two-slot checkpoint
bundle written into emulated FRAM byte by byte (layout.py, bundle.py) with its peripheral block (periph.py)
and what checks, saves and restores cost (cost.py). docs/checkpointing.md describes the rules, the byte
layout and the costs."""

from msp430emu._lazy import lazy_exports

_B, _C, _L, _P, _T = (f"msp430emu.checkpoint.{m}" for m in ("bundle", "cost", "layout", "periph", "triggers"))
_PUBLIC = {
    **dict.fromkeys(("CheckpointError", "SavePlan", "SlotInfo", "apply_writes", "crc16_ccitt",
                     "find_latest_valid", "peripheral_writes", "plan_save", "read_slot", "restore",
                     "save"), _B),
    **dict.fromkeys(("Cost", "CostModel"), _C),
    **dict.fromkeys(("BundleLayout", "layout_for"), _L),
    **dict.fromkeys(("PeripheralBlock", "block_for"), _P),
    **dict.fromkeys(("TRIGGER_KINDS", "Trigger", "TriggerSet", "find_triggers"), _T),
}
__all__ = sorted(_PUBLIC)
__getattr__, __dir__ = lazy_exports(globals(), _PUBLIC)
