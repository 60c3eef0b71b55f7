"""Exception types of the project.

Every error a user can cause (a bad file, a bad option, a failed build) is raised as a subclass of
:class:`EmuError` with a one-line message; command-line front ends print ``str(exc)`` and exit with status 2.
"""

from __future__ import annotations


class EmuError(Exception):
    """Base class of the project's expected errors; the message is one line, meant for the user."""

    def __init__(self, message: str) -> None:
        one_line = " ".join(str(message).split())
        super().__init__(one_line)


class LoadError(EmuError):
    """A program image (ELF, Intel HEX, TI-TXT) cannot be loaded."""


class BuildError(EmuError):
    """Compiling or linking firmware failed (the message is the first error line of the tool)."""


class ConfigError(EmuError):
    """An option, preset or configuration value is invalid."""


class ToolError(EmuError):
    """An external tool (mspdebug, clang, iverilog) is missing, timed out or produced unexpected output."""


__all__ = ["BuildError", "ConfigError", "EmuError", "LoadError", "ToolError"]
