"""Bundled data tables (MCU currents); a package so that installs carry the JSON files."""
