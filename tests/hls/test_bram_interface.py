"""Vivado HLS's `bram` array interface (`<m>_Addr_A` byte address, `_EN_A`, per-byte `_WEN_A`, `_Din_A`,
`_Dout_A`, `_Clk_A`, `_Rst_A`), as the real Vivado HLS 2016.4 outputs in tests/data/hls_real/vivado_bram_*
have it: an external memory like ap_memory (non-volatile, never saved; its read data held after a restore),
served in verify by a byte-addressed memory model whose final contents are compared. Before, its ports were
plain data: `a_Dout_A` a constant input, the array's writes never compared (verify passed by accident)."""

from __future__ import annotations

from pathlib import Path

import hls
from hls.emit.modules import scan_modules
from hls.emit.ports import memory_interfaces
from hls.emit.scan import tokenize
from hls.memstyles import memory_groups, observation_rules
from hls.verification.campaign import Handshake, harness_ports
from hls.verification.models import AccessPort, MemoryModel
from hls.verification.sim import premature_end

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


class _Value:
    def __init__(self, value: int | None) -> None:
        self.value = value
        self.is_resolvable = value is not None

    def __int__(self) -> int:
        return int(self.value)

    def __str__(self) -> str:
        return str(self.value)


class _Handle:
    def __init__(self, value: int | None, width: int) -> None:
        self.value = _Value(value)
        self.width = width

    def __len__(self) -> int:
        return self.width


def test_byte_addressed_model_writes_only_the_enabled_bytes_and_counts_accesses_beyond() -> None:
    port = AccessPort(_Handle(2 * 4, 32), _Handle(1, 1), _Handle(0b0101, 4), _Handle(0xAABBCCDD, 32),
                      _Handle(0, 32))
    model = MemoryModel("a", [0x11223344] * 4, [port], writable=True, shift=2, lanes=True)
    model.sample()
    model.apply()
    assert model.words == [0x11223344, 0x11223344, 0x11BB33DD, 0x11223344]  # bytes 0 and 2 written
    port.address = _Handle(4 * 4, 32)  # word 4 of a 4-word model
    model.sample()
    model.apply()
    assert model.beyond == 1 and len(model.words) == 4


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
