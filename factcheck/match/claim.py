"""``claim`` facts: a statement with competing variants, each given by phrases and patterns.

A source stating a competing variant contradicts, even when it also states the expected one.
"""

from __future__ import annotations

import re
import warnings

from factcheck.match.document import Checker, Document, Hit, decide, phrase_pattern
from factcheck.model import ClaimSpec, Fact, Verdict


def compile_claim(fact: Fact) -> Checker:
    spec = fact.spec
    assert isinstance(spec, ClaimSpec)
    finders = [
        (variant.name, _variant_regex(variant.phrases, variant.patterns))
        for variant in spec.variants
    ]

    def check(doc: Document) -> Verdict:
        supports: list[Hit] = []
        conflicts: list[Hit] = []
        for name, regex in finders:
            expected = name == spec.expected
            for match in regex.finditer(doc.text):
                note = (
                    "the source states the expected variant"
                    if expected
                    else f"the source states the competing variant {name!r}"
                )
                hit = Hit(start=match.start(), end=match.end(), value=name, note=note)
                (supports if expected else conflicts).append(hit)
        # a competing phrase inside an expected one ("second largest wireless") is no claim
        conflicts = [c for c in conflicts if not any(_overlap(c, s) for s in supports)]
        return decide(fact, doc, supports=supports, conflicts=conflicts, conflict_reason="variant")

    return check


def _overlap(one: Hit, other: Hit) -> bool:
    return one.start < other.end and other.start < one.end


def _variant_regex(phrases: tuple[str, ...], patterns: tuple[str, ...]) -> re.Pattern[str]:
    parts = [phrase_pattern(phrase) for phrase in phrases] + [f"(?:{p})" for p in patterns]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the loader checked the patterns; odd ones stay valid
        return re.compile("|".join(parts), re.IGNORECASE)
