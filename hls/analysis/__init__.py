"""hls.analysis."""
