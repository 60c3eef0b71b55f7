"""Compiled kernels that cost nothing until called: ``lazy_njit`` and the ahead-of-time library behind it.

    LIBRARY = AotLibrary(Path(__file__).parent, "energy", "_energy_aot", SOURCES, EXPORTS)
    lazy_njit = LIBRARY.lazy_njit

    @lazy_njit(cache=True, nogil=True)
    def kernel(a, b): ...

Importing a module of such kernels imports no numba. On a kernel's first call from Python it becomes, once:

* the function of its library's extension module compiled ahead of time (numba.pycc, ``AotLibrary.build``)
  when the kernel is exported there and the extension is current (its stamp holds the fingerprint of the
  kernel sources, the export signatures and the host CPU): no numba is imported at all. The function is
  called behind a check that the arguments have the exported types (``Export.guard``; anything else takes the
  jitted kernel, as it would without the extension), and the module global becomes that checked function;
* otherwise ``numba.njit(**options)`` of the same function, compiled or loaded from numba's cache exactly as
  the eager decorator would; the module global of the same name is replaced by the dispatcher, and lazy
  kernels the function refers to (by name, or as ``module.name``) are materialised first, so compiled code
  calling compiled code sees dispatchers as before.

``MSP430EMU_NO_AOT=1`` in the environment disables every ahead-of-time library. There is one implementation of
each kernel: the extension is the same Python function compiled by numba's own compiler (issue 15 goal 5).
"""

from __future__ import annotations

import hashlib
import importlib
import os
import platform
import sys
import types
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


class LazyKernel:
    """Stands in for ``numba.njit(**options)(func)`` until first use (then the AOT function or dispatcher)."""

    def __init__(self, func: Callable[..., Any], options: dict[str, Any],
                 library: AotLibrary | None = None) -> None:
        self.py_func = func
        self._options = options
        self._library = library
        self._dispatcher: Any = None
        self._call: Callable[..., Any] | None = None
        self.__name__ = func.__name__
        self.__qualname__ = func.__qualname__
        self.__doc__ = func.__doc__
        self.__module__ = func.__module__

    def dispatcher(self) -> Any:
        """The numba dispatcher (imports numba and compiles or loads the kernel the first time)."""
        if self._dispatcher is None:
            from numba import njit

            scope = self.py_func.__globals__
            names = self.py_func.__code__.co_names
            for name in names:
                value = scope.get(name)
                other = kernel_of(value)
                if isinstance(other, LazyKernel) and other is not self:
                    scope[name] = other.dispatcher()           # imported from another module too
                elif isinstance(value, types.ModuleType):      # module.kernel references
                    for attr in names:
                        inner = kernel_of(getattr(value, attr, None))
                        if isinstance(inner, LazyKernel) and inner is not self:
                            inner.dispatcher()
            self._dispatcher = njit(**self._options)(self.py_func)
            if kernel_of(scope.get(self.__name__)) is self:
                scope[self.__name__] = self._dispatcher
        return self._dispatcher

    def compiled(self) -> Callable[..., Any]:
        """What a call runs: the ahead-of-time function (behind its argument check) when the library is
        current, else the dispatcher."""
        if self._call is None:
            found = self._library.export(self.__module__, self.__name__) if self._library else None
            if found is None:
                self._call = self.dispatcher()
            else:
                self._call = found[0].guard(found[1], self.dispatcher)
                self._call.__lazy_kernel__ = self           # type: ignore[attr-defined]
                self._call.py_func = self.py_func           # type: ignore[attr-defined]  # as a dispatcher's
                scope = self.py_func.__globals__
                if scope.get(self.__name__) is self:        # the module's callers skip this object's call
                    scope[self.__name__] = self._call
        return self._call

    def __call__(self, *args: Any) -> Any:
        return (self._call or self.compiled())(*args)


def kernel_of(obj: Any) -> LazyKernel | None:
    """The lazy kernel ``obj`` is, or stands for (the checked AOT function a module global became)."""
    if isinstance(obj, LazyKernel):
        return obj
    inner = getattr(obj, "__lazy_kernel__", None)
    return inner if isinstance(inner, LazyKernel) else None


def lazy_njit(**options: Any) -> Callable[[Callable[..., Any]], LazyKernel]:
    """Like ``numba.njit(**options)`` but numba is imported and the kernel compiled on first call."""
    def wrap(func: Callable[..., Any]) -> LazyKernel:
        return LazyKernel(func, options)
    return wrap


def host_id() -> str:
    """The CPU an extension is built for (it is compiled for the host's instruction set)."""
    parts = [platform.machine(), sys.version.split()[0]]
    try:
        with open("/proc/cpuinfo", encoding="utf-8", errors="replace") as f:
            for line in f:
                if line.startswith(("model name", "flags")):
                    parts.append(line.strip())
                if len(parts) >= 4:
                    break
    except OSError:
        parts.append(platform.processor())
    return "\n".join(parts)


def tuple_arity(typ: str) -> int:
    """How many items a numba tuple type string has: ``UniTuple(float64, 2)`` -> 2, ``Tuple((a, b))`` -> 2."""
    if typ.startswith("UniTuple("):
        return int(typ.rstrip(")").rsplit(",", 1)[1])
    inner = typ[len("Tuple(("):-2]
    depth, count = 0, 1
    for ch in inner:
        depth += {"(": 1, "[": 1, ")": -1, "]": -1}.get(ch, 0)
        count += ch == "," and depth == 0
    return count


@dataclass(frozen=True)
class Export:
    """One kernel in an extension: ``module.name`` exported as ``symbol`` with a numba signature string."""
    module: str
    name: str
    signature: str

    @property
    def symbol(self) -> str:
        return f"{self.module.rsplit('.', 1)[-1]}__{self.name}"

    def parameters(self) -> list[str]:
        """The signature's parameter types, as written."""
        sig = self.signature.strip()
        depth, start = 0, len(sig) - 1
        for i in range(len(sig) - 1, -1, -1):           # the last top-level (...) holds the parameters
            depth += {")": 1, "(": -1}.get(sig[i], 0)
            if depth == 0:
                start = i
                break
        params, depth, cur = [], 0, ""
        for ch in sig[start + 1:-1]:
            depth += {"(": 1, "[": 1, ")": -1, "]": -1}.get(ch, 0)
            if ch == "," and depth == 0:
                params.append(cur.strip())
                cur = ""
            else:
                cur += ch
        return [*params, cur.strip()] if cur.strip() else params

    def guard(self, fast: Callable[..., Any], slow: Callable[[], Callable[..., Any]]) -> Callable[..., Any]:
        """``fast`` behind a check that every argument has the type numba would infer for the exported
        signature (an extension converts, or misreads, what a dispatcher would compile for); any other call
        goes to the jitted kernel (``slow()``), as it would without the extension."""
        import numpy as np

        checks = []
        for i, typ in enumerate(self.parameters()):
            a = f"a{i}"
            if typ in ("float64", "int64", "boolean"):
                checks.append(f"type({a}) in {typ.upper()}")
            elif typ.endswith("[::1]") or typ.startswith("Array("):
                dtype = typ[:-5] if typ.endswith("[::1]") else typ[6:].split(",")[0]
                # carray: C-contiguous, aligned and writable (numba's types for a kernel that may write)
                layout = "c_contiguous" if "readonly=True" in typ else "carray"
                checks.append(f"type({a}) is ndarray and {a}.dtype is D_{dtype} and {a}.ndim == 1 and "
                              f"{a}.flags.{layout}")
            elif typ.startswith(("Tuple(", "UniTuple(")):
                # a tuple the exported kernels made themselves (e.g. a trajectory): its arity is checked,
                # its items are what the compiled function returned
                checks.append(f"type({a}) is tuple and len({a}) == {tuple_arity(typ)}")
            else:
                raise ValueError(f"{self.module}.{self.name}: no argument check for {typ!r}")
        names = ", ".join(f"a{i}" for i in range(len(checks)))
        source = (f"def {self.name}({names}):\n"
                  f"    if {' and '.join(checks) or 'True'}:\n"
                  f"        return fast({names})\n"
                  f"    return slow()({names})\n")
        scope: dict[str, Any] = {
            "fast": fast, "slow": slow, "ndarray": np.ndarray,
            "FLOAT64": frozenset((float, np.float64)), "INT64": frozenset((int, np.int64)),
            "BOOLEAN": frozenset((bool, np.bool_)),
            **{f"D_{t}": np.dtype(t) for t in ("float64", "int64", "uint8", "uint16", "int32", "uint32")}}
        exec(compile(source, f"<aot guard {self.module}.{self.name}>", "exec"), scope)
        return scope[self.name]


@dataclass
class AotLibrary:
    """An extension module of kernels compiled ahead of time, used only while its stamp is current."""
    directory: Path                  # the package folder holding the extension and its stamp
    package: str                     # its dotted package ("energy")
    module: str                      # the extension's module name ("_energy_aot")
    sources: tuple[Path, ...]        # every file the exported kernels compile from (fingerprinted)
    exports: tuple[Export, ...]
    _loaded: Any = field(default=None, init=False, repr=False)
    _tried: bool = field(default=False, init=False, repr=False)

    @property
    def stamp(self) -> Path:
        return self.directory / f"{self.module}.stamp"

    def lazy_njit(self, **options: Any) -> Callable[[Callable[..., Any]], LazyKernel]:
        """``lazy_njit`` whose kernels take this library's compiled function when there is one."""
        def wrap(func: Callable[..., Any]) -> LazyKernel:
            return LazyKernel(func, options, self)
        return wrap

    def fingerprint(self, sources: tuple[Path, ...] | None = None) -> str:
        """sha256 of the kernel sources, the exports and the host CPU."""
        h = hashlib.sha256()
        for path in sources or self.sources:
            h.update(path.read_bytes())
        for e in self.exports:
            h.update(f"{e.module}.{e.name}:{e.signature}\n".encode())
        h.update(host_id().encode())
        return h.hexdigest()

    def load(self) -> Any:
        """The extension module if it is built and current, else None (checked once per process)."""
        if not self._tried:
            self._tried = True
            if os.environ.get("MSP430EMU_NO_AOT"):
                return None
            try:
                if self.stamp.read_text() == self.fingerprint():
                    self._loaded = importlib.import_module(f"{self.package}.{self.module}")
            except (OSError, ImportError):
                self._loaded = None
        return self._loaded

    def export(self, module: str, name: str) -> tuple[Export, Callable[..., Any]] | None:
        """``module.name``'s export and its compiled function when exported and the extension is current."""
        for e in self.exports:
            if e.module == module and e.name == name:
                ext = self.load()
                fast = getattr(ext, e.symbol, None) if ext is not None else None
                return (e, fast) if fast is not None else None
        return None

    def function(self, module: str, name: str) -> Callable[..., Any] | None:
        """The compiled ``module.name`` (unchecked) when it is exported and the extension is current."""
        found = self.export(module, name)
        return found[1] if found is not None else None

    def build(self, output_dir: Path | None = None) -> Path:
        """Compile every export ahead of time into ``output_dir`` (default: the package); write the stamp."""
        from llvmlite import binding
        from numba.pycc import CC

        out = output_dir or self.directory
        out.mkdir(parents=True, exist_ok=True)
        digest = self.fingerprint()
        cc = CC(self.module)
        cc.output_dir = str(out)
        cc.target_cpu = binding.get_host_cpu_name()   # as the jit compiles for (pycc's default is generic)
        cc.verbose = False
        for e in self.exports:
            kernel = getattr(importlib.import_module(e.module), e.name)
            if kernel_of(kernel) is not None:
                kernel = kernel_of(kernel)
                kernel.dispatcher()                   # callees materialised: numba sees dispatchers
            cc.export(e.symbol, e.signature)(kernel.py_func)
        stamp = out / f"{self.module}.stamp"
        stamp.unlink(missing_ok=True)                 # a half-built extension is never taken for current
        cc.compile()
        tmp = out / f"{self.module}.stamp.{os.getpid()}.tmp"
        tmp.write_text(digest)
        tmp.replace(stamp)
        return next(out.glob(f"{self.module}.*.so"), out / self.module)


__all__ = ["AotLibrary", "Export", "LazyKernel", "host_id", "kernel_of", "lazy_njit", "tuple_arity"]
