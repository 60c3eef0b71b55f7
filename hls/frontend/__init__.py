"""hls.frontend."""
