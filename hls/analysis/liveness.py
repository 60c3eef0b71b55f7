"""Liveness over the FSM graph, and :func:`load_design`, which runs the whole analysis (front end, FSM,
access, liveness) into a :class:`hls.ir.Design`.

Registers are the regs clocked processes write (but the state register); memories are reg arrays written
by clocked processes and ap_memory interfaces of the top. Liveness is the classic backward dataflow over the
FSM graph, with path-sensitive edge kills (docs/hls-pass.md, "Access and liveness"):
``live_out(s) = U live_in(t) for t in succ(s)``, ``live_in(s) = read(s) | U (live_in(t) - must_write(s) -
kill(s, t))``.
"""

from __future__ import annotations

import re
from pathlib import Path

from hls.analysis.access import AccessAnalysis
from hls.analysis.axi import adapter_instances, axi_memories
from hls.analysis.fsm import find_fsm
from hls.analysis.netindex import NetIndex
from hls.analysis.statevalue import allow_deep_logic
from hls.analysis.war import memory_access
from hls.errors import HlsError
from hls.exprs import assigned_in, target_name
from hls.frontend.netlist import load_netlist
from hls.frontend.textio import read_text
from hls.ir import (
    Assign,
    Case,
    Design,
    Fsm,
    If,
    Liveness,
    Loop,
    Memory,
    Netlist,
    Ref,
    Register,
    RegisterAccess,
    Stmt,
)
from hls.memstyles import memory_groups

ROLES = ("address", "ce", "we", "d", "q")


def loop_variables(netlist: Netlist) -> set[str]:
    """Signals assigned only as ``for`` loop indices (the loop's init and step): ``integer j`` of
    ``for (j = 0; j < N; j = j + 1)`` holds no state between clock edges, whatever block the loop is in."""
    loop_vars: set[str] = set()
    elsewhere: set[str] = set()

    def walk(stmts: tuple[Stmt, ...], indices: frozenset[str]) -> None:
        for s in stmts:
            if isinstance(s, Assign):
                name = target_name(s.target)
                if name is not None and name not in indices:
                    elsewhere.add(name)
            elif isinstance(s, If):
                walk(s.then, indices)
                walk(s.other, indices)
            elif isinstance(s, Case):
                for item in s.items:
                    walk(item.body, indices)
            elif isinstance(s, Loop):
                own = frozenset(n for n in (target_name(i.target) for i in s.init if isinstance(i, Assign))
                                if n is not None)
                loop_vars.update(own)
                walk(s.body, indices | own)

    for p in netlist.processes:
        walk(p.body, frozenset())
    return loop_vars - elsewhere


def find_storage(netlist: Netlist, fsm: Fsm, index: NetIndex,
                 non_volatile: frozenset[str] | None = None) -> tuple[dict[str, Register], dict[str, Memory]]:
    """Datapath registers (regs written by clocked processes, but the FSM register) and memories.

    ``non_volatile``: memory names declared non-volatile (None: every memory). ap_memory interfaces are
    always non-volatile from the design's point of view: their storage is outside it."""
    registers: dict[str, Register] = {}
    memories: dict[str, Memory] = {}
    indices = loop_variables(netlist)
    for name in sorted(index.seq):
        sig = netlist.signals.get(name)
        if sig is None or name == fsm.register or name in indices:
            continue
        if sig.depth is not None:
            nv = non_volatile is None or name in non_volatile or sig.local_name in non_volatile
            memories[name] = Memory(name, sig.width, sig.depth, "array", sig.scope, sig.local_name,
                                    sig.module,
                                    non_volatile=nv)
        else:
            registers[name] = Register(name, sig.width, sig.scope, sig.local_name, sig.module, sig.signed)
    ports = {p.name: p for p in netlist.ports}
    for prefix, access_ports in memory_groups({p.name: p.direction for p in netlist.ports}).items():
        if prefix in memories:
            continue
        first = access_ports[0]
        data = ports.get(first.roles.get("q", "")) or ports.get(first.roles.get("d", ""))
        address_bits = ports[first.roles["address"]].width
        if first.style.byte_addressed and data is not None:
            address_bits -= ((data.width + 7) // 8 - 1).bit_length()  # byte address -> word address
        names = tuple(n for port in access_ports for role, n in port.roles.items() if role in ROLES)
        memories[prefix] = Memory(prefix, data.width if data else 0, 1 << max(address_bits, 0), "ap_memory",
                                  ports=names, non_volatile=True)
    for prefix, names in calyx_memory_ports(netlist).items():
        if prefix not in memories:  # Calyx's external memories: outside the design too
            depth = 1 << sum(ports[n].width for n in names if "_addr" in n)
            memories[prefix] = Memory(prefix, ports[f"{prefix}_read_data"].width, depth, "calyx", ports=names,
                                      non_volatile=True)
    return registers, memories


def calyx_memory_ports(netlist: Netlist) -> dict[str, tuple[str, ...]]:
    """Calyx's external memories of the top (``m_addr0``... ``m_write_en``, ``m_write_data`` out,
    ``m_read_data`` in): memory name -> its ports (the address ports first)."""
    ports = {p.name: p for p in netlist.ports}
    found: dict[str, tuple[str, ...]] = {}
    for p in netlist.ports:
        if p.direction != "output" or not p.name.endswith("_addr0"):
            continue
        prefix = p.name[: -len("_addr0")]
        read, write = ports.get(f"{prefix}_read_data"), ports.get(f"{prefix}_write_en")
        if read is None or read.direction != "input" or write is None or write.direction != "output":
            continue
        if f"{prefix}_content_en" in ports:
            raise HlsError(f"{netlist.top} reaches a Calyx sequential memory {prefix} through ports "
                           f"({prefix}_content_en, registered read data): only combinational-read external "
                           "memories (comb_mem) are supported")
        addrs = [p.name]
        while f"{prefix}_addr{len(addrs)}" in ports:
            addrs.append(f"{prefix}_addr{len(addrs)}")
        found[prefix] = (*addrs, *(n for n in (f"{prefix}_write_en", f"{prefix}_write_data",
                                               f"{prefix}_read_data", f"{prefix}_done") if n in ports))
    return found


def access_table(acc: AccessAnalysis, registers: dict[str, Register],
                 memories: dict[str, Memory]) -> dict[str, RegisterAccess]:
    table: dict[str, RegisterAccess] = {}
    for name in list(registers) + [m for m in memories if memories[m].kind == "array"]:
        table[name] = RegisterAccess(name, acc.states_of(acc.may_write.get(name, 0)),
                                     acc.states_of(acc.read.get(name, 0)),
                                     acc.states_of(acc.must_write.get(name, 0)) if name in registers
                                     else frozenset())
    for name, mem in memories.items():
        if mem.kind == "calyx":  # combinational read: read where its read data is used, written where enabled
            write_en = f"{name}_write_en"  # undriven (z) in a read-only memory: never written
            writes = acc.may_be_true(Ref(write_en))[0] if write_en in acc.index.comb else 0
            table[name] = RegisterAccess(name, acc.states_of(writes),
                                         acc.states_of(acc.read.get(f"{name}_read_data", 0)))
            continue
        if mem.kind != "ap_memory":
            continue
        port = memory_groups({p.name: p.direction for p in acc.netlist.ports})[name][0].roles
        ce, we = port["ce"], port.get("we", "")
        reads = acc.may_be_true(Ref(ce))[0]
        writes = acc.may_be_true(Ref(we))[0] if we in acc.netlist.signals else 0
        table[name] = RegisterAccess(name, acc.states_of(writes & reads), acc.states_of(reads))
    return table


def compute_liveness(fsm: Fsm, access: dict[str, RegisterAccess],
                     edge_kills: dict[tuple[str, str], frozenset[str]] | None = None) -> Liveness:
    """Backward dataflow over the FSM graph: the registers live at entry and exit of every state.

    ``edge_kills[(s, t)]``: registers surely overwritten when the FSM goes from s to t (path-sensitive
    kills): ``live_in(s) = read(s) | U_t (live_in(t) - must_write(s) - edge_kills(s, t))``."""
    names = list(access)
    bit = {n: 1 << i for i, n in enumerate(names)}
    use = {s: 0 for s in fsm.states}
    kill = {s: 0 for s in fsm.states}
    for n, a in access.items():
        for s in a.read:
            use[s] |= bit[n]
        for s in a.must_write:
            kill[s] |= bit[n]
    succ = {s: fsm.successors(s) for s in fsm.states}
    edge_kill = {e: sum(bit[n] for n in names if n in regs) for e, regs in (edge_kills or {}).items()}
    live_in = dict.fromkeys(fsm.states, 0)
    live_out = dict.fromkeys(fsm.states, 0)
    changed = True
    order = list(reversed(list(fsm.states)))
    while changed:
        changed = False
        for s in order:
            out = 0
            flow = 0
            for t in succ[s]:
                out |= live_in[t]
                flow |= live_in[t] & ~edge_kill.get((s, t), 0)
            new_in = use[s] | (flow & ~kill[s])
            if out != live_out[s] or new_in != live_in[s]:
                live_out[s], live_in[s] = out, new_in
                changed = True

    def as_set(mask: int) -> frozenset[str]:
        return frozenset(n for n in names if mask & bit[n])
    return Liveness({s: as_set(v) for s, v in live_in.items()}, {s: as_set(v) for s, v in live_out.items()})


def _one_driver(netlist: Netlist, register: str) -> None:
    """Refuse a state register written by two clocked processes: which one wins a cycle depends on the
    simulator's order, and a restore written into one of them would be overridden by the other."""
    writers = [p for p in netlist.processes if p.kind == "seq" and register in assigned_in(p.body)]
    if len(writers) > 1:
        raise HlsError(f"state register {register} is assigned in {len(writers)} clocked always blocks; "
                       "merge them into one (the checkpoint restore needs a single driver)")


def analyze_netlist(netlist: Netlist, non_volatile: frozenset[str] | None = frozenset()) -> Design:
    """FSM, registers, memories, per-state access and liveness of a flattened netlist."""
    allow_deep_logic()
    index = NetIndex(netlist)
    fsm = find_fsm(netlist, index)
    _one_driver(netlist, fsm.register)
    registers, memories = find_storage(netlist, fsm, index, non_volatile)
    adapter_paths = adapter_instances(netlist)
    adapters = tuple(f"{a}." for a in adapter_paths)
    if adapters:  # Vitis's m_axi adapters: empty at every checkpoint, not saved (hls/analysis/axi.py)
        registers = {n: r for n, r in registers.items() if not n.startswith(adapters)}
        memories = {n: m for n, m in memories.items() if not n.startswith(adapters)}
    memories.update(axi_memories(netlist))  # AXI4 masters: off-chip memories (hls/analysis/axi.py)
    acc = AccessAnalysis(netlist, fsm, index)
    access = access_table(acc, registers, memories)
    liveness = compute_liveness(fsm, access, acc.edge_kills())
    edges: dict[str, dict[str, frozenset[str]]] = {}
    table = memory_access(acc, memories, liveness, access, edges)
    return Design(netlist, fsm, registers, memories, access, liveness, table, edges, acc, adapter_paths)


def load_design(files: list[str], top: str | None = None, non_volatile: frozenset[str] | None = frozenset(),
                include_dirs: tuple[str, ...] = (), defines: tuple[str, ...] = ()) -> Design:
    """Parse, flatten and analyse ``files`` (the whole front half of ``hls-ckpt``)."""
    netlist = load_netlist(files, top, include_dirs, defines)
    host = calyx_host_memories(files, netlist)
    if host and non_volatile is not None:
        non_volatile = frozenset(non_volatile) | host
    return analyze_netlist(netlist, non_volatile)


# Calyx's top loads and dumps each ``@external`` memory: ``$readmemh({DATA, "/A0.dat"}, A0.mem);``
_CALYX_READMEM = re.compile(r'\$readmemh\s*\(\s*\{\s*DATA\s*,\s*"/[^"]+"\s*\}\s*,\s*([A-Za-z_][\w.]*)\s*\)')


def calyx_host_memories(files: list[str], netlist: Netlist) -> frozenset[str]:
    """Memories a Calyx top loads from ``+DATA=`` files (its ``@external`` cells): the host's memories, kept
    through power failures like the external-port form of the same cells (non-volatile)."""
    found: set[str] = set()
    for f in files:
        try:
            text = read_text(Path(f))
        except OSError:
            continue
        found.update(m for m in _CALYX_READMEM.findall(text) if m in netlist.signals)
    return frozenset(found)
