"""Public names of a package loaded on first use (PEP 562), so importing a package costs nothing until a name
is used: ``__getattr__, __dir__ = lazy_exports(globals(), {"Name": "pkg.module", ...})``."""

from __future__ import annotations

import importlib
from collections.abc import Callable


def lazy_exports(namespace: dict, public: dict[str, str], renamed: dict[str, str] | None = None,
                 ) -> tuple[Callable[[str], object], Callable[[], list[str]]]:
    renamed = renamed or {}

    def __getattr__(name: str) -> object:
        module = public.get(name)
        if module is None:
            raise AttributeError(f"module {namespace['__name__']!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module), renamed.get(name, name))
        namespace[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted(public)

    return __getattr__, __dir__
