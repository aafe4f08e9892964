"""One exception hierarchy. Every problem in a file carries ``path:line:col``.

The CLI and the pytest plugin catch :class:`FactcheckError` at the edge and print
``str(error)``: one ``path:line:col: message`` line per problem, never a traceback.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from factcheck.model import Location


@dataclass(frozen=True, slots=True, kw_only=True)
class Problem:
    """One thing wrong with one input, at one place."""

    path: str
    message: str
    line: int | None = None
    column: int | None = None

    @classmethod
    def at(cls, location: Location, message: str) -> Problem:
        return cls(path=location.path, line=location.line, column=location.column, message=message)

    def __str__(self) -> str:
        if self.line is None:
            return f"{self.path}: {self.message}"
        return f"{self.path}:{self.line}:{self.column or 1}: {self.message}"


class FactcheckError(Exception):
    """Root of every error factcheck raises on bad input. Holds all problems found at once."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(str(problem) for problem in self.problems))

    def __str__(self) -> str:
        return "\n".join(str(problem) for problem in self.problems)


class ExpectationError(FactcheckError, ValueError):
    """An expectation file is unreadable, not YAML, or breaks the schema."""


class SourceError(FactcheckError, OSError):
    """A source is missing, unreadable, empty, binary or not UTF-8."""


class UsageError(FactcheckError):
    """The command line asks for something impossible (e.g. no sources to check)."""
