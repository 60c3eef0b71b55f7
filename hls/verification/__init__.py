"""hls.verification."""
