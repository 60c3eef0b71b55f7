"""verify's AXI4 slave memory behind m_axi masters (hls/verification/axi_mem.py, axi_host.py), the m_axi
memory in the write-after-read analysis (hls/analysis/axi.py), on a hand-written AXI4 master
(fixtures/axi_copy.v) and on Vitis's own output (tests/data/hls_real/vitis_operation_m_axi)."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

import hls
from hls.errors import HlsError
from hls.verification.axi_mem import PAGE, AxiSlaveMemory

FIXTURES = Path(__file__).resolve().parent / "fixtures"
REAL = Path(__file__).resolve().parents[1] / "data" / "hls_real"


class _Value:
    def __init__(self, value: int | None) -> None:
        self.value = value

    @property
    def is_resolvable(self) -> bool:
        return self.value is not None

    def __int__(self) -> int:
        assert self.value is not None
        return self.value

    def __str__(self) -> str:
        return "x" if self.value is None else format(self.value, "b")


class _Handle:
    """A cocotb handle stand-in: ``.value`` read and written, ``len()`` its width."""

    def __init__(self, width: int, value: int | None = 0) -> None:
        self.width = width
        self._value = _Value(value)

    def __len__(self) -> int:
        return self.width

    @property
    def value(self) -> _Value:
        return self._value

    @value.setter
    def value(self, v: int) -> None:
        self._value = _Value(int(v))


def _slave(data_bits: int = 32, len_bits: int = 8, vitis: bool = False, stall: float = 0.0) -> AxiSlaveMemory:
    widths = {"ARVALID": 1, "ARREADY": 1, "ARADDR": 64, "ARLEN": len_bits, "ARSIZE": 3, "ARBURST": 2,
              "RVALID": 1, "RREADY": 1, "RDATA": data_bits, "RLAST": 1, "AWVALID": 1, "AWREADY": 1,
              "AWADDR": 64, "AWLEN": len_bits, "AWSIZE": 3, "AWBURST": 2, "WVALID": 1, "WREADY": 1,
              "WDATA": data_bits, "WSTRB": data_bits // 8, "WLAST": 1, "BVALID": 1, "BREADY": 1}
    ports = {name: _Handle(width) for name, width in widths.items()}
    slave = AxiSlaveMemory("m_axi_gmem", ports, vitis, stall=stall)
    slave.load(7, None)
    return slave


def _cycle(slave: AxiSlaveMemory, **drive: int) -> None:
    """One clock cycle: the master's outputs, the slave samples them, the edge."""
    for name in ("ARVALID", "AWVALID", "WVALID", "RREADY", "BREADY"):
        slave.ports[name].value = drive.get(name, 0)
    for name, value in drive.items():
        slave.ports[name].value = value
    slave.sample()
    slave.apply()


def _initial(address: int, nbytes: int, seed: int = 7) -> bytes:
    page = random.Random(f"{seed}:m_axi_gmem:{address // PAGE}").randbytes(PAGE)
    return page[address % PAGE : address % PAGE + nbytes]


def test_incr_read_burst_of_256_beats_on_a_512_bit_bus() -> None:
    slave = _slave(data_bits=512)
    _cycle(slave, ARVALID=1, ARADDR=0x10000, ARLEN=255, ARSIZE=6, ARBURST=1)
    beats = []
    while slave.ports["RVALID"].value.value:
        beats.append((int(slave.ports["RDATA"].value), int(slave.ports["RLAST"].value)))
        _cycle(slave, RREADY=1)
    assert len(beats) == 256 and [last for _, last in beats] == [0] * 255 + [1]
    expected = [int.from_bytes(_initial(0x10000 + 64 * k, 64), "little") for k in range(256)]
    assert [data for data, _ in beats] == expected


def test_write_burst_with_strobes_and_w_before_aw_and_one_response() -> None:
    slave = _slave()
    _cycle(slave, WVALID=1, WDATA=0x11223344, WSTRB=0b1111)  # data may come before its address
    _cycle(slave, AWVALID=1, AWADDR=0x2000, AWLEN=2, AWSIZE=2, AWBURST=1, WVALID=1, WDATA=0x55667788,
           WSTRB=0b0101)
    assert not slave.ports["BVALID"].value.value
    _cycle(slave, WVALID=1, WDATA=0xAABBCCDD, WSTRB=0b1000, WLAST=1)
    assert slave.ports["BVALID"].value.value
    _cycle(slave, BREADY=1)
    assert not slave.ports["BVALID"].value.value
    old = _initial(0x2000, 12)
    want = bytearray(old)
    want[0:4] = (0x11223344).to_bytes(4, "little")
    want[4], want[6] = 0x88, 0x66
    want[11] = 0xAA
    assert bytes(slave.pages[0x2000 // PAGE][0:12]) == bytes(want)
    assert list(slave.written_pages()) == ["2"]


def test_outstanding_reads_are_answered_in_order_with_back_pressure() -> None:
    slave = _slave(stall=0.5)
    issued, got, cycles = [], [], 0
    while len(got) < 3 * 4 and cycles < 500:
        cycles += 1
        drive = {"RREADY": 1}
        if len(issued) < 3:
            drive.update(ARVALID=1, ARADDR=0x100 * (len(issued) + 1), ARLEN=3, ARSIZE=2, ARBURST=1)
            if slave.ports["ARREADY"].value.value:
                issued.append(drive["ARADDR"])
        if slave.ports["RVALID"].value.value:
            got.append(int(slave.ports["RDATA"].value))
        _cycle(slave, **drive)
    assert len(got) == 12
    assert got == [int.from_bytes(_initial(a + 4 * k, 4), "little") for a in issued for k in range(4)]


def test_vitis_internal_port_counts_elements() -> None:
    slave = _slave(len_bits=32, vitis=True)
    _cycle(slave, ARVALID=1, ARADDR=0x400, ARLEN=2)  # element index 0x400 = byte 0x1000, two elements
    got = []
    while slave.ports["RVALID"].value.value:
        got.append(int(slave.ports["RDATA"].value))
        _cycle(slave, RREADY=1)
    assert got == [int.from_bytes(_initial(0x1000 + 4 * k, 4), "little") for k in range(2)]


def test_a_write_burst_cut_by_a_power_failure_is_rewound_to_the_checkpoint() -> None:
    # checkpoint committed after the address; three beats land, power fails; at power-up the burst is due
    # again from its first beat (the restored design resends it whole) and the memory ends as if uncut
    slave = _slave()
    _cycle(slave, AWVALID=1, AWADDR=0x3000, AWLEN=7, AWSIZE=2, AWBURST=1)
    slave.commit()
    for k in range(3):
        _cycle(slave, WVALID=1, WDATA=0x100 + k, WSTRB=0xF)
    slave.power_loss()
    assert not slave.ports["AWREADY"].value.value and not slave.ports["WREADY"].value.value
    slave.rewind(True)
    assert len(slave.writes) == 1 and slave.writes[0].done == 0
    for k in range(8):
        _cycle(slave, WVALID=1, WDATA=0x100 + k, WSTRB=0xF, WLAST=int(k == 7))
    assert slave.ports["BVALID"].value.value
    words = [int.from_bytes(slave.pages[3][4 * k : 4 * k + 4], "little") for k in range(8)]
    assert words == [0x100 + k for k in range(8)]
    slave.power_loss()
    slave.rewind(False)  # no checkpoint restored: nothing in flight, memory kept
    assert not slave.writes and not slave.responses and slave.pages[3][0] == 0x00


def test_axi_copy_golden_run_matches_the_model_and_verify_passes_with_failures(tmp_path: Path) -> None:
    design = FIXTURES / "axi_copy.v"
    analysis = hls.analyze(design, top="axi_copy")
    assert analysis.design.memories["m_axi_gmem"].kind == "m_axi"
    access = analysis.design.memory_access["m_axi_gmem"]
    assert access.read == {"S_R"} and access.written == {"S_W"}
    report = hls.verify(design, top="axi_copy", budget_cycles=40, failures=30, runs=4, keep=tmp_path)
    assert report.passed and report.failures_injected == 30 and report.restores > 0
    assert "S_W" in report.checkpoint_states  # forced by the m_axi write-after-read hazard
    golden = json.loads(next(tmp_path.glob("*/golden/results.json")).read_text())
    for run in golden["runs"]:
        seed, _bits = run["stimulus"]["axi_mem"]["m_axi_gmem"]
        src, dst = run["stimulus"]["inputs"]["src"], run["stimulus"]["inputs"]["dst"]
        assert src != dst and abs(src - dst) >= 64
        words = [int.from_bytes(_initial(src + 4 * k, 4, seed), "little") for k in range(16)]
        assert int(run["outputs"]["sum"], 2) == sum(words) % (1 << 32)
        page = bytearray(random.Random(f"{seed}:m_axi_gmem:{dst // PAGE}").randbytes(PAGE))
        for k, word in enumerate(words):
            new = ((word + 1) % (1 << 32)).to_bytes(4, "little")
            at = dst % PAGE + 4 * k
            page[at : at + (2 if k == 15 else 4)] = new[: 2 if k == 15 else 4]
        assert run["memories"]["m_axi_gmem"] == {format(dst // PAGE, "x"): bytes(page).hex()}


def test_read_and_write_of_an_axi_memory_in_one_state_is_refused(tmp_path: Path) -> None:
    text = (FIXTURES / "axi_copy.v").read_text()
    # the write channel driven in the read state too: a read and a write of the off-chip memory can share a
    # state, which no checkpoint placement separates
    text = text.replace("assign m_axi_gmem_WVALID = state == S_W;",
                        "assign m_axi_gmem_WVALID = state == S_W || state == S_R;")
    design = tmp_path / "axi_rw.v"
    design.write_text(text)
    with pytest.raises(HlsError, match=r"non-volatile memory m_axi_gmem is read and written in the same "
                                       r"state S_R"):
        hls.insert(design, top="axi_copy", budget_cycles=40)


def test_vitis_data_exe_wb_writes_back_through_m_axi_under_failures(tmp_path: Path) -> None:
    # Vitis 2023.2: two m_axi reads into streams, a computation, a write-back through a third bundle
    # (AW/W/B per element); pointers a, b, c are 64-bit inputs, each set to its own region
    d = REAL / "vitis_data_exe_wb_m_axi"
    files = sorted(d.glob("*.v"))
    report = hls.verify(files, top="ALU_sys_HDL_data_exe_wb", budget_cycles=50, failures=20, runs=3,
                        keep=tmp_path)
    assert report.passed and report.failures_injected > 0 and report.restores > 0
    golden = json.loads(next(tmp_path.glob("*/golden/results.json")).read_text())
    bases = {golden["runs"][0]["stimulus"]["inputs"][p] for p in ("a", "b", "c")}
    assert len(bases) == 3  # distinct regions
    for run in golden["runs"]:
        assert run["memory_writes"]["m_axi_gmem2"] == [100, 0]  # 100 defined words written back
        assert run["memory_writes"]["m_axi_gmem0"] == [0, 0]
        written = run["memories"]["m_axi_gmem2"]
        assert list(written) == [format(run["stimulus"]["inputs"]["c"] // PAGE, "x")]


def test_more_pages_than_the_cap_are_flagged() -> None:
    from hls.verification.axi_mem import MAX_PAGES

    slave = _slave()
    for page in range(MAX_PAGES + 1):
        slave.read_word(page * PAGE)
    assert slave.too_large and len(slave.pages) == MAX_PAGES + 1  # the cap's pages and one scratch page


def test_an_access_outside_the_pointer_regions_is_refused_in_one_line(tmp_path: Path) -> None:
    # the read address no longer comes from a pointer argument: the design reads absolute address 0x40,
    # outside the region its one pointer (dst) was set to
    text = (FIXTURES / "axi_copy.v").read_text().replace("assign m_axi_gmem_ARADDR = src_q;",
                                                         "assign m_axi_gmem_ARADDR = 64'h40;")
    design = tmp_path / "axi_abs.v"
    design.write_text(text)
    with pytest.raises(HlsError, match=r"^memory m_axi_gmem: the original design accessed \d+ bytes outside "
                                       r"the regions its pointer arguments were set to"):
        hls.verify(design, top="axi_copy", budget_cycles=40, failures=0, runs=1)


def test_pointers_in_axi_lite_registers_are_set_to_their_regions(tmp_path: Path) -> None:
    # offset=slave: src and dst are 64-bit argument registers of the control slave (DATA_0 and DATA_1),
    # found through the slave's outputs reaching the address channels, and written by the host before ap_start
    files = [FIXTURES / "axi_copy_lite.v", FIXTURES / "axi_copy.v"]
    report = hls.verify(files, top="axi_copy_lite", budget_cycles=40, failures=20, runs=3, keep=tmp_path)
    assert report.passed and report.failures_injected == 20 and report.restores > 0
    assert report.axi_memories == [{"name": "m_axi_gmem", "protocol": "axi4",
                                    "pointers": {"src": 1 << 24, "dst": 2 << 24}}]
    golden = json.loads(next(tmp_path.glob("*/golden/results.json")).read_text())
    for run in golden["runs"]:
        src, dst = run["stimulus"]["axi"]["src"], run["stimulus"]["axi"]["dst"]
        assert {src, dst} == {1 << 24, 2 << 24}
        assert list(run["memories"]["m_axi_gmem"]) == [format(dst // PAGE, "x")]
        assert run["memory_writes"]["m_axi_gmem"] == [16, 0]


def test_an_in_place_update_cut_mid_burst_needs_the_forced_checkpoint(tmp_path: Path) -> None:
    # axi_copy writing back where it read (dst = src): a failure after some beats of the write burst, with no
    # checkpoint between the read and the write, re-reads words already incremented. The WAR analysis refuses
    # such a plan; forced through with --allow-war, verify sees the damage; the planner's forced checkpoint at
    # S_W makes the re-execution resend the burst from data saved before it
    design = tmp_path / "axi_inplace.v"
    design.write_text((FIXTURES / "axi_copy.v").read_text().replace("assign m_axi_gmem_AWADDR = dst_q;",
                                                                    "assign m_axi_gmem_AWADDR = src_q;"))
    with pytest.raises(HlsError, match=r"m_axi_gmem is read in S_R and written later in S_W with no "
                                       r"checkpoint in between: .*; checkpoint S_W \(or pass --allow-war"):
        hls.insert(design, top="axi_copy", states="S_IDLE,S_AR")
    unsafe = hls.verify(design, top="axi_copy", states="S_IDLE,S_AR", allow_war=True, failures=30, runs=4)
    assert not unsafe.passed and any("memory m_axi_gmem" in d for d in unsafe.mismatch_details)
    safe = hls.verify(design, top="axi_copy", budget_cycles=40, failures=30, runs=4)
    assert safe.passed and "S_W" in safe.checkpoint_states and safe.failures_injected > 0
