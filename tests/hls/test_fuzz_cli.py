"""Fuzz ``hls-ckpt`` (issue 14): mutated Verilog and random option values never give a traceback, exit 0 or 2,
leave no output file behind on failure and never change an input. Bounded: a few dozen examples each."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hls.cli import main

GCD = Path(__file__).resolve().parents[2] / "designs" / "rtl" / "gcd" / "gcd.v"
SOURCE = GCD.read_bytes()
FUZZ = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def _mutate(data: bytes, edits: list[tuple[int, int, bytes]]) -> bytes:
    out = bytearray(data)
    for pos, cut, insert in edits:
        pos %= len(out) or 1
        out[pos : pos + cut] = insert
    return bytes(out)


EDITS = st.lists(st.tuples(st.integers(0, len(SOURCE)), st.integers(0, 8),
                           st.binary(max_size=6) | st.sampled_from([b"\xe9", b"'1", b"defparam", b"(*", b"`",
                                                                      b"generate", b"\x00", b"endmodule"])),
                 min_size=1, max_size=4)


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    try:
        code = main(argv)
    except SystemExit as ex:  # argparse usage errors
        code = int(ex.code or 0)
    err = capsys.readouterr().err
    return code, err


@FUZZ
@given(edits=EDITS)
def test_mutated_verilog(edits: list[tuple[int, int, bytes]], tmp_path: Path,
                         capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "m.v"
    data = _mutate(SOURCE, edits)
    src.write_bytes(data)
    digest = hashlib.sha256(data).hexdigest()
    out = tmp_path / "out.v"
    out.unlink(missing_ok=True)
    for argv in (["analyze", str(src), "--top", "gcd"],
                 ["insert", str(src), "--top", "gcd", "--budget-cycles", "40", "-o", str(out)]):
        code, err = _run(argv, capsys)
        assert code in (0, 2), err
        assert "Traceback" not in err and err.count("\n") <= 1
        assert "internal error" not in err, err
        if code == 2 and argv[0] == "insert":
            assert not out.exists()
    assert hashlib.sha256(src.read_bytes()).hexdigest() == digest
    assert sorted(p.name for p in tmp_path.iterdir()) in (["m.v"], ["m.v", "out.v"])


FLOAT_OPTIONS = ["--cycle-pj", "--trip-count", "--failure-rate", "--power", "--clock-hz"]
VALUES = st.one_of(st.floats(allow_nan=True, allow_infinity=True).map(repr),
                   st.sampled_from(["nan", "inf", "-inf", "1e308", "1e-308", "-0", "0", "x", "", "1_000",
                                    "٣"]))


@FUZZ
@given(option=st.sampled_from(FLOAT_OPTIONS), value=VALUES)
def test_float_options(option: str, value: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    extra = {"--power": ["--clock-hz", "1e6"], "--clock-hz": ["--power", "1e-3"]}.get(option, [])
    out = tmp_path / "o.v"
    out.unlink(missing_ok=True)
    code, err = _run(["insert", str(GCD), "--top", "gcd", "--budget-cycles", "40", "-o", str(out),
                      f"{option}={value}", *extra], capsys)
    assert code in (0, 2) and "Traceback" not in err and err.count("\n") <= 1, err
    assert "internal error" not in err, err
    assert out.exists() == (code == 0)
