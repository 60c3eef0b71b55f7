"""Text helpers shared by the generators of designs/rtl/groestl256, jh256, blake256, skein256 and keccak: the
pieces of a Vivado-HLS-style module (one always block per register, combinational flags, next-state arms).
aes128 (Catapult style, a different text) and sha256_unrolled (single parentheses around conditions) keep
their own, so that their committed Verilog stays byte-identical."""

from __future__ import annotations


def always_reg(target: str, arms: list[tuple[str, str]]) -> list[str]:
    """``always @ (posedge ap_clk)``: the first true (condition, value) arm loads ``target``."""
    lines = ["always @ (posedge ap_clk) begin"]
    for k, (condition, value) in enumerate(arms):
        keyword = "if" if k == 0 else "end else if"
        lines += [f"    {keyword} (({condition})) begin", f"        {target} <= {value};"]
    return [*lines, "    end", "end", ""]


def comb_flag(target: str, condition: str) -> list[str]:
    """A combinational one-bit output, 1 when ``condition`` holds."""
    return ["always @ (*) begin", f"    if (({condition})) begin", f"        {target} = 1'b1;",
            "    end else begin", f"        {target} = 1'b0;", "    end", "end", ""]


def branch(state: str, condition: str, taken: str, otherwise: str) -> list[str]:
    """One arm of the next-state case: ``if (condition) taken else otherwise``."""
    return [f"        {state} : begin", f"            if (({condition})) begin",
            f"                ap_NS_fsm = {taken};", "            end else begin",
            f"                ap_NS_fsm = {otherwise};", "            end", "        end"]


def goto(state: str, target: str) -> list[str]:
    """An unconditional arm of the next-state case."""
    return [f"        {state} : begin", f"            ap_NS_fsm = {target};", "        end"]


def concat(terms: list[str], indent: str = "    ", per_line: int = 8) -> str:
    """``{a, b, ...}`` over several lines."""
    rows = [", ".join(terms[k : k + per_line]) for k in range(0, len(terms), per_line)]
    return "{" + (",\n" + indent).join(rows) + "}"


__all__ = ["always_reg", "branch", "comb_flag", "concat", "goto"]
