"""Extractor outputs judged against what each article actually says, with no gold labels.

For every (fact, source) the extractor's verdict (its value against the expectation file, as
:func:`~factcheck.extraction.verdicts.check_extraction` gives it) sits beside the text's verdict
(the engine's check of the same article), and the cell gets one class:

==============  ==========================================================================
``correct``     the same status and value as the text: both state the same value, or both
                state nothing; also the expected value where the text states it among
                conflicting ones (the text's evidence supports it)
``missed``      the text states a value, the extractor gives nothing
``ungrounded``  the extractor gives a value where the text states none, even the expected one
``diverged``    the extractor gives another value than the text states
``corrected``   the extractor gives the expected value where the text states only another:
                right for the event, wrong for an extractor of this article
==============  ==========================================================================

Values are compared by the fact's rules ("three" = 3, "Feb 9" = 2017-02-09 in a 2017 article,
a claim by its variant). Each cell carries both verdicts (the text's evidence, the extractor's
span) and the span's :class:`~factcheck.extraction.spans.Alignment` with the text.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from factcheck.engine import check
from factcheck.extraction.outputs import Extracted, Outputs, extracted_value
from factcheck.extraction.spans import Alignment, SpanKind, locate, shown
from factcheck.extraction.verdicts import check_extraction, reading, span_alignment
from factcheck.model import Expectations, Fact, Location, Source, Stance, Status, Verdict
from factcheck.normalize import fold


class Grounding(StrEnum):
    CORRECT = "correct"
    MISSED = "missed"
    UNGROUNDED = "ungrounded"
    DIVERGED = "diverged"
    CORRECTED = "corrected"


@dataclass(frozen=True, slots=True, kw_only=True)
class GroundedCell:
    """One (fact, source): the extractor's verdict beside the text's, and its class."""

    fact: str
    kind: str
    source: str
    grounding: Grounding
    value: str | None  # the extracted value as given, None when there is none
    extracted: Verdict  # the value against the expectation file; evidence: the given span
    text: Verdict  # the engine's verdict on the article; evidence: the text's words
    span: Alignment
    detail: str


@dataclass(frozen=True, slots=True, kw_only=True)
class GroundingReport:
    expectations: Expectations
    sources: tuple[Source, ...]
    cells: tuple[GroundedCell, ...]  # ordered by source, then fact

    def counts(self) -> dict[Grounding, int]:
        totals = dict.fromkeys(Grounding, 0)
        for cell in self.cells:
            totals[cell.grounding] += 1
        return totals

    def misplaced_spans(self) -> tuple[GroundedCell, ...]:
        """Cells whose given span does not hold the value."""
        return tuple(cell for cell in self.cells if cell.span.kind is SpanKind.NOT_THE_VALUE)


def ground(
    expectations: Expectations,
    outputs: Outputs,
    sources: Iterable[Source],
    *,
    places: Mapping[str, Location] | None = None,
) -> GroundingReport:
    """Every (fact, output source) classified against the text of its source.

    Every output source must name one of ``sources`` (by id, path or label), else
    :class:`~factcheck.extraction.outputs.ExtractionError` at its place in ``places``.
    """
    texts = tuple(sources)
    extraction = check_extraction(expectations, outputs, texts, places=places, require_texts=True)
    by_id = {source.id: source for source in extraction.sources}
    truth = check(expectations, extraction.sources).cells()
    cells = []
    for verdict in extraction.verdicts:
        source = by_id[verdict.source]
        fact = expectations.fact(verdict.fact)
        extracted, _ = extracted_value(outputs[verdict.source].get(fact.id), source)
        text = truth[(fact.id, source.id)]
        cells.append(grounded(fact, source, extracted, verdict, text))
    return GroundingReport(
        expectations=expectations, sources=extraction.sources, cells=tuple(cells)
    )


def grounded(
    fact: Fact, source: Source, extracted: Extracted, verdict: Verdict, text: Verdict
) -> GroundedCell:
    """The cell of one extracted value (its ``verdict``) beside the ``text`` verdict."""
    value = extracted.value
    given = None if value is None or not shown(value).strip() else shown(value)
    grounding, detail = classify(fact, source, verdict, text)
    if given is None:
        span = Alignment(kind=SpanKind.NONE)
    else:
        span = span_alignment(fact, extracted, source) or locate(value, source)
    return GroundedCell(
        fact=fact.id,
        kind=fact.kind,
        source=source.id,
        grounding=grounding,
        value=given,
        extracted=verdict,
        text=text,
        span=span,
        detail=detail,
    )


def classify(fact: Fact, source: Source, verdict: Verdict, text: Verdict) -> tuple[Grounding, str]:
    """The class of an extractor's ``verdict`` beside the ``text`` verdict, and why."""
    gives = verdict.status is not Status.OMISSION
    states = text.status is not Status.OMISSION
    if not gives and not states:
        return Grounding.CORRECT, "neither the text nor the extractor states a value"
    if not gives:
        return Grounding.MISSED, f"the text states {text.found}; the extractor gives nothing"
    if not states:
        return Grounding.UNGROUNDED, f"the text does not state {verdict.found}"
    if verdict.status is Status.MATCH:
        if text.status is Status.MATCH or _supported(text):
            return Grounding.CORRECT, f"the text states {verdict.found} too"
        return (
            Grounding.CORRECTED,
            f"the extractor gives the expected value; the text states {text.found}",
        )
    if _key(verdict.found) in _stated(fact, source, text):
        return Grounding.CORRECT, f"the text states {verdict.found} too"
    return Grounding.DIVERGED, f"the extractor gives {verdict.found}; the text states {text.found}"


def _supported(text: Verdict) -> bool:
    """Whether the text states the expected value among conflicting ones."""
    return any(evidence.stance is Stance.SUPPORTS for evidence in text.evidence)


def _stated(fact: Fact, source: Source, text: Verdict) -> set[str]:
    """The values the text's words state, read as the extractor's values are: "$284 billion"
    in the text is the $284,000,000,000 an extractor may write for it."""
    read = reading(fact, source)
    words = [text.found or ""] + [evidence.text for evidence in text.evidence]
    stated = set()
    for phrase in words:
        said = read(phrase)
        if said is not None:
            stated.add(_key(said[1]))
    return stated


def _key(found: str | None) -> str:
    """A found value compared with another: folded, any case, any spacing."""
    return " ".join(fold(found or "").text.lower().split())
