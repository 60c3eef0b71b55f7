"""``lazy_njit``: a numba kernel compiled (or loaded from numba's on-disk cache) on its first call, so that
importing its module does not import numba (start-up time of runs that never call it, issue 15 goal 5).

    @lazy_njit(cache=True, nogil=True)
    def kernel(a, b): ...

On the first call the function is compiled with ``numba.njit(**options)`` exactly as the eager decorator
would, and the module global of the same name is replaced by the dispatcher; lazy kernels the function
refers to are materialised first, so compiled code calling compiled code sees dispatchers as before.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


class LazyKernel:
    """Stands in for ``numba.njit(**options)(func)`` until first use."""

    def __init__(self, func: Callable[..., Any], options: dict[str, Any]) -> None:
        self.py_func = func
        self._options = options
        self._dispatcher: Any = None
        self.__name__ = func.__name__
        self.__qualname__ = func.__qualname__
        self.__doc__ = func.__doc__
        self.__module__ = func.__module__

    def dispatcher(self) -> Any:
        """The numba dispatcher (imports numba and compiles or loads the kernel the first time)."""
        if self._dispatcher is None:
            from numba import njit

            scope = self.py_func.__globals__
            for name in self.py_func.__code__.co_names:
                other = scope.get(name)
                if isinstance(other, LazyKernel) and other is not self:
                    other.dispatcher()
            self._dispatcher = njit(**self._options)(self.py_func)
            if scope.get(self.__name__) is self:
                scope[self.__name__] = self._dispatcher
        return self._dispatcher

    def __call__(self, *args: Any) -> Any:
        return (self._dispatcher or self.dispatcher())(*args)


def lazy_njit(**options: Any) -> Callable[[Callable[..., Any]], LazyKernel]:
    """Like ``numba.njit(**options)`` but numba is imported and the kernel compiled on first call."""
    def wrap(func: Callable[..., Any]) -> LazyKernel:
        return LazyKernel(func, options)
    return wrap


__all__ = ["LazyKernel", "lazy_njit"]
