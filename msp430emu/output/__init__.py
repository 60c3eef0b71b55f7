"""msp430emu.output."""
