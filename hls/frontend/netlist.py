"""Verilog files -> flattened :class:`hls.ir.Netlist` (the only module that uses pyverilog's parser).

Steps: ``iverilog -E`` preprocesses the files into a temporary directory;
:func:`hls.frontend.normalize.normalize`
rewrites what pyverilog 1.3 cannot read; one :class:`VerilogParser` per process (its tables are written to a
private temporary directory, never the working directory) builds the AST;
:class:`hls.frontend.elaborate.Elaborator`
walks it from the top module, evaluating parameters (with instance overrides), and flattens every instance of
a module defined in the files into the netlist. An instance of an undefined module is a black box: the nets it
drives get an unknown value (``$blackbox`` call) and everything connected to it is read.
"""

from __future__ import annotations

import atexit
import os
import re
import shutil
import subprocess
import tempfile

from pyverilog.vparser import ast as va
from pyverilog.vparser.parser import ParseError, VerilogParser

from hls.analysis.statevalue import allow_deep_logic
from hls.errors import HlsError
from hls.frontend.elaborate import Elaborator
from hls.frontend.lower import Lowered, construct_at, lower
from hls.frontend.normalize import normalize
from hls.frontend.textio import read_text
from hls.ir import Netlist, Port

_parser: VerilogParser | None = None


def _get_parser() -> VerilogParser:
    """The pyverilog parser, built once per process with its tables in a private temporary directory."""
    global _parser
    if _parser is None:
        outdir = tempfile.mkdtemp(prefix="hls-pyverilog-")
        atexit.register(shutil.rmtree, outdir, True)
        _parser = VerilogParser(outputdir=outdir, debug=False)
    return _parser


def preprocess(files: list[str], include_dirs: tuple[str, ...] = (), defines: tuple[str, ...] = ()) -> str:
    """Run ``iverilog -E`` over ``files`` and return the preprocessed text."""
    for f in files:
        if not os.path.isfile(f):
            raise HlsError(f"no such Verilog file: {f}")
    iverilog = os.environ.get("PYVERILOG_IVERILOG", "iverilog")
    if shutil.which(iverilog) is None:
        raise HlsError(f"{iverilog} not found on PATH (needed to preprocess Verilog)")
    with tempfile.TemporaryDirectory(prefix="hls-pp-") as tmp:
        out = os.path.join(tmp, "pp.v")
        cmd = [iverilog, "-E", "-o", out]
        for d in include_dirs:
            cmd += ["-I", d]
        for d in defines:
            cmd += ["-D", d]
        proc = subprocess.run(cmd + list(files), capture_output=True, text=True)
        if proc.returncode != 0 or not os.path.exists(out):
            first = (proc.stderr.strip().splitlines() or ["unknown error"])[0]
            raise HlsError(f"iverilog -E failed on {' '.join(files)}: {first}")
        return read_text(out)


def parse_modules(files: list[str], include_dirs: tuple[str, ...] = (),
                  defines: tuple[str, ...] = ()) -> dict[str, va.ModuleDef]:
    """Parse ``files`` (after preprocessing, lowering and normalisation) into module definitions by name."""
    return _parse(files, include_dirs, defines)[0]


def _parse(files: list[str], include_dirs: tuple[str, ...] = (),
           defines: tuple[str, ...] = ()) -> tuple[dict[str, va.ModuleDef], Lowered]:
    source_name = " ".join(files)
    lowered = lower(preprocess(files, include_dirs, defines), source_name)
    text = normalize(lowered.text)
    parser = _get_parser()
    parser.lexer.reset_lineno()
    try:
        source = parser.parse(text)
    except ParseError as err:
        raise HlsError(f"cannot parse {source_name}: {_describe(err, lowered.text)}") from None
    modules: dict[str, va.ModuleDef] = {}
    for d in source.description.definitions:
        if isinstance(d, va.ModuleDef):
            modules[d.name] = d
    if not modules:
        raise HlsError(f"no module found in {' '.join(files)}")
    return modules, lowered


def _describe(err: ParseError, text: str) -> str:
    """pyverilog's ``line:N: before: "x"`` as the construct slang sees at that line, and the line."""
    m = re.search(r"line:(\d+)", str(err))
    if not m:
        return f"unsupported construct ({' '.join(str(err).split())})"
    line = int(m.group(1))
    before = re.search(r'before: "([^"]*)"', str(err))
    token = before.group(1) if before else None
    return f"line:{line}: {construct_at(text, line, token)} is not supported by the pyverilog front end"


def load_netlist(files: list[str], top: str | None = None, include_dirs: tuple[str, ...] = (),
                 defines: tuple[str, ...] = ()) -> Netlist:
    """Parse ``files`` and flatten module ``top`` (default: the only module nobody instantiates)."""
    allow_deep_logic()  # long operator chains (a + b + c ...) nest as deep as they are long
    modules, lowered = _parse(files, include_dirs, defines)
    top = top or _guess_top(modules)
    if top not in modules:
        raise HlsError(f"top module {top!r} not found (modules: {', '.join(sorted(modules))})")
    elab = Elaborator(modules)
    elab.elaborate(top, (), {})
    ports = tuple(
        Port(s.name, s.port, s.width, s.signed) for s in (elab.signals[n] for n in elab.top_ports)
        if s.port is not None
    )
    boxes = {i.module for i in elab.instances if i.black_box}
    undefined = tuple(u for u in lowered.undefined if u[0] in boxes)
    return Netlist(top, ports, elab.signals, elab.processes, elab.instances, tuple(files), undefined)


def _guess_top(modules: dict[str, va.ModuleDef]) -> str:
    used: set[str] = set()
    for m in modules.values():
        for item in m.items:
            if isinstance(item, va.InstanceList):
                used.add(item.module)
    roots = [name for name in modules if name not in used]
    if len(roots) != 1:
        raise HlsError(f"cannot tell the top module (candidates: {', '.join(sorted(roots))}); use --top")
    return roots[0]


def _first_match(files: tuple[str, ...] | list[str], pattern: re.Pattern[str]) -> str:
    """``file.v:N`` of the first match of ``pattern`` in the user's files (in their order), or ``""``."""
    for name in files:
        try:
            text = read_text(name)
        except OSError:
            continue
        m = pattern.search(text)
        if m:
            return f"{os.path.basename(name)}:{text.count(chr(10), 0, m.start()) + 1}"
    return ""


def port_location(files: tuple[str, ...] | list[str], port: str) -> str:
    """Where a port is declared in the user's files: ``file.v:N`` of its first ``input``/``output``
    declaration (ANSI or not), or the empty string."""
    return _first_match(files, re.compile(rf"\b(?:input|output|inout)\b[^;()]*?\b{re.escape(port)}\b"))


def instance_location(files: tuple[str, ...] | list[str], module: str, instance: str, line: int) -> str:
    """Where an instance is in the user's files: ``file.v:N`` (``line`` counts in the files' preprocessed
    concatenation, which names no file; the instantiation is looked up in each file), or ``line N``."""
    pattern = re.compile(rf"\b{re.escape(module)}\s*(#\s*\((?:[^;]*?)\))?\s*{re.escape(instance)}\s*\(", re.S)
    return _first_match(files, pattern) or f"line {line}"
