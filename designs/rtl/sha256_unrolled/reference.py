"""Reference model of designs/rtl/sha256_unrolled: the same SHA-256 compression as designs/rtl/sha256 (same
ports and memories), so the model is shared."""

from __future__ import annotations

from designs.rtl.sha256.reference import compress, padded_block, random_case, run

__all__ = ["compress", "padded_block", "random_case", "run"]
