"""Gating of the top module's ap_memory ports for checkpointing (docs/hls-instrumentation.md, "The patch").

``ce``/``we`` are driven low while the design is frozen or powered off (the design's own driver is renamed
``ckpt_int_<port>``), and the read data ``q`` of a port is replaced for the design by ``ckpt_q_<port>``: the
value restored from the checkpoint until the design issues its next read on that port.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from hls.emit.modules import ModuleText
from hls.emit.scan import Token
from hls.emit.spec import InstrumentSpec
from hls.errors import HlsError


@dataclass
class MemoryPortPatch:
    """Text edits (pos, stop, replacement), declarations and logic lines for one module."""

    edits: list[tuple[int, int, str]] = field(default_factory=list)
    decls: list[str] = field(default_factory=list)
    logic: list[str] = field(default_factory=list)


def gate_memory_ports(module: ModuleText, tokens: list[Token], spec: InstrumentSpec,
                      rv_names: dict[str, str]) -> MemoryPortPatch:
    """Gate the top's ap_memory enables while frozen; hold read data for the design after a restore.
    ``rv_names``: the wires carrying the restore value of each saved name (a saved read-data port's among
    them)."""
    patch = MemoryPortPatch()
    rename: dict[str, str] = {}
    for port in spec.memory_ports:
        for name in (port.ce, port.we):
            if name is None:
                continue
            rename[name] = f"ckpt_int_{name}"
            if _ansi_logic(module, tokens, name):
                # SystemVerilog ``output logic x`` (Calyx): the design drives a logic of its own, the port is
                # continuously assigned the gated value (legal for a variable with no other driver)
                patch.decls.append(f"logic {module.port_ranges.get(name, '')} ckpt_int_{name};")
            elif _split_output_reg(module, tokens, name, patch):
                pass
            elif name not in module.regs:
                patch.decls.append(f"wire {module.port_ranges.get(name, '')} ckpt_int_{name};")
            patch.logic.append(f"assign {name} = (ckpt_hold | ckpt_power_off) ? 1'b0 : ckpt_int_{name};")
        if port.q is None:
            continue
        q = port.q
        rename[q] = f"ckpt_q_{q}"
        packed = module.port_ranges.get(q, "")
        patch.decls.append(f"wire {packed} ckpt_q_{q};")
        patch.decls.append(f"reg {packed} ckpt_qval_{q};")
        patch.decls.append(f"reg ckpt_qsel_{q};")
        value = rv_names.get(q, f"ckpt_qval_{q}")
        patch.logic.append(
            f"assign ckpt_q_{q} = ckpt_qsel_{q} ? ckpt_qval_{q} : {q};\n"
            f"always @(posedge {spec.clock}) begin\n"
            f"  if (ckpt_power_off) ckpt_qsel_{q} <= 1'b0;\n"
            f"  else if (ckpt_restore) begin\n"
            f"    ckpt_qsel_{q} <= 1'b1;  // the restored state may use a read issued before the save\n"
            f"    ckpt_qval_{q} <= {value};\n"
            f"  end else if (!ckpt_hold && ckpt_int_{port.ce}) ckpt_qsel_{q} <= 1'b0;  // a new read\n"
            f"end"
        )
    skip = set()
    for start, end in module.direction_spans:
        skip.update(range(start, end))
    for index in range(module.header_end + 1, module.end_index):
        tok = tokens[index]
        if tok.kind != "ident" or tok.text not in rename or index in skip:
            continue
        if tokens[index - 1].text == ".":
            continue  # a named port connection or hierarchical name: the child's own port
        patch.edits.append((tok.start, tok.end, rename[tok.text]))
    return patch


def _ansi_logic(module: ModuleText, tokens: list[Token], name: str) -> bool:
    """``name`` is declared ``output logic`` in the module's ANSI port list."""
    if not module.ansi or module.ports_open is None or module.ports_close is None:
        return False
    for index in range(module.ports_open + 1, module.ports_close):
        if tokens[index].text != name:
            continue
        back = index - 1
        while back > module.ports_open and tokens[back].text not in ("input", "output", "inout", ","):
            if tokens[back].text == "logic":
                return True
            back -= 1
        if back > module.ports_open and tokens[back].text == "output":
            return False
    return False


def _split_output_reg(module: ModuleText, tokens: list[Token], name: str, patch: MemoryPortPatch) -> bool:
    """``output reg [..] x;`` becomes ``output [..] x; reg [..] ckpt_int_x;`` (True when done)."""
    if module.ansi and name in module.regs:
        raise HlsError(f"memory port {name} is an ANSI 'output reg'; the instrumenter cannot gate it")
    for start, end in module.direction_spans:
        texts = [tok.text for tok in tokens[start:end]]
        if name not in texts or "reg" not in texts:
            continue
        if "=" in texts or texts.count(",") > 0:
            raise HlsError(f"memory port {name}: declare it alone as 'output reg' without initialiser")
        packed = module.port_ranges.get(name, "")
        first, last = tokens[start].start, tokens[end].end
        patch.edits.append((first, last, f"output {packed} {name}; reg {packed} ckpt_int_{name};"))
        return True
    return False
