"""Instrumented Verilog: the design's own text, patched, plus a non-volatile store and an amaranth controller.

The output keeps every module of the input (comments and attributes included) and the top's name and ports,
and adds two top ports: ``ckpt_low_voltage`` (input; in ``low_voltage`` mode a save happens only while it is
high) and ``ckpt_busy`` (output; high while the design is frozen for a save, its commit, or the power-up
restore). Appended modules: ``<top>_ckpt_nv`` (the non-volatile store, marked ``(* nonvolatile = "true" *)``)
and ``<top>_ckpt_ctrl`` (the controller, from :mod:`hls.emit.controller`). See docs/hls-instrumentation.md.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from hls.emit.controller import controller_verilog
from hls.emit.modules import ModuleText, scan_modules
from hls.emit.patch import ModulePatcher, ModuleRole, apply_edits
from hls.emit.scan import Token, needs_preprocessing, packed_width, tokenize
from hls.emit.spec import InstrumentSpec
from hls.errors import HlsError
from hls.frontend.lower import EMIT_FROM_LOWERED, drop_simulation_only, lower
from hls.frontend.textio import read_text

FREE_RUNNING_DONE = "1'b0"  # spec.done of a design without a done signal (Catapult, ap_ctrl_none)
TOP_PORTS = (("input", "1", "ckpt_low_voltage"), ("output", "1", "ckpt_busy"))
NV_SUFFIX = "_ckpt_nv"
CTRL_SUFFIX = "_ckpt_ctrl"


@dataclass
class Instrumented:
    """The instrumented Verilog and the facts about it that reports need."""

    text: str
    top: str
    nv_module: str
    controller_module: str
    slot_bits: int
    nv_bits: int
    words: dict[str, int]
    saved_bits: dict[str, int]
    controller_flops: int
    patched_modules: list[str] = field(default_factory=list)


def read_sources(paths: list[Path]) -> str:
    """The sources as one text; run through ``iverilog -E`` when they use macros or includes."""
    texts: list[str] = []
    for path in paths:
        texts.append(read_text(path))  # UTF-8, or Latin-1 when not valid UTF-8 (hls/textio.py)
    text = "\n".join(texts)
    if needs_preprocessing(tokenize(text)):
        text = preprocess(paths)
    # simulation models of undefined modules inside `synthesis translate_off` (LegUp's Altera memory
    # initialiser) are dropped here as the analysis drops them (hls/lower.py), so what is instrumented and
    # simulated is what was analysed
    text = drop_simulation_only(text)
    lowered = lower(text, " ".join(str(p) for p in paths))
    if EMIT_FROM_LOWERED & set(lowered.rewrites):
        return lowered.text  # SystemVerilog or inlined tasks: instrument what was analysed
    return text


def preprocess(paths: list[Path]) -> str:
    """``iverilog -E`` of the sources into a temporary directory (nothing is written next to them)."""
    iverilog = shutil.which("iverilog")
    if iverilog is None:
        raise HlsError("iverilog is not on PATH (needed to preprocess `define/`include)")
    with tempfile.TemporaryDirectory(prefix="hls-ckpt-pp-") as tmp:
        out = Path(tmp) / "pp.v"
        includes = sorted({str(Path(p).resolve().parent) for p in paths})
        sources = [str(Path(p).resolve()) for p in paths]
        cmd = [iverilog, "-E", "-o", str(out), *(f"-I{d}" for d in includes), *sources]
        proc = subprocess.run(cmd, capture_output=True, text=True, errors="replace", cwd=tmp)
        if proc.returncode != 0:
            first = (proc.stderr.strip().splitlines() or ["unknown error"])[0]
            raise HlsError(f"iverilog -E failed: {first}")
        return read_text(out)       # (Latin-1 bytes of the sources pass through the preprocessor)


def instrument(text: str, spec: InstrumentSpec) -> Instrumented:
    """Patch ``text`` (all source files) for ``spec``; returns the complete instrumented Verilog."""
    tokens = tokenize(text)
    modules = scan_modules(tokens)
    if spec.top not in modules:
        raise HlsError(f"top module {spec.top!r} not found (modules: {', '.join(sorted(modules)) or 'none'})")
    for tok in tokens:
        if tok.kind in ("ident", "escaped") and tok.text.startswith("ckpt_"):
            raise HlsError(
                f"the design already uses the name {tok.text} (reserved prefix ckpt_): instrumented twice?"
            )
    top = modules[spec.top]
    for role_name, port in (("clock", spec.clock), ("reset", spec.reset), ("done", spec.done)):
        body = {t.text for t in tokens[top.header_end : top.end_index]}
        # done may be a net inside the top (AXI-lite control: ap_done feeds the s_axi slave) or a dotted
        # path into an instance (a hierarchical reference in the instrumented top)
        internal = role_name == "done" and (
            port == FREE_RUNNING_DONE or port in body or port.split(".", 1)[0] in body or port == "1'b0"
        )
        if port not in top.port_names and not internal:
            raise HlsError(f"{role_name} port {port!r} is not a port of module {spec.top}")
    for name in (spec.top + NV_SUFFIX, spec.top + CTRL_SUFFIX):
        if name in modules:
            raise HlsError(f"module name {name} is already used by the design")
    roles = _plan_roles(modules, spec)
    pieces: dict[str, str] = {}
    copies: list[str] = []
    for role in roles:
        patcher = ModulePatcher(text, tokens, spec, role)
        extra_ports = TOP_PORTS if role.kind == "top" else ()
        extra = _top_glue(spec) if role.kind == "top" else []
        patched = patcher.patched(extra_ports, extra)
        if role.name == role.module.name:
            pieces[role.module.name] = patched
        else:
            copies.append(patched)
    edits = []
    for name, patched in pieces.items():
        module = modules[name]
        edits.append((tokens[module.start_index].start, tokens[module.end_index].end, patched))
    body = apply_edits(text, 0, len(text), edits)
    config = spec.controller
    ctrl_name = spec.top + CTRL_SUFFIX
    ctrl_text = _strip_top_attribute(controller_verilog(config, ctrl_name))
    parts = [body.rstrip(), *copies, nv_module_verilog(spec), ctrl_text]
    out = "\n\n".join(parts) + "\n"
    return Instrumented(
        text=out,
        top=spec.top,
        nv_module=spec.top + NV_SUFFIX,
        controller_module=ctrl_name,
        slot_bits=config.slot_bits,
        nv_bits=2 * config.slot_bits + 2 + (spec.id_bits if spec.scan else 0),
        words={site.state: config.words[k] for k, site in enumerate(spec.sites)},
        saved_bits=spec.saved_bits,
        controller_flops=flop_bits(ctrl_text, ctrl_name),
        patched_modules=sorted({role.name for role in roles}),
    )


def _plan_roles(modules: dict[str, ModuleText], spec: InstrumentSpec) -> list[ModuleRole]:
    """One role per module (hold-only, in place) plus one per carrier instance needing its own copy."""
    nodes: list[tuple[tuple[str, ...], str]] = []

    def walk(path: tuple[str, ...], name: str, stack: tuple[str, ...]) -> None:
        if name in stack:
            raise HlsError(f"module {name} instantiates itself recursively")
        nodes.append((path, name))
        for inst in modules[name].instances:
            if inst.module in modules:  # (an instance in a generate block: "blk.name", as the analysis)
                walk((*path, inst.key), inst.module, (*stack, name))

    walk((), spec.top, ())
    scopes = {site_var.scope for site in spec.sites for site_var in site.saved} | {spec.state_scope}
    known_paths = {path for path, _ in nodes}
    for scope in scopes:
        if scope not in known_paths:
            where = ".".join(scope)
            raise HlsError(f"instance path {where} of a saved register is not in the design hierarchy")
    carriers = {scope[:i] for scope in scopes for i in range(len(scope) + 1)}
    uses: dict[str, int] = {}
    for _, name in nodes:
        uses[name] = uses.get(name, 0) + 1

    def emitted_name(path: tuple[str, ...], name: str) -> str:
        if path == () or path not in carriers or uses[name] == 1:
            return name
        suffix = "_".join(re.sub(r"\W", "_", part) for part in path)
        return f"{name}__ckpt_{suffix}"

    roles: list[ModuleRole] = []
    in_place: set[str] = set()
    for path, name in nodes:
        module = modules[name]
        carrier = path in carriers
        new_name = emitted_name(path, name)
        if not carrier and name in in_place:
            continue
        if new_name == name:
            if name in in_place:
                continue
            in_place.add(name)
        children = {}
        for inst in module.instances:
            if inst.module in modules:
                child = (*path, inst.key)
                if carrier:
                    children[inst.key] = (emitted_name(child, inst.module), child in carriers)
                else:
                    children[inst.key] = (inst.module, False)
        role = ModuleRole(module, new_name, "top" if path == () else ("carrier" if carrier else "hold"))
        role.children = children
        if carrier:
            role.holds_state = path == spec.state_scope
            # the scan save path has one layout for every site (its restore needs no site id)
            layouts = [spec.scan_layout()] if spec.scan else [spec.offsets(k) for k in range(len(spec.sites))]
            for k, layout in enumerate(layouts):
                placed = [(var, off) for var, off in layout if var.scope == path]
                if placed:
                    role.local[k] = placed
        roles.append(role)
    # a module used several times whose every use is a carrier copy still needs a compilable in-place version
    for path, name in nodes:
        if name not in in_place and path != ():
            in_place.add(name)
            roles.append(ModuleRole(modules[name], name, "hold", children=_hold_children(modules, name)))
    _mark_non_volatile(roles, nodes, modules, spec)
    return roles


def _mark_non_volatile(
    roles: list[ModuleRole], nodes: list[tuple[tuple[str, ...], str]], modules: dict[str, ModuleText], spec
) -> None:
    """Modules with an array declared non-volatile, and every module instantiating one, get ``ckpt_off``."""
    module_at = dict(nodes)
    arrays: dict[str, set[str]] = {}
    for scope, name in spec.nv_arrays:
        if scope not in module_at:
            where = ".".join((*scope, name))
            raise HlsError(f"non-volatile array {where} is not in the design hierarchy")
        arrays.setdefault(module_at[scope], set()).add(name)
    gated = set(arrays)
    changed = bool(gated)
    while changed:
        changed = False
        for _, name in nodes:
            if name not in gated and any(inst.module in gated for inst in modules[name].instances):
                gated.add(name)
                changed = True
    for role in roles:
        module = role.module
        role.off_port = module.name in gated
        role.off_children = frozenset(inst.key for inst in module.instances if inst.module in gated)
        role.nv_arrays = frozenset(arrays.get(module.name, ()))


def _hold_children(modules: dict[str, ModuleText], name: str) -> dict[str, tuple[str, bool]]:
    return {inst.key: (inst.module, False) for inst in modules[name].instances if inst.module in modules}


def _top_glue(spec: InstrumentSpec) -> list[str]:
    if spec.scan:
        return _scan_glue(spec)
    config = spec.controller
    reset_active = f"!{spec.reset}" if spec.reset_active_low else spec.reset
    ib = config.index_bits
    wb = config.word_bits
    top = spec.top
    return [
        "// the controller is reset with the design; NVM writes are gated by power-good (not in reset), and",
        "// hold/restore are too, so the design's own reset is never held off",
        f"wire ckpt_power_off = {reset_active};",
        "wire ckpt_hold_raw, ckpt_restore_raw;",
        "assign ckpt_hold = ckpt_hold_raw & !ckpt_power_off;",
        "assign ckpt_restore = ckpt_restore_raw & !ckpt_power_off;",
        "wire ckpt_nv_valid, ckpt_nv_latest, ckpt_nv_wr_en, ckpt_nv_wr_slot;",
        "wire ckpt_nv_commit, ckpt_nv_commit_latest, ckpt_nv_invalidate;",
        f"wire [{ib - 1}:0] ckpt_nv_wr_index;",
        f"wire [{wb - 1}:0] ckpt_nv_wr_word;",
        "assign ckpt_wr = ckpt_nv_wr_en;  // the design drives word ckpt_index of the slot only while saving",
        "assign ckpt_index = ckpt_nv_wr_index;",
        f"{top}{CTRL_SUFFIX} ckpt_ctrl (",
        f"    .clk({spec.clock}), .rst(ckpt_power_off), .at_ckpt(ckpt_at), .low_voltage(ckpt_low_voltage),",
        f"    .done({spec.done}), .wdata(ckpt_wdata), .nv_valid(ckpt_nv_valid), .nv_latest(ckpt_nv_latest),",
        f"    .nv_id(ckpt_rdata[{spec.id_bits - 1}:0]), .hold(ckpt_hold_raw), .restore(ckpt_restore_raw),",
        "    .busy(ckpt_busy), .ckpt_id(ckpt_id), .nv_wr_en(ckpt_nv_wr_en), .nv_wr_slot(ckpt_nv_wr_slot),",
        "    .nv_wr_index(ckpt_nv_wr_index), .nv_wr_word(ckpt_nv_wr_word), .nv_commit(ckpt_nv_commit),",
        "    .nv_commit_latest(ckpt_nv_commit_latest), .nv_invalidate(ckpt_nv_invalidate));",
        f"{top}{NV_SUFFIX} ckpt_nv (",
        f"    .clk({spec.clock}), .power_good(!ckpt_power_off), .wr_en(ckpt_nv_wr_en),",
        "    .wr_slot(ckpt_nv_wr_slot),",
        "    .wr_index(ckpt_nv_wr_index), .wr_word(ckpt_nv_wr_word), .commit(ckpt_nv_commit),",
        "    .commit_latest(ckpt_nv_commit_latest), .invalidate(ckpt_nv_invalidate), .rdata(ckpt_rdata),",
        "    .valid(ckpt_nv_valid), .latest(ckpt_nv_latest));",
    ]


def _scan_glue(spec: InstrumentSpec) -> list[str]:
    """Controller, store and the chain's shift for the scan save path: the chain moves down one word per
    shift; the word entering at the top is the one leaving at the bottom (save) or the stored word (load)."""
    config = spec.controller
    reset_active = f"!{spec.reset}" if spec.reset_active_low else spec.reset
    ib, wb, sb, idb = config.index_bits, config.word_bits, config.slot_bits, spec.id_bits
    top = spec.top
    used = spec.site_bits(0)  # bits backed by design registers; the rest of the last word is a pad register
    pad = sb - used
    chain = f"{{ckpt_pad, ckpt_wdata[{used - 1}:0]}}" if pad else "ckpt_wdata"
    shifted = "ckpt_shift_in" if sb == wb else f"{{ckpt_shift_in, ckpt_chain[{sb - 1}:{wb}]}}"
    pad_lines = [
        "// the last word's bits that no saved register holds: a pad register keeps the chain a rotation",
        f"reg [{pad - 1}:0] ckpt_pad;",
        f"always @(posedge {spec.clock}) if (ckpt_restore) ckpt_pad <= ckpt_rdata[{sb - 1}:{used}];",
    ] if pad else []
    return [
        "// the controller is reset with the design; NVM writes are gated by power-good (not in reset), and",
        "// hold/restore are too, so the design's own reset is never held off",
        f"wire ckpt_power_off = {reset_active};",
        "wire ckpt_hold_raw, ckpt_restore_raw, ckpt_load;",
        "assign ckpt_hold = ckpt_hold_raw & !ckpt_power_off;",
        "assign ckpt_restore = ckpt_restore_raw & !ckpt_power_off;  // the chain's shift enable",
        "wire ckpt_nv_valid, ckpt_nv_latest, ckpt_nv_wr_en, ckpt_nv_wr_slot;",
        "wire ckpt_nv_commit, ckpt_nv_commit_latest, ckpt_nv_invalidate;",
        f"wire [{ib - 1}:0] ckpt_nv_wr_index, ckpt_nv_rd_index;",
        f"wire [{wb - 1}:0] ckpt_nv_wr_word, ckpt_nv_rd_word, ckpt_shift_in;",
        f"wire [{idb - 1}:0] ckpt_nv_id;",
        f"wire [{sb - 1}:0] ckpt_chain = {chain};",
        f"assign ckpt_shift_in = ckpt_load ? ckpt_nv_rd_word : ckpt_chain[{wb - 1}:0];",
        f"assign ckpt_rdata = {shifted};",
        *pad_lines,
        f"{top}{CTRL_SUFFIX} ckpt_ctrl (",
        f"    .clk({spec.clock}), .rst(ckpt_power_off), .at_ckpt(ckpt_at), .low_voltage(ckpt_low_voltage),",
        f"    .done({spec.done}), .wdata(ckpt_chain[{wb - 1}:0]), .nv_valid(ckpt_nv_valid),",
        "    .nv_latest(ckpt_nv_latest), .nv_id(ckpt_nv_id), .hold(ckpt_hold_raw),",
        "    .restore(ckpt_restore_raw),",
        "    .load(ckpt_load), .nv_rd_index(ckpt_nv_rd_index),",
        "    .busy(ckpt_busy), .ckpt_id(ckpt_id), .nv_wr_en(ckpt_nv_wr_en), .nv_wr_slot(ckpt_nv_wr_slot),",
        "    .nv_wr_index(ckpt_nv_wr_index), .nv_wr_word(ckpt_nv_wr_word), .nv_commit(ckpt_nv_commit),",
        "    .nv_commit_latest(ckpt_nv_commit_latest), .nv_invalidate(ckpt_nv_invalidate));",
        f"{top}{NV_SUFFIX} ckpt_nv (",
        f"    .clk({spec.clock}), .power_good(!ckpt_power_off), .wr_en(ckpt_nv_wr_en),",
        "    .wr_slot(ckpt_nv_wr_slot), .wr_index(ckpt_nv_wr_index), .wr_word(ckpt_nv_wr_word),",
        "    .commit(ckpt_nv_commit), .commit_latest(ckpt_nv_commit_latest), .commit_id(ckpt_id),",
        "    .invalidate(ckpt_nv_invalidate), .rd_index(ckpt_nv_rd_index), .rd_word(ckpt_nv_rd_word),",
        "    .valid(ckpt_nv_valid), .latest(ckpt_nv_latest), .id(ckpt_nv_id));",
    ]


def _scan_nv_module(spec: InstrumentSpec) -> str:
    """The store of the scan save path: two slots read one word at a time (an NVM array's read port), and
    the committed checkpoint's id written with the valid bit and the latest-slot pointer."""
    config = spec.controller
    sb, wb, ib, idb = config.slot_bits, config.word_bits, config.index_bits, spec.id_bits
    return f"""// Non-volatile checkpoint store of {spec.top} (generated by hls-ckpt, scan save path).
// Everything in this module survives power failures (NVM / non-volatile flip-flops): the verification
// harness never disturbs it. Writes happen only while power is good (the design is not in reset).
// Two slots written and read one word at a time; the commit writes the valid bit, the latest-slot pointer
// and the checkpoint id together, last, so a failure mid-save keeps the previous checkpoint.
(* nonvolatile = "true" *)
module {spec.top}{NV_SUFFIX} (
    input wire clk,
    input wire power_good,
    input wire wr_en,
    input wire wr_slot,
    input wire [{ib - 1}:0] wr_index,
    input wire [{wb - 1}:0] wr_word,
    input wire commit,
    input wire commit_latest,
    input wire [{idb - 1}:0] commit_id,
    input wire invalidate,
    input wire [{ib - 1}:0] rd_index,
    output wire [{wb - 1}:0] rd_word,
    output wire valid,
    output wire latest,
    output wire [{idb - 1}:0] id
);
reg [{sb - 1}:0] slot0;
reg [{sb - 1}:0] slot1;
reg valid_q;
reg latest_q;
reg [{idb - 1}:0] id_q;
initial begin
    valid_q = 1'b0;  // a store never written holds no checkpoint
    latest_q = 1'b0;
end
always @(posedge clk) begin
    if (power_good) begin
        if (wr_en && !wr_slot) slot0[wr_index*{wb} +: {wb}] <= wr_word;
        if (wr_en && wr_slot) slot1[wr_index*{wb} +: {wb}] <= wr_word;
        if (commit) begin
            valid_q <= 1'b1;
            latest_q <= commit_latest;
            id_q <= commit_id;
        end else if (invalidate) begin
            valid_q <= 1'b0;
        end
    end
end
assign rd_word = latest_q ? slot1[rd_index*{wb} +: {wb}] : slot0[rd_index*{wb} +: {wb}];
assign valid = valid_q;
assign latest = latest_q;
assign id = id_q;
endmodule
"""


def nv_module_verilog(spec: InstrumentSpec) -> str:
    """The non-volatile store: two slots, a valid bit and a latest-slot bit (written together, last)."""
    if spec.scan:
        return _scan_nv_module(spec)
    config = spec.controller
    sb, wb, ib = config.slot_bits, config.word_bits, config.index_bits
    return f"""// Non-volatile checkpoint store of {spec.top} (generated by hls-ckpt).
// Everything in this module survives power failures (NVM / non-volatile flip-flops): the verification
// harness never disturbs it. Writes happen only while power is good (the design is not in reset).
// Two slots: a save fills the slot that is not the latest, word by word; the commit then writes the valid
// bit and the latest-slot pointer together, last, so a failure mid-save keeps the previous checkpoint.
(* nonvolatile = "true" *)
module {spec.top}{NV_SUFFIX} (
    input wire clk,
    input wire power_good,
    input wire wr_en,
    input wire wr_slot,
    input wire [{ib - 1}:0] wr_index,
    input wire [{wb - 1}:0] wr_word,
    input wire commit,
    input wire commit_latest,
    input wire invalidate,
    output wire [{sb - 1}:0] rdata,
    output wire valid,
    output wire latest
);
reg [{sb - 1}:0] slot0;
reg [{sb - 1}:0] slot1;
reg valid_q;
reg latest_q;
initial begin
    valid_q = 1'b0;  // a store never written holds no checkpoint
    latest_q = 1'b0;
end
always @(posedge clk) begin
    if (power_good) begin
        if (wr_en && !wr_slot) slot0[wr_index*{wb} +: {wb}] <= wr_word;
        if (wr_en && wr_slot) slot1[wr_index*{wb} +: {wb}] <= wr_word;
        if (commit) begin
            valid_q <= 1'b1;
            latest_q <= commit_latest;
        end else if (invalidate) begin
            valid_q <= 1'b0;
        end
    end
end
assign rdata = latest_q ? slot1 : slot0;
assign valid = valid_q;
assign latest = latest_q;
endmodule
"""


def _strip_top_attribute(text: str) -> str:
    return re.sub(r"\(\*\s*top\s*=\s*1\s*\*\)\s*\n", "", text)


def flop_bits(text: str, module_name: str) -> int:
    """Flip-flop bits of ``module_name`` in ``text``: registers assigned in its clocked always blocks."""
    tokens: list[Token] = tokenize(text)
    module = scan_modules(tokens)[module_name]
    total = 0
    for name in module.flops():
        decl = module.regs.get(name)
        total += packed_width(decl.packed, "controller register range") if decl else 1
    return total


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file and a rename (never a half-written file)."""
    path = Path(path)
    directory = path.resolve().parent
    if not directory.is_dir():
        raise HlsError(f"output directory {directory} does not exist")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "w") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except OSError as err:
        Path(tmp).unlink(missing_ok=True)
        raise HlsError(f"cannot write {path}: {err}") from None
