"""Insert Mementos trigger calls into clang-14's MSP430 assembly: a pure text-to-text rewrite.

:func:`rewrite` walks the assembly of one translation unit (``clang-14 --target=msp430 -S``) function by
function and inserts ``call #__mementos_check``:

- ``loop`` (and ``timer``, whose gating is the runtime's): before every loop latch, a ``Jxx``/``JMP`` or
  ``BR #label`` whose target label was defined earlier in the same function (a backward branch);
- ``return``: after every ``CALL`` whose target is not part of the runtime (the SDK's EABI, string and
  UART helpers, ``exit``, the checkpoint runtime itself); indirect calls count (their target is unknown).

Functions that contain ``RETI`` (interrupt handlers) are left alone. The program's ``main`` is renamed
``__mementos_main`` (every use of the symbol outside comments and strings), so that the runtime's ``main``
runs first. The check preserves every register and SR, so it can sit between a ``CMP`` and its jump.

Inserting calls lengthens code, so a jump that clang placed near the end of its +-1 KiB range may no
longer reach: :func:`relax_jumps` rewrites given jumps into ``BR #label`` forms (the driver finds them in
the assembler's "fixup value out of range" errors).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

CHECK_SYMBOL = "__mementos_check"
APP_MAIN = "__mementos_main"
MODES = ("loop", "return", "timer")
CALL_CHECK = f"\tcall\t#{CHECK_SYMBOL}"

# Functions of the SDK runtime (designs/firmware/sdk: crt0.S, mspabi_*.c, mspabi_call64.S, string.c,
# uart.c) that a call may target; no trigger follows a call to them (test_instrument_asm.py compares this
# set with the global functions those sources define).
SDK_RUNTIME_FUNCTIONS = frozenset({
    "__crt0_start", "exit", "_exit", "__unhandled_irq",
    "__mspabi_mpyi", "__mspabi_mpyl", "__mspabi_mpyll",
    "__mspabi_divi", "__mspabi_divu", "__mspabi_remi", "__mspabi_remu",
    "__mspabi_divli", "__mspabi_divul", "__mspabi_remli", "__mspabi_remul",
    "__mspabi_divlli", "__mspabi_divull", "__mspabi_remlli", "__mspabi_remull",
    "__mspabi_slli", "__mspabi_srai", "__mspabi_srli", "__mspabi_slll", "__mspabi_sral", "__mspabi_srll",
    "__ashldi3", "__ashrdi3", "__lshrdi3",
    "__mspabi_mpyi_hw", "__mspabi_mpyl_hw", "__mspabi_mpyll_hw", "__mspabi_mpyl_hw32",
    "__mspabi_mpyll_hw32", "__mspabi_mpyi_f5hw", "__mspabi_mpyl_f5hw", "__mspabi_mpyll_f5hw",
    "__sdk_mpy64", "__sdk_divlli", "__sdk_divull", "__sdk_remlli", "__sdk_remull",
    "memcpy", "memmove", "memset",
    "uart_init", "putchar", "print_str", "print_hex8", "print_hex16", "print_hex32", "print_dec",
    "print_u32", "print_nl",
})
RUNTIME_PREFIXES = ("__mspabi_", "__mementos")

# conditional jump -> the jump taken in the opposite case (JN has none)
INVERSE_JUMP = {
    "jne": "jeq", "jnz": "jeq", "jeq": "jne", "jz": "jne",
    "jc": "jnc", "jhs": "jnc", "jnc": "jc", "jlo": "jc",
    "jge": "jl", "jl": "jge",
}
JUMPS = frozenset(INVERSE_JUMP) | {"jmp", "jn"}

LABEL = re.compile(r"^\s*([A-Za-z_.$][\w.$]*):")
IDENT = re.compile(r"[A-Za-z_.$][\w.$]*")
TYPE_FUNCTION = re.compile(r"^\s*\.type\s+([A-Za-z_.$][\w.$]*)\s*,\s*[@%]function\b")
STRING = re.compile(r'("(?:[^"\\]|\\.)*")')
FAR_LABEL = re.compile(r"\.Lmementos_far(\d+)\b")


# peripherals the checkpoint runtime owns: (name, first address, end address), the timer only in timer mode
OWNED_PERIPHERALS = (("REF_A", 0x01B0, 0x01B2), ("ADC12_B", 0x0800, 0x08A0))
TIMER_PERIPHERAL = ("Timer0_A3", 0x0340, 0x0370)
ABSOLUTE = re.compile(r"&\s*(0[xX][0-9a-fA-F]+|\d+)\b")


class AsmRewriteError(ValueError):
    """The assembly cannot be rewritten as asked (one line)."""


@dataclass(frozen=True)
class TriggerPoint:
    """One inserted check: ``line`` is the 1-based line of the jump or call in the input text."""

    kind: str              # "loop" or "return"
    function: str
    line: int
    instruction: str       # the jump or call, as written (without comment)


@dataclass(frozen=True)
class Rewritten:
    text: str
    points: tuple[TriggerPoint, ...]
    has_main: bool
    skipped_functions: tuple[str, ...]   # interrupt handlers left uninstrumented

    def count(self, kind: str) -> int:
        return sum(p.kind == kind for p in self.points)


def split_comment(line: str) -> tuple[str, str]:
    """(code, comment) of one assembly line; ``;`` inside a string literal is not a comment."""
    in_string = escaped = False
    for i, ch in enumerate(line):
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch == ";":
            return line[:i], line[i:]
    return line, ""


def _instruction(code: str) -> tuple[str, str]:
    """(mnemonic lower-case, operands) of the code part of a line, after any label; ('', '') if none."""
    m = LABEL.match(code)
    rest = code[m.end():] if m else code
    rest = rest.strip()
    if not rest or rest.startswith("."):
        return "", ""
    parts = rest.split(None, 1)
    return parts[0].lower(), (parts[1].strip() if len(parts) > 1 else "")


def _jump_target(mnemonic: str, operands: str) -> str | None:
    """The label a jump (or ``BR #label``) goes to, None for anything else."""
    if mnemonic in JUMPS:
        return operands if IDENT.fullmatch(operands) else None
    if mnemonic == "br" and operands.startswith("#") and IDENT.fullmatch(operands[1:].strip()):
        return operands[1:].strip()
    return None


def _calls_runtime(operands: str) -> bool:
    """True for ``CALL #f`` where f belongs to the runtime (direct calls only)."""
    if not operands.startswith("#"):
        return False
    name = operands[1:].strip()
    return name in SDK_RUNTIME_FUNCTIONS or name.startswith(RUNTIME_PREFIXES) or name == CHECK_SYMBOL


def _rename_symbol(code: str, old: str, new: str) -> str:
    """``code`` with the identifier ``old`` replaced by ``new`` outside string literals."""
    parts = STRING.split(code)
    return "".join(part if part.startswith('"') else
                   IDENT.sub(lambda m: new if m.group(0) == old else m.group(0), part) for part in parts)


def _functions(lines: list[str]) -> tuple[set[str], set[str]]:
    """(names declared as functions, those whose code contains RETI)."""
    names: set[str] = set()
    for line in lines:
        m = TYPE_FUNCTION.match(split_comment(line)[0])
        if m:
            names.add(m.group(1))
    handlers: set[str] = set()
    current = None
    for line in lines:
        code = split_comment(line)[0]
        m = LABEL.match(code)
        if m and m.group(1) in names:
            current = m.group(1)
        if current is not None and _instruction(code)[0] == "reti":
            handlers.add(current)
    return names, handlers


@dataclass(frozen=True)
class PeripheralUse:
    """An absolute access (``&ADDR``) to a register of a peripheral the runtime owns."""

    peripheral: str
    address: int
    line: int


def peripheral_uses(text: str, mode: str) -> list[PeripheralUse]:
    """Accesses of the program to REF_A and ADC12_B (and Timer0_A3 in timer mode) by absolute address, as
    clang writes them for the SDK header's registers; one per peripheral (the first)."""
    owned = OWNED_PERIPHERALS + ((TIMER_PERIPHERAL,) if mode == "timer" else ())
    found: dict[str, PeripheralUse] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        for m in ABSOLUTE.finditer(split_comment(line)[0]):
            addr = int(m.group(1), 0)
            for name, lo, hi in owned:
                if lo <= addr < hi and name not in found:
                    found[name] = PeripheralUse(name, addr, number)
    return sorted(found.values(), key=lambda u: u.line)


def rewrite(text: str, mode: str) -> Rewritten:
    """Insert the trigger calls of ``mode`` (loop, return or timer) and rename ``main``."""
    if mode not in MODES:
        raise AsmRewriteError(f"unknown trigger mode {mode!r} (use one of {', '.join(MODES)})")
    lines = text.splitlines()
    functions, handlers = _functions(lines)
    has_main = "main" in functions
    out: list[str] = []
    points: list[TriggerPoint] = []
    current: str | None = None
    seen: set[str] = set()                       # labels defined so far in the current function
    for number, line in enumerate(lines, start=1):
        code, comment = split_comment(line)
        m = LABEL.match(code)
        if m:
            label = m.group(1)
            if label in functions:
                current, seen = label, set()
            seen.add(label)
        mnemonic, operands = _instruction(code)
        active = current is not None and current not in handlers
        if has_main:
            code = _rename_symbol(code, "main", APP_MAIN)
        before = after = False
        if active and mnemonic:
            if mode in ("loop", "timer"):
                target = _jump_target(mnemonic, operands)
                before = target is not None and target in seen
            elif mnemonic == "call":
                after = not _calls_runtime(operands)
        if before or after:
            points.append(TriggerPoint("loop" if before else "return", current or "",
                                       number, f"{mnemonic}\t{operands}"))
        if before:
            out.append(CALL_CHECK)
        out.append(code + comment)
        if after:
            out.append(CALL_CHECK)
    suffix = "\n" if text.endswith("\n") else ""
    return Rewritten("\n".join(out) + suffix, tuple(points), has_main,
                     tuple(sorted(handlers)))


def relax_jumps(text: str, line_numbers: set[int] | list[int]) -> str:
    """``text`` with the jumps on the given 1-based lines rewritten to reach anywhere in 64 KiB:
    ``JMP L`` -> ``BR #L``; ``Jcc L`` -> ``J!cc skip; BR #L; skip:``; ``JN L`` -> ``JN far; JMP skip;
    far: BR #L; skip:``. AsmRewriteError if a line is not a jump to a label."""
    lines = text.splitlines()
    used = [int(n) for n in FAR_LABEL.findall(text)]
    counter = max(used, default=-1) + 1
    wanted = set(line_numbers)
    out: list[str] = []
    for number, line in enumerate(lines, start=1):
        if number not in wanted:
            out.append(line)
            continue
        code, comment = split_comment(line)
        mnemonic, operands = _instruction(code)
        if LABEL.match(code) or mnemonic not in JUMPS or not IDENT.fullmatch(operands):
            raise AsmRewriteError(f"line {number} is not a jump to a label: {line.strip()!r}")
        if mnemonic == "jmp":
            out.append(f"\tbr\t#{operands}{'  ' + comment if comment else ''}")
            continue
        skip = f".Lmementos_far{counter}"
        counter += 1
        if mnemonic == "jn":
            far = f".Lmementos_far{counter}"
            counter += 1
            out += [f"\tjn\t{far}{'  ' + comment if comment else ''}", f"\tjmp\t{skip}", f"{far}:",
                    f"\tbr\t#{operands}", f"{skip}:"]
        else:
            out += [f"\t{INVERSE_JUMP[mnemonic]}\t{skip}{'  ' + comment if comment else ''}",
                    f"\tbr\t#{operands}", f"{skip}:"]
    suffix = "\n" if text.endswith("\n") else ""
    return "\n".join(out) + suffix


__all__ = ["APP_MAIN", "CHECK_SYMBOL", "MODES", "SDK_RUNTIME_FUNCTIONS", "AsmRewriteError", "PeripheralUse",
           "Rewritten", "TriggerPoint", "peripheral_uses", "relax_jumps", "rewrite", "split_comment"]
