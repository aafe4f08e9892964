"""Candidate claims: a person's age, written in apposition after the name ("Tamimi, 16, from
the village of Nebi Saleh"; "Stephen Paddock, 64, of Mesquite"), the way news writing gives
the age of the people it tells of, with no word a count could be tied to.

The name is a capitalised word, not a month or a weekday ("Dec. 15, 2017"); the age one to
three digits, at most ``MAX_AGE``, and the apposition closes after it (a comma, a semicolon, a
bracket, a full stop): "Rosberg, 19 points clear" gives no age. The ages of one person (the
last word of the name, a family name) are one claim each, written as the sources write it
(``Tamimi, 16``), which the checker then finds in every source; the most written first,
``MAX_AGES`` of them.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from factcheck.dates import MONTH_NAMES, WEEKDAYS
from factcheck.draft.model import Candidate
from factcheck.match.document import Document

MAX_AGE = 120
MAX_AGES = 5  # ages, the most written first
_AGE = re.compile(
    r"(?<![\w'-])(?P<name>[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?),[ \t]+(?P<age>\d{1,3})(?=[,;)]|\.(?!\d))"
)
_NOT_NAMES = frozenset(
    name.capitalize() for name in (*MONTH_NAMES, *WEEKDAYS, *(m[:3] for m in MONTH_NAMES))
)


def age_candidates(docs: Iterable[Document], min_sources: int) -> list[Candidate]:
    """One candidate claim per person and age that ``min_sources`` sources write."""
    sources: dict[tuple[str, int], set[str]] = defaultdict(set)
    for doc in docs:
        for match in _AGE.finditer(doc.text):
            age = int(match["age"])
            if match["name"] not in _NOT_NAMES and 0 < age <= MAX_AGE:
                sources[match["name"], age].add(doc.source.id)
    kept = [key for key in sources if len(sources[key]) >= min_sources]
    found = []
    for name, age in sorted(kept, key=lambda key: (-len(sources[key]), key))[:MAX_AGES]:
        value = f"{name}, {age}"
        keys: dict[str, object] = {
            "id": f"age-{name.lower()}",
            "kind": "claim",
            "value": value,
            "variants": {value: [value]},
        }
        found.append(Candidate(keys=keys, group=f"claim:age:{name}:{age}"))
    return found
