"""check(expectations, sources) -> Report. Pure: no I/O, no globals.

Each fact is compiled once (its patterns built once); each source is folded once and every
compiled fact is run over it. Verdicts come ordered by source, then by fact, as given.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from factcheck.match import Checker, Document, compile_fact
from factcheck.model import Expectations, Report, Source, Verdict


def compile_checkers(expectations: Expectations) -> tuple[Checker, ...]:
    return tuple(compile_fact(fact) for fact in expectations.facts)


def check_source(checkers: Sequence[Checker], source: Source) -> tuple[Verdict, ...]:
    """The verdicts of every compiled fact on one source."""
    return check_document(checkers, Document(source))


def check_document(checkers: Sequence[Checker], doc: Document) -> tuple[Verdict, ...]:
    """The same on a source already folded: several expectation files share one Document."""
    return tuple(checker(doc) for checker in checkers)


def check(expectations: Expectations, sources: Iterable[Source]) -> Report:
    checkers = compile_checkers(expectations)
    kept = tuple(sources)
    verdicts = tuple(v for source in kept for v in check_source(checkers, source))
    return Report(expectations=expectations, sources=kept, verdicts=verdicts)
