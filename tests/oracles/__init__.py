"""Independent oracles the tests compare the emulator with."""
