"""Where each signal of a flattened netlist is driven (combinational, clocked, initial value), its width,
and which combinational signals read it: the lookups every analysis starts from."""

from __future__ import annotations

from collections import defaultdict

from hls.exprs import assigned_in, stmt_refs
from hls.ir import Assign, Const, Netlist, Process, Ref


class NetIndex:
    """Drivers and widths of the signals of a netlist."""

    def __init__(self, netlist: Netlist) -> None:
        self.netlist = netlist
        self.comb: dict[str, list[Process]] = defaultdict(list)
        self.seq: dict[str, list[Process]] = defaultdict(list)
        self.initial: dict[str, int] = {}
        for p in netlist.processes:
            names = set(assigned_in(p.body))
            for n in names:
                if p.kind == "comb":
                    self.comb[n].append(p)
                elif p.kind == "seq":
                    self.seq[n].append(p)
            if p.kind == "initial":
                for s in p.body:
                    if isinstance(s, Assign) and isinstance(s.target, Ref) and isinstance(s.value, Const):
                        if not s.value.xmask:
                            self.initial[s.target.name] = s.value.value
        self.width_of = Widths(netlist)
        # Calyx leaves a cell input no group drives undeclared-driven (``logic t0_write_en;`` and nothing
        # else): Calyx's semantics give it 0 (its 2020 back end still wrote the 0s in an initial block)
        self.undriven_zero: frozenset[str] = frozenset()
        # Calyx's output: its registers are instances of the std_reg primitive (the Calyx-only rules apply)
        self.calyx = any(inst.module == "std_reg" for inst in netlist.instances)
        if self.calyx:
            inputs = {p.name for p in netlist.ports if p.direction != "output"}
            self.undriven_zero = frozenset(
                name for name, sig in netlist.signals.items()
                if not sig.scope and sig.depth is None and name not in inputs and name not in self.comb
                and name not in self.seq and name not in self.initial
            )
        # readers: signal -> signals whose comb logic reads it (to find what depends on the state register)
        self.comb_readers: dict[str, set[str]] = defaultdict(set)
        for p in netlist.processes:
            if p.kind != "comb":
                continue
            targets = set(assigned_in(p.body))
            for r in {r for s in p.body for r in stmt_refs(s)}:
                self.comb_readers[r] |= targets

    def fan_out(self, root: str) -> set[str]:
        """Signals whose combinational value depends on ``root``."""
        seen = {root}
        todo = [root]
        while todo:
            for n in self.comb_readers.get(todo.pop(), ()):
                if n not in seen:
                    seen.add(n)
                    todo.append(n)
        return seen


class Widths:
    def __init__(self, netlist: Netlist) -> None:
        self.signals = netlist.signals

    def __call__(self, name: str) -> int:
        s = self.signals.get(name)
        return s.width if s else 32

    def is_memory(self, name: str) -> bool:
        s = self.signals.get(name)
        return bool(s and s.depth is not None)
