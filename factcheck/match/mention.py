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
        pattern = phrase_pattern(alias, compound=True)  # "the San Diego-based company"
        parts.append(pattern if is_acronym(alias) else f"(?i:{pattern})")
    return re.compile("|".join(parts))


def _compound_of(text: str, match: re.Match[str], aliases: tuple[str, ...]) -> bool:
    """Whether a match that opens a compound adjective ("San Diego-based") names the declared
    place or body: written with the capitals of an alias ("Ohio state-run" is no "Ohio State",
    "a mobile-based app" no "Mobile"), and no capitalised word of a longer name right before it
    ("New York-based" is no mention of "York"; "The San Diego-based" is)."""
    written = " ".join(match.group().replace("-", " ").split())
    if not any(written == " ".join(alias.replace("-", " ").split()) for alias in aliases):
        return False
    before = _WORD_BEFORE.search(text, max(0, match.start() - 40), match.start())
    if before is None or not before.group(1)[0].isupper():
        return True
    if before.group(1) in _PLACE_OPENERS:
        return False  # "North Korea-backed" is no mention of "Korea", even opening a sentence
    opens = text[: before.start(1)].rstrip()
    return not opens or opens[-1] in _SENTENCE_ENDS or before.group(1).lower() in _OPENERS


_WORD_BEFORE = re.compile(r"([A-Za-z]+)[ \t]+$")
_SENTENCE_ENDS = ".!?\n\"'(:"
_OPENERS = frozenset("the a an its his her their our this that these those".split())
_PLACE_OPENERS = frozenset("New North South East West Upper Lower Greater".split())


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
            if not doc.text.startswith("-", m.end()) or _compound_of(doc.text, m, aliases)
        ]
        return decide(fact, doc, supports=hits)

    return check
