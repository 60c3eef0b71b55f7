"""The library API of the RTL checkpoint pass: :func:`analyze`, :func:`insert`, :func:`verify`.

``hls-ckpt analyze|insert|verify`` are thin layers over these three functions (docs/api.md, section "hls").
Every user error raises :class:`hls.errors.HlsError` with a one-line message, the same the CLI prints.

    import hls
    analysis = hls.analyze("designs/rtl/gcd/gcd.v", top="gcd", budget_cycles=40)
    result = hls.insert("designs/rtl/gcd/gcd.v", top="gcd", budget_cycles=40, output="gcd_ckpt.v")
    report = hls.verify("designs/rtl/gcd/gcd.v", top="gcd", budget_cycles=40, failures=20)
"""

from __future__ import annotations

import math
import numbers
import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from hls.errors import HlsError

__all__ = ["Analysis", "InsertResult", "analyze", "insert", "verify"]

PathLike = str | os.PathLike[str]


@dataclass
class Analysis:
    """What ``analyze`` found: the design (FSM, registers, memories, liveness) and, with a budget, a plan."""

    design: Any                       # hls.ir.Design
    plan: Any | None = None           # hls.ir.Plan
    warnings: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """The analysis as JSON data (the keys of ``hls-ckpt analyze --json``)."""
        from hls.analysis.report import analysis_json

        return analysis_json(self.design, self.plan)

    def text(self) -> str:
        """The analysis as ``hls-ckpt analyze`` prints it."""
        from hls.analysis.report import analysis_text

        return analysis_text(self.to_json())

    @property
    def states(self) -> dict[str, int]:
        return dict(self.design.fsm.states)

    @property
    def state_register(self) -> str:
        return str(self.design.fsm.register)


@dataclass
class InsertResult:
    """What ``insert`` produced: the plan, the instrumented Verilog, the summary ``insert --json`` prints."""

    plan: Any                         # hls.ir.Plan
    verilog: str
    summary: dict[str, Any]
    output: Path | None = None
    warnings: list[str] = field(default_factory=list)


def _files(files: PathLike | Sequence[PathLike]) -> list[str]:
    if isinstance(files, (str, os.PathLike)):
        return [os.fspath(files)]
    try:
        out = [os.fspath(f) for f in files]
    except TypeError:
        raise HlsError(f"files: expected a path or a list of paths, not {files!r}") from None
    if not out:
        raise HlsError("no Verilog file given")
    return out


def _finite(name: str, value: float | None, low: float, high: float = math.inf,
            low_open: bool = True) -> float | None:
    """``value`` checked to be a finite number in ``(low, high]`` (``[low, high]`` when not ``low_open``)."""
    if value is None:
        return None
    try:
        v = float(value)
    except (TypeError, ValueError):
        raise HlsError(f"{name} must be a number, not {value!r}") from None
    bad = not math.isfinite(v) or v > high or (v <= low if low_open else v < low)
    if bad:
        bracket = "(" if low_open else "["
        upper = "inf)" if math.isinf(high) else f"{high:g}]"
        raise HlsError(f"{name} must be a finite number in {bracket}{low:g}, {upper}, not {value}")
    return v


def _options(files: list[str], top: str | None, **kw: Any) -> SimpleNamespace:
    """The option set the pass's internals read (the CLI's names), validated."""
    defaults: dict[str, Any] = dict(
        budget_cycles=None, energy=None, states=None, capacitance=None, v_on=None, v_off=None,
        cycle_pj=None, power=None, clock_hz=None, nvm="stt-mram", trip_count=None, failure_rate=None,
        nv_memory=(), nv_memories=False, allow_war=False, mode="always", word_bits=32, resave="budget",
        save_path="parallel",
        clock=None, reset=None, reset_polarity=None, start=None, done=None, include_dirs=(), defines=(),
        blackbox=(),
    )
    unknown = set(kw) - set(defaults)
    if unknown:
        raise TypeError(f"unknown option(s): {', '.join(sorted(unknown))}")
    defaults.update(kw)
    ns = SimpleNamespace(files=files, top=top, **defaults)
    from hls.placement.plan import CostModel

    ns.trip_count = CostModel.trip_count if ns.trip_count is None else ns.trip_count
    _finite("--trip-count", ns.trip_count, 1.0, low_open=False)
    _finite("--cycle-pj", ns.cycle_pj, 0.0)
    _finite("--power", ns.power, 0.0)
    _finite("--clock-hz", ns.clock_hz, 0.0)
    _finite("--capacitance", ns.capacitance, 0.0)
    _finite("--v-on", ns.v_on, 0.0)
    _finite("--v-off", ns.v_off, 0.0)
    _finite("--failure-rate", ns.failure_rate, 0.0, 1.0, low_open=False)
    for name in ("budget_cycles", "word_bits"):
        value = getattr(ns, name)
        if value is not None and (isinstance(value, bool) or not isinstance(value, numbers.Integral)):
            raise HlsError(f"--{name.replace('_', '-')} must be an integer, not {value!r}")
    from hls.placement.plan import NVM_WRITE_PJ_PER_BIT

    if ns.nvm not in NVM_WRITE_PJ_PER_BIT:
        raise HlsError(f"--nvm must be one of {', '.join(NVM_WRITE_PJ_PER_BIT)}, not {ns.nvm!r}")
    if ns.states is not None and not isinstance(ns.states, str):
        try:
            ns.states = ",".join(str(state) for state in ns.states)    # a list of state names
        except TypeError:
            raise HlsError(f"--states: expected state names, not {ns.states!r}") from None
    for name in ("nv_memory", "include_dirs", "defines", "blackbox"):     # one name, or a sequence of names
        value = getattr(ns, name)
        value = [value] if isinstance(value, (str, os.PathLike)) else value
        try:
            setattr(ns, name, [os.fspath(v) for v in value])
        except TypeError:
            raise HlsError(f"{name}: expected a name or a list of names, not {value!r}") from None
    for d in ns.include_dirs:
        if not Path(d).is_dir():
            raise HlsError(f"-I {d}: no such directory")
    return ns


def check_submodules(design: Any, blackbox: Sequence[str] = ()) -> None:
    """Refuse instances of modules no given file defines (their state would be silently lost)."""
    netlist = getattr(design, "netlist", design)  # a Design, or a Netlist
    missing = [u for u in netlist.undefined if u[0] not in set(blackbox)]
    if missing:
        from hls.frontend.netlist import instance_location

        module, inst, line = missing[0]
        more = f" (and {len(missing) - 1} more)" if len(missing) > 1 else ""
        where = instance_location(netlist.files, module, inst, line)
        raise HlsError(f"module {module} (instance {inst}, {where}) is not defined in the given "
                       f"files{more}: add its source file, or declare it with --blackbox {module} if it "
                       "holds no state")


def _axi_masters(prepared: Any, top: str, ports: Any) -> list[dict]:
    """The AXI4 slave memories verify puts behind the top's ``m_axi`` masters, with their pointer arguments
    (inputs or AXI-lite argument registers reaching the address) set to distinct regions."""
    from hls.analysis.axi import pointer_arguments
    from hls.emit.modules import scan_modules
    from hls.emit.scan import tokenize
    from hls.verification.axi_host import axi_master_configs

    module = scan_modules(tokenize(prepared.text)).get(top)
    if module is None:
        return []
    netlist = prepared.design.netlist
    args = (ports.axi or {}).get("args", [])
    axi_args = tuple(arg["name"] for arg in args if arg["name"] in netlist.signals)
    pointers = pointer_arguments(netlist, axi_args)
    widths = {p.name: p.width for p in netlist.ports}
    return axi_master_configs(module, widths, pointers, axi_args)


@contextmanager
def _missing_submodules_first(names: list[str], top: str | None, ns: Any) -> Iterator[None]:
    """When the analysis fails (no FSM found, ...) and a submodule is missing, the missing submodule is the
    error: a Vivado FFT wrapper's whole state is in the Xilinx core no file defines."""
    try:
        yield
    except HlsError as failure:
        from hls.frontend.netlist import load_netlist

        try:
            netlist = load_netlist(names, top, tuple(ns.include_dirs), tuple(ns.defines))
        except HlsError:
            raise failure from None  # the files themselves are the problem: the first error says how
        check_submodules(netlist, ns.blackbox)
        raise


def analyze(files: PathLike | Sequence[PathLike], top: str | None = None, **options: Any) -> Analysis:
    """Find the FSM, registers, memories and per-state liveness of a design; with ``budget_cycles`` or
    ``energy`` also place the checkpoints (:attr:`Analysis.plan`). Options are ``hls-ckpt analyze``'s, as
    keywords (``budget_cycles=40``, ``energy="wisp5"``, ``cycle_pj=2.0``, ``nv_memory=["buf"]``...)."""
    from hls.analysis.liveness import load_design
    from hls.analysis.war import check_plan
    from hls.options import budget_cycles, check_nv_memories, check_source_files, cost_model, nv_set
    from hls.placement.plan import plan_checkpoints

    names = _files(files)
    check_source_files(names)
    ns = _options(names, top, **options)
    model = cost_model(ns)
    with _missing_submodules_first(names, top, ns):
        design = load_design(names, top, nv_set(ns), tuple(ns.include_dirs), tuple(ns.defines))
    check_submodules(design, ns.blackbox)
    check_nv_memories(design, ns)
    budget = budget_cycles(ns)
    plan = None
    warnings: list[str] = []
    if budget is not None:
        plan = plan_checkpoints(design, budget, model, ns.allow_war)
        warnings = check_plan(design, plan.states, ns.allow_war)
    return Analysis(design, plan, warnings)


def _prepare(files: PathLike | Sequence[PathLike], top: str, options: dict[str, Any]) -> tuple[Any, Any]:
    from hls.prepare import prepare

    if not top:
        raise HlsError("top module required (top=...)")
    ns = _options(_files(files), top, **options)
    ns.files = [Path(f) for f in ns.files]
    with _missing_submodules_first([str(f) for f in ns.files], top, ns):
        prepared = prepare(ns)
    check_submodules(prepared.design, ns.blackbox)
    return prepared, ns


def insert(files: PathLike | Sequence[PathLike], top: str, output: PathLike | None = None,
           **options: Any) -> InsertResult:
    """Plan checkpoints and instrument the design; write the Verilog to ``output`` when given (atomically,
    never onto one of the inputs). Options are ``hls-ckpt insert``'s, as keywords (exactly one of
    ``budget_cycles``, ``energy``, ``states``)."""
    from hls.outputs import check_output, write_output
    from hls.prepare import plan_summary

    names = _files(files)
    if output is not None:
        check_output(Path(output), [Path(f) for f in names], "-o")
    prepared, _ns = _prepare(names, top, options)
    summary = plan_summary(prepared)
    out = None
    if output is not None:
        out = Path(output)
        from hls.frontend.textio import encoding_of

        latin = any(encoding_of(Path(f).read_bytes()) == "latin-1" for f in names)
        write_output(out, prepared.instrumented.text, "latin-1" if latin else "utf-8")
        summary["output"] = str(out)
    return InsertResult(prepared.plan, prepared.instrumented.text, summary, out, list(prepared.warnings))


def verify(files: PathLike | Sequence[PathLike], top: str, failures: int, runs: int = 10, seed: int = 1,
           max_cycles: int = 20_000, keep: PathLike | None = None, cold_start: str = "power-on",
           free_cycles: int = 200, **options: Any) -> Any:
    """Instrument like :func:`insert`, then simulate original and instrumented design in Icarus under
    ``failures`` injected power failures; returns the :class:`hls.verification.campaign.VerifyReport`
    (``.passed``). ``free_cycles``: the length of one run of a free-running design (no start/done)."""
    from hls.emit.scan import verilog_name
    from hls.verification.campaign import Campaign, Handshake, harness_ports, run_campaign

    if not isinstance(failures, int) or failures < 0:
        raise HlsError(f"--failures must not be negative, not {failures}")
    if not isinstance(runs, int) or runs < 1:
        raise HlsError(f"--runs must be at least 1, not {runs}")
    if not isinstance(max_cycles, int) or max_cycles < 1:
        raise HlsError(f"--max-cycles must be positive, not {max_cycles}")
    if isinstance(seed, bool) or not isinstance(seed, int):
        raise HlsError(f"--seed must be an integer, not {seed!r}")
    keep_dir = None
    if keep is not None:
        keep_dir = Path(keep).resolve()        # relative to where we were called, before any chdir
        if not keep_dir.is_dir():
            raise HlsError(f"--keep: no such directory {keep}")
    prepared, ns = _prepare(files, top, options)
    cp = prepared.ports
    free = cp.free_running            # no start/done: outputs compared over a fixed golden run
    # AXI-lite control (start/done inside the design): the testbench drives the s_axi_* slave as the host
    handshake = Handshake(cp.clock, cp.reset, cp.reset_active_low, None if free else cp.start,
                          None if free else cp.done)
    ports = harness_ports(prepared.text, top, handshake)
    ports.axi_masters = _axi_masters(prepared, top, ports)
    if isinstance(free_cycles, bool) or not isinstance(free_cycles, int) or free_cycles < 1:
        raise HlsError(f"--free-cycles must be at least 1, not {free_cycles!r}")
    campaign = Campaign(runs=runs, failures=failures, seed=seed, max_cycles=max_cycles, cold_start=cold_start,
                        free_cycles=free_cycles)
    kept = frozenset(
        ".".join((*memory.scope, verilog_name(memory.local_name or name).lstrip("\\")))
        for name, memory in prepared.design.memories.items()
        if memory.kind == "array" and memory.non_volatile
    )
    saved = frozenset(
        ".".join((*var.scope, var.local_name.lstrip("\\").rstrip()))
        for site in prepared.spec.sites
        for var in site.saved
    )
    sources = [Path(f) for f in ([files] if isinstance(files, (str, os.PathLike)) else files)]
    shapes = {name: (memory.width, memory.depth) for name, memory in prepared.design.memories.items()
              if memory.kind == "array"}
    report = run_campaign(prepared.text, prepared.instrumented, ports, campaign, ns.mode, keep_dir, kept,
                          sources, saved, shapes)
    report.axi_memories = [{"name": m["name"], "protocol": "vitis-internal" if m["vitis"] else "axi4",
                            "pointers": {p.get("input") or p.get("axi"): p["base"] for p in m["pointers"]}}
                           for m in ports.axi_masters]
    report.plan_summary = _plan_summary(prepared)
    report.plan_warnings = list(prepared.warnings)
    return report


def _plan_summary(prepared: Any) -> dict[str, Any]:
    from hls.prepare import plan_summary

    return plan_summary(prepared)
