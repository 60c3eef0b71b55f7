"""Vivado HLS's `bram` array interface (`<m>_Addr_A` byte address, `_EN_A`, per-byte `_WEN_A`, `_Din_A`,
`_Dout_A`, `_Clk_A`, `_Rst_A`), as the real Vivado HLS 2016.4 outputs in tests/data/hls_real/vivado_bram_*
have it: an external memory like ap_memory (non-volatile, never saved; its read data held after a restore),
served in verify by a byte-addressed memory model whose final contents are compared. Before, its ports were
plain data: `a_Dout_A` a constant input, the array's writes never compared (verify passed by accident)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

import hls
from hls.emit.modules import scan_modules
from hls.emit.ports import memory_interfaces
from hls.emit.scan import tokenize
from hls.errors import HlsError
from hls.memstyles import memory_groups, observation_rules
from hls.verification.campaign import Handshake, harness_ports
from hls.verification.env import environment_verilog, memory_depth_log2
from hls.verification.sim import memory_shapes, premature_end

REAL = Path(__file__).resolve().parents[1] / "data" / "hls_real"
LIST = REAL / "vivado_bram_list_multiply"
BRAM_PORTS = {"a_Addr_A": "output", "a_EN_A": "output", "a_WEN_A": "output", "a_Din_A": "output",
              "a_Dout_A": "input", "a_Clk_A": "output", "a_Rst_A": "output"}


def test_bram_and_ap_memory_ports_are_grouped_by_style() -> None:
    groups = memory_groups({**BRAM_PORTS, "x_address0": "output", "x_ce0": "output", "x_q0": "input",
                            "y_address0": "output"})  # y: no enable, no data: not an interface
    assert set(groups) == {"a", "x"}
    (a,) = groups["a"]
    assert a.style.name == "bram" and a.style.byte_addressed
    assert a.roles == {"address": "a_Addr_A", "ce": "a_EN_A", "we": "a_WEN_A", "d": "a_Din_A",
                       "q": "a_Dout_A", "clk": "a_Clk_A", "rst": "a_Rst_A"}
    assert groups["x"][0].roles == {"address": "x_address0", "ce": "x_ce0", "q": "x_q0"}
    # a read-data port must be an input
    assert memory_groups({**BRAM_PORTS, "a_Dout_A": "output", "a_Din_A": "input"}) == {}


def test_bram_outputs_are_observed_only_when_enabled() -> None:
    import re

    rules = dict(observation_rules())
    qualifier = [t for p, t in rules.items() if re.match(p, "a_Addr_A")]
    assert qualifier == ["{m}_EN_{i}"]
    assert [t for p, t in rules.items() if re.match(p, "a_Din_B")] == ["{m}_WEN_{i}"]


def test_the_real_bram_array_is_an_external_memory() -> None:
    analysis = hls.analyze([LIST / "list_multiply.v", LIST / "list_multiply_muxbkb.v"], top="list_multiply")
    memory = analysis.design.memories["a"]
    assert memory.kind == "ap_memory" and memory.non_volatile and memory.width == 32
    assert memory.depth == 1 << 30  # a 32-bit byte address of 4-byte words
    assert {"a_Addr_A", "a_EN_A", "a_WEN_A", "a_Din_A", "a_Dout_A"} <= set(memory.ports)
    access = analysis.design.memory_access["a"]
    assert "ap_ST_fsm_pp0_stage0" in access.read and "ap_ST_fsm_state5" in access.written


def test_the_harness_serves_the_bram_array_instead_of_comparing_its_ports() -> None:
    text = (LIST / "list_multiply.v").read_text()
    (interface,) = memory_interfaces(scan_modules(tokenize(text))["list_multiply"])
    assert interface["style"] == "bram" and interface["byte_addressed"]
    ports = harness_ports(text, "list_multiply", Handshake("ap_clk", "ap_rst", False, "ap_start", "ap_done"))
    assert ports.inputs == []  # a_Dout_A was a constant random input
    assert not set(ports.outputs) & set(BRAM_PORTS)  # a_Addr_A, a_Clk_A... were compared as outputs
    assert [m["name"] for m in ports.memories] == ["a"]


# a stand-in for a design with one bram port: it drives the requests a plain Verilog testbench gives it
_BRAM_TOP = """`timescale 1ns/1ps
module t(input clk, output reg [31:0] a_Addr_A, output reg a_EN_A, output reg [3:0] a_WEN_A,
         output reg [31:0] a_Din_A, input [31:0] a_Dout_A);
endmodule
module drive;
  reg clk = 1;
  assign t.clk = clk;
  always #5 clk = !clk;
  task request(input [31:0] address, input en, input [3:0] we, input [31:0] data);
    begin @(negedge clk); t.a_Addr_A = address; t.a_EN_A = en; t.a_WEN_A = we; t.a_Din_A = data; end
  endtask
  initial begin
    hls_verify_env.active = 1;
    hls_verify_env.m0.load = 1;                   // $readmemh of the initial contents
    request(2 * 4, 1, 4'b0101, 32'haabbccdd);     // bytes 0 and 2 of word 2
    request(2 * 4, 1, 4'b0000, 0);                // read word 2
    request(32'hfffffffc, 1, 4'b0000, 0);         // a read far beyond the window (Vivado's r[-1])
    request(32'hfffffffc, 1, 4'b0000, 0);
    request(4 * 4, 1, 4'b1111, 32'h12345678);     // a write beyond a 4-word window
    request(1 * 4, 1, 4'bx000, 32'h0);            // x in the write enable: a read
    request(3 * 4, 1, 4'b1111, 32'hxxxxxxxx);     // x data: stored as 0, counted
    request(0, 0, 0, 0);
    @(negedge clk);
    hls_verify_env.m0.dump = 1;
    #1 $display("beyond=%0d defined=%0d undefined=%0d", hls_verify_env.m0.beyond, hls_verify_env.m0.defined,
                hls_verify_env.m0.undefined);
    $finish;
  end
  always @(posedge clk) #2
    if (t.a_EN_A === 1'b1 && (t.a_WEN_A == 0 || (^t.a_WEN_A) === 1'bx)) $display("q=%h", t.a_Dout_A);
endmodule
"""


@pytest.mark.iverilog
@pytest.mark.skipif(shutil.which("iverilog") is None, reason="needs Icarus Verilog")
def test_the_verilog_bram_model_writes_enabled_bytes_and_serves_reads_beyond_its_window(tmp_path) -> None:
    top = tmp_path / "t.v"
    top.write_text(_BRAM_TOP)
    port = {"address": "a_Addr_A", "ce": "a_EN_A", "we": "a_WEN_A", "d": "a_Din_A", "q": "a_Dout_A"}
    (memory,) = memory_shapes(_BRAM_TOP, "t", [{"name": "a", "style": "bram", "byte_addressed": True,
                                                "ports": [port]}])
    assert (memory["address_bits"], memory["data_bits"], memory["we_bits"], memory["shift"]) == (32, 32, 4, 2)
    assert memory["depth_log2"] == 12  # a window: the byte address says nothing of the array's size
    assert memory_shapes(_BRAM_TOP, "t", [{**memory, "window_log2": 16}])[0]["depth_log2"] == 16  # grown
    memory["depth_log2"] = 2  # four words, so that a write beyond is easy to make
    env = tmp_path / "env.v"
    env.write_text(environment_verilog("t", "clk", [memory], None, None, None, None, str(tmp_path)))
    (tmp_path / "mem_0.hex").write_text("11223344\n11223344\n11223344\n11223344\n")
    sim = tmp_path / "sim"
    subprocess.run(["iverilog", "-g2012", "-s", "t", "-s", "drive", "-s", "hls_verify_env", "-o", str(sim),
                    str(top), str(env)], check=True)
    out = subprocess.run(["vvp", "-n", str(sim)], capture_output=True, text=True, check=True).stdout
    reads = [line[2:] for line in out.split() if line.startswith("q=")]
    assert reads[0] == "11bb33dd"  # bytes 0 and 2 written, 1 and 3 kept
    assert reads[1] == reads[2] != "xxxxxxxx"  # beyond the window: the same defined value each time
    assert reads[3] == "11223344"  # an x write enable is no write
    assert "beyond=1 defined=1 undefined=1" in out  # the write beyond is counted apart (refused)
    lines = (tmp_path / "mem_0.out").read_text().splitlines()
    words = [line.strip() for line in lines if line.strip() and not line.startswith("//")]
    assert words == ["11223344", "11223344", "11bb33dd", "00000000"]


def test_memory_models_are_sized_from_the_port_with_a_cap() -> None:
    assert memory_depth_log2("x", 10, 0, False) == 10  # ap_memory: 2**address bits
    assert memory_depth_log2("r", 32, 2, True) == 12  # bram: a window of the 2**30 words, first 4096
    assert memory_depth_log2("r", 32, 2, True, 16) == 16  # grown by the campaign
    assert memory_depth_log2("r", 32, 2, True, 24) == 20  # never beyond the cap
    assert memory_depth_log2("r", 12, 2, True) == 10
    with pytest.raises(HlsError, match=r"^memory big: its 24-bit address port spans 16777216 words, beyond"):
        memory_depth_log2("big", 24, 0, False)


def test_a_design_that_ends_the_simulation_itself_is_named(tmp_path: Path) -> None:
    # LegUp's memory controller ($display + $finish on a null pointer), as in LegUp 4.0's
    # threeFuncs_fourMems case2 (LOCAL_RAMS), whose own testbench stops the same way
    log = tmp_path / "sim.log"
    log.write_text("     0.00ns INFO     cocotb.regression                  running campaign\n"
                   "WARNING: golden.v:4230: $readmemh: Standard inconsistency, following 1364-2005.\n"
                   "Error: Null pointer exception! Are you trying to read from a local ram?\n"
                   "    41.00ns WARNING  cocotb.regression                  campaign failed\n"
                   "                  cocotb.regression.SimFailure: cocotb expected it would shut down the "
                   "simulation, but the simulation ended prematurely.\n")
    said = premature_end(log)
    assert said.startswith(": the design ended the simulation itself ($finish)")
    assert "Null pointer exception" in said
    log.write_text("nothing special\n")
    assert premature_end(log) == ""
