"""Candidate claims: who won a race, a game or a vote, who came second, third..., who went out.

English writes a result with a name and a few verbs:
- a **win**: the name before "won", "wins", "emerged victorious", "took the win" or "claimed
  victory", an adverb or two in -ly between ("Lewis Hamilton eventually won a very dangerous
  Grand Prix"); after "won by", a few lower-case words between ("Sunday's race was won by
  three-time series champion Hamilton"); after "winner" ("eventual winner Lewis Hamilton");
- an **exit**: the name before "crashed out", "spun out", "was knocked out" or "was
  eliminated" ("the retiring Felipe Massa crashed out", "Massa crashed out in the 48th of 71
  laps"): how a competitor's race or tournament ended;
- a **place**: the name before "finished", "came", "placed" or "ended" and an ordinal
  ("Rosberg finished second"), or before "in" an ordinal and "place", a few words between
  ("Rosberg stood next to him on the podium in second place"). A relative clause in commas
  after the name is passed over, as a reader passes it to find the subject ("rival Nico
  Rosberg, whose lead was cut to 12 points ahead of the UAE race, finished second").

A name is one to three capitalised words, the last one its key: "Lewis Hamilton" and
"Hamilton" are one person. A pronoun ("He took the win") names no one, and a sentence that
negates or leaves the result open ("if he wins here", "Rosberg did not win") states none
(``check``'s own :func:`~factcheck.match.assertion.stance_of`). The results of one person and
one place are one claim of one variant, every phrase as written, the shortest its value; the
checker says how many sources state it. ``MAX_CLAIMS`` at most, the most written first.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from factcheck.draft.model import Candidate
from factcheck.draft.sentences import sentences
from factcheck.match.assertion import Stance, stance_of
from factcheck.match.document import Document

_ORDINALS = {
    word: index
    for index, word in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth".split(), start=1
    )
}
_NAME = r"(?P<name>(?:[A-Z][\w'-]*\s+){0,2}[A-Z][\w-]*)(?!'s)"
_ORDINAL = r"(?P<place>" + "|".join(_ORDINALS) + r"|\d{1,2}(?:st|nd|rd|th))"
_ADVERBS = r"(?:[a-z]+ly\s+){0,2}"
_WIN_VERBS = r"(?:won|wins|emerged\s+victorious|took\s+the\s+win|claimed\s+(?:the\s+)?victory)"
_RESULTS = (
    re.compile(rf"\b{_NAME}\s+{_ADVERBS}(?P<verb>{_WIN_VERBS})\b"),
    re.compile(
        rf"\b{_NAME}\s+{_ADVERBS}"
        r"(?P<verb>(?P<out>(?:crashed|spun|was\s+knocked)\s+out|was\s+eliminated))\b"
    ),
    re.compile(rf"\b(?P<verb>won\s+by)\s+(?:[a-z][\w-]*\s+){{0,4}}{_NAME}\b"),
    re.compile(rf"\b(?P<verb>winner),?\s+{_NAME}\b"),
    re.compile(
        rf"\b{_NAME}(?:,\s+(?:who|whose|which)\b[^,.]{{1,80}},)?\s+"
        rf"(?P<verb>(?:finished|finishing|came|placed|ended)\s+(?:in\s+)?){_ORDINAL}\b"
    ),
    re.compile(rf"\b{_NAME}\s+(?:[a-z][\w'-]*\s+){{0,8}}(?P<verb>in\s+){_ORDINAL}\s+place\b"),
)
# capitalised words that name no one: pronouns, articles, words that open a sentence
_NO_NAME = frozenset(
    "he she it they we i you this that these those the a an his her their its there".split()
)
MAX_CLAIMS = 5  # results, the most written first


def finish_candidates(docs: Iterable[Document], min_sources: int) -> list[Candidate]:
    """One candidate claim per person and place that ``min_sources`` sources write."""
    phrases: dict[tuple[str, int], set[str]] = defaultdict(set)
    giving: dict[tuple[str, int], set[str]] = defaultdict(set)
    for doc in docs:
        for key, phrase in _results(doc):
            phrases[key].add(phrase)
            giving[key].add(doc.source.id)
    kept = [key for key in giving if len(giving[key]) >= min_sources]
    kept.sort(key=lambda key: (-len(giving[key]), key))
    found = []
    for person, place in kept[:MAX_CLAIMS]:
        written = sorted(phrases[person, place], key=lambda p: (len(p.split()), p))
        outcome = {0: "out", 1: "won"}.get(place) or next(
            w for w, i in _ORDINALS.items() if i == place
        )
        keys: dict[str, object] = {
            "id": f"{person.lower()}-{outcome}",
            "kind": "claim",
            "value": written[0],
            "variants": {written[0]: written},
        }
        found.append(Candidate(keys=keys, group=f"claim:finish:{person}:{place}"))
    return found


def _results(doc: Document) -> list[tuple[tuple[str, int], str]]:
    """Every result ``doc`` asserts, as ``((surname, place), phrase as written)``."""
    found = []
    for start, end in sentences(doc):
        for pattern in _RESULTS:
            for match in pattern.finditer(doc.text, start, end):
                words = match["name"].split()
                while words and words[0].lower() in _NO_NAME:
                    words.pop(0)
                if not words:
                    continue
                place = _place(match)
                head = match.start()  # the name first: from its first word that names
                if head == match.start("name"):
                    head += match["name"].index(words[0])
                if any(
                    stance_of(doc, at, to)[0] is not Stance.ASSERTED
                    for at, to in ((match.start("verb"), match.end("verb")), (head, match.end()))
                ):
                    continue  # the verb, and the whole phrase as the claim checker reads it
                found.append(((words[-1], place), " ".join(doc.text[head : match.end()].split())))
    return found


def _place(match: re.Match[str]) -> int:
    """0 for an exit, 1 for a win, else the ordinal's number."""
    if match.groupdict().get("out"):
        return 0
    place = match.groupdict().get("place")
    if place is None:
        return 1
    lower = place.lower()
    return int(lower[:-2]) if lower[0].isdigit() else _ORDINALS[lower]
