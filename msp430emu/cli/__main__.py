"""``python -m msp430emu.cli``."""

import sys

from msp430emu.cli.main import main

sys.exit(main())
