"""One checker per fact kind (``COMPILERS``: a fact -> a function Document -> Verdict), and
``FileChecker``, which runs the facts of one expectation file.

Most facts cannot hold in a document that lacks certain words (a quantity its cues, a mention
its aliases); ``needles`` names them, and a document without any of them gets the fact's
omission at once, exactly as the full check would give it, without scanning the text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from factcheck.match.claim import compile_claim
from factcheck.match.date import compile_date
from factcheck.match.document import Checker, Document, cue_needles, first_words
from factcheck.match.mention import acronym_lead, compile_mention, is_acronym
from factcheck.match.name import compile_name
from factcheck.match.quantity import compile_quantity
from factcheck.match.role import compile_role
from factcheck.match.time import compile_time
from factcheck.model import (
    ClaimSpec,
    DateSpec,
    Fact,
    MentionSpec,
    QuantitySpec,
    RoleSpec,
    TimeSpec,
    Verdict,
    unstated,
)

COMPILERS: dict[str, Callable[[Fact], Checker]] = {
    "quantity": compile_quantity,
    "date": compile_date,
    "time": compile_time,
    "role": compile_role,
    "name": compile_name,
    "claim": compile_claim,
    "mention": compile_mention,
}
KINDS = tuple(COMPILERS)


class FileChecker:
    """Every fact of one expectation file, compiled once; called on a document, it gives their
    verdicts in order. The facts a document has none of the needles of (see :func:`needles`)
    are found with one set intersection for the whole file, and get their omission at once."""

    def __init__(self, facts: Sequence[Fact]) -> None:
        self.facts = tuple(facts)
        self.checkers = tuple(COMPILERS[fact.kind](fact) for fact in self.facts)
        self.by_word: dict[str, list[int]] = {}
        self.by_string: list[tuple[str, int]] = []  # exact strings: case-sensitive acronyms
        always = set()  # facts that any text may hold
        for index, fact in enumerate(self.facts):
            required = needles(fact)
            if required is None:
                always.add(index)
                continue
            for word in required[0]:
                self.by_word.setdefault(word, []).append(index)
            self.by_string += ((text, index) for text in required[1])
        self.always = frozenset(always)
        self.words = frozenset(self.by_word)

    def __call__(self, doc: Document) -> tuple[Verdict, ...]:
        source = doc.source.id
        present = self.words & doc.words
        run = set(self.always)
        for word in present:
            run.update(self.by_word[word])
        if self.by_string:
            run.update(index for text, index in self.by_string if text in doc.text)
        return tuple(
            checker(doc) if index in run else unstated(fact.id, source, fact.expected)
            for index, (fact, checker) in enumerate(zip(self.facts, self.checkers, strict=True))
        )


def needles(fact: Fact) -> tuple[frozenset[str], tuple[str, ...]] | None:
    """Words one of which every hit of ``fact`` contains (lower case), and exact strings that
    stand for case-sensitive aliases (a hit of "IS" needs "IS", not any "is"); ``None`` when
    any text may hold a hit (a misspelling, a free pattern)."""
    spec = fact.spec
    if isinstance(spec, MentionSpec):
        aliases = (spec.value, *spec.aliases)
        exact = tuple(acronym_lead(alias) for alias in aliases if is_acronym(alias))
        words = frozenset(
            word for alias in aliases if not is_acronym(alias) for word in first_words(alias)
        )
        return words, exact
    if isinstance(spec, QuantitySpec | DateSpec | TimeSpec):
        return cue_needles(spec.cues), ()
    if isinstance(spec, RoleSpec):
        phrases: tuple[str, ...] = (
            spec.person,
            *spec.person_aliases,
            spec.role,
            *spec.role_aliases,
        )
    elif isinstance(spec, ClaimSpec):
        leads = [_leading_word(pattern) for v in spec.variants for pattern in v.patterns]
        if None in leads:
            return None
        phrases = tuple(p for v in spec.variants for p in v.phrases) + tuple(filter(None, leads))
    else:
        return None
    return frozenset(word for phrase in phrases for word in first_words(phrase)), ()


_LEADING = re.compile(r"([A-Za-z0-9]+)(?: |$)")


def _leading_word(pattern: str) -> str | None:
    """The whole word a regular expression must start with, if it starts with one."""
    match = _LEADING.match(pattern)
    return match.group(1) if match else None


__all__ = ["COMPILERS", "KINDS", "Checker", "Document", "FileChecker"]
