"""hls.emit."""
