"""Energy model: capacitor, harvesters, MCU load, power management. Imports neither the emulator nor hls."""
