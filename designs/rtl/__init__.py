"""HLS-style RTL benchmark designs, one folder per design (see docs/rtl-designs.md and catalog.py)."""
