"""``claim`` facts: a statement with variants, each given by phrases and patterns.

A source stating a competing variant contradicts, even when it also states the expected one; so
does a source that negates the expected variant ("police have not charged anyone"). A negated
competing variant, or a phrase left open ("did not say whether"), claims nothing and is shown as
context (see :mod:`factcheck.match.assertion`). With ``by``, a phrase counts only where one of
those speakers says it.
"""

from __future__ import annotations

import re

from factcheck.match.assertion import Stance, speaker_near, stance_of
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
from factcheck.match.mention import alias_regex
from factcheck.model import ClaimSpec, Fact, Variant, Verdict
from factcheck.user_patterns import EncodedText, UserPattern


def compile_claim(fact: Fact) -> Checker:
    spec = fact.spec
    assert isinstance(spec, ClaimSpec)
    finders = [(variant, _finders(variant), _speakers(variant)) for variant in spec.variants]

    def check(doc: Document) -> Verdict:
        supports: list[Hit] = []
        conflicts: list[Hit] = []
        context: list[Hit] = []
        for variant, regexes, speakers in finders:
            expected = variant.name == spec.expected
            for start, end in _matches(doc, regexes):
                if speakers is not None and not speaker_near(doc, start, speakers):
                    note = f"{variant.name!r} is not said by {_listed(variant.by)}"
                    context.append(Hit(start=start, end=end, value=variant.name, note=note))
                    continue
                stance, negation = stance_of(doc, start, end)
                hit = _hit(variant.name, expected, stance, negation, start, end)
                if stance is Stance.NEGATED and expected:
                    conflicts.append(hit)
                elif stance is not Stance.ASSERTED:
                    context.append(hit)
                else:
                    (supports if expected else conflicts).append(hit)
        # a phrase inside a longer match of the same variant adds nothing; a competing phrase
        # inside an expected one ("second largest wireless") is no claim
        supports, conflicts = outermost(supports), outermost(conflicts)
        if supports and conflicts:
            expected_spans = SpanIndex((s.start, s.end) for s in supports)
            conflicts = [c for c in conflicts if not expected_spans.overlaps(c.start, c.end)]
        return decide(
            fact,
            doc,
            supports=supports,
            conflicts=conflicts,
            context=context,
            conflict_reason="variant",
        )

    return check


def _hit(name: str, expected: bool, stance: Stance, negation: int, start: int, end: int) -> Hit:
    """What a phrase of variant ``name`` says where the sentence takes ``stance`` towards it:
    a negated phrase spans its negation too."""
    if stance is Stance.ASSERTED:
        note = (
            "the source states the expected variant"
            if expected
            else f"the source states the competing variant {name!r}"
        )
        return Hit(start=start, end=end, value=name, note=note)
    which = "expected" if expected else "competing"
    if stance is Stance.NEGATED:
        note = f"the source negates the {which} variant {name!r}"
        return Hit(start=negation, end=end, value=f"not {name}", note=note)
    note = f"the source leaves the {which} variant {name!r} open (neither stated nor denied)"
    return Hit(start=negation, end=end, value=name, note=note)


def _speakers(variant: Variant) -> re.Pattern[str] | None:
    """One regex for the variant's speakers (``by``), ``None`` when anyone's words count."""
    return alias_regex(variant.by) if variant.by else None


def _listed(names: tuple[str, ...]) -> str:
    return " or ".join(repr(name) for name in names)


Finder = tuple[frozenset[str] | None, frozenset[str], re.Pattern[str] | UserPattern]


def _matches(doc: Document, finders: list[Finder]) -> list[tuple[int, int]]:
    """The spans of every match of the variant's phrases and patterns: a phrase is tried only
    where its first word starts a word of the text, and only when the text has all its words;
    a user pattern (on RE2, see :mod:`factcheck.user_patterns`) is searched once over the text,
    and only when the text has the word it begins with, if it begins with one."""
    found: list[tuple[int, int]] = []
    for firsts, needed, regex in finders:
        if firsts is not None and (firsts.isdisjoint(doc.words) or not needed <= doc.words):
            continue
        if isinstance(regex, UserPattern):
            if doc.encoded is None:  # encoded once for every pattern of every fact
                doc.encoded = EncodedText(doc.text)
            found.extend(regex.spans(doc.encoded))
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
        lead = pattern_lead(pattern)
        # a pattern that begins with a letter or digit matches where a word of the text begins
        # ("T ?20" is no match inside "last 20"), even when its first word is not a whole word
        regex = UserPattern(pattern, word_start=pattern[:1].isascii() and pattern[:1].isalnum())
        finders.append((None if lead is None else frozenset((lead,)), frozenset(), regex))
    return finders


# a whole word, then the end or a space that must stand ("NH ?175" need not start with "NH")
_LEAD = re.compile(r"([A-Za-z0-9]+)(?: (?![?*{])|$)")


def pattern_lead(pattern: str) -> str | None:
    """The word (lower case) a pattern must start with, when it starts with a whole word."""
    match = _LEAD.match(pattern)
    return match.group(1).lower() if match else None
