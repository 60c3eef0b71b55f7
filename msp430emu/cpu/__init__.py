"""msp430emu.cpu."""
