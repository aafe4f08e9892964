"""Where an extracted value sits in its article (factcheck/extraction/spans.py): a given span
checked against the value, a value without one looked for exactly, then fuzzily."""

from __future__ import annotations

import pytest

from factcheck.extraction.spans import FUZZY_THRESHOLD, SpanKind, check_span, locate
from factcheck.extraction.verdicts import reading
from factcheck.loader import load
from factcheck.model import Source
from tests.conftest import SEEDS_YAML

ALBAB = load(str(SEEDS_YAML))
TEXT = (
    "Kremlin spokesman Dmitry Peskov said that Putin had expressed condolences. "
    "Turkish army says Russian jet kills three Turkish troops in al\u2011Bab."
)
SOURCE = Source.from_text(id="s", text=TEXT)


def span_kind(fact: str, value: object, words: str) -> SpanKind:
    start = TEXT.index(words)
    read = reading(ALBAB.fact(fact), SOURCE)
    return check_span(value, start, start + len(words), SOURCE, read).kind


@pytest.mark.parametrize(
    ("fact", "value", "words", "kind"),
    [
        ("spokesman", "Dmitry Peskov", "Dmitry Peskov", SpanKind.EXACT),
        ("spokesman", "dmitry  peskov", "Dmitry Peskov", SpanKind.EXACT),  # case, spacing
        ("killed", 3, "three", SpanKind.EQUIVALENT),  # the same count, in words
        ("killed", "3", "kills three Turkish troops", SpanKind.EQUIVALENT),
        ("killed", 3, "Dmitry Peskov", SpanKind.NOT_THE_VALUE),
        ("spokesman", "Dmitry Peskov", "Putin", SpanKind.NOT_THE_VALUE),
        ("killed", 4, "three", SpanKind.NOT_THE_VALUE),  # a count, but another one
    ],
)
def test_given_span_is_checked_against_its_value(
    fact: str, value: object, words: str, kind: SpanKind
) -> None:
    assert span_kind(fact, value, words) is kind


def test_span_not_holding_its_value_says_what_it_reads() -> None:
    start = TEXT.index("Putin")
    read = reading(ALBAB.fact("spokesman"), SOURCE)
    span = check_span("Dmitry Peskov", start, start + 5, SOURCE, read)
    assert (
        span.detail == f"the span {start}..{start + 5} reads 'Putin', not the value 'Dmitry Peskov'"
    )
    assert span.evidence is not None and (span.evidence.line, span.evidence.column) == (1, 43)


@pytest.mark.parametrize(
    ("value", "kind", "words"),
    [
        ("Dmitry Peskov", SpanKind.EXACT, "Dmitry Peskov"),
        ("al-Bab", SpanKind.EXACT, "al\u2011Bab"),  # found after folding, quoted as written
        ("KREMLIN SPOKESMAN", SpanKind.EXACT, "Kremlin spokesman"),
        ("Dmitri Peskov", SpanKind.FUZZY, "Dmitry Peskov"),  # one letter off
        ("Vladimir Putin", SpanKind.NOT_FOUND, None),
        ("3", SpanKind.NOT_FOUND, None),  # numbers never align fuzzily
        ("Peskovs", SpanKind.NOT_FOUND, None),  # whole words only, and too short to be close
    ],
)
def test_value_without_a_span_is_looked_for(value: str, kind: SpanKind, words: str | None) -> None:
    span = locate(value, SOURCE)
    assert span.kind is kind
    assert (span.evidence.text if span.evidence else None) == words


def test_fuzzy_alignment_gives_its_score_above_the_threshold() -> None:
    span = locate("Dmitri Peskov", SOURCE)
    assert span.score is not None and FUZZY_THRESHOLD <= span.score < 100
    assert span.detail == f"'Dmitri Peskov' aligns with 'Dmitry Peskov' at {span.score:.0f}%"


def test_header_lines_are_not_searched() -> None:
    source = Source.from_text(id="h", text="outlet: Daesh watch\n\nNothing here.", body_start=21)
    assert locate("Daesh", source).kind is SpanKind.NOT_FOUND
