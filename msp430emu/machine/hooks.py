"""Hooks the run loop calls, as lists with handles: any number of listeners attach to one machine (a
checkpoint engine, a WAR detector, a failure injector, a debugger) and each can detach itself.

    handle = machine.on_break.add(fn)       # fn(machine, pc) at a breakpoint that is not the run's `until`
    handle.remove()
"""

from __future__ import annotations

from collections.abc import Callable, Iterator


class Hook:
    """One attached listener; :meth:`remove` detaches it (twice is harmless)."""

    __slots__ = ("_list", "fn")

    def __init__(self, hooks: HookList, fn: Callable) -> None:
        self._list, self.fn = hooks, fn

    def remove(self) -> None:
        self._list._remove(self)


class HookList:
    """Listeners of one kind of stop, called in the order they were added."""

    __slots__ = ("_hooks", "name")

    def __init__(self, name: str) -> None:
        self.name = name
        self._hooks: list[Hook] = []

    def add(self, fn: Callable) -> Hook:
        hook = Hook(self, fn)
        self._hooks.append(hook)
        return hook

    def _remove(self, hook: Hook) -> None:
        if hook in self._hooks:
            self._hooks.remove(hook)

    def __bool__(self) -> bool:
        return bool(self._hooks)

    def __len__(self) -> int:
        return len(self._hooks)

    def __iter__(self) -> Iterator[Callable]:
        return iter([h.fn for h in self._hooks])      # a copy: a listener may detach while being called


__all__ = ["Hook", "HookList"]
