"""``claim`` facts: a statement with competing variants, each given by phrases and patterns.

A source stating a competing variant contradicts, even when it also states the expected one.
"""

from __future__ import annotations

import re
import warnings

from factcheck.match.document import (
    Checker,
    Document,
    Hit,
    decide,
    first_words,
    phrase_pattern,
    phrase_words,
)
from factcheck.model import ClaimSpec, Fact, Variant, Verdict


def compile_claim(fact: Fact) -> Checker:
    spec = fact.spec
    assert isinstance(spec, ClaimSpec)
    finders = [(variant.name, _finders(variant)) for variant in spec.variants]

    def check(doc: Document) -> Verdict:
        supports: list[Hit] = []
        conflicts: list[Hit] = []
        for name, regexes in finders:
            expected = name == spec.expected
            for match in _matches(doc, regexes):
                note = (
                    "the source states the expected variant"
                    if expected
                    else f"the source states the competing variant {name!r}"
                )
                hit = Hit(start=match.start(), end=match.end(), value=name, note=note)
                (supports if expected else conflicts).append(hit)
        # a phrase inside a longer match of the same variant adds nothing; a competing phrase
        # inside an expected one ("second largest wireless") is no claim
        supports, conflicts = _outermost(supports), _outermost(conflicts)
        conflicts = [c for c in conflicts if not any(_overlap(c, s) for s in supports)]
        return decide(fact, doc, supports=supports, conflicts=conflicts, conflict_reason="variant")

    return check


Finder = tuple[frozenset[str] | None, frozenset[str], re.Pattern[str]]


def _matches(doc: Document, finders: list[Finder]) -> list[re.Match[str]]:
    """Every match of the variant's phrases and patterns: a phrase is tried only where its
    first word starts a word of the text, and only when the text has all its words; a pattern
    that may start anywhere is searched."""
    found: list[re.Match[str]] = []
    for firsts, needed, regex in finders:
        if firsts is None:
            found.extend(regex.finditer(doc.text))
        elif not firsts.isdisjoint(doc.words) and needed <= doc.words:
            starts = doc.starts_of(firsts)
            found.extend(m for m in (regex.match(doc.text, at) for at in starts) if m is not None)
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
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # the loader checked the patterns; odd ones stay valid
            regex = re.compile(pattern, re.IGNORECASE)
        firsts = frozenset([lead.group(1).lower()]) if lead else None
        finders.append((firsts, frozenset(), regex))
    return finders


def _outermost(hits: list[Hit]) -> list[Hit]:
    return [
        hit
        for hit in hits
        if not any(o is not hit and o.start <= hit.start and hit.end <= o.end and
                   (o.start, o.end) != (hit.start, hit.end) for o in hits)
    ]  # fmt: skip


def _overlap(one: Hit, other: Hit) -> bool:
    return one.start < other.end and other.start < one.end
