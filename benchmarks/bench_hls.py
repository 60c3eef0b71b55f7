"""Analysis + placement time of the RTL checkpoint pass on generated Vivado-style designs of ~3,000 lines.

Run from the repository root:  .venv/bin/python -m benchmarks.bench_hls
The generator writes a Vivado-HLS-shaped module (one-hot ap_CS_fsm, ap_ST_fsm_stateN localparams, one always
block per register, ap_CS_fsm_stateN decode wires, a next-state case) made of a chain of nested loops, into a
temporary directory. It prints lines of Verilog, states, registers and the seconds spent parsing + analysing
and placing (target: under 5 s in total for 3,000 lines), with the budget given in cycles and derived from
energy. No assertions: the target is judged by reading the numbers.

    .venv/bin/python -m benchmarks.bench_hls --scale   # issue 13 section 5: ~21,500 lines, 502 states

``--scale`` times ``hls.analyze`` and ``hls.insert`` (process CPU time, the machine being shared) on a
25-loop x 20-state design with 6 registers per state (21,488 lines, 502 states, 3,050 registers): target
under 10 s each. Measured on a shared 2-core machine (CPU seconds; wall clock was 3-4x that, noisy):

    step                                   before   after
    analyze                                 4.97     5.05
    insert, budget 24 (31 checkpoints)      9.13     7.69
    insert, budget 4 (126 checkpoints)      9.48     5.13
    insert, budget 1 (502 checkpoints)     30.94     7.55   (137 s wall before)

The fixes: emit_patch's saved-variable table was rebuilt for every always block (2,700 blocks x 502
sites) and its restore multiplexers scanned every site per variable; the design text was tokenized five
times per insert (now cached).
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

from hls.analysis.liveness import load_design
from hls.placement.plan import CostModel, budget_from_energy, plan_checkpoints


def generate(loops: int, body: int, regs_per_state: int, seed: int = 1) -> str:
    """A module with ``loops`` loops (every third nested in the previous one) of ``body`` states each."""
    rng = random.Random(seed)
    states: list[str] = ["idle"]
    edges: dict[int, list[tuple[str, int]]] = {0: []}
    loop_heads: list[tuple[int, int]] = []  # (header state, exit target placeholder)
    n = 1
    for k in range(loops):
        head = n
        for j in range(body):
            states.append(f"l{k}s{j}")
            edges[n] = []
            if j > 0:
                edges[n - 1].append(("", n))
            n += 1
        loop_heads.append((head, n - 1))
    # chain loops: previous loop's header exits to the next loop's header; every loop's latch goes back
    edges[0].append(("ap_start == 1'b1", 1))
    for k, (head, latch) in enumerate(loop_heads):
        nxt = loop_heads[k + 1][0] if k + 1 < len(loop_heads) else None
        edges[latch].append(("", head))
        cond = f"cnt{k}_reg == lim{k}_reg"
        edges[head].insert(0, (cond, nxt if nxt is not None else n))
    states.append("done")
    edges[n] = [("", 0)]
    total = n + 1
    w = total
    regs: list[tuple[str, int, int]] = []  # (name, width, state written)
    lines = [
        "`timescale 1 ns / 1 ps",
        "module big (ap_clk, ap_rst, ap_start, ap_done, ap_idle, ap_ready, din, ap_return);",
        "input ap_clk; input ap_rst; input ap_start; output ap_done; output ap_idle; output ap_ready;",
        "input [31:0] din; output [31:0] ap_return;",
        "reg ap_done; reg ap_idle; reg ap_ready;",
    ]
    for i in range(total):
        lines.append(f"parameter    ap_ST_fsm_state{i + 1} = {w}'d{1 << i};")
    lines.append(f'(* fsm_encoding = "none" *) reg [{w - 1}:0] ap_CS_fsm;')
    lines.append(f"reg [{w - 1}:0] ap_NS_fsm;")
    for i in range(total):
        lines.append(f"wire ap_CS_fsm_state{i + 1};")
    for k in range(loops):
        lines.append(f"reg [7:0] cnt{k}_reg; reg [7:0] lim{k}_reg;")
    for s in range(1, total - 1):
        for r in range(regs_per_state):
            name = f"r{s}_{r}_reg"
            width = rng.choice([1, 8, 16, 32])
            regs.append((name, width, s))
            lines.append(f"reg [{width - 1}:0] {name};")
    lines += [
        "initial begin", f"#0 ap_CS_fsm = {w}'d1;", "end",
        "always @ (posedge ap_clk) begin",
        "    if (ap_rst == 1'b1) begin", "        ap_CS_fsm <= ap_ST_fsm_state1;",
        "    end else begin", "        ap_CS_fsm <= ap_NS_fsm;", "    end", "end",
    ]
    for k, (head, _latch) in enumerate(loop_heads):
        lines += [
            "always @ (posedge ap_clk) begin",
            f"    if ((1'b1 == ap_CS_fsm_state{head + 1})) begin",
            f"        cnt{k}_reg <= cnt{k}_reg + 8'd1;",
            "    end else if (((ap_start == 1'b1) & (1'b1 == ap_CS_fsm_state1))) begin",
            f"        cnt{k}_reg <= 8'd0;",
            "    end",
            "end",
            "always @ (posedge ap_clk) begin",
            "    if (((ap_start == 1'b1) & (1'b1 == ap_CS_fsm_state1))) begin",
            f"        lim{k}_reg <= din[7:0];",
            "    end",
            "end",
        ]
    prev_by_state: dict[int, list[str]] = {}
    for name, _width, s in regs:
        prev_by_state.setdefault(s, []).append(name)
    for name, _width, s in regs:
        sources = prev_by_state.get(s - 1) or ["din"]
        a, b = rng.choice(sources), rng.choice(sources)
        lines += [
            "always @ (posedge ap_clk) begin",
            f"    if ((1'b1 == ap_CS_fsm_state{s + 1})) begin",
            f"        {name} <= {a} + {b};",
            "    end",
            "end",
        ]
    lines += ["always @ (*) begin", f"    if ((1'b1 == ap_CS_fsm_state{total})) begin",
              "        ap_done = 1'b1;", "    end else begin", "        ap_done = 1'b0;", "    end", "end"]
    lines += ["always @ (*) begin",
              "    if (((ap_start == 1'b0) & (1'b1 == ap_CS_fsm_state1))) begin",
              "        ap_idle = 1'b1;", "    end else begin", "        ap_idle = 1'b0;", "    end", "end"]
    lines += ["always @ (*) begin", f"    if ((1'b1 == ap_CS_fsm_state{total})) begin",
              "        ap_ready = 1'b1;", "    end else begin", "        ap_ready = 1'b0;", "    end", "end"]
    lines += ["always @ (*) begin", "    case (ap_CS_fsm)"]
    for i in range(total):
        outs = edges[i] or [("", i)]
        lines.append(f"        ap_ST_fsm_state{i + 1} : begin")
        if i == 0:
            lines += ["            if ((ap_start == 1'b1) & (1'b1 == ap_CS_fsm_state1)) begin",
                      "                ap_NS_fsm = ap_ST_fsm_state2;",
                      "            end else begin",
                      "                ap_NS_fsm = ap_ST_fsm_state1;",
                      "            end"]
        elif len(outs) == 1:
            lines.append(f"            ap_NS_fsm = ap_ST_fsm_state{outs[0][1] + 1};")
        else:
            (cond, exit_to), (_c, stay) = outs[0], outs[1]
            lines += [f"            if (({cond})) begin",
                      f"                ap_NS_fsm = ap_ST_fsm_state{exit_to + 1};",
                      "            end else begin",
                      f"                ap_NS_fsm = ap_ST_fsm_state{stay + 1};",
                      "            end"]
        lines.append("        end")
    lines += ["        default : begin", "            ap_NS_fsm = 'bx;", "        end", "    endcase", "end"]
    for i in range(total):
        lines.append(f"assign ap_CS_fsm_state{i + 1} = ap_CS_fsm[32'd{i}];")
    last = prev_by_state.get(total - 2, ["din"])
    lines.append(f"assign ap_return = {last[0]};")
    lines.append("endmodule")
    return "\n".join(lines) + "\n"


def run(loops: int, body: int, regs_per_state: int) -> None:
    text = generate(loops, body, regs_per_state)
    with tempfile.TemporaryDirectory(prefix="bench-hls-") as tmp:
        path = Path(tmp) / "big.v"
        path.write_text(text)
        t0 = time.perf_counter()
        design = load_design([str(path)], "big")
        t1 = time.perf_counter()
        plan = plan_checkpoints(design, 24, CostModel())
        t2 = time.perf_counter()
        budget = budget_from_energy(47e-6, 2.4, 1.8, CostModel().cycle_pj)  # WISP 5 storage
        plan_e = plan_checkpoints(design, budget, CostModel())
        t3 = time.perf_counter()
    capped = "" if plan.parameters["optimal"] else " (capped)"
    print(f"{text.count(chr(10)):6d} lines {len(design.fsm.states):4d} states {len(design.registers):5d} regs"
          f" | analysis {t1 - t0:5.2f} s | placement (24 cycles) {t2 - t1:5.2f} s,"
          f" {len(plan.checkpoints)} ckpts"
          f"{capped} | placement ({budget} cycles) {t3 - t2:5.2f} s, {len(plan_e.checkpoints)} ckpts"
          f" | analysis + placement {t2 - t0:5.2f} s")


def scale() -> None:
    """Issue 13 section 5: analyze and insert on a 500-state, ~21,500-line design, in CPU seconds."""
    import hls

    text = generate(25, 20, 6)
    with tempfile.TemporaryDirectory(prefix="bench-hls-") as tmp:
        path = Path(tmp) / "big.v"
        path.write_text(text)
        t0 = time.process_time()
        analysis = hls.analyze(path, top="big")
        t1 = time.process_time()
        print(f"{text.count(chr(10))} lines, {len(analysis.states)} states, {len(analysis.design.registers)} "
              f"registers: analyze {t1 - t0:.2f} s CPU")
        for budget in (24, 4, 1):
            t0 = time.process_time()
            result = hls.insert(path, top="big", budget_cycles=budget, output=Path(tmp) / "out.v")
            print(f"  insert, budget {budget} cycles ({len(result.plan.checkpoints)} checkpoints): "
                  f"{time.process_time() - t0:.2f} s CPU")


def main() -> None:
    if sys.argv[1:] == ["--scale"]:
        scale()
        return
    sizes = [(4, 6, 4), (8, 10, 6), (12, 12, 8)] if len(sys.argv) < 2 else [tuple(map(int, sys.argv[1:4]))]
    for loops, body, regs in sizes:
        run(loops, body, regs)


if __name__ == "__main__":
    main()
