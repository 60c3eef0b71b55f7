"""MSP430FR5969-class emulator that runs real firmware on harvested energy."""
