"""msp430emu.war.detector."""
