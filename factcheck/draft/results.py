"""Candidate claims: results the sources write as figures, which no count can hold.

- A **score**: two numbers of one or two digits joined by a dash, the first not below the
  second ("an 8-7 victory", "a 3-1 deficit", "the council voted 15-0"). Read low to high, two
  such numbers are a range ("30-50 years", "55-60 kg"), no score. Its pattern is the score as
  written, at word boundaries and with any spacing around the dash (``\\b8\\s*-\\s*7\\b``): a
  phrase would also take "87" for it.
- A **rank**: an ordinal before a superlative ("the nation's second-largest mobile operator",
  "the second biggest mobile carrier", "baseball's second-longest drought"), or "No." and a
  number before a noun ("South Korea's No. 2 wireless service provider"). The ranks of one
  number are one claim: every form seen is a phrase of it, the form most sources write its
  value.

Each is a claim of one variant that the checker then finds in every source; the most written
first, ``MAX_RESULTS`` of each.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import TypeVar

from factcheck.draft.model import Candidate
from factcheck.match.document import Document

_SCORE = re.compile(r"(?<![\w.,-])(\d{1,2})\s?-\s?(\d{1,2})(?![\w-])")
_ORDINALS = {
    word: index
    for index, word in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth".split(), start=1
    )
}
_RANK = re.compile(
    r"(?<![\w-])(?:(?P<word>" + "|".join(_ORDINALS) + r")|(?P<digits>\d{1,2})(?:st|nd|rd|th))"
    r"[\s-](?P<superlative>[a-z]{4,}est|best|worst|most|least)(?![\w-])"
    r"|(?<![\w-])No\.\s?(?P<number>\d{1,2})\s(?=[a-z])",
    re.IGNORECASE,
)
# words in -est that are no superlative
_NOT_SUPERLATIVE = frozenset(
    (
        "interest protest request arrest contest suggest harvest digest honest modest earnest "
        "forest conquest manifest invest attest detest molest"
    ).split()
)
MAX_RESULTS = 5  # scores, and ranks, the most written first
_Key = TypeVar("_Key", str, int)


def result_candidates(docs: Iterable[Document], min_sources: int) -> list[Candidate]:
    """One candidate claim per score and per rank that ``min_sources`` sources write."""
    scores: dict[str, set[str]] = defaultdict(set)
    ranks: dict[int, set[str]] = defaultdict(set)
    forms: dict[int, Counter[str]] = defaultdict(Counter)
    for doc in docs:
        for match in _SCORE.finditer(doc.text):
            high, low = int(match[1]), int(match[2])
            if high >= low:
                scores[f"{high}-{low}"].add(doc.source.id)
        for match in _RANK.finditer(doc.text):
            rank = _rank(match)
            if rank is not None:
                number, form = rank
                ranks[number].add(doc.source.id)
                forms[number][form] += 1
    found = []
    for score in _most_written(scores, min_sources):
        winner, loser = score.split("-")
        keys: dict[str, object] = {
            "id": f"score-{score}",
            "kind": "claim",
            "value": score,
            "variants": {score: {"patterns": [rf"\b{winner}\s*-\s*{loser}\b"]}},
        }
        found.append(Candidate(keys=keys, group=f"claim:score:{score}"))
    for number in _most_written(ranks, min_sources):
        seen = forms[number]
        value = min(seen, key=lambda form: (-seen[form], form))
        keys = {
            "id": f"rank-{number}",
            "kind": "claim",
            "value": value,
            "variants": {value: sorted(seen, key=lambda form: (-seen[form], form))},
        }
        found.append(Candidate(keys=keys, group=f"claim:rank:{number}"))
    return found


def _rank(match: re.Match[str]) -> tuple[int, str] | None:
    """The number and the form (lower case, as written) of a rank, ``None`` for a word in
    -est that is no superlative ("the second test")."""
    if match["number"]:
        return int(match["number"]), f"No. {match['number']}"
    superlative = match["superlative"].lower()
    if superlative in _NOT_SUPERLATIVE:
        return None
    number = _ORDINALS[match["word"].lower()] if match["word"] else int(match["digits"])
    return number, " ".join(match.group().lower().split())


def _most_written(sources: dict[_Key, set[str]], min_sources: int) -> list[_Key]:
    kept = [key for key in sources if len(sources[key]) >= min_sources]
    return sorted(kept, key=lambda key: (-len(sources[key]), str(key)))[:MAX_RESULTS]
