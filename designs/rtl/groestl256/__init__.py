"""designs/rtl/groestl256: Groestl-256 compression and output transformation, one call a block."""
