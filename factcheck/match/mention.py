"""``mention`` facts: an entity or place named by its value or one of its aliases.

Aliases of up to five characters written in capitals (IS, ISIS, KT) match case-sensitively, so
the word "is" never counts; everything else matches regardless of case.
"""

from __future__ import annotations

import re

from factcheck.match.document import (
    Checker,
    Document,
    Hit,
    decide,
    leading_words,
    phrase_pattern,
)
from factcheck.model import Fact, MentionSpec, Verdict

SHORT_ACRONYM = 5


def is_acronym(alias: str) -> bool:
    return len(alias) <= SHORT_ACRONYM and alias.isupper()


def acronym_lead(alias: str) -> str:
    """What every match of an acronym alias starts with, as written: its first part, up to a
    hyphen or a space, which the pattern lets the text drop ("G-7" may be written "G7")."""
    return next(part for part in re.split(r"[\s-]+", alias) if part)


def alias_regex(aliases: tuple[str, ...]) -> re.Pattern[str]:
    """One regex for all aliases; acronyms are case-sensitive, the rest are not."""
    parts = []
    for alias in sorted(set(aliases), key=len, reverse=True):
        pattern = phrase_pattern(alias)
        parts.append(pattern if is_acronym(alias) else f"(?i:{pattern})")
    return re.compile("|".join(parts))


def compile_mention(fact: Fact) -> Checker:
    spec = fact.spec
    assert isinstance(spec, MentionSpec)
    aliases = (spec.value, *spec.aliases)
    regex = alias_regex(aliases)
    words = leading_words(alias for alias in aliases if not is_acronym(alias))
    exact = tuple(acronym_lead(alias) for alias in aliases if is_acronym(alias))

    def check(doc: Document) -> Verdict:
        hits = [
            Hit(
                start=m.start(),
                end=m.end(),
                value=m.group(),
                note=f"the source mentions {m.group()!r}",
            )
            for m in doc.finditer(regex, words, exact)
        ]
        return decide(fact, doc, supports=hits)

    return check
