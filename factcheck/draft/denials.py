"""Candidate claims: what the sources say the event was not, in the same words.

A negated account is a statement too: "the child wasn't under attack", "tranquilizing the
gorilla would not have knocked it out immediately", "no distress signal was sent". The words
from a negation ("not", a word in "n't", "no", "never") to the end of its clause, two to six
of them and the last no stopword, are the account; when two sources or more write the same
words after a negation, they are a claim with one variant: "wasn't under attack" in one
source and "wasn't under attack" in another give `not under attack`, written as each source
writes it ("wasn't under attack"; "did not appear to be attacking" and "didn't appear to be
attacking" give `not appear to be attacking`). Of the runs of words two sources share, the
longest is kept ("not appear to be attacking", not "not appear"). Not in quoted speech, a
person before the negation ("I will never forget this day"), nor "not only", "no longer",
"no doubt", nor a negation of saying or knowing ("would not say whether"). A negation the
sentence itself negates or leaves open states nothing (``check``'s own
:func:`~factcheck.match.assertion.stance_of`).

``MAX_DENIALS`` at most, the most written first; the checker says which sources state each.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from factcheck.draft.model import Candidate
from factcheck.draft.sentences import STOPWORDS, sentences
from factcheck.match.assertion import OPENERS, Stance, stance_of
from factcheck.match.clauses import CLAUSE_BREAKERS
from factcheck.match.document import Document

_NEGATION = re.compile(r"\b(?:not|no|never|\w+n't)\b", re.IGNORECASE)
_WORD = re.compile(r"\w+(?:['-]\w+)*|[^\w\s]")
_SPEAKER = re.compile(r"\b(?:I|we|you)(?:\s+\w+)?\s*$", re.IGNORECASE)  # "I will never forget"
MIN_WORDS, MAX_WORDS = 2, 6  # words of a denial, the negation included
MAX_DENIALS = 3  # denials, the most written first
_NEGATORS = frozenset(("not", "no", "never"))
_NOT_NEGATING = re.compile(r"\s+(?:only|just|merely|doubt|question|longer|matter)\b", re.IGNORECASE)


def denial_candidates(docs: Iterable[Document]) -> list[Candidate]:
    """One candidate claim per negated account that two sources or more write alike."""
    written: dict[tuple[str, ...], set[str]] = defaultdict(set)  # a run -> as written
    giving: dict[tuple[str, ...], set[str]] = defaultdict(set)  # a run -> its sources
    for doc in docs:
        for run, as_written in _runs(doc):
            written[run].add(as_written)
            giving[run].add(doc.source.id)
    shared = {run: ids for run, ids in giving.items() if len(ids) >= 2}
    extended = {run[:size] for run in shared for size in range(MIN_WORDS, len(run))}
    longest = [run for run in shared if run not in extended]
    longest.sort(key=lambda run: (-len(shared[run]), -len(run), run))
    found = []
    for run in longest[:MAX_DENIALS]:
        name = " ".join(run)
        phrases = sorted(written[run], key=lambda phrase: (len(phrase), phrase))
        keys: dict[str, object] = {
            "id": "-".join(run),
            "kind": "claim",
            "value": name,
            "variants": {name: phrases},
        }
        found.append(Candidate(keys=keys, group=f"claim:denial:{name}"))
    return found


def _runs(doc: Document) -> list[tuple[tuple[str, ...], str]]:
    """Every run of words from an asserted negation of ``doc`` to within its clause: the run
    as a key ("not", "under", "attack") and as written ("wasn't under attack")."""
    found = []
    for start, end in sentences(doc):
        for negation in _NEGATION.finditer(doc.text, start, end):
            if stance_of(doc, negation.start(), negation.end())[0] is not Stance.ASSERTED:
                continue  # "did not deny", "whether or not"
            word = negation.group().lower()
            key = ["not" if word.endswith("n't") else word]
            if key[0] not in _NEGATORS or _NOT_NEGATING.match(doc.text, negation.end()):
                continue
            if _SPEAKER.search(doc.text, max(start, negation.start() - 20), negation.start()):
                continue  # quoted speech: "I will never forget this day"
            for match in _WORD.finditer(doc.text, negation.end(), end):
                lower = match.group().lower()
                if not lower[0].isalnum() or lower in CLAUSE_BREAKERS or len(key) == MAX_WORDS:
                    break
                if lower in OPENERS:
                    break  # a negation of saying or knowing: "would not say whether"
                key.append(lower)
                if len(key) >= MIN_WORDS and lower not in STOPWORDS:
                    as_written = " ".join(doc.text[negation.start() : match.end()].split())
                    found.append((tuple(key), as_written))
    return found
