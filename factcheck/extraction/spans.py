"""Where an extracted value sits in its source text: its span checked, or the value looked for.

- A value **with a span**: the span's text is compared with the value. ``exact`` when they are
  the same after folding (diacritics, quotes, dashes, spaces) and any case; ``equivalent`` when
  the span states the same value by the fact's own rules ("three" for 3, "Feb. 9, 2017" for
  2017-02-09); otherwise ``not-the-value``: the span points at other words, reported with them.
- A value **without a span** is looked for in the article's body: ``exact`` at its first
  occurrence as whole words after folding, any case; else ``fuzzy`` at the best partial alignment
  of the folded, lower-cased value with the folded, lower-cased text
  (``rapidfuzz.fuzz.partial_ratio_alignment``), when the value has at least
  :data:`FUZZY_MIN_LENGTH` characters and scores at least :data:`FUZZY_THRESHOLD` (of 100);
  else ``not-found``. Numbers are never aligned fuzzily: "3" is in too many words.
- No value: ``none``.

Cost: one folding of the article and one scan per value, linear in the text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from rapidfuzz import fuzz

from factcheck.model import Evidence, Source, Stance
from factcheck.normalize import Folded, fold

FUZZY_THRESHOLD = 90.0  # of 100: one wrong letter in a ten-letter name still aligns
FUZZY_MIN_LENGTH = 4


class SpanKind(StrEnum):
    EXACT = "exact"
    EQUIVALENT = "equivalent"
    FUZZY = "fuzzy"
    NOT_FOUND = "not-found"
    NOT_THE_VALUE = "not-the-value"
    NONE = "none"


@dataclass(frozen=True, slots=True, kw_only=True)
class Alignment:
    """How an extracted value sits in its source: the words it points at (or was found at)."""

    kind: SpanKind
    evidence: Evidence | None = None
    score: float | None = None  # the fuzzy alignment's score, of 100
    given: bool = False  # whether the extractor gave the span (else it was looked for)
    detail: str = ""


#: words -> what they state by the fact's rules, ``(status, found)``; ``None`` for nothing
Reading = Callable[[str], "tuple[str, str | None] | None"]


def shown(value: object) -> str:
    return value if isinstance(value, str) else str(value)


def check_span(value: object, start: int, end: int, source: Source, reading: Reading) -> Alignment:
    """The span ``[start, end)`` of ``source`` against ``value``; ``reading(words)`` is what the
    fact's rules make of some words (``None`` when they state nothing)."""
    words = source.text[start:end]
    evidence = source.evidence(start, end, Stance.CONTEXT)
    if _same_words(words, shown(value)):
        return Alignment(kind=SpanKind.EXACT, evidence=evidence, given=True, detail="")
    said = reading(shown(value))
    if said is not None and reading(words) == said:
        detail = f"the span reads {words!r}, which states the same value"
        return Alignment(kind=SpanKind.EQUIVALENT, evidence=evidence, given=True, detail=detail)
    detail = f"the span {start}..{end} reads {words!r}, not the value {shown(value)!r}"
    return Alignment(kind=SpanKind.NOT_THE_VALUE, evidence=evidence, given=True, detail=detail)


def locate(value: object, source: Source) -> Alignment:
    """Where ``value`` occurs in the body of ``source``: exactly, fuzzily, or not at all."""
    needle = fold(shown(value)).text.strip()
    if not needle or not source.text:
        return Alignment(kind=SpanKind.NOT_FOUND, detail="nothing to look for")
    folded = _folded_body(source.text, source.body_start)
    pattern = r"(?<!\w)" + re.escape(needle).replace(r"\ ", r"\s+") + r"(?!\w)"
    found = re.search(pattern, folded.text, re.IGNORECASE)
    if found is not None:
        start, end = folded.original_span(*found.span())
        return Alignment(kind=SpanKind.EXACT, evidence=source.evidence(start, end, Stance.CONTEXT))
    if len(needle) < FUZZY_MIN_LENGTH or re.fullmatch(r"[\d.,\s$%-]+", needle):
        detail = f"{needle!r} is not in the text (too short or numeric to align fuzzily)"
        return Alignment(kind=SpanKind.NOT_FOUND, detail=detail)
    haystack = folded.text.lower()
    if len(haystack) != len(folded.text):  # lower-casing changed lengths: keep the case
        haystack = folded.text
    aligned = fuzz.partial_ratio_alignment(needle.lower(), haystack, score_cutoff=FUZZY_THRESHOLD)
    if aligned is None:
        detail = f"{needle!r} is not in the text, not even within {FUZZY_THRESHOLD:g}%"
        return Alignment(kind=SpanKind.NOT_FOUND, detail=detail)
    start, end = folded.original_span(aligned.dest_start, aligned.dest_end)
    evidence = source.evidence(start, end, Stance.CONTEXT)
    detail = f"{needle!r} aligns with {evidence.text!r} at {aligned.score:.0f}%"
    return Alignment(kind=SpanKind.FUZZY, evidence=evidence, score=aligned.score, detail=detail)


@lru_cache(maxsize=4)
def _folded_body(text: str, start: int) -> Folded:
    """The folded body of an article, folded once for all the values looked for in it."""
    return fold(text, start)


def _same_words(a: str, b: str) -> bool:
    return " ".join(fold(a).text.lower().split()) == " ".join(fold(b).text.lower().split())
