"""--vcd: the VCD text read back by a small reader written here from IEEE 1364-2005 section 18 (and by the
pyvcd package's tokenizer when it is installed): declarations, strictly increasing times, values."""

from __future__ import annotations

import csv
import io
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from oracles.asm import EXIT, HAVE_TOOLS, STOP_WDT, build_program

from msp430emu.cli.main import main
from msp430emu.output.vcd import STATE_CODES, vcd_text, write_vcd

ROWS = [(0.0, 2.4, "active", "boot"), (0.001, 2.3, "active", ""), (0.001, 2.25, "lpm3", ""),
        (0.0015, 2.2, "active", "checkpoint"), (0.002, 1.8, "off", "failure"), (0.5, 2.4, "active", "boot"),
        (0.5000004, 2.399, "active", "restore"), (0.6, 2.1, "lpm4", "end:halt")]
PCS = [0x4400, 0x4500, 0x4600, 0x4610, 0x4700, 0x4400, 0x4620, 0x10000]


def read_vcd(text: str) -> tuple[str, dict[str, tuple[str, int, str]], list[tuple[int, str, str]]]:
    """(timescale, {id: (type, size, name)}, [(time, id, value)]) from VCD text."""
    words = text.split()
    timescale, variables, changes = "", {}, []
    i, now, header = 0, None, True
    while i < len(words):
        w = words[i]
        if header:
            if w == "$timescale":
                end = words.index("$end", i)
                timescale = " ".join(words[i + 1:end])
                i = end
            elif w == "$var":
                kind, size, ident, name = words[i + 1:i + 5]
                variables[ident] = (kind, int(size), name)
                i = words.index("$end", i)
            elif w == "$enddefinitions":
                header = False
                i += 1
            i += 1
            continue
        if w.startswith("#"):
            now = int(w[1:])
        elif w in ("$dumpvars", "$end"):
            pass
        elif w[0] in "rRbB":
            changes.append((now, words[i + 1], w[1:]))
            i += 1
        else:
            changes.append((now, w[1:], w[0]))
        i += 1
    return timescale, variables, changes


def by_name(variables, changes, name):
    ident = next(k for k, (_, _, n) in variables.items() if n == name)
    return [(t, v) for t, k, v in changes if k == ident]


def test_declarations_and_time_order():
    timescale, variables, changes = read_vcd(vcd_text(ROWS, PCS))
    assert timescale == "1 ns"
    kinds = {name: (kind, size) for kind, size, name in variables.values()}
    assert kinds["v_cap"] == ("real", 64) and kinds["pc"] == ("wire", 20)
    assert kinds["power_state"] == ("wire", 3) and kinds["powered"] == ("wire", 1)
    for name in ("boot", "failure", "checkpoint", "restore", "end"):
        assert kinds[name] == ("event", 1)
    stamps = [line for line in vcd_text(ROWS, PCS).splitlines() if line.startswith("#")]
    times = [int(s[1:]) for s in stamps]
    assert times == sorted(set(times)) and times[0] == 0          # strictly increasing
    assert all(t is not None for t, _, _ in changes)


def test_values_follow_the_rows_and_the_last_row_of_a_tick_wins():
    _, variables, changes = read_vcd(vcd_text(ROWS, PCS))
    volts = by_name(variables, changes, "v_cap")
    assert volts == [(0, "2.4"), (1_000_000, "2.25"), (1_500_000, "2.2"), (2_000_000, "1.8"),
                     (500_000_000, "2.4"), (500_000_400, "2.399"), (600_000_000, "2.1")]
    pcs = by_name(variables, changes, "pc")
    assert pcs[0] == (0, f"{0x4400:b}") and (2_000_000, "x") in pcs          # no PC while off
    assert pcs[-1] == (600_000_000, f"{0x10000:b}")
    states = [(t, int(v, 2)) for t, v in by_name(variables, changes, "power_state")]
    assert states == [(0, STATE_CODES["active"]), (1_000_000, STATE_CODES["lpm3"]),
                      (1_500_000, STATE_CODES["active"]), (2_000_000, STATE_CODES["off"]),
                      (500_000_000, STATE_CODES["active"]), (600_000_000, STATE_CODES["lpm4"])]
    assert by_name(variables, changes, "powered") == [(0, "1"), (2_000_000, "0"), (500_000_000, "1")]
    assert by_name(variables, changes, "boot") == [(0, "1"), (500_000_000, "1")]
    assert by_name(variables, changes, "failure") == [(2_000_000, "1")]
    assert by_name(variables, changes, "checkpoint") == [(1_500_000, "1")]
    assert by_name(variables, changes, "restore") == [(500_000_400, "1")]
    assert by_name(variables, changes, "end") == [(600_000_000, "1")]


def test_pyvcd_tokenizer_reads_the_same_changes():
    reader = pytest.importorskip("vcd.reader")
    text = vcd_text(ROWS, PCS)
    _, _, mine = read_vcd(text)
    now, theirs, names = None, [], {}
    for token in reader.tokenize(io.BytesIO(text.encode())):
        kind = token.kind.name
        if kind == "VAR":
            names[token.data.id_code] = token.data.reference
        elif kind == "CHANGE_TIME":
            now = token.data
        elif kind.startswith("CHANGE_"):
            value = token.data.value
            theirs.append((now, token.data.id_code, value))
    assert len(theirs) == len(mine)
    for (t1, id1, v1), (t2, id2, v2) in zip(theirs, mine, strict=True):
        assert (t1, id1) == (t2, id2)
        if names[id1] == "v_cap":
            assert v1 == pytest.approx(float(v2))
        elif names[id1] in ("pc", "power_state"):
            assert v1 == (v2 if v2 == "x" else int(v2, 2))
        else:
            assert v1 == v2


@settings(max_examples=60, deadline=None, database=None)
@given(st.lists(st.tuples(st.integers(0, 5_000), st.floats(0.0, 3.6, allow_nan=False),
                          st.sampled_from(sorted(STATE_CODES)),
                          st.sampled_from(["", "boot", "failure", "end:x"]), st.integers(0, (1 << 20) - 1)),
                min_size=1, max_size=40))
def test_any_time_ordered_rows_read_back_as_the_last_row_of_each_tick(raw):
    raw.sort(key=lambda r: r[0])
    rows = [(ticks * 1e-7, v, state, event) for ticks, v, state, event, _ in raw]     # 100 ns steps
    pcs = [r[4] for r in raw]
    _, variables, changes = read_vcd(vcd_text(rows, pcs))
    stamps = sorted({t for t, _, _ in changes})
    final: dict[int, tuple[float, str, int]] = {}
    for (t, v, state, _), pc in zip(rows, pcs, strict=True):
        final[round(t * 1e9)] = (v, state, pc)
    assert set(stamps) <= set(final) and stamps[0] == min(final)     # no change stamped at an unknown time
    current: dict[str, str] = {}
    for tick in sorted(final):
        for t, ident, value in changes:
            if t == tick:
                current[variables[ident][2]] = value
        v, state, pc = final[tick]
        assert float(current["v_cap"]) == pytest.approx(v, rel=1e-8, abs=1e-12)
        assert int(current["power_state"], 2) == STATE_CODES[state]
        assert current["pc"] == ("x" if state == "off" else f"{pc:b}")


def test_pc_samples_must_match_the_rows():
    with pytest.raises(ValueError, match="3 PC samples for 8 rows"):
        vcd_text(ROWS, PCS[:3])


def test_write_leaves_only_the_file(tmp_path):
    target = tmp_path / "run.vcd"
    write_vcd(target, ROWS, PCS, comment="a run")
    assert target.read_text() == vcd_text(ROWS, PCS, comment="a run")
    assert target.read_text().startswith("$comment a run $end\n")
    assert [p.name for p in tmp_path.iterdir()] == ["run.vcd"]          # no temporary file left behind


# --- msp430emu run --vcd ----------------------------------------------------------------------------------
SPIN = "start:\n    mov #0x2400, r1\n" + STOP_WDT + "spin:\n    add r5, r6\n    jmp spin\n" + EXIT


@pytest.mark.skipif(not HAVE_TOOLS, reason="llvm-mc-14 / ld.lld-14 not installed")
def test_run_vcd_agrees_with_the_timeline_csv_and_the_json(capsys, tmp_path):
    (tmp_path / "spin").mkdir()
    program = build_program(SPIN, tmp_path / "spin")
    vcd_path, csv_path = tmp_path / "run.vcd", tmp_path / "run.csv"
    code = main(["run", str(program.path), "--harvest", "current:50u", "--progress-boots", "2",
                 "--timeline", str(csv_path), "--vcd", str(vcd_path), "--json"])
    out, err = capsys.readouterr()
    assert code == 0 and err == ""
    d = json.loads(out)
    _, variables, changes = read_vcd(vcd_path.read_text())
    rows = list(csv.DictReader(csv_path.open()))
    last_per_tick = {round(float(r["t_s"]) * 1e9): float(r["v_cap"]) for r in rows}
    volts = by_name(variables, changes, "v_cap")
    assert len(volts) >= 10
    for t, v in volts:                                       # every voltage change is a timeline row's value
        assert float(v) == pytest.approx(last_per_tick[t], abs=1e-6)
    assert len(by_name(variables, changes, "boot")) == d["boots"] == 3
    assert len(by_name(variables, changes, "failure")) == d["power_failures"] == 3
    (end_t, _), = by_name(variables, changes, "end")
    assert end_t == round(d["device_time_s"] * 1e9)
    start, end = program.symbols["start"], program.symbols["exit"]
    for _, value in by_name(variables, changes, "pc"):
        assert value == "x" or start <= int(value, 2) < end     # in the program, x while off
    powered = [v for _, v in by_name(variables, changes, "powered")]
    assert powered == ["1", "0", "1", "0", "1", "0"]
