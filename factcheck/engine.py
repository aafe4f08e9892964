"""check(expectations, sources) -> Report. Pure: no I/O, no globals.

Each file's facts are compiled once (their patterns built once, see ``FileChecker``); each
source is folded once, and every fact whose needle words it has is run over it (the others get
their omission at once). Verdicts come ordered by source, then by fact, as given.
"""

from __future__ import annotations

from collections.abc import Iterable

from factcheck.errors import Problem, UsageError
from factcheck.match import Document, FileChecker
from factcheck.model import Expectations, Report, Source, Verdict


def compile_checkers(expectations: Expectations) -> FileChecker:
    return FileChecker(expectations.facts)


def check_source(checker: FileChecker, source: Source) -> tuple[Verdict, ...]:
    """The verdicts of every fact of a compiled file on one source. (Several files share one
    ``Document``: call the checkers on it, as ``parallel`` does.)"""
    return checker(Document(source))


def check(expectations: Expectations, sources: Iterable[Source]) -> Report:
    """The report of ``expectations`` over ``sources``.

    Raises :class:`TypeError` for arguments of the wrong type (a path instead of a loaded file
    or a read source) and :class:`~factcheck.errors.UsageError` when no source is given: a run
    that checks nothing is an error, as on the command line.
    """
    if not isinstance(expectations, Expectations):
        raise TypeError(
            "check() takes the Expectations from load(path) first, "
            f"not {type(expectations).__name__}"
        )
    if isinstance(sources, str | bytes | Source) or not isinstance(sources, Iterable):
        raise TypeError(
            "check() takes a list of Source values (from read_sources(paths)) second, "
            f"not {type(sources).__name__}"
        )
    kept = tuple(sources)
    for source in kept:
        if not isinstance(source, Source):
            raise TypeError(
                "check(): every source must be a Source (from read_sources(paths)), "
                f"not {type(source).__name__}"
            )
    if not kept:
        message = "nothing was checked: check() was given no sources"
        raise UsageError([Problem(path=expectations.path, message=message)])
    checker = compile_checkers(expectations)
    verdicts = tuple(v for source in kept for v in check_source(checker, source))
    return Report(expectations=expectations, sources=kept, verdicts=verdicts)
