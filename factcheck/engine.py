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


def check_source(checkers: FileChecker, source: Source) -> tuple[Verdict, ...]:
    """The verdicts of every compiled fact on one source."""
    return checkers(Document(source))


def check_document(checkers: FileChecker, doc: Document) -> tuple[Verdict, ...]:
    """The same on a source already folded: several expectation files share one Document."""
    return checkers(doc)


def check(expectations: Expectations, sources: Iterable[Source]) -> Report:
    checkers = compile_checkers(expectations)
    kept = tuple(sources)
    verdicts = tuple(v for source in kept for v in check_source(checkers, source))
    return Report(expectations=expectations, sources=kept, verdicts=verdicts)
