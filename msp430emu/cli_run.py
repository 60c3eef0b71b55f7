"""``msp430emu run`` and ``msp430emu disasm``."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from msp430emu.cli_files import atomic_write, parse_dump, parse_hz, parse_int
from msp430emu.errors import ConfigError, LoadError


def load_firmware(path_text: str):
    from msp430emu.loader import load_image

    path = Path(path_text)
    if not path.exists():
        raise LoadError(f"{path}: no such file")
    if not path.is_file():
        raise LoadError(f"{path}: not a regular file")
    return load_image(path)


def execute_run(args):
    """Run what the parsed ``msp430emu run`` options ask for; writes the requested output files.
    Returns ``(result, fields)``: the :class:`RunResult` and the extra JSON fields (energy, checkpoints)."""
    from msp430emu.cli_checkpoint import setup_checkpointing, setup_war_detector
    from msp430emu.cli_energy import energy_setup
    from msp430emu.cli_scenario import apply_scenario, start_recording, write_outputs
    from msp430emu.machine import Machine

    scenario = apply_scenario(args)         # fills what the command line left out; firmware; output paths
    mclk = parse_hz(args.mclk) if args.mclk else None
    max_cycles = parse_int(args.max_cycles, "--max-cycles")
    if max_cycles <= 0:
        raise ConfigError("--max-cycles must be a positive number of cycles")
    dumps = [parse_dump(d) for d in args.dump]
    energy = energy_setup(args, args.device)
    image = load_firmware(args.fw)
    powered = energy is not None and energy.power is not None
    machine = Machine(args.device, image, mclk=mclk, vcc=energy.vcc if powered else args.vcc)
    if energy is not None:
        energy.attach(machine)
    checkpointing = setup_checkpointing(args, machine, image, energy)
    detector = setup_war_detector(args, machine, image, energy, checkpointing)
    recording = start_recording(args, energy, machine)
    until = args.until
    if until is not None:
        machine.symbol(until)               # unknown symbol: one-line error before running
    from msp430emu.cli_debug import run_debug, wants_debug

    profiler = None
    if wants_debug(args):
        result, profiler = run_debug(args, machine, image, energy, checkpointing, max_cycles, dumps)
    elif args.trace:
        from msp430emu.trace import Tracer

        with atomic_write(args.trace) as out:
            result = machine.run(max_cycles=max_cycles, until=until, dumps=dumps,
                                 tracer=Tracer(out, machine.symbols))
    else:
        result = machine.run(max_cycles=max_cycles, until=until, dumps=dumps)
    fields = energy.finish(machine, result) if energy is not None else {}
    if checkpointing is not None:
        fields.update(checkpointing.fields(machine, fields))
    if detector is not None:
        from msp430emu.war_report import war_fields

        fields.update(war_fields(detector))
    if profiler is not None:
        from msp430emu.cli_debug import finish_profile

        fields.update(finish_profile(args, profiler, result, fields))
    write_outputs(args, scenario, recording, fields, result.exit)
    return result, fields


def run_json(argv: list[str]) -> dict:
    """``msp430emu run ARGV --json`` in this process: the JSON object it would print, as a dict (nothing is
    printed). Bad options raise :class:`msp430emu.errors.EmuError` (its message is the one-line error)."""
    from msp430emu.cli import build_parser

    args = build_parser().parse_args(["run", *argv])
    result, fields = execute_run(args)
    return {**result.to_dict(), **fields}


def cmd_run(args) -> int:
    from msp430emu.cli_checkpoint import checkpoint_rows
    from msp430emu.cli_energy import summary_rows
    from msp430emu.report import print_summary
    from msp430emu.war_report import war_summary_rows

    result, fields = execute_run(args)
    if args.json:
        print(json.dumps({**result.to_dict(), **fields}))
    else:
        if result.uart:
            sys.stdout.write(result.uart if result.uart.endswith("\n") else result.uart + "\n")
            sys.stdout.flush()
        from msp430emu.cli_debug import profile_rows

        plain = {k: v for k, v in fields.items() if k != "profile"}
        print_summary(result, extra_rows=summary_rows(plain) + checkpoint_rows(plain)
                      + war_summary_rows(plain) + profile_rows(fields))
    return 1 if result.exit == "fault" else 0


def cmd_disasm(args) -> int:
    from msp430emu.devices import load_device
    from msp430emu.disasm import disassemble
    from msp430emu.memmap import load_segments, map_memory, segment_pairs
    from msp430emu.state import MachineState

    image = load_firmware(args.fw)
    device = load_device("fr5969")
    state = MachineState()
    map_memory(device, state)
    segments = segment_pairs(image)
    load_segments(device, state, segments)
    symbols = dict(getattr(image, "symbols", {}) or {})
    names = {}
    for name, addr in sorted(symbols.items()):
        names.setdefault(addr, name)
    vectors = device.region("vectors")
    objects = {}
    for name, info in (getattr(image, "symbol_info", {}) or {}).items():
        if getattr(info, "kind", "") == "object" and info.size > 0:
            objects[info.addr] = (name, info.size)
    out = sys.stdout
    for start, data in sorted(segments):
        end = start + len(data)
        region = device.region_at(start)
        if region is not None and region.volatile:
            out.write(f"\nsegment 0x{start:05X}-0x{end - 1:05X}: {len(data)} bytes of {region.name} "
                      f"(initial data, not listed)\n")
            continue
        if vectors.contains(start):
            out.write(f"\nvectors 0x{start:05X}-0x{end - 1:05X}:\n")
            for a in range(start & ~1, end, 2):
                target = state.read_word(a)
                out.write(f"  {a:05X}:  {target:04X}  {names.get(target, '')}\n")
            continue
        out.write(f"\nsegment 0x{start:05X}-0x{end - 1:05X}:\n")
        addr = start
        while addr < end:
            if addr in names:
                out.write(f"\n{names[addr]}:\n")
            if addr in objects:                     # a data object: its bytes, not instructions
                name, size = objects[addr]
                size = min(size, end - addr)
                for off in range(0, size, 16):
                    chunk = state.read_bytes(addr + off, min(16, size - off))
                    out.write(f"  {addr + off:05X}:  .byte {', '.join(f'0x{b:02x}' for b in chunk)}\n")
                addr += size + (size & 1)
                continue
            text, length = disassemble(state.read_word, addr, names.get)
            length = max(2, int(length))
            words = " ".join(f"{state.read_word(addr + i):04X}" for i in range(0, length, 2))
            out.write(f"  {addr:05X}:  {words:<15} {text}\n")
            addr += length
    return 0
