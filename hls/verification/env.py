"""The verification harness's environment in Verilog: memory models and a cycle monitor, simulated by Icarus
next to the design instead of being serviced from Python every cycle.

``hls_verify_env`` is a second root module of the simulation (``iverilog -s <top> -s hls_verify_env``). It
reaches the design through hierarchical names (``<top>.<port>``) and drives each memory's read-data input
with a continuous assignment, so the design's text and hierarchy are untouched (the flip-flop paths the
harness scrambles stay the same).

* One model per ap_memory / bram interface (``hls_verify_mem_<k>``), with the timing of a block RAM of read
  latency 1: while ``active`` (the harness powers the design in a call) requests are sampled 4 ns after the
  falling edge (mid-cycle, after the harness's own decisions of that cycle), writes land 1 ns after the
  rising edge and read data (``q``) appears then. ``ce`` must be 1 and the address defined; a write enable
  with x bits is no write (as before: it reads); x write data is stored as 0 and counted (``undefined``: the
  golden run must not rely on it). A byte-addressed (bram) interface shifts its address right and writes
  only the enabled bytes. Contents are loaded with ``$readmemh`` and dumped with ``$writememh`` when the
  harness toggles ``load`` / ``dump`` (one file each, in the simulation's folder).
* Words the model holds: ``2**address_bits`` (ap_memory; at most ``2**MAX_WORDS_LOG2``, else a one-line
  error naming the memory), or, behind a byte address (which says nothing of the C array's size), a window
  of ``2**min(address_bits - shift, window)`` words, the window starting at ``2**WINDOW_LOG2`` words; a
  *read* beyond the window (Vivado's speculative reads of ``r[j - k]`` for ``j - k < 0`` at byte address
  ``0xfffffffc``) gets a fixed pseudo-random function of its address - the same in every run, as from a
  larger memory that nobody writes there - and a *write* beyond it is counted (``beyond``): the campaign
  runs the golden simulation again with a window 16 times larger, up to ``2**MAX_WORDS_LOG2`` words, then
  refuses in one line naming the memory.
* The monitor (``skip``/``wake``) lets the harness fast-forward: the harness sets ``skip = k`` and waits for
  ``wake`` to toggle; the monitor lets up to ``k`` cycles pass (counting them in ``passed``, noting in
  ``done_low`` whether ``done`` was low in one of them) and wakes the harness at the first cycle in which
  ``done`` is high while the design is not frozen (``busy`` low), or ``busy`` is high (``watch_busy``), or
  the store commits (``watch_commit``), or after ``k`` cycles. It also counts, at the sampling point of every
  active cycle, the store's written words (``nvm_words``) and commits (``commits``).
"""

from __future__ import annotations

import re

from hls.errors import HlsError

__all__ = ["WINDOW_LOG2", "WINDOW_GROWTH_LOG2", "MAX_WORDS_LOG2", "ENV_MODULE", "memory_depth_log2",
           "environment_verilog"]

ENV_MODULE = "hls_verify_env"
WINDOW_LOG2 = 12  # words first modelled behind a byte-addressed (bram) interface (4,096); grown on demand
WINDOW_GROWTH_LOG2 = 4  # a golden run that wrote beyond the window is run again with a window 16 times larger
MAX_WORDS_LOG2 = 20  # the largest memory the harness models (1,048,576 words): beyond, a one-line error
SAMPLE_NS = 4  # after the falling edge: requests sampled (the harness decides by 3 ns)
MONITOR_NS = 3  # after the falling edge: the monitor checks its wake conditions


def memory_depth_log2(name: str, address_bits: int, shift: int, byte_addressed: bool,
                      window_log2: int = WINDOW_LOG2) -> int:
    """log2 of the words the model of memory ``name`` holds (see the module's docstring; ``window_log2``: the
    window behind a byte address); a word address wider than :data:`MAX_WORDS_LOG2` bits on a word-addressed
    interface is refused in one line."""
    word_bits = max(0, address_bits - shift)
    if byte_addressed:
        return min(word_bits, window_log2, MAX_WORDS_LOG2)
    if word_bits > MAX_WORDS_LOG2:
        raise HlsError(f"memory {name}: its {address_bits}-bit address port spans {1 << word_bits} words, "
                       f"beyond the {1 << MAX_WORDS_LOG2} words the verification harness models")
    return word_bits


def _ident(name: str) -> str:
    return name if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_$]*", name) else f"\\{name} "


def _memory_module(index: int, top: str, clock: str, memory: dict, folder: str) -> str:
    t = _ident(top)
    words = 1 << memory["depth_log2"]
    dw = memory["data_bits"]
    shift = memory["shift"]
    lanes = memory["we_bits"] if memory["byte_addressed"] else 0
    lines = [
        f"module hls_verify_mem_{index};  // {memory['name']}",
        f"  localparam WORDS = {words};",
        f"  reg [{dw - 1}:0] mem [0:WORDS-1];",
        "  reg load = 0, dump = 0;",
        "  integer defined = 0, undefined = 0, beyond = 0;",
        "  integer k;",
        f'  always @(load) begin $readmemh("{folder}/mem_{index}.hex", mem); '
        "defined = 0; undefined = 0; beyond = 0; end",
        f'  always @(dump) $writememh("{folder}/mem_{index}.out", mem);',
    ]
    sample: list[str] = []
    apply: list[str] = []
    for p, port in enumerate(memory["ports"]):
        aw = memory["address_bits"]
        address, ce = f"{t}.{_ident(port['address'])}", f"{t}.{_ident(port['ce'])}"
        we = f"{t}.{_ident(port['we'])}" if port.get("we") else None
        d = f"{t}.{_ident(port['d'])}" if port.get("d") else None
        q = port.get("q")
        lines += [f"  reg rd{p} = 0, wr{p} = 0;", f"  reg [{aw - 1}:0] a{p};",
                  f"  reg [{dw - 1}:0] d{p}, m{p};"]
        if q:
            lines += [f"  reg [{dw - 1}:0] q{p} = 0;", f"  assign {t}.{_ident(q)} = q{p};"]
        write = ""
        if we and d:
            if lanes:
                mask = f"for (k = 0; k < {lanes}; k = k + 1) m{p}[8*k +: 8] = {{8{{{we}[k]}}}};"
            else:
                mask = f"m{p} = {{{dw}{{1'b1}}}};"
            write = (
                f"if ((^{we}) !== 1'bx && {we} != 0) begin"
                f" if (a{p} >= WORDS) beyond = beyond + 1; else begin wr{p} = 1;"
                f" if ((^{d}) === 1'bx) begin undefined = undefined + 1; d{p} = 0; end"
                f" else begin defined = defined + 1; d{p} = {d}; end"
                f" m{p} = 0; {mask} end end else "
            )
        read = f"rd{p} = 1;" if q else ";"
        sample.append(
            f"    rd{p} = 0; wr{p} = 0;\n"
            f"    if ({ENV_MODULE}.active && {ce} === 1'b1 && (^{address}) !== 1'bx) begin\n"
            f"      a{p} = {address} >> {shift};\n"
            f"      {write}{read}\n"
            "    end"
        )
        step = [f"    if (wr{p}) mem[a{p}] = (mem[a{p}] & ~m{p}) | (d{p} & m{p});"]
        if q:
            # beyond the window: a fixed function of the address (a larger memory nobody writes there)
            step.append(f"    else if (rd{p}) q{p} = a{p} < WORDS ? mem[a{p}] : "
                        f"{{{(dw + 31) // 32}{{a{p} * 32'h9e3779b1 ^ 32'h{index:02x}5a5a5a}}}};")
        step.append(f"    rd{p} = 0; wr{p} = 0;")
        apply.append("\n".join(step))
    lines.append(f"  always @(negedge {t}.{_ident(clock)}) begin\n    #{SAMPLE_NS};")
    lines += sample
    lines.append("  end")
    lines.append(f"  always @(posedge {t}.{_ident(clock)}) begin\n    #1;")
    lines += apply
    lines.append("  end")
    lines.append("endmodule")
    return "\n".join(lines)


def environment_verilog(top: str, clock: str, memories: list[dict], done: str | None, busy: str | None,
                        nv_write: str | None, nv_commit: str | None, folder: str) -> str:
    """The ``hls_verify_env`` root module (and one module per memory) for a design rooted at ``top``.
    ``memories``: the harness's memory entries with ``depth_log2``, ``address_bits``, ``data_bits``,
    ``we_bits``, ``shift``; signal names are the top's (None: constant 0); ``folder``: where the memory
    files are."""
    t = _ident(top)

    def signal(name: str | None) -> str:
        return f"{t}.{_ident(name)}" if name else "1'b0"

    done_s, busy_s, write_s, commit_s = signal(done), signal(busy), signal(nv_write), signal(nv_commit)
    parts = ["`timescale 1ns/1ps"]
    parts += [_memory_module(k, top, clock, memory, folder) for k, memory in enumerate(memories)]
    instances = "\n".join(f"  hls_verify_mem_{k} m{k} ();" for k in range(len(memories)))
    parts.append(f"""module {ENV_MODULE};
  reg active = 0;
  reg [31:0] skip = 0, passed = 0, nvm_words = 0, commits = 0;
  reg watch_busy = 0, watch_commit = 0, done_low = 0, wake = 0;
{instances}
  always @(negedge {t}.{_ident(clock)}) begin
    #{MONITOR_NS};
    if (skip != 0) begin
      if (passed == skip || ({done_s} === 1'b1 && {busy_s} !== 1'b1) || (watch_busy && {busy_s} === 1'b1)
          || (watch_commit && {commit_s} === 1'b1)) begin
        skip = 0;
        wake = !wake;
      end else begin
        passed = passed + 1;
        if ({done_s} !== 1'b1) done_low = 1;
      end
    end
    #{SAMPLE_NS - MONITOR_NS};
    if (active) begin
      if ({write_s} === 1'b1) nvm_words = nvm_words + 1;
      if ({commit_s} === 1'b1) commits = commits + 1;
    end
  end
endmodule
""")
    return "\n\n".join(parts)
