"""check(expectations, sources) -> Report. Pure: no I/O, no globals.

Each file's facts are compiled once (their patterns built once, see ``FileChecker``); each
source is folded once, and every fact whose needle words it has is run over it (the others get
their omission at once). Verdicts come ordered by source, then by fact, as given.
"""

from __future__ import annotations

from collections.abc import Iterable

from factcheck.match import Document, FileChecker
from factcheck.model import Expectations, Report, Source, Verdict


def compile_checkers(expectations: Expectations) -> FileChecker:
    return FileChecker(expectations.facts)


def check_source(checker: FileChecker, source: Source) -> tuple[Verdict, ...]:
    """The verdicts of every fact of a compiled file on one source. (Several files share one
    ``Document``: call the checkers on it, as ``parallel`` does.)"""
    return checker(Document(source))


def check(expectations: Expectations, sources: Iterable[Source]) -> Report:
    checker = compile_checkers(expectations)
    kept = tuple(sources)
    verdicts = tuple(v for source in kept for v in check_source(checker, source))
    return Report(expectations=expectations, sources=kept, verdicts=verdicts)
