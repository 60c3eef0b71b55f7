"""msp430emu.toolchain."""
