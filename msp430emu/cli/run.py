"""``msp430emu run`` and ``msp430emu disasm``."""

from __future__ import annotations

import sys
from pathlib import Path

from msp430emu.cli.scenario import apply_scenario
from msp430emu.config import RunConfig
from msp430emu.output.report import RunResult
from msp430emu.session import load_firmware, simulate

RUN_OPTIONS = ("fw", "device", "mclk", "vcc", "until", "max_cycles", "dump", "preset", "cap", "v_on", "v_off",
               "v_start", "v_max", "harvest", "max_time", "timeline", "progress_boots", "strategy",
               "v_thresh",
               "check_cycles", "ckpt_region", "v_hibernate", "v_restore", "detect_war", "plot", "vcd",
               "trace", "trace_format", "gdb", "profile", "trace_events", "trace_spans")


def config_from_args(args) -> RunConfig:
    """The :class:`RunConfig` the parsed ``msp430emu run`` options describe (a scenario's values filled
    in)."""
    scenario = apply_scenario(args)         # fills what the command line left out; firmware; output paths
    options = {dest: getattr(args, dest, None) for dest in RUN_OPTIONS}
    title = f"scenario {scenario.name}" if scenario is not None else None
    return RunConfig.from_options(options, title=title)


def execute_run(args) -> RunResult:
    """Run what the parsed ``msp430emu run`` options ask for; writes the requested output files."""
    cfg = config_from_args(args)
    if args.scenario and Path(args.scenario).is_file():     # the scenario file is an input too
        from msp430emu.output.files import check_outputs
        from msp430emu.session import input_paths

        check_outputs(((f"--{o}", getattr(cfg, o)) for o in ("timeline", "plot", "vcd", "trace")),
                      [*input_paths(cfg), Path(args.scenario)])
    return simulate(cfg)


def run_json(argv: list[str]) -> dict:
    """``msp430emu run ARGV --json`` in this process: the JSON object it would print, as a dict (nothing is
    printed). Bad options raise :class:`msp430emu.errors.EmuError` (its message is the one-line error)."""
    from msp430emu.cli.parser import build_parser

    args = build_parser().parse_args(["run", *argv])
    return execute_run(args).to_dict()


def print_run(result: RunResult, as_json: bool) -> int:
    """Print a finished run (its JSON object, or the UART output and the summary); the exit status."""
    from msp430emu.cli.checkpoint import checkpoint_rows
    from msp430emu.cli.debug import profile_rows
    from msp430emu.cli.energy import summary_rows
    from msp430emu.output.report import print_summary
    from msp430emu.war.report import war_summary_rows

    fields = result.extra
    if as_json:
        print(result.to_json())
    else:
        if result.uart:
            sys.stdout.write(result.uart if result.uart.endswith("\n") else result.uart + "\n")
            sys.stdout.flush()
        plain = {k: v for k, v in fields.items() if k != "profile"}
        print_summary(result, extra_rows=summary_rows(plain) + checkpoint_rows(plain)
                      + war_summary_rows(plain) + profile_rows(fields))
    return 1 if result.exit == "fault" else 0


def cmd_run(args) -> int:
    return print_run(execute_run(args), args.json)


def cmd_trace_dump(args) -> int:
    """``msp430emu trace-dump FILE [-o OUT.txt]``: a binary trace as its text lines."""
    from msp430emu.output.trace import dump_trace

    if args.output is None:
        dump_trace(args.file, sys.stdout)
        return 0
    from msp430emu.output.files import atomic_write, check_outputs

    check_outputs([("-o", args.output)], [args.file], work="dump")
    with atomic_write(args.output) as out:
        dump_trace(args.file, out)
    return 0


def cmd_disasm(args) -> int:
    from msp430emu.cpu.disasm import disassemble
    from msp430emu.cpu.state import MachineState
    from msp430emu.devices import load_device
    from msp430emu.machine.memmap import load_segments, map_memory, segment_pairs

    image = load_firmware(args.fw)
    device = load_device(getattr(args, "device", "fr5969"))
    state = MachineState()
    map_memory(device, state)
    segments = segment_pairs(image)
    load_segments(device, state, segments)
    # the loader's choice of a name for an address (a function or object before a label or linker symbol,
    # global before local, fewer leading underscores: main, not __text_end; exit, not _exit)
    names = dict(getattr(image, "addr_to_name", {}) or {})
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
