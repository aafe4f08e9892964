"""Counts that speak of another event, as the words around them say.

Two constructions of English put a count in another event's mouth, whatever the numbers:
- **a motive**: what an event answers or avenges is another, earlier event, with its own
  counts and dates. In "a revenge attack for US air strikes ... that left 32 civilians dead",
  "in retaliation for Nato airstrikes ... in which more than 30 people were killed" and "a
  response to coalition air strikes earlier this month which killed 30 civilians", the counts
  are the strikes' (the date checker drops a motive's cues and dates the same way). The
  motive's words run from "for", "to" or "against" after the motive word (or from "avenge") to
  the end of their clause: a comma closes them, so in "attacked the consulate in revenge for
  the strikes, killing six", six is the attack's own.
- **a generic statement**: an indefinite subject narrowed by what it did, with a modal verb,
  states a rule for any such case, not what happened in this one: "An adult found guilty of
  assaulting a soldier could be jailed for up to 10 years", "Anyone convicted of the offence
  can face 14 years". A plain indefinite is a person of the story ("a teenage Palestinian girl
  could face up to 14 years"), and counts.
"""

from __future__ import annotations

import bisect
import re

from factcheck.match.document import Document, Token

_MOTIVE = re.compile(
    r"\b(?:(?:retaliation|retaliate|retaliating|revenge|reprisals?|retribution|response|"
    r"responding)\b(?:\W+\w+)?\W+(?:for|to|against)|avenge|avenging)\b",
    re.IGNORECASE,
)
_CLOSES = re.compile(r"[,;:()\u2014]| - ")
_INDEFINITE = frozenset("a an any anyone anybody whoever someone somebody".split())
_NARROWED = re.compile(r"\b(?:found guilty|convicted|who|that)\b", re.IGNORECASE)
_MODALS = frozenset("can could may might would will".split())
_SUBJECT_REACH = 8  # words from the indefinite to its modal verb


def motives(doc: Document, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of ``doc.text[start:end]`` (a sentence) that are the words of a motive ("in
    retaliation for ..."): from the preposition to the punctuation that closes them."""
    opened = [motive.end() for motive in _MOTIVE.finditer(doc.text, start, end)]
    if not opened:
        return []
    closes = [close.start() for close in _CLOSES.finditer(doc.text, opened[0], end)]
    spans = []
    for at in opened:
        following = bisect.bisect_left(closes, at)
        spans.append((at, closes[following] if following < len(closes) else end))
    return spans


def generic(tokens: list[Token], text: str, clause_first: int, count_first: int) -> bool:
    """Whether the clause starting at token ``clause_first`` is a generic statement whose
    modal verb comes before the count at ``count_first``: an indefinite subject, narrowed by
    a participle or a relative clause, then a modal ("An adult found guilty of ... could be
    jailed for up to 10 years")."""
    if clause_first >= len(tokens) or tokens[clause_first].lower not in _INDEFINITE:
        return False
    reach = tokens[clause_first + 1 : min(count_first, clause_first + 1 + _SUBJECT_REACH)]
    for offset, token in enumerate(reach):
        if token.lower in _MODALS:
            words = text[tokens[clause_first].start : token.start]
            return offset > 0 and _NARROWED.search(words) is not None
    return False
