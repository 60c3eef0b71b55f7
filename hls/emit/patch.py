"""Textual patch of one module of the design for checkpointing.

Every module under the top gets an input ``ckpt_hold`` that freezes its clocked always blocks (the design does
not advance while the controller saves or restores). Modules on the path to a saved register ("carriers")
also get ``ckpt_restore``, ``ckpt_id``, ``ckpt_rdata`` (in) and ``ckpt_wdata``, ``ckpt_at`` (out): each
carrier contributes its own saved registers to the slot being written and loads them back on restore.

Each clocked always block ``always @(EV) STMT`` becomes::

    always @(EV) begin
      if (ckpt_restore [&& !ASYNC]) begin <saved regs this block assigns> <= <stored values>; end
      else if (!ckpt_hold [|| ASYNC]) begin STMT end
    end

where ASYNC is the block's asynchronous reset condition, if its event list has one (so a reset is never held
off). Everything else in the module's text (comments, attributes, initialisers) is left as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from hls.emit.memports import gate_memory_ports
from hls.emit.modules import AlwaysBlock, ModuleText
from hls.emit.scan import Token, assignments
from hls.emit.spec import InstrumentSpec, SavedVar
from hls.errors import HlsError

HOLD_PORTS = (("input", "1", "ckpt_hold"),)
OFF_PORT = ("input", "1", "ckpt_off")  # power off (in reset): writes to non-volatile arrays are blocked


@dataclass
class ModuleRole:
    """How one module (or one instance-specific copy of it) is patched."""

    module: ModuleText
    name: str  # emitted module name (a copy when it differs from module.name)
    kind: str  # "hold", "carrier" or "top"
    local: dict[int, list[tuple[SavedVar, int]]] = field(default_factory=dict)  # site -> (var, offset)
    holds_state: bool = False
    children: dict[str, tuple[str, bool]] = field(default_factory=dict)  # instance -> (module name, carrier)
    off_port: bool = False  # gets ckpt_off: it or a module below it has a non-volatile array
    off_children: frozenset[str] = frozenset()  # instances to pass ckpt_off to
    nv_arrays: frozenset[str] = frozenset()  # its own arrays declared non-volatile


def carrier_ports(spec: InstrumentSpec) -> tuple[tuple[str, str, str], ...]:
    """(direction, width, name) of the ports added to carrier modules, in order. The parallel save path
    reads the slot being saved one NVM word at a time (``ckpt_wdata``, word ``ckpt_index`` of site
    ``ckpt_id`` while ``ckpt_wr``); the scan save path passes its whole chain."""
    if spec.scan:
        return (
            ("input", "1", "ckpt_hold"),
            ("input", "1", "ckpt_restore"),
            ("input", str(spec.id_bits), "ckpt_id"),
            ("input", str(spec.slot_bits), "ckpt_rdata"),
            ("output", str(spec.slot_bits), "ckpt_wdata"),
            ("output", str(len(spec.sites)), "ckpt_at"),
        )
    config = spec.controller
    return (
        ("input", "1", "ckpt_hold"),
        ("input", "1", "ckpt_restore"),
        ("input", str(spec.id_bits), "ckpt_id"),
        ("input", str(spec.slot_bits), "ckpt_rdata"),
        ("input", "1", "ckpt_wr"),
        ("input", str(config.index_bits), "ckpt_index"),
        ("output", str(config.word_bits), "ckpt_wdata"),
        ("output", str(len(spec.sites)), "ckpt_at"),
    )


def _range(width: str | int) -> str:
    return "" if str(width) == "1" else f"[{int(width) - 1}:0] "


def _ref(name: str) -> str:
    """A name as it may be written in Verilog: an escaped identifier needs its terminating space."""
    return name + " " if name.startswith("\\") else name


def _sanitize(name: str) -> str:
    return re.sub(r"\W", "_", name.lstrip("\\").strip())


class ModulePatcher:
    """Builds the patched text of one module from its token positions."""

    def __init__(self, text: str, tokens: list[Token], spec: InstrumentSpec, role: ModuleRole) -> None:
        self.text = text
        self.tokens = tokens
        self.spec = spec
        self.role = role
        self.edits: list[tuple[int, int, str]] = []
        self.decls: list[str] = []
        self.logic: list[str] = []
        self.rv_names: dict[str, str] = {}
        self._local_cache: dict[str, SavedVar] | None = None

    # ----------------------------------------------------------------------------------------- entry point
    def patched(self, extra_ports: tuple[tuple[str, str, str], ...], extra_logic: list[str]) -> str:
        module = self.role.module
        if self.role.name != module.name:
            tok = self.tokens[module.name_index]
            self.edits.append((tok.start, tok.end, self.role.name))
        ports = HOLD_PORTS if self.role.kind == "hold" else carrier_ports(self.spec)
        if self.role.kind == "top":
            ports = extra_ports
        elif self.role.off_port:
            ports = (*ports, OFF_PORT)
        self._add_ports(ports)
        for number, index in enumerate(module.unnamed_blocks, 1):  # named, to be reached from module level
            tok = self.tokens[index]
            self.edits.append((tok.end, tok.end, f" : ckpt_gen{number}"))
        if self.role.kind != "hold":
            self._carrier_logic()
        self._wrap_always_blocks()
        self._connect_children()
        self.logic.extend(extra_logic)
        if self.role.kind == "top":
            if self.role.off_port:
                self.decls.append("wire ckpt_off;")
                self.logic.append("assign ckpt_off = ckpt_power_off;")
            gates = gate_memory_ports(self.role.module, self.tokens, self.spec, self.rv_names)
            self.decls.extend(gates.decls)
            self.logic.extend(gates.logic)
            self.edits.extend(gates.edits)
        header_end = self.tokens[module.header_end].end
        self.edits.append((header_end, header_end, "\n" + "\n".join(self.decls) + "\n" if self.decls else ""))
        end_tok = self.tokens[module.end_index]
        block = "\n".join(self.logic)
        logic = f"// ---- checkpoint logic (hls-ckpt) ----\n{block}\n"
        self.edits.append((end_tok.start, end_tok.start, logic))
        start = self.tokens[module.start_index].start
        return apply_edits(self.text, start, end_tok.end, self.edits)

    # ----------------------------------------------------------------------------------------------- ports
    def _add_ports(self, ports: tuple[tuple[str, str, str], ...]) -> None:
        module = self.role.module
        if module.ports_open is None:
            pos = self.tokens[module.header_end].start
            self.edits.append((pos, pos, "(" + ", ".join(name for _, _, name in ports) + ")"))
            self.decls.extend(f"{d} {_range(w)}{name};" for d, w, name in ports)
            return
        assert module.ports_close is not None
        empty = module.ports_close == module.ports_open + 1
        pos = self.tokens[module.ports_close].start
        sep = "" if empty else ",\n    "
        if module.ansi:
            entries = [f"{d} wire {_range(w)}{name}" for d, w, name in ports]
        else:
            entries = [name for _, _, name in ports]
            self.decls.extend(f"{d} {_range(w)}{name};" for d, w, name in ports)
        self.edits.append((pos, pos, sep + ",\n    ".join(entries) + ("\n" if not empty else "")))

    # ------------------------------------------------------------------------------------- carrier logic
    def _carrier_logic(self) -> None:
        spec = self.spec
        role = self.role
        count = len(spec.sites)
        slot = spec.slot_bits
        wdata = slot if spec.scan else spec.word_bits  # the parallel path carries one word
        if role.kind == "top":
            self.decls.append("wire ckpt_hold, ckpt_restore;")
            self.decls.append(f"wire {_range(spec.id_bits)}ckpt_id;")
            self.decls.append(f"wire {_range(slot)}ckpt_rdata;")
            self.decls.append(f"wire {_range(wdata)}ckpt_wdata;")
            self.decls.append(f"wire {_range(count)}ckpt_at;")
            if not spec.scan:
                self.decls.append("wire ckpt_wr;")
                self.decls.append(f"wire {_range(spec.controller.index_bits)}ckpt_index;")
        muxed = not spec.scan and (role.kind == "top" or bool(role.local))  # driven by _word_mux
        self.decls.append(f"{'reg' if muxed else 'wire'} {_range(wdata)}ckpt_wdata_local;")
        self.decls.append(f"wire {_range(count)}ckpt_at_local;")
        state = spec.state_local
        if role.holds_state:
            width = spec.state_width
            idle = self._axi_idle()
            matches = [f"({_ref(state)} == {width}'d{site.value}){idle}" for site in reversed(spec.sites)]
            self.logic.append(f"assign ckpt_at_local = {{{', '.join(matches)}}};")
            rv = _ref(state)
            for k, site in reversed(list(enumerate(spec.sites))):
                rv = f"(ckpt_id == {spec.id_bits}'d{k}) ? {width}'d{site.value} : {rv}"
            self.decls.append(f"wire {_range(width)}ckpt_rv_state;")
            self.logic.append(f"assign ckpt_rv_state = {rv};")
            self.rv_names[state] = "ckpt_rv_state"
        else:
            self.logic.append(f"assign ckpt_at_local = {count}'d0;")
        self._flatten_arrays()
        self._restore_values()
        self._write_data()
        children = [inst for inst, (_, carrier) in role.children.items() if carrier]
        for inst in children:
            self.decls.append(f"wire {_range(wdata)}ckpt_wdata__{_sanitize(inst)};")
            self.decls.append(f"wire {_range(count)}ckpt_at__{_sanitize(inst)};")
        wdata = " | ".join(["ckpt_wdata_local", *(f"ckpt_wdata__{_sanitize(i)}" for i in children)])
        at = " | ".join(["ckpt_at_local", *(f"ckpt_at__{_sanitize(i)}" for i in children)])
        self.logic.append(f"assign ckpt_wdata = {wdata};")
        self.logic.append(f"assign ckpt_at = {at};")

    def _axi_idle(self) -> str:
        """With Vitis m_axi adapters, whose state is not saved: counters of the transactions in flight
        (read elements requested and not yet taken, writes requested and not yet answered, on the adapter's
        kernel-side ``I_*`` ports); a checkpoint state is one only while they are zero and no request is
        being accepted. Returns the condition to AND into each site's match."""
        spec = self.spec
        if not spec.axi_idle:
            return ""
        if self.role.kind != "top":
            raise HlsError("the state register is not in the top module, which instantiates the m_axi "
                           "adapter(s) " + ", ".join(spec.axi_idle) + ": not supported")
        reset = f"!{spec.reset}" if spec.reset_active_low else spec.reset
        terms = []
        for k, inst in enumerate(spec.axi_idle):
            a = _ref(inst)
            ar, r = f"({a}.I_ARVALID & {a}.I_ARREADY)", f"({a}.I_RVALID & {a}.I_RREADY)"
            aw, b = f"({a}.I_AWVALID & {a}.I_AWREADY)", f"({a}.I_BVALID & {a}.I_BREADY)"
            self.decls.append(f"reg [32:0] ckpt_axi_rd_{k}, ckpt_axi_wr_{k};  // in flight at {inst}")
            self.logic.append(
                f"always @(posedge {spec.clock}) begin\n"
                f"  if ({reset}) begin ckpt_axi_rd_{k} <= 33'd0; ckpt_axi_wr_{k} <= 33'd0; end\n"
                f"  else if (!ckpt_hold && !ckpt_restore) begin\n"
                f"    ckpt_axi_rd_{k} <= ckpt_axi_rd_{k} + ({ar} ? {{1'b0, {a}.I_ARLEN}} : 33'd0) - {r};\n"
                f"    ckpt_axi_wr_{k} <= ckpt_axi_wr_{k} + {aw} - {b};\n"
                f"  end\nend")
            terms.append(f"ckpt_axi_rd_{k} == 33'd0 && ckpt_axi_wr_{k} == 33'd0 && !{ar} && !{aw}")
        self.decls.append("wire ckpt_axi_idle;")
        self.logic.append(f"assign ckpt_axi_idle = {' && '.join(f'({t})' for t in terms)};")
        return " && ckpt_axi_idle"

    def _local_vars(self) -> dict[str, SavedVar]:
        # built once per patcher: _wrap_always_blocks asks for every always block (2,700 blocks x 500 sites
        # made this the hot spot of insert on a 500-state design)
        cached = self._local_cache
        if cached is None:
            cached = {}
            for placed in self.role.local.values():
                for var, _ in placed:
                    cached[var.key] = var
            self._local_cache = cached
        return cached

    def _outer(self, var: SavedVar) -> str:
        """How logic at module level names a saved variable: through the generate blocks it is declared in
        (``could_multi_bursts.araddr_buf``, ``genblk1.mem``). A generate-for block is refused by name."""
        module = self.role.module
        decl = module.decl(var.key)
        if decl is None or not decl.block:
            return _ref(var.local_name)
        if decl.loop or var.key in module.ambiguous:
            token = module.ambiguous[var.key][0] if var.key in module.ambiguous else decl.token
            line = self.text.count("\n", 0, self.tokens[token].start) + 1
            what = ("a generate-for block" if decl.loop else
                    "several unnamed generate blocks (the branch its instance elaborates is not known here)")
            raise HlsError(f"module {module.name}: saved register {var.path} is declared in {what}, line "
                           f"{line}: not supported by the instrumenter")
        return decl.block + _ref(var.local_name)

    def _flatten_arrays(self) -> None:
        for index, var in enumerate(v for v in self._local_vars().values() if v.depth):
            decl = self.role.module.decl(var.key)
            if decl is None or not decl.unpacked:
                where = self.role.module.name
                raise HlsError(f"saved array {var.path} is not declared as a reg array in {where}")
            low = _array_low(decl.unpacked, var)
            if not self.spec.scan:  # the word multiplexer reads the array's words themselves
                self.rv_names[var.key] = self._outer(var)
                continue
            flat = f"ckpt_flat_{index}"
            self.decls.append(f"wire {_range(var.bits)}{flat};")
            self.logic.append(
                f"genvar ckpt_g{index};\ngenerate for (ckpt_g{index} = 0; ckpt_g{index} < {var.depth}; "
                f"ckpt_g{index} = ckpt_g{index} + 1) begin : ckpt_flatten_{index}\n"
                f"  assign {flat}[ckpt_g{index}*{var.width} +: {var.width}] = "
                f"{self._outer(var)}[ckpt_g{index} + {low}];"
                f"\nend\nendgenerate"
            )
            self.rv_names[var.key] = flat

    def _restore_values(self) -> None:
        spec = self.spec
        # where each variable sits in each site's slot, indexed once: (site, offset) by name, sites ascending
        # (a scan of every site per variable was quadratic: 90 s on a 500-state design)
        sites: dict[str, list[tuple[int, int]]] = {}
        for k in sorted(self.role.local):
            for placed, offset in self.role.local[k]:
                sites.setdefault(placed.key, []).append((k, offset))
        for index, (name, var) in enumerate(self._local_vars().items()):
            if var.depth:
                continue
            base = f"ckpt_qval_{name}" if var.port else self._outer(var)
            arms = [f"(ckpt_id == {spec.id_bits}'d{k}) ? ckpt_rdata[{offset + var.width - 1}:{offset}] : "
                    for k, offset in sites.get(name, [])]
            value = "".join(arms) + base  # the first site's test outermost, as the nested form had it
            if spec.scan:  # one offset at every site: the chain's next bits, no per-site multiplexer
                offset = sites[name][0][1]
                value = f"ckpt_rdata[{offset + var.width - 1}:{offset}]"
            rv = f"ckpt_rv_{index}"
            self.decls.append(f"wire {_range(var.width)}{rv};  // restore value of {name}")
            self.logic.append(f"assign {rv} = {value};")
            self.rv_names[name] = rv

    def _write_data(self) -> None:
        spec = self.spec
        slot = spec.slot_bits
        value = f"{slot}'d0"
        if spec.scan:  # the chain's current contents, in the one layout (no site id, no multiplexer)
            local = self.role.local.get(0, [])
            parts = [(offset, self._current_value(var), var.bits) for var, offset in local]
            self.logic.append(f"assign ckpt_wdata_local = {_concat(parts, slot) if parts else value};")
            return
        if self.role.kind != "top" and not self.role.local:
            self.logic.append(f"assign ckpt_wdata_local = {spec.word_bits}'d0;")
            return
        self.logic.append(self._word_mux())

    def _word_mux(self) -> str:
        """The parallel save path's word multiplexer: word ``ckpt_index`` of site ``ckpt_id``'s slot, built
        from the saved registers and array words it overlaps, driven only while a word is written
        (``ckpt_wr``; zero otherwise: operand isolation, and a simulator does nothing more per cycle than
        test ``ckpt_wr``). Sites with the same layout in this module share one arm."""
        spec = self.spec
        wb, ib = spec.word_bits, spec.controller.index_bits
        arms: dict[tuple[tuple[str, int, int, int | None], ...], list[int]] = {}
        for k in range(len(spec.sites)):
            layout = tuple((var.key, offset, var.width, var.depth) for var, offset in
                           self.role.local.get(k, []))
            if layout or self.role.kind == "top":
                arms.setdefault(layout, []).append(k)
        lines = ["always @* begin", f"  ckpt_wdata_local = {wb}'d0;"]
        if arms:
            lines += ["  if (ckpt_wr) begin", "    case (ckpt_id)"]
        for layout, sites in arms.items():
            pieces: list[tuple[int, str, int]] = []  # (offset, expr, bits) of every saved word or register
            if self.role.kind == "top":
                pieces.append((0, "ckpt_id", spec.id_bits))  # the site id, in the arm of that very id
            for key, offset, width, depth in layout:
                var = self._local_vars()[key]
                if depth:
                    low = _array_low(self.role.module.decl(key).unpacked, var)
                    name_ref = self._outer(var)
                    pieces.extend((offset + j * width, f"{name_ref}[{j + low}]", width) for j in range(depth))
                else:
                    pieces.append((offset, self._current_value(var), width))
            words: dict[int, list[str]] = {}
            for offset, value, bits in pieces:
                expr = f"{{{value}}}"  # a concatenation is unsigned: a signed register is zero-extended
                for word in range(offset // wb, (offset + bits - 1) // wb + 1):
                    shift = offset - word * wb
                    term = f"({expr} << {shift})" if shift > 0 else f"({expr} >> {-shift})" if shift else expr
                    words.setdefault(word, []).append(term)
            labels = ", ".join(f"{spec.id_bits}'d{k}" for k in sites)
            lines += [f"      {labels}:", "        case (ckpt_index)"]
            lines += [f"          {ib}'d{word}: ckpt_wdata_local = {' | '.join(terms)};"
                      for word, terms in sorted(words.items())]
            lines += ["          default: ;", "        endcase"]
        if arms:
            lines += ["      default: ;", "    endcase", "  end"]
        lines.append("end")
        return "\n".join(lines)

    def _current_value(self, var: SavedVar) -> str:
        """What a saved variable holds now, as written into the slot."""
        if var.depth:
            return self.rv_names[var.key]
        if var.port:
            return f"ckpt_q_{var.local_name}"
        return self._outer(var)

    # ------------------------------------------------------------------------------------- always blocks
    def _wrap_always_blocks(self) -> None:
        module = self.role.module
        ports = {name for name, var in self._local_vars().items() if var.port}
        restorable = set(self.rv_names) - ports if self.role.kind != "hold" else set()
        restored: set[str] = set()
        uses_loop = False
        for block in module.always:
            if not block.clocked:
                continue
            # names assigned inside generate blocks are matched through the blocks' labels
            assigned = block.assigned
            if module.gen_regs:
                assigned = {module.resolve(block.label, name) for name in block.assigned}
            names = sorted(assigned & restorable)
            restored.update(names)
            lines: list[str] = []
            for name in names:
                var = self._local_vars().get(name)
                if var is not None and var.depth:
                    uses_loop = True
                    lines.extend(self._array_restore(var))
                else:  # the block is in the variable's scope: its own (unprefixed) name
                    target = _ref(var.local_name) if var is not None else _ref(name)
                    lines.append(f"{target} <= {self.rv_names[name]};")
            asynchronous = self._async_condition(block)
            restore_cond = "ckpt_restore" + (f" && !({asynchronous})" if asynchronous else "")
            hold_cond = "!ckpt_hold" + (f" || ({asynchronous})" if asynchronous else "")
            if block.assigned & self.role.nv_arrays:
                self._guard_nv_writes(block)
            first = self.tokens[block.stmt_start].start
            last = self.tokens[block.stmt_end - 1].end
            body = "\n".join("    " + line for line in lines)
            if lines:
                prefix = f"begin\n  if ({restore_cond}) begin\n{body}\n  end else if ({hold_cond}) begin\n"
            else:
                prefix = f"begin\n  if ({hold_cond}) begin\n"
            self.edits.append((first, first, prefix))
            self.edits.append((last, last, "\n  end\nend"))
        missing = set(self.rv_names) - restored - ports
        if self.role.kind != "hold" and missing:
            raise HlsError(
                f"module {module.name}: saved register(s) {', '.join(sorted(missing))} are not assigned in a "
                "clocked always block, so they cannot be restored"
            )
        if uses_loop:
            self.decls.append("integer ckpt_i;")

    def _guard_nv_writes(self, block: AlwaysBlock) -> None:
        """A non-volatile array keeps its contents: each write to one is skipped while power is off or
        returning (in reset), when the random state a failure leaves could otherwise drive it."""
        for bases, first, semicolon in assignments(self.tokens, block.stmt_start, block.stmt_end):
            if set(bases) & self.role.nv_arrays:
                opening, closing = self.tokens[first].start, self.tokens[semicolon].end
                self.edits.append((opening, opening, "begin if (!ckpt_off) "))
                self.edits.append((closing, closing, " end"))

    def _array_restore(self, var: SavedVar) -> list[str]:
        decl = self.role.module.decl(var.key)
        assert decl is not None  # checked by _flatten_arrays
        low = _array_low(decl.unpacked, var)
        if self.spec.scan:
            offset = next(off for placed, off in self.role.local[0] if placed.key == var.key)
            return [f"for (ckpt_i = 0; ckpt_i < {var.depth}; ckpt_i = ckpt_i + 1) {_ref(var.local_name)}"
                    f"[ckpt_i + {low}] <= ckpt_rdata[{offset} + ckpt_i*{var.width} +: {var.width}];"]
        lines = ["case (ckpt_id)"]
        for k in sorted(self.role.local):
            for placed, offset in self.role.local[k]:
                if placed.key == var.key:
                    lines.append(
                        f"  {self.spec.id_bits}'d{k}: "
                        f"for (ckpt_i = 0; ckpt_i < {var.depth}; ckpt_i = ckpt_i + 1)"
                        f" {_ref(var.local_name)}[ckpt_i + {low}] <= "
                        f"ckpt_rdata[{offset} + ckpt_i*{var.width} +: {var.width}];"
                    )
        lines.append("  default: ;")
        lines.append("endcase")
        return lines

    def _async_condition(self, block: AlwaysBlock) -> str:
        """The asynchronous set/reset condition of a block whose event list has more than one edge."""
        if len(block.edges) < 2:
            return ""
        body = {tok.text for tok in self.tokens[block.stmt_start : block.stmt_end]}
        terms = []
        for edge in block.edges:
            kind, signal = edge.split(" ", 1)
            if signal in body:
                terms.append(signal if kind == "posedge" else f"!{signal}")
        return " || ".join(terms)

    # ------------------------------------------------------------------------------------------ instances
    def _connect_children(self) -> None:
        for inst in self.role.module.instances:
            if inst.key not in self.role.children:
                continue
            child_name, carrier = self.role.children[inst.key]
            if child_name != inst.module:
                tok = self.tokens[inst.type_index]
                self.edits.append((tok.start, tok.end, child_name))
            tag = _sanitize(inst.key)  # its wires are the module's: referenced upward from a generate block
            if carrier:
                actual = {
                    "ckpt_hold": "ckpt_hold",
                    "ckpt_restore": "ckpt_restore",
                    "ckpt_id": "ckpt_id",
                    "ckpt_rdata": "ckpt_rdata",
                    "ckpt_wr": "ckpt_wr",
                    "ckpt_index": "ckpt_index",
                    "ckpt_wdata": f"ckpt_wdata__{tag}",
                    "ckpt_at": f"ckpt_at__{tag}",
                }
                order = [name for _, _, name in carrier_ports(self.spec)]
            else:
                actual = {"ckpt_hold": "ckpt_hold"}
                order = ["ckpt_hold"]
            if inst.key in self.role.off_children:
                actual["ckpt_off"] = "ckpt_off"
                order.append("ckpt_off")
            empty = inst.conn_close == inst.conn_open + 1
            if inst.named:
                pos = self.tokens[inst.conn_open].end
                text = ", ".join(f".{port}({actual[port]})" for port in order) + ("" if empty else ", ")
            else:
                pos = self.tokens[inst.conn_close].start
                text = ("" if empty else ", ") + ", ".join(actual[port] for port in order)
            self.edits.append((pos, pos, text))


def _concat(parts: list[tuple[int, str, int]], slot: int) -> str:
    """A ``slot``-bit concatenation placing each (offset, expr, bits) and zero-filling the gaps."""
    pieces: list[str] = []
    position = slot
    for offset, expr, bits in sorted(parts, key=lambda part: -part[0]):
        gap = position - (offset + bits)
        if gap > 0:
            pieces.append(f"{gap}'d0")
        pieces.append(expr)
        position = offset
    if position > 0:
        pieces.append(f"{position}'d0")
    return "{" + ", ".join(pieces) + "}"


def _array_low(unpacked: str, var: SavedVar) -> int:
    """Lowest index of a saved array: numeric bounds are checked against its depth; a bound written as a
    parameter expression (``[0:MEM_SIZE-1]``) is accepted when the other bound is 0 (the analyses' depth)."""
    compact = unpacked.replace(" ", "")
    numeric = re.fullmatch(r"\[\d+:\d+\]", compact)
    if not numeric and re.fullmatch(r"\[0:[^:\[\]]+\]|\[[^:\[\]]+:0\]", compact):
        return 0
    match = re.fullmatch(r"\[(\d+):(\d+)\]", compact)
    if match is None:
        raise HlsError(f"saved array {var.path}: bounds {unpacked} must be numbers (or start at 0)")
    low, high = sorted((int(match.group(1)), int(match.group(2))))
    if high - low + 1 != var.depth:
        raise HlsError(f"saved array {var.path}: declared bounds {unpacked} disagree with depth {var.depth}")
    return low


def apply_edits(text: str, start: int, end: int, edits: list[tuple[int, int, str]]) -> str:
    """``text[start:end]`` with each (pos, stop, replacement) applied; insertions at one point keep order."""
    ordered = sorted(enumerate(edits), key=lambda item: (item[1][0], item[1][1], item[0]))
    out: list[str] = []
    cursor = start
    for _, (pos, stop, replacement) in ordered:
        if pos < cursor:
            raise HlsError("internal error: overlapping text edits while instrumenting")
        out.append(text[cursor:pos])
        out.append(replacement)
        cursor = stop
    out.append(text[cursor:end])
    return "".join(out)
