"""Idetic-style checkpoint pass for HLS-generated Verilog."""
