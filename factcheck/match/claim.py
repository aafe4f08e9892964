"""``claim`` facts: a statement with competing variants, each given by phrases and patterns.

A source stating a competing variant contradicts, even when it also states the expected one.
"""

from __future__ import annotations

import re

from factcheck.match.document import (
    Checker,
    Document,
    Hit,
    SpanIndex,
    decide,
    first_words,
    outermost,
    phrase_pattern,
    phrase_words,
)
from factcheck.model import ClaimSpec, Fact, Variant, Verdict
from factcheck.user_patterns import EncodedText, UserPattern


def compile_claim(fact: Fact) -> Checker:
    spec = fact.spec
    assert isinstance(spec, ClaimSpec)
    finders = [(variant.name, _finders(variant)) for variant in spec.variants]

    def check(doc: Document) -> Verdict:
        supports: list[Hit] = []
        conflicts: list[Hit] = []
        for name, regexes in finders:
            expected = name == spec.expected
            for start, end in _matches(doc, regexes):
                note = (
                    "the source states the expected variant"
                    if expected
                    else f"the source states the competing variant {name!r}"
                )
                hit = Hit(start=start, end=end, value=name, note=note)
                (supports if expected else conflicts).append(hit)
        # a phrase inside a longer match of the same variant adds nothing; a competing phrase
        # inside an expected one ("second largest wireless") is no claim
        supports, conflicts = outermost(supports), outermost(conflicts)
        if supports and conflicts:
            expected_spans = SpanIndex((s.start, s.end) for s in supports)
            conflicts = [c for c in conflicts if not expected_spans.overlaps(c.start, c.end)]
        return decide(fact, doc, supports=supports, conflicts=conflicts, conflict_reason="variant")

    return check


Finder = tuple[frozenset[str] | None, frozenset[str], re.Pattern[str] | UserPattern]


def _matches(doc: Document, finders: list[Finder]) -> list[tuple[int, int]]:
    """The spans of every match of the variant's phrases and patterns: a phrase is tried only
    where its first word starts a word of the text, and only when the text has all its words;
    a user pattern (on RE2, see :mod:`factcheck.user_patterns`) is searched once over the text,
    and only when the text has the word it begins with, if it begins with one."""
    found: list[tuple[int, int]] = []
    encoded: EncodedText | None = None
    for firsts, needed, regex in finders:
        if firsts is not None and (firsts.isdisjoint(doc.words) or not needed <= doc.words):
            continue
        if isinstance(regex, UserPattern):
            encoded = encoded or EncodedText(doc.text)
            found.extend(regex.spans(encoded))
        else:
            matches = (regex.match(doc.text, at) for at in doc.starts_of(firsts or frozenset()))
            found.extend(m.span() for m in matches if m is not None)
    return found


def _finders(variant: Variant) -> list[Finder]:
    """One regex per phrase and pattern, each with the words its matches start with (``None``
    for a pattern that may start anywhere) and the words every match has: only those a
    document has are run."""
    finders: list[Finder] = [
        (
            first_words(phrase),
            phrase_words(phrase),
            re.compile(phrase_pattern(phrase), re.IGNORECASE),
        )
        for phrase in variant.phrases
    ]
    for pattern in variant.patterns:
        lead = re.match(r"([A-Za-z0-9]+)(?: |$)", pattern)
        firsts = frozenset([lead.group(1).lower()]) if lead else None
        regex = UserPattern(pattern, word_start=lead is not None)
        finders.append((firsts, frozenset(), regex))
    return finders
