"""msp430emu.campaigns."""
