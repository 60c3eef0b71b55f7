"""msp430emu.campaigns.torture."""
