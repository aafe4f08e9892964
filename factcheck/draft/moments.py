"""Candidate claims: when in a race or a game something happened, by its lap, inning or round.

A sport counts its own time in laps, innings and rounds, and news writes the moment of an
event by them: "Felipe Massa crashed on lap 48", "Massa crashed out in the 48th of 71 laps",
"it was stopped ... in the 28th lap", "a two-run homer in the eighth inning", and a timeline's
line opens with it: "Lap 20 Kimi Raikkonen has a huge smash". A count cannot hold it (every
lap number of a race would be tied to every incident), so it is a claim: the moment and its
clause. The clause is the account of what happened then: when the moment ends its clause, the
words back to the clause's opening (the sentence's start, punctuation, a word that opens a
clause, a reporting verb: "A chaotic Brazilian Grand Prix was suspended on lap 20 after Kimi
Raikkonen crashed" gives "chaotic Brazilian Grand Prix was suspended on lap 20"); when it
opens its clause, the words after it to the clause's end ("Lap 20 Kimi Raikkonen has a huge
smash"). An article first is left out; a longer clause is cut to the ``MAX_WORDS`` words
nearest the moment. A clause the sentence negates or leaves open, read whole as the claim checker
reads a phrase ("it was not on lap 20"; "the fairytale ending did not materialise as he
crashed out of the Interlagos contest on lap 48"), states nothing.

The clauses of one moment ("lap 48") are one claim of one variant, every clause as written a
phrase of it: the sources name the moment alike, whatever words they give the event. The
claim checker then says how many sources state it. ``MAX_CLAIMS`` at most, the moments more
sources write first, then those written more often.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from collections.abc import Iterable

from factcheck.draft.model import Candidate
from factcheck.draft.sentences import sentences
from factcheck.match.assertion import BOUNDARIES, REPORTING_VERBS, Stance, stance_of
from factcheck.match.document import Document

_ORDINALS = {
    word: index
    for index, word in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth".split(), start=1
    )
}
_UNITS = r"lap|inning|round"
# "lap 48", "on lap 48"; "the 28th lap", "the eighth inning"; "the 48th of 71 laps"
_MOMENT = re.compile(
    r"\b(?:(?:on|in|at|during|after)\s+)?(?:"
    rf"(?P<unit>{_UNITS})\s+(?P<number>\d{{1,3}})(?![.,]?\d|[\w-])"
    r"|(?:the\s+)?(?:(?P<digits>\d{1,3})(?:st|nd|rd|th)|(?P<word>"
    + "|".join(_ORDINALS)
    + rf"))(?:\s+of\s+\d{{1,3}})?\s+(?P<after>{_UNITS})s?\b)",
    re.IGNORECASE,
)
_WORD = re.compile(r"[\w'-]+|[^\w\s]")
_QUOTES = frozenset("\"'")
_ARTICLES = frozenset("a an the".split())
_OPENS = BOUNDARIES | REPORTING_VERBS | frozenset(("that", "whether", "if", "as"))
MAX_WORDS = 12  # words of the clause, the moment's own included, at most
MAX_CLAIMS = 10  # moments, the most written first


def moment_candidates(docs: Iterable[Document], min_sources: int) -> list[Candidate]:
    """One candidate claim per moment (a lap, an inning, a round) that ``min_sources`` sources
    write as the moment of a clause."""
    phrases: dict[str, set[str]] = defaultdict(set)
    giving: dict[str, set[str]] = defaultdict(set)
    written: Counter[str] = Counter()
    for doc in docs:
        for moment, clause in _clauses(doc):
            phrases[moment].add(clause)
            giving[moment].add(doc.source.id)
            written[moment] += 1
    kept = [m for m in giving if len(giving[m]) >= min_sources]
    kept.sort(key=lambda m: (-len(giving[m]), -written[m], m))
    found = []
    for moment in kept[:MAX_CLAIMS]:
        clauses = sorted(phrases[moment], key=lambda p: (len(p.split()), p))
        keys: dict[str, object] = {
            "id": moment.replace(" ", "-"),
            "kind": "claim",
            "value": clauses[0],
            "variants": {clauses[0]: clauses},
        }
        found.append(Candidate(keys=keys, group=f"claim:moment:{moment}"))
    return found


def _clauses(doc: Document) -> list[tuple[str, str]]:
    """Every moment of ``doc`` that its sentence asserts, as ``("lap 48", clause as written)``."""
    found = []
    for start, end in sentences(doc):
        moments = list(_MOMENT.finditer(doc.text, start, end))
        if not moments:
            continue
        words = [m for m in _WORD.finditer(doc.text, start, end) if m.group() not in _QUOTES]
        starts = [m.start() for m in words]
        for moment in moments:
            first = bisect.bisect_left(starts, moment.start())
            last = bisect.bisect_left(starts, moment.end()) - 1
            span = _clause(words, first, last)
            if span is None:
                continue
            head, tail = words[span[0]].start(), words[span[1]].end()
            if any(
                stance_of(doc, at, to)[0] is not Stance.ASSERTED
                for at, to in ((moment.start(), moment.end()), (head, tail))
            ):
                continue  # the moment, and the whole clause as the checker reads a phrase
            found.append((_name(moment), " ".join(doc.text[head:tail].split())))
    return found


def _name(moment: re.Match[str]) -> str:
    """The moment as ``unit number``: "the 28th lap" and "lap 28" are "lap 28"."""
    if moment["unit"]:
        return f"{moment['unit'].lower()} {int(moment['number'])}"
    number = int(moment["digits"]) if moment["digits"] else _ORDINALS[moment["word"].lower()]
    return f"{moment['after'].lower()} {number}"


def _clause(words: list[re.Match[str]], first: int, last: int) -> tuple[int, int] | None:
    """The first and last word of the clause whose moment runs from word ``first`` to word
    ``last``: back to its opening when the moment ends it, else on to its end, cut to the
    ``MAX_WORDS`` words nearest the moment; ``None`` for a clause of the moment alone."""
    start = first
    while start > 0 and last - start < MAX_WORDS - 1 and _inside(words[start - 1].group(), _OPENS):
        start -= 1
    if start < first:  # the moment ends its clause
        while start < first and words[start].group().lower() in _ARTICLES:
            start += 1
        return start, last
    end = last
    while (
        end + 1 < len(words)
        and end - first < MAX_WORDS - 1
        and _inside(words[end + 1].group(), BOUNDARIES)
    ):
        end += 1
    return None if end == last else (first, end)


def _inside(word: str, opens: frozenset[str]) -> bool:
    """Whether ``word`` belongs to the clause: no punctuation, no word of ``opens``."""
    return word[0].isalnum() and word.lower() not in opens
