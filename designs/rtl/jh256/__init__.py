"""designs/rtl/jh256: one JH-256 compression (F8, the E8 bijection) a call."""
