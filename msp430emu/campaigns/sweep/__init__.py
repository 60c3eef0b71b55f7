"""msp430emu.campaigns.sweep."""
