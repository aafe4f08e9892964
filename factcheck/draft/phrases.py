"""Candidate mentions: phrases several sources write in lower case, which no name scanner sees:
an ordinal before a noun ("the 32nd floor", "the 32nd-floor window", "the 53rd precinct").

Of two ordinals of one noun ("32nd floor" in four sources, "31st floor" in a quote of one),
the checker keeps the one more sources write, as for counts.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from factcheck.draft.model import Candidate
from factcheck.draft.sentences import STOPWORDS
from factcheck.match.document import Document

_ORDINAL_NOUN = re.compile(r"(?<![\w.,-])([0-9]{1,4}(?:st|nd|rd|th))([ \t]|-)([a-z]{3,})(?![\w-])")
# words after an ordinal that make no place or thing of it ("the 5th time", "his 20th year")
NOT_NOUNS = STOPWORDS | frozenset("time times year years day days century birthday".split())
MAX_PHRASES = 10  # phrases, the most written first


def phrase_candidates(docs: Iterable[Document], min_sources: int) -> list[Candidate]:
    """One candidate per ordinal and noun that ``min_sources`` sources write, grouped by the
    noun: the forms seen with a hyphen are its aliases."""
    sources: dict[tuple[str, str], set[str]] = defaultdict(set)
    hyphened: set[tuple[str, str]] = set()
    for doc in docs:
        for match in _ORDINAL_NOUN.finditer(doc.text):
            ordinal, joint, noun = match.groups()
            if noun in NOT_NOUNS:
                continue
            key = (ordinal.lower(), noun)
            sources[key].add(doc.source.id)
            if joint == "-":
                hyphened.add(key)
    kept = [key for key in sources if len(sources[key]) >= min_sources]
    ranked = sorted(kept, key=lambda key: (-len(sources[key]), key))[:MAX_PHRASES]
    found = []
    for ordinal, noun in sorted(ranked):
        keys: dict[str, object] = {
            "id": f"{ordinal}-{noun}",
            "kind": "mention",
            "value": f"{ordinal} {noun}",
        }
        if (ordinal, noun) in hyphened:
            keys["aliases"] = [f"{ordinal}-{noun}"]
        found.append(Candidate(keys=keys, group=f"mention:{noun}"))
    return found
