"""``python -m hls.cli``."""

import sys

from hls.cli.main import main

sys.exit(main())
