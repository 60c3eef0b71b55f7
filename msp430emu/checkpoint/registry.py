"""The one registry of checkpoint strategies: names, the ``--strategy`` grammar, the options each takes, and
how each is built for a run.

A strategy is one :class:`StrategyKind`: its name (``mementos-timer``), an optional ``:ARGUMENT`` (required or
with a default), the run options it takes (``v_thresh``; an option of another strategy is ignored with a
warning) and a builder ``build(spec, context)`` that returns the not yet attached
:class:`~msp430emu.checkpoint.strategies.Strategy` (a callable, or ``"module:function"`` loaded when a run
builds it, so that checking a strategy's name loads no strategy code). ``none`` is the kind without a
builder. A new strategy is one module that defines its class and builder and calls :func:`register`; the
built-in ones are the table :data:`BUILTIN` below.

    spec = parse_strategy("mementos-timer:5000")      # StrategySpec(text, kind="mementos-timer", cycles=5000)
    strategy_help()                                    # "none, mementos-loop, ..., oracle"
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from dataclasses import dataclass

from msp430emu.errors import ConfigError

CHECKPOINT_OPTIONS = ("v_thresh", "v_hibernate", "v_restore", "check_cycles", "ckpt_region")


@dataclass(frozen=True)
class StrategySpec:
    """A parsed ``--strategy`` value: ``kind`` (the name without its argument) and ``cycles`` (the value of
    its ``:ARGUMENT``, e.g. the timer period of mementos-timer; 0 when it takes none)."""

    text: str
    kind: str
    cycles: int = 0


@dataclass(frozen=True)
class StrategyKind:
    """One registered strategy."""

    name: str
    builder: Callable[[StrategySpec, object], object] | str | None   # (spec, StrategyContext) -> Strategy
    argument: str | None = None          # metavar of the ``:ARGUMENT`` (a positive integer)
    required: bool = False               # the argument must be given
    default: int = 0                     # its value when optional and left out
    options: tuple[str, ...] = ()        # run options of CHECKPOINT_OPTIONS it takes
    needs_energy: bool = False           # refused on continuous power

    def build(self, spec: StrategySpec, context: object):
        """The strategy for ``spec`` (its builder loaded when given as ``"module:function"``)."""
        builder = self.builder
        if isinstance(builder, str):
            module, _, function = builder.partition(":")
            builder = getattr(importlib.import_module(module), function)
        return builder(spec, context)

    @property
    def syntax(self) -> str:
        if self.argument is None:
            return self.name
        return f"{self.name}:{self.argument}" if self.required else f"{self.name}[:{self.argument}]"


_KINDS: dict[str, StrategyKind] = {}


def register(kind: StrategyKind) -> StrategyKind:
    """Add a strategy (its name must be new; its options among :data:`CHECKPOINT_OPTIONS`)."""
    if kind.name in _KINDS:
        raise ValueError(f"strategy {kind.name!r} is registered twice")
    unknown = set(kind.options) - set(CHECKPOINT_OPTIONS)
    if unknown:
        raise ValueError(f"strategy {kind.name!r}: unknown options {sorted(unknown)}")
    _KINDS[kind.name] = kind
    return kind


_S = "msp430emu.checkpoint.strategies:"
_COMMON = ("check_cycles", "ckpt_region")
DEFAULT_TIMER_CYCLES = 20_000       # Mementos timer-aided mode: a flag every 20,000 cycles (FIELD-NOTES 1)
BUILTIN = (
    StrategyKind("none", None),
    StrategyKind("mementos-loop", _S + "build_mementos", options=("v_thresh", *_COMMON)),
    StrategyKind("mementos-return", _S + "build_mementos", options=("v_thresh", *_COMMON)),
    StrategyKind("mementos-timer", _S + "build_mementos_timer", argument="CYCLES",
                 default=DEFAULT_TIMER_CYCLES,
                 options=("v_thresh", *_COMMON)),
    StrategyKind("hibernus", _S + "build_hibernus", options=("v_hibernate", "v_restore", *_COMMON),
                 needs_energy=True),
    StrategyKind("periodic", _S + "build_periodic", argument="CYCLES", required=True, options=_COMMON),
    StrategyKind("oracle", _S + "build_oracle", options=_COMMON),
)
for _kind in BUILTIN:
    register(_kind)


def strategy_kinds() -> list[StrategyKind]:
    """Every registered strategy, in registration order (``none`` first)."""
    return list(_KINDS.values())


def strategy_kind(name: str) -> StrategyKind:
    return _KINDS[name]


def strategy_help() -> str:
    return ", ".join(k.syntax for k in strategy_kinds())


_ARGUMENT = re.compile(r"^[1-9][0-9]*$")


def parse_strategy(text: str) -> StrategySpec:
    """``--strategy``'s value checked against the registry (one-line :class:`ConfigError` otherwise)."""
    name, colon, argument = str(text).partition(":")
    kind = _KINDS.get(name)
    ok = kind is not None and (
        (not colon and not kind.required)
        or (colon and kind.argument is not None and _ARGUMENT.match(argument)))
    if not ok:
        raise ConfigError(f"--strategy: {text!r} is not a strategy (one of {strategy_help()})")
    return StrategySpec(str(text), name, int(argument) if colon else kind.default)


def takes_option(strategy_text: str, option: str) -> bool:
    """Does the strategy named by ``strategy_text`` (its kind: the text before ':') take the run option?"""
    kind = _KINDS.get(str(strategy_text).split(":", 1)[0])
    return kind is not None and option in kind.options


__all__ = ["BUILTIN", "CHECKPOINT_OPTIONS", "DEFAULT_TIMER_CYCLES", "StrategyKind", "StrategySpec",
           "parse_strategy", "register",
           "strategy_help", "strategy_kind", "strategy_kinds", "takes_option"]
