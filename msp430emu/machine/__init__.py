"""msp430emu.machine.machine."""
