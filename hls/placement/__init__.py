"""hls.placement."""
