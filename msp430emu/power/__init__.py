"""msp430emu.power.intermittent."""
